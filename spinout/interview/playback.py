"""Answers played back in words: the review page, the "typical settings" list, and the current
value shown at a question. Compound answers (staff, objects, classes, founders) in full."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..formats import money, percent
from .choices import Choice, label_of
from .questions import Question
from .state import MISSING

UNITS = {"days": ("day", "days"), "months": ("month", "months"), "years": ("year", "years"),
         "members": ("member", "members"), "directors": ("director", "directors"), "staff": ("person", "people")}


def number_text(value: Any, unit: str | None) -> str:
    if unit == "pounds":
        return money(Decimal(str(value)))
    if unit == "percent":
        return percent(Decimal(str(value)))
    one, many = UNITS.get(unit or "", ("", ""))
    text = f"{Decimal(str(value)).normalize():f}"
    return f"{text} {one if text == '1' else many}".strip()


def value_lines(question: Question, value: Any, choices: list[Choice], *, weighted: bool = True,
                class_names: dict[str, str] | None = None) -> list[str]:
    """The answer as one or more lines of plain words."""
    if value is MISSING or value is None or value == "":
        return ["Not given"]
    kind = question.kind
    if kind == "number":
        return [number_text(value, question.spec.unit)]
    if kind in ("select", "yesno"):
        return [label_of(choices, value) or str(value)]
    if kind == "objects":
        return [f"{index}. {text}" for index, text in enumerate(value, start=1)]
    if kind == "classes":
        return [line for data in value for line in class_lines(data, weighted)]
    if kind == "founders":
        return [founder_line(data, class_names or {}) for data in value]
    if kind == "staff":
        return [staff_line(data) for data in value]
    if kind == "words":                      # the group's own words, line by line
        return [line.strip() for line in str(value).splitlines() if line.strip()]
    if kind == "statutory-text":
        return [f"Added ({len(str(value)):,} characters)"]
    return [str(value)]


def class_lines(data: dict[str, Any], weighted: bool) -> list[str]:
    name = str(data.get("name", "A class"))
    return [f"{name}: {who_text(data)}; {seats_text(data)}; {votes_text(data, weighted)}",
            f"  Who can join: {' '.join(str(data.get('eligibility', '')).split()) or 'not said yet'}"]


def who_text(data: dict[str, Any]) -> str:
    if data.get("investor"):
        return "investors"
    return "uses the service" if data.get("user", True) else "does not use the service"


def seats_text(data: dict[str, Any]) -> str:
    if data.get("max_board_seats") is not None:
        return f"at most {data['max_board_seats']} directors"
    seats = int(data.get("board_seats", 0))
    return "1 board seat" if seats == 1 else f"{seats} board seats"


def votes_text(data: dict[str, Any], weighted: bool) -> str:
    cap = f", at most {percent(data['max_vote_share'])} of votes cast" if data.get("max_vote_share") is not None else ""
    if weighted:
        share = data.get("vote_share")
        return (f"{percent(share)} of the votes" if share is not None else "no share of the votes set") + cap
    return f"one vote each{cap}"


def founder_line(data: dict[str, Any], class_names: dict[str, str]) -> str:
    role = "; the secretary" if data.get("secretary") else ""
    key = str(data.get("member_class", "?"))
    return f"{data.get('name', '?')} ({class_names.get(key, key)}{role})"


def staff_line(data: dict[str, Any]) -> str:
    salary = money(Decimal(str(data.get("salary", 0))))
    return f"{data.get('role', '?')}: {fte_text(data.get('fte', 0))} FTE at {salary} a year"


def fte_text(value: Any) -> str:
    return f"{Decimal(str(value)).normalize():f}"


def staff_table(staff: list[dict[str, Any]]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """Staff as a table: role, FTE, full-time salary; the last row totals the FTE."""
    rows: list[tuple[str, ...]] = [(str(s.get("role", "?")), fte_text(s.get("fte", 0)),
                                    money(Decimal(str(s.get("salary", 0))))) for s in staff]
    total = sum((Decimal(str(s.get("fte", 0))) for s in staff), Decimal(0))
    rows.append(("Total", fte_text(total), ""))
    return ("Role", "FTE", "Full-time salary"), rows
