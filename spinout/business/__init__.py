"""The business case's figures: everything docs/FINANCE.md describes, from one set of answers.

`finance_for(answers)` is what clauses, tables, charts and checks read (as `finance`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from ..answers.dates import default_go_live
from ..answers.law import practice
from ..answers.model import Answers, BusinessCase
from ..formats import pounds
from .host import EconomicCase, HostCase, economic_case, host_case
from .law import finance_law, in_force
from .money import whole
from .plan import Facts, Plan, Year, build_plan
from .projection import YEARS, year_start
from .scenario import BASE
from .sensitivity import Sensitivity, analyse

__all__ = ["Finance", "Plan", "Year", "YEARS", "finance_for", "default_go_live"]

WEEKS = 52


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
    nation: str
    year_end: str                 # the society's financial year end, "31 March"
    national_living_wage: dict[str, Any]
    real_living_wage: dict[str, Any]
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

    # -- the figures sentences quote (so a sentence and its table read the same numbers)

    @property
    def five_year_surplus(self) -> int:
        return self.plan.five_year_surplus

    @property
    def five_year_tax(self) -> int:
        return sum(y.tax for y in self.years)

    @property
    def year1(self) -> Year:
        return self.years[0]

    @property
    def year1_margin(self) -> Decimal:
        """Year 1's operating result as a percentage of its recurring income."""
        income = self.year1.recurring_income
        if not income:
            return Decimal(0)
        return (Decimal(self.year1.operating) * 100 / income).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def operating_break_even_year(self) -> int | None:
        return self.plan.operating_break_even_year

    @property
    def payback_year(self) -> int | None:
        return self.plan.payback_year

    @property
    def break_even_year(self) -> int | None:
        return self.plan.break_even_year

    @property
    def start_up_total(self) -> int:
        return self.year1.lines.start_up

    @property
    def grants_total(self) -> int:
        return sum(y.lines.grants for y in self.years)

    @property
    def lowest_cash(self) -> int:
        return self.plan.lowest_month.closing

    @property
    def lowest_when(self) -> str:
        """When cash is lowest, as words that follow "Cash is lowest": "at the end of Jun 2027",
        or "just before go-live" (the month-0 column is not a month with an end)."""
        number = self.plan.lowest_month.number
        return "just before go-live" if number == 0 else f"at the end of {self.plan.month_label(number)}"

    @property
    def peak_need(self) -> int:
        return self.plan.peak_funding_need

    @property
    def funded(self) -> bool:
        return self.plan.funded

    @property
    def go_live_label(self) -> str:
        return f"{self.facts.go_live.day} {self.facts.go_live:%B %Y}"

    @property
    def contract_short(self) -> bool:
        """Shorter than the initial contract a spin-out should ask for (practice, statute.yml)."""
        return self.case.contract_years < practice()["initial_contract_years"]

    @property
    def contract_ends_in_projection(self) -> bool:
        """The main contract ends before the projection does: renewal is an assumption."""
        return self.case.contract_years < YEARS

    @property
    def staff_fte(self) -> Decimal:
        total = sum((role.fte for role in self.case.staff), Decimal(0))
        # 60, not 6E+1 or 60.00, when printed
        return total.quantize(Decimal(1)) if total == total.to_integral_value() else total.normalize()

    @property
    def year1_staff_cost(self) -> int:
        return self.year1.lines.staff_costs

    @property
    def wages_below_national(self) -> list[Wage]:
        return [w for w in self.wages if w.below_national]

    @property
    def wages_below_real(self) -> list[Wage]:
        return [w for w in self.wages if w.below_real and not w.below_national]

    @property
    def worst_test(self) -> tuple[int, str] | None:
        """The sensitivity test with the lowest five-year result (contract loss included): the
        result and the test in words."""
        tests = [(t.plan.five_year_surplus, f"{t.driver.name.lower()} {t.driver.tested}")
                 for t in self.sensitivity.tests]
        loss = self.sensitivity.contract_loss
        if loss is not None:
            tests.append((loss.five_year_surplus,
                          f"the main contract not renewed after year {self.case.contract_years}"))
        return min(tests) if tests else None

    @property
    def years_match_accounts(self) -> bool:
        """Whether go-live is the day after the society's year end, so projection years are
        its financial years."""
        day, month = self.year_end.split()
        end = dt.datetime.strptime(f"{day} {month} 2001", "%d %B %Y").date()
        following = end + dt.timedelta(days=1)
        return (following.day, following.month) == (self.facts.go_live.day, self.facts.go_live.month)

    @property
    def social_value(self) -> dict[str, Any]:
        """The social value law that applies to the host body's nation."""
        return finance_law()["social_value"][self.nation]

    @property
    def has_variable_staff(self) -> bool:
        return any(role.variable for role in self.case.staff)

    @property
    def five_year_interest(self) -> int:
        return sum(y.interest for y in self.years)

    @property
    def ni_rate(self) -> Decimal:
        return Decimal(str(in_force("employer_national_insurance", self.facts.go_live)["rate"]))

    @property
    def ni_threshold(self) -> int:
        return in_force("employer_national_insurance", self.facts.go_live)["secondary_threshold"]

    @property
    def vat_threshold(self) -> int:
        return in_force("vat", self.facts.go_live)["registration_threshold"]

    @property
    def vat_refund_citation(self) -> str:
        return finance_law()["vat_refund_citation"]

    def scheme_rate(self, scheme: str) -> Decimal:
        return Decimal(str(finance_law()["scheme_employer_rates"][scheme]["percent"]))

    def scheme_rate_from(self, scheme: str) -> str:
        day = finance_law()["scheme_employer_rates"][scheme]["from"]
        return f"{day.day} {day:%B %Y}"

    @property
    def pension_terms(self) -> str:
        """The employer pension the plan charges, in words: "19% of pay", "the automatic-enrolment
        minimum (...)", or a rate for each group of staff."""
        case = self.case
        if not case.staff:
            return "none (no employees)"
        if case.pension_scheme == "none" and all(r.pension_percent is None for r in case.staff):
            rules = in_force("automatic_enrolment", self.facts.go_live)
            return (f"the automatic-enrolment minimum of {rules['employer_minimum']}% of qualifying earnings "
                    f"(pay between {pounds(rules['qualifying_lower'])} and {pounds(rules['qualifying_upper'])} a year)")
        rates: dict[Decimal, list[str]] = {}
        for role in case.staff:
            rate = role.pension_percent if role.pension_percent is not None else case.pension_percent
            rates.setdefault(rate.normalize(), []).append(role.role)
        if len(rates) == 1:
            return f"{next(iter(rates)):f}% of pay"
        parts = [f"{rate:f}% of pay for {', '.join(roles)}" for rate, roles in rates.items()]
        return "; ".join(parts)

    @property
    def price_fall_tolerated(self) -> Decimal | None:
        """The largest fall in the contract price (per cent) the five-year result survives."""
        test = next((t for t in self.sensitivity.tests if t.driver.key == "price"), None)
        if test is None or test.result_switch.kind != "at":
            return None
        return test.result_switch.size - Decimal("0.1")

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
    nation = answers.society.nation if answers.society.nation != "northern-ireland" else "england"
    return _finance(answers.business_case, _facts(answers), answers.commitments.ethical_employment, nation,
                    answers.society.year_end)


