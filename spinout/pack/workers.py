"""Lay out a pack's PDFs in worker processes, started before the answers are even read.

weasyprint takes ~0.4 s to import and a second or more to lay out a long document. A pool of
forked workers (one per core) imports it while this process reads the answers and assembles
the documents; then the workers lay out the pack's PDFs while this process writes the Word and
Markdown files. The pages are shared out before any work starts (the longest first, each to
the worker with least to do), so what a worker makes never depends on timing, and the bytes are
the same as one process would make.

The rules are an archive of the rest of the pack (see archive.py): their worker lays them out
early and keeps them, and writes the PDF once it is given the files it carries.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import queue
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.context import ForkContext, ForkProcess
from typing import TYPE_CHECKING, Any

from ..collector import set_aside_long_lived

if TYPE_CHECKING:
    from ..render.pdf import Attachment, Page

_WAIT = 0.5          # seconds between looks at whether a silent worker is still alive


@dataclass(frozen=True)
class Job:
    name: str        # the file it becomes, which names its result
    page: Page


class WorkerStopped(RuntimeError):
    pass


class PdfPool:
    """Workers that turn pages into PDF bytes. Not thread-safe: one build uses it at a time."""

    def __init__(self, size: int) -> None:
        context = multiprocessing.get_context("fork")
        set_aside_long_lived()          # before the forks: the workers share these pages untouched
        self._results: multiprocessing.Queue[tuple[str, str, Any]] = context.Queue()
        self._workers = [_Worker(context, self._results, number) for number in range(max(1, size))]
        self._owner: dict[str, _Worker] = {}
        self._done: dict[str, tuple[str, Any]] = {}
        self._load = {worker: 0 for worker in self._workers}    # the cost handed to each so far
        self._discarded: set[str] = set()

    @property
    def size(self) -> int:
        return len(self._workers)

    def healthy(self) -> bool:
        """Whether every worker is still running (a worker killed from outside is not replaced)."""
        return all(worker.alive() for worker in self._workers)

    def submit(self, jobs: Sequence[Job]) -> None:
        """Share out `jobs`: the longest first, each to the worker with least to do so far. An
        archive page is laid out and kept until `finish_archive`."""
        for job in sorted(jobs, key=lambda job: (-job.page.cost(), job.name)):
            worker = min(self._workers, key=lambda w: (self._load[w], w.number))
            self._load[worker] += job.page.cost()
            self._owner[job.name] = worker
            worker.send(("archive" if job.page.archive else "pdf", job.name, job.page))

    def result(self, name: str) -> bytes:
        """The PDF bytes of the job called `name`, once its worker has made them."""
        if name not in self._owner:
            raise KeyError(f"no PDF called {name} was handed to the pool")   # else: a wait for ever
        while name not in self._done:
            self._receive()
        status, payload = self._done.pop(name)
        del self._owner[name]
        if status != "ok":
            # the worker's own exception where it could send it: a missing library or a full
            # disk is then said as such by the CLI, as when the PDF is made in this process
            if isinstance(payload, Exception):
                raise payload
            raise RuntimeError(f"PDF rendering failed ({name}): {payload}")
        data: bytes = payload
        return data

    def finish_archive(self, name: str, attachments: tuple[Attachment, ...]) -> bytes:
        """The archive's PDF, with `attachments` inside (it was submitted as an archive page)."""
        self._owner[name].send(("attach", name, attachments))
        return self.result(name)

    def discard(self, names: Sequence[str]) -> None:
        """Forget jobs whose results are no longer wanted (a build that stopped part way): their
        results are dropped as they come, and a kept archive is let go."""
        for name in names:
            worker = self._owner.pop(name, None)
            self._done.pop(name, None)
            if worker is not None and worker.alive():
                self._discarded.add(name)
                # never raises: this runs while a stopped or failed build unwinds, and must not
                # put its own error in place of the one that stopped the build
                worker.send(("drop", name, None), quietly=True)

    def _receive(self) -> None:
        while True:
            try:
                name, status, payload = self._results.get(timeout=_WAIT)
            except queue.Empty:
                stopped = [w for w in set(self._owner.values()) if not w.alive()]
                if stopped:
                    code = stopped[0].exit_code()
                    raise WorkerStopped(f"the PDF worker stopped unexpectedly (exit code {code})") from None
                continue
            if name in self._discarded:
                self._discarded.discard(name)
                continue
            self._done[name] = (status, payload)
            return

    def close(self) -> None:
        # The workers hold nothing worth saving: stop them at once, even mid-import (an answers
        # error should not wait for weasyprint to finish loading).
        for worker in self._workers:
            worker.stop()
        self._results.cancel_join_thread()
        self._results.close()


