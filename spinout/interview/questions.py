"""The questions and glossary, loaded from `questions/*.yml` and checked at load.

Every question, choice, condition and glossary term is validated once, when the files are read:
an unknown field, kind, unit, check, choice list, glossary term, answers key or name in a `when`
is a LibraryError naming the file and line, never a surprise in the middle of an interview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from jinja2 import TemplateSyntaxError, meta
from pydantic import BaseModel, ConfigDict, ValidationError

from ..answers.messages import plain_message
from ..answers.yamlio import LineMap, YamlSyntaxError, read_yaml
from ..errors import LibraryError, Problem
from ..resources import data_path
from .checks import CHECKS
from .namespace import NAMES, environment
from .state import NOTES
from .values import known_key

Kind = Literal["text", "number", "select", "yesno", "objects", "classes", "founders", "staff", "statutory-text",
               "words"]   # words: one multi-line question for each "To write" box of the group's pack
Unit = Literal["pounds", "percent", "days", "months", "years", "members", "directors", "staff"]
CHOICE_LISTS = ("archetypes",)                        # lists computed from data (choices.py)


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChoiceSpec(_Spec):
    value: str | bool
    label: str
    when: str | None = None
    recommended: str | None = None


class QuestionSpec(_Spec):
    key: str
    label: str
    prompt: str
    hint: str = ""
    help: str = ""
    kind: Kind
    unit: Unit | None = None
    choices: list[ChoiceSpec] | str | None = None
    example: str | None = None
    default: str | bool | None = None
    when: str | None = None
    terms: list[str] = []
    check: str | None = None
    optional: bool = False
    settles: str | None = None          # a "typical settings?" question: the group it settles
    group: str | None = None            # asked only when its group is gone through one by one


class SectionSpec(_Spec):
    section: str
    questions: list[QuestionSpec]


class TermSpec(_Spec):
    words: list[str]
    meaning: str
    usual: str | None = None


class GlossarySpec(_Spec):
    terms: dict[str, TermSpec]


@dataclass(frozen=True)
class Term:
    name: str
    meaning: str
    usual: str | None
    patterns: tuple[re.Pattern[str], ...]     # the forms the word takes in question text

    def used_in(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self.patterns)


@dataclass(frozen=True)
class Question:
    """One question as loaded: its spec and where it came from."""

    spec: QuestionSpec
    section: str
    where: str
    heading: str = ""     # a "To write" box's question: where the box is, and its note, shown as they
    note: str = ""        # are (document text, never rendered as a question template)

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def kind(self) -> Kind:
        return self.spec.kind

    @property
    def label(self) -> str:
        return self.spec.label

    @property
    def optional(self) -> bool:
        return self.spec.optional

    @property
    def steers(self) -> bool:
        """True for a question that only steers the interview (not saved in answers.yml)."""
        return self.key.startswith(NOTES)


@dataclass(frozen=True)
class QuestionSet:
    questions: tuple[Question, ...]
    sections: tuple[str, ...]
    glossary: dict[str, Term]

    def by_key(self, key: str) -> Question:
        return next(q for q in self.questions if q.key == key)

    def groups(self) -> dict[str, tuple[Question, ...]]:
        """Each "typical settings?" group and the questions it stands for."""
        return {q.spec.settles: tuple(other for other in self.questions if other.spec.group == q.spec.settles)
                for q in self.questions if q.spec.settles}


@cache
def load_questions(folder: Path | None = None) -> QuestionSet:
    folder = folder or data_path("questions")
    problems: list[Problem] = []
    glossary = _load_glossary(folder / "glossary.yml", problems)
    questions: list[Question] = []
    sections: list[str] = []
    for path in sorted(folder.glob("[0-9]*.yml")):
        spec, lines = _read(path, SectionSpec, problems)
        if spec is None:
            continue
        sections.append(spec.section)
        for index, question in enumerate(spec.questions):
            where = lines.where(("questions", index))
            questions.append(Question(question, spec.section, where))
            problems += _question_problems(question, where, glossary)
    problems += _set_problems(questions, sections)
    if problems:
        raise LibraryError("The interview's question files have problems.", problems)
    return QuestionSet(tuple(questions), tuple(sections), glossary)


def _read(path: Path, spec: type[_Spec], problems: list[Problem]) -> tuple[Any, LineMap]:
    try:
        data, lines = read_yaml(path)
    except YamlSyntaxError as exc:
        problems.append(exc.problem)
        return None, LineMap(str(path))
    try:
        return spec.model_validate(data), lines
    except ValidationError as exc:
        problems += [Problem(lines.where(tuple(e["loc"])), f"{'.'.join(map(str, e['loc']))}: {plain_message(e)}")
                     for e in exc.errors()]
        return None, lines


def _load_glossary(path: Path, problems: list[Problem]) -> dict[str, Term]:
    spec, _ = _read(path, GlossarySpec, problems)
    if spec is None:
        return {}
    return {name: Term(name, " ".join(term.meaning.split()), term.usual,
                       tuple(re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE) for word in term.words))
            for name, term in spec.terms.items()}


def _question_problems(spec: QuestionSpec, where: str, glossary: dict[str, Term]) -> list[Problem]:
    found: list[str] = []
    if not spec.key.startswith(NOTES) and not known_key(spec.key):
        found.append(f"{spec.key} is not an answer spinout knows")
    for text in (spec.prompt, spec.hint, spec.help):
        found += _template_problems(text)
    for condition in [spec.when] + [c.when for c in _choice_specs(spec)] + [c.recommended for c in _choice_specs(spec)]:
        if condition is not None:
            found += _template_problems("{{ %s }}" % condition)
    if isinstance(spec.choices, str) and spec.choices not in CHOICE_LISTS:
        found.append(f"choices: no list called {spec.choices!r} (known: {', '.join(CHOICE_LISTS)})")
    if spec.kind == "select" and spec.choices is None:
        found.append("a select question needs choices")
    if spec.check is not None and spec.check not in CHECKS:
        found.append(f"check: no check called {spec.check!r} (known: {', '.join(sorted(CHECKS))})")
    if spec.kind == "number" and spec.unit is None:
        found.append("a number question needs a unit")
    found += [f"terms: {t!r} is not in the glossary" for t in spec.terms if t not in glossary]
    found += _unlisted_terms(spec, glossary)
    return [Problem(where, f"{spec.key}: {message}") for message in found]


def _choice_specs(spec: QuestionSpec) -> list[ChoiceSpec]:
    return spec.choices if isinstance(spec.choices, list) else []


def _template_problems(text: str) -> list[str]:
    env = environment()
    try:
        names = meta.find_undeclared_variables(env.parse(text))
    except TemplateSyntaxError as exc:
        return [f"cannot read {text[:40]!r}: {exc.message}"]
    return [f"{name!r} is not a name questions may use (known: {', '.join(sorted(NAMES))})"
            for name in sorted(names - NAMES)]


def _unlisted_terms(spec: QuestionSpec, glossary: dict[str, Term]) -> list[str]:
    """A glossary word used in a question's own text must be explained by its help."""
    text = " ".join((spec.prompt, spec.hint, spec.help))
    return [f"uses a glossary word: add {name!r} to its terms" for name, term in glossary.items()
            if name not in spec.terms and term.used_in(text)]


def _offers_typical_and_step(spec: QuestionSpec) -> bool:
    return {c.value for c in _choice_specs(spec)} == {"typical", "step"}


def _set_problems(questions: list[Question], sections: list[str]) -> list[Problem]:
    problems = []
    seen: dict[str, str] = {}
    for question in questions:
        if question.key in seen:
            problems.append(Problem(question.where, f"{question.key} is asked twice (also at {seen[question.key]})"))
        seen[question.key] = question.where
    if len(set(sections)) != len(sections):
        problems.append(Problem("questions", "two files name the same section"))
    settled = {q.spec.settles for q in questions if q.spec.settles}
    problems += [Problem(q.where, f"{q.key}: group {q.spec.group!r} has no question that settles it")
                 for q in questions if q.spec.group and q.spec.group not in settled]
    problems += [Problem(q.where, f"{q.key}: a question that settles a group offers typical and step")
                 for q in questions if q.spec.settles and not _offers_typical_and_step(q.spec)]
    return problems
