"""`spinout new`: ask the questions in questions.py and build the pack. The only module that
imports questionary.

The wizard keeps its answers in a `State` and saves them after every answer, so Ctrl-C or a
closed terminal loses nothing. It ends by resolving the answers through the same resolver as
`spinout build`, so what it accepts always builds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Callable, TextIO

import questionary
import yaml
from prompt_toolkit.document import Document
from prompt_toolkit.validation import ValidationError, Validator

from ..answers import model
from ..errors import AnswersError, OutputError
from ..answers.yamlio import UnreadableFile, YamlSyntaxError, parse_yaml, read_text_file
from .questions import MISSING, QUESTIONS, SECTIONS, Question, State, apply_typical, applicable, class_problems, field_problem, founder_problems, model_default, parse_number, plain, typical_summary

HELP = "__help__"
MAX_TYPED_CHARS = 10_000     # the longest answer the model takes (pasted legal text)
_META = "# spinout-wizard: "


class Stopped(Exception):
    """The user pressed Ctrl-C or closed the terminal; the answers so far are saved."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(str(path))


# ---------------------------------------------------------------- saving and loading progress

def save_progress(state: State, path: Path) -> None:
    """Write the answers so far atomically: a crash mid-write never leaves half a file, and a
    file that cannot be written is a message, not a crash."""
    try:
        _save_progress(state, path)
    except OSError as exc:
        raise OutputError(f"Cannot save your answers in {path}: {exc.strerror or exc}.",
                          hint="Choose a folder you can write to with --save.") from None


def _save_progress(state: State, path: Path) -> None:
    header = (f"{_META}{json.dumps(state.notes, sort_keys=True)}\n"
              "# Answers saved by `spinout new`. Carry on with: spinout new --resume "
              f"{path.name}\n# When complete, build without questions: spinout build {path.name}\n")
    body = yaml.safe_dump(plain(_ordered(state.answers, model.Answers)), sort_keys=False, allow_unicode=True, width=100)
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_text_atomically(path, header + (body if state.answers else ""))


def load_progress(path: Path) -> State:
    try:
        text = read_text_file(path)
    except FileNotFoundError:
        raise AnswersError(f"There is no file at {path}.", hint="Check the path, or start with `spinout new`.") from None
    except UnreadableFile as exc:
        raise AnswersError(f"{path} {exc}.") from None
    notes: dict[str, Any] = {}
    first = text.split("\n", 1)[0]
    if first.startswith(_META):
        try:
            notes = json.loads(first.removeprefix(_META))
        except json.JSONDecodeError:
            notes = {}
    try:
        answers = parse_yaml(text, str(path))[0] or {}
    except YamlSyntaxError as exc:
        raise AnswersError("The saved answers cannot be read.", [exc.problem],
                           "Fix the file, or start again with `spinout new`.") from None
    if not isinstance(answers, dict):
        raise AnswersError(f"{path} does not hold answers (it should be a set of fields).")
    return State(answers, notes if isinstance(notes, dict) else {})


def _ordered(data: Any, owner: Any) -> Any:
    """Answers in the model's field order, so the saved file reads like an answers file."""
    if not isinstance(data, dict) or not hasattr(owner, "model_fields"):
        return data
    ordered = {}
    for name, info in owner.model_fields.items():
        if name in data:
            inner = info.annotation if hasattr(info.annotation, "model_fields") else None
            ordered[name] = _ordered(data[name], inner)
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    return ordered


# ---------------------------------------------------------------- talking to the user

