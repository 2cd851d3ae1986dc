"""An independent model of the business case's finance, written from docs/FINANCE.md alone.

Nothing here comes from spinout's finance engine (spinout/business/) or its tables: this file
reads the specification's rules, the published figures in clauses/law/finance.yml (data) and the
validated inputs (spinout.answers.model.BusinessCase), and recomputes every figure with exact
arithmetic (fractions), rounding to whole pounds half up only where the specification says.
tests/test_finance_model.py compares it with the engine, figure by figure.

Where the specification is silent or could be read two ways, the reading taken here is written
down in a comment marked READING, so that a disagreement can be traced to a sentence.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from fractions import Fraction as Q
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
MONTHS = 60
YEARS = 5
# Months beyond the projection that still receive items (a debtor or creditor at the end):
# payment terms of up to 180 days, plus the sensitivity test's month's delay, fit in here.
HORIZON = MONTHS + 24


# ----------------------------------------------------------------------------------------------
# Rounding ("round" always means whole pounds, half up)

def rnd(x: Any) -> int:
    """Whole pounds, half up. READING: the specification's amounts are never negative where
    they are rounded, but for a negative exact figure "half up" is read as half away from zero
    (the accountant's convention, and Decimal's ROUND_HALF_UP): -2.5 -> -3."""
    if isinstance(x, int):
        return x
    if not isinstance(x, Q):
        x = Q(x)
    return _half_up(x.numerator, x.denominator)


def _half_up(n: int, d: int) -> int:
    """n/d to the nearest whole number, halves away from zero (d > 0)."""
    if n >= 0:
        return (2 * n + d) // (2 * d)
    return -((-2 * n + d) // (2 * d))


def q(x: Any) -> Q:
    """An input (Decimal, int or None) as an exact fraction (so that x / 100 stays exact)."""
    return Q(0) if x is None else Q(x)


def num(x: Any) -> Q | int:
    """An exact figure, as an int when it is whole."""
    if isinstance(x, int):
        return x
    return x.numerator if x.denominator == 1 else x


@cache
def spread(amount: int) -> tuple[int, ...]:
    """A yearly amount spread over its 12 months: month k gets round(A·k/12) - round(A·(k-1)/12)."""
    cumulative = [_half_up(amount * k, 12) for k in range(13)]
    return tuple(cumulative[k] - cumulative[k - 1] for k in range(1, 13))


def year_of(month: int) -> int:
    """Month 0 counts in year 1; months 12(y-1)+1 to 12y are year y."""
    return 1 if month <= 0 else (month - 1) // 12 + 1


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, day.day)


# ----------------------------------------------------------------------------------------------
# The published figures (data: clauses/law/finance.yml)

@cache
def _law() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "clauses" / "law" / "finance.yml").read_text())


@cache
def law(name: str, on: dt.date) -> dict[str, Any]:
    """The latest entry of a dated table that applies on the given date.
    READING: a date before every entry (never the case in the examples) takes the earliest."""
    entries = sorted(_law()[name], key=lambda e: e["from"])
    applying = [e for e in entries if e["from"] <= on]
    return applying[-1] if applying else entries[0]


# ----------------------------------------------------------------------------------------------
# The inputs, as exact figures, and the changes the sensitivity tests make to them

@dataclass(frozen=True)
class Role:
    fte: Q
    salary: Q
    variable: bool
    pension_percent: Q | None


@dataclass(frozen=True)
class Grant:
    amount: Q
    month: int
    from_host: bool


@dataclass(frozen=True)
class Loan:
    amount: Q
    rate_percent: Q
    term_years: int
    month: int


@dataclass(frozen=True)
class Shares:
    amount: Q
    month: int
    interest_percent: Q
    withdrawal_percent: Q


@dataclass(frozen=True)
class Option:
    key: str
    annual_cost: Q | None
    scores: tuple[tuple[str, int], ...]   # criterion key -> score (a tuple, so Inputs can be hashed)


@dataclass(frozen=True, eq=False)     # compared and hashed by identity: a cache key, cheaply
class Inputs:
    go_live: dt.date
    exempt: bool                # a charitable CBS or a school trust: no corporation tax
    dividends_allowed: bool     # a co-operative whose rules allow participation dividends
    contract_value: Q
    contract_years: int
    units_per_year: Q | None
    other_income: Q
    cost_of_sales_percent: Q
    income_growth_percent: Q
    payment_terms: str
    payment_days: int
    bad_debt_percent: Q
    staff: tuple[Role, ...]
    pay_award_percent: Q
    on_costs_percent: Q
    pension_percent: Q
    pension_scheme: str
    pension_bond_premium: Q
    pension_deficit_contributions: Q
    employment_allowance: bool
    payroll_deductions_percent: Q
    overheads: Q
    inflation_percent: Q
    irrecoverable_vat_percent: Q
    vat_registered: bool
    taxable_income_percent: Q
    start_up_costs: Q
    start_up_month: int
    opening_reserves: Q
    grants: tuple[Grant, ...]
    loans: tuple[Loan, ...]
    shares: Shares | None
    overdraft: Q
    dividend_percent: Q
    host_budget: Q | None
    stranded_costs: Q
    host_transition_costs: Q
    criteria: tuple[tuple[str, int], ...]
    options: tuple[Option, ...]


def inputs_from(answers: Any) -> Inputs:
    """The model's inputs from validated answers (spinout.answers.model.Answers).

    READING: the specification is silent on amounts given in pence. Money that moves as cash in
    one piece (opening reserves, a grant, a loan drawn, shares raised) is taken in whole pounds,
    rounded half up, as the cash table is in whole pounds; yearly figures the rules grow or
    scale (contract value, overheads, salaries...) stay exact until their line is rounded."""
    bc = answers.business_case
    appraisal = bc.appraisal
    return Inputs(
        go_live=bc.go_live,
        exempt=answers.asset_lock.kind == "charitable" or answers.service.document == "trust-outline",
        dividends_allowed=answers.society.type == "co-operative" and answers.profits.patronage_dividend,
        contract_value=q(bc.contract_value),
        contract_years=bc.contract_years,
        units_per_year=None if bc.units_per_year is None else q(bc.units_per_year),
        other_income=q(bc.other_income),
        cost_of_sales_percent=q(bc.cost_of_sales_percent),
        income_growth_percent=q(bc.income_growth_percent),
        payment_terms=bc.payment_terms,
        payment_days=bc.payment_days,
        bad_debt_percent=q(bc.bad_debt_percent),
        staff=tuple(Role(q(r.fte), q(r.salary), r.variable,
                         None if r.pension_percent is None else q(r.pension_percent)) for r in bc.staff),
        pay_award_percent=q(bc.pay_award_percent),
        on_costs_percent=q(bc.on_costs_percent),
        pension_percent=q(bc.pension_percent),
        pension_scheme=bc.pension_scheme,
        pension_bond_premium=q(bc.pension_bond_premium),
        pension_deficit_contributions=q(bc.pension_deficit_contributions),
        employment_allowance=bc.employment_allowance,
        payroll_deductions_percent=q(bc.payroll_deductions_percent),
        overheads=q(bc.overheads),
        inflation_percent=q(bc.inflation_percent),
        irrecoverable_vat_percent=q(bc.irrecoverable_vat_percent),
        vat_registered=bc.vat_registered,
        taxable_income_percent=q(bc.taxable_income_percent),
        start_up_costs=q(bc.start_up_costs),
        start_up_month=bc.start_up_month,
        opening_reserves=Q(rnd(q(bc.opening_reserves))),
        grants=tuple(Grant(Q(rnd(q(g.amount))), g.month, g.from_host) for g in bc.grants),
        loans=tuple(Loan(Q(rnd(q(lo.amount))), q(lo.rate_percent), lo.term_years, lo.month) for lo in bc.loans),
        shares=None if bc.community_shares is None else Shares(
            Q(rnd(q(bc.community_shares.amount))), bc.community_shares.month,
            q(bc.community_shares.interest_percent), q(bc.community_shares.withdrawal_percent)),
        overdraft=q(bc.overdraft),
        dividend_percent=q(bc.dividend_percent),
        host_budget=None if bc.host_budget is None else q(bc.host_budget),
        stranded_costs=q(bc.stranded_costs),
        host_transition_costs=q(bc.host_transition_costs),
        criteria=tuple((c.key, c.weight) for c in appraisal.criteria) if appraisal else (),
        options=tuple(Option(o.key, None if o.annual_cost is None else q(o.annual_cost),
                             tuple(sorted(o.scores.items())))
                      for o in appraisal.options) if appraisal else (),
    )


@dataclass(frozen=True)
class Change:
    """What a sensitivity test changes; the plan itself is Change()."""
    price: Q = Q(1)             # contract price factor (bad debts move with it)
    variable_fte: Q = Q(1)      # factor on the full-time equivalents of `variable` roles
    pay_award_points: Q = Q(0)  # added to pay_award_percent
    pension_points: Q = Q(0)    # added to every role's employer pension rate
    overheads: Q = Q(1)         # overheads factor
    delay_months: int = 0       # every contract receipt this many months later
    bad_debt_points: Q = Q(0)   # added to bad_debt_percent
    not_renewed: bool = False   # the main contract stops at the end of contract_years


PLAN = Change()


# ----------------------------------------------------------------------------------------------
# Loans

@dataclass
class LoanSchedule:
    payment: int
    interest: dict[int, Q]      # month -> interest
    capital: dict[int, Q]       # month -> capital repaid
    balance_after: dict[int, Q]  # month -> balance after that month's payment


@cache
def loan_schedule(loan: Loan) -> LoanSchedule:
    """Equal monthly payments from the month after drawdown for term_years·12 months:
    payment = round(A·m/(1-(1+m)^-N)), m = rate/1200 (no interest: round(A/N)); each month
    interest = round(balance·m), capital = payment - interest; the last payment clears it."""
    a, n = loan.amount, loan.term_years * 12
    m = loan.rate_percent / 1200
    payment = rnd(a / n) if m == 0 else rnd(a * m / (1 - (1 + m) ** -n))
    interest: dict[int, Q] = {}
    capital: dict[int, Q] = {}
    after: dict[int, Q] = {loan.month: a}
    balance = a
    for k in range(1, n + 1):
        month = loan.month + k
        i = rnd(balance * m)
        # READING: should rounding ever make the payments clear the loan early, capital is
        # capped at the balance (cannot happen with the examples' figures).
        c = balance if k == n else min(payment - i, balance)
        interest[month], capital[month] = i, c
        balance = num(balance - c)
        after[month] = balance
    return LoanSchedule(payment, interest, capital, after)


def loan_balance(schedule: LoanSchedule, loan: Loan, month: int) -> Q:
    """The balance outstanding at the end of a month (0 before drawdown)."""
    if month < loan.month:
        return Q(0)
    last = max(k for k in schedule.balance_after if k <= month)
    return schedule.balance_after[last]


# ----------------------------------------------------------------------------------------------
# Community shares

@cache
def share_schedule(sh: Shares | None) -> tuple[list[Q], list[int], list[int]]:
    """Month-end share balances (months 0..60), and each year's interest and withdrawal.

    Raised in their month and earning from the month after: month m earns on the balance at
    the end of month m - 1, at interest_percent/100/12; the year's interest is rounded once.
    From year 3, round(withdrawal_percent/100 · the balance at the start of the year, that is
    at the end of the year before) is paid back at the year end, so the next year earns on the
    smaller balance."""
    balance = [Q(0)] * (MONTHS + 1)
    interest = [Q(0)] * (YEARS + 1)
    withdrawals = [0] * (YEARS + 1)
    if sh is None:
        return balance, [0] * (YEARS + 1), withdrawals
    for m in range(0, MONTHS + 1):
        before = balance[m - 1] if m else Q(0)
        if m >= 1:
            interest[year_of(m)] += before * sh.interest_percent / 100 / 12
        now = before + (sh.amount if sh.month == m else 0)
        if m >= 1 and m % 12 == 0 and m // 12 >= 3:
            y = m // 12
            withdrawals[y] = rnd(sh.withdrawal_percent / 100 * balance[12 * (y - 1)])
            now -= withdrawals[y]
        balance[m] = now
    return balance, [rnd(x) for x in interest], withdrawals


# ----------------------------------------------------------------------------------------------
# The plan

@dataclass
class Year:
    contract_income: int = 0
    other_income: int = 0
    grants: int = 0
    pay: int = 0
    employer_ni: int = 0
    employer_pension: int = 0
    pension_extras: int = 0
    levy: int = 0
    other_on_costs: int = 0
    overheads: int = 0
    irrecoverable_vat: int = 0
    bad_debts: int = 0
    cost_of_sales: int = 0
    start_up: int = 0
    interest: Q = Q(0)
    dividends: int = 0
    tax: int = 0
    share_interest: int = 0
    # not lines: what the break-even volume needs
    variable_staff: Q = Q(0)        # pay, NI, pension and on-costs of the variable roles
    overheads_vat_content: int = 0  # round(overheads · v): paid with the overheads

    LINES = ("contract_income", "other_income", "grants", "pay", "employer_ni", "employer_pension",
             "pension_extras", "levy", "other_on_costs", "overheads", "irrecoverable_vat", "bad_debts",
             "cost_of_sales", "start_up")

    @property
    def recurring_income(self) -> int:
        return self.contract_income + self.other_income

    @property
    def recurring_costs(self) -> Q:
        return (self.pay + self.employer_ni + self.employer_pension + self.pension_extras + self.levy
                + self.other_on_costs + self.overheads + self.irrecoverable_vat + self.bad_debts
                + self.cost_of_sales + self.interest)

    @property
    def operating(self) -> Q:
        return self.recurring_income - self.recurring_costs

    @property
    def surplus_before_tax(self) -> Q:
        return self.operating + self.grants - self.start_up

    @property
    def surplus_after_tax(self) -> Q:
        return self.surplus_before_tax - self.tax

    @property
    def retained(self) -> Q:
        return self.surplus_after_tax - self.dividends - self.share_interest


@dataclass
class Balance:
    cash: Q
    debtors: Q
    staff_creditors: Q
    vat_owed: Q
    tax_owed: Q
    dividends_owed: Q
    loans: Q
    share_capital: Q
    reserves: Q

    @property
    def net_assets(self) -> Q:
        return (self.cash + self.debtors - self.staff_creditors - self.vat_owed - self.tax_owed
                - self.dividends_owed - self.loans)

    @property
    def funds(self) -> Q:
        return self.share_capital + self.reserves


@dataclass
class Plan:
    years: list[Year]
    receipts: list[Q]           # months 0..60
    payments: list[Q]
    closing: list[Q]
    balance: list[Balance]      # year ends 1..5 (index 0 is year 1)
    loan_schedules: list[LoanSchedule]
    start_up_with_vat: int = 0  # the I&E start-up line (cost to the society, with its irrecoverable VAT)
    losses_carried: list[Q] = field(default_factory=list)

    @property
    def five_year_surplus(self) -> Q:
        return sum((y.surplus_after_tax for y in self.years), Q(0))

    @property
    def lowest_closing(self) -> Q:
        # READING: "the lowest month-end cash" is over months 0 to 60 (the end of month 0, before
        # go-live, is a month end too).
        return min(self.closing)

    @property
    def operating_break_even_year(self) -> int | None:
        """The first year whose operating result is zero or more and stays so in every later year."""
        found = None
        for y in range(YEARS, 0, -1):
            if self.years[y - 1].operating >= 0:
                found = y
            else:
                break
        return found

    @property
    def payback_year(self) -> int | None:
        """The first year by whose end the operating results so far add up to at least the
        start-up costs (with their VAT). READING: "with their VAT" is the start-up line of the
        income and expenditure account (the cost and its irrecoverable VAT), the cost to the
        society; reclaimable VAT comes back. Grants are not counted."""
        total = Q(0)
        for y in range(1, YEARS + 1):
            total += self.years[y - 1].operating
            if total >= self.years[0].start_up:
                return y
        return None

    @property
    def break_even_year(self) -> int | None:
        """READING: M is the first year from which the cumulative surplus after tax is zero or
        more at every later year end (so the five-year total is too), given an operating
        break-even year; M may come before the operating break-even year (a grant can carry the
        early years)."""
        if self.operating_break_even_year is None:
            return None
        cumulative, found = Q(0), []
        for y in range(1, YEARS + 1):
            cumulative += self.years[y - 1].surplus_after_tax
            found.append(cumulative >= 0)
        if not found[-1]:
            return None
        m = YEARS
        while m > 1 and found[m - 2]:
            m -= 1
        return m


def _receipt_offset(inp: Inputs) -> int:
    if inp.payment_terms == "monthly-in-advance":
        return 0
    if inp.payment_terms == "monthly-in-arrears":
        return 1
    return math.ceil(Q(inp.payment_days, 30))


@cache
def staff_year(inp: Inputs, y: int, scale: Q, variable_fte: Q, pay_award_points: Q,
               pension_points: Q) -> tuple[int, int, int, int, int, Q]:
    """Year y's pay, employer NI (after the Employment Allowance), employer pension,
    apprenticeship levy and other on-costs, and the variable roles' staff costs (pay, NI,
    pension and their on-costs, unrounded) for the break-even volume. `scale` multiplies every
    role's FTE (a contract not renewed), `variable_fte` the variable roles' (the volume test).

    READING: the specification dates only NI (in force at go-live) and corporation tax (at the
    start of each year); the levy, the automatic-enrolment band and the Employment Allowance are
    taken as in force at go-live too. Each table has one entry today, so nothing turns on it."""
    go_live = inp.go_live
    ni = law("employer_national_insurance", go_live)
    levy_law = law("apprenticeship_levy", go_live)
    ae = law("automatic_enrolment", go_live)
    p = (inp.pay_award_percent + pay_award_points) / 100
    s_rate = Q(str(ni["rate"])) / 100
    threshold = Q(ni["secondary_threshold"])
    total_pay = total_ni = total_pension = 0
    variable = Q(0)
    for role in inp.staff:
        fte = role.fte * scale * (variable_fte if role.variable else 1)
        s = role.salary * (1 + p) ** (y - 1)
        pay = rnd(fte * s)
        nic = rnd(fte * s_rate * max(Q(0), s - threshold))
        if inp.pension_scheme == "none":
            # READING: the sensitivity test's "5 points higher, every role" raises the
            # employer's rate on qualifying earnings (3% to 8%) when the scheme is `none`.
            minimum = (Q(str(ae["employer_minimum"])) + pension_points) / 100
            lower, upper = Q(ae["qualifying_lower"]), Q(ae["qualifying_upper"])
            pension = rnd(fte * minimum * (min(s, upper) - lower)) if s > lower else 0
        else:
            rate = role.pension_percent if role.pension_percent is not None else inp.pension_percent
            pension = rnd(pay * (rate + pension_points) / 100)
        total_pay += pay
        total_ni += nic
        total_pension += pension
        if role.variable:
            # READING: the variable roles' NI is before the Employment Allowance (which is the
            # employer's, not a role's), and their on-costs are unrounded: only the volume is
            # rounded, at the end.
            variable += pay + nic + pension + Q(pay) * inp.on_costs_percent / 100
    if inp.employment_allowance:
        total_ni = max(0, total_ni - rnd(Q(ni["employment_allowance"])))
    levy = rnd(max(Q(0), Q(str(levy_law["rate"])) / 100 * total_pay - Q(levy_law["allowance"])))
    on_costs = rnd(Q(total_pay) * inp.on_costs_percent / 100)
    return total_pay, total_ni, total_pension, levy, on_costs, variable


def project(inp: Inputs, change: Change = PLAN) -> Plan:
    g = inp.income_growth_percent / 100
    i = inp.inflation_percent / 100
    v = inp.irrecoverable_vat_percent / 100
    r = inp.taxable_income_percent / 100 if inp.vat_registered else Q(0)
    bad_debt = inp.bad_debt_percent + change.bad_debt_points
    go_live = inp.go_live
    vat_rate = Q(str(law("vat", go_live)["standard_rate"]))

    schedules = [loan_schedule(loan) for loan in inp.loans]

    years: list[Year] = []
    for y in range(1, YEARS + 1):
        yr = Year()
        growth = (1 + g) ** (y - 1)
        prices = (1 + i) ** (y - 1)
        plan_contract = rnd(inp.contract_value * change.price * growth)
        yr.other_income = rnd(inp.other_income * growth)
        yr.contract_income = 0 if change.not_renewed and y > inp.contract_years else plan_contract
        # each grant is in whole pounds on its own (inputs_from), then the year's are added up
        yr.grants = sum(rnd(gr.amount) for gr in inp.grants if year_of(gr.month) == y)

        # staff
        if change.not_renewed and y > inp.contract_years:
            # the staff working on the contract transfer out with it: every role's FTE scaled by
            # other income / (contract income + other income) of the year, as the plan has them
            plan_total = plan_contract + yr.other_income
            scale = Q(yr.other_income, plan_total) if plan_total else Q(0)
        else:
            scale = Q(1)
        staff = staff_year(inp, y, scale, change.variable_fte, change.pay_award_points, change.pension_points)
        (yr.pay, yr.employer_ni, yr.employer_pension, yr.levy, yr.other_on_costs, yr.variable_staff) = staff
        # READING: "pounds a year, as given" - rounded to whole pounds as every yearly line is.
        yr.pension_extras = rnd(inp.pension_bond_premium + inp.pension_deficit_contributions)

        # other costs
        yr.overheads = rnd(inp.overheads * change.overheads * prices)
        # READING: the irrecoverable VAT (and the VAT content paid) are taken on the overheads
        # line as rounded to whole pounds, the figure printed above them.
        yr.irrecoverable_vat = rnd(yr.overheads * v * (1 - r))
        yr.overheads_vat_content = rnd(yr.overheads * v)
        if y == 1:
            yr.start_up = rnd(inp.start_up_costs) + rnd(inp.start_up_costs * v * (1 - r))
        yr.bad_debts = rnd(yr.contract_income * bad_debt / 100)
        yr.cost_of_sales = rnd(yr.other_income * inp.cost_of_sales_percent / 100)
        yr.interest = sum(s.interest.get(m, 0) for s in schedules for m in range(12 * (y - 1) + 1, 12 * y + 1))
        years.append(yr)

    sh = inp.shares
    share_balance, share_interest, withdrawals = share_schedule(sh)
    for y in range(1, YEARS + 1):
        years[y - 1].share_interest = share_interest[y]

    # dividends and corporation tax
    losses = Q(0)
    losses_carried = []
    for y in range(1, YEARS + 1):
        yr = years[y - 1]
        sbt = yr.surplus_before_tax
        if inp.dividends_allowed:
            yr.dividends = rnd(max(Q(0), sbt) * inp.dividend_percent / 100)
        if inp.exempt:
            yr.tax = 0
        else:
            ct = law("corporation_tax", add_months(go_live, 12 * (y - 1)))
            profit = sbt - yr.dividends
            if profit < 0:
                losses += -profit
                yr.tax = 0
            else:
                used = min(losses, profit)
                losses -= used
                t = profit - used
                small, main = Q(str(ct["small_profits_rate"])) / 100, Q(str(ct["main_rate"])) / 100
                lower, upper = Q(ct["lower_limit"]), Q(ct["upper_limit"])
                fraction = Q(*ct["marginal_relief_fraction"])
                if t <= lower:
                    tax = small * t
                elif t >= upper:
                    tax = main * t
                else:
                    tax = main * t - fraction * (upper - t)
                yr.tax = rnd(tax)
        losses_carried.append(losses)

    # ------------------------------------------------------------------ cash, month by month
    receipts: list[Any] = [0] * (HORIZON + 1)
    payments: list[Any] = [0] * (HORIZON + 1)
    contract_received = [0] * (HORIZON + 1)
    contract_earned = [0] * (HORIZON + 1)
    other_m = [0] * (HORIZON + 1)
    staff_next = [0] * (HORIZON + 2)      # paid the month after: deductions, NI, pension, levy
    input_vat = [0] * (HORIZON + 1)
    offset = _receipt_offset(inp) + change.delay_months
    ded = Q(inp.payroll_deductions_percent)

    for gr in inp.grants:
        receipts[gr.month] += rnd(gr.amount)
    for loan in inp.loans:
        receipts[loan.month] += num(loan.amount)
    if sh is not None:
        receipts[sh.month] += num(sh.amount)
    start_up_vat_content = rnd(rnd(inp.start_up_costs) * v)
    payments[inp.start_up_month] += rnd(inp.start_up_costs) + start_up_vat_content
    input_vat[inp.start_up_month] += start_up_vat_content - (years[0].start_up - rnd(inp.start_up_costs))

    for y in range(1, YEARS + 1):
        yr = years[y - 1]
        ci, bd = spread(yr.contract_income), spread(yr.bad_debts)
        oi = spread(yr.other_income)
        pay, ni_m, pen = spread(yr.pay), spread(yr.employer_ni), spread(yr.employer_pension)
        levy, on = spread(yr.levy), spread(yr.other_on_costs)
        oh, oh_vat, irr = spread(yr.overheads), spread(yr.overheads_vat_content), spread(yr.irrecoverable_vat)
        cos, extras = spread(yr.cost_of_sales), spread(yr.pension_extras)
        for k in range(12):
            m = 12 * (y - 1) + k + 1
            # READING: "contract income less bad debts for month a" is the month's share of the
            # contract income line less the month's share of the bad debts line, each spread.
            net = ci[k] - bd[k]
            contract_earned[m] += net
            contract_received[m + offset] += net
            other_m[m] += oi[k]
            deductions = _half_up(pay[k] * ded.numerator, 100 * ded.denominator)
            payments[m] += pay[k] - deductions + on[k] + oh[k] + oh_vat[k] + cos[k] + extras[k]
            staff_next[m + 1] += deductions + ni_m[k] + pen[k] + levy[k]
            input_vat[m] += oh_vat[k] - irr[k]
    for m in range(1, HORIZON + 1):
        receipts[m] += contract_received[m] + other_m[m]
        payments[m] += staff_next[m]
    for s_ in schedules:
        for m in s_.interest:
            if m <= HORIZON:
                payments[m] += s_.interest[m] + s_.capital[m]

    # VAT on a cash basis (registered only)
    output_vat = [0] * (HORIZON + 1)
    quarter_net: dict[int, Any] = {}
    if inp.vat_registered:
        for m in range(0, MONTHS + 1):
            # READING: the VAT is on the month's receipts from customers (contract and other
            # income together), rounded once a month.
            output_vat[m] = rnd((contract_received[m] + other_m[m]) * inp.taxable_income_percent / 100
                                * vat_rate / 100)
        for m in range(0, HORIZON + 1):
            receipts[m] += output_vat[m]
        for qn in range(1, MONTHS // 3 + 1):
            months = range(0 if qn == 1 else 3 * qn - 2, 3 * qn + 1)   # month 0 is in quarter 1
            quarter_net[qn] = sum(output_vat[m] - input_vat[m] for m in months)
            payments[3 * qn + 2] += quarter_net[qn]

    for y in range(1, YEARS + 1):
        yr = years[y - 1]
        payments[12 * y + 10] += yr.tax
        payments[12 * y + 6] += yr.dividends
        payments[12 * y] += yr.share_interest + withdrawals[y]

    closing = []
    cash = num(inp.opening_reserves)
    for m in range(0, MONTHS + 1):
        cash = num(cash + receipts[m] - payments[m])
        closing.append(cash)

    # ------------------------------------------------------------------ balance sheets
    balances = []
    reserves = inp.opening_reserves
    for y in range(1, YEARS + 1):
        end = 12 * y
        reserves += years[y - 1].retained
        debtors = sum((contract_earned[a] for a in range(1, end + 1) if a + offset > end), Q(0))
        vat_owed = sum((quarter_net[qn] for qn in quarter_net if 3 * qn <= end < 3 * qn + 2), Q(0))
        balances.append(Balance(
            cash=closing[end],
            debtors=debtors,
            staff_creditors=staff_next[end + 1],
            vat_owed=vat_owed,
            tax_owed=Q(years[y - 1].tax),
            dividends_owed=Q(years[y - 1].dividends),
            loans=sum((loan_balance(s_, loan, end) for s_, loan in zip(schedules, inp.loans, strict=True)), Q(0)),
            share_capital=share_balance[end],
            reserves=reserves,
        ))

    return Plan(years, receipts[:MONTHS + 1], payments[:MONTHS + 1], closing, balances, schedules,
                years[0].start_up, losses_carried)


# ----------------------------------------------------------------------------------------------
# Break-even price and volume

def break_even_price(inp: Inputs, plan: Plan) -> int | None:
    y3 = plan.years[2]
    denominator = y3.contract_income - y3.bad_debts
    if denominator == 0:
        return None
    return rnd(inp.contract_value * (y3.recurring_costs - y3.bad_debts - y3.other_income) / denominator)


def break_even_units(inp: Inputs, plan: Plan) -> int | None:
    if inp.units_per_year is None:
        return None
    y3 = plan.years[2]
    u = inp.units_per_year
    if y3.contract_income == 0:
        return None
    price = Q(y3.contract_income) / u * (1 - Q(y3.bad_debts, y3.contract_income))
    cost = y3.variable_staff / u
    fixed = y3.recurring_costs - y3.bad_debts - y3.variable_staff
    if price <= cost:
        return None
    return rnd((fixed - y3.other_income) / (price - cost))


# ----------------------------------------------------------------------------------------------
# Sensitivity

@dataclass(frozen=True)
class Driver:
    name: str
    test_size: Q
    search_max: Q
    make: Any                   # size -> Change


def has_contract(inp: Inputs) -> bool:
    """READING: the specification is silent on a plan with no contract (contract_value 0, a
    venture living on other income). A finance officer would not test a fall in the price of a
    contract there is none of, nor its late payment, volume or loss: those tests are left out."""
    return inp.contract_value > 0


def drivers(inp: Inputs) -> list[Driver]:
    found = []
    if has_contract(inp):
        found.append(Driver("price", Q(10), Q(100), lambda x: Change(price=1 - x / 100)))
        if any(r.variable for r in inp.staff):
            found.append(Driver("volume", Q(10), Q(100),
                                lambda x: Change(price=1 - x / 100, variable_fte=1 - x / 100)))
    found += [
        Driver("pay", Q(2), Q(20), lambda x: Change(pay_award_points=x)),
        Driver("pension", Q(5), Q(50), lambda x: Change(pension_points=x)),
        Driver("overheads", Q(10), Q(500), lambda x: Change(overheads=1 + x / 100)),
    ]
    if has_contract(inp):
        # READING: "2% bad debts" is 2 points on top of the plan's own bad-debt rate (the
        # switching value is "points of bad debt"), and the search for the switching value runs
        # with the month's delay applied throughout: its "no change" is 30 days later with no
        # extra bad debt, so a plan whose cash goes below the overdraft from the delay alone
        # says "already", not "0.1 points of bad debt".
        found.append(Driver("payment", Q(2), Q(100), lambda x: Change(delay_months=1, bad_debt_points=x)))
    return found


@dataclass
class Switch:
    kind: str                   # "already", "at" or "beyond"
    size: Q | None = None


@dataclass
class SensitivityTest:
    name: str
    plan: Plan
    result_switch: Switch | None
    cash_switch: Switch | None


def switching_value(driver: Driver, plan_at: Any, measure: Any) -> Switch:
    """The smallest change, in steps of 0.1, at which measure(plan) < 0.

    READING: the measures fall as the change grows (a larger fall in price never helps), so
    the answer is the one step k with measure < 0 at k and not at k - 1. It is found within a
    bracket [lo, hi] (measure >= 0 at lo, < 0 at hi): a guess by straight-line interpolation
    (the measures are straight lines between the kinks of tax and of the lowest month), then
    steps out from the guess, doubling, until the answer is bracketed, then halving. Only the
    exactness of the answer matters here, not the route to it."""
    steps = int(driver.search_max * 10)

    def below(k: int) -> bool:
        return measure(plan_at(k)) < 0

    if below(0):
        return Switch("already")
    if not below(steps):
        return Switch("beyond")
    lo, hi = 0, steps
    while hi - lo > 1:
        f_lo, f_hi = measure(plan_at(lo)), measure(plan_at(hi))
        guess = lo + int((hi - lo) * f_lo / (f_lo - f_hi)) + 1
        guess = min(max(guess, lo + 1), hi - 1)
        step = 1
        if below(guess):
            hi = guess
            while hi - lo > 1:              # step down until the measure is >= 0
                probe = max(lo + 1, hi - step)
                if below(probe):
                    hi = probe
                    step *= 2
                else:
                    lo = probe
                    break
        else:
            lo = guess
            while hi - lo > 1:              # step up until the measure is < 0
                probe = min(hi - 1, lo + step)
                if below(probe):
                    hi = probe
                    break
                lo = probe
                step *= 2
    return Switch("at", Q(hi, 10))


def sensitivity(inp: Inputs) -> list[SensitivityTest]:
    tests = []
    for d in drivers(inp):
        plans: dict[int, Plan] = {}

        def plan_at(k: int, d: Driver = d, plans: dict[int, Plan] = plans) -> Plan:
            if k not in plans:
                plans[k] = project(inp, d.make(Q(k, 10)))
            return plans[k]

        tests.append(SensitivityTest(
            d.name, plan_at(int(d.test_size * 10)),
            switching_value(d, plan_at, lambda p: p.five_year_surplus),
            switching_value(d, plan_at, lambda p: p.lowest_closing + inp.overdraft)))
    if inp.contract_years < YEARS and has_contract(inp):
        tests.append(SensitivityTest("not-renewed", project(inp, Change(not_renewed=True)), None, None))
    return tests


# ----------------------------------------------------------------------------------------------
# The host body's side and the economic case

@dataclass
class HostYear:
    in_house: int
    with_mutual: int

    @property
    def saving(self) -> int:
        return self.in_house - self.with_mutual


def host_years(inp: Inputs) -> list[HostYear] | None:
    if inp.host_budget is None:
        return None
    i, g = inp.inflation_percent / 100, inp.income_growth_percent / 100
    out = []
    for y in range(1, inp.contract_years + 1):
        in_house = rnd(inp.host_budget * (1 + i) ** (y - 1))
        contract = rnd(inp.contract_value * (1 + g) ** (y - 1))
        mutual = contract + rnd(inp.stranded_costs * (1 + i) ** (y - 1))
        if y == 1:
            mutual += rnd(inp.host_transition_costs)
        mutual += sum(rnd(gr.amount) for gr in inp.grants if gr.from_host and year_of(gr.month) == y)
        out.append(HostYear(in_house, mutual))
    return out


def weighted_score(inp: Inputs, option: Option) -> Q | None:
    scores = dict(option.scores)
    if any(key not in scores for key, _ in inp.criteria):
        return None
    return sum((Q(weight * scores[key], 10) for key, weight in inp.criteria), Q(0))


def net_present_costs(inp: Inputs) -> dict[str, int | None]:
    host = host_years(inp)
    out: dict[str, int | None] = {}
    i = inp.inflation_percent / 100
    d = Q(str(law("green_book", inp.go_live)["discount_rate"])) / 100
    for option in inp.options:
        if host is None:
            out[option.key] = None
            continue
        if option.key == "in-house":
            costs = [h.in_house for h in host]
        elif option.key == "mutual":
            costs = [h.with_mutual for h in host]
        elif option.annual_cost is not None:
            costs = [rnd(option.annual_cost * (1 + i) ** (y - 1)) + rnd(inp.stranded_costs * (1 + i) ** (y - 1))
                     for y in range(1, inp.contract_years + 1)]
        else:
            out[option.key] = None
            continue
        out[option.key] = rnd(sum((Q(c) / (1 + i) ** t / (1 + d) ** t for t, c in enumerate(costs)), Q(0)))
    return out


# ----------------------------------------------------------------------------------------------
# Everything at once

@dataclass
class Finance:
    inputs: Inputs
    plan: Plan
    break_even_price: int | None
    break_even_units: int | None
    tests: list[SensitivityTest]
    host: list[HostYear] | None
    npc: dict[str, int | None]
    weighted: dict[str, Q | None]


def finance(answers: Any, with_sensitivity: bool = True) -> Finance:
    inp = inputs_from(answers)
    plan = project(inp)
    for b in plan.balance:
        assert b.net_assets == b.funds, (b, b.net_assets, b.funds)
    return Finance(
        inp, plan, break_even_price(inp, plan), break_even_units(inp, plan),
        sensitivity(inp) if with_sensitivity else [],
        host_years(inp), net_present_costs(inp),
        {o.key: weighted_score(inp, o) for o in inp.options})
