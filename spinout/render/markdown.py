"""Markdown: the reviewable text of a Document (for git diffs and the golden tests).

A Document holds plain text, some of it the user's. Every piece of it is escaped as it is
written here, so a class name such as "Workers\n# All checks passed" or "![x](/etc/passwd)"
shows as those characters in any Markdown viewer: never a heading, a link or an image.
"""

from __future__ import annotations

import re

from ..engine.document import Document, Figure, Paragraph, Piece, Signatures, Table

# the blanks a signer fills in by hand (dots, so they print in every format)
SIGNATURE_LINE = "." * 45
NAME_LINE = "." * 45
DATE_LINE = "." * 20

_INLINE = re.compile(r"[\\`*\[\]<>|~]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LINE_START = re.compile(r"^([#>+=-])|^(\d+)([.)])")


def escape_markdown(text: object, *, inline: bool = False) -> str:
    """Plain text as Markdown that shows exactly that text. Line breaks stay line breaks
    (hard breaks, blank lines dropped so a paragraph or list item cannot be ended early);
    with `inline` (a heading or a table cell, where Markdown allows no break) they become spaces."""
    lines = [line.strip() for line in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [_escape_line(line, block_start=not inline) for line in lines if line]
    return (" " if inline else "\\\n").join(lines)


def _escape_line(line: str, block_start: bool) -> str:
    line = _INLINE.sub(lambda m: "\\" + m.group(0), line)
    line = _ENTITY.sub("\\&", line)
    if not block_start:       # inside a heading or a table cell no list, quote or heading can start
        return line
    return _guard_start(line)


def _guard_start(line: str) -> str:
    """Escaped text that cannot start a heading, quote or list where it begins a block."""
    return _LINE_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", line)


def render_markdown(document: Document) -> str:
    e = escape_markdown
    lines = [f"# {e(document.title, inline=True)}", "", f"*{e(document.subtitle)}*", "",
             f"> **{e(document.notice)}**", "", e(document.produced_by), "", "## Contents", ""]
    for part in document.parts:
        if not document.numbered:         # papers for members: no legal numbering at all
            lines.append(f"- {e(part.title, inline=True)}")
            continue
        first, last = part.rules[0].number, part.rules[-1].number
        unit = document.unit
        span = f"{unit} {first}" if first == last else f"{unit}s {first}-{last}"
        lines.append(f"- Part {part.number}: {e(part.title, inline=True)} ({span})")
    for part in document.parts:
        heading = f"Part {part.number}: " if document.numbered else ""
        lines += ["", f"## {heading}{e(part.title, inline=True)}"]
        for rule in part.rules:
            number = f"{rule.number}. " if document.numbered else ""
            lines += ["", f"### {number}{e(rule.title, inline=True)}"]
            for block in rule.blocks:
                lines += [""] + (_block(block) if document.numbered else _unnumbered(block))
    if document.signatures is not None:
        lines += _signatures(document.signatures)
    lines += ["", "---", "", f"*{e(document.notice)}*", ""]
    return "\n".join(lines)


def _signatures(signatures: Signatures) -> list[str]:
    e = escape_markdown
    lines = ["", f"## {e(signatures.heading, inline=True)}", "", e(signatures.text)]
    for signatory in signatures.signatories:
        lines += ["", f"**{e(signatory.role, inline=True)}**", "", f"Signature: {SIGNATURE_LINE}", "",
                  f"Name: {e(signatory.name, inline=True) or NAME_LINE}", "", f"Date: {DATE_LINE}"]
    return lines


def _block(block: Paragraph | Table | Figure) -> list[str]:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        return [f"**Figure: {escape_markdown(block.caption)}**", "", escape_markdown(block.alt)]
    if block.words:
        return _words(block.words)
    if block.prompt:
        return [f"> **To write:** {escape_markdown(block.text)}"]
    if block.verbatim:
        return [block.number, ""] + [f"> {line}" for line in escape_markdown(block.text).split("\n")]
    return _paragraph(block)


def _unnumbered(block: Paragraph | Table | Figure) -> list[str]:
    """A block with no legal numbering: a paragraph without its number, items as plain bullets."""
    if not isinstance(block, Paragraph) or block.prompt or block.verbatim or block.words:
        return _block(block)
    lines = [escape_markdown(block.text)]
    if block.items:
        lines += [""] + [f"- {escape_markdown(item)}" for item in block.items]
    return lines


def _words(pieces: tuple[Piece, ...]) -> list[str]:
    """The group's own words: paragraphs apart, list items together, bold as **bold**. Every
    run is escaped, so nothing the group typed can become a heading, link or HTML."""
    lines: list[str] = []
    for index, piece in enumerate(pieces):
        if index and not (piece.kind != "paragraph" and pieces[index - 1].kind == piece.kind):
            lines.append("")           # a blank line between paragraphs, and round a list
        # runs keep their own spaces ("The " + bold "council"): escaped as they are, not trimmed
        text = _guard_start("".join(f"**{_escape_line(run, block_start=False)}**" if bold
                                    else _escape_line(run, block_start=False) for run, bold in piece.runs if run))
        lines.append(f"- {text}" if piece.kind == "bullet" else f"{piece.label} {text}" if piece.label else text)
    return lines


def _paragraph(paragraph: Paragraph) -> list[str]:
    lines = [f"{paragraph.number} {escape_markdown(paragraph.text)}".strip()]
    if paragraph.items:
        lines.append("")
        lines += [f"- {label} {escape_markdown(text)}" for label, text in paragraph.item_labels()]
    return lines


def _table(table: Table) -> list[str]:
    """A pipe table: figure columns ("r" in `align`) right-aligned, `emphasis` rows (totals)
    in bold, and the table's note as an italic line under it."""
    def row(cells: tuple[str, ...], bold: bool = False) -> str:
        texts = [escape_markdown(c, inline=True) for c in cells]
        if bold:                 # escaped text holds no bare "*", so nothing ends the bold early
            texts = [f"**{text}**" if text else text for text in texts]
        return "| " + " | ".join(texts) + " |"

    delimiter = "|" + "".join("---:|" if table.aligned(n) == "r" else "---|" for n in range(len(table.headers)))
    lines = [f"**{escape_markdown(table.caption)}**", "", row(table.headers), delimiter]
    lines += [row(r, bold=n in table.emphasis) for n, r in enumerate(table.rows)]
    note = escape_markdown(table.note)
    if note:
        lines += ["", f"*{note}*"]
    return lines
