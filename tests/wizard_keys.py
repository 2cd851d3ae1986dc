"""Keystrokes for driving the real questionary prompts through a prompt_toolkit pipe."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ENTER, DOWN, UP, CLEAR, CTRL_C = "\r", "\x1b[B", "\x1b[A", "\x15", "\x03"


def line(text: str) -> str:
    """Replace whatever the prompt offers with `text`, and press Enter."""
    return CLEAR + text + ENTER


DESCRIPTION = ("Home care and reablement for about 300 older and disabled adults in Northtown, now run by the "
               "council's in-house home care team of 85 staff.")
# archetype, pathway, parent body, description
SERVICE = [ENTER, ENTER, line("Northshire County Council"), line(DESCRIPTION)]
SOCIETY_START = [ENTER, ENTER, ENTER]                                       # nation, benefit, type
NAME = [line("Riverside Care Co-operative Limited")]
OFFICE = [line("Unit 4, Mill Lane Business Centre, Northtown, NT1 2AB")]
# contract value and years (examples are hints: typed), staff, pension, typical assumptions,
# overdraft (none yet: 0)
FINANCES = [line("3480000"), line("5"), ENTER, ENTER, ENTER, ENTER]
# objects, classes, shares, governance, asset lock, recipient, dividend, basis, community purposes,
# ethical employment, union, union name (left blank), social accounting, seal: every default kept
TYPICAL_REST = [ENTER] * 14 + FINANCES
FOUNDERS = [
    ENTER, line("Amina Okafor"), ENTER,                    # add; name; class: workers (secretary: first)
    ENTER, line("Gareth Price"), ENTER,
    ENTER, line("Joan Whitfield"), DOWN + ENTER,
    UP + ENTER, line("Tom Whitfield"), DOWN * 2 + ENTER,   # three founders: "Done" is now the default
    UP + ENTER, line("Priya Shah"), DOWN * 3 + ENTER,
    ENTER,                                                 # done
]
OWN_WORDS = [ENTER]                       # write the "To write" boxes now? no, later (the last question)
PREPARED_BY = [line("Northtown Co-operative Development Agency")] + OWN_WORDS
BUILD = [ENTER]                                            # review screen: build

FULL_RUN = SERVICE + SOCIETY_START + NAME + OFFICE + TYPICAL_REST + FOUNDERS + PREPARED_BY + BUILD


@contextlib.contextmanager
def terminal_size(rows: int, columns: int) -> Iterator[None]:
    """What shutil.get_terminal_size reports (it reads LINES and COLUMNS first)."""
    saved = {name: os.environ.get(name) for name in ("LINES", "COLUMNS")}
    os.environ["LINES"], os.environ["COLUMNS"] = str(rows), str(columns)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@dataclass
class Run:
    output: str          # what the wizard printed
    screen: str          # what prompt_toolkit drew (only when captured)
    stopped: object      # the Stopped exception, if the run was interrupted
    folder: Path
    refusals: list[str]  # every message a validator showed when Enter was refused


def drive(folder: Path, keys: list[str], *, resume: Path | None = None, prefill: Path | None = None,
          capture_screen: bool = False, force: bool = False, rows: int = 400, pdf: bool = False) -> Run:
    """Run `spinout new` on `keys`. The terminal is `rows` tall: by default the review fits on
    one screen, so "Build the pack" is its default. PDFs only when a test looks at them."""
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput
    from prompt_toolkit.output.vt100 import Vt100_Output

    from spinout.console.wizard import Console, Stopped, run_new

    out, screen = io.StringIO(), io.StringIO()
    console = Console(out)
    output = Vt100_Output(screen, lambda: Size(rows=60, columns=200)) if capture_screen else DummyOutput()
    stopped = None
    with create_pipe_input() as pipe:
        pipe.send_text("".join(keys))
        pipe.close()   # when the keys run out the prompt sees end-of-file, as after a closed terminal
        with create_app_session(input=pipe, output=output), terminal_size(rows, 100):
            try:
                run_new(console, resume=resume, prefill=prefill, save=folder / "answers.yml",
                        out=folder / "pack", force=force, pdf=pdf)
            except Stopped as exc:
                stopped = exc
    return Run(out.getvalue(), screen.getvalue(), stopped, folder, console.refusals)
