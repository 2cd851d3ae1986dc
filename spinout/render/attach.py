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

It reads only what it needs of a PDF it made itself (Typst's: a classic cross-reference table,
the catalog an uncompressed object): the trailer, and the catalog's entries, copied byte for
byte. No PDF library is loaded for this (pypdf's import alone took ~0.09 s of a worker's CPU).
A PDF it cannot read so is refused with a ValueError, never half-updated.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spinout.render.pdf import Attachment

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_WHITE = b" \t\r\n\f\0"
_DELIMITERS = b"()<>[]{}/%"
_REF = re.compile(rb"\s+(\d+)\s+R(?=[\s()<>\[\]{}/%]|$)")
_SECTION = re.compile(rb"(\d+)\s+(\d+)\s*\r?\n")
_ENTRY = 20                  # bytes in a cross-reference entry: "0000012345 00000 n \n"

Entries = list[tuple[bytes, bytes]]          # a dictionary's keys and values, as written


def add_files(pdf: bytes, attachments: tuple[Attachment, ...], date: dt.date | None) -> bytes:
    """`pdf` (a laid-out archive, carrying nothing) carrying `attachments`; the files' dates are
    the document's `date` (a fixed date without one): never the clock."""
    found = _STARTXREF.search(pdf[-64:])
    if found is None:
        raise ValueError("not a PDF whose end this can add to (no startxref)")
    previous = int(found.group(1))
    offsets, trailer = _xref_and_trailer(pdf, previous)
    next_number = int(_get(trailer, b"/Size"))
    objects: list[tuple[int, bytes]] = []
    specs: list[tuple[str, int]] = []
    for attachment in attachments:
        stream, spec = next_number, next_number + 1
        next_number += 2
        objects.append((stream, _embedded_file(attachment, date)))
        objects.append((spec, _file_spec(attachment, stream)))
        specs.append((attachment.name, spec))
    root = _ref_number(_get(trailer, b"/Root"))
    catalog = _dictionary_at(pdf, offsets, root)
    objects.append((root, _catalog(pdf, offsets, catalog, specs)))
    kept = [(key, value) for key, value in trailer if key in (b"/Root", b"/Info", b"/ID")]
    return pdf + _update(len(pdf), objects, kept, next_number, previous)


def _embedded_file(attachment: Attachment, date: dt.date | None) -> bytes:
    data = zlib.compress(attachment.data, 6)
    params = _dict([(b"/Size", b"%d" % len(attachment.data)), (b"/ModDate", _text(_pdf_date(date)))])
    head = _dict([
        (b"/Type", b"/EmbeddedFile"),
        (b"/Subtype", _name(attachment.mime_type)),
        (b"/Params", params),
        (b"/Filter", b"/FlateDecode"),
        (b"/Length", b"%d" % len(data)),
    ])
    return head + b"\nstream\n" + data + b"\nendstream"


def _file_spec(attachment: Attachment, stream: int) -> bytes:
    file = b"%d 0 R" % stream
    return _dict([
        (b"/Type", b"/Filespec"),
        (b"/F", _text(attachment.name)),
        (b"/UF", _text(attachment.name)),
        (b"/EF", _dict([(b"/F", file), (b"/UF", file)])),
        (b"/Desc", _text(attachment.description)),
        (b"/AFRelationship", _name(attachment.relationship)),
    ])


def _catalog(pdf: bytes, offsets: dict[int, int], catalog: Entries, specs: list[tuple[str, int]]) -> bytes:
    """The catalog as it was, with the files named and associated with the document."""
    listed = b" ".join(_text(name) + b" %d 0 R" % number for name, number in sorted(specs))  # a name tree: in order
    names = dict(catalog).get(b"/Names")
    if names is None:
        old: Entries = []
    elif names.startswith(b"<<"):
        old = _entries(names, 0)[0]
    else:
        old = _dictionary_at(pdf, offsets, _ref_number(names))
    new_names = [entry for entry in old if entry[0] != b"/EmbeddedFiles"]
    new_names.append((b"/EmbeddedFiles", _dict([(b"/Names", b"[" + listed + b"]")])))
    updated = [entry for entry in catalog if entry[0] not in (b"/Names", b"/AF")]
    updated += [(b"/Names", _dict(new_names)), (b"/AF", b"[" + b" ".join(b"%d 0 R" % n for _, n in specs) + b"]")]
    return _dict(updated)


def _update(offset: int, objects: list[tuple[int, bytes]], kept: Entries, size: int, previous: int) -> bytes:
    """The new objects, their cross-reference section and the trailer, from `offset` on."""
    body, positions = io.BytesIO(), []
    body.write(b"\n")
    for number, content in objects:
        positions.append((number, offset + body.tell()))
        body.write(b"%d 0 obj\n" % number + content + b"\nendobj\n")
    xref_at = offset + body.tell()
    body.write(b"xref\n")
    for number, position in sorted(positions):
        body.write(b"%d 1\n%010d 00000 n \n" % (number, position))
    trailer = _dict([(b"/Size", b"%d" % size), (b"/Prev", b"%d" % previous), *kept])
    body.write(b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref_at)
    return body.getvalue()


# Reading: a classic cross-reference table and the dictionaries it points at

