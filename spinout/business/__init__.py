"""The business case's figures: everything docs/FINANCE.md describes, from one set of answers.

`finance_for(answers)` is what clauses, tables, charts and checks read (as `finance`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..model import Answers, BusinessCase
from .host import EconomicCase, HostCase, economic_case, host_case
from .law import finance_law, in_force
from .money import whole
from .plan import Facts, Plan, Year, build_plan
from .projection import YEARS, add_months, post_salary, year_start
from .scenario import BASE
from .sensitivity import Sensitivity, analyse

__all__ = ["Finance", "Plan", "Year", "YEARS", "finance_for", "default_go_live"]

WEEKS = 52


def default_go_live(date: dt.date) -> dt.date:
    """Go-live when the answers do not give it: the first day of the seventh month after the
    answers' date (a little over six months to prepare)."""
    return add_months(dt.date(date.year, date.month, 1), 7)


@dataclass(frozen=True)
class Wage:
    """One role's pay as an hourly rate, against the wage floors in force at go-live."""

    role: str
    hourly: Decimal
    below_national: bool
    below_real: bool


@dataclass(frozen=True)
class Finance:
    case: BusinessCase
    plan: Plan
    sensitivity: Sensitivity
    host: HostCase | None
    economic: EconomicCase | None
    wages: tuple[Wage, ...]
    national_living_wage: dict
    real_living_wage: dict
    tax_basis: str

    @property
    def facts(self) -> Facts:
        return self.plan.facts

    @property
    def years(self) -> tuple[Year, ...]:
        return self.plan.years

    @property
    def illustrative(self) -> list[str]:
        return self.case.illustrative

    @property
    def break_even_price(self) -> int | None:
        """The year-1 contract price at which year 3's operating result is zero."""
        year = self.plan.years[2]
        lines = year.lines
        net_contract = lines.contract_income - lines.bad_debts
        if net_contract <= 0:
            return None
        needed = Decimal(year.recurring_costs - lines.bad_debts - lines.other_income) / net_contract
        return whole(self.case.contract_value * needed)

    @property
    def break_even_units(self) -> int | None:
        """The units a year at which year 3's operating result is zero, variable pay moving with
        them; None without units, or when each unit costs more than it brings in."""
        units = self.case.units_per_year
        year = self.plan.years[2]
        lines = year.lines
        if not units or lines.contract_income <= 0:
            return None
        keep = 1 - Decimal(lines.bad_debts) / lines.contract_income
        price = Decimal(lines.contract_income) / units * keep
        variable = self._variable_staff_costs(year) / units
        fixed = year.recurring_costs - lines.bad_debts - self._variable_staff_costs(year)
        if price <= variable:
            return None
        return whole((fixed - lines.other_income) / (price - variable))

    def _variable_staff_costs(self, year: Year) -> Decimal:
        lines = year.lines
        roles = [r for r in lines.roles if r.variable]
        pay = sum(r.pay for r in roles)
        on_costs = Decimal(pay) * self.case.on_costs_percent / 100
        return Decimal(pay + sum(r.employer_ni + r.employer_pension for r in roles)) + on_costs


def finance_for(answers: Answers) -> Finance:
    return _finance(answers.business_case, _facts(answers), answers.commitments.ethical_employment)


def _facts(answers: Answers) -> Facts:
    go_live = answers.business_case.go_live or default_go_live(answers.date)
    exempt = answers.asset_lock.kind == "charitable" or answers.service.document == "trust-outline"
    dividends = answers.society.type == "co-operative" and answers.profits.patronage_dividend
    return Facts(go_live, exempt, dividends)


@lru_cache(maxsize=16)
def _finance_cached(key: str, facts: Facts, ethical: bool) -> Finance:
    return _build(BusinessCase.model_validate_json(key), facts, ethical)


def _finance(case: BusinessCase, facts: Facts, ethical: bool) -> Finance:
    # a pack reads the figures four times (one per document): work them out once
    return _finance_cached(case.model_dump_json(), facts, ethical)


def _build(case: BusinessCase, facts: Facts, ethical: bool) -> Finance:
    plan = build_plan(case, facts, BASE)
    host = host_case(case)
    national = in_force("national_living_wage", facts.go_live)
    real = in_force("real_living_wage", facts.go_live)
    return Finance(case, plan, analyse(case, facts, plan), host, economic_case(case, facts, host),
                   _wages(case, national, real, ethical), national, real, _tax_basis(case, facts))


def _wages(case: BusinessCase, national: dict, real: dict, ethical: bool) -> tuple[Wage, ...]:
    wages = []
    for role in case.staff:
        hourly = (role.salary / (case.hours_per_fte * WEEKS)).quantize(Decimal("0.01"))
        wages.append(Wage(role.role, hourly, hourly < Decimal(str(national["hourly"])),
                          ethical and hourly < Decimal(str(real["hourly"]))))
    return tuple(wages)


def _tax_basis(case: BusinessCase, facts: Facts) -> str:
    law = finance_law()
    if facts.tax_exempt:
        return law["charity_exemption"]
    rates = in_force("corporation_tax", year_start(facts.go_live, 1))
    basis = (f"corporation tax at {rates['small_profits_rate']}% on profits up to £{rates['lower_limit']:,} and "
             f"{rates['main_rate']}% from £{rates['upper_limit']:,}, with marginal relief between, on each year's "
             f"surplus after any losses carried forward ({rates['citation']}); {law['mutual_trading_note']}")
    if facts.dividends_allowed and case.dividend_percent > 0:
        basis += f"; participation dividends are deducted ({law['participation_dividends_citation']})"
    return basis