def _facts(answers: Answers) -> Facts:
    go_live = answers.business_case.go_live or default_go_live(answers.date)
    exempt = answers.asset_lock.kind == "charitable" or answers.service.document == "trust-outline"
    dividends = answers.society.type == "co-operative" and answers.profits.patronage_dividend
    return Facts(go_live, exempt, dividends)


@lru_cache(maxsize=16)
def _finance_cached(key: str, facts: Facts, ethical: bool, nation: str, year_end: str) -> Finance:
    return _build(BusinessCase.model_validate_json(key), facts, ethical, nation, year_end)


def _finance(case: BusinessCase, facts: Facts, ethical: bool, nation: str, year_end: str) -> Finance:
    # a pack reads the figures four times (one per document): work them out once
    return _finance_cached(case.model_dump_json(), facts, ethical, nation, year_end)


def _build(case: BusinessCase, facts: Facts, ethical: bool, nation: str = "england",
           year_end: str = "31 March") -> Finance:
    plan = build_plan(case, facts, BASE)
    host = host_case(case)
    national = in_force("national_living_wage", facts.go_live)
    real = in_force("real_living_wage", facts.go_live)
    return Finance(case, plan, analyse(case, facts, plan), host, economic_case(case, facts, host),
                   _wages(case, national, real, ethical), nation, year_end, national, real, _tax_basis(case, facts))


def _wages(case: BusinessCase, national: dict[str, Any], real: dict[str, Any], ethical: bool) -> tuple[Wage, ...]:
    wages = []
    for role in case.staff:
        hourly = (role.salary / (case.hours_per_fte * WEEKS)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        wages.append(Wage(role.role, hourly, hourly < Decimal(str(national["hourly"])),
                          ethical and hourly < Decimal(str(real["hourly"]))))
    return tuple(wages)


def _tax_basis(case: BusinessCase, facts: Facts) -> str:
    law = finance_law()
    if facts.tax_exempt:
        return law["charity_exemption"]
    rates = in_force("corporation_tax", year_start(facts.go_live, 1))
    basis = (f"corporation tax at {rates['small_profits_rate']}% on profits up to {pounds(rates['lower_limit'])} and "
             f"{rates['main_rate']}% from {pounds(rates['upper_limit'])}, with marginal relief between, on each year's "
             f"surplus after any losses carried forward ({rates['citation']}); {law['mutual_trading_note']}")
    if facts.dividends_allowed and case.dividend_percent > 0:
        basis += f"; participation dividends are deducted ({law['participation_dividends_citation']})"
    return basis
