"""Lay out a Document as DOCX through docxtpl and templates/constitution.docx.

The template is a Word file with Jinja tags (built by tools/make_docx_template.py).
Rendering uses an autoescaped Jinja environment: every value in the context is data, so
user text such as ``Smith & Sons <Care> {{ 7*7 }}`` appears literally and never runs.
The output is byte-identical for the same Document: fixed core properties and a
normalised zip (fixed timestamps, stable entry order).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from spinout.document import Document
from spinout.render.html import clean_text, document_author, document_date, layout_context
from spinout.resources import data_path

DOCX_TEMPLATE = "constitution.docx"
ZIP_EPOCH = dt.date(1980, 1, 1)     # the earliest date a zip entry can carry


def render_docx(document: Document, path: Path, *, template: Path | None = None) -> None:
    """Write the Document as a .docx file at `path`."""
    from docxtpl import DocxTemplate  # heavy: imported only when rendering

    source = template if template is not None else data_path("templates") / DOCX_TEMPLATE
    docx_template = DocxTemplate(str(source))
    docx_template.render(layout_context(document), jinja_env=_environment(), autoescape=True)

    date = document_date(document)
    _set_core_properties(docx_template.docx.core_properties, document, date)

    buffer = io.BytesIO()
    docx_template.save(buffer)
    Path(path).write_bytes(normalise_docx(buffer.getvalue(), date))


def _environment():
    from jinja2 import Environment, StrictUndefined

    return Environment(autoescape=True, undefined=StrictUndefined, finalize=_protect)


def _protect(value):
    """Escape a printed value for XML, as autoescape would, and also guard the four
    sequences docxtpl rewrites after rendering ("{_{" -> "{{" and the like) so user
    text comes out exactly as written. Returns Markup, which autoescape leaves alone."""
    if isinstance(value, str):
        from markupsafe import Markup, escape

        text = str(escape(value))
        return Markup(text.replace("{_", "{&#95;").replace("_}", "&#95;}"))
    return value


def _set_core_properties(props, document: Document, date: dt.date | None) -> None:
    stamp = dt.datetime.combine(date or ZIP_EPOCH, dt.time())
    props.title = clean_text(document.title)
    props.subject = clean_text(document.society_name)
    props.author = document_author(document)
    props.last_modified_by = "spinout"
    props.comments = clean_text(document.produced_by)
    props.keywords = ""
    props.category = ""
    props.identifier = ""
    props.language = clean_text(document.metadata.get("language") or "en-GB")
    props.revision = 1
    props.created = stamp
    props.modified = stamp


def normalise_docx(data: bytes, date: dt.date | None = None) -> bytes:
    """Rewrite a .docx (zip) so equal contents give equal bytes.

    Every entry gets the same timestamp (`date` at midnight, or 1980-01-01), the same
    attributes and compression, in a stable order: [Content_Types].xml, _rels/.rels,
    then the rest sorted by name.
    """
    when = date if date is not None and date >= ZIP_EPOCH else ZIP_EPOCH
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