class Console:
    """Prompts through questionary (on the current prompt_toolkit session: a terminal, or a
    pipe in tests) and plain text through `out`. `refusals` keeps every message a validator
    showed, so a session can be reviewed (and tested) afterwards."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.refusals: list[str] = []

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def text(self, message: str, default: str, validate: Callable[[str], bool | str], instruction: str) -> str:
        # validate_while_typing: problems (a name without "Limited") show as the user types.
        return questionary.text(message, default=default, validate=_Validator(validate, self.refusals),
                                instruction=instruction, validate_while_typing=True).unsafe_ask()

    def select(self, message: str, choices: list[tuple[str, Any] | tuple[str, Any, str]], default: Any = None) -> Any:
        options = [questionary.Choice(c[0], value=c[1], disabled=c[2] if len(c) > 2 else None) for c in choices]
        chosen = next((o for o in options if o.value == default and not o.disabled), None)
        return questionary.select(message, choices=options, default=chosen).unsafe_ask()


class _Validator(Validator):
    """Shows a problem while the user types, and records it when Enter is refused."""

    def __init__(self, check: Callable[[str], bool | str], refusals: list[str]) -> None:
        self.check, self.refusals = check, refusals

    def _verdict(self, document: Document) -> None:
        # checked first, and cheaply: validation runs on every keystroke
        too_long = len(document.text) > MAX_TYPED_CHARS
        verdict = f"that is too long: at most {MAX_TYPED_CHARS:,} characters" if too_long else self.check(document.text)
        if verdict is not True:
            raise ValidationError(message=str(verdict), cursor_position=len(document.text))

    def validate(self, document: Document) -> None:   # on Enter
        try:
            self._verdict(document)
        except ValidationError as refusal:
            self.refusals.append(refusal.message)
            raise

    async def validate_async(self, document: Document) -> None:   # while typing
        self._verdict(document)


# ---------------------------------------------------------------- the wizard

class Wizard:
    def __init__(self, state: State, save_path: Path, console: Console, prefilled: bool = False) -> None:
        self.state, self.save_path, self.console, self.prefilled = state, save_path, console, prefilled
        self.asked = 0
        self._edited: tuple[str, list[Any]] | None = None
        state.answers.setdefault("schema_version", model.SCHEMA_VERSION)
        state.answers.setdefault("date", dt.date.today().isoformat())
        if prefilled:
            self._note_prefilled_groups()

    def run(self) -> model.Answers:
        """Ask whatever is missing, then the review screen until the user chooses to build."""
        save_progress(self.state, self.save_path)   # a place that cannot be written is said at once
        try:
            self.fill()
            return self.review()
        except (KeyboardInterrupt, EOFError):
            self._keep_list_being_edited()
            save_progress(self.state, self.save_path)
            raise Stopped(self.save_path) from None
        except Exception:
            save_progress(self.state, self.save_path)  # a fault of ours must not cost the answers
            raise

    def _editing(self, key: str, items: list[Any]) -> list[Any]:
        """Note the list an editor is changing (in place), so Ctrl-C keeps what was added."""
        self._edited = (key, items)
        return items

    def _keep_list_being_edited(self) -> None:
        if self._edited is not None:
            key, items = self._edited
            self.state.set(key, plain(items))

    # -- asking

    def fill(self) -> None:
        while (question := self._next_unanswered()) is not None:
            self.ask(question)
        self._drop_values_that_do_not_build()

    def _next_unanswered(self) -> Question | None:
        return next((q for q in applicable(self.state) if not self._answered(q)), None)

    def _answered(self, question: Question) -> bool:
        value = self.state.get(question.key, merged=self.prefilled or question.key.startswith("wizard."))
        if self.prefilled and question.optional and value is MISSING:
            return True  # an answers file may leave an optional answer out
        if question.kind == "classes":
            return value is not MISSING and not class_problems(value, self.state)
        if question.kind == "founders":
            return value is not MISSING and not founder_problems(value, self.state)
        if question.kind == "objects":
            return value is not MISSING and not field_problem("society.objects", value)
        if question.kind == "staff":
            return value is not MISSING and not field_problem("business_case.staff", value)
        return question.problem(value, self.state) is None

    def ask(self, question: Question) -> None:
        questions = applicable(self.state)
        position = next((i for i, q in enumerate(questions, 1) if q.key == question.key), len(questions))
        self.console.say(f"\n[{position}/{len(questions)}] {question.section}")
        self.console.say(f"  {question.help}")
        value = self._ask_by_kind(question)
        self._edited = None
        self.asked += 1
        self._store(question, value)

    def _ask_by_kind(self, question: Question) -> Any:
        handlers: dict[str, Callable[[Question], Any]] = {
            "text": self._ask_text, "int": self._ask_number, "decimal": self._ask_number,
            "select": self._ask_select, "yesno": self._ask_select, "objects": self._edit_objects,
            "classes": self._edit_classes, "founders": self._edit_founders, "staff": self._edit_staff,
            "statutory-text": self._ask_statutory_text,
        }
        if question.key in ("wizard.shares", "wizard.governance", "wizard.finance"):
            for line in typical_summary(question.key.removeprefix("wizard."), self.state):
                self.console.say(f"    - {line}")
        return handlers[question.kind](question)

    def _explain(self, question: Question) -> None:
        self.console.say(f"\n  {question.more}\n")

    def _current(self, question: Question) -> Any:
        value = self.state.get(question.key)
        return question.default_value(self.state) if value is MISSING else value

    def _ask_text(self, question: Question) -> Any:
        while True:
            current = self._current(question)
            shown = "" if current in (MISSING, None) else str(current)

            def validate(text: str) -> bool | str:
                if text.strip() == "?":
                    return True
                value = text.strip() or None
                problem = question.problem(value, self.state)
                return True if problem is None else problem

            answer = self.console.text(question.prompt, shown, validate, "(type ? for help)")
            if answer.strip() == "?":
                self._explain(question)
                continue
            return answer.strip() or None

    def _ask_number(self, question: Question) -> Any:
        while True:
            current = self._current(question)

            def validate(text: str) -> bool | str:
                if text.strip() == "?":
                    return True
                try:
                    value = parse_number(text, question.kind)
                except ValueError as exc:
                    return str(exc)
                problem = question.problem(value, self.state)
                return True if problem is None else problem

            answer = self.console.text(question.prompt, "" if current is MISSING else str(current), validate,
                                       "(type ? for help)")
            if answer.strip() == "?":
                self._explain(question)
                continue
            return parse_number(answer, question.kind)

    def _ask_select(self, question: Question) -> Any:
        choices = question.choices(self.state) if question.choices else [("Yes", True), ("No", False)]
        while True:
            current = self._current(question)
            options = [c for c in choices] + [("? Explain this question", HELP)]
            answer = self.console.select(question.prompt, options, default=current)
            if answer == HELP:
                self._explain(question)
                continue
            problem = question.problem(answer, self.state)
            if problem is None:
                return answer
            self.console.say(f"  That choice cannot be used: {problem}")

    def _ask_statutory_text(self, question: Question) -> Any:
        while True:
            path = self._ask_text(question)
            if path is None:
                return None
            try:
                text = Path(path).expanduser().read_text(encoding="utf-8")
            except OSError as exc:
                self.console.say(f"  Cannot read {path}: {exc.strerror or exc}. Try again, or leave it blank.")
                continue
            problem = field_problem("asset_lock.statutory_text", text)
            if problem is None:
                return text
            self.console.say(f"  That file cannot be used: {problem}")

    def _store(self, question: Question, value: Any) -> None:
        if question.key == "service.archetype" and self.state.get("service.archetype", merged=False) not in (MISSING, value):
            self._forget_archetype_answers()
        self.state.set(question.key, plain(value))
        self._no_longer_illustrative(question.key)
        group = question.key.removeprefix("wizard.")
        if question.key in ("wizard.shares", "wizard.governance", "wizard.finance") and value == "typical":
            apply_typical(group, self.state)
        save_progress(self.state, self.save_path)

    def _no_longer_illustrative(self, key: str) -> None:
        """A figure the group has now given is its own, not the archetype's example."""
        case = self.state.answers.get("business_case")
        field = key.removeprefix("business_case.")
        if key.startswith("business_case.") and isinstance(case, dict) and field in case.get("illustrative", []):
            case["illustrative"] = [name for name in case["illustrative"] if name != field]

    def _forget_archetype_answers(self) -> None:
        # A new kind of service brings its own classes, objects and settings.
        for key in ("member_classes", "shares", "governance", "asset_lock", "profits", "commitments"):
            self.state.answers.pop(key, None)
        self.state.answers.get("society", {}).pop("objects", None)
        self.state.answers.get("service", {}).pop("description", None)
        self.state.notes.pop("shares", None)
        self.state.notes.pop("governance", None)

    def _note_prefilled_groups(self) -> None:
        merged = self.state.merged()
        for group, key in (("shares", "shares"), ("governance", "governance"), ("finance", "business_case")):
            if key in merged:
                self.state.notes.setdefault(group, "typical")
        if "type" in merged.get("society", {}):
            self.state.notes.setdefault("benefit", "community" if merged["society"]["type"] == "community-benefit" else "members")

    def _drop_values_that_do_not_build(self) -> None:
        """An answer that no longer fits (say, a dividend after switching to a CBS) is removed and,
        if its question still applies, asked again."""
        for _ in range(len(QUESTIONS)):
            try:
                model.Answers.model_validate(self.state.merged())
                return
            except Exception as exc:  # pydantic ValidationError: find the answers it names
                errors = getattr(exc, "errors", lambda: [])()
            keys = {".".join(str(p) for p in e["loc"] if isinstance(p, str)) for e in errors}
            removed = self._remove_answers(keys)
            if not removed:
                return  # a missing answer with no question: reported at build time
            while (question := self._next_unanswered()) is not None:
                self.ask(question)

    def _remove_answers(self, keys: set[str]) -> bool:
        """Forget answers the model refuses. A question that no longer applies gets the model's
        default instead (the archetype's value would come back through the merge)."""
        changed = False
        asked = {q.key for q in applicable(self.state)}
        for key in keys - {"member_classes", "founders"}:
            default = model_default(key)
            if key not in asked and default is not MISSING:
                if self.state.get(key, merged=False) != default:
                    self.state.set(key, default)
                    changed = True
                continue
            parent_key, _, last = key.rpartition(".")
            parent = self.state.answers
            for part in parent_key.split(".") if parent_key else []:
                parent = parent.get(part, {}) if isinstance(parent, dict) else {}
            if isinstance(parent, dict) and last in parent:
                del parent[last]
                changed = True
        if changed:
            save_progress(self.state, self.save_path)
        return changed

    # -- editors for lists

    def _edit_objects(self, question: Question) -> list[str]:
        objects = self._editing(question.key, list(self._current(question) or []))
        while True:
            self.console.say("  The objects now:")
            for n, text in enumerate(objects, 1):
                self.console.say(f"    {n}. {text}")
            problem = field_problem("society.objects", objects)
            options: list[tuple[str, Any] | tuple[str, Any, str]] = [("Keep these objects", "keep", problem) if problem else ("Keep these objects", "keep")]
            options += [(f"Change object {n}", ("edit", n - 1)) for n in range(1, len(objects) + 1)]
            options += [("Add an object", "add")] + ([("Remove an object", "remove")] if len(objects) > 1 else [])
            options.append(("? Explain this question", HELP))
            choice = self.console.select(question.prompt, options, default="keep")
            if choice == "keep":
                return objects
            if choice == HELP:
                self._explain(question)
            elif choice == "add":
                objects.append(self._ask_item_text("The new object", "", "society.objects"))
            elif choice == "remove":
                index = self.console.select("Which object should go?", [(f"{n}. {t[:70]}", n - 1) for n, t in enumerate(objects, 1)])
                objects.pop(index)
            else:
                objects[choice[1]] = self._ask_item_text(f"Object {choice[1] + 1}", objects[choice[1]], "society.objects")

    def _ask_item_text(self, message: str, default: str, key: str) -> Any:
        def validate(text: str) -> bool | str:
            probe = [text.strip()] if key == "society.objects" else text.strip()
            problem = field_problem(key, probe)
            return True if problem is None else problem

        return self.console.text(message, default, validate, "").strip()

    def _edit_classes(self, question: Question) -> list[dict[str, Any]]:
        classes = self._editing(question.key, [dict(c) for c in (self._current(question) or [])])
        if self._voting() == "one-member-one-vote":
            for c in classes:     # every member's vote counts the same: no fixed shares to keep
                c.pop("vote_share", None)
        while True:
            self._show_classes(classes)
            problems = class_problems(classes, self.state)
            keep = ("Keep these classes", "keep", problems[0]) if problems else ("Keep these classes", "keep")
            options: list[Any] = [keep] + [(f"Change {c['name']}", ("edit", i)) for i, c in enumerate(classes)]
            options += [("Add a class", "add")] + ([("Remove a class", "remove")] if len(classes) > 1 else [])
            if len(classes) > 1:
                options.append((f"How votes count: {dict(VOTING_CHOICES)[self._voting()]}", "voting"))
            options.append(("? Explain this question", HELP))
            choice = self.console.select(question.prompt, options, default="keep")
            if choice == "keep":
                return classes
            if choice == HELP:
                self._explain(question)
            elif choice == "voting":
                self._choose_voting(classes)
            elif choice == "add":
                classes.append(self._new_class(classes))
            elif choice == "remove":
                index = self.console.select("Which class should go?", [(c["name"], i) for i, c in enumerate(classes)])
                classes.pop(index)
            else:
                self._edit_class(classes[choice[1]])

    def _voting(self) -> str:
        return str(self.state.merged().get("governance", {}).get("voting", "weighted"))

    def _choose_voting(self, classes: list[dict[str, Any]]) -> None:
        self.console.say("  With fixed shares, each class carries its share of the votes however many members it "
                         "has. With one member, one vote, every member counts the same, and a class can be capped "
                         "(for example investors at most 10% of the votes cast). Either way, the big decisions need "
                         "a majority in every class.")
        choice = self.console.select("How should members' votes count?", [(label, key) for key, label in VOTING_CHOICES],
                                     default=self._voting())
        self.state.set("governance.voting", choice)
        if choice == "one-member-one-vote":
            for c in classes:
                c.pop("vote_share", None)

    def _show_classes(self, classes: list[dict[str, Any]]) -> None:
        board = self.state.merged().get("governance", {}).get("board", {})
        weighted = self._voting() == "weighted"
        seats = sum(int(c.get("board_seats", 0)) for c in classes)
        self.console.say("  Member classes now:")
        for c in classes:
            self.console.say(f"    - {c['name']} ({_who(c)}): {_seats_text(c)}, {_votes_text(c, weighted)}, "
                             f"from age {c.get('min_age', 16)}")
        if weighted:
            total_votes = sum(float(c.get("vote_share") or 0) for c in classes)
            mark = "ok" if abs(total_votes - 100) < 1e-9 else "must be 100%"
            self.console.say(f"  Vote shares add up to {total_votes:g}% ({mark}).")
        self.console.say(f"  Seats kept for classes: {seats} of {board.get('max_size', 12)} board places.")

    _CLASS_FIELDS = (("name", "Name", "text"), ("eligibility", "Who can join", "text"),
                     ("min_age", "Minimum age", "int"), ("board_seats", "Board seats of its own", "int"),
                     ("vote_share", "Share of the votes (%)", "decimal"),
                     ("max_board_seats", "Most directors from this class, if it has no seats of its own", "int"),
                     ("max_vote_share", "Most of the votes cast it may ever hold (%)", "decimal"))
    _CLASS_CHOICES = (
        ("user", "Uses the service", [("Yes: works in, receives or pays for the service", True),
                                      ("No: supporters, community, partners or investors", False)]),
        ("investor", "Investors", [("No", False), ("Yes: members who join to invest money", True)]),
        ("votes_on_demutualisation", "Votes on dissolution and mergers",
         [("Yes", True), ("No (usual for investor and supporter classes)", False)]),
    )

    def _edit_class(self, data: dict[str, Any]) -> None:
        weighted = self._voting() == "weighted"
        while True:
            fields = [f for f in self._CLASS_FIELDS if weighted or f[0] != "vote_share"]
            options: list[Any] = [(f"{label}: {'' if data.get(name) is None else data[name]}", name)
                                  for name, label, _ in fields]
            options += [(f"{label}: {_choice_label(choices, data.get(name, _CLASS_DEFAULTS[name]))}", name)
                        for name, label, choices in self._CLASS_CHOICES]
            options.append(("Done with this class", "done"))
            field = self.console.select(f"Change {data['name']}", options, default="done")
            if field == "done":
                return
            choice = next((c for c in self._CLASS_CHOICES if c[0] == field), None)
            if choice is not None:
                data[field] = self.console.select(f"{choice[1]}?", choice[2],
                                                  default=data.get(field, _CLASS_DEFAULTS[field]))
                if field == "investor" and data[field]:
                    data["user"] = False      # investors never use the service as members
                continue
            kind = next(k for n, _, k in self._CLASS_FIELDS if n == field)
            value = self._ask_class_field(field, kind, data.get(field, ""), optional=field.startswith("max_"))
            if value is None:
                data.pop(field, None)
            else:
                data[field] = value

    def _ask_class_field(self, name: str, kind: str, current: Any, optional: bool = False) -> Any:
        label = next(label for n, label, _ in self._CLASS_FIELDS if n == name)
        if optional:
            label += " (leave blank for no limit)"
        return self._ask_field(f"member_classes.{name}", label, kind, current, optional)

    def _ask_field(self, path: str, label: str, kind: str, current: Any, optional: bool = False) -> Any:
        """One field of an item in a list (a class, a staff role), checked with the model's type."""
        def convert(text: str) -> Any:
            if optional and not text.strip():
                return None
            return parse_number(text, kind) if kind in ("int", "decimal") else text.strip()

        def validate(text: str) -> bool | str:
            if optional and not text.strip():
                return True
            try:
                problem = field_problem(path, convert(text))
            except ValueError as exc:
                return str(exc)
            return True if problem is None else problem

        return convert(self.console.text(label, "" if current in (None, "") else str(current), validate, ""))

    def _new_class(self, classes: list[dict[str, Any]]) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self._ask_class_field("name", "text", "")}
        data["key"] = _unique_key(data["name"], {c["key"] for c in classes})
        data["eligibility"] = self._ask_class_field("eligibility", "text", "")
        data["min_age"] = self._ask_class_field("min_age", "int", 16)
        data["board_seats"] = self._ask_class_field("board_seats", "int", 0)
        if self._voting() == "weighted":
            data["vote_share"] = self._ask_class_field("vote_share", "decimal", 10)
        # who the class is decides the checks on control: asked last, so the figures come first
        data["user"] = self.console.select("Do members of this class use the service?", self._CLASS_CHOICES[0][2],
                                           default=True)
        return data

    def _edit_founders(self, question: Question) -> list[dict[str, Any]]:
        founders = self._editing(question.key, [dict(f) for f in (self._current(question) or [])])
        classes = self.state.get("member_classes") or []
        while True:
            self.console.say("  Founders now:" if founders else "  No founders yet.")
            for f in founders:
                name = next((c["name"] for c in classes if c.get("key") == f["member_class"]), f["member_class"])
                self.console.say(f"    - {f['name']} ({name}){' - secretary' if f.get('secretary') else ''}")
            problems = founder_problems(founders, self.state)
            done = ("Done", "done", problems[0]) if problems else ("Done", "done")
            options: list[Any] = [("Add a founder", "add"), done]
            if founders:
                options += [("Choose the secretary", "secretary"), ("Remove a founder", "remove")]
            options.append(("? Explain this question", HELP))
            choice = self.console.select(question.prompt, options, default="done" if not problems else "add")
            if choice == "done":
                return founders
            if choice == HELP:
                self._explain(question)
            elif choice == "add":
                founders.append(self._new_founder(classes, first=not founders))
            elif choice == "remove":
                founders.pop(self.console.select("Who should be removed?", [(f["name"], i) for i, f in enumerate(founders)]))
            else:
                chosen = self.console.select("Who is the secretary?", [(f["name"], i) for i, f in enumerate(founders)])
                for i, f in enumerate(founders):
                    f["secretary"] = i == chosen

    def _edit_staff(self, question: Question) -> list[dict[str, Any]]:
        staff = self._editing(question.key, [dict(s) for s in (self._current(question) or [])])
        while True:
            self.console.say("  Staff now:" if staff else "  No staff yet.")
            for s in staff:
                self.console.say(f"    - {s['role']}: {s['fte']} full-time equivalent at £{float(s['salary']):,.0f}")
            problem = field_problem("business_case.staff", staff)
            keep = ("Keep these staff", "keep", problem) if problem else ("Keep these staff", "keep")
            options: list[Any] = [keep] + [(f"Change {s['role']}", ("edit", i)) for i, s in enumerate(staff)]
            options += [("Add a role", "add")] + ([("Remove a role", "remove")] if len(staff) > 1 else [])
            options.append(("? Explain this question", HELP))
            choice = self.console.select(question.prompt, options, default="keep")
            if choice == "keep":
                return staff
            if choice == HELP:
                self._explain(question)
            elif choice == "remove":
                staff.pop(self.console.select("Which role should go?", [(s["role"], i) for i, s in enumerate(staff)]))
            else:
                current = staff[choice[1]] if choice != "add" else {"role": "", "fte": 1, "salary": ""}
                ask = self._ask_field
                edited = {"role": ask("business_case.staff.role", "Role", "text", current["role"]),
                          "fte": ask("business_case.staff.fte", "Full-time equivalent staff", "decimal", current["fte"]),
                          "salary": ask("business_case.staff.salary", "Yearly salary for one full-time post, in pounds",
                                        "decimal", current["salary"])}
                if choice == "add":
                    staff.append(edited)
                else:
                    staff[choice[1]] = edited

    def _new_founder(self, classes: list[dict[str, Any]], first: bool) -> dict[str, Any]:
        name = self._ask_item_text("Founder's full name", "", "founders.name")
        member_class = self.console.select(f"Which class will {name} join?", [(c["name"], c["key"]) for c in classes])
        return {"name": name, "member_class": member_class, "secretary": first}

    # -- review and build

    def review(self) -> model.Answers:
        while True:
            self._show_review()
            options: list[Any] = [("Build the pack", "build")]
            options += [(f"Change: {section}", section) for section in SECTIONS]
            choice = self.console.select("Review your answers", options, default="build")
            if choice == "build":
                answers = self._resolve()
                if answers is not None:
                    return answers
                continue
            self._change_section(choice)

    def _change_section(self, section: str) -> None:
        asked: set[str] = set()
        while (question := next((q for q in applicable(self.state)
                                 if q.section == section and q.key not in asked), None)) is not None:
            asked.add(question.key)
            self.ask(question)
        self.fill()

    def _show_review(self) -> None:
        self.console.say("\nYour answers:")
        for section in SECTIONS:
            self.console.say(f"  {section}")
            for question in applicable(self.state):
                if question.section == section:
                    self.console.say(f"    {question.prompt} {self._shown(question)}")

    def _resolve(self) -> model.Answers | None:
        from ..answers.resolve import resolve_answers

        try:
            return resolve_answers(self.state.answers)
        except AnswersError as exc:
            self.console.say("These answers cannot be built yet:")
            for problem in exc.problems:
                self.console.say(f"  - {problem}")
            return None


    def _shown(self, question: Question) -> str:
        value = self.state.get(question.key)
        choices = question.choices(self.state) if question.choices else []
        title = next((t for t, v in choices if v == value), None)
        if title is not None:
            value = title.split(":")[0].split(" (")[0]
        return _shown(value)


