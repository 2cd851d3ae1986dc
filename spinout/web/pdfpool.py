"""The server's PDF workers: started once, before the server starts its threads, and lent to
one build at a time. A build that finds them busy lays out its PDFs itself; every build uses
the PDF cache, so a rebuild lays out only what changed either way."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..pack.workers import PdfPool, start_pdf_pool

_lock = threading.Lock()
_pool: list[PdfPool] = []          # the one pool, once started


def start_pool() -> None:
    """Start the workers (forked: call before the server's threads exist)."""
    pool = start_pdf_pool()
    if pool is not None:
        _pool.append(pool)


def stop_pool() -> None:
    while _pool:
        _pool.pop().close()


@contextmanager
def borrowed_pool() -> Iterator[PdfPool | None]:
    """The pool if it is started and free, else None (the build lays its PDFs out itself)."""
    if not _pool or not _pool[0].healthy() or not _lock.acquire(blocking=False):
        yield None
        return
    try:
        yield _pool[0]
    finally:
        _lock.release()
