"""Corporation tax on a year's taxable profit, with losses carried forward
(docs/FINANCE.md: Results)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .law import in_force
from .money import whole


def corporation_tax(profit: int, on: dt.date) -> int:
    """Tax on a taxable profit (after losses) for a 12-month period starting `on`."""
    if profit <= 0:
        return 0
    rates = in_force("corporation_tax", on)
    lower, upper = rates["lower_limit"], rates["upper_limit"]
    if profit <= lower:
        return whole(Decimal(profit) * Decimal(str(rates["small_profits_rate"])) / 100)
    main = Decimal(profit) * Decimal(str(rates["main_rate"])) / 100
    if profit >= upper:
        return whole(main)
    numerator, denominator = rates["marginal_relief_fraction"]
    return whole(main - Decimal(numerator) / Decimal(denominator) * (upper - profit))


def taxes(profits: list[int], starts: list[dt.date]) -> tuple[list[int], list[int]]:
    """Tax for each year's profit (surplus before tax less deductible dividends), and the losses
    carried forward at each year end."""
    losses, tax, carried = 0, [], []
    for profit, start in zip(profits, starts, strict=True):
        if profit < 0:
            losses += -profit
            tax.append(0)
        else:
            used = min(losses, profit)
            losses -= used
            tax.append(corporation_tax(profit - used, start))
        carried.append(losses)
    return tax, carried