def _shown(value: Any) -> str:
    if value is MISSING or value is None:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(str(v.get("name", "?")) for v in value)
        return "; ".join(str(v)[:60] for v in value)
    text = str(value)
    return text if len(text) < 80 else text[:77] + "..."


def _unique_key(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:30] or "class"
    if not base[0].isalpha():
        base = f"c-{base}"[:30]
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key




# ---------------------------------------------------------------- the whole command

def run_new(console: Console, *, resume: Path | None, prefill: Path | None, save: Path, out: Path,
            force: bool) -> None:
    """`spinout new`: ask, save as we go, build. Raises Stopped on Ctrl-C (answers saved)."""
    state, save_path, prefilled = _starting_state(resume, prefill, save, force)
    console.say("spinout: let's draft the rules for your co-operative. Everything it writes is a draft, "
                "not legal advice.")
    console.say(f"Your answers are saved as you go in {save_path}. Press Ctrl-C to stop at any time.")
    wizard = Wizard(state, save_path, console, prefilled=prefilled)
    answers = wizard.run()
    from ..answers.resolve import dump_answers

    _write_text_atomically(save_path, dump_answers(answers))
    console.say(f"\nAll answers saved in {save_path} ({wizard.asked} questions answered).")
    replace = force
    if out.exists() and out.is_dir() and any(out.iterdir()) and not force:
        try:
            replace = console.select(f"The folder {out} already has files in it. Replace them with the new pack?",
                                     [("Yes, replace them", True), ("No, stop here", False)], default=False)
        except (KeyboardInterrupt, EOFError):
            replace = False
        if not replace:
            console.say(f"Nothing built. Build later with: spinout build {save_path} -o FOLDER")
            return
    _build_and_report(console, answers, out, replace)


