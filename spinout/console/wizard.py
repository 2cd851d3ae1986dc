"""`spinout new`: the interview (spinout.interview) at a terminal, then the pack.

This module only renders: what to ask, in what order, what counts as an answer and what the
review holds all come from `Interview`. Answers are saved after every one, so Ctrl-C or a
closed terminal loses nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..answers import model
from ..errors import AnswersError, OutputError
from ..files import write_atomically
from ..interview import MISSING, Interview, Question, ReviewSection, load_questions
from ..interview.flow import Page
from ..interview.progress import load_progress, save_progress
from ..interview.state import State
from .editors import Editors
from .terminal import BACK, HELP, Console, height, width


class Stopped(Exception):
    """The user pressed Ctrl-C or closed the terminal; the answers so far are saved."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(str(path))


class Wizard:
    def __init__(self, interview: Interview, console: Console, save_path: Path) -> None:
        self.interview, self.console, self.save_path = interview, console, save_path
        self.editors = Editors(console, interview, self.explain)
        self._section = ""

    def run(self) -> model.Answers:
        """Ask whatever is missing, then the review until the user chooses to build."""
        self.interview.save()   # a place that cannot be written is said at once
        try:
            while True:
                if self.interview.current is not None:
                    self.ask(self.interview.current)
                    continue
                answers = self.review()
                if answers is not None:
                    return answers
        except (KeyboardInterrupt, EOFError):
            self._keep_list_being_edited()
            self.interview.save()
            raise Stopped(self.save_path) from None
        except Exception:
            self.interview.save()  # a fault of ours must not cost the answers
            raise

    def _keep_list_being_edited(self) -> None:
        question = self.interview.current
        if self.editors.editing is not None and question is not None and question.key == self.editors.editing[0]:
            self.interview.state.set(question.key, model.plain(self.editors.editing[1]))

    # ------------------------------------------------------------ one question

    def ask(self, question: Question) -> None:
        page = self.interview.page()
        self._show_heading(page)
        value = self._ask_by_kind(page)
        self.editors.editing = None
        if value is HELP:
            self.explain(question)
        elif value is BACK:
            if not self.interview.back():
                self.console.say("This is the first question: there is nothing before it.", indent=2)
        else:
            self._take(value)

    def _show_heading(self, page: Page) -> None:
        if page.section != self._section:
            self._section = page.section
            done = sum(s.status in ("done", "not needed") for s in self.interview.sections())
            self.console.say(f"\n{page.section} (part {page.section_number} of {page.section_count}; "
                             f"{done} of {page.section_count} parts done)")
        self.console.say("")
        if page.hint:
            self.console.say(page.hint, indent=2)
        if page.example:
            self.console.say(f"For example: {page.example}", indent=2)
        for line in page.typical:
            self.console.say(f"- {line}", indent=4, hang=2)

    def _ask_by_kind(self, page: Page) -> Any:
        kind = page.question.kind
        if kind in ("select", "yesno"):
            return self.console.select(page.prompt, self._choice_lines(page), default=page.value)
        if kind in ("objects", "classes", "founders", "staff"):
            return self.editors.edit(page.question, None if page.value is MISSING else page.value, page.prompt)
        if kind == "statutory-text":
            return self._ask_statutory_text(page)
        if kind == "words":
            return self._ask_words(page)
        return self._ask_text(page)

    def _choice_lines(self, page: Page) -> list[tuple[str, Any]]:
        """The choices as menu lines. A menu line is never wrapped, so when a choice is too long
        for the terminal the choices are printed in full, wrapped, and the menu names them short."""
        def mark(choice: Any) -> str:
            return "  (recommended)" if choice.recommended else ""

        full = [(c.label + mark(c), c.value) for c in page.choices]
        shorts = [c.short for c in page.choices]
        if all(len(label) <= width() - 8 for label, _ in full) or len(set(shorts)) < len(shorts):
            return full
        for choice in page.choices:
            self.console.say(f"- {choice.label}{mark(choice)}", indent=2, hang=2)
        return [(c.short + mark(c), c.value) for c in page.choices]

    def _ask_text(self, page: Page) -> Any:
        shown = "" if page.value in (MISSING, None) else _typed(page.value)

        def validate(text: str) -> bool | str:
            return self.interview.problem_with(text) or True

        return self.console.text(page.prompt, shown, validate)

    def _ask_words(self, page: Page) -> Any:
        """The group's own words for a "To write" box: several lines, finished with Esc then Enter."""
        shown = "" if page.value in (MISSING, None) else str(page.value)

        def validate(text: str) -> bool | str:
            return self.interview.problem_with(text) or True

        return self.console.text(page.prompt, shown, validate, multiline=True)

    def _ask_statutory_text(self, page: Page) -> Any:
        while True:
            path = self._ask_text(page)
            if path in (HELP, BACK) or not str(path).strip():
                return path
            try:
                return Path(str(path).strip()).expanduser().read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or "it is not a text file"
                self.console.say(f"Cannot read {path}: {reason}. Try again, or leave it blank.", indent=2)

    def _take(self, value: Any) -> None:
        outcome = self.interview.answer(value)
        if outcome.problem:
            self.console.refusals.append(outcome.problem)
            self.console.say(outcome.problem, indent=2)
        for warning in outcome.warnings:
            self.console.say(f"Warning: {warning}", indent=2, hang=9)
        if outcome.warnings:
            self.console.say("You can change this answer from the review at the end.", indent=2)

    def explain(self, question: Question) -> None:
        page = self.interview.page(question)
        self.console.say("")
        self.console.say(page.help or page.hint, indent=2)
        for term in page.terms:
            self.console.say(f"{term.name}: {term.meaning}", indent=2, hang=4)
            if term.usual:
                self.console.say(f"What most groups choose: {term.usual}", indent=6)
        self.console.say("")

    # ------------------------------------------------------------ the review

    def review(self) -> model.Answers | None:
        """The review, a screenful at a time: build, or change one answer."""
        lines = review_lines(self.interview.review())
        rows = max(height() - 6, 8)
        start = 0
        while True:
            self.console.say("\nCheck your answers" if start == 0 else "")
            for line in lines[start:start + rows]:
                self.console.say(line)
            more = start + rows < len(lines)
            options: list[Any] = [("Build the pack", "build"), ("Change an answer", "change")]
            if more:
                options.insert(0, (f"Show more answers ({start + rows} of {len(lines)} lines shown)", "more"))
            choice = self.console.select("What next?", options, default="more" if more else "build", keys=False)
            if choice == "more":
                start += rows
            elif choice == "change":
                self._change_one()
                return None
            else:
                return self._resolve()

    def _change_one(self) -> None:
        options = [(f"{section.title}: {item.label}", item.key) for section in self.interview.review()
                   for item in section.items]
        options.append(("Back to the review", "review"))
        key = self.console.select("Which answer do you want to change?", options, keys=False)
        if key != "review":
            self.interview.change(key)

    def _resolve(self) -> model.Answers | None:
        from ..answers.resolve import resolve_answers

        try:
            return resolve_answers(self.interview.state.answers)
        except AnswersError as exc:
            self.console.say("These answers cannot be built yet:")
            for problem in exc.problems:
                self.console.say(f"- {problem}", indent=2, hang=2)
            return None


