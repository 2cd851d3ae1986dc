"""Talking to a person at a terminal: questionary prompts with `?` for help and `<` for back on
every question, and plain text wrapped to the terminal's width. The only module that imports
questionary."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Sequence
from typing import Any, TextIO

import questionary
from prompt_toolkit.application import get_app
from prompt_toolkit.document import Document
from prompt_toolkit.filters import Condition
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.validation import ValidationError, Validator


class _Key(str):
    """A keypress that is not an answer (help, back): compared with `is`, never typed."""


HELP = _Key("\0help")
BACK = _Key("\0back")
MAX_TYPED_CHARS = 10_000     # the longest answer the model takes (pasted legal text)
KEYS_HINT = "? help, < back"
MULTILINE_HINT = "several lines: Enter starts a new line, Esc then Enter finishes"

Choices = Sequence[tuple[str, Any] | tuple[str, Any, str]]     # label, value and, if it is refused, why


def width() -> int:
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, 100))


def height() -> int:
    return max(12, shutil.get_terminal_size((80, 24)).lines)


class Console:
    """Prompts through questionary (on the current prompt_toolkit session: a terminal, or a
    pipe in tests) and plain text through `out`. `refusals` keeps every message a validator
    showed, so a session can be reviewed (and tested) afterwards."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.refusals: list[str] = []

    def say(self, text: str = "", indent: int = 0, hang: int = 0) -> None:
        """Print `text` wrapped to the terminal, never breaking a word."""
        if not text:
            self.out.write("\n")
        for paragraph in text.split("\n"):
            if not paragraph:
                continue
            lines = textwrap.wrap(paragraph, width=width() - 1, initial_indent=" " * indent,
                                  subsequent_indent=" " * (indent + hang), break_long_words=False,
                                  break_on_hyphens=False) or [""]
            self.out.write("\n".join(lines) + "\n")
        self.out.flush()

    def text(self, message: str, default: str, validate: Callable[[str], bool | str], *,
             keys: bool = True, multiline: bool = False) -> str:
        """Typed text; with `keys`, `?` or `<` in an empty or untouched field means help or back.
        `multiline`: Enter starts a new line and Esc then Enter finishes (prompt_toolkit's way)."""
        instruction = f"({MULTILINE_HINT}; {KEYS_HINT})" if multiline else f"({KEYS_HINT})"
        question = questionary.text(message, default=default, validate=_Validator(validate, self.refusals),
                                    instruction=instruction if keys else None, validate_while_typing=True,
                                    multiline=multiline)
        if keys:
            untouched = Condition(lambda: get_app().current_buffer.text in ("", default))
            _bind(question, {"?": HELP, "<": BACK}, untouched)
        answer = question.unsafe_ask()
        return answer if isinstance(answer, _Key) else str(answer)

    def select(self, message: str, choices: Choices, default: Any = None, *, keys: bool = True) -> Any:
        """A choice; with `keys`, `?` and `<` (or the last two lines) mean help and back."""
        options = [questionary.Choice(c[0], value=c[1], disabled=c[2] if len(c) > 2 else None) for c in choices]
        if keys:
            options += [questionary.Choice("? What does this mean?", value=HELP),
                        questionary.Choice("< Go back", value=BACK)]
        chosen = next((o for o in options if o.value == default and not o.disabled), None)
        question = questionary.select(message, choices=options, default=chosen,
                                      instruction=f"(arrow keys, Enter; {KEYS_HINT})" if keys else None)
        if keys:
            _bind(question, {"?": HELP, "<": BACK})
        return question.unsafe_ask()


def _bind(question: questionary.Question, keys: dict[str, Any], when: Any = True) -> None:
    bindings = KeyBindings()
    for key, result in keys.items():
        def leave(event: Any, result: Any = result) -> None:
            event.app.exit(result=result)

        bindings.add(key, filter=when, eager=True)(leave)
    app = question.application
    app.key_bindings = merge_key_bindings([bindings, app.key_bindings]) if app.key_bindings else bindings


class _Validator(Validator):
    """Shows a problem while the user types, and records it when Enter is refused."""

    def __init__(self, check: Callable[[str], bool | str], refusals: list[str]) -> None:
        self.check, self.refusals = check, refusals

    def _verdict(self, document: Document) -> None:
        # checked first, and cheaply: validation runs on every keystroke
        too_long = len(document.text) > MAX_TYPED_CHARS
        verdict = (f"That is too long: at most {MAX_TYPED_CHARS:,} characters." if too_long
                   else self.check(document.text))
        if verdict is not True:
            raise ValidationError(message=str(verdict), cursor_position=len(document.text))

    def validate(self, document: Document) -> None:   # on Enter
        try:
            self._verdict(document)
        except ValidationError as refusal:
            self.refusals.append(refusal.message)
            raise

    async def validate_async(self, document: Document) -> None:   # while typing
        self._verdict(document)
