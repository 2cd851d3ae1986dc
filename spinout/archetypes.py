"""Archetypes: the defaults an answers file starts from (clauses/archetypes/*.yml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import LibraryError, Problem
from .resources import data_path
from .yamlio import YamlSyntaxError, read_yaml


@dataclass(frozen=True)
class Archetype:
    key: str
    title: str
    description: str
    defaults: dict[str, Any]


@cache
def load_archetypes() -> dict[str, Archetype]:
    found: dict[str, Archetype] = {}
    problems: list[Problem] = []
    for path in sorted((data_path("clauses") / "archetypes").glob("*.yml")):
        try:
            data, lines = read_yaml(path)
        except YamlSyntaxError as exc:
            problems.append(exc.problem)
            continue
        missing = [k for k in ("key", "title", "description", "defaults") if k not in (data or {})]
        if missing:
            problems.append(Problem(str(path), f"missing {', '.join(missing)}"))
            continue
        found[data["key"]] = Archetype(data["key"], data["title"], data["description"], data["defaults"])
    if problems:
        raise LibraryError("The archetype files are broken.", problems)
    return found


def merge(defaults: Any, overrides: Any) -> Any:
    """Answers override defaults; mappings merge field by field, lists are replaced whole."""
    if isinstance(defaults, dict) and isinstance(overrides, dict):
        merged = dict(defaults)
        for key, value in overrides.items():
            merged[key] = merge(defaults[key], value) if key in defaults else value
        return merged
    return overrides
