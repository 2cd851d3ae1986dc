"""The shipped clause libraries' templates, compiled to Python ahead of time.

Compiling a clause template (Jinja parses it, writes Python, Python compiles that) is almost
all of assembling a document: ~0.1 s of a rules document's ~0.11 s, in every process that
assembles one. So `make compiled-clauses` writes each shipped library's templates as Python
functions into spinout/engine/compiled/ (one module a library), and Python keeps their bytecode
as it does for any of spinout's modules. This is spinout's own code, shipped with it; the user's
cache folder never holds code (engine/cache.py says why).

A precompiled template is used only when it was made from exactly the source being loaded (its
SHA-256) by the same Jinja with the same environment settings (`environment_signature`).
Anything else (an edited clause, another Jinja, a library that is not shipped) is compiled
from its source as before: the result is the same, only slower. tests/test_precompiled.py
fails when the modules are out of step with the YAML, and says to run `make compiled-clauses`;
installed with another Jinja release than the one that wrote them, it warns instead (nothing
is wrong, a build is only ~0.1 s slower until they are written again).
"""

from __future__ import annotations

import hashlib
import importlib
import textwrap
from collections.abc import Callable, MutableMapping
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import jinja2
from jinja2 import DictLoader, Environment

PACKAGE = "spinout.engine.compiled"
FOLDER = Path(__file__).resolve().parent / "compiled"
_FILENAME = "<template>"        # what Jinja names a template compiled from a DictLoader's source

Namespace = dict[str, Any]
Entry = tuple[str, Callable[[Environment], Namespace]]


def environment_signature(env: Environment) -> str:
    """Everything about an environment that decides the Python Jinja writes for a template."""
    settings = (
        jinja2.__version__, type(env).__module__, type(env).__qualname__, env.code_generator_class.__qualname__,
        env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
        env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
        env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized,
        env.autoescape if isinstance(env.autoescape, bool) else "callable", env.finalize is not None,
        env.is_async, sorted(env.extensions), sorted(env.filters), sorted(env.tests),
    )
    return hashlib.sha256(repr(settings).encode()).hexdigest()


def source_digest(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()


def module_for(library: str) -> str:
    """The module holding a library's compiled templates: "business-case" -> business_case."""
    return library.replace("-", "_")


@cache
def _shipped(library: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"{PACKAGE}.{module_for(library)}")
    except ImportError:
        return None


class ClauseLoader(DictLoader):
    """A DictLoader of one library's sources that uses the shipped compiled form of a template
    when it was made from the same source, by the same Jinja, for the same settings."""

    def __init__(self, sources: dict[str, str], library: str) -> None:
        super().__init__(sources)
        self.library = library
        self._usable: dict[str, Entry] | None = None

    def load(self, environment: Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        entry = self._entries(environment).get(name)
        source = self.mapping.get(name)
        if entry is None or source is None or entry[0] != source_digest(source):
            return super().load(environment, name, globals)
        namespace = entry[1](environment)
        namespace["__file__"] = _FILENAME
        return environment.template_class.from_module_dict(environment, namespace,
                                                           environment.make_globals(globals))

    def _entries(self, environment: Environment) -> dict[str, Entry]:
        if self._usable is None:
            module = _shipped(self.library)
            fits = module is not None and module.SIGNATURE == environment_signature(environment)
            self._usable = module.TEMPLATES if module is not None and fits else {}
        return self._usable


def compiled_module(library: str, env: Environment, sources: dict[str, str]) -> str:
    """The Python module holding the compiled form of every source given, in name order."""
    lines = [
        f'"""The {library} library\'s clause templates, compiled by Jinja {jinja2.__version__}.',
        "",
        "Written by `make compiled-clauses` (spinout/engine/precompiled.py) from the YAML: do not edit.",
        '"""',
        "# ruff: noqa",
        "# mypy: ignore-errors",
        "",
        f"JINJA = {jinja2.__version__!r}",
        f"SIGNATURE = {environment_signature(env)!r}",
        "",
    ]
    # every template's code starts with the same import of Jinja's runtime: once, at the top
    runtime = env.compile("", raw=True).partition("\n")[0]
    lines += [runtime, "", ""]
    table = []
    for n, name in enumerate(sorted(sources)):
        first, _, rest = env.compile(sources[name], name, raw=True).partition("\n")
        code = rest if first == runtime else f"{first}\n{rest}"
        lines += [f"def _t{n}(environment):", textwrap.indent(code, "    "), "    return locals()", "", ""]
        table.append(f"    {name!r}: ({source_digest(sources[name])!r}, _t{n}),")
    return "\n".join(lines + ["TEMPLATES = {", *table, "}", ""])


def shipped_sources() -> dict[str, tuple[Environment, dict[str, str]]]:
    """Every shipped library's name, environment and the sources it compiles (not plain text)."""
    from .kinds import ALL_KINDS
    from .library import load_library, plain_output

    found: dict[str, tuple[Environment, dict[str, str]]] = {}
    for kind in ALL_KINDS:
        library = load_library(kind.library_path())
        for part in library.parts:
            library.part_title_template(part)          # registered when first used; compiled here too
        sources = library.environment.sources
        found[library.name] = (library.environment.jinja,
                               {name: text for name, text in sources.items() if plain_output(text) is None})
    return found


def write_compiled() -> list[Path]:
    """Write spinout/engine/compiled/ afresh from the shipped libraries; the files written."""
    FOLDER.mkdir(exist_ok=True)
    init = FOLDER / "__init__.py"
    init.write_text('"""Clause templates compiled ahead of time: see spinout/engine/precompiled.py."""\n')
    written = [init]
    for stale in FOLDER.glob("*.py"):
        if stale != init:
            stale.unlink()
    for library, (env, sources) in shipped_sources().items():
        path = FOLDER / f"{module_for(library)}.py"
        path.write_text(compiled_module(library, env, sources), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_compiled():
        print(path)
