"""Keystrokes for driving the real questionary prompts through a prompt_toolkit pipe."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

ENTER, DOWN, UP, CLEAR, CTRL_C = "\r", "\x1b[B", "\x1b[A", "\x15", "\x03"


def line(text: str) -> str:
    """Replace whatever the prompt offers with `text`, and press Enter."""
    return CLEAR + text + ENTER


SERVICE = [ENTER, ENTER, line("Northshire County Council"), ENTER]          # archetype, pathway, parent, description
SOCIETY_START = [ENTER, ENTER, ENTER]                                       # nation, benefit, type
NAME = [line("Riverside Care Co-operative Limited")]
OFFICE = [line("Unit 4, Mill Lane Business Centre, Northtown, NT1 2AB")]
FINANCES = [ENTER] * 5                           # contract value and years, staff, pension, typical assumptions
TYPICAL_REST = [ENTER] * 13 + FINANCES           # objects ... seal, then the finances: every default kept
FOUNDERS = [
    ENTER, line("Amina Okafor"), ENTER,                    # add; name; class: workers (secretary: first)
    ENTER, line("Gareth Price"), ENTER,
    ENTER, line("Joan Whitfield"), DOWN + ENTER,
    UP + ENTER, line("Tom Whitfield"), DOWN * 2 + ENTER,   # three founders: "Done" is now the default
    UP + ENTER, line("Priya Shah"), DOWN * 3 + ENTER,
    ENTER,                                                 # done
]
PREPARED_BY = [line("Northtown Co-operative Development Agency")]
BUILD = [ENTER]                                            # review screen: build

FULL_RUN = SERVICE + SOCIETY_START + NAME + OFFICE + TYPICAL_REST + FOUNDERS + PREPARED_BY + BUILD


@dataclass
class Run:
    output: str          # what the wizard printed
    screen: str          # what prompt_toolkit drew (only when captured)
    stopped: object      # the Stopped exception, if the run was interrupted
    folder: Path
    refusals: list[str]  # every message a validator showed when Enter was refused


def drive(folder: Path, keys: list[str], *, resume: Path | None = None, prefill: Path | None = None,
          capture_screen: bool = False, force: bool = False) -> Run:
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
        with create_app_session(input=pipe, output=output):
            try:
                run_new(console, resume=resume, prefill=prefill, save=folder / "answers.yml",
                        out=folder / "pack", force=force)
            except Stopped as exc:
                stopped = exc
    return Run(out.getvalue(), screen.getvalue(), stopped, folder, console.refusals)