def review_lines(sections: list[ReviewSection]) -> list[str]:
    """The review as lines that fit the terminal: each answer under its section, wrapped."""
    import textwrap

    room = width() - 1
    lines: list[str] = []
    for section in sections:
        if section.status == "not needed":
            continue
        lines.append(f"{section.title}" + ("" if section.status == "done" else f" ({section.status})"))
        for item in section.items:
            if item.table is not None:
                lines.append(f"  {item.label}:")
                lines += ["    " + row for row in _table(*item.table)]
                continue
            first, *rest = item.lines
            lines += textwrap.wrap(f"{item.label}: {first}", room, initial_indent="  ", subsequent_indent="      ",
                                   break_long_words=False)
            for line in rest:
                lines += textwrap.wrap(line, room, initial_indent="      ", subsequent_indent="        ",
                                       break_long_words=False)
    return lines


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    def line(row: tuple[str, ...]) -> str:
        cells = enumerate(zip(row, widths, strict=True))
        return "  ".join(str(cell).ljust(w) if i == 0 else str(cell).rjust(w) for i, (cell, w) in cells).rstrip()
    return [line(headers)] + [line(r) for r in rows]


def _typed(value: Any) -> str:
    """A value as the user would type it."""
    return str(value)


# ---------------------------------------------------------------- the whole command

