"""Lay out a Document as DOCX through docxtpl and templates/constitution.docx.

The template is a Word file with Jinja tags (built by tools/make_docx_template.py).
Rendering uses an autoescaped Jinja environment: every value in the context is data, so
user text such as ``Smith & Sons <Care> {{ 7*7 }}`` appears literally and never runs.
The output is byte-identical for the same Document: fixed core properties and a
normalised zip (fixed timestamps, stable entry order).

Numbers are Word's own list numbering and cross-references are REF fields to bookmarks
(render/wordfields.py), so a solicitor can insert a rule in Word and update fields. Member
summaries (Document.numbered False) are for members, not lawyers: no legal numbering at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2 import StrictUndefined

from spinout.engine.document import Document, Paragraph
from spinout.render.html import FILL_IN, clean_text, document_author, document_date, layout_context
from spinout.render.wordfields import (
    Bookmarks,
    ContentsEntry,
    contents_name,
    contents_paragraphs,
    referenced_text,
    run,
)
from spinout.render.wordstyles import apply_layout_styles, make_room_to_write
from spinout.resources import data_path

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.opc.coreprops import CoreProperties
    from docx.table import Table as WordTable
    from docxtpl import DocxTemplate  # ships no types: reads as Any
    from markupsafe import Markup

DOCX_TEMPLATE = "constitution.docx"
ZIP_EPOCH = dt.date(1980, 1, 1)     # the earliest date a zip entry can carry
ZIP_LAST = dt.date(2107, 12, 31)    # and the latest


def render_docx(document: Document, path: Path, *, template: Path | None = None) -> None:
    """Write the Document as a .docx file at `path`."""
    Path(path).write_bytes(docx_bytes(document, template=template))


def cached_docx_bytes(document: Document) -> bytes:
    """The Document's Word file: from the cache, or made and kept there."""
    found = cached_docx(document)
    if found is None:
        found = docx_bytes(document)
        keep_docx(document, found)
    return found


def cached_docx(document: Document) -> bytes | None:
    """The Document's Word file, if a build made the same one before (a rebuild after a
    rules-only answer makes only the rules' again)."""
    from spinout.engine.cache import cache_lookup

    return cache_lookup("docx", _docx_key(document), valid=_is_docx)


def keep_docx(document: Document, data: bytes) -> None:
    from spinout.engine.cache import cache_store

    cache_store("docx", _docx_key(document), data, valid=_is_docx)


def docx_cost(document: Document) -> int:
    """About how many milliseconds of CPU its Word file takes (the rules: ~250 blocks, ~100 ms)."""
    return sum(len(rule.blocks) for rule in document.rules()) * 2 // 5


def _docx_key(document: Document) -> str:
    # the Document itself, the template's bytes and the Word libraries' versions (and spinout's
    # code, which the cache adds)
    return f"{document!r}\0{_template_fingerprint()}"


def _is_docx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


@cache
def _template_fingerprint() -> str:
    from ..engine.cache import package_versions

    template = hashlib.sha256((data_path("templates") / DOCX_TEMPLATE).read_bytes()).hexdigest()
    return f"{template}; {package_versions('docxtpl', 'python-docx', 'lxml', 'jinja2')}"


def docx_bytes(document: Document, *, template: Path | None = None) -> bytes:
    """The Document as the bytes of a .docx file."""
    from docxtpl import DocxTemplate  # heavy: imported only when rendering

    source = template if template is not None else data_path("templates") / DOCX_TEMPLATE
    docx_template = DocxTemplate(str(source))
    context = word_context(document)
    _attach_images(docx_template, context)
    _attach_runs(context)
    docx_template.render(context, jinja_env=_environment(), autoescape=True)

    for table in docx_template.docx.tables:
        _fit_columns(table)
    blocks = [block for part in context["parts"] for rule in part.rules for block in rule.blocks]
    _format_tables(docx_template.docx, [block for block in blocks if block.kind == "table"])
    _describe_figures(docx_template.docx, [block for block in blocks if block.kind == "figure"])
    apply_layout_styles(docx_template.docx, document.layout)     # member summaries, large print
    make_room_to_write(docx_template.docx, FILL_IN)
    date = document_date(document)
    set_core_properties(docx_template.docx.core_properties, title=document.title, subject=document.society_name,
                        author=document_author(document), comments=document.produced_by,
                        language=document.metadata.get("language") or "en-GB", date=date)

    buffer = io.BytesIO()
    docx_template.save(buffer)
    return normalise_docx(buffer.getvalue(), date)


