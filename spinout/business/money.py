"""Whole pounds: the one rounding rule for every figure spinout prints (half up, spinout.formats),
and the spread of a yearly amount over its months so that the months add up to the year."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from ..formats import whole_pounds as whole

__all__ = ["whole", "month_share", "spread", "percent_of", "growth"]


def month_share(amount: int, month: int) -> int:
    """Month `month` (1 to 12) of a yearly `amount`: the months add up to the amount exactly."""
    return _half_up_twelfths(amount * month) - _half_up_twelfths(amount * (month - 1))


@lru_cache(maxsize=8192)
def spread(amount: int) -> tuple[int, ...]:
    """A yearly amount as its 12 monthly shares (month_share for months 1 to 12). Cached: the
    sensitivity tests spread the same amounts many times."""
    shares, before = [], 0
    for month in range(1, 13):
        now = _half_up_twelfths(amount * month)
        shares.append(now - before)
        before = now
    return tuple(shares)


def percent_of(amount: int, percent: Decimal) -> int:
    """round(amount · percent / 100), for a whole-pound amount and a percentage with at most two
    decimal places (as the answers model allows): exact, in integers."""
    hundredths = int(percent * 100)
    if hundredths != percent * 100:
        return whole(Decimal(amount) * percent / 100)
    product = amount * hundredths
    return (2 * product + 10000) // 20000 if product >= 0 else -((-2 * product + 10000) // 20000)


def _half_up_twelfths(value: int) -> int:
    """round(value / 12), half away from zero, in integers."""
    if value >= 0:
        return (2 * value + 12) // 24
    return -((-2 * value + 12) // 24)


@lru_cache(maxsize=1024)
def growth(percent: Decimal, years: int) -> Decimal:
    """(1 + percent/100) to the power `years`."""
    return (1 + percent / 100) ** years
