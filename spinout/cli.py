"""The command line: a thin layer from commands to library calls, and from errors to messages.

Heavy modules (pydantic, docxtpl, weasyprint) are imported inside commands so that
`spinout --help` stays fast.
"""

from __future__ import annotations

import errno
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__

if TYPE_CHECKING:
    from .answers.model import Answers
    from .pack.batch import BatchResult
    from .pack.build import Built
    from .pack.workers import PdfPool
    from .web.settings import Options


class SpinoutGroup(click.Group):
    """Turns every error spinout knows into a message and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        from .errors import SpinoutError

        try:
            return super().invoke(ctx)
        except SpinoutError as exc:
            _say(f"Error: {exc.render()}")
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt as exc:      # Ctrl-C, or a signal to stop (see stopping.py)
            _say("\nStopped. Nothing was written.")
            ctx.exit(128 + getattr(exc, "signal_number", signal.SIGINT))
        except BrokenPipeError:
            # the reader went away (`spinout guide x | head`): stop quietly, as other tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            ctx.exit(0)
        except StandardOutputError as exc:
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)    # nothing more can be printed there
            reason = _DISK_FAULTS.get(exc.error.errno, str(exc))
            _say(f"Error: could not print the result to standard output ({reason}). Any files the command "
                 "writes were written before it printed.")
            ctx.exit(74)
        except Exception as exc:
            environment = _environment_fault(exc)
            if environment:
                _say(f"Error: {environment}")
                ctx.exit(74)                  # EX_IOERR: the machine, not the answers or spinout
            if os.environ.get("SPINOUT_DEBUG"):
                raise
            _say(f"spinout hit an internal error: {type(exc).__name__}: {exc}\n"
                 "This is a fault in spinout, not in your answers. Run again with SPINOUT_DEBUG=1 "
                 "for the details, and report it.")
            ctx.exit(70)
        return None


class StandardOutputError(Exception):
    """Printing the result failed (a full disk or device behind standard output): the command's
    own work, written to files before it printed, is done."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error


def _out(message: str = "", nl: bool = True) -> None:
    """Print a result on standard output; a failure to print is said as such, not as a fault
    of spinout or of the files it wrote. A reader that has gone away (a closed pipe) is left to
    the quiet handling in SpinoutGroup."""
    try:
        click.echo(message, nl=nl)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise StandardOutputError(exc) from None


def _say(message: str) -> None:
    """A message on stderr; a terminal that has gone away is no reason for a traceback."""
    try:
        click.echo(message, err=True)
    except OSError:
        pass


_DISK_FAULTS: dict[int | None, str] = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
                errno.EROFS: "the disk is read-only", errno.EIO: "the disk reported an input/output error"}


def _environment_fault(exc: BaseException) -> str | None:
    """A fault of the machine spinout runs on, in words, with what to do; None for anything else."""
    if isinstance(exc, OSError) and exc.errno in _DISK_FAULTS:
        where = f" ({exc.filename})" if exc.filename else ""
        return (f"Could not write{where}: {_DISK_FAULTS[exc.errno]}. Anything already there was kept. "
                "Free some space (or choose another folder with -o) and run the command again.")
    if isinstance(exc, OSError) and "cannot load library" in str(exc):
        return (f"A system library the PDF layout needs is missing ({exc}). Install weasyprint's "
                "system packages (on Debian: libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0), "
                "or build Word and Markdown only with --no-pdf.")
    return None


