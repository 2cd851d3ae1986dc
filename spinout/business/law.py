"""The dated figures of clauses/law/finance.yml: tax rates, wage floors, thresholds.

Each figure is a list of entries with the date it applies from; `in_force` picks the entry
that applies on a date, so a plan for a later go-live uses the later rate.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from ..answers.yamlio import YamlSyntaxError, read_yaml
from ..errors import LibraryError
from ..resources import data_path


@cache
def finance_law() -> dict[str, Any]:
    path = data_path("clauses") / "law" / "finance.yml"
    try:
        data, _ = read_yaml(path)
    except YamlSyntaxError as exc:
        raise LibraryError("The finance figures file is broken.", [exc.problem]) from None
    return data


@cache
def in_force(name: str, on: dt.date) -> dict[str, Any]:
    """The entry of figure `name` that applies on `on` (the earliest entry if none does yet)."""
    entries = sorted(finance_law()[name], key=lambda entry: entry["from"])
    applying = [entry for entry in entries if entry["from"] <= on]
    return applying[-1] if applying else entries[0]
