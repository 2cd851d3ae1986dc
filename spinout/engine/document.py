"""The format-neutral Document: what every renderer lays out and nothing more.

Numbers are computed by the assembler and stored as text, so Word, PDF and Markdown show
the same "12.3". The Word file also numbers its rules with Word's own list numbering, which
counts exactly as the assembler does (render/wordfields.py), and turns each cross-reference
(a `Reference` span in a text) into a field that a word processor can update.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PieceKind = Literal["paragraph", "bullet", "number"]


@dataclass(frozen=True)
class Piece:
    """One paragraph or list item of the group's own words: runs of (text, bold)."""

    kind: PieceKind
    label: str                              # "" for a paragraph, the bullet, or "2." as the group numbered it
    runs: tuple[tuple[str, bool], ...]

    def plain(self) -> str:
        text = "".join(run for run, _ in self.runs)
        return f"{self.label} {text}" if self.label else text


@dataclass(frozen=True)
class Reference:
    """A cross-reference inside a text: text[start:end] is the number of the rule or paragraph
    referred to ("12" in "rule 12", "12.3" in "rule 12.3"), and `target` is that number."""

    start: int
    end: int
    target: str


@dataclass(frozen=True)
class Paragraph:
    number: str          # "12.3"
    text: str
    items: tuple[str, ...] = ()   # shown as (a), (b), ... under the paragraph
    prompt: bool = False          # a note telling the group what to write here (never a fact)
    box: str = ""                 # a "To write" box's id ("business-case/market#payers"): on a prompt,
                                  # and on the group's own words that answer it
    words: tuple[Piece, ...] = () # the group's own words in place of the prompt (then `text` is their
                                  # plain text, one piece a line, for checks and searches)
    verbatim: bool = False        # text pasted in word for word (the statutory asset lock): its own
                                  # line breaks and numbering kept, laid out as one indented block
    refs: tuple[Reference, ...] = ()    # the cross-references in `text`
    item_refs: tuple[tuple[Reference, ...], ...] = ()   # those in each item (empty: none anywhere)

    kind = "paragraph"

    def item_labels(self) -> list[tuple[str, str]]:
        return [(f"({_letter(i)})", item) for i, item in enumerate(self.items)]

    def references_of_item(self, index: int) -> tuple[Reference, ...]:
        return self.item_refs[index] if index < len(self.item_refs) else ()


@dataclass(frozen=True)
class Table:
    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: str = ""               # a letter a column: "l" (text) or "r" (figures); empty: all left
    emphasis: tuple[int, ...] = ()  # rows to set in bold (totals)
    note: str = ""                # a line under the table (what the figures rest on)

    kind = "table"

    def aligned(self, column: int) -> str:
        return self.align[column] if column < len(self.align) else "l"


@dataclass(frozen=True)
class Chart:
    """A chart as data: what to draw, never the pixels (the renderers draw it, render/chart.py).
    bars: one bar per series in each category; results: the first series as bars and the
    second as a line; tornado: one bar per series (its single value), largest first."""

    kind: Literal["bars", "results", "tornado"]
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    axis_title: str


@dataclass(frozen=True)
class Figure:
    caption: str
    chart: Chart
    alt: str              # the figure in words, for screen readers and the Markdown
    width_mm: int = 155   # printed width

    kind = "figure"


Block = Paragraph | Table | Figure


@dataclass(frozen=True)
class Rule:
    number: str          # "12"
    clause_id: str
    title: str
    blocks: tuple[Block, ...]
    reason: str          # which answers chose this clause, in words
    answers: tuple[str, ...] = ()   # the answer fields behind that reason


@dataclass(frozen=True)
class Part:
    number: int
    title: str
    rules: tuple[Rule, ...]
    new_page: bool = False      # starts on a fresh page (one copy of a part repeated per class)


@dataclass(frozen=True)
class Signatory:
    role: str            # "Secretary", "Member 1"
    name: str = ""       # the printed name, or "" for the signer to write in


@dataclass(frozen=True)
class Signatures:
    """An unnumbered block after the last rule, for the people who sign the rules: no rule
    number, so adding it moves no reference."""

    heading: str
    text: str
    signatories: tuple[Signatory, ...]


@dataclass(frozen=True)
class Document:
    title: str                  # "Rules of Riverside Care Co-operative Limited"
    society_name: str
    subtitle: str               # "A co-operative society registered under ..."
    notice: str                 # the draft / not-legal-advice warning
    produced_by: str            # "spinout VERSION, 27 November 2026"
    parts: tuple[Part, ...]
    metadata: dict[str, str] = field(default_factory=dict)
    unit: str = "rule"          # what a numbered section is called ("rule", or "point" in an outline)
    layout: str = ""            # a layout variant ("summary", "large-print")
    signatures: Signatures | None = None   # the signature block at the end (the rules only)
    numbered: bool = True       # False: no legal numbering shown (papers written for members)

    def rules(self) -> list[Rule]:
        return [rule for part in self.parts for rule in part.rules]


def _letter(index: int) -> str:
    """a, b, ... z, then aa, bb, ... zz, aaa: the legal drafting convention, and what Word's
    and LibreOffice's lower-letter list numbering counts, so the Word file's numbers match."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index % len(letters)] * (index // len(letters) + 1)