def _xref_and_trailer(pdf: bytes, at: int) -> tuple[dict[int, int], Entries]:
    """Where each object in use starts (the newest section winning), and the newest trailer."""
    offsets: dict[int, int] = {}
    newest = trailer = _xref_section(pdf, at, offsets)
    seen = {at}
    while (before := dict(trailer).get(b"/Prev")) is not None and int(before) not in seen:
        seen.add(int(before))
        trailer = _xref_section(pdf, int(before), offsets)
    return offsets, newest


def _xref_section(pdf: bytes, at: int, offsets: dict[int, int]) -> Entries:
    if not pdf.startswith(b"xref", at):
        raise ValueError("not a PDF whose end this can add to (no cross-reference table where it says)")
    i = _skip_white(pdf, at + 4)
    while (section := _SECTION.match(pdf, i)) is not None:
        first, count = int(section.group(1)), int(section.group(2))
        i = section.end()
        for n in range(count):
            entry = pdf[i + n * _ENTRY: i + (n + 1) * _ENTRY]
            if entry[17:18] == b"n":
                offsets.setdefault(first + n, int(entry[:10]))
        i = _skip_white(pdf, i + count * _ENTRY)
    if not pdf.startswith(b"trailer", i):
        raise ValueError("not a PDF whose end this can add to (no trailer)")
    return _entries(pdf, _skip_white(pdf, i + 7))[0]


def _dictionary_at(pdf: bytes, offsets: dict[int, int], number: int) -> Entries:
    start = offsets.get(number)
    found = re.compile(rb"%d\s+0\s+obj\s*" % number).match(pdf, start) if start is not None else None
    if found is None or not pdf.startswith(b"<<", found.end()):
        raise ValueError(f"not a PDF whose end this can add to (object {number} is not where it says)")
    return _entries(pdf, found.end())[0]


def _entries(data: bytes, i: int) -> tuple[Entries, int]:
    """The entries of the dictionary that starts at `i` (at "<<"), and where it ends."""
    entries: Entries = []
    i += 2
    while True:
        i = _skip_white(data, i)
        if data.startswith(b">>", i):
            return entries, i + 2
        if data[i:i + 1] != b"/":
            raise ValueError("not a PDF whose end this can add to (a dictionary key is not a name)")
        key_end = _token_end(data, i + 1)
        value_at = _skip_white(data, key_end)
        value_end = _value_end(data, value_at)
        entries.append((data[i:key_end], data[value_at:value_end]))
        i = value_end


def _value_end(data: bytes, i: int) -> int:
    """Where the object written from `i` on ends ("12 0 R" is one object)."""
    if data.startswith(b"<<", i):
        return _entries(data, i)[1]
    first = data[i:i + 1]
    if first == b"[":
        i = _skip_white(data, i + 1)
        while data[i:i + 1] != b"]":
            if i >= len(data):
                raise ValueError("not a PDF whose end this can add to (an array does not end)")
            i = _skip_white(data, _value_end(data, i))
        return i + 1
    if first == b"(":
        return _string_end(data, i)
    if first == b"<":
        end = data.find(b">", i)
        if end < 0:
            raise ValueError("not a PDF whose end this can add to (a string does not end)")
        return end + 1
    end = _token_end(data, i + 1 if first == b"/" else i)
    if end == i:
        raise ValueError(f"not a PDF whose end this can add to (unexpected {data[i:i + 8]!r})")
    ref = _REF.match(data, end) if data[i:end].isdigit() else None
    return ref.end() if ref is not None else end


def _string_end(data: bytes, i: int) -> int:
    depth = 0
    while i < len(data):
        char = data[i]
        if char == 0x5C:                     # backslash: the next byte is escaped
            i += 2
            continue
        depth += {0x28: 1, 0x29: -1}.get(char, 0)
        i += 1
        if depth == 0:
            return i
    raise ValueError("not a PDF whose end this can add to (a string does not end)")


def _token_end(data: bytes, i: int) -> int:
    while i < len(data) and data[i] not in _WHITE and data[i] not in _DELIMITERS:
        i += 1
    return i


def _skip_white(data: bytes, i: int) -> int:
    while i < len(data):
        if data[i] in _WHITE:
            i += 1
        elif data[i] == 0x25:                # a comment, to the end of its line
            while i < len(data) and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def _get(entries: Entries, key: bytes) -> bytes:
    value = dict(entries).get(key)
    if value is None:
        raise ValueError(f"not a PDF whose end this can add to (no {key.decode()} in its trailer)")
    return value


def _ref_number(value: bytes) -> int:
    found = re.fullmatch(rb"(\d+)\s+\d+\s+R", value)
    if found is None:
        raise ValueError(f"not a PDF whose end this can add to ({value[:20]!r} is not a reference)")
    return int(found.group(1))


# Writing

def _dict(entries: Entries) -> bytes:
    return b"<<\n" + b"".join(key + b" " + value + b"\n" for key, value in entries) + b">>"


def _name(text: str) -> bytes:
    """A PDF name: any byte outside the printable ASCII letters and digits written as #XX."""
    return b"/" + b"".join(bytes([b]) if chr(b).isascii() and chr(b).isalnum() or b in b"-_." else b"#%02X" % b
                           for b in text.encode())


def _text(text: str) -> bytes:
    """A PDF text string: ASCII as a literal string, escaped; anything else as UTF-16BE in hex."""
    if text.isascii() and text.isprintable():
        return b"(" + text.encode().replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _pdf_date(date: dt.date | None) -> str:
    return (date or dt.date(2000, 1, 1)).strftime("D:%Y%m%d000000Z")
