"""Write a pack folder atomically: everything or nothing, never over an existing folder without force."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..answers.model import Answers
from ..answers.resolve import dump_answers
from ..engine.assemble import assemble
from ..engine.document import Document
from ..engine.kinds import KINDS, Kind, extra_kinds, kind_of, large_print_copy
from ..engine.library import Library, load_library
from ..errors import ChecksFailed, Problem
from ..render.html import document_date
from ..review.checks import run_checks
from ..review.comments import MentorComment, comment_data
from ..review.findings import Finding, Report
from ..review.readability import paper_findings
from .folders import MANIFEST, check_target, file_entries, write_folder
from .pdfs import PackPdf, PdfMaker
from .workers import PdfPool

FORMATS = ("md", "docx", "pdf")


@dataclass(frozen=True)
class Built:
    directory: Path
    files: tuple[str, ...]
    document: Document
    report: Report


@dataclass(frozen=True)
class Prepared:
    """Everything a pack holds before it is rendered: its documents and the check report."""

    kind: Kind
    document: Document
    extras: dict[str, Document]     # by file stem: business-case, registration, member-summaries
    report: Report
    library: Library


def prepare(answers: Answers, library: Library | None = None,
            assembled: Callable[[Kind, Document], object] | None = None,
            ahead: Callable[[Answers, tuple[Kind, ...]], Callable[[Kind], Checked] | None] | None = None) -> Prepared:
    """Assemble every document of the pack and run the checks (no files written).
    `assembled` hears of each document as soon as it is made (a build starts laying it out);
    `ahead` may have the other documents assembled elsewhere meanwhile (a build's PDF workers),
    giving a function that hands each over, with its own findings, when it is wanted."""
    main = kind_of(answers)
    others = extra_kinds(main)
    elsewhere = ahead(answers, others) if ahead is not None else None
    library = library or load_library(main.library_path())
    document = assemble(answers, library)
    if assembled is not None:
        assembled(main, document)
    extras: dict[str, Document] = {}
    found: list[Finding] = []
    for kind in others:
        extras[kind.stem], findings = elsewhere(kind) if elsewhere is not None else assemble_checked(answers, kind)
        found += findings
        if assembled is not None:
            assembled(kind, extras[kind.stem])
    report = run_checks(answers, document, library)
    return Prepared(main, document, extras, Report(report.findings + tuple(found)), library)


Checked = tuple[Document, tuple[Finding, ...]]      # a document, and the findings of its own checks


def assemble_checked(answers: Answers, kind: Kind) -> Checked:
    """A document other than the main one, and its own checks (the summaries' readability)."""
    document = assemble(answers, kind=kind)
    return document, paper_findings(kind, document)


def build_pack(answers: Answers, out: Path, *, force: bool = False, strict: bool = False,
               formats: tuple[str, ...] = FORMATS, library: Library | None = None,
               pdf_pool: PdfPool | None = None, inputs: tuple[Path, ...] = (),
               comments: tuple[MentorComment, ...] = (), discard_edits: bool = False) -> Built:
    """Assemble, check and render a pack into `out`. Raises before writing if anything is wrong.

    `comments`: mentors' comments on earlier versions of this draft (the web keeps them), for
    the review report and the manifest.
    With a `pdf_pool` (see workers.py) the PDFs are laid out in other processes while this
    one writes the other files; PDFs laid out before come from the cache (see pdfs.py).
    `inputs` (the answers file) are never inside what is replaced.
    A pack whose files were edited since it was built is replaced only with `discard_edits`.
    """
    # said before any work; checked again under the lock
    check_target(out, force=force, inputs=inputs, discard_edits=discard_edits)
    maker = PdfMaker(pdf_pool) if "pdf" in formats else None
    try:
        files, prepared = _write_pack(answers, out, maker, library, strict, formats, comments, force, inputs,
                                      discard_edits)
    finally:
        if maker is not None:
            maker.close()    # a build that stopped part way leaves nothing in a shared pool
    return Built(out, files, prepared.document, prepared.report)


def _write_pack(answers: Answers, out: Path, maker: PdfMaker | None, library: Library | None, strict: bool,
                formats: tuple[str, ...], comments: tuple[MentorComment, ...], force: bool, inputs: tuple[Path, ...],
                discard_edits: bool) -> tuple[tuple[str, ...], Prepared]:
    # each document goes to the PDF workers as soon as it is assembled, while the next is
    prepared = prepare(answers, library, None if maker is None else
                       lambda kind, document: _hand_over(maker, kind, document, formats),
                       None if maker is None else maker.assemble_ahead)
    report = prepared.report
    if strict and report.failed:
        raise ChecksFailed("Checks failed and --strict was given, so no pack was written.",
                           [Problem(f.subject or f.id, f.message) for f in report.of("fail")])
    if maker is not None:
        maker.add(_other_pdfs(answers, prepared, comments))
    # with a pool, its workers make the Word files too (_hand_over); this process writes the rest
    writers = _writers(answers, prepared, formats if maker is None else tuple(f for f in formats if f != "docx"),
                       comments)
    if maker is not None:       # after the others: this process writes them while the pool lays out
        writers.update({name: _word_writer(maker, name) for name in maker.words})
        writers.update({name: _pdf_writer(maker, name) for name in maker.names})

    def finish(staging: Path) -> None:
        if maker is not None:
            _write_archive(staging, answers, prepared, comments, maker)
        (staging / MANIFEST).write_text(_manifest(staging, answers, prepared, comments, maker is not None),
                                        encoding="utf-8")

    return write_folder(out, writers, finish=finish, force=force, inputs=inputs, discard_edits=discard_edits), prepared


def _hand_over(maker: PdfMaker, kind: Kind, document: Document, formats: tuple[str, ...]) -> None:
    """A document just assembled: its PDFs, and its Word files, to the pool (or from the cache)."""
    maker.add(_document_pdfs(kind, document))
    if "docx" in formats:
        maker.add_word(f"{kind.stem}.docx", document)
        if kind.large_print:
            maker.add_word(f"{kind.large_print_stem()}.docx", large_print_copy(document))


def _pdf_writer(maker: PdfMaker, name: str) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(maker.pdf(name))


def _word_writer(maker: PdfMaker, name: str) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(maker.word(name))


def _write_archive(staging: Path, answers: Answers, prepared: Prepared, comments: tuple[MentorComment, ...],
                   maker: PdfMaker) -> None:
    """The rules PDF, written after every other file: it carries answers.yml and the manifest
    of the files written so far (see archive.py)."""
    from .archive import archive_attachments

    manifest = _manifest(staging, answers, prepared, comments, archive=True)
    attachments = archive_attachments((staging / "answers.yml").read_text(encoding="utf-8"), manifest)
    name = f"{prepared.kind.stem}.pdf"
    (staging / name).write_bytes(maker.archive(name, attachments))


def _document_pdfs(kind: Kind, document: Document) -> list[PackPdf]:
    """A document's PDF (the rules' an archive), and its large-print copy if it has one."""
    from ..render.pdf import document_page

    archive = kind.key in KINDS
    pdfs = [PackPdf(f"{kind.stem}.pdf", document_page(document, archive=archive))]        # the main document
    if kind.large_print:
        pdfs.append(PackPdf(f"{kind.large_print_stem()}.pdf", document_page(large_print_copy(document))))
    return pdfs


def _other_pdfs(answers: Answers, prepared: Prepared, comments: tuple[MentorComment, ...]) -> list[PackPdf]:
    """The review and the guides, as pages to print."""
    from ..render.pdf import Page
    from ..render.review import REVIEW_TEMPLATE, review_source
    from .guides import guide_html, guides_for

    document = prepared.document
    pdfs = [PackPdf("review.pdf", Page(review_source(prepared.report, document, comments), REVIEW_TEMPLATE,
                                       date=document_date(document)))]
    pdfs += [PackPdf(f"guides/{guide.name}.pdf",
                     Page(guide_html(guide, document.produced_by, document.metadata.get("date")), "guide.css"))
             for guide in guides_for(answers)]
    return pdfs


def _writers(answers: Answers, prepared: Prepared, formats: tuple[str, ...],
             comments: tuple[MentorComment, ...]) -> dict[str, Callable[[Path], object]]:
    """Every file but the PDFs, written in this process."""
    document, report, extras, stem = prepared.document, prepared.report, prepared.extras, prepared.kind.stem
    local_formats = tuple(f for f in formats if f != "pdf")
    writers = _document_writers(document, stem, local_formats)
    for extra_stem, extra in extras.items():
        writers.update(_document_writers(extra, extra_stem, local_formats))
    for kind in extra_kinds(prepared.kind):
        if kind.large_print and kind.stem in extras:
            # the same words in large print, as PDF and Word (a Markdown copy would be the same file)
            writers.update(_document_writers(large_print_copy(extras[kind.stem]), kind.large_print_stem(),
                                             tuple(f for f in local_formats if f != "md")))
    writers["answers.yml"] = lambda p: p.write_text(dump_answers(answers), encoding="utf-8")
    from ..render.review import render_review_markdown

    writers["review.md"] = lambda p: p.write_text(render_review_markdown(report, document, comments),
                                                 encoding="utf-8")
    return writers


def _document_writers(document: Document, stem: str, formats: tuple[str, ...]) -> dict[str, Callable[[Path], object]]:
    """A document's Markdown and Word files, in the formats asked for."""
    writers: dict[str, Callable[[Path], object]] = {}
    if "md" in formats:
        from ..render.markdown import render_markdown
        writers[f"{stem}.md"] = lambda p: p.write_text(render_markdown(document), encoding="utf-8")
    if "docx" in formats:
        from ..render.docx import cached_docx_bytes
        writers[f"{stem}.docx"] = lambda p: p.write_bytes(cached_docx_bytes(document))
    return writers


def _manifest(folder: Path, answers: Answers, prepared: Prepared, comments: tuple[MentorComment, ...],
              archive: bool = False) -> str:
    """The manifest of the files in `folder`; with `archive`, the "archive" field that says
    which file carries a copy of it (a copy written before that file, so it cannot list it)."""
    from ..engine.library import library_digest
    from ..review.explain import explanation
    from .archive import archive_note

    report = prepared.report
    files = file_entries(folder)
    rules = [explanation(rule, prepared.library) for rule in prepared.document.rules()]
    digest, count = library_digest()
    manifest: dict[str, object] = {
        "generator": f"spinout {__version__}",
        "spinout_version": __version__,
        "schema_version": answers.schema_version,
        "date": answers.date.isoformat(),
        "society": answers.society.name,
        "library": {"sha256": digest, "files": count,
                    "covers": "every file of spinout's clause library (clauses/), the statute figures included"},
        "files": files,
        "rules": rules,
        "checks": {s: len(report.of(s)) for s in ("fail", "warn", "info", "pass")},
        "comments": [comment_data(c, prepared.document) for c in comments],
    }
    if archive:
        manifest["archive"] = archive_note(f"{prepared.kind.stem}.pdf")
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
