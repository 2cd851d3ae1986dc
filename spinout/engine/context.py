"""The sandboxed Jinja environment clause bodies are rendered in, and the names they may use.

Clause bodies are our templates; answers are data passed into them. The sandbox and
StrictUndefined mean a clause can neither reach Python internals nor silently print nothing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jinja2 import BaseLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..answers import model
from ..answers.archetypes import load_archetypes
from ..business import Finance, finance_for
from ..business.eligibility import Eligibility, assess_eligibility
from ..answers.law import law_for, nation_terms

# Names a clause may use, and the model each stands for (None: not an answers model).
CONTEXT_MODELS: dict[str, Any] = {
    "society": model.Society,
    "service": model.Service,
    "member_classes": list[model.MemberClass],
    "member_class": model.MemberClass,    # inside a part repeated for each member class
    "shares": model.Shares,
    "governance": model.Governance,
    "board": model.Board,
    "meetings": model.Meetings,
    "majorities": model.Majorities,
    "asset_lock": model.AssetLock,
    "profits": model.Profits,
    "commitments": model.Commitments,
    "has_seal": None,
    "founders": list[model.Founder],
    "membership": model.Membership,
    "secretary": None,
    "open_seats": None,
    "date": None,
    "is_coop": None,
    "is_cbs": None,
    "archetype": dict,
    "bc": model.BusinessCase,
    "finance": Finance,
    "eligibility": Eligibility,
    "law": dict,
    "nation_law": dict,
    "definitions": None,
    "ref": None,
}


def money(value: Decimal | int | float) -> str:
    amount = Decimal(str(value))
    if amount == amount.to_integral_value():
        return f"£{int(amount):,}"
    return f"£{amount:,.2f}"


def percent(value: Decimal | int | float) -> str:
    amount = Decimal(str(value)).normalize()
    text = f"{amount:f}"
    return f"{text}%"


def pounds(value: Decimal | int | float) -> str:
    """Whole pounds, for the business case's figures: "£1,234,568" (a minus sign for a deficit),
    rounded half up as every table is, so text and tables never differ by a pound."""
    from ..business.money import whole

    amount = whole(value if isinstance(value, (int, Decimal)) else Decimal(str(value)))
    return f"-£{-amount:,}" if amount < 0 else f"£{amount:,}"


def upper_first(text: str) -> str:
    """The first letter in capitals, the rest as written ("the Department" keeps its capital)."""
    return text[:1].upper() + text[1:]


def plural(count: int, noun: str) -> str:
    return f"{count} {noun if count == 1 else noun + 's'}"


def join_and(items: Any) -> str:
    words = [str(item) for item in items]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def join_or(items: Any) -> str:
    words = [str(item) for item in items]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " or " + words[-1]


def configure_environment(loader: BaseLoader | None = None) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=loader, undefined=StrictUndefined, autoescape=False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False, auto_reload=False,
    )
    env.filters.update(money=money, pounds=pounds, percent=percent, plural=plural, join_and=join_and, join_or=join_or,
                       upper_first=upper_first)
    return env


def answers_context(answers: model.Answers) -> dict[str, Any]:
    """Everything a clause `when` or body may name, except `ref` and `definitions`."""
    governance = answers.governance
    archetype = load_archetypes()[answers.service.archetype]
    return {
        "society": answers.society,
        "service": answers.service,
        "member_classes": answers.member_classes,
        "shares": answers.shares,
        "governance": governance,
        "board": governance.board,
        "meetings": governance.meetings,
        "majorities": governance.majorities,
        "asset_lock": answers.asset_lock,
        "profits": answers.profits,
        "commitments": answers.commitments,
        "has_seal": answers.has_seal,
        "founders": answers.founders,
        "membership": answers.membership,
        "secretary": answers.secretary,
        "open_seats": answers.open_board_seats,
        "date": answers.date,
        "is_coop": answers.society.type == "co-operative",
        "is_cbs": answers.society.type == "community-benefit",
        "archetype": archetype.facts(),
        "bc": answers.business_case,
        "finance": finance_for(answers),
        "eligibility": assess_eligibility(answers, archetype.regulated_care),
        "law": law_for(answers.society.nation),
        "nation_law": nation_terms(answers.society.nation),
    }
