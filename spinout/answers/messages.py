"""Validation problems in plain words: what the answers model refuses, said for the person at the
keyboard (never pydantic's wording, which talks of "input" and "validation")."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any


def plain_message(error: Mapping[str, Any]) -> str:
    """One pydantic error as a short phrase about the answer: "must be at least 1"."""
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "string_pattern_mismatch" and "#" in str(ctx.get("pattern", "")):
        return "should be the id of a \"To write\" box, such as business-case/market#payers"   # own_words
    words = _WORDS.get(kind)
    if words is not None:
        try:
            return words.format(**{k: _figure(v) for k, v in ctx.items()}, length=_length(error.get("input")))
        except (KeyError, IndexError):
            pass
    return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")


def _figure(value: Any) -> Any:
    """A limit as people write it: 1,000,000,000 rather than 1000000000."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return value
    return f"{value:,}" if not -10000 < value < 10000 else value


def _length(value: Any) -> int | str:
    return len(value) if isinstance(value, (str, list, tuple)) else "?"


_WORDS = {
    "string_too_short": "an answer is needed here",
    "string_too_long": "is too long: at most {max_length} characters (this has {length})",
    "too_short": "needs at least {min_length} (this has {length})",
    "too_long": "can have at most {max_length} (this has {length})",
    "greater_than": "must be more than {gt}",
    "greater_than_equal": "must be at least {ge}",
    "less_than": "must be less than {lt}",
    "less_than_equal": "must be at most {le}",
    "int_parsing": "should be a whole number",
    "int_from_float": "should be a whole number",
    "int_type": "should be a whole number",
    "decimal_parsing": "should be a number, such as 25 or 12.5",
    "decimal_type": "should be a number, such as 25 or 12.5",
    "float_parsing": "should be a number, such as 25 or 12.5",
    "decimal_max_places": "has too many decimal places: at most {decimal_places}",
    "finite_number": "should be an ordinary number",
    "bool_parsing": "should be yes or no (true or false)",
    "bool_type": "should be yes or no (true or false)",
    "string_type": "should be text",
    "list_type": "should be a list",
    "dict_type": "should be a set of fields",
    "model_type": "should be a set of fields",
    "model_attributes_type": "should be a set of fields",
    "date_parsing": "should be a date written as year-month-day, such as 2027-04-01",
    "date_from_datetime_parsing": "should be a date written as year-month-day, such as 2027-04-01",
    "date_from_datetime_inexact": "should be a date without a time, such as 2027-04-01",
    "date_type": "should be a date written as year-month-day, such as 2027-04-01",
    "literal_error": "should be one of: {expected}",
    "string_pattern_mismatch": "should be short lower-case words joined by hyphens, such as social-care",
    "missing": "this field is required but missing: add it",
}
