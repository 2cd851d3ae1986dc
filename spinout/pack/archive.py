"""The rules PDF carries its own answers: what goes inside it, and reading it back.

The rules PDF (constitution.pdf, or trust-outline.pdf for a school) is PDF/A-3, an archive
format that may carry files, each with its relationship to the document:

- answers.yml, exactly the pack's answers.yml, as /Source: the source the rules were drafted
  from, and all `spinout build constitution.pdf -o DIR` needs to rebuild the pack;
- manifest.json as /Supplement: it does not feed the pages (that would be /Data), it adds to
  them: which spinout and which clause library made them, why each rule is there, and the
  hashes of the pack's files.

A file cannot hold its own hash, so the PDF is written last, after every other file of the
pack, and the manifest inside it lists every file but the PDF itself. The pack's manifest.json
is then written the same way, with the PDF in its list: the two are the same but for that one
entry (the manifest's "archive" field says so, in both).

Reading back treats the PDF as untrusted input: bounded in size, read by pypdf in strict mode
(a PDF spinout wrote is always well-formed), and the attached answers go through the same
size limit, YAML loader and resolver as an answers file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..answers.model import Answers
from ..answers.resolve import parse_answers_text, resolve_answers
from ..answers.yamlio import MAX_ANSWERS_BYTES, UnreadableFile, answers_text, read_file_bytes
from ..engine.library import library_digest
from ..errors import AnswersError
from ..render.pdf import Attachment
from .folders import MANIFEST

ANSWERS = "answers.yml"
MAX_PDF_BYTES = 50_000_000        # a rules PDF is about 160 KB
_MAX_MANIFEST_BYTES = 5_000_000
_FROM_ANSWERS = "Build from the pack's answers.yml instead, or use another copy of the rules PDF."


def archive_attachments(answers_yml: str, manifest_json: str) -> tuple[Attachment, ...]:
    """The files the rules PDF carries, with their relationships (see the top of this module)."""
    return (
        Attachment(ANSWERS, answers_yml.encode("utf-8"), "application/yaml", "Source",
                   "The answers these rules were drafted from: spinout build THIS.pdf -o DIR rebuilds the pack"),
        Attachment(MANIFEST, manifest_json.encode("utf-8"), "application/json", "Supplement",
                   "The pack's manifest: spinout version, clause library, why each rule is there, file hashes"),
    )


def archive_note(pdf_name: str) -> dict[str, Any]:
    """The manifest's "archive" field: which file carries what, and how its copy differs."""
    return {
        "file": pdf_name,
        "attached": {ANSWERS: "Source", MANIFEST: "Supplement"},
        "note": f"{pdf_name} is PDF/A-3 and carries {ANSWERS} and a copy of this manifest. A file cannot "
                f"hold its own hash, so the copy inside lists every file but {pdf_name}; in all else the "
                "two are the same.",
    }


# ---------------------------------------------------------------- reading it back

@dataclass(frozen=True)
class Archived:
    """What a rules PDF carries: its answers, validated, and notes to show before rebuilding."""

    answers: Answers
    manifest: dict[str, Any] | None
    notes: tuple[str, ...]


def load_archive(path: Path) -> Archived:
    """The answers attached to a rules PDF, through the same checks as an answers file. Raises
    AnswersError, naming the file and what to do, for anything else."""
    files = _attached_files(path, _pdf_bytes(path))
    if ANSWERS not in files:
        raise AnswersError(f"{path} carries no answers (no {ANSWERS} attached inside it), so it cannot rebuild "
                           "a pack. Only the rules PDF of a pack (constitution.pdf or trust-outline.pdf) "
                           "carries them.", hint="Build from the pack's answers.yml instead.")
    try:
        text = answers_text(files[ANSWERS])
    except UnreadableFile as exc:
        raise AnswersError(f"The {ANSWERS} attached to {path} {exc}.", hint=_FROM_ANSWERS) from None
    answers = resolve_answers(*parse_answers_text(text, f"{ANSWERS} inside {path}"))
    manifest = _manifest(files.get(MANIFEST))
    return Archived(answers, manifest, tuple(_notes(path, manifest)))


