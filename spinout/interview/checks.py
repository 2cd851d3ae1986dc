"""Checks on one answer beyond the model's field types, named by the question files."""

from __future__ import annotations

from typing import Any, Callable

from ..answers.law import load_statute
from ..review.checks import name_problems
from .state import State


def supported_nation(value: Any, state: State) -> str | None:
    statute = load_statute()
    nation = statute["nations"].get(value)
    if nation is None:
        return None
    jurisdiction = statute["jurisdictions"][nation["jurisdiction"]]
    return None if jurisdiction.get("supported", True) else " ".join(str(jurisdiction["refusal"]).split())


def society_name(value: Any, state: State) -> str | None:
    if not state.society_rules():
        return None  # a trust's name follows company law, not the society name rules
    problems = name_problems(str(value), state.get("society.nation"), state.get("society.type"))
    return problems[0] if problems else None


CHECKS: dict[str, Callable[[Any, State], str | None]] = {
    "supported-nation": supported_nation,
    "society-name": society_name,
}