def run_new(console: Console, *, resume: Path | None, prefill: Path | None, save: Path, out: Path,
            force: bool, pdf: bool = True) -> None:
    """`spinout new`: ask, save as we go, build. Raises Stopped on Ctrl-C (answers saved)."""
    state, save_path, complete_file = _starting_state(resume, prefill, save, force)
    console.say("spinout: let's draft the rules for your co-operative. Everything it writes is a draft, "
                "not legal advice.")
    console.say(f"Your answers are saved as you go in {save_path.resolve()}. Press Ctrl-C to stop at any time. "
                "At any question, type ? for help or < to go back.")
    interview = Interview(state, complete_file=complete_file, on_save=lambda s: save_progress(s, save_path))
    if interview.complete:
        console.say("Every question is answered: here are your answers to check.")
    answers = Wizard(interview, console, save_path).run()
    from ..answers.resolve import dump_answers

    write_atomically(save_path, dump_answers(answers))
    console.say(f"\nAll answers saved in {save_path.resolve()} ({interview.answered_now} answers given this time).")
    replace = force
    if out.exists() and out.is_dir() and any(out.iterdir()) and not force:
        try:
            replace = console.select(f"The folder {out.resolve()} already has files in it. Replace them with the new "
                                     "pack? Anything you changed in those files yourself will be lost.",
                                     [("Yes, replace them", True), ("No, stop here", False)], default=False, keys=False)
        except (KeyboardInterrupt, EOFError):
            replace = False
        if not replace:
            console.say(f"Nothing built. Build later with: spinout build {save_path} -o FOLDER")
            return
    _build_and_report(console, answers, out, replace, save_path, pdf)


def _starting_state(resume: Path | None, prefill: Path | None, save: Path, force: bool) -> tuple[State, Path, bool]:
    if resume is not None:
        return load_progress(resume), resume, False
    if save.exists() and not force and (prefill is None or save.resolve() != prefill.resolve()):
        raise OutputError(f"{save} already exists, and spinout never overwrites it without being asked.",
                          hint=f"Carry on with it: spinout new --resume {save}\n"
                               "Or choose another file with --save, or add --force to start again.")
    if prefill is not None:
        return load_progress(prefill), save, True
    return State(), save, False


def _build_and_report(console: Console, answers: model.Answers, out: Path, force: bool, save_path: Path,
                      pdf: bool) -> None:
    from ..pack.build import FORMATS, build_pack
    from ..pack.next_steps import next_steps
    from ..pack.workers import pdf_pool
    from ..review.report import render_plain_summary

    formats = FORMATS if pdf else tuple(f for f in FORMATS if f != "pdf")
    console.say(f"\nBuilding the pack in {out.resolve()}: the rules, the business case, the papers and the guides, "
                + ("in Word, PDF and text. This takes about half a minute..." if pdf else "in Word and text..."))
    with pdf_pool(enabled=pdf) as pool:
        built = build_pack(answers, out, force=force, formats=formats, pdf_pool=pool)
    console.say(f"Built {len(built.files)} files for {answers.society.name}.\n")
    labels = {q.key: q.label for q in load_questions().questions}
    for line in render_plain_summary(built.report, built.document, labels).splitlines():
        console.say(line, hang=4 if line.startswith("  - ") else 0)
    console.say("")
    for line in next_steps(built.directory, built.files, answers, save_path):
        if line.startswith("spinout "):
            console.out.write(f"  {line}\n")      # never wrapped: it is copied and pasted whole
        else:
            console.say(line, hang=4)
