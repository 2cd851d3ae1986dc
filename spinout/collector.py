"""Python's cycle collector, tuned for commands that build documents.

A build makes millions of short-lived objects (clause templates, layout boxes), and at the
default threshold the collector ran a few hundred times a build, each time walking objects
that live as long as the process: the modules, the clause library, weasyprint's fonts.
Measured on the social-care pack, that was about 8% of the CPU of assembling the documents
and 7-10% of laying out the PDFs. Nothing here changes what is built, only when unreachable
cycles are freed.
"""

from __future__ import annotations

import gc

# a young collection every 10,000 new container objects instead of every 700: memory held by
# cycles waits a little longer, and a build's peak memory barely moves
_THRESHOLDS = (10_000, 10, 10)


def collect_less() -> None:
    """Run the cycle collector less often (for the whole process)."""
    gc.set_threshold(*_THRESHOLDS)


def set_aside_long_lived() -> None:
    """Never walk the objects made so far again: imports and loaded data, kept till exit.
    Called before forking workers, it also keeps the pages they share with this process
    from being copied when the collector would have touched them."""
    gc.freeze()