def word_context(document: Document) -> dict[str, Any]:
    """The layout context (render/html.py) plus what only Word has: each heading, paragraph and
    item as runs holding its bookmarks and REF fields, and the contents field's entries."""
    from markupsafe import Markup

    context = layout_context(document)
    numbered = document.numbered
    marks = Bookmarks(_targets(document) if numbered else frozenset())
    entries: list[ContentsEntry] = []
    for part, part_view in zip(document.parts, context["parts"], strict=True):
        heading = f"Part {part.number}: {part.title}" if numbered else part.title
        anchors = [contents_name("part", str(part.number))] if numbered else []
        part_view.runs = Markup(marks.around(anchors, run(heading)))
        entries.append(ContentsEntry(1, "", heading, anchors[0] if anchors else ""))
        for rule, rule_view in zip(part.rules, part_view.rules, strict=True):
            anchors = [contents_name("rule", rule.number), *marks.target_names(rule.number)] if numbered else []
            rule_view.runs = Markup(marks.around(anchors, run(rule.title)))
            entries.append(ContentsEntry(2, rule.number, rule.title, anchors[0] if anchors else ""))
            for block, view in zip(rule.blocks, rule_view.blocks, strict=True):
                if isinstance(block, Paragraph):
                    _paragraph_runs(block, view, marks, numbered)
    if document.signatures is not None:
        entries.append(ContentsEntry(1, "", document.signatures.heading, ""))
    context["numbered"] = numbered
    context["contents"] = [SimpleNamespace(level=level, runs=Markup(runs))
                           for level, runs in contents_paragraphs(entries)] if numbered else []
    return context


def _targets(document: Document) -> frozenset[str]:
    """The numbers some cross-reference in the document points at (each gets a bookmark)."""
    found: set[str] = set()
    for rule in document.rules():
        for block in rule.blocks:
            if isinstance(block, Paragraph):
                found.update(ref.target for ref in block.refs)
                found.update(ref.target for refs in block.item_refs for ref in refs)
    return frozenset(found)


def _paragraph_runs(block: Paragraph, view: SimpleNamespace, marks: Bookmarks, numbered: bool) -> None:
    """A paragraph's runs (the text's, or for pasted text only the numbered line's bookmark:
    the text itself follows as typed) and each item's."""
    from markupsafe import Markup

    names = marks.target_names(block.number) if numbered and block.number else []
    text = "" if block.verbatim else block.text
    view.runs = Markup(marks.around(names, referenced_text(text, () if block.verbatim else block.refs,
                                                          fields=numbered)))
    for index, entry in enumerate(view.entries):
        entry.runs = Markup(referenced_text(block.items[index], block.references_of_item(index), fields=numbered))


def _attach_images(template: DocxTemplate, context: dict[str, Any]) -> None:
    """Figures become docxtpl InlineImages (they need the template to be created first)."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    for part in context["parts"]:
        for rule in part.rules:
            for block in rule.blocks:
                if block.kind == "figure":
                    block.image = InlineImage(template, io.BytesIO(block.png), width=Mm(block.width_mm))


def _attach_runs(context: dict[str, Any]) -> None:
    """The group's own words as Word runs, bold where they asked: built here as XML (each run's
    text escaped and guarded like every other value) for the template's {{r piece.xml }}."""
    for part in context["parts"]:
        for rule in part.rules:
            for block in rule.blocks:
                if block.kind == "words":
                    for piece in block.pieces:
                        piece.xml = _runs_xml(piece.runs)


def _runs_xml(runs: list[SimpleNamespace]) -> Markup:
    from markupsafe import Markup

    xml = "".join(f'<w:r>{"<w:rPr><w:b/></w:rPr>" if run.bold else ""}'
                  f'<w:t xml:space="preserve">{_protect(run.text)}</w:t></w:r>' for run in runs)
    return Markup(xml or '<w:r><w:t xml:space="preserve"></w:t></w:r>')


def _format_tables(docx: WordDocument, blocks: list[SimpleNamespace]) -> None:
    """What the template's generic table cannot say cell by cell: figures set right (a
    column marked "r") and totals in bold. The body's tables are the Table blocks in order
    (a table with no cells renders nothing and is not among `blocks`' "table" kinds)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    tables = docx.tables
    if len(tables) != len(blocks):          # not the template's layout: leave it as it is
        return
    for table, block in zip(tables, blocks, strict=True):
        first = 1 if block.headers else 0   # the heading row, if any
        for index, row in enumerate(table.rows):
            bold = first <= index < first + len(block.bold) and block.bold[index - first]
            for column, cell in enumerate(row.cells):
                right = column < len(block.align) and block.align[column] == "r"
                for paragraph in cell.paragraphs:
                    if right:
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if bold:
                        for run in paragraph.runs:
                            run.bold = True


def _describe_figures(docx: WordDocument, blocks: list[SimpleNamespace]) -> None:
    """Give each picture its text alternative: Word's alt text is the `descr` (and `title`)
    of the drawing's wp:docPr; docxtpl leaves them empty. Pictures are in Figure order."""
    from docx.oxml.ns import qn

    body = docx.element.body
    pictures = list(body.iter(qn("wp:docPr")))
    names = list(body.iter(qn("pic:cNvPr")))
    if len(pictures) != len(blocks):
        return
    for index, block in enumerate(blocks):
        for element in (pictures[index], names[index] if index < len(names) else None):
            if element is not None:
                element.set("descr", block.alt)
                element.set("title", block.caption)


