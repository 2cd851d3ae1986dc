"""Clause sources with no Jinja in them are not compiled: their output must be exactly what
Jinja would have rendered, for every source in every library, and for awkward text."""

from __future__ import annotations

import pytest

from spinout.engine.context import configure_environment
from spinout.engine.kinds import ALL_KINDS
from spinout.engine.library import ClauseEnvironment, load_library, plain_output


def jinja_output(source: str) -> str:
    return configure_environment().from_string(source).render()


@pytest.mark.parametrize("kind", ALL_KINDS, ids=lambda kind: kind.name)
def test_every_plain_source_renders_as_jinja_would(kind) -> None:
    sources = load_library(kind.library_path()).environment.sources
    plain = {name: source for name, source in sources.items() if plain_output(source) is not None}
    assert plain, "a library with no plain text at all: the shortcut is untested"
    for name, source in plain.items():
        assert plain_output(source) == jinja_output(source), name


@pytest.mark.parametrize("source", [
    "", "\n", "a\n\n", "line one\r\nline two\r\n", "old\rmac", "trailing  \n", "  leading",
    "100% of members %} #} }} -%", "£5 – “quoted” ☐", "tab\there\n",
])
def test_awkward_plain_text(source: str) -> None:
    assert plain_output(source) == jinja_output(source)


@pytest.mark.parametrize("source", ["{{ x }}", "{% if x %}a{% endif %}", "{# note #}a", "a {"])
def test_anything_with_a_brace_is_left_to_jinja(source: str) -> None:
    assert plain_output(source) is None


@pytest.mark.parametrize("condition, expected", [("true", True), (" true ", True), ("false", False),
                                                 ("society.name == 'x'", False), ("1 == 1", True)])
def test_conditions_constant_or_not(condition: str, expected: bool) -> None:
    from spinout.answers.resolve import load_example
    from spinout.engine.context import answers_context

    environment = ClauseEnvironment("tests")
    assert environment.expression("c/when", condition)(**answers_context(load_example("social-care"))) is expected
