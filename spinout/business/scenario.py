"""A scenario: the plan's inputs with one driver moved (the sensitivity tests). The base plan is
the scenario with nothing moved."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Scenario:
    price: Decimal = Decimal(1)            # contract price, as a factor
    volume: Decimal = Decimal(1)           # units sold: contract income and variable pay, as a factor
    pay_award_points: Decimal = Decimal(0)  # added to the pay award, every year
    pension_points: Decimal = Decimal(0)   # added to every employer pension rate
    overheads: Decimal = Decimal(1)        # as a factor
    payment_delay_months: int = 0          # customers pay this many months later
    bad_debt_points: Decimal = Decimal(0)  # added to the bad debt rate
    contract_ends: int | None = None       # the main contract's income stops after this year


BASE = Scenario()
