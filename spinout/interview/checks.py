"""Checks on one answer beyond the model's field types, named by the question files."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..answers.law import load_statute, name_problems, refusal
from .state import State


def supported_nation(value: Any, state: State) -> str | None:
    if value not in load_statute()["nations"]:
        return None     # not a nation at all: the choices refuse it
    refused = refusal(str(value))
    return " ".join(refused.split()) if refused else None


def society_name(value: Any, state: State) -> str | None:
    if not state.society_rules():
        return None  # a trust's name follows company law, not the society name rules
    problems = name_problems(str(value), state.get("society.nation"), state.get("society.type"))
    return problems[0] if problems else None


CHECKS: dict[str, Callable[[Any, State], str | None]] = {
    "supported-nation": supported_nation,
    "society-name": society_name,
}
