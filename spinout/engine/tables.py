"""Computed tables and figures a clause can place in its body (`- table: NAME`, `- figure: NAME`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from ..formats import money, percent, plural
from ..resources import data_path
from .document import Figure, Table
from .finance_tables import FIGURES as FINANCE_FIGURES
from .finance_tables import TABLES as FINANCE_TABLES


def build_table(name: str, context: dict[str, Any]) -> Table:
    return TABLES[name](context)


def build_figure(name: str, context: dict[str, Any]) -> Figure:
    return FIGURES[name](context)


# ---------------------------------------------------------------- the constitution

def member_class_table(context: dict[str, Any]) -> Table:
    shares = context["shares"]
    value = money(shares.nominal_value)
    voting = context["governance"].voting
    rows = tuple(
        (
            c.name,
            c.eligibility,
            _stake(c),
            _age(c),
            f"{plural(c.shares_required, 'share')} of {value}"
            + ("" if c.membership_share_withdrawable and shares.withdrawable else ", not withdrawable"),
            _seats(c),
            _votes(c, voting),
        )
        for c in context["member_classes"]
    )
    headers = ("Member Class", "Who can join", "Stake in the service", "Minimum age", "Shares each member holds",
               "Board seats", "Share of votes")
    return Table("Member Classes", headers, rows)


def _stake(member_class: Any) -> str:
    if member_class.investor:
        return "Investor"
    return "Works in, uses or pays for the service" if member_class.user else "Supporter, not a user"


def _age(member_class: Any) -> str:
    age = str(member_class.min_age)
    return f"{age} (none for organisations)" if member_class.organisations else age


def _seats(member_class: Any) -> str:
    if member_class.max_board_seats is not None:
        return f"at most {member_class.max_board_seats}, elected by all members"
    return str(member_class.board_seats) if member_class.board_seats else "none of its own"


def _votes(member_class: Any, voting: str) -> str:
    cap = f"at most {percent(member_class.max_vote_share)}" if member_class.max_vote_share is not None else ""
    if voting == "one-member-one-vote":
        return "one vote each" + (f", together {cap} of votes cast" if cap else "")
    share = percent(member_class.vote_share) if member_class.vote_share is not None else ""
    return share + (f" ({cap})" if cap else "")


def stakeholder_table(context: dict[str, Any]) -> Table:
    """A school trust is a company limited by guarantee: no shares, and its board are trustees."""
    voting = context["governance"].voting
    rows = tuple((c.name, c.eligibility, _age(c), _seats(c), _votes(c, voting)) for c in context["member_classes"])
    headers = ("Stakeholder group", "Who can join", "Minimum age", "Trustee places", "Share of forum votes")
    return Table("Stakeholder groups", headers, rows)


@cache
def _data(name: str) -> Any:
    import yaml

    return yaml.safe_load((data_path("clauses") / "business-case" / "data" / f"{name}.yml").read_text(encoding="utf-8"))


def _frame(name: str, caption: str) -> Callable[[dict[str, Any]], Table]:
    def build(context: dict[str, Any]) -> Table:
        frame = _data("frames")[name]
        if context["service"].document == "trust-outline" and "outline_rows" in frame:
            rows = frame["outline_rows"]
        elif context["archetype"]["host"] == "none" and "trading_rows" in frame:
            rows = frame["trading_rows"]       # no host body, no transfer: a trading start-up's steps
        else:
            rows = frame.get("rows") or [[""] * len(frame["headers"])] * frame.get("blank_rows", 0)
        return Table(caption, tuple(frame["headers"]), tuple(tuple(str(c) for c in row) for row in rows))
    return build


def swot_table(context: dict[str, Any]) -> Table:
    swot = _data("swot")
    rows = tuple((label, str(swot[key])) for key, label in
                 (("strengths", "Strengths"), ("weaknesses", "Weaknesses"), ("opportunities", "Opportunities"),
                  ("threats", "Threats")))
    return Table("SWOT analysis", ("", "To complete"), rows)


def risk_register_table(context: dict[str, Any]) -> Table:
    key = context["archetype"]["key"]
    risks = [r for r in _data("risks")
             if ("all" in r["archetypes"] or key in r["archetypes"]) and key not in r.get("except", [])]
    rows = tuple((str(n), r["risk"], r["likelihood"], r["impact"], r["mitigation"]) for n, r in enumerate(risks, 1))
    return Table("Risk register", ("No.", "Risk", "Likelihood", "Impact", "Mitigation"), rows)


def five_case_table(context: dict[str, Any]) -> Table:
    """Where the case answers each of the Green Book's five cases, and how far: worked out from
    what the answers hold, never claimed."""
    finance = context["finance"]
    economic, host = finance.economic, finance.host
    if economic is None or not economic.scored:
        economic_status = "Not yet: the options are not scored (see the options appraisal)"
    elif not economic.costed:
        economic_status = "In part: the options are scored, but not every option is costed"
    else:
        economic_status = "Yes: options scored against weighted criteria, and each costed at net present cost"
    financial = ("Yes: the provider's five-year plan, monthly cash, balance sheet and sensitivity, and the host "
                 "body's costs in-house and with the mutual") if host else (
        "In part: the provider's five-year plan, monthly cash, balance sheet and sensitivity; the host body's "
        "costs need its budget for the service (business_case.host_budget)")
    # the cases the group writes: answered once their clauses' "To write" boxes hold the group's words
    waiting = set((context.get("boxes") or {}).get("clauses_to_write", ("context", "vision", "market", "resources")))

    def written(*clauses: str) -> str:
        return ("In part: prompts for the group to write" if waiting & set(clauses)
                else "Yes: in the group's own words")

    rows = (
        ("Strategic case", "Is there a case for change that fits the host body's aims?",
         "Context and drivers; Vision and co-operative values", written("context", "vision")),
        ("Economic case", "Which option gives best value for money?", "Options appraisal", economic_status),
        ("Commercial case", "Can a deal be struck and run well?", "Market and customers; Resources",
         written("market", "resources")),
        ("Financial case", "Is it affordable and sustainable?", "Finances; The host body's side", financial),
        ("Management case", "Can it be delivered successfully?",
         "Organisational form; People; Transition plan to go-live; Risk register",
         "In part: a risk register and a transition plan for the group to complete"),
    )
    return Table("The five-case model", ("Case", "The question it answers", "Where this case answers it",
                                         "Answered?"), rows)


TABLES: dict[str, Callable[[dict[str, Any]], Table]] = {
    "member_classes": member_class_table,
    "stakeholder_groups": stakeholder_table,     # a school trust's forum: no shares, trustee places
    **FINANCE_TABLES,
    "swot": swot_table,
    "risk_register": risk_register_table,
    "five_case": five_case_table,
    "transition_plan": _frame("transition_plan", "Transition plan to go-live"),
    "tupe_list": _frame("tupe_list", "Staff transferring under TUPE (to complete)"),
}

FIGURES: dict[str, Callable[[dict[str, Any]], Figure]] = FINANCE_FIGURES
