"""Lay out a Document as PDF with Typst (templates/document.typ).

The template reads the whole Document from one JSON input and prints every value as text:
user text is data, never Typst markup. The JSON is made from the same `layout_context` the
Word layout walks, so the two show the same words (tests/test_libreoffice.py reads both).
Typst lays a page out about six times faster than weasyprint did (the rules: ~5 ms a page
against ~31), and writes tagged PDF (PDF/UA-1), and for the rules an archive (PDF/A-3a)
carrying files, itself.

A Compiler is kept for the life of the process: fonts are found once, and the template read
once. Typst's threads do not survive a fork: see _started_in.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import threading
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import IO, TYPE_CHECKING, Any

from spinout.engine.document import Chart, Document
from spinout.render.html import LONG_WORD, layout_context
from spinout.resources import data_path

if TYPE_CHECKING:
    import typst
    from typst import PDFStandard

    from spinout.render.pdf import Attachment

TEMPLATE = "document.typ"
TAGGED: list[PDFStandard] = ["ua-1"]            # every PDF: tagged, for screen readers and reflow
ARCHIVE: list[PDFStandard] = ["a-3a", "ua-1"]   # the rules: an archive that carries files, still tagged

# A word longer than a table column or a line is broken (a zero-width space every so many
# characters): Typst, like a word processor, would otherwise run it off the page.
# Dots and underscores are left whole: a line of them is a blank to write on (ours, and short
# enough for a line), where a break would show.
_LONG_WORD = re.compile(r"[^\s._\u2026]{%d,}" % (LONG_WORD + 1))
_BREAK_EVERY = 20
# A table's line, in characters of its 8.5 pt text (the page is 163 mm wide), and a cell's
# padding in characters (1.5 mm each side)
_TABLE_CHARACTERS = 100
_CELL_PADDING = 2
# values that are names, not text on the page (no breaks in them)
_KEEP = frozenset({"anchor", "kind", "align", "layout", "language", "date", "title_meta", "author"})


Pictures = tuple[tuple[Chart, int], ...]       # the charts a page shows (drawn at layout), and their widths


def document_source(document: Document) -> tuple[str, Pictures]:
    """The Document as the template's input: JSON, in a fixed order (same Document, same text),
    and the charts it shows, not yet drawn: a page from the cache never draws them."""
    context = layout_context(document, draw=False)
    pictures: list[tuple[Chart, int]] = []
    data = {key: _plain(value, pictures, key) for key, value in context.items()}
    data["title_meta"] = context["title"]
    data["author"] = context["author"]
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), tuple(pictures)


def _plain(value: Any, pictures: list[tuple[Chart, int]], key: str = "") -> Any:
    """A layout value as JSON data: a chart as its number among the pictures, long words
    breakable, and the table columns' share of the width."""
    if isinstance(value, SimpleNamespace):
        fields = {k: _plain(v, pictures, k) for k, v in vars(value).items() if k != "chart"}
        if fields.get("kind") == "table":
            fields["widths"] = _column_shares(value.headers, value.rows)
        if fields.get("kind") == "figure":
            fields["picture"] = len(pictures)
            pictures.append((value.chart, value.width_mm))
        return fields
    if isinstance(value, dict):
        return {k: _plain(v, pictures, k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item, pictures, key) for item in value]
    if isinstance(value, str) and key not in _KEEP:
        return _LONG_WORD.sub(_breakable, value)
    return value


