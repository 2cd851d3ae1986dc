"""The answers file the interview keeps as it goes: written whole after every answer (a crash
never leaves half a file), read back to carry on. The interview's own notes ride in a comment
on the first line, so the file stays an ordinary answers file that `spinout build` reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from ..answers import model
from ..answers.model import plain
from ..answers.yamlio import UnreadableFile, YamlSyntaxError, parse_yaml, read_text_file
from ..errors import AnswersError, OutputError
from ..files import write_atomically
from .state import State

META = "# spinout-wizard: "


def save_progress(state: State, path: Path) -> None:
    """Write the answers so far atomically; a file that cannot be written is a message."""
    try:
        write_atomically(path, progress_text(state, path.name))
    except OSError as exc:
        raise OutputError(f"Cannot save your answers in {path}: {exc.strerror or exc}.",
                          hint="Choose a folder you can write to with --save.") from None


def progress_text(state: State, name: str) -> str:
    header = (f"{META}{json.dumps(state.notes, sort_keys=True)}\n"
              f"# Answers saved by `spinout new`. Carry on with: spinout new --resume {name}\n"
              f"# When complete, build without questions: spinout build {name}\n")
    body = yaml.safe_dump(plain(ordered(state.answers, model.Answers)), sort_keys=False, allow_unicode=True, width=100)
    return header + (body if state.answers else "")


def load_progress(path: Path) -> State:
    try:
        text = read_text_file(path)
    except FileNotFoundError:
        raise AnswersError(f"There is no file at {path}.",
                           hint="Check the path, or start with `spinout new`.") from None
    except UnreadableFile as exc:
        raise AnswersError(f"{path} {exc}.") from None
    try:
        answers = parse_yaml(text, str(path))[0] or {}
    except YamlSyntaxError as exc:
        raise AnswersError("The saved answers cannot be read.", [exc.problem],
                           "Fix the file, or start again with `spinout new`.") from None
    if not isinstance(answers, dict):
        raise AnswersError(f"{path} does not hold answers (it should be a set of fields).")
    return State(answers, _notes(text))


def _notes(text: str) -> dict[str, Any]:
    first = text.split("\n", 1)[0]
    if not first.startswith(META):
        return {}
    try:
        notes = json.loads(first.removeprefix(META))
    except json.JSONDecodeError:
        return {}
    return notes if isinstance(notes, dict) else {}


def ordered(data: Any, owner: Any) -> Any:
    """Answers in the model's field order, so the saved file reads like an answers file."""
    if not isinstance(data, dict) or not hasattr(owner, "model_fields"):
        return data
    result = {}
    for name, info in owner.model_fields.items():
        if name in data:
            inner = info.annotation if hasattr(info.annotation, "model_fields") else None
            result[name] = ordered(data[name], inner)
    result.update({k: v for k, v in data.items() if k not in result})
    return result
