"""The draft rules as they take shape: the main document of the pack, the checks' findings placed
on the rules they concern, and why each rule is there. Made for the web's preview beside the
questions; no files are written and no PDF is laid out.

A finding names what it is about (`Finding.subject`): a rule ("rule 12"), or an answer
("governance.meetings.quorum_members"). A finding about an answer is placed on the rules whose
text uses that answer; one that concerns no rule, or too many to be useful, is about the draft
as a whole.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..answers.model import Answers
from ..answers.resolve import resolve_answers
from ..engine.assemble import assemble
from ..engine.document import Document, Rule
from ..engine.kinds import kind_of
from ..engine.library import Library, load_library
from ..resources import data_path
from .checks import run_checks
from .explain import explanation
from .findings import Finding, Report

SHOWN = ("fail", "warn")           # passes are counted, not placed: they need no action
MAX_PLACES = 3                     # a finding about an answer that many rules use is about the whole draft
# Names a clause uses for parts of the answers (engine/context.py), as answers-file fields.
ALIASES = {"board": "governance.board", "meetings": "governance.meetings", "majorities": "governance.majorities",
           "bc": "business_case", "member_class": "member_classes"}
_DOTTED = re.compile(r"\b([a-z_]+(?:\.[a-z_]+)*)\b")
_CODE = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.DOTALL)      # what a template computes, not its prose
_RULE = re.compile(r"^(?:rule|point) (\S+)$")


@dataclass(frozen=True)
class RulePreview:
    rule: Rule
    findings: tuple[Finding, ...]       # the warnings and failures about this rule
    why: dict[str, Any]                 # what `spinout explain` says about it


@dataclass(frozen=True)
class Preview:
    document: Document
    rules: tuple[RulePreview, ...]
    general: tuple[Finding, ...]        # warnings and failures about the draft as a whole
    report: Report
    used: dict[str, frozenset[str]]     # clause id -> the answers its text uses

    def rules_using(self, key: str) -> list[str]:
        """The numbers of the rules an answer (a question's key) shapes."""
        return rules_concerned(key, self.document, self.used)


def preview(answers: Answers) -> Preview:
    """The main document for these answers, checked, each rule with its findings and reasons."""
    library = load_library(kind_of(answers).library_path())     # cached: loaded once a process
    document = assemble(answers, library)
    return _preview(Checked(answers, library, document, run_checks(answers, document, library)))


@dataclass(frozen=True)
class Checked:
    """Raw answers resolved, their main document assembled and checked. Shared: never changed."""

    answers: Answers
    library: Library
    document: Document
    report: Report


class _Raw:
    """Raw answers as a cache key: equal when their canonical JSON is (True is not 1 there),
    whatever happens to the mapping afterwards (the key is taken when it is made)."""

    def __init__(self, raw: dict[str, Any], key: str) -> None:
        self.raw, self.key = raw, key

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Raw) and other.key == self.key


def checked(raw: dict[str, Any]) -> Checked:
    """The rules for these raw answers, assembled and checked (SpinoutError when they cannot be).
    Remembered for the last few sets of answers: the interview's warnings after an answer and
    the preview on the page that follows ask for the same answers, and both get one assembly."""
    key = _key(raw)
    return _checked(key) if key is not None else _check(raw)


def preview_of(raw: dict[str, Any]) -> Preview:
    """`preview` of these raw answers (resolved), remembered as `checked` is."""
    key = _key(raw)
    return _preview_of(key) if key is not None else _preview(_check(raw))


def _key(raw: dict[str, Any]) -> _Raw | None:
    """None when the answers have no canonical JSON (they are then worked out every time)."""
    try:
        text = json.dumps([str(data_path("clauses")), raw], sort_keys=True, default=repr)
    except (TypeError, ValueError):
        return None
    return _Raw(raw, text)


CACHED = 32      # sets of answers remembered: a few for each of the people answering at once


@lru_cache(maxsize=CACHED)      # thread-safe; an error is not remembered, so it is raised again
def _checked(key: _Raw) -> Checked:
    return _check(key.raw)


@lru_cache(maxsize=CACHED)
def _preview_of(key: _Raw) -> Preview:
    return _preview(_checked(key))


def _check(raw: dict[str, Any]) -> Checked:
    answers = resolve_answers(raw)
    library = load_library(kind_of(answers).library_path())     # cached: loaded once a process
    document = assemble(answers, library)
    return Checked(answers, library, document, run_checks(answers, document, library))


def _preview(built: Checked) -> Preview:
    placed, general = place_findings(built.report, built.document, built.library)
    rules = tuple(RulePreview(rule, tuple(placed.get(rule.number, ())), explanation(rule, built.library))
                  for rule in built.document.rules())
    return Preview(built.document, rules, tuple(general), built.report, answers_used(built.library))


def place_findings(report: Report, document: Document,
                   library: Library) -> tuple[dict[str, list[Finding]], list[Finding]]:
    """The warnings and failures by the number of the rule each concerns, and those about no one rule."""
    used = answers_used(library)
    placed: dict[str, list[Finding]] = {}
    general: list[Finding] = []
    for finding in (f for f in report.findings if f.severity in SHOWN):
        numbers = rules_concerned(finding.subject, document, used)
        if not numbers or len(numbers) > MAX_PLACES:
            general.append(finding)
        for number in numbers if len(numbers) <= MAX_PLACES else []:
            placed.setdefault(number, []).append(finding)
    return placed, general


def rules_concerned(subject: str, document: Document, used: dict[str, frozenset[str]]) -> list[str]:
    """The numbers of the rules a finding's subject points at: the rule it names, or the rules
    whose text uses the answer it names (or a part of it)."""
    named = _RULE.match(subject)
    if named:
        return [r.number for r in document.rules() if r.number == named.group(1)]
    if not subject:
        return []
    prefix = subject + "."
    return [r.number for r in document.rules()
            if any(path == subject or path.startswith(prefix) for path in used.get(r.clause_id, ()))]


_USED: dict[int, tuple[Library, dict[str, frozenset[str]]]] = {}


def answers_used(library: Library) -> dict[str, frozenset[str]]:
    """For each clause, the answers-file fields its condition and text name (worked out once a library)."""
    known = _USED.get(id(library))
    if known is not None and known[0] is library:
        return known[1]
    sources: dict[str, set[str]] = {}
    for name, source in library.environment.sources.items():
        clause_id = name.split("/", 1)[0]
        sources.setdefault(clause_id, set()).update(_fields(source))
    found = {clause_id: frozenset(paths) for clause_id, paths in sources.items()}
    _USED[id(library)] = (library, found)
    return found


def _fields(source: str) -> set[str]:
    fields = set()
    code = " ".join(" ".join(groups) for groups in _CODE.findall(source))
    for path in _DOTTED.findall(code):
        head, _, rest = path.partition(".")
        full = ALIASES.get(head, head)
        fields.add(f"{full}.{rest}" if rest else full)
    return fields
