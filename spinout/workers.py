"""Render the PDF in a second process, started before the answers are even read.

weasyprint takes ~0.4 s to import and ~1 s to lay out the rules; everything else in a build
takes ~0.3 s. A forked worker imports weasyprint while this process reads the answers,
assembles the Document and writes the DOCX, so the two cores share the work.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
import sys
from multiprocessing.connection import Connection
from typing import Any

from .document import Document


class PdfWorker:
    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), daemon=True, name="spinout-pdf")
        self._process.start()
        child.close()

    def submit(self, document: Document) -> None:
        """Start laying out `document`; `collect` returns the PDF bytes."""
        try:
            self._conn.send(document)
        except OSError as exc:
            raise RuntimeError(f"the PDF worker stopped unexpectedly ({exc})") from None

    def collect(self) -> bytes:
        try:
            status, payload = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise RuntimeError(f"the PDF worker stopped unexpectedly ({exc})") from None
        if status != "ok":
            raise RuntimeError(f"PDF rendering failed: {payload}")
        return payload

    def close(self) -> None:
        # The worker holds no state worth saving: stop it at once, even mid-import (an answers
        # error should not wait for weasyprint to finish loading).
        self._process.terminate()
        self._process.join(timeout=5)
        self._conn.close()


@contextmanager
def pdf_worker(enabled: bool = True) -> Iterator[PdfWorker | None]:
    """A worker for the length of a build (None when disabled or unavailable); always stopped."""
    worker = start_pdf_worker() if enabled else None
    try:
        yield worker
    finally:
        if worker is not None:
            worker.close()


def start_pdf_worker() -> PdfWorker | None:
    """A worker where fork is safe (Linux); None elsewhere, and the PDF is made in-process."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return PdfWorker()
    except OSError:
        return None


def _serve(conn: Connection) -> None:
    from .render import pdf

    try:
        pdf.warm_up()
    except Exception:  # reported when a render is asked for
        pass
    while True:
        try:
            message: Any = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if message is None:
            return
        try:
            conn.send(("ok", pdf.pdf_bytes(message)))
        except Exception as exc:
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
