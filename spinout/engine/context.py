"""The sandboxed Jinja environment clause bodies are rendered in, and the values of the names
they may use (schema.py says which names there are, for the load-time checks).

Clause bodies are our templates; answers are data passed into them. The sandbox and
StrictUndefined mean a clause can neither reach Python internals nor silently print nothing.
"""

from __future__ import annotations

from typing import Any

from jinja2 import BaseLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..answers import model
from ..answers.archetypes import load_archetypes
from ..answers.law import law_for, nation_terms
from ..business import finance_for
from ..business.eligibility import assess_eligibility
from ..formats import join_and, join_or, money, percent, plural, pounds, upper_first


def configure_environment(loader: BaseLoader | None = None) -> ImmutableSandboxedEnvironment:
    # optimized=False: Jinja's optimizer folds constant expressions while compiling, which
    # renders the same text and took a tenth of a build's assembly (~0.05 s of ~540 compiles)
    env = ImmutableSandboxedEnvironment(
        loader=loader, undefined=StrictUndefined, autoescape=False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False, auto_reload=False, optimized=False,
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
