"""Read YAML files with positions, so every problem can name a file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

# libyaml is several times faster than the pure-Python parser; fall back when it is missing.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Location = tuple[str | int, ...]


class LineMap:
    """Maps a path inside a YAML document (("governance", "board", "max_size")) to its line."""

    def __init__(self, source: str, node: yaml.Node | None) -> None:
        self.source = source
        self._lines: dict[Location, int] = {}
        if node is not None:
            self._walk(node, ())

    def _walk(self, node: yaml.Node, path: Location) -> None:
        self._lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                self._walk(value, path + (key.value,))
                # a field's line is its key's line, even when the value starts below it
                self._lines[path + (key.value,)] = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, path + (index,))

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
    """Parse one YAML file; a syntax error becomes a Problem naming the file and line."""
    text = path.read_text(encoding="utf-8")
    return parse_yaml(text, str(path))


def parse_yaml(text: str, source: str) -> tuple[Any, LineMap]:
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" line {mark.line + 1}" if mark else ""
        reason = exc.problem or exc.context or "not valid YAML"
        raise YamlSyntaxError(Problem(f"{source}{line}", f"{reason} (YAML syntax)")) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(Problem(source, f"not valid YAML: {exc}")) from None
    return data, LineMap(source, node)


class YamlSyntaxError(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))
