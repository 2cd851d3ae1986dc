"""Choose the clauses that apply to a set of answers, each with the reason it was chosen."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import AssemblyError, Problem
from .library import Clause, Library

_PATH = re.compile(r"\b([a-z_]+(?:\.[a-z_]+)+|is_coop|is_cbs|has_seal)\b")


@dataclass(frozen=True)
class Selected:
    clause: Clause
    reason: str                  # in words, for people
    answers: tuple[str, ...]     # the answer fields that chose it ("society.type"), for the manifest


def select_clauses(library: Library, context: dict[str, Any]) -> list[Selected]:
    chosen = [Selected(c, *_reason(c, context)) for c in library.clauses if _applies(c, context)]
    _check_dependencies(chosen)
    return chosen


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
