"""The whole plan: yearly results with interest and tax, monthly cash, balance sheets and the
break-even figures (docs/FINANCE.md). One function builds it from the inputs and a scenario."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

from ..answers.dates import add_months
from ..answers.model import BusinessCase
from .cash import BalanceSheet, MonthCash, YearEnd, balance_sheets, cash_by_month, closings_by_month
from .funding import Schedule, yearly
from .funding import loans as loan_schedules
from .funding import shares as share_schedules
from .money import whole
from .projection import YEARS, Lines, year_start, yearly_lines
from .scenario import BASE, Scenario
from .tax import taxes


@dataclass(frozen=True)
class Facts:
    """What the plan needs to know beyond the business-case inputs."""

    go_live: dt.date
    tax_exempt: bool          # a charity: no corporation tax on charitable trading
    dividends_allowed: bool   # the rules allow participation dividends


@dataclass(frozen=True)
class Year:
    lines: Lines
    interest: int
    dividends: int
    tax: int
    share_interest: int
    losses_carried: int

    @property
    def number(self) -> int:
        return self.lines.number

    @property
    def recurring_income(self) -> int:
        return self.lines.recurring_income

    @property
    def recurring_costs(self) -> int:
        return self.lines.costs_before_interest + self.interest

    @property
    def operating(self) -> int:
        return self.recurring_income - self.recurring_costs

    @property
    def surplus_before_tax(self) -> int:
        return self.operating + self.lines.grants - self.lines.start_up

    @property
    def surplus_after_tax(self) -> int:
        return self.surplus_before_tax - self.tax

    @property
    def retained(self) -> int:
        return self.surplus_after_tax - self.dividends - self.share_interest


class Plan:
    """The plan for one scenario. The yearly results are built at once; the months and balance
    sheets only when asked for (a sensitivity search often needs only the yearly result)."""

    def __init__(self, case: BusinessCase, facts: Facts, scenario: Scenario, lines: tuple[Lines, ...],
                 years: tuple[Year, ...], loans: Schedule, shares: Schedule) -> None:
        self.case, self.facts, self.scenario = case, facts, scenario
        self.lines, self.years, self.loans, self.shares = lines, years, loans, shares

    @cached_property
    def _cash(self) -> tuple[tuple[MonthCash, ...], tuple[BalanceSheet, ...]]:
        years = self.years
        year_end = YearEnd(tuple(y.tax for y in years), tuple(y.dividends for y in years),
                           tuple(y.retained for y in years))
        months, flows = cash_by_month(self.case, self.lines, self.loans, self.shares, year_end, self.scenario,
                                      self.facts.go_live)
        return months, balance_sheets(self.case, months, flows, self.loans, self.shares, year_end)

    @property
    def months(self) -> tuple[MonthCash, ...]:
        return self._cash[0]

    @cached_property
    def closings(self) -> tuple[int, ...]:
        """Each month-end's cash, worked out without the balance sheets (a sensitivity search
        asks only this)."""
        if "_cash" in self.__dict__:
            return tuple(month.closing for month in self.months)
        year_end = YearEnd(tuple(y.tax for y in self.years), tuple(y.dividends for y in self.years),
                           tuple(y.retained for y in self.years))
        return tuple(closings_by_month(self.case, self.lines, self.loans, self.shares, year_end, self.scenario,
                                       self.facts.go_live))

    @property
    def lowest_closing(self) -> int:
        return min(self.closings)

    @property
    def balance(self) -> tuple[BalanceSheet, ...]:
        return self._cash[1]

    # -- the five years

    @property
    def five_year_surplus(self) -> int:
        """After tax: the figure the case calls the five-year result."""
        return sum(y.surplus_after_tax for y in self.years)

    @property
    def cumulative(self) -> list[int]:
        running, out = 0, []
        for year in self.years:
            running += year.surplus_after_tax
            out.append(running)
        return out

    def year_label(self, number: int) -> str:
        start = year_start(self.facts.go_live, number)
        end = add_months(start, 11)
        return f"{start:%b %Y} to {end:%b %Y}"

    def month_label(self, number: int) -> str:
        return "Before go-live" if number == 0 else f"{add_months(self.facts.go_live, number - 1):%b %Y}"

    # -- cash

    @property
    def lowest_month(self) -> MonthCash:
        return min(self.months, key=lambda month: (month.closing, month.number))

    @property
    def peak_funding_need(self) -> int:
        return max(0, -self.lowest_month.closing)

    @property
    def funded(self) -> bool:
        return self.peak_funding_need <= whole(self.case.overdraft)

    def year_end_cash(self, number: int) -> int:
        return self.months[12 * number].closing

    def lowest_in_year(self, number: int) -> MonthCash:
        first = 0 if number == 1 else 12 * (number - 1) + 1
        return min(self.months[first:12 * number + 1], key=lambda month: (month.closing, month.number))

    def reserve_months(self, number: int) -> Decimal:
        """Cash at the year end as months of the year's recurring costs."""
        costs = self.years[number - 1].recurring_costs
        if not costs:
            return Decimal(0)
        return (Decimal(self.year_end_cash(number)) * 12 / costs).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    # -- break-even

    @property
    def operating_break_even_year(self) -> int | None:
        """The first year whose operating result is zero or more and stays so."""
        found = None
        for year in reversed(self.years):
            if year.operating < 0:
                break
            found = year.number
        return found

    @property
    def payback_year(self) -> int | None:
        """The first year by whose end the operating results so far cover the start-up costs."""
        start_up, running = self.years[0].lines.start_up, 0
        for year in self.years:
            running += year.operating
            if running >= start_up:
                return year.number
        return None

    @property
    def break_even_year(self) -> int | None:
        """The year the case may say the plan breaks even: recurring income covers recurring costs
        (for good), and the cumulative result after tax is zero or more from then on; None when
        any of that fails or the five-year total is negative."""
        if self.operating_break_even_year is None or self.five_year_surplus < 0:
            return None
        found = None
        for number, position in reversed(list(enumerate(self.cumulative, 1))):
            if position < 0:
                break
            found = number
        return found


def build_plan(case: BusinessCase, facts: Facts, scenario: Scenario = BASE, base: Plan | None = None) -> Plan:
    """The plan for `scenario`; with the `base` plan, its loan and share schedules (the same in
    every scenario) are reused rather than worked out again."""
    lines = yearly_lines(case, facts.go_live, scenario)
    loans, shares = (base.loans, base.shares) if base is not None else (loan_schedules(case), share_schedules(case))
    return Plan(case, facts, scenario, lines, _results(case, facts, lines, loans, shares), loans, shares)


def _results(case: BusinessCase, facts: Facts, lines: tuple[Lines, ...], loans: Schedule,
             shares: Schedule) -> tuple[Year, ...]:
    interest = [yearly(loans.interest, n) for n in range(1, YEARS + 1)]
    before_tax = [line.recurring_income - line.costs_before_interest - i + line.grants - line.start_up
                  for line, i in zip(lines, interest, strict=True)]
    rate = case.dividend_percent / 100 if facts.dividends_allowed else Decimal(0)
    dividends = [whole(max(0, profit) * rate) for profit in before_tax]
    starts = [year_start(facts.go_live, n) for n in range(1, YEARS + 1)]
    if facts.tax_exempt:
        tax, carried = [0] * YEARS, [0] * YEARS
    else:
        tax, carried = taxes([p - d for p, d in zip(before_tax, dividends, strict=True)], starts)
    return tuple(Year(line, i, d, t, yearly(shares.interest, line.number), c)
                 for line, i, d, t, c in zip(lines, interest, dividends, tax, carried, strict=True))
