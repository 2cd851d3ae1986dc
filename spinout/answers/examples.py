"""The shipped examples: answers files in examples/, described by their first comment line."""

from __future__ import annotations

from ..resources import data_path


def list_examples() -> list[tuple[str, str]]:
    found = []
    for path in sorted(data_path("examples").glob("*.yml")):
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        description = first[0].lstrip("#").strip() if first and first[0].startswith("#") else ""
        found.append((path.stem, description))
    return found
