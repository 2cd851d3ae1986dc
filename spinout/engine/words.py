"""The group's own words: the Markdown-lite text an answer gives for a "To write" box, read
into paragraphs and list items of (text, bold) runs.

Only four things are read: a blank line ends a paragraph, a line starting "- " is a bullet, a
line starting "1. " (any number) is a numbered item, and **two stars** either side make bold.
Everything else is the group's text, shown as typed in every format: no HTML, links, headings
or templates, so "<b>", "[x](y)", "# x" and "{{ 7*7 }}" are just characters.
"""

from __future__ import annotations

import re

from .document import Piece, PieceKind

_BULLET = re.compile(r"^[-\u2022]\s+(.*)$")      # "- item" (or a pasted "• item")
_NUMBER = re.compile(r"^(\d{1,4})[.)]\s+(.*)$")   # "1. item" or "1) item"
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
BULLET = "\u2022"


def read_words(text: str) -> tuple[Piece, ...]:
    """The pieces of the group's text, in order; () for blank text."""
    pieces: list[Piece] = []
    current: tuple[PieceKind, str, list[str]] | None = None    # kind, label, lines so far
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.replace("\t", " ").split())
        if not line:
            _close(current, pieces)
            current = None
            continue
        bullet, number = _BULLET.match(line), _NUMBER.match(line)
        if bullet:
            _close(current, pieces)
            current = ("bullet", BULLET, [bullet.group(1)])
        elif number:
            _close(current, pieces)
            current = ("number", f"{int(number.group(1))}.", [number.group(2)])
        elif current is None:
            current = ("paragraph", "", [line])
        else:                   # a line that carries on the paragraph or item above it
            current[2].append(line)
    _close(current, pieces)
    return tuple(pieces)


def _close(current: tuple[PieceKind, str, list[str]] | None, pieces: list[Piece]) -> None:
    if current is not None:
        kind, label, lines = current
        pieces.append(Piece(kind, label, bold_runs(" ".join(lines))))


def bold_runs(text: str) -> tuple[tuple[str, bool], ...]:
    """Text split at each **bold** pair; an unpaired "**" stays as two stars."""
    runs: list[tuple[str, bool]] = []
    start = 0
    for match in _BOLD.finditer(text):
        if match.start() > start:
            runs.append((text[start:match.start()], False))
        runs.append((match.group(1), True))
        start = match.end()
    if start < len(text) or not runs:
        runs.append((text[start:], False))
    return tuple(runs)


def plain_words(pieces: tuple[Piece, ...]) -> str:
    """The pieces as plain text, one a line (what checks and searches read)."""
    return "\n".join(piece.plain() for piece in pieces)
