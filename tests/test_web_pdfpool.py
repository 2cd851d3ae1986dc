"""The web server's PDF workers: lent to one build at a time, never to a build when one has died."""

from __future__ import annotations

import sys

import pytest

from spinout.web import pdfpool

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks (Linux only)")


def test_the_pool_is_lent_to_one_build_at_a_time_and_not_when_a_worker_died() -> None:
    pdfpool.start_pool()
    try:
        with pdfpool.borrowed_pool() as first:
            with pdfpool.borrowed_pool() as second:
                assert first is not None and second is None      # the second build lays out its own
        with pdfpool.borrowed_pool() as again:
            assert again is first                                 # given back
        first._workers[0]._first.kill()
        first._workers[0]._first.join(5)
        with pdfpool.borrowed_pool() as after:
            assert after is None
    finally:
        pdfpool.stop_pool()
    with pdfpool.borrowed_pool() as stopped:
        assert stopped is None
