"""Find the data folders (clauses, templates, guides, examples, questions), installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_NAMES = ("clauses", "templates", "guides", "examples", "questions")


@cache
def data_root() -> Path:
    """The folder holding clauses/, templates/, guides/ and examples/.

    A wheel carries them under spinout/_data; a source checkout keeps them at the top level.
    """
    installed = _PACKAGE / "_data"
    if (installed / "clauses").is_dir():
        return installed
    return _PACKAGE.parent


def data_path(name: str) -> Path:
    if name not in _NAMES:
        raise ValueError(f"unknown data folder {name!r}")
    return data_root() / name
