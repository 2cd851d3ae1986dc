"""Read YAML files with positions, so every problem can name a file and line.

Two kinds of file come through here. Our own data (clauses, archetypes, statute figures) is
trusted. An answers file is not: it may come from anyone, through a web form or an email. So
an answers file is read with a bounded size, from a regular file only, and its YAML must have
a plain shape before anything is built from it: no anchors or aliases (which can expand a few
kilobytes into gigabytes), no duplicate keys, keys that are words, at most a few dozen levels
of nesting, numbers of sensible length, and dates left as text for the answers model to read
(so an impossible date is a message about that field, not a crash inside the YAML library).
"""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import Problem

# libyaml is several times faster than the pure-Python parser; fall back when it is missing.
# A type checker reads the pure-Python loader, whose methods the C one shares.
if TYPE_CHECKING or not yaml.__with_libyaml__:
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = yaml.CSafeLoader

Location = tuple[str | int, ...]

MAX_ANSWERS_BYTES = 1_000_000     # a full answers file is about 8 KB
MAX_DEPTH = 32                    # answers nest five levels at most
MAX_NUMBER_CHARS = 30             # a number longer than this is not an amount anyone means

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _AnswersLoader(_BaseLoader):
    """The safe loader, except that dates stay text: the answers model parses them."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }


class YamlSyntaxError(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


class LineMap:
    """Maps a path inside a YAML document (("governance", "board", "max_size")) to its line."""

    def __init__(self, source: str, lines: dict[Location, int] | None = None) -> None:
        self.source = source
        self._lines = lines or {}

    def line(self, path: Location) -> int | None:
        """The line of the deepest part of `path` that the file has."""
        for end in range(len(path), -1, -1):
            if path[:end] in self._lines:
                return self._lines[path[:end]]
        return None

    def where(self, path: Location) -> str:
        line = self.line(path)
        return f"{self.source} line {line}" if line else self.source


def read_yaml(path: Path) -> tuple[Any, LineMap]:
    """Parse one of our own data files; a syntax error becomes a Problem naming the file and line."""
    text = path.read_text(encoding="utf-8")
    return parse_yaml(text, str(path), untrusted=False)


def parse_yaml(text: str, source: str, *, untrusted: bool = True) -> tuple[Any, LineMap]:
    """Parse YAML text into data and a line map. Untrusted text (answers) must also have the
    plain shape described at the top of this module; our own data may use dates."""
    loader = (_AnswersLoader if untrusted else _BaseLoader)(text)
    try:
        node = loader.get_single_node()
        lines = _inspect(node, source, untrusted) if node is not None else {}
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" line {mark.line + 1}" if mark else ""
        reason = exc.problem or exc.context or "not valid YAML"
        raise YamlSyntaxError(Problem(f"{source}{line}", f"{reason} (YAML syntax)")) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(Problem(source, f"not valid YAML: {exc}")) from None
    finally:
        loader.dispose()
    return data, LineMap(source, lines)


def _inspect(root: yaml.Node, source: str, untrusted: bool) -> dict[Location, int]:
    """Walk the parsed nodes once, without recursion: record the line of every path and, for
    untrusted text, refuse a shape an answers file never needs."""
    lines: dict[Location, int] = {}
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, Location, int]] = [(root, (), root.start_mark.line + 1)]
    while stack:
        node, path, line = stack.pop()
        lines[path] = line
        if untrusted:
            _refuse_odd_node(node, path, seen, source)
        if isinstance(node, yaml.MappingNode):
            keys: set[Any] = set()
            for key, value in node.value:
                if untrusted:
                    _refuse_odd_key(key, keys, source)
                stack.append((value, path + (key.value,), key.start_mark.line + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, path + (index,), item.start_mark.line + 1) for index, item in enumerate(node.value))
    return lines


def _refuse_odd_node(node: yaml.Node, path: Location, seen: set[int], source: str) -> None:
    at = f"{source} line {node.start_mark.line + 1}"
    if id(node) in seen:
        raise YamlSyntaxError(Problem(at, "uses a YAML alias (*name) to repeat an earlier part (&name): "
                                          "answers files do not need these; write the value out in full"))
    seen.add(id(node))
    if len(path) > MAX_DEPTH:
        raise YamlSyntaxError(Problem(at, f"is nested more than {MAX_DEPTH} levels deep: an answers file "
                                          "needs only a few levels"))
    if isinstance(node, yaml.ScalarNode) and node.tag in (_INT, _FLOAT):
        problem = number_text_problem(node.value, yaml_number=True)
        if problem:
            raise YamlSyntaxError(Problem(at, problem))


def _refuse_odd_key(key: yaml.Node, keys: set[Any], source: str) -> None:
    at = f"{source} line {key.start_mark.line + 1}"
    if not isinstance(key, yaml.ScalarNode) or key.tag != _STR:
        shown = key.value if isinstance(key, yaml.ScalarNode) else "a list or mapping"
        raise YamlSyntaxError(Problem(at, f"the key {str(shown)[:40]!r} is not a field name: field names are "
                                          "words such as 'name' (put quotes round it if you meant it as text)"))
    if key.value in keys:
        raise YamlSyntaxError(Problem(at, f"{key.value!r} is given twice in the same place: keep one of them"))
    keys.add(key.value)


def number_text_problem(text: str, *, yaml_number: bool = False) -> str | None:
    """Why a number written as text is not one to use, before it is converted (converting
    '1e9999999' to a whole number takes minutes, and 'Infinity' converts to something that is
    not an amount). None when it is fine."""
    cleaned = text.strip()
    if len(cleaned) > MAX_NUMBER_CHARS:
        return f"is a number {len(cleaned)} characters long: write an amount of at most {MAX_NUMBER_CHARS} characters"
    if cleaned.lower().lstrip("+-.") in ("inf", "infinity", "nan", "snan", "qnan"):
        return "is not a number you can use here: write a number, such as 25"
    if yaml_number:
        try:
            value = float(cleaned.replace("_", ""))
        except ValueError:   # hex, octal or base-60 integers: short, so harmless
            return None
        if not math.isfinite(value):
            return "is too large to be an amount: write a smaller number"
    return None


# ---------------------------------------------------------------- reading an untrusted file

class UnreadableFile(Exception):
    """The file cannot be read as answers; the message says why, in words."""


def read_text_file(path: Path, limit: int = MAX_ANSWERS_BYTES) -> str:
    """The text of a regular file of at most `limit` bytes, as UTF-8. A device, a pipe or a
    folder is refused before it is opened, so `/dev/zero` cannot fill the memory."""
    return answers_text(read_file_bytes(path, limit))


def read_file_bytes(path: Path, limit: int, what: str = "an answers file") -> bytes:
    """The bytes of a regular file of at most `limit` bytes (`what` it is, for the message)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileNotFoundError(path) from None
    except OSError as exc:
        raise UnreadableFile(f"cannot be read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFile("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile("is not an ordinary file (it is a device, a pipe or a socket)")
    if info.st_size > limit:
        raise UnreadableFile(f"is {info.st_size:,} bytes: {what} is at most {limit:,} bytes")
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UnreadableFile(f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise UnreadableFile(f"is more than {limit:,} bytes: {what} is at most {limit:,} bytes")
    return data


def answers_text(data: bytes, limit: int = MAX_ANSWERS_BYTES) -> str:
    """Answers as bytes (from a file, or attached to a PDF) as text: at most `limit` bytes of UTF-8."""
    if len(data) > limit:
        raise UnreadableFile(f"is {len(data):,} bytes: an answers file is at most {limit:,} bytes")
    return _decode(data)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise UnreadableFile(f"line {line} has a character that is not UTF-8 (byte 0x{data[exc.start]:02X}): "
                             "save the file as UTF-8 text and try again") from None
