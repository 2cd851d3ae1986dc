"""The answers model and its loader: defaults, validation, and messages people can act on."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from spinout.answers.resolve import dump_answers, load_answers, resolve_answers
from spinout.errors import AnswersError
from tests.conftest import resolve, write_yaml


def problems_of(raw) -> list[str]:
    with pytest.raises(AnswersError) as caught:
        resolve(raw)
    return [str(p) for p in caught.value.problems]


def test_example_takes_archetype_defaults(example_answers) -> None:
    assert example_answers.society.type == "co-operative"
    assert [c.key for c in example_answers.member_classes] == ["workers", "people-supported", "family-carers",
                                                                "supporters"]
    assert sum(c.vote_share for c in example_answers.member_classes) == 100
    assert example_answers.asset_lock.kind == "voluntary"


def test_answers_round_trip_through_the_dump(example_answers) -> None:
    again = resolve_answers(yaml.safe_load(dump_answers(example_answers)))
    assert again == example_answers


def test_misspelt_field_is_named_with_a_suggestion(raw_example) -> None:
    raw_example["society"]["registerd_office"] = raw_example["society"].pop("registered_office")
    problems = problems_of(raw_example)
    assert any("society.registerd_office" in p and "did you mean 'registered_office'" in p for p in problems)
    assert any("society.registered_office" in p and "missing" in p for p in problems)


def test_wrong_type_names_field_and_value(raw_example) -> None:
    raw_example["governance"] = {"board": {"max_size": "lots"}}
    (problem,) = problems_of(raw_example)
    assert "governance.board.max_size" in problem and "'lots'" in problem


@pytest.mark.parametrize("value", [0, -3])
def test_zero_or_negative_quorum_refused(raw_example, value: int) -> None:
    raw_example["governance"] = {"meetings": {"quorum_members": value}}
    (problem,) = problems_of(raw_example)
    assert "governance.meetings.quorum_members" in problem and "must be at least 1" in problem


def test_weights_must_add_up(raw_example, example_answers) -> None:
    classes = [c.model_dump(mode="json") for c in example_answers.member_classes]
    classes[0]["vote_share"] = 50
    raw_example["member_classes"] = classes
    (problem,) = problems_of(raw_example)
    assert problem.startswith("answers, member_classes:") or "member_classes" in problem
    assert "add up to 110%" in problem


def test_more_seats_than_board_places(raw_example) -> None:
    raw_example["governance"] = {"board": {"max_size": 6, "min_size": 3}}
    (problem,) = problems_of(raw_example)
    assert "member_classes" in problem and "10 board seats" in problem and "max_size" in problem


def test_every_problem_reported_at_once(raw_example) -> None:
    raw_example["society"]["nmae"] = "x"
    raw_example["shares"] = {"max_holding": -5}
    raw_example["founders"] = raw_example["founders"][:2]
    problems = problems_of(raw_example)
    assert len(problems) == 3
    assert any("shares.max_holding" in p for p in problems)
    assert any("founders" in p and "at least 3" in p for p in problems)


def test_missing_required_field(raw_example) -> None:
    del raw_example["date"]
    (problem,) = problems_of(raw_example)
    assert "date" in problem and "missing" in problem


def test_errors_carry_file_and_line(tmp_path: Path, raw_example) -> None:
    raw_example["governance"] = {"meetings": {"quorum_members": 0}}
    path = write_yaml(tmp_path / "answers.yml", raw_example)
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if "quorum_members" in text)
    with pytest.raises(AnswersError) as caught:
        load_answers(path)
    assert f"answers.yml line {line}, governance.meetings.quorum_members" in str(caught.value)


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text("society:\n  name: A\n  type: [unclosed\n")
    with pytest.raises(AnswersError) as caught:
        load_answers(path)
    assert "broken.yml line" in str(caught.value)


def test_unknown_archetype_lists_the_known_ones(raw_example) -> None:
    raw_example["service"]["archetype"] = "space-care"
    (problem,) = problems_of(raw_example)
    assert "social-care" in problem and "space-care" in problem


def test_statutory_lock_only_for_cbs(raw_example) -> None:
    raw_example["asset_lock"] = {"kind": "statutory"}
    (problem,) = problems_of(raw_example)
    assert "asset_lock" in problem and "community benefit society" in problem


def test_cbs_cannot_pay_patronage_dividend(raw_example) -> None:
    raw_example["society"]["type"] = "community-benefit"
    raw_example["asset_lock"] = {"kind": "statutory"}
    problems = problems_of(raw_example)
    assert any("profits" in p and "may not share profits" in p for p in problems)


def test_founders_need_one_secretary_in_a_real_class(raw_example) -> None:
    raw_example["founders"][0]["secretary"] = False
    raw_example["founders"][1]["member_class"] = "aliens"
    problems = " ".join(problems_of(raw_example))
    assert "name the secretary" in problems and "'aliens'" in problems


def test_northern_ireland_refused_without_gb_citations(raw_example) -> None:
    raw_example["society"]["nation"] = "northern-ireland"
    (problem,) = problems_of(raw_example)
    assert "Northern Ireland" in problem and "1969" in problem and "2014" not in problem


def test_year_end_is_a_real_date(raw_example) -> None:
    raw_example["society"]["year_end"] = "31 February"
    (problem,) = problems_of(raw_example)
    assert "society.year_end" in problem


def test_control_characters_refused(raw_example) -> None:
    raw_example["society"]["registered_office"] = "Unit 4\x85Mill Lane"
    (problem,) = problems_of(raw_example)
    assert "society.registered_office" in problem and "U+0085" in problem


def test_choices_forgive_capitals_and_spaces(raw_example) -> None:
    raw_example["society"]["nation"] = "England"
    raw_example["society"]["type"] = "Co-operative"
    answers = resolve(raw_example)
    assert answers.society.nation == "england" and answers.society.type == "co-operative"
