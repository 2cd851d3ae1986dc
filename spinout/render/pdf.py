"""Lay out a Document as PDF: the HTML layout printed by weasyprint (CSS paged media).

Title page with the draft notice, contents with page numbers, running header with the
society's name, "Page X of Y" and "Draft - not legal advice" on every page, and PDF
metadata from the HTML head (title, author, dcterms.created / modified = the document's
date). The same Document gives byte-identical PDF bytes.

Every PDF is tagged (PDF/UA-1). The rules PDF is laid out as an archive (PDF/A-3a, still tagged
and still claiming PDF/UA-1) so that it can carry files: `lay_out(..., archive=True)`, then
`write_pdf(laid_out, attachments)`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import re
import zlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spinout.engine.document import Document
from spinout.render.html import STYLESHEET, build_html, document_date
from spinout.resources import data_path

if TYPE_CHECKING:       # weasyprint ships no types: these read as Any, and name what is meant
    from weasyprint import CSS
    from weasyprint import Document as LaidOutPages
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher, URLFetcherResponse

# Whitespace between two tags: layout-neutral in this template (every "<" and ">" in the
# page is markup, since text is escaped), but each run is a text node weasyprint parses
# and lays out.
_BETWEEN_TAGS = re.compile(r">\s+<")

# Every PDF we write is tagged, for screen readers and reflow (in the cache key too)
PDF_VARIANT = "pdf/ua-1"
# The rules PDF is also an archive (PDF/A-3, level A: tagged, Unicode text, language), so it
# can carry files inside it. weasyprint writes one variant's identification, so the PDF/UA-1
# claim is added to the XMP metadata by _claim_pdf_ua, and the tags are asked for directly.
ARCHIVE_VARIANT = "pdf/a-3a"


@dataclass(frozen=True)
class Attachment:
    """A file carried inside a PDF (an associated file, in PDF/A-3's words)."""

    name: str
    data: bytes
    mime_type: str
    relationship: str        # AFRelationship: Source, Data, Supplement ...
    description: str


@dataclass(frozen=True)
class LaidOut:
    """A page laid out and ready to be written as PDF (with attachments, for an archive)."""

    pages: LaidOutPages
    identifier: bytes
    variant: str
    date: dt.date | None


@dataclass(frozen=True)
class Page:
    """A page of ours to print as PDF: its HTML and stylesheet; for the rules, an archive."""

    html: str
    stylesheet: str = STYLESHEET
    archive: bool = False
    date: dt.date | None = None

    def cost(self) -> int:
        """About how long it takes to lay out and write, for sharing pages between workers: its
        tags (every "<" in our pages is markup: text is escaped, and pictures are base64).
        Measured on a pack, each document took 0.57-0.96 ms of CPU a tag; by length of text the
        spread was 7-19 ms a thousand characters, and the rules were taken for half the
        business case when they are two thirds of it."""
        return self.html.count("<")


def document_page(document: Document, *, archive: bool = False) -> Page:
    return Page(build_html(document, stylesheet_href=None, embed_css=False), STYLESHEET, archive,
                document_date(document))


def page_pdf_bytes(page: Page) -> bytes:
    """A page's PDF (not an archive: see lay_out_page and write_pdf for that)."""
    return write_pdf(lay_out_page(page.html, page.stylesheet))


def cached_page_pdf(page: Page) -> bytes | None:
    """The page's PDF from the cache, if a build laid out the same page before."""
    from spinout.engine.cache import cache_lookup

    return cache_lookup("pdf", _page_key(page))


def keep_page_pdf(page: Page, data: bytes) -> None:
    from spinout.engine.cache import cache_store

    cache_store("pdf", _page_key(page), data)


def _page_key(page: Page) -> str:
    # everything that decides the bytes: the page (pictures and all), the stylesheet's text,
    # the versions of the renderer and its libraries, the fonts installed (and spinout's code,
    # which the cache adds)
    return f"{page.html}\0{page.date}\0{stylesheet_fingerprint(page.stylesheet)}"


def render_pdf(document: Document, path: Path) -> None:
    """Write the Document as a PDF file at `path`."""
    Path(path).write_bytes(pdf_bytes(document))


def pdf_bytes(document: Document) -> bytes:
    """The PDF as bytes. Not thread-safe (weasyprint is not): render in parallel with
    processes, not threads."""
    return write_pdf(lay_out(document))


def lay_out(document: Document, *, archive: bool = False) -> LaidOut:
    """The Document laid out in pages (the slow part); `archive` for a PDF/A-3 that will carry
    attachments (see write_pdf)."""
    page = build_html(document, stylesheet_href=None, embed_css=False)
    return lay_out_page(page, STYLESHEET, archive=archive, date=document_date(document))


def html_pdf_bytes(page: str, stylesheet: str) -> bytes:
    """Any page of ours (the rules, a guide) as PDF bytes, with one of our stylesheets."""
    return write_pdf(lay_out_page(page, stylesheet))


def lay_out_page(page: str, stylesheet: str, *, archive: bool = False, date: dt.date | None = None) -> LaidOut:
    import weasyprint  # heavy (~0.4 s to import): only when rendering

    html = _BETWEEN_TAGS.sub("><", page)
    variant = ARCHIVE_VARIANT if archive else PDF_VARIANT
    templates = data_path("templates")
    pages = weasyprint.HTML(string=html, base_url=str(templates), url_fetcher=package_fetcher()).render(
        stylesheets=[_stylesheet(stylesheet)], font_config=_font_config(), **_variant_options(variant))
    # /ID from the content, not from time or randomness: same Document, same bytes
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    return LaidOut(pages, identifier, variant, date)


def write_pdf(laid_out: LaidOut, attachments: tuple[Attachment, ...] = ()) -> bytes:
    """The PDF bytes of a laid-out page. Attachments need an archive layout (PDF/A-3): a
    PDF/UA file may carry files, but only PDF/A-3 says how they relate to the document."""
    if attachments and laid_out.variant != ARCHIVE_VARIANT:
        raise ValueError("attachments go only in an archive PDF (lay_out(..., archive=True))")
    return _write_pdf_bytes(laid_out, attachments, _claim_pdf_ua if laid_out.variant == ARCHIVE_VARIANT else None)


def _write_pdf_bytes(laid_out: LaidOut, attachments: tuple[Attachment, ...], finisher: Any) -> bytes:
    _compress_at_level_6()
    data: bytes = laid_out.pages.write_pdf(
        **_variant_options(laid_out.variant),
        pdf_identifier=_identifier(laid_out.identifier, attachments),
        attachments=[_weasyprint_attachment(a, laid_out.date) for a in attachments] or None,
        finisher=finisher,
    )
    return data


@dataclass
class PaintedArchive:
    """An archive PDF generated whole (pages painted, fonts, tags, metadata), with each file it
    carries in place but for its contents: writing it then costs only the serialising. Its
    worker paints it as soon as the pages are laid out, while the rest of the pack is made."""

    laid_out: LaidOut
    slots: tuple[Attachment, ...]     # the files it will carry, but for their contents
    pdf: Any                          # pydyf.PDF
    version: Any
    compress: bool


def paint_archive(laid_out: LaidOut, slots: tuple[Attachment, ...]) -> PaintedArchive | None:
    """Generate an archive's PDF for files like `slots` (the name, type, relationship and
    description that appear in it): every object but their contents. See write_painted. None
    if this weasyprint does not hand its PDF over as 70 does: then write_pdf it at the end."""
    # each slot stands in with contents of its own: weasyprint tells files apart by checksum
    stand_ins = tuple(replace(slot, data=f"{index}:{slot.name}".encode()) for index, slot in enumerate(slots))
    held: dict[str, Any] = {}

    def finish(pages: Any, pdf: Any) -> None:
        _claim_pdf_ua(pages, pdf)
        held["pdf"] = pdf
        # weasyprint writes the PDF next: keep how (version, compression), write nothing yet
        pdf.write = lambda output, version, identifier, compress: held.update(version=version, compress=compress)

    _write_pdf_bytes(laid_out, stand_ins, finish)
    if "version" not in held:
        return None
    pdf = held["pdf"]
    del pdf.write                                     # the class's own again
    return PaintedArchive(laid_out, slots, pdf, held["version"], held["compress"])


def write_painted(painted: PaintedArchive, attachments: tuple[Attachment, ...]) -> bytes:
    """The painted archive's bytes, carrying `attachments`: the same bytes as write_pdf makes
    from its pages. Files other than the slots it was painted for are written the long way.
    Once only: the files are filled in to the painted PDF itself."""
    if [replace(a, data=b"") for a in attachments] != [replace(s, data=b"") for s in painted.slots]:
        return write_pdf(painted.laid_out, attachments)
    import pydyf

    streams = [item for item in painted.pdf.objects
               if isinstance(item, pydyf.Stream) and item.extra.get("Type") == "/EmbeddedFile"]
    if len(streams) != len(attachments) or not all("Params" in stream.extra for stream in streams):
        return write_pdf(painted.laid_out, attachments)      # not as weasyprint 70 writes files
    for stream, attachment in zip(streams, attachments, strict=True):
        stream.stream = [attachment.data]
        stream.extra["Params"]["CheckSum"] = f"<{hashlib.md5(attachment.data, usedforsecurity=False).hexdigest()}>"
        stream.extra["Params"]["Size"] = len(attachment.data)
    output = io.BytesIO()
    _compress_at_level_6()
    painted.pdf.write(output, painted.version, _identifier(painted.laid_out.identifier, attachments),
                      painted.compress)
    return output.getvalue()


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


def _identifier(page: bytes, attachments: tuple[Attachment, ...]) -> bytes:
    """/ID: the page's, or with attachments a hash of the page's and theirs (the same pages
    carrying other files are another file)."""
    if not attachments:
        return page
    digest = hashlib.sha256(page)
    for attachment in attachments:
        digest.update(b"\0" + attachment.name.encode("utf-8") + b"\0" + attachment.data)
    return digest.hexdigest()[:32].encode("ascii")


def _variant_options(variant: str) -> dict[str, Any]:
    # Tagged (PDF/UA-1 and PDF/A-3a alike): a structure tree of headings, lists, tables and
    # figures with their alt text, /Lang from <html lang>, the title shown in the window's bar
    return {"pdf_variant": variant, "pdf_tags": True}


def _weasyprint_attachment(attachment: Attachment, date: dt.date | None) -> Any:
    from weasyprint import Attachment as WeasyAttachment

    # A data: URL names the MIME type itself (the system's MIME table differs between machines),
    # and the file's dates are the document's date, not the clock: same answers, same bytes.
    url = f"data:{attachment.mime_type};base64,{base64.b64encode(attachment.data).decode('ascii')}"
    when = dt.datetime.combine(date or dt.date(2000, 1, 1), dt.time())    # a fixed date if the document has none
    return WeasyAttachment(url=url, url_fetcher=package_fetcher(), name=attachment.name,
                           description=attachment.description, created=when, modified=when,
                           relationship=attachment.relationship)


def _claim_pdf_ua(pages: Any, pdf: Any) -> None:
    """Finish an archive PDF: add the PDF/UA-1 identification beside PDF/A-3's in the XMP
    metadata (the archive is tagged like every other PDF of ours, and says so), and list each
    associated file once (weasyprint 70 lists them twice in /AF)."""
    from xml.etree.ElementTree import tostring

    stream = pdf.objects[_object_number(pdf.catalog["Metadata"])]
    rdf = _with_pdf_ua_claim(pages.metadata.generate_rdf_metadata("a", 3, "A"))
    # the packet's wrapper as weasyprint writes it (weasyprint/pdf/metadata.py)
    stream.stream = [b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">'
                     + b"\n" + tostring(rdf, encoding="utf-8") + b'\n</x:xmpmeta>\n<?xpacket end="r"?>']
    if "AF" in pdf.catalog:
        listed = pdf.catalog["AF"]
        pdf.catalog["AF"] = type(listed)(dict.fromkeys(listed))     # a pydyf Array, in order


def _object_number(reference: bytes | str) -> int:
    return int((reference.decode("ascii") if isinstance(reference, bytes) else reference).split()[0])


_NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
       "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/", "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
       "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#"}


