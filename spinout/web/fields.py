"""A question page's form, read back: what the person typed, as the value the interview takes.

Typing is never judged here: numbers inside a table are read with the interview's own reader,
and every answer goes to `Interview.answer`, which says whether it is an answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.http import QueryDict

from ..interview import MISSING, Page
from ..interview.lists import unique_key
from ..interview.values import parse_number, whole_number

MAX_ROWS = 50            # the answers model allows at most 50 founders; no list is longer
STAFF_FIELDS = (("role", "Role", "text"), ("fte", "FTE", "number"), ("salary", "Full-time salary (£ a year)", "number"))
CLASS_FIELDS = (("name", "Name of the class", "text"), ("eligibility", "Who can join", "text"),
                ("min_age", "Youngest age to join", "number"), ("board_seats", "Board seats of its own", "number"),
                ("vote_share", "Share of the votes (%)", "number"),
                ("max_board_seats", "Most directors from this class (leave blank for no limit)", "number"),
                ("max_vote_share", "Most of the votes cast it may hold, in % (leave blank for no cap)", "number"))
OPTIONAL_CLASS_FIELDS = ("max_board_seats", "max_vote_share", "vote_share")
VOTING = (("weighted", "Each class has a fixed share of the votes"),
          ("one-member-one-vote", "One member, one vote (a class can have a cap)"))


@dataclass
class Reading:
    """What a form held: the value for the interview, or the problems found reading it."""

    value: Any = None
    problems: list[tuple[str, str]] = field(default_factory=list)     # (field id, message)
    adding: bool = False          # "Add another" was pressed: show one more row, answer nothing
    voting: str | None = None     # the classes page also says how votes count


def read(page: Page, post: QueryDict) -> Reading:
    kind = page.question.kind
    if kind in ("select", "yesno"):
        return Reading(_choice(page, post.get("answer")))
    if kind == "objects":
        lines = [" ".join(line.split()) for line in post.get("answer", "").splitlines()]
        return Reading([line for line in lines if line])
    if kind == "staff":
        start = list_value(page)
        return _rows(post, "staff", _staff_row, lambda i: start[i] if i < len(start) else {})
    if kind == "founders":
        return _founders(post, list_value(page))
    if kind == "classes":
        by_key = {str(c.get("key")): c for c in list_value(page)}
        reading = _rows(post, "classes", _class_row, lambda i: by_key.get(post.get(f"key-{i}", ""), {}))
        reading.voting = post.get("voting") if post.get("voting") in dict(VOTING) else None
        return reading
    return Reading(post.get("answer", ""))


def _choice(page: Page, posted: str | None) -> Any:
    if posted is None or not posted.isdigit() or int(posted) >= len(page.choices):
        return None
    return page.choices[int(posted)].value


def list_value(page: Page) -> list[dict[str, Any]]:
    value = page.value
    return [dict(item) for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def row_count(post: QueryDict) -> int:
    try:
        return max(0, min(int(post.get("rows", "0")), MAX_ROWS))
    except ValueError:
        return 0


def _rows(post: QueryDict, kind: str, read_row: Any, kept_for: Callable[[int], dict[str, Any]]) -> Reading:
    """Rows of a table (or repeated fieldsets); a row left wholly blank is dropped, so clearing
    a row removes it. Each row keeps what the page does not show (a role's own pension rate)."""
    reading = Reading([], adding="add" in post)
    for index in range(row_count(post)):
        cells = {name: post.get(f"{name}-{index}", "").strip() for name in _names(kind)}
        if not any(cells[name] for name in _names(kind) if name != "user"):
            continue
        reading.value.append(read_row(cells, index, kept_for(index), reading.problems))
    return reading


def _names(kind: str) -> list[str]:
    fields = STAFF_FIELDS if kind == "staff" else CLASS_FIELDS
    return [name for name, _, _ in fields] + (["user"] if kind == "classes" else [])


def _number(text: str, key: str, where: str, problems: list[tuple[str, str]], label: str) -> Any:
    try:
        return parse_number(text, whole_number(key))
    except ValueError as exc:
        problems.append((where, f"{label}: {exc}"))
        return text


Problems = list[tuple[str, str]]


def _staff_row(cells: dict[str, str], index: int, kept: dict[str, Any], problems: Problems) -> dict[str, Any]:
    row = {**kept, "role": cells["role"]}
    which = f"Role {index + 1}"
    for name, label in (("fte", "the FTE"), ("salary", "the salary")):
        row[name] = _number(cells[name], f"business_case.staff.{name}", f"{name}-{index}", problems,
                            f"{which}, {label}")
    return row


def _class_row(cells: dict[str, str], index: int, kept: dict[str, Any], problems: Problems) -> dict[str, Any]:
    row = {**kept, "name": cells["name"], "eligibility": cells["eligibility"]}
    which = f"Class {index + 1}"
    for name, label, kind in CLASS_FIELDS:
        if kind != "number":
            continue
        if not cells[name] and name in OPTIONAL_CLASS_FIELDS:
            row.pop(name, None)
            continue
        row[name] = _number(cells[name], f"member_classes.{name}", f"{name}-{index}", problems,
                            f"{which}, {label.split(' (')[0].lower()}")
    row["user"] = cells["user"] != "no"
    if not row["user"]:
        row.setdefault("investor", False)
    elif row.get("investor"):
        row["investor"] = False         # a class that uses the service is not an investor class
    return row


def _founders(post: QueryDict, start: list[dict[str, Any]]) -> Reading:
    reading = Reading([], adding="add" in post)
    secretary = post.get("secretary")
    for index in range(row_count(post)):
        name = " ".join(post.get(f"name-{index}", "").split())
        if not name:
            continue
        kept = start[index] if index < len(start) else {}
        reading.value.append({**kept, "name": name, "member_class": post.get(f"class-{index}", ""),
                              "secretary": secretary == str(index)})
    return reading


def with_keys(classes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """New classes get a short name made from their name; existing ones keep theirs."""
    taken = {str(c["key"]) for c in classes if c.get("key")}
    for data in classes:
        if not data.get("key"):
            data["key"] = unique_key(str(data.get("name", "")), taken)
            taken.add(data["key"])
    return classes


def shown(value: Any) -> str:
    """A value as it goes back into a text box."""
    return "" if value is None or value is MISSING else str(value)
