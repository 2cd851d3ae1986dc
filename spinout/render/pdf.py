"""Lay out a Document as PDF: the HTML layout printed by weasyprint (CSS paged media).

Title page with the draft notice, contents with page numbers, running header with the
society's name, "Page X of Y" and "Draft - not legal advice" on every page, and PDF
metadata from the HTML head (title, author, dcterms.created / modified = the document's
date). The same Document gives byte-identical PDF bytes.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from spinout.engine.document import Document
from spinout.render.html import STYLESHEET, build_html
from spinout.resources import data_path

if TYPE_CHECKING:       # weasyprint ships no types: these read as Any, and name what is meant
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher, URLFetcherResponse

# Whitespace between two tags: layout-neutral in this template (every "<" and ">" in the
# page is markup, since text is escaped), but each run is a text node weasyprint parses
# and lays out.
_BETWEEN_TAGS = re.compile(r">\s+<")

# Every PDF we write is tagged, for screen readers and reflow (in the cache key too)
PDF_VARIANT = "pdf/ua-1"


def render_pdf(document: Document, path: Path) -> None:
    """Write the Document as a PDF file at `path`."""
    Path(path).write_bytes(pdf_bytes(document))


def pdf_bytes(document: Document) -> bytes:
    """The PDF as bytes. Not thread-safe (weasyprint is not): render in parallel with
    processes, not threads."""
    return html_pdf_bytes(build_html(document, stylesheet_href=None, embed_css=False), STYLESHEET)


def html_pdf_bytes(page: str, stylesheet: str) -> bytes:
    """Any page of ours (the rules, a guide) as PDF bytes, with one of our stylesheets."""
    import weasyprint  # heavy (~0.4 s to import): only when rendering

    html = _BETWEEN_TAGS.sub("><", page)
    templates = data_path("templates")
    return weasyprint.HTML(string=html, base_url=str(templates), url_fetcher=package_fetcher()).write_pdf(
        stylesheets=[_stylesheet(stylesheet)],
        font_config=_font_config(),
        # Tagged (PDF/UA-1): a structure tree of headings, lists, tables and figures with
        # their alt text, /Lang from <html lang>, the title shown in the window's bar
        pdf_variant=PDF_VARIANT,
        # /ID from the content, not from time or randomness: same Document, same bytes
        pdf_identifier=hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii"),
    )


# Kept for the life of the process: a second PDF (the business case, a batch) skips
# fontconfig set-up and re-parsing the stylesheet.
@cache
def _font_config() -> FontConfiguration:
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@cache
def _stylesheet(name: str = STYLESHEET) -> CSS:
    import weasyprint

    return weasyprint.CSS(filename=str(data_path("templates") / name), font_config=_font_config(),
                          url_fetcher=package_fetcher())


def warm_up() -> None:
    """Do the slow one-off work (import, fonts, stylesheet, first layout) before a Document is ready."""
    import weasyprint

    sample = ('<p class="para">1.1\tWarm <b>up</b></p><h2 class="part-title">Part</h2>'
              '<table class="rule-table"><tr><th>a</th><td>b</td></tr></table>')
    weasyprint.HTML(string=sample, url_fetcher=package_fetcher()).render(stylesheets=[_stylesheet()],
                                                                        font_config=_font_config())


def stylesheet_fingerprint(name: str) -> str:
    """What else a page's PDF depends on: the stylesheet's text and the renderer's versions."""
    return (data_path("templates") / name).read_text(encoding="utf-8") + renderer_fingerprint()


@cache
def renderer_fingerprint() -> str:
    """The versions of everything between HTML and PDF bytes: weasyprint, its PDF writer, the
    font subsetter, Pango and HarfBuzz. A cache filled by a machine with other versions of any
    of them would give other bytes for the same page."""
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for package in ("weasyprint", "pydyf", "fonttools"):
        try:
            parts.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            parts.append(f"{package} absent")
    return "; ".join(parts + [_library_versions(), PDF_VARIANT])


def _library_versions() -> str:
    import ctypes

    from weasyprint.text import ffi

    found = [f"pango {ffi.pango.pango_version()}", f"subset {'yes' if ffi.harfbuzz_subset else 'no'}"]
    try:
        harfbuzz = ctypes.CDLL("libharfbuzz.so.0")
        harfbuzz.hb_version_string.restype = ctypes.c_char_p
        found.append(f"harfbuzz {harfbuzz.hb_version_string().decode('ascii')}")
    except (OSError, AttributeError):
        found.append("harfbuzz unknown")
    return ", ".join(found)


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
