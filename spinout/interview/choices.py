"""The choices a select question offers now: its own list (each choice kept when its `when`
holds, and when the answers model allows it), or a list computed from data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..answers.archetypes import load_archetypes
from ..answers.model import allowed_lock_kinds
from .namespace import holds
from .questions import Question
from .state import State


@dataclass(frozen=True)
class Choice:
    value: Any
    label: str
    recommended: bool = False

    @property
    def short(self) -> str:
        """The label up to its first colon or bracket: what the review plays back."""
        return self.label.split(":")[0].split(" (")[0]


YES_NO = (Choice(True, "Yes"), Choice(False, "No"))


def choices_for(question: Question, state: State, names: dict[str, Any]) -> list[Choice]:
    spec = question.spec
    if question.kind == "yesno":
        return list(YES_NO)
    if spec.choices == "archetypes":
        return _archetypes()
    if not isinstance(spec.choices, list):
        return []
    found = [Choice(c.value, " ".join(c.label.split()), c.recommended is not None and holds(c.recommended, names))
             for c in spec.choices if holds(c.when, names)]
    if question.key == "asset_lock.kind":
        allowed = allowed_lock_kinds(str(state.get("society.type")))
        found = [c for c in found if c.value in allowed]
    if sum(c.recommended for c in found) > 1:        # "recommended" means one thing: the first
        first = next(c for c in found if c.recommended)
        found = [Choice(c.value, c.label, c is first) for c in found]
    return found


def _archetypes() -> list[Choice]:
    # Social care first: it is the case most groups start from; the rest by title.
    ordered = sorted(load_archetypes().values(), key=lambda a: (a.key != "social-care", a.title))
    return [Choice(a.key, f"{a.title}: {a.description}") for a in ordered]


def label_of(choices: list[Choice], value: Any) -> str | None:
    return next((c.short for c in choices if c.value == value), None)