def _with_pdf_ua_claim(rdf_bytes: bytes) -> Any:
    """The RDF with pdfuaid:part="1", and the extension schema PDF/A asks for when metadata
    uses a schema outside its own list (pdfuaid is one), as LibreOffice writes it."""
    from xml.etree.ElementTree import SubElement, fromstring, register_namespace

    for prefix, uri in _NS.items():
        register_namespace(prefix, uri)

    def tag(name: str) -> str:
        prefix, local = name.split(":")
        return f"{{{_NS[prefix]}}}{local}"

    def resource(parent: Any) -> Any:
        return SubElement(parent, tag("rdf:li"), {tag("rdf:parseType"): "Resource"})

    rdf = fromstring(rdf_bytes)
    SubElement(rdf, tag("rdf:Description"), {tag("rdf:about"): "", tag("pdfuaid:part"): "1"})
    described = SubElement(rdf, tag("rdf:Description"), {tag("rdf:about"): ""})
    schema = resource(SubElement(SubElement(described, tag("pdfaExtension:schemas")), tag("rdf:Bag")))
    for name, text in (("namespaceURI", _NS["pdfuaid"]), ("prefix", "pdfuaid"),
                       ("schema", "PDF/UA identification schema")):
        SubElement(schema, tag(f"pdfaSchema:{name}")).text = text
    field = resource(SubElement(SubElement(schema, tag("pdfaSchema:property")), tag("rdf:Seq")))
    for name, text in (("name", "part"), ("valueType", "Integer"), ("category", "internal"),
                       ("description", "Indicates which part of ISO 14289 (PDF/UA) the file follows")):
        SubElement(field, tag(f"pdfaProperty:{name}")).text = text
    return rdf


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
    return "; ".join(parts + [_library_versions(), PDF_VARIANT, ARCHIVE_VARIANT])


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
