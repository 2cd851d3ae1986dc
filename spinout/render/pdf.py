"""Lay out our pages as PDF: a Document and the review report through Typst
(render/typeset.py), the guides and the redline (HTML pages) through weasyprint.

Each has its notice (a draft, or general information: never legal advice), a running header,
"Page X of Y" and PDF metadata (title, author, the document's date). The same page gives
byte-identical PDF bytes. Every PDF is tagged (PDF/UA-1); the rules are also an archive
(PDF/A-3a, still tagged) carrying the pack's answers and manifest: `make_pdf`, or `carry` to
add them to rules already laid out (render/attach.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spinout.engine.document import Document
from spinout.render.html import document_date
from spinout.resources import data_path

if TYPE_CHECKING:       # weasyprint ships no types: these read as Any, and name what is meant
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    from spinout.render.typeset import Pictures

# Whitespace between two tags: layout-neutral in our HTML pages (every "<" and ">" in the
# page is markup, since text is escaped), but each run is a text node weasyprint parses
# and lays out.
_BETWEEN_TAGS = re.compile(r">\s+<")

# Every HTML page we print is tagged, for screen readers and reflow (in the cache key too)
PDF_VARIANT = "pdf/ua-1"


@dataclass(frozen=True)
class Attachment:
    """A file carried inside a PDF (an associated file, in PDF/A-3's words)."""

    name: str
    data: bytes
    mime_type: str
    relationship: str        # AFRelationship: Source, Data, Supplement ...
    description: str


@dataclass(frozen=True)
class Page:
    """A page of ours to print as PDF: its source and the layout that prints it. With a Typst
    template (templates/*.typ: a Document, the review report) the source is the template's JSON
    data; with a stylesheet it is an HTML page (weasyprint). Only a Document can be an archive."""

    source: str
    layout: str                  # a Typst template (.typ), or an HTML page's stylesheet (.css)
    archive: bool = False
    date: dt.date | None = None
    pictures: Pictures = ()      # a Document's charts, drawn only when the page is laid out...
    drawn: tuple[bytes, ...] | None = None     # ...or before it is handed to a worker (with_drawings)

    @property
    def typeset(self) -> bool:
        return self.layout.endswith(".typ")

    def cost(self) -> int:
        """About how many milliseconds of CPU it takes to lay out and write, for sharing work
        between workers. Measured on a pack: an HTML page (weasyprint) took 0.57-0.96 ms a tag
        (every "<" is markup: text is escaped, and pictures are base64); a Document (Typst), about
        0.014 ms a value (one '"' opens each), the rules 115 ms."""
        if self.typeset:
            return self.source.count('"') // 70
        return self.source.count("<") * 3 // 4


def document_page(document: Document, *, archive: bool = False) -> Page:
    from spinout.render.typeset import TEMPLATE, document_source

    source, pictures = document_source(document)
    return Page(source, TEMPLATE, archive, document_date(document), pictures)


def make_pdf(page: Page, attachments: tuple[Attachment, ...] = ()) -> bytes:
    """A page's PDF; for an archive page (a Document's only), one that carries `attachments`.
    Every PDF of ours is made here, in this process or a worker."""
    if page.typeset:
        from spinout.render.typeset import typeset_pdf

        return typeset_pdf(page.source, page.pictures, drawn=page.drawn, archive=page.archive,
                           attachments=attachments, template=page.layout)
    if page.archive or attachments:
        raise ValueError("only a Document's page is laid out as an archive that carries files")
    return html_pdf_bytes(page.source, page.layout)


def with_drawings(page: Page) -> Page:
    """The page with its charts drawn, by this process: it draws them for the Word file anyway,
    and a worker would draw them again."""
    from spinout.render.typeset import draw_pictures

    return replace(page, drawn=draw_pictures(page.pictures)) if page.pictures and page.drawn is None else page


def carry(laid_out: bytes, page: Page, attachments: tuple[Attachment, ...]) -> bytes:
    """An archive page's PDF, laid out already (make_pdf with no attachments), carrying
    `attachments`: the bytes make_pdf(page, attachments) gives."""
    from spinout.render.typeset import carry as carry_files

    if not (page.typeset and page.archive):
        raise ValueError("only a Document's archive page carries files")
    return carry_files(laid_out, page.source, attachments)


def cached_page_pdf(page: Page) -> bytes | None:
    """The page's PDF from the cache, if a build laid out the same page before."""
    from spinout.engine.cache import cache_lookup

    return cache_lookup("pdf", _page_key(page))


def keep_page_pdf(page: Page, data: bytes) -> None:
    from spinout.engine.cache import cache_store

    cache_store("pdf", _page_key(page), data)


def _page_key(page: Page) -> str:
    # everything that decides the bytes: the page (pictures and all), the layout's text, the
    # versions of the renderer and its libraries, the fonts installed (and spinout's code,
    # which the cache adds)
    return f"{page.source}\0{page.pictures!r}\0{page.date}\0{page.layout}\0{layout_fingerprint(page.layout)}"


def render_pdf(document: Document, path: Path) -> None:
    """Write the Document as a PDF file at `path`."""
    Path(path).write_bytes(pdf_bytes(document))


def pdf_bytes(document: Document, attachments: tuple[Attachment, ...] = ()) -> bytes:
    """The Document's PDF as bytes; with `attachments`, an archive that carries them."""
    return make_pdf(document_page(document, archive=bool(attachments)), attachments)


def html_pdf_bytes(page: str, stylesheet: str) -> bytes:
    """An HTML page of ours (the review, a guide, the redline) as PDF bytes, with one of our
    stylesheets. Not thread-safe (weasyprint is not): in parallel, use processes."""
    import weasyprint  # heavy (~0.4 s to import): only when rendering

    html = _BETWEEN_TAGS.sub("><", page)
    templates = data_path("templates")
    options = {"pdf_variant": PDF_VARIANT, "pdf_tags": True}
    pages = weasyprint.HTML(string=html, base_url=str(templates), url_fetcher=package_fetcher()).render(
        stylesheets=[_stylesheet(stylesheet)], font_config=_font_config(), **options)
    _compress_at_level_6()
    # /ID from the content, not from time or randomness: same page, same bytes
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    data: bytes = pages.write_pdf(pdf_identifier=identifier, **options)
    return data


class _Level6Zlib:
    """zlib, but a compressor asked for level 9 gets level 6 (see _compress_at_level_6)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    @staticmethod
    def compressobj(level: int = -1, *args: Any, **kwargs: Any) -> Any:
        return zlib.compressobj(min(level, 6) if level >= 0 else level, *args, **kwargs)


def _compress_at_level_6() -> None:
    """pydyf compresses every stream at zlib's level 9: a third of the time it took to write the
    rules PDF (0.16 of 0.48 s), for 4% fewer bytes than level 6. It reads zlib through its own
    module's name, so that name, for pydyf alone, is a zlib whose compressor stops at level 6."""
    import pydyf

    if not isinstance(pydyf.zlib, _Level6Zlib):
        pydyf.zlib = _Level6Zlib()


# Kept for the life of the process: a second PDF (the business case, a batch) skips
# fontconfig set-up and re-parsing the stylesheet.
@cache
def _font_config() -> FontConfiguration:
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@cache
def _stylesheet(name: str) -> CSS:
    import weasyprint

    return weasyprint.CSS(filename=str(data_path("templates") / name), font_config=_font_config(),
                          url_fetcher=package_fetcher())


def warm_up() -> None:
    """Do the one-off work before a page is ready: Typst's fonts and first layout. Not in a
    process that will fork: Typst's threads would not follow. weasyprint (~0.4 s) is loaded
    only for the first HTML page (the guides)."""
    from spinout.render.typeset import warm_up as warm_up_typst

    warm_up_typst()


def layout_fingerprint(layout: str) -> str:
    """What else a page's PDF depends on: the layout's text (a Typst template or a stylesheet),
    the renderer's versions and the fonts installed."""
    if layout.endswith(".typ"):
        from spinout.render.typeset import typeset_fingerprint

        template = (data_path("templates") / layout).read_text(encoding="utf-8")
        return f"{template}{typeset_fingerprint()}; {_fonts_fingerprint()}"
    return (data_path("templates") / layout).read_text(encoding="utf-8") + renderer_fingerprint()


@cache
def renderer_fingerprint() -> str:
    """The versions of everything between HTML and PDF bytes: weasyprint, its PDF writer, the
    font subsetter, Pango and HarfBuzz. A cache filled by a machine with other versions of any
    of them would give other bytes for the same page."""
    from spinout.engine.cache import package_versions

    return "; ".join([package_versions("weasyprint", "pydyf", "fonttools"), _library_versions(), PDF_VARIANT])


def _library_versions() -> str:
    """Pango's and HarfBuzz's versions, whether fonts are subset, and the fonts installed,
    read without importing weasyprint (this process may never lay out a page: every PDF of
    a rebuild may come from the cache)."""
    import ctypes

    found = []
    for label, library, call in (("pango", "libpango-1.0.so.0", "pango_version_string"),
                                 ("harfbuzz", "libharfbuzz.so.0", "hb_version_string")):
        try:
            function = getattr(ctypes.CDLL(library), call)
            function.restype = ctypes.c_char_p
            found.append(f"{label} {function().decode('ascii')}")
        except (OSError, AttributeError):
            found.append(f"{label} unknown")
    try:
        ctypes.CDLL("libharfbuzz-subset.so.0")
        found.append("subset yes")
    except OSError:
        found.append("subset no")
    return ", ".join(found + [_fonts_fingerprint()])


@cache
def _fonts_fingerprint() -> str:
    """The fonts fontconfig can find and their versions: a font updated or added can change
    how a page breaks, so it changes the key."""
    import shutil
    import subprocess

    if shutil.which("fc-list") is None:
        return "fonts unknown"
    try:
        listed = subprocess.run(["fc-list", "--format", "%{file} %{fontversion}\\n"], capture_output=True,
                                text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return "fonts unknown"
    return "fonts " + hashlib.sha256("\n".join(sorted(listed.splitlines())).encode()).hexdigest()


# ---------------------------------------------------------------- what a layout may read

class RefusedURL(ValueError):
    pass


@cache
def package_fetcher() -> URLFetcher:
    """A URL fetcher for weasyprint that serves spinout's own data files and data: URLs (the
    charts), and refuses everything else: no file outside the package data, no network. User
    text is escaped before it reaches a page, so nothing should ever ask; this makes sure."""
    from urllib.parse import unquote, urlsplit

    from weasyprint.urls import URLFetcher, URLFetcherResponse

    from spinout.resources import data_root

    root = data_root().resolve()

    class PackageFetcher(URLFetcher):
        refused: list[str] = []

        def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
            if url.startswith("data:"):
                return super().fetch(url, headers)         # decoded in memory: no I/O
            parts = urlsplit(url)
            if parts.scheme == "file" and parts.netloc in ("", "localhost"):
                path = Path(unquote(parts.path)).resolve()
                if path.is_relative_to(root) and path.is_file():
                    return URLFetcherResponse(url, path.read_bytes())
            self.refused.append(url)
            raise RefusedURL(f"spinout lays out only its own files; refused {url[:80]}")

    return PackageFetcher(allowed_protocols=("data", "file"))
