"""One answer checked against the answers model's own field types, in plain words; typed text
read as a number. The interview holds no second copy of the rules: a value it accepts is a value
`spinout build` accepts."""

from __future__ import annotations

import re
import typing
from decimal import Decimal
from functools import cache
from typing import Any, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..answers import model
from ..answers.messages import plain_message
from ..answers.model import plain
from ..answers.yamlio import number_text_problem
from .state import MISSING


@cache
def _adapter(key: str) -> TypeAdapter[Any] | None:
    annotation: Any = model.Answers
    parts = key.split(".")
    for index, part in enumerate(parts):
        fields = getattr(annotation, "model_fields", None)
        if not fields or part not in fields:
            return None
        info = fields[part]
        if typing.get_origin(info.annotation) is dict and index == len(parts) - 2:
            return TypeAdapter(typing.get_args(info.annotation)[1])   # one entry of a mapping (own_words)
        last = index == len(parts) - 1
        # a list of models: the whole list at its own key, one item's field below it
        annotation = _model_or(info.annotation) or (None if last else _model_or(_list_item(info.annotation)))
        if annotation is None:
            if info.metadata:
                # the field's type with its constraints, put together at run time: what it holds is
                # known only then, so to a type checker it is Any
                constrained = (info.annotation, *info.metadata)
                return TypeAdapter(cast(Any, typing.Annotated[constrained]))
            return TypeAdapter(info.annotation)
    return TypeAdapter(annotation)


def _list_item(annotation: Any) -> Any:
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is list else None


def _model_or(annotation: Any) -> Any:
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


# Keys the answers model still reads though they are not fields: it turns the one start-up
# funding figure into a grant (model.BusinessCase), which is all the interview asks for.
_GRANT_AMOUNT: Any = model.Grant.model_fields["amount"].annotation
LEGACY: dict[str, TypeAdapter[Any]] = {"business_case.start_up_funding": TypeAdapter(_GRANT_AMOUNT)}


def known_key(key: str) -> bool:
    """True when `key` names a field of the answers model."""
    return key in LEGACY or _adapter(key) is not None


def field_problem(key: str, value: Any) -> str | None:
    """Validate one value with the answers model's type for that field."""
    adapter = LEGACY.get(key) or _adapter(key)
    if adapter is None:
        return None
    if key in LEGACY and value == 0:
        return None
    try:
        adapter.validate_python(value)
    except ValidationError as exc:
        return plain_message(exc.errors()[0])
    return None


def whole_number(key: str) -> bool:
    """True when the model keeps the answer at `key` as a whole number."""
    owner, last = _owner(key)
    if owner is None:
        return False
    info = owner.model_fields.get(last)
    return info is not None and info.annotation is int


def _owner(key: str) -> tuple[Any, str]:
    owner: Any = model.Answers
    *parents, last = key.split(".")
    for part in parents:
        info = owner.model_fields.get(part)
        owner = _model_or(info.annotation) if info else None
        if owner is None:
            return None, last
    return owner, last


def model_default(key: str) -> Any:
    owner, last = _owner(key)
    info = owner.model_fields.get(last) if owner is not None else None
    if info is None or info.is_required():
        return MISSING
    return plain(info.get_default(call_default_factory=True))


_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def parse_number(text: str, whole: bool) -> Any:
    """Text typed at a number question, as a number; a ValueError says what was wrong.

    Only plain numbers ("25", "12.5", "£25,000", "20%") are read, and only up to a sensible
    length: "1e9999999" or "Infinity" would otherwise take minutes or give no amount at all.
    """
    cleaned = text.strip().replace(",", "").removeprefix("£").removesuffix("%").strip()
    if not cleaned:
        raise ValueError("Type a number.")
    problem = number_text_problem(cleaned)
    if problem:
        raise ValueError(f"That {problem}.")
    if not _PLAIN_NUMBER.match(cleaned):
        raise ValueError("Type a number, such as 25.")
    number = Decimal(cleaned)
    if whole:
        if number != number.to_integral_value():
            raise ValueError("Type a whole number.")
        return int(number)
    return plain(number)


def sentence(phrase: str) -> str:
    """A model phrase ("must be at least 1") as a sentence about the answer."""
    phrase = phrase.strip().rstrip(".")
    if phrase.startswith(("must ", "should ", "has ", "is ", "can ", "needs ")):
        phrase = "This answer " + phrase
    return phrase[:1].upper() + phrase[1:] + "."
