"""Lay out a Comparison (spinout.review.diff) as a redline: HTML, PDF and a DOCX with real tracked changes.

The HTML (and the PDF printed from it) marks deletions with <del> and insertions with <ins>
and collapses rules with no changes to their heading. The DOCX keeps every rule in full and
records each change as a Word revision (w:ins / w:del by "spinout", dated with the new
draft's date), so Word's and LibreOffice's review panes list them and accepting or rejecting
them works as for any tracked change. All text is data: Jinja autoescapes it in the HTML,
and the DOCX sets it as lxml text, which escapes it; nothing is built by pasting strings.
"""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from spinout.engine.document import Document
from spinout.render.html import (
    clean_text,
    document_author,
    document_date,
    has_long_word,
    page_environment,
    running_text,
)
from spinout.resources import data_path
from spinout.review.diff import Comparison, LineChange, Op, RuleChange, Segment, counts_line, summary_lines

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.oxml.text.paragraph import CT_P
    from docx.oxml.xmlchemy import BaseOxmlElement

REDLINE_TEMPLATE = "redline.html"
REDLINE_STYLESHEET = "redline.css"
REVISION_AUTHOR = "spinout"
REDLINE_NOTICE = ("This comparison was made by software. Check every change against the two drafts "
                  "before you rely on it.")
REVIEW_HINT = ("The changes below are tracked changes: go through them with Review > Track Changes in "
               "Word, or Edit > Track Changes > Manage in LibreOffice.")
_OPS: dict[str, Op] = {"added": "insert", "removed": "delete"}     # how a whole added or removed line is marked


# ------------------------------------------------------------------ what every format shows


def redline_title(new_doc: Document) -> str:
    name = clean_text(new_doc.society_name)
    if new_doc.unit == "rule":
        return f"Changes between two drafts of the rules of {name}"
    return f"Changes between two drafts: {clean_text(new_doc.title)}"


def redline_context(comparison: Comparison, old_doc: Document, new_doc: Document, *,
                    collapse: bool) -> dict[str, Any]:
    """The values every layout shows. With `collapse`, a rule with no changes keeps only its
    heading (the HTML and PDF); without, every rule is there in full (the DOCX, so accepting
    every change gives the new text)."""
    rules, previous_part = [], None
    for rule in comparison.rules:
        view = _rule_view(rule, comparison.unit, collapse)
        view.part_heading = clean_text(rule.part) if rule.part != previous_part else ""
        previous_part = rule.part
        rules.append(view)
    date = document_date(new_doc)
    return {
        "title": redline_title(new_doc),
        "society_name": clean_text(new_doc.society_name),
        "running_name": running_text(clean_text(new_doc.society_name)),
        "notice": clean_text(new_doc.notice),
        "redline_notice": REDLINE_NOTICE,
        "produced_by": clean_text(new_doc.produced_by),
        "compared": _compared(old_doc, new_doc),
        "summary": [clean_text(line) for line in summary_lines(comparison)],
        "summary_counts": counts_line(comparison),
        "has_changes": comparison.has_changes,
        "unit": comparison.unit,
        "author": document_author(new_doc),
        "generator": clean_text(new_doc.metadata.get("generator") or REVISION_AUTHOR),
        "date": date.isoformat() if date else "",
        "language": clean_text(new_doc.metadata.get("language") or "en-GB"),
        "rules": rules,
    }


def _compared(old_doc: Document, new_doc: Document) -> str:
    def described(document: Document) -> str:
        date = document_date(document)
        return clean_text(document.title) + (f", dated {date.day} {date:%B %Y}" if date else "")

    return f"Old draft: {described(old_doc)}.\nNew draft: {described(new_doc)}."


def _rule_view(rule: RuleChange, unit: str, collapse: bool) -> SimpleNamespace:
    hidden = collapse and rule.status == "unchanged"
    return SimpleNamespace(
        status=rule.status,
        number=_label(rule.old_number, rule.new_number),
        title=_clean(rule.title_segments),
        note=_note(rule, unit),
        blocks=[] if hidden else _blocks(rule.lines),
    )


