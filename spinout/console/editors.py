"""Editors for the list answers (objects, member classes, founders, staff): each shows the list
as it stands, lets the user change, add or remove items, and returns the list, or BACK.
Problems are the interview's own, in plain words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..interview import Interview, Question
from ..interview.lists import class_problems, founder_problems, item_problems, unique_key
from ..interview.playback import fte_text, number_text, seats_text, votes_text, who_text
from ..interview.values import field_problem, parse_number, sentence, whole_number
from .terminal import BACK, HELP, Console

VOTING_CHOICES = (("weighted", "each class has a fixed share of the votes"),
                  ("one-member-one-vote", "one member, one vote (with caps for some classes)"))
_CLASS_DEFAULTS = {"user": True, "investor": False, "votes_on_demutualisation": True}
_CLASS_FIELDS = (("name", "Name", "text"), ("eligibility", "Who can join", "text"),
                 ("min_age", "Youngest age to join", "number"), ("board_seats", "Board seats of its own", "number"),
                 ("vote_share", "Share of the votes (%)", "number"),
                 ("max_board_seats", "Most directors from this class, if it has no seats of its own", "number"),
                 ("max_vote_share", "Most of the votes cast it may ever hold (%)", "number"))
_CLASS_CHOICES = (
    ("user", "Uses the service", [("Yes: works in, receives or pays for the service", True),
                                  ("No: supporters, community, partners or investors", False)]),
    ("investor", "Investors", [("No", False), ("Yes: members who join to invest money", True)]),
    ("votes_on_demutualisation", "Votes on dissolution and mergers",
     [("Yes", True), ("No (usual for investor and supporter classes)", False)]),
)


class Editors:
    def __init__(self, console: Console, interview: Interview, explain: Callable[[Question], None]) -> None:
        self.console, self.interview, self.explain = console, interview, explain
        self.editing: tuple[str, list[Any]] | None = None     # the list being edited, kept on Ctrl-C
        self.prompt = ""

    @property
    def state(self) -> Any:
        return self.interview.state

    def edit(self, question: Question, start: Any, prompt: str) -> Any:
        editors: dict[str, Callable[[Question, list[Any]], Any]] = {
            "objects": self.objects, "classes": self.classes, "founders": self.founders, "staff": self.staff}
        editor = editors[question.kind]
        items = [dict(i) if isinstance(i, dict) else i for i in (start or [])]
        self.editing = (question.key, items)
        self.prompt = prompt
        return editor(question, items)

    def _menu(self, question: Question, options: list[Any], default: Any) -> Any:
        """The list's menu; help is shown here and the menu asked again."""
        while True:
            choice = self.console.select(self.prompt, options, default=default)
            if choice != HELP:
                return choice
            self.explain(question)

    # ------------------------------------------------------------ objects

    def objects(self, question: Question, objects: list[str]) -> Any:
        while True:
            self.console.say("The objects now:", indent=2)
            for n, text in enumerate(objects, 1):
                self.console.say(f"{n}. {text}", indent=4, hang=3)
            problem = field_problem("society.objects", objects)
            options: list[Any] = [("Keep these objects", "keep", sentence(problem)) if problem
                                  else ("Keep these objects", "keep")]
            options += [(f"Change object {n}", ("edit", n - 1)) for n in range(1, len(objects) + 1)]
            options += [("Add an object", "add")] + ([("Remove an object", "remove")] if len(objects) > 1 else [])
            choice = self._menu(question, options, "keep")
            if choice in ("keep", BACK):
                return objects if choice == "keep" else BACK
            if choice == "add":
                objects.append(self.item_text("The new object", "", "society.objects"))
            elif choice == "remove":
                options = [(f"{n}. {_short(t)}", n - 1) for n, t in enumerate(objects, 1)]
                objects.pop(self.console.select("Which object should go?", options, keys=False))
            else:
                objects[choice[1]] = self.item_text(f"Object {choice[1] + 1}", objects[choice[1]], "society.objects")

    def item_text(self, message: str, default: str, key: str) -> str:
        def validate(text: str) -> bool | str:
            probe = [text.strip()] if key == "society.objects" else text.strip()
            problem = field_problem(key, probe)
            return True if problem is None else sentence(problem)

        return self.console.text(message, default, validate, keys=False).strip()

    # ------------------------------------------------------------ member classes

    def voting(self) -> str:
        return str(self.state.merged().get("governance", {}).get("voting", "weighted"))

    def classes(self, question: Question, classes: list[dict[str, Any]]) -> Any:
        if self.voting() == "one-member-one-vote":
            for c in classes:     # every member's vote counts the same: no fixed shares to keep
                c.pop("vote_share", None)
        while True:
            self.show_classes(classes)
            problems = item_problems("classes", classes) or class_problems(classes, self.state)
            keep = ("Keep these classes", "keep", problems[0]) if problems else ("Keep these classes", "keep")
            options: list[Any] = [keep] + [(f"Change {c['name']}", ("edit", i)) for i, c in enumerate(classes)]
            options += [("Add a class", "add")] + ([("Remove a class", "remove")] if len(classes) > 1 else [])
            if len(classes) > 1:
                options.append((f"How votes count: {dict(VOTING_CHOICES)[self.voting()]}", "voting"))
            choice = self._menu(question, options, "keep")
            if choice in ("keep", BACK):
                return classes if choice == "keep" else BACK
            if choice == "voting":
                self.choose_voting(classes)
            elif choice == "add":
                classes.append(self.new_class(classes))
            elif choice == "remove":
                which = [(c["name"], i) for i, c in enumerate(classes)]
                classes.pop(self.console.select("Which class should go?", which, keys=False))
            else:
                self.edit_class(classes[choice[1]])

    def choose_voting(self, classes: list[dict[str, Any]]) -> None:
        self.console.say("With fixed shares, each class carries its share of the votes however many members it "
                         "has. With one member, one vote, every member counts the same, and a class can be capped "
                         "(for example investors at most 10% of the votes cast). Either way, the big decisions need "
                         "a majority in every class.", indent=2)
        options = [(label, key) for key, label in VOTING_CHOICES]
        choice = self.console.select("How should members' votes count?", options, default=self.voting(), keys=False)
        self.state.set("governance.voting", choice)
        if choice == "one-member-one-vote":
            for c in classes:
                c.pop("vote_share", None)

    def show_classes(self, classes: list[dict[str, Any]]) -> None:
        board = self.state.merged().get("governance", {}).get("board", {})
        weighted = self.voting() == "weighted"
        seats = sum(int(c.get("board_seats", 0)) for c in classes)
        self.console.say("Member classes now:", indent=2)
        for c in classes:
            self.console.say(f"- {c['name']} ({who_text(c)}): {seats_text(c)}, {votes_text(c, weighted)}, "
                             f"from age {c.get('min_age', 16)}", indent=4, hang=2)
        if weighted:
            total = sum(float(c.get("vote_share") or 0) for c in classes)
            mark = "as they must" if abs(total - 100) < 1e-9 else "they must add up to 100%"
            self.console.say(f"Vote shares add up to {total:g}% ({mark}).", indent=2)
        self.console.say(f"Seats kept for classes: {seats} of {board.get('max_size', 12)} board places.", indent=2)

    def edit_class(self, data: dict[str, Any]) -> None:
        weighted = self.voting() == "weighted"
        while True:
            fields = [f for f in _CLASS_FIELDS if weighted or f[0] != "vote_share"]
            options: list[Any] = [(f"{label}: {'' if data.get(name) is None else data[name]}", name)
                                  for name, label, _ in fields]
            options += [(f"{label}: {_label(choices, data.get(name, _CLASS_DEFAULTS[name]))}", name)
                        for name, label, choices in _CLASS_CHOICES]
            options.append(("Done with this class", "done"))
            field = self.console.select(f"Change {data['name']}", options, default="done", keys=False)
            if field == "done":
                return
            choice = next((c for c in _CLASS_CHOICES if c[0] == field), None)
            if choice is not None:
                data[field] = self.console.select(f"{choice[1]}?", choice[2],
                                                  default=data.get(field, _CLASS_DEFAULTS[field]), keys=False)
                if field == "investor" and data[field]:
                    data["user"] = False      # investors never use the service as members
                continue
            value = self.class_field(field, data.get(field, ""))
            if value is None:
                data.pop(field, None)
            else:
                data[field] = value

    def class_field(self, name: str, current: Any) -> Any:
        label, kind = next((label, kind) for n, label, kind in _CLASS_FIELDS if n == name)
        optional = name.startswith("max_")
        if optional:
            label += " (leave blank for no limit)"
        return self.field(f"member_classes.{name}", label, kind, current, optional)

    def field(self, path: str, label: str, kind: str, current: Any, optional: bool = False) -> Any:
        """One field of an item in a list (a class, a staff role), checked with the model's type."""
        def convert(text: str) -> Any:
            if optional and not text.strip():
                return None
            return parse_number(text, whole_number(path)) if kind == "number" else text.strip()

        def validate(text: str) -> bool | str:
            if optional and not text.strip():
                return True
            try:
                problem = field_problem(path, convert(text))
            except ValueError as exc:
                return str(exc)
            return True if problem is None else sentence(problem)

        return convert(self.console.text(label, "" if current in (None, "") else str(current), validate, keys=False))

    def new_class(self, classes: list[dict[str, Any]]) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.class_field("name", "")}
        data["key"] = unique_key(data["name"], {c["key"] for c in classes})
        data["eligibility"] = self.class_field("eligibility", "")
        data["min_age"] = self.class_field("min_age", 16)
        data["board_seats"] = self.class_field("board_seats", 0)
        if self.voting() == "weighted":
            data["vote_share"] = self.class_field("vote_share", 10)
        # who the class is decides the checks on control: asked last, so the figures come first
        data["user"] = self.console.select("Do members of this class use the service?", _CLASS_CHOICES[0][2],
                                           default=True, keys=False)
        return data

    # ------------------------------------------------------------ founders

    def founders(self, question: Question, founders: list[dict[str, Any]]) -> Any:
        classes = self.state.get("member_classes") or []
        while True:
            self.console.say("Founders now:" if founders else "No founders yet.", indent=2)
            for f in founders:
                name = next((c["name"] for c in classes if c.get("key") == f["member_class"]), f["member_class"])
                self.console.say(f"- {f['name']} ({name}){', the secretary' if f.get('secretary') else ''}", indent=4)
            problems = founder_problems(founders, self.state) if founders else [self._too_few()]
            done = ("Done", "done", problems[0]) if problems else ("Done", "done")
            options: list[Any] = [("Add a founder", "add"), done]
            if founders:
                options += [("Choose the secretary", "secretary"), ("Remove a founder", "remove")]
            choice = self._menu(question, options, "done" if not problems else "add")
            if choice in ("done", BACK):
                return founders if choice == "done" else BACK
            if choice == "add":
                founders.append(self.new_founder(classes, first=not founders))
            elif choice == "remove":
                founders.pop(self.console.select("Who should be removed?",
                                                 [(f["name"], i) for i, f in enumerate(founders)], keys=False))
            else:
                chosen = self.console.select("Who is the secretary?", [(f["name"], i) for i, f in enumerate(founders)],
                                             keys=False)
                for i, f in enumerate(founders):
                    f["secretary"] = i == chosen

    def _too_few(self) -> str:
        return founder_problems([], self.state)[0] if founder_problems([], self.state) else "Add the founders."

    def new_founder(self, classes: list[dict[str, Any]], first: bool) -> dict[str, Any]:
        name = self.item_text("Founder's full name", "", "founders.name")
        member_class = self.console.select(f"Which class will {name} join?", [(c["name"], c["key"]) for c in classes],
                                           keys=False)
        return {"name": name, "member_class": member_class, "secretary": first}

    # ------------------------------------------------------------ staff

    def staff(self, question: Question, staff: list[dict[str, Any]]) -> Any:
        while True:
            self.console.say("Staff now:" if staff else "No staff yet.", indent=2)
            for s in staff:
                self.console.say(f"- {s['role']}: {fte_text(s['fte'])} FTE at {number_text(s['salary'], 'pounds')} "
                                 "a year for one full-time post", indent=4, hang=2)
            problems = item_problems("staff", staff)
            problem = problems[0] if problems else field_problem("business_case.staff", staff)
            keep = ("Keep these staff", "keep", sentence(problem)) if problem else ("Keep these staff", "keep")
            options: list[Any] = [keep] + [(f"Change {s['role']}", ("edit", i)) for i, s in enumerate(staff)]
            options += [("Add a role", "add")] + ([("Remove a role", "remove")] if len(staff) > 1 else [])
            choice = self._menu(question, options, "keep")
            if choice in ("keep", BACK):
                return staff if choice == "keep" else BACK
            if choice == "remove":
                staff.pop(self.console.select("Which role should go?", [(s["role"], i) for i, s in enumerate(staff)],
                                              keys=False))
                continue
            current = staff[choice[1]] if choice != "add" else {"role": "", "fte": 1, "salary": ""}
            edited = {**current,
                      "role": self.field("business_case.staff.role", "Role", "text", current["role"]),
                      "fte": self.field("business_case.staff.fte", "Full-time equivalent (FTE) posts", "number",
                                        current["fte"]),
                      "salary": self.field("business_case.staff.salary",
                                           "Yearly salary for one full-time post, in pounds", "number",
                                           current["salary"])}
            if choice == "add":
                staff.append(edited)
            else:
                staff[choice[1]] = edited


def _label(choices: list[tuple[str, Any]], value: Any) -> str:
    return next((label.split(":")[0] for label, v in choices if v == value), str(value))


def _short(text: str, size: int = 70) -> str:
    return text if len(text) <= size else text[: size - 1].rsplit(" ", 1)[0] + "…"
