"""Statutory figures and citations, loaded from clauses/law/statute.yml."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..errors import AnswersError, LibraryError, Problem
from ..resources import data_path
from .yamlio import YamlSyntaxError, read_yaml


@cache
def load_statute() -> dict[str, Any]:
    path = data_path("clauses") / "law" / "statute.yml"
    try:
        data, _ = read_yaml(path)
    except YamlSyntaxError as exc:
        raise LibraryError("The statute data file is broken.", [exc.problem]) from None
    return data


def law_for(nation: str) -> dict[str, Any]:
    """The jurisdiction's statute data; refuses a jurisdiction spinout does not support."""
    statute = load_statute()
    jurisdiction = statute["jurisdictions"][statute["nations"][nation]["jurisdiction"]]
    if jurisdiction.get("supported", True) is False:
        raise AnswersError(
            "This nation is not supported.",
            [Problem("society.nation", jurisdiction["refusal"])],
        )
    return jurisdiction


def nation_terms(nation: str) -> dict[str, Any]:
    return load_statute()["nations"][nation]
