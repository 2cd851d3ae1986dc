"""Build many packs in one go (`spinout batch`): an adviser with twenty groups.

Each answers file becomes its own pack folder, named after the file, under one output folder.
Packs are built by a pool of worker processes (one per core by default), each pack written all
or nothing by `build_pack`, so a pack that fails leaves nothing behind and the others carry on.
Results come back in the order of the inputs, whatever order the workers finish in.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from ..collector import set_aside_long_lived
from ..errors import OutputError, Problem, SpinoutError

ANSWERS_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class BatchJob:
    source: Path       # the answers file
    out: Path          # its pack folder


@dataclass(frozen=True)
class BatchResult:
    job: BatchJob
    society: str = ""          # the group's name, once its answers were read
    files: int = 0
    fails: int = 0             # checks that failed and warned (the pack is still built)
    warnings: int = 0
    error: str = ""            # why the pack was not built; empty when it was
    seconds: float = 0.0

    @property
    def built(self) -> bool:
        return not self.error


def plan_batch(inputs: Sequence[Path], out: Path) -> list[BatchJob]:
    """One job per answers file: files as given, and every .yml/.yaml file in a folder given
    (sorted by name). Two files that would share a pack folder are refused before any work."""
    sources = list(_answers_files(inputs))
    if not sources:
        raise OutputError("No answers files to build.",
                          hint="Give answers files (.yml) or folders of them: `spinout batch groups/ -o packs`.")
    jobs: dict[str, BatchJob] = {}
    clashes: list[Problem] = []
    for source in sources:
        name = source.stem
        if name in jobs:
            clashes.append(Problem(str(source), f"its pack folder {out / name} is also {jobs[name].source}'s"))
            continue
        jobs[name] = BatchJob(source, out / name)
    if clashes:
        raise OutputError("Two answers files have the same name, so their packs would share a folder.", clashes,
                          hint="Rename one of each pair (the pack folder is named after the answers file).")
    return list(jobs.values())


def _answers_files(inputs: Sequence[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    missing: list[Problem] = []
    for given in inputs:
        if given.is_dir():
            found = sorted(p for p in given.iterdir() if p.is_file() and p.suffix.lower() in ANSWERS_SUFFIXES)
            if not found:
                missing.append(Problem(str(given), "this folder holds no answers files (.yml or .yaml)"))
        elif given.is_file():
            found = [given]
        else:
            missing.append(Problem(str(given), "there is no file or folder here"))
            found = []
        for path in found:
            if path.resolve() not in seen:
                seen.add(path.resolve())
                yield path
    if missing:
        raise OutputError("Some inputs could not be found.", missing, hint="Check the paths and run the command again.")


def run_batch(jobs: Sequence[BatchJob], *, workers: int, force: bool = False, pdf: bool = True,
              discard_edits: bool = False,
              on_done: Callable[[BatchResult], None] | None = None) -> list[BatchResult]:
    """Build every job, `workers` at a time; `on_done` hears of each as it finishes. Returns
    the results in the order of `jobs`. A job's failure is its result, never an exception."""
    options = (force, pdf, discard_edits)
    results: dict[BatchJob, BatchResult] = {}
    if workers <= 1 or len(jobs) == 1:
        for job in jobs:
            results[job] = build_one(job, *options)
            if on_done:
                on_done(results[job])
    else:
        with _WorkerPool(min(workers, len(jobs))) as pool:
            futures: dict[Future[BatchResult], BatchJob] = {pool.submit(build_one, job, *options): job for job in jobs}
            for future in as_completed(futures):
                results[futures[future]] = _result_of(future, futures[future])
                if on_done:
                    on_done(results[futures[future]])
    return [results[job] for job in jobs]


def _result_of(future: Future[BatchResult], job: BatchJob) -> BatchResult:
    try:
        return future.result()
    except Exception as exc:   # the worker process itself died (killed, out of memory)
        return BatchResult(job, error=f"the worker building it stopped unexpectedly ({type(exc).__name__})")


def build_one(job: BatchJob, force: bool, pdf: bool, discard_edits: bool) -> BatchResult:
    """One pack, with any failure turned into its reason (runs in a worker process)."""
    from ..answers.resolve import load_answers
    from .build import FORMATS, build_pack
    from .folders import check_target

    start = time.perf_counter()
    society = ""
    try:
        # an existing pack is refused before its answers are read: a second run without
        # --force says so for every pack at once, not after building each
        check_target(job.out, force=force, inputs=(job.source,), discard_edits=discard_edits)
        answers = load_answers(job.source)
        society = answers.society.name
        formats = tuple(f for f in FORMATS if pdf or f != "pdf")
        built = build_pack(answers, job.out, force=force, formats=formats, inputs=(job.source,),
                           discard_edits=discard_edits)
    except SpinoutError as exc:
        return BatchResult(job, society, error=exc.render(), seconds=time.perf_counter() - start)
    except Exception as exc:   # a fault in spinout: this pack fails, the batch goes on
        return BatchResult(job, society, error=f"spinout hit an internal error: {type(exc).__name__}: {exc}",
                           seconds=time.perf_counter() - start)
    report = built.report
    return BatchResult(job, society, len(built.files), len(report.of("fail")), len(report.of("warn")),
                       seconds=time.perf_counter() - start)


class _WorkerPool:
    """A process pool whose workers load the PDF renderer once, before their first pack, and
    never outlive this process."""

    def __init__(self, workers: int) -> None:
        import multiprocessing

        # fork (Linux) starts a worker in milliseconds with spinout already imported; elsewhere
        # the platform's default start method is the safe one
        context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
        self._executor = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                             initializer=_start_worker, initargs=(os.getpid(),))

    def __enter__(self) -> ProcessPoolExecutor:
        return self._executor

    def __exit__(self, *exc: object) -> None:
        stopped = exc[0] is not None
        self._executor.shutdown(wait=not stopped, cancel_futures=True)


def _start_worker(parent: int) -> None:
    import signal

    from .workers import die_with_parent

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C is the parent's to handle
    try:
        from ..render import pdf

        pdf.warm_up()
    except Exception:   # reported by the pack that needs a PDF
        pass
    set_aside_long_lived()
