"""The host body's side: what the service costs the public purse in-house and with the mutual,
and the economic case's options, scores and net present costs (docs/FINANCE.md)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..answers.model import Appraisal, BusinessCase, Option
from .law import in_force
from .money import growth, whole
from .plan import Facts
from .projection import year_start


@dataclass(frozen=True)
class HostYear:
    number: int
    in_house: int
    contract: int
    stranded: int
    transition: int
    grants: int          # the host's own transitional funding to the society

    @property
    def with_mutual(self) -> int:
        return self.contract + self.stranded + self.transition + self.grants

    @property
    def saving(self) -> int:
        return self.in_house - self.with_mutual


@dataclass(frozen=True)
class HostCase:
    years: tuple[HostYear, ...]          # over the contract

    @property
    def total_saving(self) -> int:
        return sum(year.saving for year in self.years)


def host_case(case: BusinessCase) -> HostCase | None:
    """None when the host's budget for the service is not known."""
    if case.host_budget is None:
        return None
    grants: dict[int, int] = {}
    for grant in case.grants:
        if grant.from_host:
            year = (grant.month - 1) // 12 + 1 if grant.month else 1
            grants[year] = grants.get(year, 0) + whole(grant.amount)
    years = []
    for number in range(1, case.contract_years + 1):
        prices = growth(case.inflation_percent, number - 1)
        years.append(HostYear(
            number=number,
            in_house=whole(case.host_budget * prices),
            contract=whole(case.contract_value * growth(case.income_growth_percent, number - 1)),
            stranded=whole(case.stranded_costs * prices),
            transition=whole(case.host_transition_costs) if number == 1 else 0,
            grants=grants.get(number, 0),
        ))
    return HostCase(tuple(years))


# ---------------------------------------------------------------- the economic case

@dataclass(frozen=True)
class Scored:
    option: Option
    weighted: Decimal | None              # out of 100; None until every criterion is scored
    yearly_costs: tuple[int, ...] | None  # the host's cost each year; None when it cannot be costed
    net_present_cost: int | None


@dataclass(frozen=True)
class EconomicCase:
    appraisal: Appraisal
    options: tuple[Scored, ...]
    discount_rate: Decimal
    years: int

    @property
    def scored(self) -> bool:
        return all(o.weighted is not None for o in self.options)

    @property
    def costed(self) -> bool:
        return all(o.net_present_cost is not None for o in self.options)

    @property
    def cheapest(self) -> Scored | None:
        return cheapest(self)

    @property
    def mutual(self) -> Scored:
        return next(o for o in self.options if o.option.key == "mutual")

    @property
    def best(self) -> Scored | None:
        """The highest weighted score; None until every option is scored (or on a tie)."""
        if not self.scored:
            return None
        ranked = sorted(self.options, key=lambda o: o.weighted or 0, reverse=True)
        return ranked[0] if len(ranked) == 1 or ranked[0].weighted != ranked[1].weighted else None


def cheapest(economic: EconomicCase) -> Scored | None:
    """The costed option with the lowest net present cost (None if any option is not costed)."""
    if not economic.costed:
        return None
    return min(economic.options, key=lambda o: (o.net_present_cost, o.option.key))


def economic_case(case: BusinessCase, facts: Facts, host: HostCase | None) -> EconomicCase | None:
    if case.appraisal is None:
        return None
    rate = Decimal(str(in_force("green_book", year_start(facts.go_live, 1))["discount_rate"]))
    options = tuple(_scored(case, option, host, rate) for option in case.appraisal.options)
    return EconomicCase(case.appraisal, options, rate, case.contract_years)


def _scored(case: BusinessCase, option: Option, host: HostCase | None, rate: Decimal) -> Scored:
    criteria = case.appraisal.criteria if case.appraisal else []
    weighted = None
    if all(c.key in option.scores for c in criteria):
        weighted = sum((Decimal(c.weight) * option.scores[c.key] for c in criteria), Decimal(0)) / 10
    costs = _costs(case, option, host)
    return Scored(option, weighted, costs, _present(costs, case.inflation_percent, rate) if costs else None)


def _costs(case: BusinessCase, option: Option, host: HostCase | None) -> tuple[int, ...] | None:
    if option.key == "in-house":
        return tuple(y.in_house for y in host.years) if host else None
    if option.key == "mutual":
        return tuple(y.with_mutual for y in host.years) if host else None
    if option.annual_cost is None:
        return None
    return tuple(whole(option.annual_cost * growth(case.inflation_percent, n - 1))
                 + whole(case.stranded_costs * growth(case.inflation_percent, n - 1))
                 for n in range(1, case.contract_years + 1))


def _present(costs: tuple[int, ...], inflation: Decimal, rate: Decimal) -> int:
    """Net present cost in year-1 prices: each year deflated by the plan's inflation, then
    discounted at the Green Book rate (year 1 is year 0, undiscounted)."""
    total = sum(Decimal(cost) / growth(inflation, t) / growth(rate, t) for t, cost in enumerate(costs))
    return whole(total)