class _Worker:
    def __init__(self, context: ForkContext, results: multiprocessing.Queue[tuple[str, str, Any]],
                 number: int) -> None:
        self.number = number
        self._jobs: multiprocessing.Queue[tuple[str, str, Any] | None] = context.Queue()
        self._process: ForkProcess = context.Process(target=_serve, args=(self._jobs, results, os.getpid()),
                                                     daemon=True, name=f"spinout-pdf-{number}")
        self._process.start()

    def send(self, message: tuple[str, str, Any], quietly: bool = False) -> None:
        if not self._process.is_alive():
            if quietly:
                return
            raise WorkerStopped(f"the PDF worker stopped unexpectedly (exit code {self._process.exitcode})")
        try:
            self._jobs.put(message)    # a feeder thread writes it: never waits for the worker
        except (OSError, ValueError):
            if not quietly:
                raise

    def alive(self) -> bool:
        return self._process.is_alive()

    def exit_code(self) -> int | None:
        return self._process.exitcode

    def stop(self) -> None:
        self._process.terminate()
        self._process.join(timeout=5)
        self._jobs.cancel_join_thread()
        self._jobs.close()


@contextmanager
def pdf_pool(enabled: bool = True, size: int | None = None) -> Iterator[PdfPool | None]:
    """A pool for the length of a build (None when disabled or unavailable); always stopped."""
    pool = start_pdf_pool(size) if enabled else None
    try:
        yield pool
    finally:
        if pool is not None:
            pool.close()


def start_pdf_pool(size: int | None = None) -> PdfPool | None:
    """A pool of `size` workers (default: one a core) where fork is safe (Linux); None
    elsewhere, and the PDFs are made in this process."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return PdfPool(size or os.cpu_count() or 1)
    except OSError:
        return None


def _serve(jobs: multiprocessing.Queue[tuple[str, str, Any] | None],
           results: multiprocessing.Queue[tuple[str, str, Any]], parent: int) -> None:
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
    set_aside_long_lived()
    held: dict[str, pdf.LaidOut | Exception] = {}    # archives' pages, or why there are none
    while True:
        message = jobs.get()
        if message is None:
            return
        kind, name, payload = message
        try:
            if kind == "drop":
                held.pop(name, None)
                continue
            if kind == "archive":
                held[name] = pdf.lay_out_page(payload.html, payload.stylesheet, archive=True, date=payload.date)
                continue                     # answered by "attach"
            if kind == "attach":
                laid_out = held.pop(name, RuntimeError("no archive was laid out"))
                if isinstance(laid_out, Exception):
                    raise laid_out
                results.put((name, "ok", pdf.write_pdf(laid_out, payload)))
            else:
                results.put((name, "ok", pdf.page_pdf_bytes(payload)))
        except Exception as exc:
            if kind == "archive":
                held[name] = exc
                continue
            results.put((name, "error", _sendable(exc)))


def _sendable(exc: Exception) -> Exception | str:
    """The exception itself if it can cross to the parent, else its words (an exception that
    cannot be pickled would be lost on the way, and the parent would wait for ever)."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return f"{type(exc).__name__}: {exc}"
    return exc


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies, however the parent dies."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass                                 # not Linux: the parent's terminate() still ends it
    if os.getppid() != parent:               # the parent died before the request took hold
        os._exit(0)
