"""Calendar arithmetic the answers and the business case share: month steps and the go-live
date a group gets when it does not give one."""

from __future__ import annotations

import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def default_go_live(date: dt.date) -> dt.date:
    """Go-live when the answers do not give it: the first day of the seventh month after the
    answers' date (a little over six months to prepare)."""
    return add_months(dt.date(date.year, date.month, 1), 7)