@click.group(cls=SpinoutGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spinout")
def cli() -> None:
    """Draft the rules and papers for a co-operative that takes over a public service.

    Everything spinout writes is a draft, not legal advice.
    """


@cli.command()
@click.argument("answers_file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--example", metavar="NAME", help="Build a shipped example instead (see `spinout examples`).")
@click.option("-o", "--output", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("pack"),
              show_default=True, help="Folder to write the pack into.")
@click.option("--force", is_flag=True, help="Replace the output folder if it already exists.")
@click.option("--strict", is_flag=True, help="Write nothing if any check fails.")
@click.option("--no-pdf", is_flag=True, help="Skip the PDFs (Word and Markdown only): quicker while drafting.")
@click.option("--discard-edits", is_flag=True,
              help="With --force: replace the pack even where its files were edited since it was built.")
def build(answers_file: Path | None, example: str | None, out: Path, force: bool, strict: bool, no_pdf: bool,
          discard_edits: bool) -> None:
    """Build a pack from ANSWERS_FILE (a YAML answers file) or from --example NAME.

    ANSWERS_FILE may also be a pack's rules PDF (constitution.pdf): it carries the answers it
    was drafted from, and the pack is rebuilt from them.
    """
    source: Path | str
    if answers_file is not None and example is None:
        source = answers_file
    elif example is not None and answers_file is None:
        source = example
    else:
        raise click.UsageError("Give either an answers file or --example NAME (not both).")
    if discard_edits and not force:
        raise click.UsageError("--discard-edits goes with --force: add both to replace an edited pack.")
    from .pack.workers import pdf_pool

    with pdf_pool(enabled=not no_pdf) as pool:    # first, so the workers start while the answers are read
        built, answers = _build(source, out, force, strict, pool, no_pdf, discard_edits)
    from .review.report import render_summary

    _out(f"Built the pack for {answers.society.name} in {built.directory}/")
    for name in built.files:
        _out(f"  {built.directory / name}")
    _out(render_summary(built.report))
    _out("Everything in the pack is a draft, not legal advice.")


def _build(source: Path | str, out: Path, force: bool, strict: bool,
           pool: PdfPool | None, no_pdf: bool, discard_edits: bool = False) -> tuple[Built, Answers]:
    """Build from an answers file (a Path) or a shipped example (its name)."""
    from .answers.resolve import load_answers, load_example
    from .pack.build import FORMATS, build_pack

    if isinstance(source, Path) and source.suffix.lower() == ".pdf":
        answers = _answers_in_pdf(source)
    else:
        answers = load_answers(source) if isinstance(source, Path) else load_example(source)
    formats = tuple(f for f in FORMATS if not (no_pdf and f == "pdf"))
    inputs = (source,) if isinstance(source, Path) else ()
    return build_pack(answers, out, force=force, strict=strict, pdf_pool=pool, formats=formats,
                      inputs=inputs, discard_edits=discard_edits), answers


def _answers_in_pdf(path: Path) -> Answers:
    """The answers a rules PDF carries; what differs from the spinout that made it is said first."""
    from .pack.archive import load_archive

    archived = load_archive(path)
    for note in archived.notes:
        _say(f"Note: {note}")
    _out(f"Read the answers inside {path}.")
    return archived.answers


NO_TERMINAL = (
    "spinout new asks questions, so it needs an interactive terminal, and this is not one.\n"
    "To build without questions, write an answers file (start from `spinout examples` and "
    "examples/social-care.yml) and run:\n  spinout build ANSWERS.yml -o pack"
)


@cli.command()
@click.option("--resume", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Carry on from the answers saved in FILE.")
@click.option("--answers", "prefill", type=click.Path(dir_okay=False, exists=True, path_type=Path), metavar="FILE",
              help="Start from an answers file and ask only what is missing or invalid.")
@click.option("--save", type=click.Path(dir_okay=False, path_type=Path), default=Path("answers.yml"),
              show_default=True, help="Where to save the answers as you go.")
@click.option("-o", "--output", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("pack"),
              show_default=True, help="Folder to write the pack into.")
@click.option("--force", is_flag=True, help="Overwrite the answers file and the pack folder if they exist.")
@click.option("--no-pdf", is_flag=True, help="Skip the PDFs (Word and Markdown only): quicker while drafting.")
def new(resume: Path | None, prefill: Path | None, save: Path, out: Path, force: bool, no_pdf: bool) -> None:
    """Answer questions, step by step, and build a pack (needs a terminal)."""
    import sys

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        click.echo(f"Error: {NO_TERMINAL}", err=True)
        raise SystemExit(2)
    if resume is not None and prefill is not None:
        raise click.UsageError("Use --resume or --answers, not both.")
    from .console.wizard import Console, Stopped, run_new

    try:
        run_new(Console(sys.stdout), resume=resume, prefill=prefill, save=save, out=out, force=force, pdf=not no_pdf)
    except Stopped as stopped:
        _say(f"\nStopped. Your answers so far are saved in {stopped.path}.\n"
             f"Carry on with: spinout new --resume {stopped.path}")
        raise SystemExit(130) from None


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write the packs into: one folder a pack, named after its answers file.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Packs to build at once (default: one for each core of this machine).")
@click.option("--force", is_flag=True, help="Replace packs that already exist.")
@click.option("--no-pdf", is_flag=True, help="Skip the PDFs (Word and Markdown only).")
@click.option("--discard-edits", is_flag=True,
              help="With --force: replace packs even where their files were edited since they were built.")
def batch(inputs: tuple[Path, ...], out: Path, jobs: int | None, force: bool, no_pdf: bool,
          discard_edits: bool) -> None:
    """Build a pack from each answers file in INPUTS (files, or folders of .yml files).

    Packs are built side by side; one that fails is reported and the others carry on. Exit
    code 0 when every pack was built, 1 when any failed.
    """
    import time

    from .pack.batch import plan_batch, run_batch

    if discard_edits and not force:
        raise click.UsageError("--discard-edits goes with --force: add both to replace edited packs.")
    planned = plan_batch(inputs, out)
    workers = jobs or os.cpu_count() or 1
    start = time.perf_counter()
    with _progress(len(planned)) as on_done:
        results = run_batch(planned, workers=workers, force=force, pdf=not no_pdf, discard_edits=discard_edits,
                            on_done=on_done)
    from .pack.batch_report import render_batch_summary

    _out(render_batch_summary(results, out, time.perf_counter() - start, min(workers, len(planned))))
    raise SystemExit(0 if all(result.built for result in results) else 1)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[BatchResult], None]]:
    """A bar with the count and the group just finished on a terminal; elsewhere (a log, CI) a
    line a pack, so the record says how far it got."""
    import sys

    if not sys.stderr.isatty():
        done = [0]

        def say(result: BatchResult) -> None:
            done[0] += 1
            _say(f"[{done[0]}/{total}] {'built' if result.built else 'FAILED'}: {result.job.source}")
        yield say
        return
    with click.progressbar(length=total, label=f"Building {total} packs", show_pos=True,
                           item_show_func=lambda name: name, file=sys.stderr) as bar:
        yield lambda result: bar.update(1, result.society or result.job.source.name)