def text_source(data: dict[str, Any]) -> str:
    """Plain values (text, lists, mappings) as a template's input: JSON in a fixed order, long
    words breakable. For pages other than a Document's (the review report)."""
    return json.dumps(_plain(data, []), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def draw_pictures(pictures: Pictures) -> tuple[bytes, ...]:
    """Each picture's PNG (drawn once a process: the Word file shares them)."""
    from spinout.render.chart import chart_png

    return tuple(chart_png(chart, width) for chart, width in pictures)


def _breakable(match: re.Match[str]) -> str:
    word = match.group(0)
    return "\u200b".join(word[i:i + _BREAK_EVERY] for i in range(0, len(word), _BREAK_EVERY))


def _column_shares(headers: list[str], rows: list[list[str]]) -> list[int]:
    """Each column's share of a table's width, shared out as a browser's automatic table layout
    does, in characters: every column gets at least its longest word, and what is left of the
    line goes to the columns whose lines are longer than that, in proportion."""
    width = len(headers) if headers else max((len(row) for row in rows), default=0)
    least, most = [], []
    for column in range(width):
        texts = [row[column] for row in rows if column < len(row)] + ([headers[column]] if headers else [])
        words = [len(word) for text in texts for word in text.split()]
        lines = [len(line) for text in texts for line in text.split("\n")]
        least.append(min(max(words, default=1), LONG_WORD) + _CELL_PADDING)
        most.append(max(max(lines, default=1) + _CELL_PADDING, least[-1]))
    if sum(most) <= _TABLE_CHARACTERS:
        return most
    spare, wanted = _TABLE_CHARACTERS - sum(least), sum(most) - sum(least)
    if spare <= 0:
        return least
    return [round((low + (high - low) * spare / wanted) * 10) for low, high in zip(least, most, strict=True)]


def typeset_pdf(source: str, pictures: Pictures = (), *, drawn: tuple[bytes, ...] | None = None,
                archive: bool = False, attachments: tuple[Attachment, ...] = (), template: str = TEMPLATE) -> bytes:
    """The PDF of a Document's source and pictures (document_source), the pictures `drawn`
    already or drawn here, through `template`; an archive carries `attachments`."""
    pngs = draw_pictures(pictures) if drawn is None else drawn
    drawn_json = json.dumps([list(png) for png in pngs], separators=(",", ":"))
    return _typeset(template, source, drawn_json, archive, attachments)


def _typeset(template: str, source: str, drawn: str, archive: bool, attachments: tuple[Attachment, ...]) -> bytes:
    if attachments and not archive:
        raise ValueError("attachments go only in an archive PDF")
    laid_out = _lay_out(template, source, drawn, archive)
    return carry(laid_out, source, attachments) if attachments else laid_out


def _lay_out(template: str, source: str, drawn: str, archive: bool) -> bytes:
    """Typst's PDF of the source, here or (in a process forked after Typst started) in a helper."""
    if _forked_after_start():
        with _lock:
            return _helper().lay_out(template, source, drawn, archive)
    return _compile(_compiler(template), {"document": source, "pictures": drawn}, ARCHIVE if archive else TAGGED)


def carry(laid_out: bytes, source: str, attachments: tuple[Attachment, ...]) -> bytes:
    """A laid-out archive (typeset_pdf with no attachments) carrying `attachments`, dated with
    its document (render/attach.py): the same bytes as typeset_pdf with them."""
    from spinout.render.attach import add_files

    date = json.loads(source).get("date") or ""
    return add_files(laid_out, attachments, dt.date.fromisoformat(date) if date else None)


# Typst runs threads of its own, which a forked child does not inherit: in a child forked
# after Typst started, a layout would wait for ever. Such a child (a pool forked by a process
# that laid out a PDF itself) lays out in a helper process of its own, started fresh.
_started_in: int | None = None
_lock = threading.RLock()           # one layout at a time per compiler (the web server's threads)


def _forked_after_start() -> bool:
    return _started_in not in (None, os.getpid())


def _compile(compiler: typst.Compiler, inputs: dict[str, str], standards: list[PDFStandard]) -> bytes:
    import typst

    global _started_in
    with _lock:
        _started_in = os.getpid()
        try:
            data = compiler.compile(sys_inputs=inputs, pdf_standards=standards)
        except typst.TypstError as exc:       # our template's fault, never the answers': say where
            raise RuntimeError(f"Typst could not lay out the document: {exc.diagnostic or exc}") from None
    if not isinstance(data, bytes):
        raise RuntimeError("Typst made no PDF")
    return data


@cache
def _fonts() -> typst.Fonts:
    """The fonts Typst may use, found once a process (Liberation, named by the template)."""
    import typst

    return typst.Fonts()


@cache
def _compiler(template: str = TEMPLATE) -> typst.Compiler:
    import typst

    templates = data_path("templates")
    return typst.Compiler(str(templates / template), root=str(templates), font_paths=_fonts())


class _Helper:
    """A fresh process that lays out for this one: requests and replies as length-prefixed JSON
    and bytes over its standard input and output. It ends when this process closes its input."""

    def __init__(self) -> None:
        code = "from spinout.render.typeset import serve_helper; serve_helper()"
        self._process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": _import_path()})

    def lay_out(self, template: str, source: str, drawn: str, archive: bool) -> bytes:
        assert self._process.stdin is not None and self._process.stdout is not None
        request = {"template": template, "source": source, "drawn": drawn, "archive": archive}
        _send(self._process.stdin, json.dumps(request).encode("utf-8"))
        status, payload = _receive(self._process.stdout)
        if status != b"ok":
            raise RuntimeError(payload.decode("utf-8", "replace") or "the layout helper stopped")
        return payload


_helpers: dict[int, _Helper] = {}


def _helper() -> _Helper:
    with _lock:
        if os.getpid() not in _helpers:
            _helpers[os.getpid()] = _Helper()
        return _helpers[os.getpid()]


def serve_helper() -> None:
    """The helper's loop: lay out each request, until its input ends."""
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            _, request = _receive(requests)
        except EOFError:
            return
        message = json.loads(request)
        try:
            reply = (b"ok", _lay_out(message["template"], message["source"], message["drawn"], message["archive"]))
        except Exception as exc:
            reply = (b"error", f"{type(exc).__name__}: {exc}".encode())
        _send(replies, reply[1], reply[0])


def _send(stream: IO[bytes], payload: bytes, status: bytes = b"ok") -> None:
    stream.write(status + b" " + str(len(payload)).encode("ascii") + b"\n" + payload)
    stream.flush()


def _receive(stream: IO[bytes]) -> tuple[bytes, bytes]:
    header = stream.readline()
    if not header:
        raise EOFError("the layout helper closed its output")
    status, size = header.split()
    return status, stream.read(int(size))


def _import_path() -> str:
    """Where this spinout is imported from, first on the helper's path (a checkout or a wheel)."""
    root = str(Path(__file__).resolve().parents[2])
    return os.pathsep.join([root, *filter(None, [os.environ.get("PYTHONPATH", "")])])


def warm_up() -> None:
    """Find the fonts and lay out a first page before a Document is ready."""
    sample = Document(title="Warm up", society_name="", subtitle="", notice="", produced_by="", parts=(),
                      metadata={"date": dt.date(2000, 1, 1).isoformat()})
    typeset_pdf(*document_source(sample))


@cache
def typeset_fingerprint() -> str:
    """What else a Typst page's PDF depends on, besides its template and fonts: Typst's version."""
    from spinout.engine.cache import package_versions

    return package_versions("typst")
