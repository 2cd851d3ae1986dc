"""The one family of errors spinout raises for people to read.

Every message says what is wrong, where (file, line or field) and what to do.
The CLI turns these into a message and a non-zero exit; nothing else should reach the user.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class SpinoutError(Exception):
    """Base class: a problem the user can fix. exit_code is what the CLI returns."""

    exit_code = 2

    def __init__(self, summary: str, problems: list[Problem] | None = None, hint: str = "") -> None:
        self.summary = summary
        self.problems = problems or []
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        lines = [self.summary]
        lines += [f"  - {p}" for p in self.problems]
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)


class AnswersError(SpinoutError):
    """The answers (file or wizard) are not valid."""


class LibraryError(SpinoutError):
    """The clause library, archetypes or statute data are broken: a fault in the shipped data."""

    exit_code = 3


class AssemblyError(SpinoutError):
    """A clause could not be rendered or a cross-reference points nowhere."""

    exit_code = 3


class OutputError(SpinoutError):
    """The pack could not be written where asked."""


class ChecksFailed(SpinoutError):
    """--strict was given and at least one check failed."""

    exit_code = 1
