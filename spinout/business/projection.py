"""The yearly lines of income and expenditure (docs/FINANCE.md: Income, Staff, Other costs).

Every line is whole pounds; totals are sums of lines. Tax and the lines that follow it are
added by `results` once the loan interest is known (see plan.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..answers.dates import add_months
from ..answers.model import BusinessCase, StaffRole
from .law import in_force
from .money import growth, percent_of, whole
from .scenario import Scenario

ZERO = Decimal(0)

YEARS = 5


@dataclass(frozen=True)
class RoleYear:
    """One role's staff costs in one year."""

    role: str
    pay: int
    employer_ni: int
    employer_pension: int
    variable: bool


@dataclass(frozen=True)
class Lines:
    """A year's income and costs before interest and tax."""

    number: int
    contract_income: int
    other_income: int
    grants: int
    pay: int
    employer_ni: int
    employer_pension: int
    pension_extras: int          # bond premium and deficit contributions
    levy: int                    # apprenticeship levy
    other_on_costs: int
    overheads: int
    irrecoverable_vat: int
    bad_debts: int
    cost_of_sales: int
    start_up: int                # one-off, with its irrecoverable VAT
    roles: tuple[RoleYear, ...]

    @property
    def recurring_income(self) -> int:
        return self.contract_income + self.other_income

    @property
    def costs_before_interest(self) -> int:
        return (self.pay + self.employer_ni + self.employer_pension + self.pension_extras + self.levy
                + self.other_on_costs + self.overheads + self.irrecoverable_vat + self.bad_debts + self.cost_of_sales)

    @property
    def staff_costs(self) -> int:
        return (self.pay + self.employer_ni + self.employer_pension + self.pension_extras + self.levy
                + self.other_on_costs)


def year_start(go_live: dt.date, year: int) -> dt.date:
    return add_months(go_live, 12 * (year - 1))


def reclaimable_share(case: BusinessCase) -> Decimal:
    """The share of the VAT on costs the society can reclaim (a simple partial-exemption split)."""
    return case.taxable_income_percent / 100 if case.vat_registered else Decimal(0)


def vat_content(case: BusinessCase) -> Decimal:
    return case.irrecoverable_vat_percent / 100


def yearly_lines(case: BusinessCase, go_live: dt.date, scenario: Scenario) -> tuple[Lines, ...]:
    grants = _grants_by_year(case)
    return tuple(_year(case, go_live, scenario, year, grants.get(year, 0)) for year in range(1, YEARS + 1))


def _start_up(case: BusinessCase, keep: Decimal) -> int:
    """The start-up costs and the VAT on them that cannot be reclaimed, both from the cost in whole
    pounds, as the cash flow pays them: the balance sheet balances to the pound."""
    cost = whole(case.start_up_costs)
    return cost + whole(cost * vat_content(case) * keep)


