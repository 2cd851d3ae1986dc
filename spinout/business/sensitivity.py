"""Sensitivity: each driver a board asks about, tested on its own, with switching values
(docs/FINANCE.md: Sensitivity)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ..answers.model import BusinessCase
from .money import whole
from .plan import Facts, Plan, build_plan
from .projection import YEARS
from .scenario import Scenario

STEP = Decimal("0.1")


@dataclass(frozen=True)
class Driver:
    key: str
    name: str
    tested: str                      # the change tested, in words
    test_size: Decimal               # the change tested, in the driver's own unit
    unit: str                        # how a size reads: "{}% lower", "{} points higher"
    upper: Decimal                   # the furthest a switching value is searched
    scenario: Callable[[Decimal], Scenario]


@dataclass(frozen=True)
class Switch:
    """How far a driver can move before a measure falls below zero."""

    kind: str                        # "at", "already", "beyond" or "none"
    size: Decimal = Decimal(0)

    def words(self, unit: str) -> str:
        if self.kind == "already":
            return "already below"
        if self.kind == "beyond":
            return "not even at " + unit.format(f"{self.size:g}")
        if self.kind == "none":
            return "not applicable"
        return unit.format(f"{self.size:g}")


@dataclass(frozen=True)
class Test:
    driver: Driver
    plan: Plan
    result_switch: Switch            # the five-year surplus after tax falls below zero
    cash_switch: Switch              # cash falls below the agreed overdraft (or zero)


DRIVERS = (
    Driver("price", "Contract price", "10% lower", Decimal(10), "{}% lower", Decimal(100),
           lambda x: Scenario(price=1 - x / 100)),
    Driver("volume", "Volume", "10% fewer units", Decimal(10), "{}% fewer units", Decimal(100),
           lambda x: Scenario(volume=1 - x / 100)),
    Driver("pay", "Pay award", "2 points a year above the plan", Decimal(2), "{} points a year higher", Decimal(20),
           lambda x: Scenario(pay_award_points=x)),
    Driver("pension", "Employer pension", "5 points higher", Decimal(5), "{} points higher", Decimal(50),
           lambda x: Scenario(pension_points=x)),
    Driver("overheads", "Overheads", "10% higher", Decimal(10), "{}% higher", Decimal(500),
           lambda x: Scenario(overheads=1 + x / 100)),
    Driver("payment", "Late payment and bad debt", "paid 30 days later, 2% bad debts", Decimal(2),
           "30 days late and {}% bad debts", Decimal(100),
           lambda x: Scenario(payment_delay_months=1, bad_debt_points=x)),
)


@dataclass(frozen=True)
class Sensitivity:
    base: Plan
    tests: tuple[Test, ...]
    contract_loss: Plan | None       # None when the contract runs beyond the five years

    def ranked(self) -> list[tuple[str, int]]:
        """(driver, effect on the five-year result) from the largest effect down: the tornado."""
        effects = [(f"{t.driver.name}: {t.driver.tested}", t.plan.five_year_surplus - self.base.five_year_surplus)
                   for t in self.tests]
        if self.contract_loss is not None:
            effects.append(("Main contract not renewed",
                            self.contract_loss.five_year_surplus - self.base.five_year_surplus))
        return sorted(effects, key=lambda pair: (-abs(pair[1]), pair[0]))


def analyse(case: BusinessCase, facts: Facts, base: Plan) -> Sensitivity:
    tests = tuple(_test(case, facts, base, driver) for driver in DRIVERS if _applies(case, driver))
    loss = None
    if case.contract_years < YEARS and case.contract_value > 0:
        loss = build_plan(case, facts, Scenario(contract_ends=case.contract_years), base)
    return Sensitivity(base, tests, loss)


def _applies(case: BusinessCase, driver: Driver) -> bool:
    if driver.key in ("price", "payment"):
        return case.contract_value > 0
    if driver.key == "volume":
        # with no costs moving with volume, fewer units is the same test as a lower price
        return case.contract_value > 0 and any(role.variable for role in case.staff)
    if driver.key in ("pay", "pension"):
        return bool(case.staff)
    return True


def _test(case: BusinessCase, facts: Facts, base: Plan, driver: Driver) -> Test:
    # a driver at no change is the plan itself, unless it moves something else too (the payment
    # test's 30-day delay is there at every size)
    plans: dict[int, Plan] = {0: base} if driver.scenario(Decimal(0)) == base.scenario else {}

    def plan_at(steps: int) -> Plan:
        if steps not in plans:
            plans[steps] = build_plan(case, facts, driver.scenario(steps * STEP), base)
        return plans[steps]

    limit = int(driver.upper / STEP)
    facility = whole(case.overdraft)
    tested_step = int(driver.test_size / STEP)
    tested = plan_at(tested_step)
    result = _switch(lambda n: plan_at(n).five_year_surplus, limit, tested_step)
    guess = _first_month_crossing(plan_at(0).closings, tested.closings, tested_step, facility)
    cash = _switch(lambda n: plan_at(n).lowest_closing + facility, limit, tested_step, guess)
    return Test(driver, tested, result, cash)


def _first_month_crossing(start: tuple[int, ...], tested: tuple[int, ...], steps: int, facility: int) -> int | None:
    """Where cash first falls below the facility, if each month's balance moved in a straight
    line from no change to the tested change: a close first guess for the cash switching value
    (the lowest month is a different month at different sizes, so one line through the lowest
    balances would miss it)."""
    crossings = []
    for before, after in zip(start, tested, strict=True):
        if before + facility >= 0 and after < before:
            crossings.append(steps * (before + facility) / (before - after))
    return int(min(crossings)) + 1 if crossings else None


def _switch(measure: Callable[[int], int], limit: int, probe: int, guess: int | None = None) -> Switch:
    """The smallest step n (in tenths) at which `measure` falls below zero, assuming it only falls
    as n grows. A first guess (from `guess`, or a straight line through step 0 and the tested
    step `probe`) is checked with its neighbour, which settles most searches in two steps;
    otherwise the bracket is narrowed by interpolation and halving in turn."""
    start = measure(0)
    if start < 0:
        return Switch("already")
    low, f_low, high, f_high = 0, start, limit + 1, None
    at_probe = measure(probe)
    if at_probe < 0:
        high, f_high = probe, at_probe
    else:
        low, f_low = probe, at_probe
    first = guess if guess is not None else _line(0, start, probe, at_probe, limit)
    for step in ((first, first - 1) if first is not None else ()):
        if low < step < high and step <= limit:
            value = measure(step)
            if value < 0:
                high, f_high = step, value
            else:
                low, f_low = step, value
    if f_high is None:
        value = measure(limit)
        if value >= 0:
            return Switch("beyond", limit * STEP)
        high, f_high = limit, value
    interpolate = True
    while high - low > 1:
        middle = low + int((high - low) * f_low / (f_low - f_high)) if interpolate else (low + high) // 2
        middle = min(max(middle, low + 1), high - 1)
        value = measure(middle)
        if value >= 0:
            low, f_low = middle, value
        else:
            high, f_high = middle, value
        interpolate = not interpolate
    return Switch("at", high * STEP)


def _line(x0: int, y0: int, x1: int, y1: int, limit: int) -> int | None:
    """Where the straight line through two points crosses zero, as the first step below it."""
    if y0 == y1:
        return None
    crossing = x0 + (x1 - x0) * y0 / (y0 - y1)
    step = int(crossing) + 1
    return step if 0 < step <= limit else None