def _note(rule: RuleChange, unit: str) -> str:
    was = f"was {unit} {rule.old_number}"
    if rule.status == "added":
        return f"(added as {unit} {rule.new_number})"
    if rule.status == "removed":
        return f"(removed; {was})"
    words = "changed" if rule.status == "changed" else "no changes"
    return f"({words}; {was})" if rule.renumbered else f"({words})"


def _blocks(lines: tuple[LineChange, ...]) -> list[SimpleNamespace]:
    """Lines as the layouts walk them: table lines gathered into tables (a caption line opens
    one; a header or row without one opens one too), every other line on its own."""
    blocks: list[SimpleNamespace] = []
    table: SimpleNamespace | None = None
    for line in lines:
        view = _line_view(line)
        if line.kind not in ("caption", "header", "row"):
            table = None
            blocks.append(view)
            continue
        if table is None or _opens_table(line, table):
            table = SimpleNamespace(kind="table", caption=None, header=None, rows=[], width=0)
            blocks.append(table)
        if line.kind == "caption":
            table.caption = view if any(s.text.strip() for s in view.segments) else None
        elif line.kind == "header":
            table.header = view
        else:
            table.rows.append(view)
    for block in blocks:
        if block.kind == "table":
            _square(block)
    return blocks


def _opens_table(line: LineChange, table: SimpleNamespace | None) -> bool:
    if line.kind == "caption":
        return True
    if line.kind not in ("header", "row"):
        return False
    # a row with no table open, or a second header (the diff met two tables' lines)
    return table is None or (line.kind == "header" and bool(table.header or table.rows))


def _square(table: SimpleNamespace) -> None:
    """Give every row of a table the same number of cells (an added column leaves short rows)."""
    rows = [table.header, *table.rows] if table.header else table.rows
    table.width = max((len(row.cells) for row in rows), default=0)
    for row in rows:
        row.cells = row.cells + [()] * (table.width - len(row.cells))
    table.long_words = has_long_word(segment.text for row in rows for cell in row.cells for segment in cell)


def _line_view(line: LineChange) -> SimpleNamespace:
    return SimpleNamespace(
        kind=line.kind,
        status=line.status,
        label=_label(line.old_label, line.new_label),
        segments=_clean(line.segments),
        cells=[_clean(cell) for cell in line.cells],
    )


def _label(old: str, new: str) -> tuple[Segment, ...]:
    """A number as marked text: the same, or the old one deleted and the new one inserted."""
    old, new = clean_text(old), clean_text(new)
    if old == new:
        return (Segment("equal", new),) if new else ()
    return tuple(s for s in (Segment("delete", old), Segment("insert", new)) if s.text)


def _clean(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    return tuple(Segment(s.op, clean_text(s.text)) for s in segments)


# ------------------------------------------------------------------ HTML and PDF


def render_redline_html(comparison: Comparison, old_doc: Document, new_doc: Document, *,
                        embed_css: bool = True) -> str:
    """The redline as a complete HTML page. It embeds templates/redline.css (our own file, so
    marked safe rather than escaped) unless the caller applies the stylesheet itself."""
    from markupsafe import Markup

    context = redline_context(comparison, old_doc, new_doc, collapse=True)
    context["spaced"] = _spaces_forward
    css = (data_path("templates") / REDLINE_STYLESHEET).read_text(encoding="utf-8")
    context["css"] = Markup(css) if embed_css else None
    return page_environment().get_template(REDLINE_TEMPLATE).render(context)


def _spaces_forward(segments: tuple[Segment, ...]) -> list[Segment]:
    """The same text with each space at a boundary between runs moved to the start of the next
    run (and of both halves of a replacement). weasyprint (70) sometimes breaks a full line
    far too early when a text run that ends in a space meets <ins> or <del>; this avoids it."""
    runs = [[s.op, s.text] for s in segments]
    for index, (op, text) in enumerate(runs[:-1]):
        kept = text.rstrip()
        if not kept or kept == text:
            continue
        runs[index][1] = kept
        following = runs[index + 1:index + 3]
        replaced = [r[0] for r in following] == ["delete", "insert"] and op == "equal"
        for run in following[:2 if replaced else 1]:
            run[1] = text[len(kept):] + run[1]
    return [Segment(segment.op, text) for segment, (_, text) in zip(segments, runs, strict=True)]


def render_redline_pdf(comparison: Comparison, old_doc: Document, new_doc: Document, path: Path) -> None:
    from spinout.render.pdf import html_pdf_bytes

    page = render_redline_html(comparison, old_doc, new_doc, embed_css=False)
    Path(path).write_bytes(html_pdf_bytes(page, REDLINE_STYLESHEET))


# ------------------------------------------------------------------ DOCX with tracked changes


class _Revisions:
    """Makes w:ins and w:del marks: each with its own id, the same author and date."""

    def __init__(self, date: str | None) -> None:
        self.date = date
        self.next_id = 1

    def mark(self, op: str) -> BaseOxmlElement:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        element = OxmlElement("w:ins" if op == "insert" else "w:del")
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), REVISION_AUTHOR)
        if self.date:
            element.set(qn("w:date"), self.date)
        self.next_id += 1
        return element


