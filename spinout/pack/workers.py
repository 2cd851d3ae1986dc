"""Render the PDF in a second process, started before the answers are even read.

weasyprint takes ~0.4 s to import and ~1 s to lay out the rules; everything else in a build
takes ~0.3 s. A forked worker imports weasyprint while this process reads the answers,
assembles the Document and writes the DOCX, so the two cores share the work.

The rules are laid out first and kept: their PDF is an archive of the rest of the pack (see
archive.py), so it is written, with the files it carries, after every other file.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from ..engine.document import Document

if TYPE_CHECKING:
    from ..render.pdf import Attachment


class PdfWorker:
    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, self._conn, os.getpid()), daemon=True,
                                        name="spinout-pdf")
        self._process.start()
        child.close()

    def submit(self, document: Document) -> None:
        """Start laying out `document`; `collect` returns the PDF bytes."""
        self._send(("pdf", document))

    def submit_archive(self, document: Document) -> None:
        """Start laying out `document` as an archive PDF (PDF/A-3), kept in the worker until
        `finish_archive` gives the files it carries; nothing for `collect` until then."""
        self._send(("archive", document))

    def finish_archive(self, attachments: tuple[Attachment, ...]) -> bytes:
        """The archive's PDF bytes, with `attachments` inside. Collect what was submitted
        before first: results come back in the order they were asked for."""
        self._send(("attach", attachments))
        return self.collect()

    def _send(self, message: tuple[str, object]) -> None:
        try:
            self._conn.send(message)
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


def _serve(conn: Connection, parents_end: Connection, parent: int) -> None:
    # This process must never outlive the build: the fork gave it the parent's end of the pipe
    # too, and while it holds that end it never sees end-of-file, so close it; and ask the
    # kernel to kill it when the parent dies, however the parent dies.
    parents_end.close()
    die_with_parent(parent)
    # Ctrl-C and a closed terminal reach the whole process group; the parent decides what
    # happens and stops this worker itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)     # not the parent's handler: terminate() just ends it
    from ..render import pdf

    try:
        pdf.warm_up()
    except Exception:  # reported when a render is asked for
        pass
    held: pdf.LaidOut | str = "no archive was laid out"   # the archive's pages, or why there are none
    while True:
        try:
            message: Any = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if message is None:
            return
        kind, payload = message
        result: tuple[str, bytes | str]
        try:
            if kind == "archive":
                held = pdf.lay_out(payload, archive=True)
                continue                     # answered by "attach"
            if kind == "attach":
                if isinstance(held, str):
                    raise RuntimeError(held)
                result = ("ok", pdf.write_pdf(held, payload))
            else:
                result = ("ok", pdf.pdf_bytes(payload))
        except Exception as exc:
            if kind == "archive":
                held = f"{type(exc).__name__}: {exc}"
                continue
            result = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(result)
        except OSError:                      # the parent has gone
            return


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass                                 # not Linux: end-of-file on the pipe still ends it
    if os.getppid() != parent:               # the parent died before the request took hold
        os._exit(0)