def _grants_by_year(case: BusinessCase) -> dict[int, int]:
    by_year: dict[int, int] = {}
    for grant in case.grants:
        year = max(1, (grant.month - 1) // 12 + 1) if grant.month else 1
        by_year[year] = by_year.get(year, 0) + whole(grant.amount)
    return by_year


def _year(case: BusinessCase, go_live: dt.date, scenario: Scenario, year: int, grants: int) -> Lines:
    up = growth(case.income_growth_percent, year - 1)
    contract = whole(case.contract_value * up * scenario.price * scenario.volume)
    other = whole(case.other_income * up)
    staff_share = Decimal(1)
    if scenario.contract_ends is not None and year > scenario.contract_ends:
        # the main contract is lost: its income stops and the staff who worked on it transfer out
        staff_share = Decimal(other) / (contract + other) if contract + other else Decimal(0)
        contract = 0
    roles = tuple(_role(case, go_live, scenario, year, role, staff_share) for role in case.staff)
    pay = sum(r.pay for r in roles)
    prices = growth(case.inflation_percent, year - 1)
    overheads = whole(case.overheads * prices * scenario.overheads)
    keep = 1 - reclaimable_share(case)
    bad_debt_rate = (case.bad_debt_percent + scenario.bad_debt_points) / 100
    return Lines(
        number=year,
        contract_income=contract,
        other_income=other,
        grants=grants,
        pay=pay,
        employer_ni=_after_allowance(case, go_live, sum(r.employer_ni for r in roles)),
        employer_pension=sum(r.employer_pension for r in roles),
        pension_extras=whole(case.pension_bond_premium + case.pension_deficit_contributions),
        levy=_levy(go_live, pay),
        other_on_costs=percent_of(pay, case.on_costs_percent),
        overheads=overheads,
        irrecoverable_vat=whole(overheads * vat_content(case) * keep),
        bad_debts=whole(contract * min(bad_debt_rate, Decimal(1))),
        cost_of_sales=whole(other * case.cost_of_sales_percent / 100),
        start_up=_start_up(case, keep) if year == 1 else 0,
        roles=roles,
    )


@dataclass(frozen=True)
class _Rates:
    """The dated figures a year's staff costs need, as Decimals, looked up once per go-live."""

    ni_rate: Decimal
    ni_threshold: Decimal
    allowance: int
    enrolment_rate: Decimal
    enrolment_lower: Decimal
    enrolment_upper: Decimal
    levy_rate: Decimal
    levy_allowance: int


@lru_cache(maxsize=32)
def _rates(go_live: dt.date) -> _Rates:
    ni = in_force("employer_national_insurance", go_live)
    enrolment = in_force("automatic_enrolment", go_live)
    levy = in_force("apprenticeship_levy", go_live)
    return _Rates(Decimal(str(ni["rate"])) / 100, Decimal(ni["secondary_threshold"]), ni["employment_allowance"],
                  Decimal(str(enrolment["employer_minimum"])), Decimal(enrolment["qualifying_lower"]),
                  Decimal(enrolment["qualifying_upper"]), Decimal(str(levy["rate"])) / 100, levy["allowance"])


def _role(case: BusinessCase, go_live: dt.date, scenario: Scenario, year: int, role: StaffRole,
          staff_share: Decimal) -> RoleYear:
    default_rate = None if case.pension_scheme == "none" else case.pension_percent
    return _role_year(role, year, go_live, case.pay_award_percent + scenario.pay_award_points,
                      staff_share * (scenario.volume if role.variable else 1), default_rate, scenario.pension_points)


@lru_cache(maxsize=4096)
def _role_year(role: StaffRole, year: int, go_live: dt.date, pay_award: Decimal, fte_factor: Decimal,
               default_rate: Decimal | None, pension_points: Decimal) -> RoleYear:
    """One role's costs in one year. Cached: most sensitivity tests leave staff costs alone."""
    rates = _rates(go_live)
    salary = role.salary * growth(pay_award, year - 1)
    fte = role.fte * fte_factor
    pay = whole(fte * salary)
    employer_ni = whole(fte * rates.ni_rate * max(ZERO, salary - rates.ni_threshold))
    rate = role.pension_percent if role.pension_percent is not None else default_rate
    if rate is None:        # no scheme: the automatic-enrolment minimum on qualifying earnings
        qualifying = max(ZERO, min(salary, rates.enrolment_upper) - rates.enrolment_lower)
        pension = whole(fte * (rates.enrolment_rate + pension_points) / 100 * qualifying)
    else:
        pension = percent_of(pay, rate + pension_points)
    return RoleYear(role.role, pay, employer_ni, pension, role.variable)


def _after_allowance(case: BusinessCase, go_live: dt.date, employer_ni: int) -> int:
    if not case.employment_allowance:
        return employer_ni
    return max(0, employer_ni - _rates(go_live).allowance)


def _levy(go_live: dt.date, pay: int) -> int:
    rates = _rates(go_live)
    return max(0, whole(rates.levy_rate * pay - rates.levy_allowance))