def render_redline_docx(comparison: Comparison, old_doc: Document, new_doc: Document, path: Path) -> None:
    """Write the redline as a .docx at `path`: every rule, every change a tracked change."""
    import docx  # python-docx: only when rendering

    from spinout.render.docx import normalise_docx, set_core_properties

    word = docx.Document()
    context = redline_context(comparison, old_doc, new_doc, collapse=False)
    _page_and_styles(word, context)
    date = document_date(new_doc)
    revisions = _Revisions(f"{date.isoformat()}T00:00:00Z" if date else None)
    _front(word, context)
    for rule in context["rules"]:
        _rule(word, rule, revisions)
    set_core_properties(word.core_properties, title=context["title"], subject=context["society_name"],
                        author=context["author"], comments=context["produced_by"], language=context["language"],
                        date=date, last_modified_by=REVISION_AUTHOR)
    buffer = io.BytesIO()
    word.save(buffer)
    Path(path).write_bytes(normalise_docx(buffer.getvalue(), date))


def _page_and_styles(word: WordDocument, context: dict[str, Any]) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Mm, Pt

    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin = section.bottom_margin = Mm(22)
    # On every page, as in the rules: what this is, and that it is a draft.
    section.footer.paragraphs[0].text = f"Draft - not legal advice. {context['produced_by']}"
    for name, indent, hanging in (("Redline Paragraph", 14, 14), ("Redline Item", 24, 10)):
        style = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = word.styles["Normal"]
        style.paragraph_format.left_indent = Mm(indent)
        style.paragraph_format.first_line_indent = -Mm(hanging)
        style.paragraph_format.tab_stops.add_tab_stop(Mm(indent))
    caption = word.styles.add_style("Redline Caption", WD_STYLE_TYPE.PARAGRAPH)
    caption.base_style = word.styles["Normal"]
    caption.font.bold = True
    caption.paragraph_format.keep_with_next = True
    word.styles["Normal"].font.size = Pt(10.5)


def _front(word: WordDocument, context: dict[str, Any]) -> None:
    word.add_paragraph(context["title"], style="Title")
    word.add_paragraph().add_run("Draft - not legal advice").bold = True
    for text in (context["notice"], context["redline_notice"], context["produced_by"], context["compared"]):
        word.add_paragraph(text)
    word.add_heading("Summary", level=1)
    if context["has_changes"]:
        word.add_paragraph(context["summary_counts"])
    for line in context["summary"]:
        word.add_paragraph(line, style="List Bullet")
    word.add_heading(f"The {context['unit']}s, with the changes marked", level=1)
    word.add_paragraph(REVIEW_HINT)


