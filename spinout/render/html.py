"""What the Word and PDF layouts of a Document share, and the HTML pages' Jinja environment.

`layout_context()` turns a Document into the plain values the Word template (render/docx.py)
and the PDF's Typst template (render/typeset.py) walk, and `clean_text()` makes user text safe
to place in XML. `page_environment()` is the autoescaped Jinja of our HTML pages (the review,
the guides, the redline: render/review.py, pack/guides.py, render/redline.py). Every string in
the context is data: the templates print it and never evaluate it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from spinout.engine.document import Document, Figure, Paragraph, Piece, Table
from spinout.render.markdown import DATE_LINE, NAME_LINE, SIGNATURE_LINE
from spinout.resources import data_path

if TYPE_CHECKING:
    from jinja2 import Environment
    from markupsafe import Markup

DEFAULT_AUTHOR = "spinout"

# Characters XML 1.0 forbids (C0 controls other than tab / newline / carriage return,
# lone surrogates, U+FFFE / U+FFFF). docxtpl would also turn "\a" and "\f" in text into
# new paragraphs and page breaks; they are in this set, so user text cannot do that.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: object) -> str:
    """User text as both renderers show it: newlines kept, tabs as spaces, no XML-illegal
    characters."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _INVALID_XML.sub("", value)


LONG_WORD = 30        # characters: a word this long can outgrow a table column


def has_long_word(texts: Iterable[object]) -> bool:
    """Whether any of these texts holds a word too long for a table column to wrap round."""
    return any(len(word) > LONG_WORD for text in texts for word in str(text).split())


def running_text(text: str, longest: int = 40) -> str:
    """Text for a running header, which cannot wrap a word: over-long words are cut short."""
    return " ".join(word if len(word) <= longest else word[:longest - 1] + "\u2026" for word in text.split())


def document_date(document: Document) -> dt.date | None:
    """metadata["date"] (ISO yyyy-mm-dd) as a date, or None if absent or malformed."""
    raw = document.metadata.get("date", "")
    try:
        return dt.date.fromisoformat(str(raw).strip()[:10])
    except ValueError:
        return None


def document_author(document: Document) -> str:
    return clean_text(document.metadata.get("author") or DEFAULT_AUTHOR)


def layout_context(document: Document, *, draw: bool = True) -> dict[str, Any]:
    """The values the DOCX and HTML templates lay out (attribute access only, so names
    like `items` never collide with dict methods in Jinja). Without `draw`, a figure holds its
    Chart, not yet drawn (the PDF draws it only if it lays the page out)."""
    rule_index = 0
    parts = []
    for part_index, part in enumerate(document.parts, start=1):
        rules = []
        for rule in part.rules:
            rule_index += 1
            rules.append(SimpleNamespace(
                number=clean_text(rule.number) if document.numbered else "",
                title=clean_text(rule.title),
                anchor=f"rule-{rule_index}",
                blocks=[_block(block, draw) if document.numbered else _unnumbered(_block(block, draw))
                        for block in rule.blocks],
            ))
        parts.append(SimpleNamespace(
            new_page=part.new_page,
            number=clean_text(part.number) if document.numbered else "",
            title=clean_text(part.title),
            anchor=f"part-{part_index}",
            rules=rules,
        ))
    title = clean_text(document.title)
    society_name = clean_text(document.society_name)
    date = document_date(document)
    return {
        "title": title,
        "society_name": society_name,
        # the title page shows the name on its own line unless the title already says it
        "show_society_name": bool(society_name) and society_name not in title,
        "running_name": running_text(society_name),
        "subtitle": clean_text(document.subtitle),
        "notice": clean_text(document.notice),
        "produced_by": clean_text(document.produced_by),
        "author": document_author(document),
        "generator": clean_text(document.metadata.get("generator") or DEFAULT_AUTHOR),
        "date": date.isoformat() if date else "",
        "language": clean_text(document.metadata.get("language") or "en-GB"),
        "parts": parts,
        "layout": clean_text(document.layout),
        # False: no legal numbering (papers for members); the numbers above are then empty
        "numbered": document.numbered,
        "signatures": _signatures(document),
    }


