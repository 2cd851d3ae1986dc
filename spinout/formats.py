"""How spinout writes figures and lists in words, in every layer: one rounding rule (whole
pounds, half up: £0.50 is £1, -£0.50 is -£1) and one style ("£1,234", "-£1,234"), so a sentence,
a table, a chart label and a check's message never differ by a pound.

Clause templates reach these as Jinja filters (engine/context.py), Python code imports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

Number = Decimal | int | float

_ONE = Decimal(1)
_PENNY = Decimal("0.01")


def _decimal(value: Number) -> Decimal:
    # str() first: Decimal(0.1) would carry the float's binary error into the figure
    return value if isinstance(value, Decimal) else Decimal(str(value))


def whole_pounds(value: Number) -> int:
    """Whole pounds, rounded half up (away from zero at exactly half): the one rounding rule."""
    if type(value) is int:
        return value
    return int(_decimal(value).quantize(_ONE, rounding=ROUND_HALF_UP))


def pounds(value: Number) -> str:
    """Whole pounds, for the business case's figures: "£1,234,568", "-£1,234" for a deficit."""
    amount = whole_pounds(value)
    return f"-£{-amount:,}" if amount < 0 else f"£{amount:,}"


def money(value: Number) -> str:
    """A sum as the rules state it: whole pounds without pence ("£1", "£100,000"), else to the
    penny ("£0.50", "£12.71"), rounded half up."""
    amount = _decimal(value).quantize(_PENNY, rounding=ROUND_HALF_UP)
    sign, amount = ("-", -amount) if amount < 0 else ("", amount)
    if amount == amount.to_integral_value():
        return f"{sign}£{int(amount):,}"
    return f"{sign}£{amount:,.2f}"


def short_pounds(value: int, thousands: bool = False) -> str:
    """A chart's value label: whole pounds below £1m, else three figures ("£3.24m", "-£50.2m",
    "£1.20bn"); with `thousands` (a crowded chart), three figures from £10,000 ("£653k")."""
    if abs(value) < (10_000 if thousands else 1_000_000):
        return pounds(value)
    sign = "-" if value < 0 else ""
    for unit, scale in (("k", 10 ** 3), ("m", 10 ** 6), ("bn", 10 ** 9)):
        if unit == "k" and not thousands:
            continue
        amount = Decimal(abs(value)) / scale
        places = max(0, 2 - amount.adjusted())
        rounded = amount.quantize(_ONE.scaleb(-places), ROUND_HALF_UP)
        if rounded.adjusted() > amount.adjusted() and places:        # 9.995 -> 10.0, not 10.00
            rounded = amount.quantize(_ONE.scaleb(-(places - 1)), ROUND_HALF_UP)
        if unit == "bn" or rounded < 1000:          # £999.5k is £1.00m
            return f"{sign}£{rounded:,}{unit}"
    raise AssertionError("unreachable")


def percent(value: Number) -> str:
    """A percentage as given, without trailing zeros: "10%", "12.5%"."""
    return f"{_decimal(value).normalize():f}%"


_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def in_words(count: int) -> str:
    """A small count in words, as prose writes it ("five years"); figures from 13 up ("14 days")."""
    return _WORDS[count] if 0 <= count < len(_WORDS) else str(count)


def upper_first(text: str) -> str:
    """The first letter in capitals, the rest as written ("the Department" keeps its capital)."""
    return text[:1].upper() + text[1:]


def plural(count: int, noun: str) -> str:
    return f"{count} {noun if count == 1 else noun + 's'}"


def join_and(items: Iterable[Any]) -> str:
    return _join(items, "and")


def join_or(items: Iterable[Any]) -> str:
    return _join(items, "or")


def _join(items: Iterable[Any], word: str) -> str:
    words = [str(item) for item in items]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {word} " + words[-1]
