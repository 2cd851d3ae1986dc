"""Lay out a pack's PDFs in worker processes, started before the answers are even read.

A pool of workers (one per core) starts while this process reads the answers and assembles the
documents: the first worker is forked from this process and forks the others from itself. Each
starts Typst, which lays out every Document and the review report (a tenth of a second or so
each). The first alone is given the HTML pages (the guides) and loads weasyprint (~0.4 s of
CPU) when the first comes: a build whose guides come from the cache, as every build's but the
first on a machine, never loads it. The workers assemble the documents other than the main one
(and run their own checks) while this process assembles the main one, then lay out the pack's
PDFs while this process writes the Word and Markdown files. The pages are shared out before any
work starts (the longest first, each to the worker with least to do), so what a worker makes
never depends on timing, and the bytes are the same as one process would make.

The rules are an archive of the rest of the pack (see archive.py): their worker lays them out as
soon as they are assembled (~0.12 s), and adds the files they carry once it is given them
(render/attach.py, a few milliseconds).
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
from multiprocessing.connection import Connection
from multiprocessing.context import ForkProcess
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn

from ..collector import set_aside_long_lived

if TYPE_CHECKING:
    from ..answers.model import Answers
    from ..engine.document import Document
    from ..engine.kinds import Kind
    from ..render.pdf import Attachment, Page
    from .build import Checked

    JobQueue = multiprocessing.Queue[tuple[str, str, Any] | None]      # (kind, name, payload); None: stop
    ResultQueue = multiprocessing.Queue[tuple[str, str, Any]]          # (name, "ok" or "error", PDF or why)

_WAIT = 0.5          # seconds between looks at whether a silent worker is still alive
_LOAD_WEASYPRINT = 400   # ms of CPU: loading weasyprint, as Page.cost counts


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
        _load_what_workers_run()        # before the forks: this process needs it too, and they share it
        set_aside_long_lived()          # before the forks: the workers share these pages untouched
        self._results: ResultQueue = context.Queue()
        queues: list[JobQueue] = [context.Queue() for _ in range(max(1, size))]
        pids, pids_writer = context.Pipe(duplex=False)
        # The first worker forks the others from itself (see the top of this module)
        first = context.Process(target=_serve_first, args=(queues, self._results, os.getpid(), pids_writer),
                                daemon=True, name="spinout-pdf-0")
        first.start()
        pids_writer.close()
        self._workers: list[_Worker] = [_Worker(0, queues[0], first)]
        forked = _ForkedPids(pids)
        self._workers += [_Worker(number, queue_, first, forked) for number, queue_ in enumerate(queues[1:], 1)]
        self._owner: dict[str, _Worker] = {}
        self._done: dict[str, tuple[str, Any]] = {}
        self._load = {worker: 0 for worker in self._workers}    # the cost handed to each so far
        self._html = False          # whether the first worker has been given an HTML page yet
        self._discarded: set[str] = set()

    @property
    def size(self) -> int:
        return len(self._workers)

    def healthy(self) -> bool:
        """Whether every worker is still running (a worker killed from outside is not replaced)."""
        return all(worker.alive() for worker in self._workers)

    def submit(self, jobs: Sequence[Job]) -> None:
        """Share out `jobs`: the longest first, each to the worker with least to do so far. An
        archive page is kept until `finish_archive`."""
        for job in sorted(jobs, key=lambda job: (-job.page.cost(), job.name)):
            # HTML pages (weasyprint's) all go to the first worker: only it loads weasyprint,
            # which its load counts when the first comes
            worker, cost = None, job.page.cost()
            if not job.page.typeset:
                worker = self._workers[0]
                cost += 0 if self._html else _LOAD_WEASYPRINT
                self._html = True
            self._hand(("archive" if job.page.archive else "pdf", job.name, job.page), cost, worker)

    def submit_word(self, name: str, document: Document, cost: int) -> None:
        """Hand a Word file to the worker with least to do (made while this process goes on)."""
        self._hand(("docx", name, document), cost)

    def submit_assembly(self, name: str, answers: Answers, kind: Kind, cost: int) -> None:
        """Assemble a document in the worker with least to do, while this process assembles
        another: `assembled(name)` gives it."""
        self._hand(("assemble", name, (answers, kind)), cost)

    def _hand(self, message: tuple[str, str, Any], cost: int, worker: _Worker | None = None) -> None:
        """Send a job to `worker`, or to the one with least to do so far, and count its cost."""
        worker = worker or min(self._workers, key=lambda w: (self._load[w], w.number))
        self._load[worker] += cost
        self._owner[message[1]] = worker
        worker.send(message)

    def assembled(self, name: str) -> Checked:
        """A document handed to `submit_assembly`, once assembled, with its own findings."""
        checked: Checked = self.result(name)      # type: ignore[assignment]   # not bytes, for this job
        return checked

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
                    said = _exit_said(stopped[0].exit_code())
                    raise WorkerStopped(f"the PDF worker stopped unexpectedly{said}") from None
                continue
            if name in self._discarded:
                self._discarded.discard(name)
                continue
            self._done[name] = (status, payload)
            return

    def close(self, *, finished: bool = False) -> None:
        """Stop the workers. After a finished build, idle workers are asked to end and the first
        waits for the ones it forked, so their CPU time is counted where the build's is (by
        `time` or a benchmark); otherwise they are stopped at once, even mid-import (an answers
        error should not wait for weasyprint to finish loading)."""
        if finished:
            for worker in self._workers:
                worker.send(None, quietly=True)
            self._workers[0].join(timeout=_WAIT * 4)
        for worker in self._workers:
            worker.stop()
        self._results.cancel_join_thread()
        self._results.close()


class _Worker:
    """A worker as this process sees it: the first is this process's child; the others are
    the first's children, known by the pids it sends once it has forked them."""

    def __init__(self, number: int, jobs: JobQueue, first: ForkProcess, pids: _ForkedPids | None = None) -> None:
        self.number = number
        self._jobs = jobs
        self._first = first
        self._pids = pids              # None for the first worker itself

    def send(self, message: tuple[str, str, Any] | None, quietly: bool = False) -> None:
        if not self.alive():
            if quietly:
                return
            raise WorkerStopped(f"the PDF worker stopped unexpectedly{_exit_said(self.exit_code())}")
        try:
            self._jobs.put(message)    # a feeder thread writes it: never waits for the worker
        except (OSError, ValueError):
            if not quietly:
                raise

    def alive(self) -> bool:
        if not self._first.is_alive():
            return False               # the others die with it (die_with_parent)
        if self._pids is None:
            return True
        pid = self._forked_pid()
        return pid is None or _running(pid)     # None: not forked yet, and the first is alive

    def exit_code(self) -> int | None:
        """The first worker's exit code (the others' are not this process's to know)."""
        return self._first.exitcode if self._pids is None or not self._first.is_alive() else None

    def join(self, timeout: float) -> None:
        """Wait for the first worker to end (it ends after the workers it forked)."""
        self._first.join(timeout)

    def stop(self) -> None:
        if self._pids is None:
            self._first.terminate()
            self._first.join(timeout=5)
        # a forked worker is never signalled from here: it dies with the first (die_with_parent)
        self._jobs.cancel_join_thread()
        self._jobs.close()

    def _forked_pid(self) -> int | None:
        return self._pids.pid(self.number) if self._pids is not None else None


