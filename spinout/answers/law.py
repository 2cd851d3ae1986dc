"""Statutory figures and citations, loaded from clauses/law/statute.yml, and the law about names.

Every look-up of a nation's law goes through `jurisdiction_of` (or `law_for`, which also refuses
a jurisdiction spinout does not support), so no caller picks a jurisdiction by hand.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..errors import AnswersError, LibraryError, Problem
from ..resources import data_path
from .yamlio import YamlSyntaxError, read_yaml


@cache
def load_statute() -> dict[str, Any]:
    path = data_path("clauses") / "law" / "statute.yml"
    data: dict[str, Any]
    try:
        data, _ = read_yaml(path)
    except YamlSyntaxError as exc:
        raise LibraryError("The statute data file is broken.", [exc.problem]) from None
    return data


def jurisdiction_of(nation: str) -> dict[str, Any]:
    """The statute data of the jurisdiction a nation belongs to, supported or not."""
    statute = load_statute()
    jurisdiction: dict[str, Any] = statute["jurisdictions"][statute["nations"][nation]["jurisdiction"]]
    return jurisdiction


def refusal(nation: str) -> str | None:
    """Why spinout cannot draft for a society in this nation, or None when it can."""
    jurisdiction = jurisdiction_of(nation)
    return None if jurisdiction.get("supported", True) else jurisdiction["refusal"]


def law_for(nation: str) -> dict[str, Any]:
    """The jurisdiction's statute data; refuses a jurisdiction spinout does not support."""
    refused = refusal(nation)
    if refused is not None:
        raise AnswersError("This nation is not supported.", [Problem("society.nation", refused)])
    return jurisdiction_of(nation)


def nation_terms(nation: str) -> dict[str, Any]:
    terms: dict[str, Any] = load_statute()["nations"][nation]
    return terms


def practice() -> dict[str, Any]:
    """The practice figures the checks hold a draft to (not law): statute.yml, `practice`."""
    figures: dict[str, Any] = load_statute()["practice"]
    return figures


def founding_law(nation: str | None) -> dict[str, Any]:
    """The law on founding members (min_founders, min_founders_societies, founders_citation):
    the nation's, or where the nation is not known yet or not supported, the strictest of the
    jurisdictions spinout supports."""
    if nation is not None and nation in load_statute()["nations"] and refusal(nation) is None:
        return jurisdiction_of(nation)
    supported = [j for j in load_statute()["jurisdictions"].values() if j.get("supported", True)]
    return max(supported, key=lambda j: (j["min_founders"], j["min_founders_societies"]))


def name_problems(name: str, nation: str, society_type: str, exempt: bool = False) -> list[str]:
    """Why a name cannot be registered, in words (empty when it can). The wizard uses this too.
    The ending is matched without regard to case: the Act asks for the word, not its capitals."""
    problems = []
    endings = nation_terms(nation)["name_endings"] if nation in load_statute()["nations"] else ["Limited"]
    if not exempt and not any(name.lower().endswith(f" {ending.lower()}") for ending in endings):
        allowed = " or ".join(repr(e) for e in endings)
        stem = re.sub(r"[\s.,]*\b(ltd|limited|cyf|cyfyngedig)\.?$", "", name.rstrip("."), flags=re.IGNORECASE)
        problems.append(f"the name must end with {allowed}: for example '{stem} {endings[0]}'")
    if society_type == "community-benefit":
        words = load_statute()["cbs_forbidden_name_words"]
        used = [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", name, re.IGNORECASE)]
        if used:
            problems.append(f"a community benefit society may not call itself a co-operative, but the name "
                            f"contains {used[0]!r}: choose a name without it, or register as a co-operative society")
    return problems
