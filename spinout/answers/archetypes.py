"""Archetypes: the defaults an answers file starts from (clauses/archetypes/*.yml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import LibraryError, Problem
from ..resources import data_path
from .yamlio import YamlSyntaxError, read_yaml


@dataclass(frozen=True)
class Archetype:
    key: str
    title: str
    description: str
    defaults: dict[str, Any]
    regulated_care: bool = False          # provides care the care regulator registers
    not_allowed: dict[str, str] = field(default_factory=dict)   # society type -> why the law does not allow it
    guide: str = ""                       # the guide for this kind of service (guides/NAME.md)
    # Who the service answers to and how it is paid, so the words fit the route: a council
    # service never reads as leaving the NHS, and budget holders are not a commissioner.
    host: str = "none"                    # council, nhs, school or none
    main_income: str = "the main contract"
    payer: str = "the commissioner"
    # Members a society of this kind can expect in its first years (all classes): the checks use
    # it to say whether a percentage quorum or a requisition threshold could really be met.
    expected_members: int = 100
    # The service works with children or adults at risk: safeguarding rules apply.
    safeguarding: bool = False

    def facts(self) -> dict[str, Any]:
        """What clauses may know about the archetype (as `archetype.*`)."""
        return {"key": self.key, "title": self.title, "regulated_care": self.regulated_care, "host": self.host,
                "main_income": self.main_income, "payer": self.payer, "expected_members": self.expected_members,
                "safeguarding": self.safeguarding}


HOSTS = ("council", "nhs", "school", "none")


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
        unknown = set(data) - {"key", "title", "description", "defaults", "regulated_care", "not_allowed", "guide",
                               "income", "expected_members", "safeguarding"}
        if unknown:
            problems.append(Problem(str(path), f"unknown field(s): {', '.join(sorted(unknown))}"))
            continue
        income = data.get("income") or {}
        if set(income) - {"host", "main_income", "payer"} or income.get("host", "none") not in HOSTS:
            problems.append(Problem(str(path), f"income: give host (one of {', '.join(HOSTS)}), main_income and payer"))
            continue
        found[data["key"]] = Archetype(data["key"], data["title"], data["description"], data["defaults"],
                                       bool(data.get("regulated_care", False)), dict(data.get("not_allowed") or {}),
                                       str(data.get("guide", "")), **{k: str(v) for k, v in income.items()},
                                       expected_members=int(data.get("expected_members", 100)),
                                       safeguarding=bool(data.get("safeguarding", False)))
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