class _ForkedPids:
    """The pids of the workers the first forked, once it has said them (on a pipe)."""

    def __init__(self, reader: Connection) -> None:
        self._reader = reader
        self._pids: list[int] | None = None

    def pid(self, number: int) -> int | None:
        if self._pids is None:
            try:
                if self._reader.poll():
                    self._pids = self._reader.recv()
                    self._reader.close()
            except (EOFError, OSError):
                pass                   # the first worker died before forking: alive() says so
        return self._pids[number - 1] if self._pids is not None else None


def _running(pid: int) -> bool:
    """Whether a forked worker runs: one that died stays a zombie (state Z) until the first
    worker reaps it at the end, so its pid cannot have been reused."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            state = stat.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _exit_said(code: int | None) -> str:
    return f" (exit code {code})" if code is not None else ""


def _load_what_workers_run() -> None:
    """Import the modules a worker runs (assembly, layout), which the build imports anyway: once
    here, not again in each worker (about 0.1 s of a build's wall time on two cores). The hash
    of spinout's code that every cache key holds is worked out here too (~5 ms), for the same
    reason: the workers look up Word files and scores in the cache."""
    from ..engine import assemble  # noqa: F401
    from ..engine.cache import code_fingerprint
    from ..render import docx, pdf, typeset  # noqa: F401

    code_fingerprint()


@contextmanager
def pdf_pool(enabled: bool = True, size: int | None = None) -> Iterator[PdfPool | None]:
    """A pool for the length of a build (None when disabled or unavailable); always stopped."""
    pool = start_pdf_pool(size) if enabled else None
    finished = False
    try:
        yield pool
        finished = True
    finally:
        if pool is not None:
            pool.close(finished=finished)


def start_pdf_pool(size: int | None = None) -> PdfPool | None:
    """A pool of `size` workers (default: one a core) where fork is safe (Linux); None
    elsewhere, and the PDFs are made in this process."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return PdfPool(size or os.cpu_count() or 1)
    except OSError:
        return None


def _serve_first(queues: list[JobQueue], results: ResultQueue, parent: int, pids: Connection) -> None:
    """The first worker: fork the other workers, tell the parent their pids, then serve its own
    queue (the only one given HTML pages: it loads weasyprint when the first comes)."""
    pdf = _become_worker(parent)
    me, forked = os.getpid(), []
    for jobs in queues[1:]:
        pid = os.fork()
        if pid == 0:
            _serve_forked(jobs, results, me)
        forked.append(pid)
    pids.send(forked)
    pids.close()
    _serve(queues[0], results, pdf)
    for pid in forked:                 # asked to end: so are they (PdfPool.close)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass


def _serve_forked(jobs: JobQueue, results: ResultQueue, first: int) -> NoReturn:
    code = 1
    try:
        die_with_parent(first)
        from ..render import pdf

        _serve(jobs, results, pdf)
        code = 0
    finally:
        os._exit(code)                 # never back into the first worker's own code


def _become_worker(parent: int) -> ModuleType:
    die_with_parent(parent)
    # Ctrl-C and a closed terminal reach the whole process group; the parent decides what
    # happens and stops this worker itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)     # not the parent's handler: terminate() just ends it
    from ..render import pdf

    set_aside_long_lived()
    return pdf


def _serve(jobs: JobQueue, results: ResultQueue, pdf: ModuleType) -> None:
    try:
        pdf.warm_up()
    except Exception:  # reported when a render is asked for
        pass
    held: dict[str, tuple[Page, Any]] = {}     # archives, laid out (or why not), waiting for their files
    while True:
        message = jobs.get()
        if message is None:
            return
        kind, name, payload = message
        try:
            if kind == "drop":
                held.pop(name, None)
            elif kind == "archive":          # laid out now; "attach" adds its files, in milliseconds
                held[name] = (payload, _laid_out(pdf, payload))
            elif kind == "attach":
                page, laid_out = held.pop(name, (None, None))
                if page is None:
                    raise RuntimeError("no archive was handed to this worker")
                if isinstance(laid_out, Exception):
                    raise laid_out
                results.put((name, "ok", pdf.carry(laid_out, page, payload)))
            elif kind == "docx":
                from ..render.docx import docx_bytes

                results.put((name, "ok", docx_bytes(payload)))
            elif kind == "assemble":
                from .build import assemble_checked

                results.put((name, "ok", assemble_checked(*payload)))
            else:
                results.put((name, "ok", pdf.make_pdf(payload)))
        except Exception as exc:
            results.put((name, "error", _sendable(exc)))


def _laid_out(pdf: ModuleType, page: Page) -> bytes | Exception:
    """An archive's pages, or what stopped them (said when its files come, as its result)."""
    try:
        laid_out: bytes = pdf.make_pdf(page)
        return laid_out
    except Exception as exc:
        return exc


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
