"""Choose the clauses that apply to a set of answers, each with the reason it was chosen."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import AssemblyError, Problem
from .library import Clause, Library, PartSpec

_PATH = re.compile(r"\b([a-z_]+(?:\.[a-z_]+)+|is_coop|is_cbs|has_seal)\b")


@dataclass(frozen=True)
class Selected:
    clause: Clause
    reason: str                  # in words, for people
    answers: tuple[str, ...]     # the answer fields that chose it ("society.type"), for the manifest
    bindings: dict[str, Any] = field(default_factory=dict)   # {"member_class": ...} in a repeated part
    instance: str = ""           # which copy of a repeated part: the member class's key

    def context(self, base: dict[str, Any]) -> dict[str, Any]:
        return {**base, **self.bindings} if self.bindings else base


def select_clauses(library: Library, context: dict[str, Any]) -> list[Selected]:
    chosen = []
    for part in library.parts:
        clauses = [c for c in library.clauses if c.part.key == part.key]
        for bindings, instance in _copies(part, context):
            local = {**context, **bindings}
            chosen += [Selected(c, *_reason(c, local), bindings, instance) for c in clauses if _applies(c, local)]
    _check_dependencies(chosen)
    return chosen


def _copies(part: PartSpec, context: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """One copy of a part, or one per member class for `repeat: member_classes`."""
    if part.repeat == "member_classes":
        return [({"member_class": c}, c.key) for c in context["member_classes"]]
    return [({}, "")]


def _applies(clause: Clause, context: dict[str, Any]) -> bool:
    try:
        return bool(clause.when(**context))
    except Exception as exc:  # a clause expression that cannot be evaluated is a library fault
        raise AssemblyError(f"Clause {clause.id} could not decide whether it applies.",
                            [Problem(clause.source, f"when: {exc}")]) from None


def _reason(clause: Clause, context: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    expression = clause.spec.when.strip()
    if expression == "true":
        return "always included", ()
    fields = tuple(dict.fromkeys(_PATH.findall(expression)))
    shown = ", ".join(f"{field} = {_value(field, context)}" for field in fields)
    return f"included because {expression} ({shown})" if shown else f"included because {expression}", fields


def _value(path: str, context: dict[str, Any]) -> str:
    value: Any = context
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _check_dependencies(chosen: list[Selected]) -> None:
    ids = {s.clause.id for s in chosen}
    problems = []
    for s in chosen:
        problems += [Problem(s.clause.source, f"requires clause {r!r}, which these answers leave out")
                     for r in s.clause.spec.requires if r not in ids]
        problems += [Problem(s.clause.source, f"conflicts with clause {c!r}, which these answers also select")
                     for c in s.clause.spec.conflicts if c in ids]
    if problems:
        raise AssemblyError("The clauses chosen for these answers do not fit together.", problems)
