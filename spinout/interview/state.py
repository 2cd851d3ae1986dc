"""The answers so far (a raw answers mapping, as saved) plus the interview's own notes."""

from __future__ import annotations

from typing import Any

from ..answers.archetypes import load_archetypes, merge


class _Missing:
    """No answer yet (distinct from None, which is an answer to an optional question)."""

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()
NOTES = "wizard."     # keys under this prefix steer the interview and are not part of answers.yml


def lookup(data: Any, key: str) -> Any:
    for part in key.split("."):
        if not isinstance(data, dict) or part not in data:
            return MISSING
        data = data[part]
    return data


class State:
    """The group's own answers (as saved) and the notes that steer the interview."""

    def __init__(self, answers: dict[str, Any] | None = None, notes: dict[str, Any] | None = None) -> None:
        self.answers: dict[str, Any] = answers if answers is not None else {}
        self.notes: dict[str, Any] = notes if notes is not None else {}

    def archetype_defaults(self) -> dict[str, Any]:
        archetype = load_archetypes().get(lookup(self.answers, "service.archetype"))
        return archetype.defaults if archetype else {}

    def merged(self) -> dict[str, Any]:
        """The answers with the chosen archetype's starting values underneath."""
        merged: dict[str, Any] = merge(self.archetype_defaults(), self.answers)
        return merged

    def get(self, key: str, merged: bool = True) -> Any:
        if key.startswith(NOTES):
            return self.notes.get(key.removeprefix(NOTES), MISSING)
        return lookup(self.merged() if merged else self.answers, key)

    def own(self, key: str) -> Any:
        """The group's own answer (or note), never an archetype's starting value."""
        return self.get(key, merged=False)

    def set(self, key: str, value: Any) -> None:
        if key.startswith(NOTES):
            self.notes[key.removeprefix(NOTES)] = value
            return
        *parents, last = key.split(".")
        target = self.answers
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value

    def remove(self, key: str) -> bool:
        """Forget one answer; True if there was one."""
        if key.startswith(NOTES):
            return self.notes.pop(key.removeprefix(NOTES), MISSING) is not MISSING
        *parents, last = key.split(".")
        target: Any = self.answers
        for part in parents:
            target = target.get(part) if isinstance(target, dict) else None
        if isinstance(target, dict) and last in target:
            del target[last]
            return True
        return False

    def is_coop(self) -> bool:
        return bool(self.get("society.type") == "co-operative")

    def is_school(self) -> bool:
        return bool(self.get("service.archetype") == "school-trust")

    def society_rules(self) -> bool:
        """False for a school trust's outline of articles: shares, asset locks and dividends are
        society matters that the outline does not cover."""
        return bool(self.get("service.document") != "trust-outline")
