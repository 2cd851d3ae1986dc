"""One way to write a figure (spinout.formats): whole pounds rounded half up, "-£1,234" for a
deficit, pence only where a sum has them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinout.formats import (
    in_words,
    join_and,
    join_or,
    money,
    percent,
    plural,
    pounds,
    short_pounds,
    upper_first,
    whole_pounds,
)


@pytest.mark.parametrize("value,expected", [
    (0, "£0"), (1234, "£1,234"), (-1234, "-£1,234"), (Decimal("0.5"), "£1"), (Decimal("-0.5"), "-£1"),
    (Decimal("2.5"), "£3"), (Decimal("24000.49"), "£24,000"), (Decimal("24000.50"), "£24,001"),
    (Decimal("-0.4"), "£0"), (12000.5, "£12,001"), (1_234_567_890, "£1,234,567,890"),
])
def test_pounds_rounds_half_up(value, expected: str) -> None:
    assert pounds(value) == expected


@given(st.decimals(min_value=-10 ** 9, max_value=10 ** 9, places=2))
def test_pounds_is_whole_pounds_printed(value: Decimal) -> None:
    text = pounds(value)
    printed = int(text.replace("£", "").replace(",", ""))
    assert printed == whole_pounds(value)
    assert abs(Decimal(printed) - value) <= Decimal("0.5")
    if abs(value - int(value)) == Decimal("0.5"):
        assert abs(printed) > abs(value)              # exactly half goes away from zero


@pytest.mark.parametrize("value,expected", [
    (1, "£1"), (Decimal("1.00"), "£1"), (Decimal("0.5"), "£0.50"), (100000, "£100,000"),
    (Decimal("12.71"), "£12.71"), (Decimal("1234.5"), "£1,234.50"), (Decimal("0.005"), "£0.01"), (-2, "-£2"),
])
def test_money_shows_pence_only_when_there_are_some(value, expected: str) -> None:
    assert money(value) == expected


@pytest.mark.parametrize("value,thousands,expected", [
    (999_999, False, "£999,999"), (1_000_000, False, "£1.00m"), (3_245_000, False, "£3.25m"),
    (-50_240_000, False, "-£50.2m"), (1_204_000_000, False, "£1.20bn"), (653_400, True, "£653k"),
    (9_999, True, "£9,999"), (999_500, True, "£1.00m"),
])
def test_short_pounds(value: int, thousands: bool, expected: str) -> None:
    assert short_pounds(value, thousands) == expected


def test_words() -> None:
    assert percent(Decimal("12.50")) == "12.5%" and percent(100) == "100%"
    assert plural(1, "share") == "1 share" and plural(0, "share") == "0 shares"
    assert join_and([]) == "" and join_and(["a"]) == "a" and join_and("abc") == "a, b and c"
    assert join_or(["x", "y"]) == "x or y"
    assert in_words(5) == "five" and in_words(0) == "zero" and in_words(14) == "14"
    assert upper_first("the Department") == "The Department" and upper_first("") == ""
