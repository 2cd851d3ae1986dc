"""Every business-case table adds up as printed, over generated answers: the printed cells are
read back from the Markdown, and each total must be the sum of the printed lines above it (a
reader with a calculator sees what the test sees). Fractional posts, salaries and reserves in
pence, grants, loans and shares at odd months, VAT, dividends and a host budget are generated,
so rounding has every chance to show."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spinout.answers.resolve import load_example, resolve_answers
from spinout.engine.assemble import assemble
from spinout.engine.kinds import BUSINESS_CASE
from spinout.render.markdown import render_markdown
from tests.truth import Table, money, tables

ROOT = Path(__file__).resolve().parent.parent
RAW = yaml.safe_load((ROOT / "examples" / "social-care.yml").read_text())
CASE = load_example("social-care").business_case.model_dump(mode="json")


def pounds_in(low: int, high: int) -> st.SearchStrategy[str]:
    """An amount in pence, as an answers file writes it ("24000.5" and "1.01" included)."""
    return st.decimals(min_value=low, max_value=high, places=2).map(lambda d: f"{d:f}")


def percent_in(low: int, high: int) -> st.SearchStrategy[str]:
    return st.decimals(min_value=low, max_value=high, places=2).map(lambda d: f"{d:f}")


role = st.fixed_dictionaries({
    "role": st.sampled_from(["Carers", "Coordinator", "Night staff", "Manager", "Sessional"]),
    "fte": st.decimals(min_value=Decimal("0.01"), max_value=40, places=2).map(lambda d: f"{d:f}"),
    "salary": pounds_in(9000, 90000),
    "variable": st.booleans(),
    "pension_percent": st.one_of(st.none(), percent_in(0, 30)),
})
grant = st.fixed_dictionaries({"name": st.just("Grant"), "amount": pounds_in(1, 500000),
                               "month": st.integers(0, 30), "from_host": st.booleans()})
loan = st.fixed_dictionaries({"name": st.just("Loan"), "amount": pounds_in(1, 400000),
                              "rate_percent": percent_in(0, 12), "term_years": st.integers(1, 10),
                              "month": st.integers(0, 24)})
shares = st.fixed_dictionaries({"amount": pounds_in(1, 300000), "month": st.integers(0, 24),
                                "interest_percent": percent_in(0, 6), "withdrawal_percent": percent_in(0, 30)})


@st.composite
def business_cases(draw: st.DrawFn) -> dict[str, Any]:
    change = {
        "contract_value": draw(pounds_in(0, 3000000)),
        "contract_years": draw(st.integers(1, 8)),
        "other_income": draw(pounds_in(0, 200000)),
        "cost_of_sales_percent": draw(percent_in(0, 60)),
        "income_growth_percent": draw(percent_in(-10, 10)),
        "payment_terms": draw(st.sampled_from(["monthly-in-advance", "monthly-in-arrears", "invoice"])),
        "payment_days": draw(st.integers(0, 90)),
        "bad_debt_percent": draw(percent_in(0, 5)),
        "staff": draw(st.lists(role, max_size=4)),
        "pay_award_percent": draw(percent_in(-2, 8)),
        "on_costs_percent": draw(percent_in(0, 10)),
        "pension_percent": draw(percent_in(0, 25)),
        "pension_scheme": draw(st.sampled_from(["nhs", "lgps", "tps", "other", "none"])),
        "pension_bond_premium": draw(pounds_in(0, 20000)),
        "employment_allowance": draw(st.booleans()),
        "overheads": draw(pounds_in(0, 900000)),
        "inflation_percent": draw(percent_in(-2, 10)),
        "vat_registered": draw(st.booleans()),
        "taxable_income_percent": draw(percent_in(0, 100)),
        "start_up_costs": draw(pounds_in(0, 300000)),
        "start_up_month": draw(st.integers(0, 1)),
        "opening_reserves": draw(pounds_in(0, 300000)),
        "grants": draw(st.lists(grant, max_size=2)),
        "loans": draw(st.lists(loan, max_size=2)),
        "community_shares": draw(st.one_of(st.none(), shares)),
        "overdraft": draw(pounds_in(0, 200000)),
        "dividend_percent": draw(percent_in(0, 30)),
        "host_budget": draw(st.one_of(st.none(), pounds_in(1, 3000000))),
        "stranded_costs": draw(pounds_in(0, 100000)),
        "host_transition_costs": draw(pounds_in(0, 100000)),
    }
    raw = copy.deepcopy(RAW)
    raw["business_case"] = {key: value for key, value in {**CASE, **change}.items() if key != "illustrative"}
    return raw


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(business_cases())
def test_every_business_case_table_adds_up_as_printed(raw: dict[str, Any]) -> None:
    printed = tables(render_markdown(assemble(resolve_answers(raw), kind=BUSINESS_CASE)))
    problems = (_staff(printed) + _income_and_expenditure(printed) + _cash_by_year(printed)
                + _months(printed) + _balance_sheet(printed) + _host(printed))
    assert problems == [], problems


def _column(table: Table, index: int, skip: tuple[str, ...] = ()) -> list[int]:
    return [money(row[index]) for row in table.rows if row[0] not in skip]


def _staff(printed: dict[str, Table]) -> list[str]:
    table = printed.get("Staff and pay in year 1")
    if table is None:
        return []
    roles = [row for row in table.rows if row[0] != "Total"]
    total = table.row("Total")
    problems = []
    if sum(Decimal(row[1]) for row in roles) != Decimal(total[0]):
        problems.append("staff: the full-time equivalents do not add up")
    for index, label in ((4, "pay"), (5, "employer NI"), (6, "employer pension")):
        if sum(money(row[index]) for row in roles) != money(total[index - 1]):
            problems.append(f"staff: {label} does not add up to its total")
    return problems


def _income_and_expenditure(printed: dict[str, Table]) -> list[str]:
    table = printed["Five-year income and expenditure"]
    labels = [row[0] for row in table.rows]
    rows = {row[0]: [money(cell) for cell in row[1:]] for row in table.rows}
    problems = [f"I&E: {label} does not add up across the years" for label, values in rows.items()
                if sum(values[:-1]) != values[-1]]

    def total(first: int, last: int) -> list[int]:
        return [sum(column) for column in zip(*(rows[label] for label in labels[first:last]), strict=True)]

    def get(label: str) -> list[int]:
        return rows.get(label, [0] * 6)

    income, costs = labels.index("Recurring income"), labels.index("Recurring costs")
    if total(0, income) != rows["Recurring income"]:
        problems.append("I&E: recurring income is not the sum of its lines")
    if total(income + 1, costs) != rows["Recurring costs"]:
        problems.append("I&E: recurring costs are not the sum of their lines")
    checks = (
        ("Operating result", [a - b for a, b in zip(rows["Recurring income"], rows["Recurring costs"], strict=True)]),
        ("Surplus (deficit) before tax", [a + b - c for a, b, c in zip(rows["Operating result"],
                                                                          get("Grants (one-off)"),
                                                                          get("Start-up costs (one-off)"),
                                                                          strict=True)]),
        ("Surplus (deficit) after tax", [a - b for a, b in zip(rows["Surplus (deficit) before tax"],
                                                               get("Corporation tax"), strict=True)]),
    )
    if "Retained surplus (deficit)" in rows:
        checks += (("Retained surplus (deficit)",
                    [a - b - c for a, b, c in zip(rows["Surplus (deficit) after tax"], get("Participation dividends"),
                                                  get("Community share interest"), strict=True)]),)
    problems += [f"I&E: {label} is not what the lines above it make" for label, expected in checks
                 if rows[label] != expected]
    return problems


_CASH_NOTES = ("Lowest month-end cash", "In month", "Year-end cash in months of costs")


def _cash_by_year(printed: dict[str, Table]) -> list[str]:
    table = printed["Cash by year"]
    flows = [[money(cell) for cell in row[1:]] for row in table.rows
             if row[0] not in _CASH_NOTES + ("Cash at the year end",)]
    closing = table.money_row("Cash at the year end")
    problems = []
    if [sum(column) for column in zip(*flows, strict=True)] != closing:
        problems.append("cash by year: the start and the flows do not make the year-end cash")
    if table.money_row("Cash at the start")[1:] != closing[:-1]:
        problems.append("cash by year: a year does not start with the cash the last one ended with")
    lowest = table.money_row("Lowest month-end cash")
    if any(low > end for low, end in zip(lowest, closing, strict=True)):
        problems.append("cash by year: a lowest month-end is above the year-end cash")
    return problems


def _months(printed: dict[str, Table]) -> list[str]:
    table, yearly = printed["Cash month by month, first 18 months"], printed["Cash by year"]
    cash = yearly.money_row("Cash at the start")[0]
    problems = []
    for row in table.rows:
        income, funding, staff, other, repaid, tax, closing = (money(cell) for cell in row[1:])
        cash += income + funding - staff - other - repaid - tax
        if cash != closing:
            problems.append(f"months: {row[0]} does not end with the cash its flows make")
            cash = closing
    first_year = table.rows[:13]                     # before go-live and the year's 12 months
    received = yearly.money_row("Income received") or [0]          # a row of noughts is left out
    if sum(money(row[1]) for row in first_year) != received[0]:
        problems.append("months: year 1's income received differs from the yearly cash table")
    if money(first_year[-1][-1]) != yearly.money_row("Cash at the year end")[0]:
        problems.append("months: month 12's cash differs from year 1's year-end cash")
    return problems


def _balance_sheet(printed: dict[str, Table]) -> list[str]:
    table = printed["Balance sheet at each year end"]
    labels = [row[0] for row in table.rows]
    net, funds = labels.index("Net assets"), labels.index("Total funds")
    rows = [[money(cell) for cell in row[1:]] for row in table.rows]
    problems = []
    if [sum(column) for column in zip(*rows[:net], strict=True)] != rows[net]:
        problems.append("balance sheet: net assets are not the sum of what is owned and owed")
    if [sum(column) for column in zip(*rows[net + 1:funds], strict=True)] != rows[funds]:
        problems.append("balance sheet: total funds are not share capital and reserves")
    if rows[net] != rows[funds]:
        problems.append("balance sheet: net assets differ from total funds")
    return problems


def _host(printed: dict[str, Table]) -> list[str]:
    table = printed.get("The host body's costs, in-house and with the mutual")
    if table is None:
        return []
    years = [[money(cell) for cell in row[1:]] for row in table.rows if row[0] != "Over the contract"]
    total = table.money_row("Over the contract")
    problems = []
    if [sum(column) for column in zip(*years, strict=True)] != total:
        problems.append("host: the totals are not the sums of the years")
    for row in years + [total]:
        in_house, contract, stranded, transition, grants, with_mutual, saving = row
        if contract + stranded + transition + grants != with_mutual or in_house - with_mutual != saving:
            problems.append("host: a year's cost with the mutual or saving is not what its columns make")
    return problems