def _starting_state(resume: Path | None, prefill: Path | None, save: Path, force: bool) -> tuple[State, Path, bool]:
    if resume is not None:
        return load_progress(resume), resume, False
    if save.exists() and not force and (prefill is None or save.resolve() != prefill.resolve()):
        raise OutputError(f"{save} already exists, and spinout never overwrites it without being asked.",
                          hint=f"Carry on with it: spinout new --resume {save}\n"
                               "Or choose another file with --save, or add --force to start again.")
    if prefill is not None:
        return load_progress(prefill), save, True
    return State(), save, False


def _build_and_report(console: Console, answers: model.Answers, out: Path, force: bool) -> None:
    from ..pack.build import build_pack
    from ..review.report import render_plain_summary
    from ..pack.workers import pdf_worker

    with pdf_worker() as worker:
        built = build_pack(answers, out, force=force, pdf_worker=worker)
    console.say(f"\nBuilt the pack for {answers.society.name}:")
    for name in built.files:
        console.say(f"  {built.directory / name}")
    console.say("")
    console.say(render_plain_summary(built.report, built.document))


def _write_text_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


VOTING_CHOICES = (("weighted", "each class has a fixed share of the votes"),
                  ("one-member-one-vote", "one member, one vote (with caps for some classes)"))
_CLASS_DEFAULTS = {"user": True, "investor": False, "votes_on_demutualisation": True}


def _who(data: dict[str, Any]) -> str:
    if data.get("investor"):
        return "investors"
    return "uses the service" if data.get("user", True) else "does not use the service"


def _seats_text(data: dict[str, Any]) -> str:
    if data.get("max_board_seats") is not None:
        return f"at most {data['max_board_seats']} directors"
    seats = int(data.get("board_seats", 0))
    return "1 board seat" if seats == 1 else f"{seats} board seats"


def _votes_text(data: dict[str, Any], weighted: bool) -> str:
    cap = f", at most {data['max_vote_share']}% of votes cast" if data.get("max_vote_share") is not None else ""
    if weighted:
        return f"{data.get('vote_share', '?')}% of votes{cap}"
    return f"one vote each{cap}"


def _choice_label(choices: list[tuple[str, Any]], value: Any) -> str:
    return next((label.split(":")[0] for label, v in choices if v == value), str(value))
