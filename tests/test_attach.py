"""Files added to a laid-out PDF as an incremental update (render/attach.py), read back by pypdf
in strict mode: on hand-written PDFs shaped as other writers shape them, and refused, not
half-done, where the PDF is not one it can read."""

from __future__ import annotations

import datetime as dt
import io
import zlib

import pytest
from pypdf import PdfReader

from spinout.pack.archive import archive_attachments
from spinout.render.attach import add_files

FILES = archive_attachments("society:\n  name: Café (“Ŵ”) \\ {{ 7*7 }}\n", '{"files": {}}')
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def write_pdf(catalog: bytes, *extra: bytes, line_end: bytes = b" \n") -> bytes:
    """A one-page PDF with a classic cross-reference table: object 1 the catalog, 2 and 3 the
    page tree, then `extra` objects numbered from 4."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\x80\x80\x80\x80\n")
    offsets = []
    for number, body in enumerate((catalog, PAGES, PAGE, *extra), 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f%s" % (len(offsets) + 1, line_end))
    out.write(b"".join(b"%010d 00000 n%s" % (offset, line_end) for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /ID [<AB12> <CD34>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(offsets) + 1, xref))
    return out.getvalue()


def read_back(pdf: bytes) -> PdfReader:
    added = add_files(pdf, FILES, dt.date(2026, 12, 6))
    assert added.startswith(pdf)                                  # an update: the PDF kept as it was
    reader = PdfReader(io.BytesIO(added), strict=True)
    assert {f.name: f.content for f in reader.attachment_list} == {f.name: f.data for f in FILES}
    assert len(reader.pages) == 1 and reader.trailer["/ID"][0].original_bytes == b"\xab\x12"
    return reader


def test_the_files_come_back_with_their_descriptions_and_the_catalog_kept() -> None:
    catalog = b"<</Type/Catalog/Pages 2 0 R/Lang(en\\)GB \\(UK\\))/MarkInfo<</Marked true>>/Custom[1 2 (a]b)<3E>]>>"
    reader = read_back(write_pdf(catalog))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en)GB (UK)" and bool(root["/MarkInfo"]["/Marked"])
    assert list(root["/Custom"]) == [1, 2, "a]b", ">"]
    specs = {str(spec.get_object()["/F"]): spec.get_object() for spec in root["/AF"]}
    assert {name: str(spec["/Desc"]) for name, spec in specs.items()} == {f.name: f.description for f in FILES}
    stream = specs["answers.yml"]["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/application/yaml" and stream["/Params"]["/ModDate"] == "D:20261206000000Z"


def test_names_already_in_the_catalog_are_kept_inline_or_by_reference() -> None:
    inline = b"<< /Type /Catalog /Pages 2 0 R /Names << /Dests << /Names [(a) 3 0 R] >> >> >>"
    assert "/Dests" in read_back(write_pdf(inline)).trailer["/Root"]["/Names"]
    referred = b"<< /Type /Catalog /Pages 2 0 R /Names 4 0 R >>"
    names = read_back(write_pdf(referred, b"<< /Dests << /Names [(a) 3 0 R] >> >>")).trailer["/Root"]["/Names"]
    assert set(names) == {"/Dests", "/EmbeddedFiles"}


def test_a_pdf_updated_before_is_followed_to_its_catalog() -> None:
    pdf = write_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", line_end=b"\r\n")
    once = add_files(pdf, FILES[:1], None)
    twice = add_files(once, FILES, dt.date(2026, 12, 6))
    reader = PdfReader(io.BytesIO(twice), strict=True)
    assert sorted(f.name for f in reader.attachment_list) == ["answers.yml", "manifest.json"]
    assert len(reader.trailer["/Root"]["/AF"]) == 2                  # the new list, not added to the old


def test_a_file_name_or_description_beyond_ascii_is_written_as_unicode() -> None:
    from dataclasses import replace

    files = (replace(FILES[0], name="réponses.yml", description="Les réponses (à garder)"),)
    added = add_files(write_pdf(b"<< /Type /Catalog /Pages 2 0 R >>"), files, None)
    spec = PdfReader(io.BytesIO(added), strict=True).trailer["/Root"]["/AF"][0].get_object()
    assert spec["/UF"] == "réponses.yml" and spec["/Desc"] == "Les réponses (à garder)"


@pytest.mark.parametrize("pdf, said", [
    (b"%PDF-1.7\nnothing at the end", "no startxref"),
    (write_pdf(b"<< /Type /Catalog >>").replace(b"\nxref\n", b"\nxryf\n"), "no cross-reference table"),
    (write_pdf(b"<< /Type /Catalog >>").replace(b"/Root 1 0 R", b"/Root 9 0 R"), "object 9"),
    (write_pdf(b"<< /Type /Catalog /Lang (never closed >>"), "does not end"),
    (zlib.compress(b"not a pdf") + b"\nstartxref\n3\n%%EOF\n", "no cross-reference table"),
])
def test_a_pdf_it_cannot_read_is_refused(pdf: bytes, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        add_files(pdf, FILES, None)