def _pdf_bytes(path: Path) -> bytes:
    try:
        data = read_file_bytes(path, MAX_PDF_BYTES, "a rules PDF")
    except FileNotFoundError:
        raise AnswersError(f"No file at {path}.", hint="Check the path.") from None
    except UnreadableFile as exc:
        raise AnswersError(f"{path} {exc}.") from None
    if not data.startswith(b"%PDF-"):
        raise AnswersError(f"{path} is not a PDF (a PDF begins with %PDF-).",
                           hint="Give the rules PDF of a pack (constitution.pdf), or an answers file (answers.yml).")
    return data


def _attached_files(path: Path, data: bytes) -> dict[str, bytes]:
    """The files attached to the PDF that spinout reads, by name; each at most a size it could be."""
    import io

    from pypdf import PdfReader

    wanted = {ANSWERS: (MAX_ANSWERS_BYTES, "an answers file"), MANIFEST: (_MAX_MANIFEST_BYTES, "a manifest")}
    found: dict[str, bytes] = {}
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data), strict=True)
            if reader.is_encrypted:
                raise AnswersError(f"{path} is encrypted, so spinout cannot read what it carries.", hint=_FROM_ANSWERS)
            for attached in reader.attachment_list:
                if attached.name not in wanted or attached.name in found:
                    continue
                limit, what = wanted[attached.name]
                size = attached.size
                content = attached.content if size is None or size <= limit else b""
                if max(size or 0, len(content)) > limit:
                    raise AnswersError(f"The {attached.name} attached to {path} is {max(size or 0, len(content)):,} "
                                       f"bytes: {what} is at most {limit:,} bytes.", hint=_FROM_ANSWERS)
                _check_whole(path, attached.name, content, size, attached.checksum)
                found[attached.name] = content
    except AnswersError:
        raise
    except Exception as exc:      # pypdf on an untrusted file: any failure means it is damaged
        reason = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
        raise AnswersError(f"{path} could not be read as a PDF: it may be damaged or cut short ({reason}).",
                           hint=_FROM_ANSWERS) from None
    return found


def _check_whole(path: Path, name: str, content: bytes, size: int | None, checksum: object) -> None:
    """A damaged stream can decompress to part of the file, and part of an answers file may still
    be valid answers (the rest left to the defaults): the size and MD5 the PDF records for the
    file (spinout's PDFs record both) must match what was read."""
    import hashlib

    if (size is not None and len(content) != size) or \
            (checksum is not None and hashlib.md5(content, usedforsecurity=False).digest() != _raw(checksum)):
        raise AnswersError(f"The {name} attached to {path} is damaged (it does not match the size and checksum "
                           "the PDF records for it).", hint=_FROM_ANSWERS)


def _raw(string: object) -> bytes:
    """A PDF string's bytes: pypdf reads a string whose bytes happen to decode as text (an MD5
    sum can) as text, and keeps the bytes beside it."""
    original = getattr(string, "original_bytes", None)
    if isinstance(original, bytes):
        return original
    return string if isinstance(string, bytes) else str(string).encode("latin-1")


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs what it finds odd (through loggers below "pypdf"); a damaged file is said once,
    as a message, not as log lines."""
    logger = logging.getLogger("pypdf")
    was = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(was)


def _manifest(data: bytes | None) -> dict[str, Any] | None:
    if data is None:
        return None
    try:
        manifest = json.loads(data.decode("utf-8"))
    except ValueError:                 # UnicodeDecodeError is one
        return None
    return manifest if isinstance(manifest, dict) else None


def _notes(path: Path, manifest: dict[str, Any] | None) -> Iterator[str]:
    """What differs between the spinout that made the PDF and this one, said plainly."""
    if manifest is None:
        yield (f"{path} carries no readable {MANIFEST}, so which spinout and clause library made it is not "
               "known; the pack is rebuilt with this version's.")
        return
    made_by = str(manifest.get("generator", "an unknown version of spinout"))[:60]
    library = manifest.get("library")
    digest = library.get("sha256") if isinstance(library, dict) else None
    if digest != library_digest()[0]:
        yield (f"{path} was made by {made_by} with a different clause library from this spinout's, so the "
               f"rebuilt rules may differ from it; the pack is rebuilt with spinout {__version__}'s library.")
    elif manifest.get("spinout_version") != __version__:
        yield (f"{path} was made by {made_by} and this is spinout {__version__}: the clause library is the same, "
               "but the files may be laid out differently.")
