"""Files carried inside an archive PDF (PDF/A-3), added after its pages are laid out.

The rules PDF carries the pack's answers and manifest, which are known only once every other
file of the pack is written. Laying the rules out takes ~0.12 s; adding the files to the laid-out
PDF takes a few milliseconds. So the rules are laid out while the rest of the pack is made, and
the files are added at the end, as an incremental update: the PDF's bytes are kept as they are,
and after them come each file (an embedded file stream and its file specification, as PDF/A-3
asks: its MIME type, size, date, description and relationship to the document), the catalog
again with the files named (/Names /EmbeddedFiles) and associated with the document (/AF), a
cross-reference section for the new objects and a trailer pointing back at the first (/Prev).

Every PDF reader applies the update; the document's identifier (/ID) stays as it was, as
PDF/A asks. Same pages, same files: same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spinout.render.pdf import Attachment

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def add_files(pdf: bytes, attachments: tuple[Attachment, ...], date: dt.date | None) -> bytes:
    """`pdf` (a laid-out archive, carrying nothing) carrying `attachments`; the files' dates are
    the document's `date` (a fixed date without one): never the clock."""
    from pypdf import PdfReader

    found = _STARTXREF.search(pdf[-64:])
    if found is None:
        raise ValueError("not a PDF whose end this can add to (no startxref)")
    reader = PdfReader(io.BytesIO(pdf))
    trailer = reader.trailer
    next_number = int(str(trailer["/Size"]))
    objects: list[tuple[int, bytes]] = []
    specs = []
    for attachment in attachments:
        stream, spec = next_number, next_number + 1
        next_number += 2
        objects.append((stream, _embedded_file(attachment, date)))
        objects.append((spec, _serialise(_file_spec(attachment, stream))))
        specs.append((attachment.name, spec))
    root = trailer.raw_get("/Root")
    objects.append((root.idnum, _serialise(_catalog(trailer["/Root"], specs))))
    return pdf + _update(len(pdf), objects, trailer, next_number, int(found.group(1)))


def _embedded_file(attachment: Attachment, date: dt.date | None) -> bytes:
    from pypdf.generic import DictionaryObject, NameObject, NumberObject, TextStringObject

    data = zlib.compress(attachment.data, 6)
    params = DictionaryObject({NameObject("/Size"): NumberObject(len(attachment.data)),
                               NameObject("/ModDate"): TextStringObject(_pdf_date(date))})
    head = DictionaryObject({
        NameObject("/Type"): NameObject("/EmbeddedFile"),
        NameObject("/Subtype"): NameObject("/" + attachment.mime_type),
        NameObject("/Params"): params,
        NameObject("/Filter"): NameObject("/FlateDecode"),
        NameObject("/Length"): NumberObject(len(data)),
    })
    return _serialise(head) + b"\nstream\n" + data + b"\nendstream"


def _file_spec(attachment: Attachment, stream: int) -> Any:
    from pypdf.generic import DictionaryObject, IndirectObject, NameObject, TextStringObject

    file = IndirectObject(stream, 0, None)      # written as "N 0 R": only its number is read
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Filespec"),
        NameObject("/F"): TextStringObject(attachment.name),
        NameObject("/UF"): TextStringObject(attachment.name),
        NameObject("/EF"): DictionaryObject({NameObject("/F"): file, NameObject("/UF"): file}),
        NameObject("/Desc"): TextStringObject(attachment.description),
        NameObject("/AFRelationship"): NameObject("/" + attachment.relationship),
    })


def _catalog(catalog: Any, specs: list[tuple[str, int]]) -> Any:
    """The catalog as it was, with the files named and associated with the document."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, TextStringObject

    refs = [IndirectObject(number, 0, None) for _, number in specs]
    listed = ArrayObject()
    for (name, _), ref in sorted(zip(specs, refs, strict=True), key=lambda pair: pair[0][0]):
        listed += [TextStringObject(name), ref]            # a name tree's keys are in order
    old = catalog.get("/Names", DictionaryObject()).get_object()
    names = DictionaryObject({key: old.raw_get(key) for key in old})
    names[NameObject("/EmbeddedFiles")] = DictionaryObject({NameObject("/Names"): listed})
    updated = DictionaryObject({key: catalog.raw_get(key) for key in catalog})
    updated[NameObject("/Names")] = names
    updated[NameObject("/AF")] = ArrayObject(refs)
    return updated


def _update(offset: int, objects: list[tuple[int, bytes]], trailer: Any, size: int, previous: int) -> bytes:
    """The new objects, their cross-reference section and the trailer, from `offset` on."""
    from pypdf.generic import DictionaryObject, NameObject, NumberObject

    body, positions = io.BytesIO(), []
    body.write(b"\n")
    for number, content in objects:
        positions.append((number, offset + body.tell()))
        body.write(b"%d 0 obj\n" % number + content + b"\nendobj\n")
    xref_at = offset + body.tell()
    body.write(b"xref\n")
    for number, position in sorted(positions):
        body.write(b"%d 1\n%010d 00000 n \n" % (number, position))
    new_trailer = DictionaryObject({NameObject("/Size"): NumberObject(size),
                                    NameObject("/Prev"): NumberObject(previous)})
    for key in ("/Root", "/Info", "/ID"):
        if key in trailer:
            new_trailer[NameObject(key)] = trailer.raw_get(key)
    body.write(b"trailer\n" + _serialise(new_trailer) + b"\nstartxref\n%d\n%%%%EOF\n" % xref_at)
    return body.getvalue()


def _serialise(value: Any) -> bytes:
    out = io.BytesIO()
    value.write_to_stream(out)
    return out.getvalue()


def _pdf_date(date: dt.date | None) -> str:
    return (date or dt.date(2000, 1, 1)).strftime("D:%Y%m%d000000Z")
