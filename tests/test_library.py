"""Loading and validating clause libraries, and assembling them into numbered Documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from spinout.engine.assemble import assemble
from spinout.engine.library import load_library
from spinout.errors import AssemblyError, LibraryError
from tests.conftest import write_yaml

GUIDANCE = "Why this clause is here, for the adviser reading it."


def clause(id: str, *body: Any, order: int = 10, **extra: Any) -> dict[str, Any]:
    return {"id": id, "title": id.title(), "order": order, "guidance": GUIDANCE, "body": list(body), **extra}


def library_from(tmp_path: Path, parts: dict[str, list[dict[str, Any]]]):
    folder = tmp_path / "clauses"
    folder.mkdir(exist_ok=True)
    for order, (key, clauses) in enumerate(parts.items(), start=1):
        write_yaml(folder / f"{order:02d}-{key}.yml",
                   {"part": {"key": key, "title": key.title(), "order": order}, "clauses": clauses})
    return load_library(folder)


def test_shipped_library_loads() -> None:
    library = load_library()
    assert len(library.clauses) > 30
    assert all(c.spec.guidance.strip() for c in library.clauses)


def test_numbering_and_cross_references(tmp_path: Path, example_answers) -> None:
    library = library_from(tmp_path, {
        "one": [clause("alpha", "See {{ ref('beta') }} and {{ ref('beta', 'second') }}.")],
        "two": [clause("beta", "First.", {"id": "second", "text": "Second."}, order=1),
                clause("gamma", "Only for a CBS.", order=2, when="is_cbs"),
                clause("delta", {"text": "Intro", "items": ["one", "two {{ society.name }}"]}, order=3)],
    })
    document = assemble(example_answers, library)
    rules = document.rules()
    assert [r.number for r in rules] == ["1", "2", "3"]
    assert [r.clause_id for r in rules] == ["alpha", "beta", "delta"]
    assert rules[0].blocks[0].text == "See rule 2 and rule 2.2."
    assert rules[2].blocks[0].items == ("one", f"two {example_answers.society.name}")
    assert rules[0].reason == "always included"


def test_reason_names_the_answer_that_chose_a_clause(tmp_path: Path, example_answers) -> None:
    library = library_from(tmp_path, {"one": [clause("coop", "Co-op only.", when="is_coop and shares.withdrawable")]})
    (rule,) = assemble(example_answers, library).rules()
    assert "is_coop = yes" in rule.reason and "shares.withdrawable = yes" in rule.reason
    assert rule.answers == ("is_coop", "shares.withdrawable")


def test_paragraph_conditions_keep_numbers_contiguous(tmp_path: Path, example_answers) -> None:
    library = library_from(tmp_path, {"one": [clause(
        "a", "One.", {"text": "Never.", "when": "is_cbs"}, {"id": "three", "text": "Two."},
        "Refers to {{ ref('a', 'three') }}.")]})
    (rule,) = assemble(example_answers, library).rules()
    assert [(b.number, b.text) for b in rule.blocks] == [("1.1", "One."), ("1.2", "Two."),
                                                         ("1.3", "Refers to rule 1.2.")]


def test_dangling_reference_fails_the_build(tmp_path: Path, example_answers) -> None:
    library = library_from(tmp_path, {"one": [clause("a", "See {{ ref('b') }}."),
                                              clause("b", "CBS only.", order=20, when="is_cbs")]})
    with pytest.raises(AssemblyError, match="ref\\('b'\\)"):
        assemble(example_answers, library)


def test_unknown_answer_field_fails_the_load(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as caught:
        library_from(tmp_path, {"one": [clause("a", "{{ shares.withdrawble }} and {{ nonsense }}",
                                               when="society.kind == 'x'")]})
    message = str(caught.value)
    assert "clause a" in message
    assert "'shares.withdrawble' is not a field" in message
    assert "unknown name 'nonsense'" in message
    assert "'society.kind' is not a field" in message


def test_loop_variables_are_checked_against_the_item_model(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="'c.seats' is not a field"):
        library_from(tmp_path, {"one": [clause("a", "{% for c in member_classes %}{{ c.name }} {{ c.seats }}"
                                                    "{% endfor %}")]})


def test_statute_names_are_checked(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="'law.max_holding' is not a field"):
        library_from(tmp_path, {"one": [clause("a", "{{ law.max_holding }} {{ law.act }} {{ nation_law.court }}")]})


def test_all_library_problems_reported_together(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as caught:
        library_from(tmp_path, {
            "one": [clause("a", "{% if %}"), clause("b", "{{ shares.nope }}", order=20)],
            "two": [{"id": "c", "title": "No body"}],
        })
    message = str(caught.value)
    assert "clause a: body: Jinja syntax error" in message
    assert "'shares.nope' is not a field" in message
    assert "clause c: body: Field required" in message


def test_duplicate_ids_and_unknown_covers(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as caught:
        library_from(tmp_path, {"one": [clause("a", "x"), clause("a", "y", order=20)],
                                "two": [clause("b", "x", covers=["s14.nothing"], requires=["zzz"])]})
    message = str(caught.value)
    assert "clause id 'a' is also used" in message
    assert "'s14.nothing'" in message and "'zzz'" in message


def test_yaml_error_in_library_names_the_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "clauses"
    folder.mkdir()
    (folder / "10-bad.yml").write_text("part:\n  key: bad\n  title: [oops\n")
    with pytest.raises(LibraryError, match="10-bad.yml line"):
        load_library(folder)


def test_user_text_is_data_not_template_code(tmp_path: Path, raw_example) -> None:
    from tests.conftest import resolve
    hostile = "Smith & Sons <Care> {{ 7*7 }} {% raw %} Limited"
    raw_example["society"]["name"] = hostile
    answers = resolve(raw_example)
    library = library_from(tmp_path, {"one": [clause("a", "The name is {{ society.name }}.")]})
    (rule,) = assemble(answers, library).rules()
    assert rule.blocks[0].text == f"The name is {hostile}."
