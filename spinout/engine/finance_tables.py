"""The business case's tables and charts, built from `finance` (spinout.business): every figure
is computed, none typed, and every total is the sum of the rows above it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..answers.model import BusinessCase
from ..business import Finance
from ..formats import join_and, pounds, upper_first, whole_pounds
from .document import Chart, Figure, Table


def _years(finance: Finance) -> tuple[str, ...]:
    return tuple(f"Year {y.number}" for y in finance.years)


def _year_note(finance: Finance) -> str:
    plan = finance.plan
    spans = "; ".join(f"year {y.number}: {plan.year_label(y.number)}" for y in finance.years)
    return f"Years run from go-live ({spans}). Figures are whole pounds, each line rounded on its own."


# ---------------------------------------------------------------- staff

def staff_costs_table(context: dict[str, Any]) -> Table:
    finance: Finance = context["finance"]
    first = finance.years[0].lines
    case = finance.case
    rows = []
    for role, costs, wage in zip(case.staff, first.roles, finance.wages, strict=True):
        rows.append((role.role + (" (paid by volume)" if role.variable else ""), f"{role.fte.normalize():f}",
                     pounds(role.salary), f"£{wage.hourly:.2f}", pounds(costs.pay), pounds(costs.employer_ni),
                     pounds(costs.employer_pension)))
    rows.append(("Total", f"{sum((r.fte for r in case.staff), Decimal(0)).normalize():f}", "", "",
                 pounds(first.pay), pounds(sum(r.employer_ni for r in first.roles)),
                 pounds(first.employer_pension)))
    note = (f"Hourly rates at {case.hours_per_fte.normalize():f} hours a week for a full-time post. The total "
            "employer National Insurance is before any Employment Allowance.")
    return Table("Staff and pay in year 1", ("Role", "Full-time equivalent", "Salary each", "An hour", "Pay",
                                             "Employer NI", "Employer pension"),
                 tuple(rows), align="lrrrrrr", emphasis=(len(rows) - 1,), note=note)


# ---------------------------------------------------------------- income and expenditure

_RECURRING_INCOME = (("Contract income", "contract_income"), ("Other income", "other_income"))
_RECURRING_COSTS = (
    ("Pay", "pay"), ("Employer National Insurance", "employer_ni"), ("Employer pension", "employer_pension"),
    ("Pension bond and deficit contributions", "pension_extras"), ("Apprenticeship levy", "levy"),
    ("Other staff on-costs", "other_on_costs"), ("Overheads", "overheads"), ("Irrecoverable VAT", "irrecoverable_vat"),
    ("Bad debts", "bad_debts"), ("Cost of sales", "cost_of_sales"),
)


def finance_projection_table(context: dict[str, Any]) -> Table:
    finance: Finance = context["finance"]
    years = finance.years
    rows: list[tuple[str, ...]] = []
    emphasis: list[int] = []

    def line(label: str, values: list[int], keep_zero: bool = False, total: bool = False) -> None:
        if keep_zero or any(values):
            if total:
                emphasis.append(len(rows))
            rows.append((label, *map(pounds, values), pounds(sum(values))))

    for label, field in _RECURRING_INCOME:
        line(label, [getattr(y.lines, field) for y in years], keep_zero=field == "contract_income")
    line("Recurring income", [y.recurring_income for y in years], keep_zero=True, total=True)
    for label, field in _RECURRING_COSTS:
        line(label, [getattr(y.lines, field) for y in years], keep_zero=field in ("pay", "overheads"))
    line("Loan interest", [y.interest for y in years])
    line("Recurring costs", [y.recurring_costs for y in years], keep_zero=True, total=True)
    line("Operating result", [y.operating for y in years], keep_zero=True, total=True)
    line("Grants (one-off)", [y.lines.grants for y in years])
    line("Start-up costs (one-off)", [y.lines.start_up for y in years])
    line("Surplus (deficit) before tax", [y.surplus_before_tax for y in years], keep_zero=True, total=True)
    line("Corporation tax", [y.tax for y in years], keep_zero=not finance.facts.tax_exempt)
    line("Surplus (deficit) after tax", [y.surplus_after_tax for y in years], keep_zero=True, total=True)
    line("Participation dividends", [y.dividends for y in years])
    line("Community share interest", [y.share_interest for y in years])
    if any(y.dividends or y.share_interest for y in years):
        line("Retained surplus (deficit)", [y.retained for y in years], keep_zero=True, total=True)
    return Table("Five-year income and expenditure", ("", *_years(finance), "Five years"), tuple(rows),
                 align="l" + "r" * (len(years) + 1), emphasis=tuple(emphasis), note=_year_note(finance))


# ---------------------------------------------------------------- cash

def monthly_cash_table(context: dict[str, Any]) -> Table:
    """Months 0 to 18: what comes in, what goes out, and the cash at each month end."""
    finance: Finance = context["finance"]
    plan = finance.plan
    rows = []
    for month in plan.months[:19]:
        rows.append((plan.month_label(month.number), pounds(month.receipts), pounds(month.funding),
                     pounds(month.staff), pounds(month.other_costs + month.vat), pounds(month.finance),
                     pounds(month.tax + month.dividends), pounds(month.closing)))
    low = plan.lowest_month
    emphasis = tuple(i for i, month in enumerate(plan.months[:19]) if month.number == low.number)
    headers = ("Month", "Income received", _funding_words(finance.case) + " received", "Staff",
               "Other costs and VAT", _repaid_words(finance.case), "Tax and dividends", "Cash at month end")
    note = ("Staff: net pay in the month, and the deductions, employer National Insurance and pension for it "
            "the month after. The lowest month-end cash of the 18 months is in bold.")
    return Table("Cash month by month, first 18 months", headers, tuple(rows), align="l" + "r" * 7,
                 emphasis=emphasis, note=note)


def _funding_words(case: BusinessCase) -> str:
    kinds = [word for word, present in (("grants", case.grants), ("loans", case.loans),
                                         ("shares", case.community_shares)) if present]
    if not kinds:
        return "Grants and loans"
    return upper_first(join_and(kinds))


def _repaid_words(case: BusinessCase) -> str:
    kinds = [word for word, present in (("loans", case.loans), ("shares", case.community_shares)) if present]
    return upper_first(join_and(kinds or ["loans"])) + " repaid, with interest"


def cash_flow_table(context: dict[str, Any]) -> Table:
    finance: Finance = context["finance"]
    plan = finance.plan
    numbers = [y.number for y in finance.years]

    def year_sum(number: int, get: Callable[[Any], int]) -> int:
        first = 0 if number == 1 else 12 * (number - 1) + 1
        return sum(get(month) for month in plan.months[first:12 * number + 1])

    opening = [whole_pounds(plan.case.opening_reserves)] + [plan.year_end_cash(n) for n in numbers[:-1]]
    lines: list[tuple[str, list[int]]] = [
        ("Cash at the start", opening),
        ("Income received", [year_sum(n, lambda m: m.receipts) for n in numbers]),
        (_funding_words(plan.case) + " received", [year_sum(n, lambda m: m.funding) for n in numbers]),
        ("Staff paid", [-year_sum(n, lambda m: m.staff) for n in numbers]),
        ("Other costs paid", [-year_sum(n, lambda m: m.other_costs) for n in numbers]),
        ("VAT paid to HMRC", [-year_sum(n, lambda m: m.vat) for n in numbers]),
        (_repaid_words(plan.case), [-year_sum(n, lambda m: m.finance) for n in numbers]),
        ("Corporation tax paid", [-year_sum(n, lambda m: m.tax) for n in numbers]),
        ("Dividends paid", [-year_sum(n, lambda m: m.dividends) for n in numbers]),
        ("Cash at the year end", [plan.year_end_cash(n) for n in numbers]),
    ]
    rows = [(label, *map(pounds, values)) for label, values in lines
            if any(values) or label.startswith("Cash")]
    lowest = [plan.lowest_in_year(n) for n in numbers]
    rows.append(("Lowest month-end cash", *(pounds(m.closing) for m in lowest)))
    rows.append(("In month", *(plan.month_label(m.number) for m in lowest)))
    rows.append(("Year-end cash in months of costs", *(f"{plan.reserve_months(n):f}" for n in numbers)))
    closing = next(i for i, row in enumerate(rows) if row[0] == "Cash at the year end")
    return Table("Cash by year", ("", *_years(finance)), tuple(rows), align="l" + "r" * len(numbers),
                 emphasis=(closing,), note="Payments are shown as negative figures; each year adds up from its "
                                           "starting cash to its year-end cash.")


def balance_sheet_table(context: dict[str, Any]) -> Table:
    finance: Finance = context["finance"]
    sheets = finance.plan.balance
    lines = [
        ("Cash", [s.cash for s in sheets]),
        ("Owed to the society (income earned, not yet paid)", [s.debtors for s in sheets]),
        ("Payroll, National Insurance and pension owed", [-s.payroll_owed for s in sheets]),
        ("VAT owed", [-s.vat_owed for s in sheets]),
        ("Corporation tax owed", [-s.tax_owed for s in sheets]),
        ("Dividends owed", [-s.dividends_owed for s in sheets]),
        ("Loans outstanding", [-s.loans for s in sheets]),
        ("Net assets", [s.net_assets for s in sheets]),
        ("Community share capital", [s.share_capital for s in sheets]),
        ("Reserves", [s.reserves for s in sheets]),
        ("Total funds", [s.funds for s in sheets]),
    ]
    rows = [(label, *map(pounds, values)) for label, values in lines
            if any(values) or label in ("Cash", "Net assets", "Reserves", "Total funds")]
    emphasis = tuple(i for i, row in enumerate(rows) if row[0] in ("Net assets", "Total funds"))
    return Table("Balance sheet at each year end", ("", *_years(finance)), tuple(rows),
                 align="l" + "r" * len(finance.years), emphasis=emphasis,
                 note="What is owed is shown as negative figures. Net assets equal total funds "
                      "in every year: the cash flow and the income and expenditure agree.")


def funding_table(context: dict[str, Any]) -> Table:
    finance: Finance = context["finance"]
    plan, case = finance.plan, finance.case
    rows = []
    for grant in case.grants:
        source = "the host body" if grant.from_host else "a funder"
        rows.append((grant.name, f"Grant from {source}", pounds(grant.amount), plan.month_label(grant.month), "None"))
    for loan in case.loans:
        rows.append((loan.name, f"Loan at {loan.rate_percent.normalize():f}% over {loan.term_years} years",
                     pounds(loan.amount), plan.month_label(loan.month), "Monthly, from the month after"))
    shares = case.community_shares
    if shares:
        rows.append(("Community shares", f"Share capital, interest {shares.interest_percent.normalize():f}% a year",
                     pounds(shares.amount), plan.month_label(shares.month),
                     f"{shares.withdrawal_percent.normalize():f}% a year withdrawn from year 3"))
    if case.overdraft:
        rows.append(("Overdraft", "Facility agreed with a bank", pounds(case.overdraft), "When needed",
                     "Drawn and repaid as cash needs"))
    return Table("Funding", ("Source", "Kind", "Amount", "When", "Repaid"), tuple(rows), align="llrll")


# ---------------------------------------------------------------- sensitivity

def sensitivity_table(context: dict[str, Any]) -> Table:
    finance: Finance = context["finance"]
    sensitivity = finance.sensitivity
    base = sensitivity.base
    rows = [("The plan as it stands", "none", pounds(base.five_year_surplus), pounds(base.lowest_month.closing),
             "", "")]
    for test in sensitivity.tests:
        unit = test.driver.unit
        rows.append((test.driver.name, test.driver.tested, pounds(test.plan.five_year_surplus),
                     pounds(test.plan.lowest_month.closing), test.result_switch.words(unit),
                     test.cash_switch.words(unit)))
    if sensitivity.contract_loss is not None:
        loss = sensitivity.contract_loss
        rows.append(("Main contract not renewed", f"income stops after year {finance.case.contract_years}",
                     pounds(loss.five_year_surplus), pounds(loss.lowest_month.closing), "", ""))
    headers = ("Driver", "Tested change", "Five-year surplus after tax", "Lowest month-end cash",
               "Five-year result below zero at", "Cash below the overdraft at")
    facility = finance.case.overdraft
    note = ("The last two columns are switching values: how far each driver can move, on its own, before the "
            "five-year result falls below zero, and before cash falls below "
            + (f"the agreed overdraft of {pounds(facility)}." if facility else "zero (no overdraft is agreed).")
            + ("" if finance.has_variable_staff or not finance.case.contract_value else
               " Volume is not tested apart: no costs in the plan move with volume, so 10% fewer units is the same "
               "as a 10% lower price."))
    return Table("Sensitivity", headers, tuple(rows), align="llrrrr", emphasis=(0,), note=note)


# ---------------------------------------------------------------- the host body's side

def host_case_table(context: dict[str, Any]) -> Table:
    finance: Finance = context["finance"]
    host = finance.host
    years = host.years if host else ()
    rows: list[tuple[str, ...]]
    rows = [(f"Year {y.number}", pounds(y.in_house), pounds(y.contract), pounds(y.stranded), pounds(y.transition),
             pounds(y.grants), pounds(y.with_mutual), pounds(y.saving)) for y in years]
    totals = [sum(getattr(y, f) for y in years) for f in ("in_house", "contract", "stranded", "transition", "grants")]
    rows.append(("Over the contract", *map(pounds, totals), pounds(sum(y.with_mutual for y in years)),
                 pounds(sum(y.saving for y in years))))
    headers = ("", "In-house budget", "Contract price", "Stranded costs", "Transition costs", "Host's grants",
               "Cost with the mutual", "Saving (cost)")
    return Table("The host body's costs, in-house and with the mutual", headers, tuple(rows), align="l" + "r" * 7,
                 emphasis=(len(rows) - 1,), note="A negative saving is a net cost to the host body.")


def options_scores_table(context: dict[str, Any]) -> Table:
    finance: Finance = context["finance"]
    economic = finance.economic
    options = economic.options if economic else ()
    rows = []
    for criterion in economic.appraisal.criteria if economic else ():
        rows.append((criterion.name, str(criterion.weight),
                     *(str(o.option.scores[criterion.key]) if criterion.key in o.option.scores else "to score"
                       for o in options)))
    rows.append(("Weighted score (out of 100)", "100",
                 *(f"{o.weighted.normalize():f}" if o.weighted is not None else "not yet scored" for o in options)))
    headers = ("Criterion", "Weight", *(o.option.name for o in options))
    return Table("Options scored against the criteria", headers, tuple(rows), align="l" + "r" * (len(options) + 1),
                 emphasis=(len(rows) - 1,), note="Scores run from 0 (poor) to 10 (excellent); a weighted score "
                                                 "is the sum of weight times score, divided by 10.")


def options_costs_table(context: dict[str, Any]) -> Table:
    finance: Finance = context["finance"]
    economic = finance.economic
    rows = []
    for scored in economic.options if economic else ():
        costs = scored.yearly_costs
        rows.append((scored.option.name, pounds(costs[0]) if costs else "not costed",
                     pounds(sum(costs)) if costs else "not costed",
                     pounds(scored.net_present_cost) if scored.net_present_cost is not None else "not costed"))
    years = economic.years if economic else 0
    rate = f"{economic.discount_rate.normalize():f}" if economic else ""
    headers = ("Option", "Cost to the host in year 1", f"Cost over {years} years", "Net present cost")
    note = (f"Net present cost: each year's cost in year-1 prices, discounted at {rate}% a year (the Green Book "
            "rate), year 1 undiscounted.")
    return Table("What each option costs the host body", headers, tuple(rows), align="lrrr", note=note)


# ---------------------------------------------------------------- charts

def projection_chart(context: dict[str, Any]) -> Figure:
    finance: Finance = context["finance"]
    years = finance.years
    income = [y.recurring_income for y in years]
    costs = [y.recurring_costs for y in years]
    one_off = [y.lines.start_up for y in years]
    series = [("Recurring income", income), ("Recurring costs", costs)]
    if any(one_off):
        series.append(("One-off start-up costs", one_off))
    alt = "; ".join(f"Year {y.number}: recurring income {pounds(i)}, recurring costs {pounds(c)}"
                    + (f", one-off start-up costs {pounds(o)}" if o else "")
                    for y, i, c, o in zip(years, income, costs, one_off, strict=True))
    chart = Chart("bars", _years(finance), tuple((name, tuple(values)) for name, values in series), "£, cash terms")
    return Figure("Recurring income and costs", chart, alt)


def results_chart(context: dict[str, Any]) -> Figure:
    finance: Finance = context["finance"]
    years = finance.years
    surplus = [y.surplus_after_tax for y in years]
    cash = [finance.plan.year_end_cash(y.number) for y in years]
    alt = "; ".join(f"Year {y.number}: surplus after tax {pounds(s)}, cash at the year end {pounds(c)}"
                    for y, s, c in zip(years, surplus, cash, strict=True))
    low = finance.plan.lowest_month
    alt += f". Lowest month-end cash: {pounds(low.closing)} in {finance.plan.month_label(low.number)}."
    chart = Chart("results", _years(finance),
                  (("Surplus (deficit) after tax", tuple(surplus)), ("Cash at the year end", tuple(cash))),
                  "£, cash terms")
    return Figure("Surplus after tax and year-end cash", chart, alt)


def tornado_chart(context: dict[str, Any]) -> Figure:
    finance: Finance = context["finance"]
    ranked = finance.sensitivity.ranked()
    alt = "Change in the five-year surplus after tax: " + "; ".join(f"{name}: {pounds(value)}"
                                                                    for name, value in ranked)
    chart = Chart("tornado", (), tuple((name, (value,)) for name, value in ranked), "£ change")
    return Figure("What each driver does to the five-year result", chart, alt)


TABLES: dict[str, Callable[[dict[str, Any]], Table]] = {
    "staff_costs": staff_costs_table,
    "finance_projection": finance_projection_table,
    "monthly_cash": monthly_cash_table,
    "cash_flow": cash_flow_table,
    "balance_sheet": balance_sheet_table,
    "funding": funding_table,
    "sensitivity": sensitivity_table,
    "host_case": host_case_table,
    "options_scores": options_scores_table,
    "options_costs": options_costs_table,
}

FIGURES: dict[str, Callable[[dict[str, Any]], Figure]] = {
    "projection_chart": projection_chart,
    "results_chart": results_chart,
    "tornado_chart": tornado_chart,
}
