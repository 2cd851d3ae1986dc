"""Computed tables and figures a clause can place in its body (`- table: NAME`, `- figure: NAME`)."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any, Callable

from .context import money, percent, plural
from .document import Figure, Table
from .finance import Projection, sensitivity
from .resources import data_path


def build_table(name: str, context: dict[str, Any]) -> Table:
    return TABLES[name](context)


def build_figure(name: str, context: dict[str, Any]) -> Figure:
    return FIGURES[name](context)


def signed_pounds(value: Decimal) -> str:
    """Whole pounds with a minus sign for a deficit: "£1,234" or "-£1,234"."""
    whole = int(value)
    return f"-£{-whole:,}" if whole < 0 else f"£{whole:,}"


# ---------------------------------------------------------------- the constitution

def member_class_table(context: dict[str, Any]) -> Table:
    shares = context["shares"]
    value = money(shares.nominal_value)
    rows = tuple(
        (
            c.name,
            c.eligibility,
            str(c.min_age),
            f"{plural(c.shares_required, 'share')} of {value}"
            + ("" if c.membership_share_withdrawable and shares.withdrawable else ", not withdrawable"),
            str(c.board_seats),
            percent(c.vote_share),
        )
        for c in context["member_classes"]
    )
    headers = ("Member Class", "Who can join", "Minimum age", "Shares each member holds", "Board seats", "Share of votes")
    return Table("Member Classes", headers, rows)


def stakeholder_table(context: dict[str, Any]) -> Table:
    """A school trust is a company limited by guarantee: no shares, and its board are trustees."""
    rows = tuple((c.name, c.eligibility, str(c.min_age), str(c.board_seats), percent(c.vote_share))
                 for c in context["member_classes"])
    headers = ("Stakeholder group", "Who can join", "Minimum age", "Trustee places", "Share of forum votes")
    return Table("Stakeholder groups", headers, rows)


# ---------------------------------------------------------------- the business case's numbers

_YEAR_HEADERS = ("Year 1", "Year 2", "Year 3", "Year 4", "Year 5")
_PROJECTION_LINES = (
    ("Contract income", "contract_income"), ("Other income", "other_income"), ("Total income", None),
    ("Pay", "pay"), ("Employer on-costs", "on_costs"), ("Employer pension", "pension"),
    ("Overheads", "overheads"), ("Irrecoverable VAT", "vat"), ("Start-up costs", "start_up"),
    ("Total expenditure", None), ("Surplus (deficit)", None),
)
_TOTALS: dict[str, Callable[[Any], Decimal]] = {
    "Total income": lambda y: y.income, "Total expenditure": lambda y: y.expenditure,
    "Surplus (deficit)": lambda y: y.surplus,
}


def finance_projection_table(context: dict[str, Any]) -> Table:
    finance: Projection = context["finance"]
    rows = []
    for label, field in _PROJECTION_LINES:
        values = [getattr(y, field) if field else _TOTALS[label](y) for y in finance.rows]
        rows.append((label, *map(signed_pounds, values), signed_pounds(sum(values, Decimal(0)))))
    return Table("Five-year income and expenditure", ("", *_YEAR_HEADERS, "Five years"), tuple(rows))


def cash_flow_table(context: dict[str, Any]) -> Table:
    finance: Projection = context["finance"]
    lines = (("Opening cash", lambda y: y.opening_cash), ("Surplus (deficit)", lambda y: y.surplus),
             ("Start-up funding", lambda y: y.funding), ("Closing cash", lambda y: y.closing_cash))
    rows = tuple((label, *(signed_pounds(get(y)) for y in finance.rows)) for label, get in lines)
    return Table("Cash flow", ("", *_YEAR_HEADERS), rows)


def sensitivity_table(context: dict[str, Any]) -> Table:
    rows = tuple((label, signed_pounds(p.surplus[0]), signed_pounds(p.five_year_surplus), signed_pounds(p.lowest_cash),
                  f"Year {p.break_even_year}" if p.break_even_year else "Not within five years")
                 for label, p in sensitivity(context["bc"]))
    headers = ("Case", "Year 1 surplus (deficit)", "Five-year surplus (deficit)", "Lowest closing cash", "Breaks even")
    return Table("Sensitivity", headers, rows)


def staff_costs_table(context: dict[str, Any]) -> Table:
    staff = context["bc"].staff
    rows = [(s.role, f"{s.fte.normalize():f}", money(s.salary), signed_pounds((s.fte * s.salary).quantize(Decimal(1))))
            for s in staff]
    first = context["finance"].rows[0]
    rows.append(("Total pay in year 1", f"{sum(s.fte for s in staff).normalize():f}", "", signed_pounds(first.pay)))
    return Table("Staff and pay (year 1)", ("Role", "Full-time equivalent", "Salary each", "Pay"), tuple(rows))


# ---------------------------------------------------------------- frames the group fills in

@cache
def _data(name: str) -> Any:
    import yaml

    return yaml.safe_load((data_path("clauses") / "business-case" / "data" / f"{name}.yml").read_text(encoding="utf-8"))


def _frame(name: str, caption: str) -> Callable[[dict[str, Any]], Table]:
    def build(context: dict[str, Any]) -> Table:
        frame = _data("frames")[name]
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
    risks = [r for r in _data("risks") if "all" in r["archetypes"] or key in r["archetypes"]]
    rows = tuple((str(n), r["risk"], r["likelihood"], r["impact"], r["mitigation"]) for n, r in enumerate(risks, 1))
    return Table("Risk register", ("No.", "Risk", "Likelihood", "Impact", "Mitigation"), rows)


TABLES: dict[str, Callable[[dict[str, Any]], Table]] = {
    "member_classes": member_class_table,
    "stakeholder_groups": stakeholder_table,     # a school trust's forum: no shares, trustee places
    "finance_projection": finance_projection_table,
    "cash_flow": cash_flow_table,
    "sensitivity": sensitivity_table,
    "staff_costs": staff_costs_table,
    "swot": swot_table,
    "risk_register": risk_register_table,
    "options_appraisal": _frame("options_appraisal", "Options appraisal"),
    "five_case": _frame("five_case", "The five-case model"),
    "transition_plan": _frame("transition_plan", "Transition plan to go-live"),
    "tupe_list": _frame("tupe_list", "Staff transferring under TUPE (to complete)"),
}


def projection_chart(context: dict[str, Any]) -> Figure:
    from .chart import bar_chart_png

    finance: Projection = context["finance"]
    series = (("Income", finance.income), ("Expenditure", finance.expenditure), ("Surplus (deficit)", finance.surplus))
    alt = "; ".join(f"Year {y}: income {signed_pounds(i)}, expenditure {signed_pounds(e)}, surplus {signed_pounds(s)}"
                    for y, i, e, s in zip(finance.years, finance.income, finance.expenditure, finance.surplus))
    return Figure("Five-year projection", bar_chart_png(_YEAR_HEADERS, series), alt)


FIGURES: dict[str, Callable[[dict[str, Any]], Figure]] = {"projection_chart": projection_chart}