def _rule(word: WordDocument, rule: SimpleNamespace, revisions: _Revisions) -> None:
    if rule.part_heading:
        word.add_heading(rule.part_heading, level=1)
    heading = word.add_paragraph(style="Heading 2")
    tab = (Segment(_OPS.get(rule.status, "equal"), "\t"),)
    _fill(heading._p, rule.number + tab + rule.title, rule.status, revisions)
    for block in rule.blocks:
        if block.kind == "table":
            _table(word, block, revisions)
            continue
        style = "Redline Item" if block.kind == "item" else "Redline Paragraph"
        _fill(word.add_paragraph(style=style)._p, _line_segments(block), block.status, revisions)


def _line_segments(line: SimpleNamespace) -> tuple[Segment, ...]:
    """What a line shows, as marked text: the number and a tab, or "To write:" on a prompt.
    On an added or removed line these are marked too, so rejecting the change removes them."""
    op = _OPS.get(line.status, "equal")
    if line.kind == "prompt":
        return (Segment(op, "To write: "),) + line.segments
    if line.kind == "figure":
        return (Segment(op, "Figure: "),) + line.segments
    if line.kind == "note":               # the line under a table: no number
        return line.segments
    return line.label + (Segment(op, "\t"),) + line.segments


def _table(word: WordDocument, block: SimpleNamespace, revisions: _Revisions) -> None:
    from spinout.render.docx import _fit_columns

    if block.caption is not None:
        _fill(word.add_paragraph(style="Redline Caption")._p, block.caption.segments,
              block.caption.status, revisions)
    if not block.width:
        return
    table = word.add_table(rows=0, cols=block.width)
    table.style = word.styles["Table Grid"]
    rows = [(block.header, True)] if block.header else []
    for line, header in rows + [(row, False) for row in block.rows]:
        row = table.add_row()
        if line.status in _OPS:
            # A whole row added or removed is a row revision, so Word offers it as one change.
            row._tr.get_or_add_trPr().append(revisions.mark(_OPS[line.status]))
        for cell, segments in zip(row.cells, line.cells, strict=True):
            _append(cell.paragraphs[0]._p, segments, revisions, bold=header, small=True)
    _fit_columns(table)


def _fill(paragraph: CT_P, segments: tuple[Segment, ...], status: str, revisions: _Revisions) -> None:
    """Marked text into a paragraph; a paragraph added or removed whole also has its paragraph
    mark tracked (w:pPr/w:rPr/w:ins or w:del), or rejecting it would leave an empty line."""
    from docx.oxml import OxmlElement

    _append(paragraph, segments, revisions)
    if status in _OPS:
        properties = OxmlElement("w:rPr")
        properties.append(revisions.mark(_OPS[status]))
        paragraph.get_or_add_pPr().append(properties)   # rPr is the last child pPr can have here


def _append(paragraph: CT_P, segments: tuple[Segment, ...], revisions: _Revisions, *, bold: bool = False,
            small: bool = False) -> None:
    for segment in segments:
        if not segment.text:
            continue
        run = _run(segment.text, deleted=segment.op == "delete", bold=bold, small=small)
        if segment.op == "equal":
            paragraph.append(run)
            continue
        mark = revisions.mark(segment.op)
        mark.append(run)
        paragraph.append(mark)


def _run(text: str, *, deleted: bool, bold: bool, small: bool) -> BaseOxmlElement:
    """A w:r holding `text`: tabs and newlines become w:tab and w:br; deleted text goes in
    w:delText, as Word requires inside w:del. lxml escapes the text."""
    import re

    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    if bold or small:
        properties = OxmlElement("w:rPr")
        if bold:
            properties.append(OxmlElement("w:b"))
        if small:
            # 8.5 pt, the size render.docx._fit_columns shares a table's width for
            size = OxmlElement("w:sz")
            size.set(qn("w:val"), "17")
            properties.append(size)
        run.append(properties)
    for piece in re.split(r"(\t|\n)", text):
        if piece in ("\t", "\n"):
            run.append(OxmlElement("w:tab" if piece == "\t" else "w:br"))
        elif piece:
            element = OxmlElement("w:delText" if deleted else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = piece
            run.append(element)
    return run
