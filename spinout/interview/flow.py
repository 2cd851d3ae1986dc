"""`Interview`: the questions asked in order, with back, change-one-answer and a review, and no
terminal or web in sight. Front ends show `page()`, pass what the user gave to `answer()`, and
show `review()` when `current` is None.

Where it is: `current` is the question shown now. Normally that is the first question that
applies and has no answer; `back()` and `change(key)` move a cursor onto an answered question
instead. After `change`, answering returns to the review once nothing is left unanswered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..answers import model
from ..answers.model import plain
from .boxes import pack_boxes
from .checks import CHECKS
from .choices import Choice, choices_for
from .groups import ANSWER_GROUPS, apply_typical, forget_group, staff_headcount
from .lists import list_problems
from .namespace import holds, namespace, render
from .playback import number_text, staff_table, value_lines
from .questions import Question, QuestionSet, Term, load_questions
from .state import MISSING, State
from .values import field_problem, model_default, parse_number, sentence, whole_number
from .warnings import warnings_for

Status = Literal["done", "to do", "in progress", "not needed"]
ARCHETYPE_ANSWERS = ("member_classes", "shares", "governance", "asset_lock", "profits", "commitments")


@dataclass(frozen=True)
class Outcome:
    """What became of an answer: refused with a problem, or taken (perhaps with warnings)."""

    problem: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class Page:
    """Everything a front end needs to show one question."""

    question: Question
    section: str
    section_number: int
    section_count: int
    prompt: str
    hint: str
    help: str
    example: str | None
    choices: list[Choice]
    value: Any                    # what the field starts with: the group's answer or a default; MISSING if empty
    terms: list[Term]
    typical: list[str]            # for "use the typical settings?": the settings it stands for
    can_go_back: bool


@dataclass(frozen=True)
class SectionProgress:
    title: str
    status: Status
    answered: int
    total: int


@dataclass(frozen=True)
class ReviewItem:
    key: str                      # pass to Interview.change
    label: str
    lines: tuple[str, ...]
    table: tuple[tuple[str, ...], list[tuple[str, ...]]] | None = None     # headers, rows


@dataclass(frozen=True)
class ReviewSection:
    title: str
    status: Status
    items: tuple[ReviewItem, ...] = field(default_factory=tuple)


class Interview:
    def __init__(self, state: State | None = None, *, questions: QuestionSet | None = None,
                 complete_file: bool = False, on_save: Callable[[State], None] | None = None,
                 today: dt.date | None = None) -> None:
        """`complete_file`: the answers came from a whole answers file (an example, or a file
        to build from), so the archetype's values count as given."""
        self.state = state if state is not None else State()
        self.questions = questions or load_questions()
        self.complete_file = complete_file
        self._on_save = on_save
        self._cursor: str | None = None
        self._returning = False
        self.answered_now = 0            # answers given in this session
        self._warned: set[str] = set()    # warnings already shown: each is said once
        self.state.answers.setdefault("schema_version", model.SCHEMA_VERSION)
        self.state.answers.setdefault("date", (today or dt.date.today()).isoformat())
        self._note_given_groups()

    # ------------------------------------------------------------ where we are

    def applicable(self) -> list[Question]:
        names = namespace(self.state)
        found: list[Question] = []
        for question in self.questions.questions:
            if _holds(question, names):
                found += self._box_questions(question) if question.kind == "words" else [question]
        return found

    def _box_questions(self, template: Question) -> list[Question]:
        """The "words" question stands for one question for each "To write" box of this pack."""
        return [Question(template.spec.model_copy(update={"key": f"own_words.{box.id}", "label": box.label}),
                         template.section, template.where, heading=box.label, note=box.note)
                for box in pack_boxes(self.state.merged())]

    def answered(self, question: Question) -> bool:
        value = self.state.get(question.key, merged=self.complete_file or question.steers)
        if value is MISSING:
            # in a whole file a box left out is one to write later, as any optional answer: it never
            # stops a build, and the review lists it with a Change link
            return question.optional and self.complete_file
        if question.kind in ("classes", "founders", "objects", "staff"):
            return not list_problems(question.kind, value, self.state)
        return self._problem(question, value) is None

    @property
    def current(self) -> Question | None:
        applicable = self.applicable()
        if self._cursor is not None:
            found = next((q for q in applicable if q.key == self._cursor), None)
            if found is not None:
                return found
            self._cursor = None
        return next((q for q in applicable if not self.answered(q)), None)

    @property
    def complete(self) -> bool:
        return self.current is None

    def sections(self) -> list[SectionProgress]:
        """Every section in a fixed order, done or to do: the count never jumps as branches open."""
        applicable = self.applicable()
        progress = []
        for title in self.questions.sections:
            asked = [q for q in applicable if q.section == title]
            done = sum(self.answered(q) for q in asked)
            status: Status = ("not needed" if not asked else "done" if done == len(asked)
                              else "to do" if done == 0 else "in progress")
            progress.append(SectionProgress(title, status, done, len(asked)))
        return progress

    # ------------------------------------------------------------ showing a question

    def page(self, question: Question | None = None) -> Page:
        question = question or self.current
        if question is None:
            raise ValueError("every question is answered: show the review")
        names = namespace(self.state)
        spec = question.spec
        titles = self.questions.sections
        return Page(
            question=question, section=question.section, section_number=titles.index(question.section) + 1,
            section_count=len(titles), prompt=question.heading or render(spec.prompt, names),
            hint=question.note or render(spec.hint, names),
            help=render(spec.help, names), example=self._example(question),
            choices=choices_for(question, self.state, names), value=self.prefill(question),
            terms=[self.questions.glossary[t] for t in spec.terms],
            typical=self.typical_lines(spec.settles) if spec.settles else [],
            can_go_back=self.previous(question) is not None,
        )

    def prefill(self, question: Question) -> Any:
        """The answer the field starts with: the group's own; otherwise a default, never an
        example figure (those are shown as hints). A choice no longer offered is not kept."""
        own = self.state.get(question.key, merged=self.complete_file or question.steers)
        if question.kind == "select":
            return self._prefill_choice(question, own)
        if own is not MISSING:
            return own
        if question.spec.default is not None:
            return question.spec.default
        if question.spec.example is not None:
            return MISSING
        merged = self.state.get(question.key)
        return model_default(question.key) if merged is MISSING else merged

    def _prefill_choice(self, question: Question, own: Any) -> Any:
        offered = [c.value for c in choices_for(question, self.state, namespace(self.state))]
        recommended = next((c.value for c in choices_for(question, self.state, namespace(self.state))
                            if c.recommended), MISSING)
        for candidate in (own, question.spec.default, self.state.get(question.key), recommended):
            if candidate is not None and candidate is not MISSING and candidate in offered:
                return candidate
        return MISSING

    def _example(self, question: Question) -> str | None:
        example = question.spec.example
        if example == "archetype":
            value = self.state.archetype_defaults()
            for part in question.key.split("."):
                value = value.get(part, MISSING) if isinstance(value, dict) else MISSING
            return None if value is MISSING else number_text(value, question.spec.unit)
        if example == "staff":
            staff = self.state.get("business_case.staff")
            return str(staff_headcount(staff)) if isinstance(staff, list) and staff else None
        return example

    def typical_lines(self, group: str) -> list[str]:
        """The settings "typical" stands for, as the one-by-one questions would play them back."""
        preview = State(dict(plain(self.state.answers)), dict(self.state.notes))
        apply_typical(group, preview)
        names = namespace(preview)
        lines = []
        for question in self.questions.groups()[group]:
            value = preview.get(question.key)
            if value is MISSING or not holds(question.spec.when, names):
                continue
            shown = value_lines(question, value, choices_for(question, preview, names))
            lines.append(f"{question.label}: {'; '.join(shown)}")
        return lines

    # ------------------------------------------------------------ answering and moving

    def answer(self, value: Any) -> Outcome:
        """Take an answer to the current question: a plain-words problem, or stored and on."""
        question = self.current
        if question is None:
            raise ValueError("every question is answered: nothing to answer")
        value = self._converted(question, value)
        if isinstance(value, Outcome):
            return value
        problem = self._problem(question, value)
        if problem is not None:
            return Outcome(problem)
        self._store(question, value)
        self._move_on(question)
        self._settle()
        warnings = [w for w in warnings_for(question, self.state, self.questions) if w not in self._warned]
        self._warned.update(warnings)
        return Outcome(warnings=tuple(warnings))

    def problem_with(self, value: Any, question: Question | None = None) -> str | None:
        """What `answer(value)` would refuse, without answering (for checking as the user types)."""
        question = question or self.current
        if question is None:
            return None
        value = self._converted(question, value)
        return value.problem if isinstance(value, Outcome) else self._problem(question, value)

    def back(self) -> bool:
        """Go to the question before the one shown (from the review: the last one). False at
        the first question."""
        question = self.current
        previous = self.applicable()[-1] if question is None else self.previous(question)
        if previous is None:
            return False
        self._cursor = previous.key
        return True

    def change(self, key: str) -> None:
        """Show the question for one answer; once it and anything it opens are answered,
        `current` is None again (the review)."""
        if not any(q.key == key for q in self.applicable()):
            raise ValueError(f"no question for {key} applies now")
        self._cursor = key
        self._returning = True

    def go_to(self, key: str) -> None:
        """Show the question for `key` (one already answered, or the next to answer), as `back()`
        does: answering it walks on through the answers given after it."""
        if not any(q.key == key for q in self.applicable()):
            raise ValueError(f"no question for {key} applies now")
        self._cursor = key
        self._returning = False

    def to_review(self) -> None:
        """Leave the question shown (answered or not) for the review."""
        self._cursor = None

    def previous(self, question: Question) -> Question | None:
        """The question that applies before `question`; None for the first."""
        applicable = self.applicable()
        index = next((i for i, q in enumerate(applicable) if q.key == question.key), 0)
        return applicable[index - 1] if index > 0 else None

    def _move_on(self, question: Question) -> None:
        if self._cursor is None:
            return
        applicable = self.applicable()
        index = next((i for i, q in enumerate(applicable) if q.key == question.key), len(applicable))
        following = applicable[index + 1] if index + 1 < len(applicable) else None
        if self._returning or following is None or not self.answered(following):
            self._cursor = None          # on to the first unanswered question, or the review
        else:
            self._cursor = following.key  # walking forward again through answers already given
        if self._cursor is None and self.current is None:
            self._returning = False

    # ------------------------------------------------------------ values

    def _converted(self, question: Question, value: Any) -> Any:
        """Typed text as the value the model keeps (numbers, blanks)."""
        if isinstance(value, str) and question.kind == "number":
            try:
                return parse_number(value, whole_number(question.key))
            except ValueError as exc:
                return Outcome(str(exc))
        if isinstance(value, str):
            if question.kind == "words":      # a browser's textarea sends Windows line endings
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            value = " ".join(value.split()) if question.kind == "text" else value.strip()
            if value == "":
                return None
        return value

    def _problem(self, question: Question, value: Any) -> str | None:
        """Why `value` cannot be the answer, as a sentence; None when it can."""
        if value is MISSING or value is None:
            return None if question.optional else _needed(question)
        if question.kind in ("classes", "founders", "objects", "staff"):
            problems = list_problems(question.kind, value, self.state)
            return problems[0] if problems else None
        if question.kind in ("select", "yesno"):
            allowed = [c.value for c in choices_for(question, self.state, namespace(self.state))]
            if value not in allowed:
                return "Choose one of the answers listed."
        if not question.steers:
            problem = field_problem(question.key, value)
            if problem:
                return sentence(problem)
        check = CHECKS.get(question.spec.check or "")
        problem = check(value, self.state) if check else None
        return sentence(problem) if problem else None

    def _store(self, question: Question, value: Any) -> None:
        key = question.key
        if key == "service.archetype" and self.state.own(key) not in (MISSING, value):
            self._forget_archetype_answers()
        before = self.state.own(key)
        self.state.set(key, plain(value))
        self._no_longer_illustrative(key)
        group = question.spec.settles
        if group and value == "typical":
            apply_typical(group, self.state)
        elif group and value == "step" and before != "step":
            forget_group(group, [q.key for q in self.questions.groups()[group]], self.state)
        self.answered_now += 1
        self.save()

    def save(self) -> None:
        if self._on_save is not None:
            self._on_save(self.state)

    def _no_longer_illustrative(self, key: str) -> None:
        """A figure the group has now given is its own, not the archetype's example."""
        case = self.state.answers.get("business_case")
        name = key.removeprefix("business_case.")
        if key.startswith("business_case.") and isinstance(case, dict) and name in case.get("illustrative", []):
            case["illustrative"] = [other for other in case["illustrative"] if other != name]

    def _forget_archetype_answers(self) -> None:
        # A new kind of service brings its own classes, objects and settings.
        for key in ARCHETYPE_ANSWERS:
            self.state.answers.pop(key, None)
        self.state.answers.get("society", {}).pop("objects", None)
        self.state.answers.get("service", {}).pop("description", None)
        for note in ("shares", "governance"):
            self.state.notes.pop(note, None)

    def _note_given_groups(self) -> None:
        """A file that already holds a group's settings (an example, or a finished answers file
        without the interview's notes) needs no "typical settings?" question for it."""
        source = self.state.merged() if self.complete_file else self.state.answers
        # a finished file from outside the interview (no notes of its own): its boxes stay notes
        # unless it has words already, or the group asks for them from the review
        finished_elsewhere = not self.state.notes and "founders" in source
        for group, key in ANSWER_GROUPS.items():
            if key in source and isinstance(source[key], dict):
                self.state.notes.setdefault(group, "typical")
        if source.get("own_words") or finished_elsewhere:
            self.state.notes.setdefault("own_words", bool(source.get("own_words")))
        society_type = source.get("society", {}).get("type") if isinstance(source.get("society"), dict) else None
        if society_type:
            self.state.notes.setdefault("benefit", "community" if society_type == "community-benefit" else "members")

    def _settle(self) -> None:
        """When nothing is left to ask, an answer the model now refuses as a whole (a dividend
        after switching to a community benefit society, say) is forgotten, so it is asked again
        (or falls back to the model's default when its question no longer applies)."""
        if self.current is not None:
            return
        for _ in range(len(self.questions.questions)):
            keys = _refused_keys(self.state.merged())
            if not keys or not self._forget(keys):
                return

    def _forget(self, keys: set[str]) -> bool:
        asked = {q.key for q in self.applicable()}
        changed = False
        for key in keys - {"member_classes", "founders"}:
            default = model_default(key)
            if key not in asked and default is not MISSING:
                if self.state.own(key) != default:
                    self.state.set(key, default)
                    changed = True
            elif self.state.remove(key):
                changed = True
        if changed:
            self.save()
        return changed

    # ------------------------------------------------------------ the review

    def review(self) -> list[ReviewSection]:
        """Every answer played back readably, section by section, each with its change key."""
        names = namespace(self.state)
        progress = {p.title: p.status for p in self.sections()}
        applicable = self.applicable()
        sections = []
        for title in self.questions.sections:
            items = tuple(self._review_item(q, names) for q in applicable if q.section == title)
            sections.append(ReviewSection(title, progress[title], items))
        return sections

    def _review_item(self, question: Question, names: dict[str, Any]) -> ReviewItem:
        value = self.state.get(question.key, merged=self.complete_file or question.steers)
        if value is MISSING and not question.steers:
            value = self.state.get(question.key) if self.answered(question) else MISSING
        choices = choices_for(question, self.state, names)
        classes = self.state.get("member_classes")
        class_names = {c.get("key"): c.get("name") for c in classes} if isinstance(classes, list) else {}
        weighted = self.state.get("governance.voting") != "one-member-one-vote"
        lines = value_lines(question, value, choices, weighted=weighted, class_names=class_names)
        if question.spec.settles and value == "typical":
            lines += self.typical_lines(question.spec.settles)
        table = staff_table(value) if question.kind == "staff" and isinstance(value, list) else None
        return ReviewItem(question.key, question.label, tuple(lines), table)


def _holds(question: Question, names: dict[str, Any]) -> bool:
    """A question applies when its `when` holds and, in a group, the group is gone through one by one."""
    group = question.spec.group
    return holds(question.spec.when, names) and (group is None or names["wizard"].get(group) == "step")


def _needed(question: Question) -> str:
    if question.kind in ("select", "yesno"):
        return "Choose an answer."
    if question.kind == "number":
        return "Type a number."
    return "Type an answer: this one is needed."


def _refused_keys(merged: dict[str, Any]) -> set[str]:
    try:
        model.Answers.model_validate(merged)
    except Exception as exc:  # pydantic's ValidationError: the answers it names
        errors: list[Any] = getattr(exc, "errors", lambda: [])()
        return {".".join(str(p) for p in e["loc"] if isinstance(p, str)) for e in errors}
    return set()
