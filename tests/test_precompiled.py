"""The shipped libraries' templates come compiled (engine/precompiled.py): they must be in step
with the YAML, give exactly what compiling the source gives, and never stand in for a source
they were not made from."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path
from typing import Any

import jinja2
import pytest

from spinout.answers.examples import list_examples
from spinout.answers.resolve import load_example
from spinout.engine import library as library_module
from spinout.engine import precompiled
from spinout.engine.assemble import assemble
from spinout.engine.context import configure_environment
from spinout.engine.kinds import ALL_KINDS, pack_kinds
from spinout.engine.library import Library, load_library
from spinout.resources import data_path

EXAMPLES = [name for name, _ in list_examples()]


def fresh_library(folder: Path) -> Library:
    """The library loaded anew (not the process's cached one), so no template is compiled yet."""
    return library_module._load_library.__wrapped__(folder.resolve())


def refuse_compiling(library: Library) -> None:
    def compile_(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"compiled a template of a shipped library: {args[1:2]}")
    library.environment.jinja.compile = compile_          # type: ignore[method-assign]


def test_compiled_modules_are_in_step_with_the_library() -> None:
    found = precompiled.shipped_sources()
    assert set(found) == {"rules", "trust-outline", "business-case", "registration", "member-summary"}
    for name, (env, sources) in found.items():
        path = precompiled.FOLDER / f"{precompiled.module_for(name)}.py"
        redo = f"{path} is out of step with clauses/: run `make compiled-clauses` and commit the result"
        module = precompiled._shipped(name)
        assert module is not None, redo
        assert {n: digest for n, (digest, _) in module.TEMPLATES.items()} == {
            n: precompiled.source_digest(text) for n, text in sources.items()}, redo
        if module.JINJA != jinja2.__version__:
            # not wrong, only slower: another Jinja release may write other code, so these are not used
            warnings.warn(f"{path} was written by Jinja {module.JINJA}, and Jinja {jinja2.__version__} is installed: "
                          "its templates are compiled at run time. Run `make compiled-clauses`.", stacklevel=1)
            continue
        assert path.read_text(encoding="utf-8") == precompiled.compiled_module(name, env, sources), redo


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_document_is_the_same_compiled_ahead_or_not(example: str, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = load_example(example)
    ahead = {kind.key: assemble(answers, _shipped_only(kind.library_path()), kind) for kind in pack_kinds(answers)}
    monkeypatch.setattr(precompiled, "_shipped", lambda library: None)
    for kind in pack_kinds(answers):
        assert assemble(answers, fresh_library(kind.library_path()), kind) == ahead[kind.key], kind.key


def _shipped_only(folder: Path) -> Library:
    library = fresh_library(folder)
    refuse_compiling(library)             # every template it uses must come compiled
    return library


def test_every_shipped_template_comes_compiled() -> None:
    for kind in ALL_KINDS:
        library = fresh_library(kind.library_path())
        for part in library.parts:
            library.part_title_template(part)
        refuse_compiling(library)
        env = library.environment
        for name, source in env.sources.items():
            if library_module.plain_output(source) is None:
                assert env.jinja.get_template(name).name == name


def test_an_edited_clause_is_compiled_from_its_own_text(tmp_path: Path) -> None:
    folder = tmp_path / "member-summary"     # the shipped library's name: its compiled module is looked up
    shutil.copytree(data_path("clauses") / "member-summary", folder)
    path = folder / "10-summary.yml"
    text = path.read_text(encoding="utf-8")
    assert "{{ society.name }}" in text
    path.write_text(text.replace("{{ society.name }}", "{{ society.name }} (edited)"), encoding="utf-8")
    answers = load_example("social-care")
    kind = next(k for k in ALL_KINDS if k.folder == "member-summary")
    edited = assemble(answers, fresh_library(folder), kind)
    shipped = assemble(answers, fresh_library(kind.library_path()), kind)
    assert "(edited)" in str(edited) and "(edited)" not in str(shipped)
    assert str(edited).replace(" (edited)", "") == str(shipped)


def test_an_environment_set_up_otherwise_compiles_from_source() -> None:
    name, source = _a_compiled_template("rules")
    env = configure_environment(precompiled.ClauseLoader({name: source}, "rules"))
    assert env.get_template(name) is not None and env.loader._usable      # type: ignore[union-attr]
    other = configure_environment(precompiled.ClauseLoader({name: source}, "rules"))
    other.trim_blocks = False          # changes the Python Jinja writes, so the compiled form is not used
    compiled: list[str] = []
    original = other.compile
    other.compile = lambda *a, **k: compiled.append(a[1]) or original(*a, **k)   # type: ignore[method-assign]
    other.get_template(name)
    assert compiled == [name]


def test_a_changed_source_under_a_shipped_name_is_compiled_from_source() -> None:
    name, source = _a_compiled_template("rules")
    changed = source + " and more"
    env = configure_environment(precompiled.ClauseLoader({name: changed}, "rules"))
    compiled: list[str] = []
    original = env.compile
    env.compile = lambda *a, **k: compiled.append(a[1]) or original(*a, **k)   # type: ignore[method-assign]
    env.get_template(name)
    assert compiled == [name]


def _a_compiled_template(library: str) -> tuple[str, str]:
    loaded = load_library(data_path("clauses"))
    assert loaded.name == library
    name = next(n for n, s in loaded.environment.sources.items() if library_module.plain_output(s) is None)
    return name, loaded.environment.sources[name]