@cli.command()
def examples() -> None:
    """List the shipped examples, one a line: name, then what it is."""
    from .answers.examples import list_examples

    for name, description in list_examples():
        _out(f"{name}  {description}")


@cli.command()
@click.argument("target", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON, for other tools.")
@click.option("--strict", is_flag=True, help="Treat warnings as failures (exit code 1).")
@click.option("--all", "show_passes", is_flag=True, help="List the checks that passed too.")
def check(target: Path, as_json: bool, strict: bool, show_passes: bool) -> None:
    """Review a draft (an answers file or a pack folder) against the Act and good practice.

    Exit code 0 when nothing fails, 1 when something does (or, with --strict, when anything
    needs attention).
    """
    from .pack.build import prepare
    from .review.text import exit_code, load_draft, render_report_text, report_json

    answers = load_draft(target)
    report = prepare(answers).report
    _out(report_json(report, answers) if as_json else render_report_text(report, answers.society.name, show_passes))
    raise SystemExit(exit_code(report, strict))


@cli.command()
@click.argument("what")
@click.option("--pack", "pack_dir", type=click.Path(path_type=Path), default=Path("pack"), show_default=True,
              help="The pack (or answers file) the rule belongs to.")
def explain(what: str, pack_dir: Path) -> None:
    """Why rule WHAT (a number such as 12, or a clause id) is in the pack."""
    from .pack.build import prepare
    from .review.explain import explanation, find_rule, render_explanation
    from .review.text import load_draft

    prepared = prepare(load_draft(pack_dir))
    _out(render_explanation(explanation(find_rule(prepared.document, what), prepared.library)))


@cli.command()
@click.argument("name", required=False)
def guide(name: str | None) -> None:
    """List the guides, one a line, or print the guide called NAME."""
    from .pack.guides import get_guide, load_guides, render_terminal

    if name is None:
        for item in load_guides().values():
            _out(f"{item.name}  {item.summary}")
        return
    _out(render_terminal(get_guide(name)), nl=False)


@cli.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write a redline of the rules (or trust outline) into this folder: redline.html, "
                   "redline.pdf and redline.docx (tracked changes). Written only when they changed.")
