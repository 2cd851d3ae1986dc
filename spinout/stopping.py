"""Stopping on request: Ctrl-C, SIGTERM (`kill`, `timeout`) and SIGHUP (a closed terminal) all
unwind a command the same way, so the staging folder and the PDF worker go with it.

The first signal raises `Stopped` (a KeyboardInterrupt) wherever the program is. A library
that swallows every exception could still carry on after that, so the request is also
remembered, and `raise_if_stopped()` is asked before anything is put in place: a stopped
build never lands, however the signal arrived.
"""

from __future__ import annotations

import signal

_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_requested: int | None = None


class Stopped(KeyboardInterrupt):
    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number


def stop_on_signals() -> None:
    for number in _SIGNALS:
        signal.signal(number, _stop)


def _stop(number: int, _frame: object) -> None:
    global _requested
    if _requested is None:            # later signals change nothing while the first unwinds
        _requested = number
        raise Stopped(number)


def raise_if_stopped() -> None:
    if _requested is not None:
        raise Stopped(_requested)