def _block(block: Paragraph | Table | Figure, draw: bool = True) -> SimpleNamespace:
    if isinstance(block, Figure):
        figure = SimpleNamespace(kind="figure", caption=clean_text(block.caption), alt=clean_text(block.alt),
                                 chart=block.chart, width_mm=int(block.width_mm), number="", text="", entries=[],
                                 headers=[], rows=[])
        if draw:
            import base64

            from .chart import chart_png

            figure.png = chart_png(block.chart, int(block.width_mm))
            figure.src = "data:image/png;base64," + base64.b64encode(figure.png).decode("ascii")
        return figure
    if isinstance(block, Table):
        headers = [clean_text(h) for h in block.headers]
        rows = [[clean_text(cell) for cell in row] for row in block.rows]
        width = max([len(headers), *(len(row) for row in rows)], default=0)
        if headers:
            headers += [""] * (width - len(headers))
        rows = [row + [""] * (width - len(row)) for row in rows]
        return SimpleNamespace(
            kind="table" if width else "empty",      # a table with no cells shows nothing
            caption=clean_text(block.caption),
            headers=headers,
            rows=rows,
            # a column's alignment ("r": figures, set right) and the rows set in bold (totals)
            align=["r" if block.aligned(n) == "r" else "l" for n in range(width)],
            bold=[n in block.emphasis for n in range(len(rows))],
            note=clean_text(block.note).strip(),
            number="", text="", entries=[],
        )
    if block.words:
        pieces = [_piece(piece) for piece in block.words]
        return SimpleNamespace(kind="words", number="", text=clean_text(block.text), box=block.box,
                               pieces=pieces, groups=_groups(pieces), entries=[], caption="", headers=[], rows=[])
    return SimpleNamespace(
        kind="prompt" if block.prompt else "verbatim" if block.verbatim else "paragraph",
        number=clean_text(block.number),
        text=clean_text(block.text),
        entries=[SimpleNamespace(label=label, text=clean_text(text), fill=is_fill_in(text))
                 for label, text in block.item_labels()],
        caption="", headers=[], rows=[],
    )


def _unnumbered(block: SimpleNamespace) -> SimpleNamespace:
    """A laid-out block with its paragraph number and item letters taken away (shown as bullets)."""
    block.number = ""
    for entry in block.entries:
        entry.label = ""
    return block


FILL_IN = "....."        # a dotted line: a blank a reader writes on, by hand


def is_fill_in(text: str) -> bool:
    """Whether a line of a form holds a blank to write on (a signature, a name, a date): it is
    given room above it for handwriting."""
    return FILL_IN in text


def _piece(piece: Piece) -> SimpleNamespace:
    """A paragraph or list item of the group's own words: its runs (text, bold) as data."""
    value = piece.label.rstrip(".") if piece.kind == "number" else ""
    runs = [SimpleNamespace(text=clean_text(text), bold=bold) for text, bold in piece.runs if text]
    return SimpleNamespace(kind=piece.kind, label=piece.label, value=value, runs=runs)


def _groups(pieces: list[SimpleNamespace]) -> list[SimpleNamespace]:
    """Pieces in runs of one kind: each list's items together, so HTML can make one list of them."""
    groups: list[SimpleNamespace] = []
    for piece in pieces:
        if groups and groups[-1].kind == piece.kind and piece.kind != "paragraph":
            groups[-1].pieces.append(piece)
        else:
            groups.append(SimpleNamespace(kind=piece.kind, pieces=[piece]))
    return groups


def _lines(text: str) -> Markup:
    """Filter `lines`: escaped text with each newline as <br> (a line break, as in Word)."""
    from markupsafe import Markup, escape

    return Markup("<br>\n").join(escape(line) for line in str(text).split("\n"))


@cache
def page_environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(data_path("templates"))),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["lines"] = _lines
    return env


def _signatures(document: Document) -> SimpleNamespace | None:
    """The signature block: each signer's role, and the printed name or a dotted line to write it on."""
    block = document.signatures
    if block is None:
        return None
    return SimpleNamespace(
        heading=clean_text(block.heading),
        text=clean_text(block.text),
        signature_line=SIGNATURE_LINE,
        date_line=DATE_LINE,
        signatories=[SimpleNamespace(role=clean_text(s.role), name=clean_text(s.name) or NAME_LINE)
                     for s in block.signatories],
    )
