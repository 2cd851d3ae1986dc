"""Render the PDF in a second process, started before the answers are even read.

weasyprint takes ~0.4 s to import and ~1 s to lay out the rules; everything else in a build
takes ~0.3 s. A forked worker imports weasyprint while this process reads the answers,
assembles the Document and writes the DOCX, so the two cores share the work.
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
from typing import Any

from ..engine.document import Document


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
    while True:
        try:
            message: Any = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if message is None:
            return
        result: tuple[str, bytes | str]
        try:
            result = ("ok", pdf.pdf_bytes(message))
        except Exception as exc:
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
