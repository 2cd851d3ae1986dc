"""Problems with the list answers (objects, member classes, founders, staff) in plain words,
using the answers model's own rules: "Role 2: type the name of the role", never a field name."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from ..answers import model
from ..answers.messages import plain_message
from .state import State
from .values import field_problem, sentence

# What each item field is called when a problem is reported.
FIELD_NAMES = {
    "role": "the name of the role", "fte": "the FTE", "salary": "the salary", "pension_percent": "the pension rate",
    "name": "the name", "key": "the short name", "eligibility": "who can join", "board_seats": "the board seats",
    "max_board_seats": "the most directors", "vote_share": "the share of the votes",
    "max_vote_share": "the cap on the share of the votes", "min_age": "the youngest age",
    "shares_required": "the shares each member holds", "member_class": "the class",
}
ITEM_WORDS = {"staff": "Role", "classes": "Class", "founders": "Founder"}
ITEM_MODELS: dict[str, type[BaseModel]] = {"staff": model.StaffRole, "classes": model.MemberClass,
                                           "founders": model.Founder}


def list_problems(kind: str, value: Any, state: State) -> list[str]:
    if not isinstance(value, list):
        return ["Give a list."]
    if kind == "objects":
        problem = field_problem("society.objects", value)
        return [sentence(problem)] if problem else []
    problems = item_problems(kind, value)
    if problems:
        return problems
    if kind == "classes":
        return class_problems(value, state)
    if kind == "founders":
        return founder_problems(value, state)
    problem = field_problem("business_case.staff", value)
    return [sentence(problem)] if problem else []


def item_problems(kind: str, items: list[Any]) -> list[str]:
    problems = []
    for index, data in enumerate(items, start=1):
        try:
            ITEM_MODELS[kind].model_validate(data)
        except ValidationError as exc:
            problems += [_item_problem(kind, index, data, error) for error in exc.errors()]
    return problems


def _item_problem(kind: str, index: int, data: Any, error: Any) -> str:
    name = data.get("name") or data.get("role") if isinstance(data, dict) else None
    which = f"{ITEM_WORDS[kind]} {index}" + (f" ({name})" if name else "")
    field = next((str(part) for part in error["loc"] if isinstance(part, str)), "")
    if error["type"] in ("string_too_short", "missing"):
        return f"{which}: type {FIELD_NAMES.get(field, 'an answer')}."
    return f"{which}: {FIELD_NAMES.get(field, 'this')} {plain_message(error).rstrip('.')}."


def class_problems(classes: list[dict[str, Any]], state: State) -> list[str]:
    """Problems with the classes as a whole (votes adding up, seats fitting the board)."""
    built = [model.MemberClass.model_validate(data) for data in classes]
    governance = state.merged().get("governance", {})
    board = model.Board.model_validate(governance.get("board", {}))
    return [sentence(plain_words(p)) for p in model.class_problems(built, board, governance.get("voting", "weighted"))]


def founder_problems(founders: list[dict[str, Any]], state: State) -> list[str]:
    # a class not given its key yet has none to list (None would not sort with the others)
    classes = {c["key"] for c in state.get("member_classes") or []
               if isinstance(c, dict) and isinstance(c.get("key"), str)}
    built = [model.Founder.model_validate(data) for data in founders]
    return [sentence(plain_words(p)) for p in model.founder_problems(built, classes)]


# The model's messages are written for someone editing answers.yml, so they name its fields; at
# a question the same rule is said without them.
_FIELD_WORDS = (
    (" (governance.board.max_size): lower board_seats or raise max_size",
     ": give the classes fewer board seats, or allow a larger board"),
    ("remove vote_share from", "remove the fixed share of the votes from"),
    ("(use max_vote_share for a cap)", "(a class can have a cap instead)"),
    ("give one for", "give a share of the votes to"),
    ("or set governance.voting to one-member-one-vote", "or choose one member, one vote"),
    ("the vote_share of the classes", "the classes' shares of the votes"),
    ("governance.board.combined_maxima", "the board's combined limits"),
    ("mark one founder (secretary: true) or give secretary, not both", "choose one founder as the secretary"),
    ("mark one founder (secretary: true), or give the secretary's name (secretary) if they are not a founder",
     "choose one founder as the secretary"),
    ("each class needs its own key", "each class needs its own short name"),
    (": add founders", ": add more founders"),
)


def plain_words(message: str) -> str:
    for field, words in _FIELD_WORDS:
        message = message.replace(field, words)
    return message


def unique_key(name: str, taken: set[str]) -> str:
    """A short name for a new member class, from its name (the answers file's `key`); the terminal
    and the web make it the same way."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:30] or "class"
    if not base[0].isalpha():
        base = f"c-{base}"[:30]
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key