@click.option("--force", is_flag=True, help="Replace the output folder if it already exists.")
def diff(old: Path, new: Path, out: Path | None, force: bool) -> None:
    """Compare two drafts, OLD and NEW (answers files or pack folders), document by document:
    the rules or trust outline, the business case, the registration papers and the member
    summaries. For each changed rule or section it shows the words that changed, marked
    [-old words-]{+new words+}.

    A report, not a check: the exit code is 0 whether or not anything changed.
    """
    from .render.worddiff import format_pack_diff, heading_lines, redline_note
    from .review.diff import compare_packs, load_documents

    comparison = compare_packs(load_documents(old), load_documents(new))
    main = comparison.main
    written: tuple[Path, ...] = ()
    if out is not None and main.comparison and main.old and main.new and main.comparison.has_changes:
        # only the rules (or trust outline) have a redline; none when they did not change
        from .pack.redline import write_redline

        written = write_redline(main.comparison, main.old, main.new, out, force=force, inputs=(old, new))
    width, colour = _terminal_layout()
    for line in (heading_lines(old, new, width=width) + format_pack_diff(comparison, width=width, colour=colour)
                 + redline_note(comparison, out, written, width=width)):
        _out(line)


_DB_OPTION = click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="FILE",
                          help="The SQLite file that keeps the drafts (default: one in your data folder). "
                               "DATABASE_URL, when set, names a PostgreSQL database instead.")


def _web_options(db: Path | None, host: str = "127.0.0.1", names: tuple[str, ...] = ()) -> Options:
    from .web.server import Options, check_options

    options = Options(db=db, database_url=os.environ.get("DATABASE_URL") or None, host=host)
    names = check_options(options, names)
    return Options(db=db, database_url=options.database_url, host=host, extra_hosts=names)


@cli.command()
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="The port to listen on (default: a free one).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on. Anything but 127.0.0.1 lets other computers reach it, and then "
                   "everyone must sign in (add users with `spinout createuser`).")
@click.option("--name", "names", multiple=True, metavar="NAME",
              help="A name people use to reach the server, such as coop.example.org (with --host).")
@click.option("--no-browser", is_flag=True, help="Do not open a web browser.")
@_DB_OPTION
def serve(port: int, host: str, names: tuple[str, ...], no_browser: bool, db: Path | None) -> None:
    """Answer the questions and build the pack in a web browser.

    On your own computer: run it, and your browser opens at the address it prints. Nothing
    leaves your computer. Press Ctrl-C to stop; your drafts are kept.
    """
    from .web.server import run

    options = _web_options(db, host, names)
    try:
        run(options, port, not no_browser, _say)
    except KeyboardInterrupt:
        _say("\nStopped. Your drafts are kept; run `spinout serve` again to carry on.")


@cli.command()
@click.argument("username")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="The password (asked for when left out, so it stays out of the shell's history).")
@_DB_OPTION
def createuser(username: str, password: str, db: Path | None) -> None:
    """Add a person who may sign in to a shared server (`spinout serve --host ...`)."""
    from .web.server import start
    from .web.users import add_user

    start(_web_options(db))
    add_user(username, password)
    _out(f"Added {username}. They can sign in to spinout serve now.")


def _terminal_layout() -> tuple[int, bool]:
    """The width to wrap at and whether to colour: the terminal's width and colour on a
    terminal; 80 columns and no colour in a pipe or a file, or with NO_COLOR set (no-color.org)."""
    import shutil
    import sys

    if not sys.stdout.isatty():
        return 80, False
    colour = not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    return shutil.get_terminal_size((80, 24)).columns, colour


def main() -> None:
    from .collector import collect_less
    from .stopping import stop_on_signals

    stop_on_signals()
    collect_less()
    cli(prog_name="spinout")
