"""A pack's PDFs: which pages it prints, and where each PDF comes from; and the documents the
pool assembles while this process assembles the main one (`assemble_ahead`).

A PDF whose page was laid out before (the same source, layout, renderer and fonts) comes from
the cache, so a rebuild lays out only what changed. The rest are laid out by the pool's workers
while this process writes the Word and Markdown files, or here when there is no pool.
The rules PDF is an archive: it carries the pack's answers and manifest, so it is written last,
and never from the cache (what it carries changes whenever any other file does).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .workers import Job, PdfPool

if TYPE_CHECKING:
    from ..answers.model import Answers
    from ..engine.document import Document
    from ..engine.kinds import Kind
    from ..render.pdf import Attachment, Page
    from .build import Checked


_BUILDS = itertools.count(1)


@dataclass(frozen=True)
class PackPdf:
    name: str          # the file in the pack: "business-case.pdf", "guides/tupe.pdf"
    page: Page


class PdfMaker:
    """Hands each page that is not in the cache to the pool as soon as it is added, and gives
    each PDF's bytes when its file is written."""

    def __init__(self, pool: PdfPool | None) -> None:
        self._pool = pool
        self._pages: dict[str, Page] = {}
        self._documents: dict[str, Document] = {}       # the Word files' documents
        self._cached: dict[str, bytes] = {}
        self._pending: set[str] = set()
        # the pool may serve many builds in turn (the web server's): a job's name is this build's
        self._prefix = f"{next(_BUILDS)}:"

    def close(self) -> None:
        """Let the pool forget whatever this build asked for and no longer wants."""
        if self._pool is not None and self._pending:
            self._pool.discard([self._prefix + name for name in sorted(self._pending)])
        self._pending.clear()

    def add(self, pdfs: Sequence[PackPdf]) -> None:
        from ..render.pdf import cached_page_pdf, with_drawings

        jobs = []
        for pdf in pdfs:
            self._pages[pdf.name] = pdf.page
            found = None if pdf.page.archive else cached_page_pdf(pdf.page)
            if found is not None:
                self._cached[pdf.name] = found
            else:
                jobs.append(Job(self._prefix + pdf.name, with_drawings(pdf.page)))
                self._pending.add(pdf.name)
        if self._pool is not None:
            self._pool.submit(jobs)

    def add_word(self, name: str, document: Document) -> None:
        """A Word file: from the cache, or handed to the pool now (made here at `word` without one)."""
        from ..render.docx import cached_docx, docx_cost

        self._documents[name] = document
        found = cached_docx(document)
        if found is not None:
            self._cached[name] = found
        elif self._pool is not None:
            self._pool.submit_word(self._prefix + name, document, docx_cost(document))
            self._pending.add(name)

    def word(self, name: str) -> bytes:
        """A Word file's bytes: from the cache, the pool, or made here."""
        from ..render.docx import docx_bytes, keep_docx

        if name in self._cached:
            return self._cached[name]
        document = self._documents[name]
        pooled = self._pool is not None and name in self._pending
        data = self._pool.result(self._prefix + name) if self._pool is not None and pooled else docx_bytes(document)
        self._pending.discard(name)
        keep_docx(document, data)
        return data

    @property
    def words(self) -> list[str]:
        """The Word files, in the order they were added."""
        return list(self._documents)

    def assemble_ahead(self, answers: Answers, kinds: Sequence[Kind]) -> Callable[[Kind], Checked] | None:
        """Have the pool assemble (and check) these documents while this process assembles the
        main one: a function that gives each, with its findings, when it is wanted. None without
        a pool (assemble them here)."""
        if self._pool is None:
            return None
        pool = self._pool
        for number, kind in enumerate(kinds):
            # the first (the business case) takes several times as long as the others
            pool.submit_assembly(f"{self._prefix}{kind.stem}:document", answers, kind, 200 if number == 0 else 50)
            self._pending.add(f"{kind.stem}:document")

        def checked(kind: Kind) -> Checked:
            self._pending.discard(f"{kind.stem}:document")
            return pool.assembled(f"{self._prefix}{kind.stem}:document")
        return checked

    @property
    def names(self) -> list[str]:
        """The PDFs that are not archives, in the order they were added."""
        return [name for name, page in self._pages.items() if not page.archive]

    def pdf(self, name: str) -> bytes:
        """The PDF of a page that is not an archive: from the cache, the pool, or laid out here."""
        from ..render.pdf import keep_page_pdf, make_pdf

        if name in self._cached:
            return self._cached[name]
        page = self._pages[name]
        data = self._pool.result(self._prefix + name) if self._pool is not None else make_pdf(page)
        self._pending.discard(name)
        keep_page_pdf(page, data)
        return data

    def archive(self, name: str, attachments: tuple[Attachment, ...]) -> bytes:
        """The archive's PDF, carrying `attachments`."""
        from ..render.pdf import make_pdf

        if self._pool is not None:
            data = self._pool.finish_archive(self._prefix + name, attachments)
            self._pending.discard(name)
            return data
        return make_pdf(self._pages[name], attachments)
