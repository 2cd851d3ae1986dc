"""What a question's text and `when` may name: the answers so far (with the archetype's starting
values underneath), the interview's notes, a few plain facts, and the statute data."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import ChainableUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..answers.law import jurisdiction_of, load_statute, refusal
from ..formats import money, percent
from .state import State

FACTS = frozenset({"wizard", "is_school", "is_coop", "society_rules", "organisation", "registrar", "law", "practice"})
ANSWER_ROOTS = frozenset({"service", "society", "member_classes", "shares", "governance", "asset_lock", "profits",
                          "commitments", "has_seal", "business_case", "founders", "prepared_by", "membership"})
NAMES = FACTS | ANSWER_ROOTS


@cache
def environment() -> ImmutableSandboxedEnvironment:
    # Chainable, not strict: an answer not given yet (even its parent) makes a condition false,
    # never an error. Names are checked at load (questions.py), so a misspelt name cannot hide here.
    env = ImmutableSandboxedEnvironment(undefined=ChainableUndefined, autoescape=False, trim_blocks=True,
                                        lstrip_blocks=True)
    env.filters.update(money=money, percent=percent)
    return env


def namespace(state: State) -> dict[str, Any]:
    merged = state.merged()
    rules = state.society_rules()
    return {
        **{name: merged[name] for name in ANSWER_ROOTS if name in merged},
        "wizard": dict(state.notes),
        "is_school": state.is_school(),
        "is_coop": state.is_coop(),
        "society_rules": rules,
        "organisation": "society" if rules else "trust",
        "registrar": "FCA" if rules else "Companies House",
        "law": _law(merged.get("society", {}).get("nation")),
        "practice": load_statute()["practice"],
    }


def _law(nation: Any) -> dict[str, Any]:
    """The nation's jurisdiction data; England's (Great Britain's) until a supported nation is chosen."""
    known = nation in load_statute()["nations"] and refusal(str(nation)) is None
    return jurisdiction_of(str(nation) if known else "england")


def holds(condition: str | None, names: dict[str, Any]) -> bool:
    if condition is None:
        return True
    return bool(_expression(condition)(**names))


def render(text: str, names: dict[str, Any]) -> str:
    """A question's text with its names filled in, as one line of plain words."""
    if "{" not in text:
        return " ".join(text.split())
    return " ".join(_template(text).render(**names).split())


@cache
def _expression(condition: str) -> Any:
    return environment().compile_expression(condition, undefined_to_none=False)


@cache
def _template(text: str) -> Any:
    return environment().from_string(text)