@cache
def _environment() -> jinja2.Environment:
    return _CompilingOnce(autoescape=True, undefined=StrictUndefined, finalize=_protect)


class _CompilingOnce(jinja2.Environment):
    """docxtpl compiles each part of the Word template (its body, headers, footers) on every
    render, and a pack renders the same template five or six times: here each part's XML is
    compiled once a process (~15 ms each). A compiled template may be rendered any number of
    times, from any thread."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._compiled: dict[str, jinja2.Template] = {}

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> jinja2.Template:
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        if source not in self._compiled:
            if len(self._compiled) >= 16:        # a process meets a handful of templates
                self._compiled.clear()
            self._compiled[source] = super().from_string(source)
        return self._compiled[source]


def _protect(value: object) -> object:
    """Escape a printed value for XML, as autoescape would, and also guard the four
    sequences docxtpl rewrites after rendering ("{_{" -> "{{" and the like) so user
    text comes out exactly as written. Returns Markup, which autoescape leaves alone."""
    if isinstance(value, str):
        from markupsafe import Markup, escape

        text = str(escape(value))
        return Markup(text.replace("{_", "{&#95;").replace("_}", "&#95;}"))
    return value


def _fit_columns(table: WordTable) -> None:
    """Share the table's width between its columns by how much text each holds.

    docxtpl's column loop leaves equal columns; LibreOffice lays tables out by the grid,
    so a 6-column table with one wordy column would otherwise wrap badly.
    """
    from docx.oxml.ns import qn

    tbl = table._tbl
    grid = tbl.find(qn("w:tblGrid"))
    columns = grid.findall(qn("w:gridCol")) if grid is not None else []
    rows = [tr.findall(qn("w:tc")) for tr in tbl.findall(qn("w:tr"))]
    if not columns or any(len(cells) != len(columns) for cells in rows):
        return                                  # merged cells: leave docxtpl's grid
    total = sum(int(col.get(qn("w:w"), "0")) for col in columns)
    # about one character of 8.5 pt DejaVu Sans, in twips, and a cell's padding
    char, padding = 110, 220
    needed, wanted = [], []
    for index in range(len(columns)):
        texts = ["".join(t.text or "" for t in cells[index].iter(qn("w:t"))) for cells in rows]
        longest_word = max((len(word) for text in texts for word in text.split()), default=1)
        longest_line = max((len(text) for text in texts), default=1)
        needed.append(longest_word * char + padding)            # never break a word
        wanted.append(max(min(longest_line, 45) * char + padding - needed[-1], 0))
    spare = total - sum(needed)
    if spare <= 0:                                             # too many columns: shrink
        widths = [total * need // sum(needed) for need in needed]
    elif not sum(wanted):                                      # short words only: share
        widths = [need + spare // len(needed) for need in needed]
    else:
        widths = [need + spare * want // sum(wanted) for need, want in zip(needed, wanted, strict=True)]
    for col, width in zip(columns, widths, strict=True):
        col.set(qn("w:w"), str(width))
    for cells in rows:
        for cell, width in zip(cells, widths, strict=True):
            tc_pr = cell.find(qn("w:tcPr"))
            tc_w = tc_pr.find(qn("w:tcW")) if tc_pr is not None else None
            if tc_w is not None:
                tc_w.set(qn("w:w"), str(width))
                tc_w.set(qn("w:type"), "dxa")


def core_property(text: str) -> str:
    """A value Word's document properties can hold: at most 255 characters (a long society
    name in "What membership means for you: NAME" once stopped a build)."""
    text = clean_text(text).replace("\n", " ")
    return text if len(text) <= 255 else text[:254] + "\u2026"


def set_core_properties(props: CoreProperties, *, title: str, subject: str, author: str, comments: str, language: str,
                        date: dt.date | None, last_modified_by: str = "spinout") -> None:
    """Word's document properties, set the same way for every .docx spinout writes: nothing
    from the machine or the clock (the pack's date at midnight), so equal answers give equal bytes."""
    stamp = dt.datetime.combine(date or ZIP_EPOCH, dt.time())
    props.title = core_property(title)
    props.subject = core_property(subject)
    props.author = core_property(author)
    props.last_modified_by = last_modified_by
    props.comments = core_property(comments)
    props.keywords = props.category = props.identifier = ""
    props.language = clean_text(language)
    props.revision = 1
    props.created = props.modified = stamp


def normalise_docx(data: bytes, date: dt.date | None = None) -> bytes:
    """Rewrite a .docx (zip) so equal contents give equal bytes.

    Every entry gets the same timestamp (`date` at midnight, or 1980-01-01), the same
    attributes and compression, in a stable order: [Content_Types].xml, _rels/.rels,
    then the rest sorted by name.
    """
    when = date if date is not None and ZIP_EPOCH <= date <= ZIP_LAST else ZIP_EPOCH
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    first = ("[Content_Types].xml", "_rels/.rels")
    order = [name for name in first if name in entries]
    order += sorted(name for name in entries if name not in first)

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, entries[name], compresslevel=6)
    return out.getvalue()
