"""The interview engine, driven with no terminal at all: forward, back, change one answer from
the review, resume; warnings at the question; plain words; the review model."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from spinout.errors import LibraryError
from spinout.interview import MISSING, Interview, State, load_questions
from spinout.interview.progress import load_progress, save_progress

DESCRIPTION = "Home care for about 300 older people in Northtown"
GIVEN: dict[str, Any] = {
    "service.parent_body": "Northshire County Council",
    "service.description": DESCRIPTION,
    "society.name": "Riverside Care Co-operative Limited",
    "society.registered_office": "Unit 4, Mill Lane, Northtown, NT1 2AB",
    "business_case.contract_value": "£3,480,000",
    "business_case.contract_years": "5",
    "commitments.union_name": "UNISON",
    "founders": [{"name": "Amina Okafor", "member_class": "workers", "secretary": True},
                 {"name": "Gareth Price", "member_class": "workers"},
                 {"name": "Joan Whitfield", "member_class": "people-supported"},
                 {"name": "Tom Whitfield", "member_class": "family-carers"},
                 {"name": "Priya Shah", "member_class": "supporters"}],
    "prepared_by": "Northtown Co-operative Development Agency",
}


def reply(interview: Interview, given: dict[str, Any]) -> Any:
    """What a person would give: their own answer, else what the field offers."""
    page = interview.page()
    if page.question.key in given:
        return given[page.question.key]
    return page.value if page.value is not MISSING else page.example


def run_to_review(interview: Interview, given: dict[str, Any] = GIVEN, limit: int = 100) -> list[str]:
    asked = []
    while interview.current is not None and len(asked) < limit:
        key = interview.current.key
        outcome = interview.answer(reply(interview, given))
        assert outcome.accepted, (key, outcome.problem)
        asked.append(key)
    assert interview.complete, asked
    return asked


def started(**given: Any) -> Interview:
    interview = Interview(today=__import__("datetime").date(2026, 12, 1))
    interview.answer(given.get("archetype", "social-care"))
    return interview


# ---------------------------------------------------------------- the question files

def test_questions_load_and_name_real_answers() -> None:
    questions = load_questions()
    assert questions.sections[0] == "Service" and questions.sections[-2:] == ("Founders", "Your own words")
    required = {"TUPE", "on-costs", "quorum", "proxy", "casting vote", "co-opted director", "clear days",
                "five-case model", "irrecoverable VAT", "asset lock", "withdrawable share"}
    assert required <= set(questions.glossary)
    used = {term for q in questions.questions for term in q.spec.terms}
    assert required <= used, required - used
    assert all(term.meaning for term in questions.glossary.values())


def broken_copy(tmp_path: Path, old: str, new: str, name: str = "04-shares.yml") -> Path:
    folder = tmp_path / "questions"
    shutil.copytree(Path(__file__).parent.parent / "questions", folder)
    path = folder / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return folder


@pytest.mark.parametrize("old, new, said", [
    ("  kind: yesno\n", "  kind: checkbox\n", "kind"),
    ("  terms: [withdrawable share]\n  kind: select", "  terms: [bonus share]\n  kind: select",
     "'bonus share' is not in the glossary"),
    ("  when: society_rules and shares.withdrawable\n", "  when: society_ruls and shares.withdrawable\n",
     "'society_ruls' is not a name"),
    ("  settles: shares\n", "  settles: share\n", "group 'shares' has no question that settles it"),
    ("- key: shares.nominal_value", "- key: shares.nominal_valu", "shares.nominal_valu is not an answer spinout knows"),
    ("{{ law.max_withdrawable_holding | money }}", "{{ law.max_withdrawable_holding | money }", "cannot read"),
])
def test_a_broken_question_file_is_refused_naming_the_file_and_line(tmp_path: Path, old: str, new: str,
                                                                     said: str) -> None:
    folder = broken_copy(tmp_path, old, new)
    with pytest.raises(LibraryError) as caught:
        load_questions.__wrapped__(folder)
    text = str(caught.value)
    assert said in text and "04-shares.yml line " in text, text


def test_a_glossary_word_in_a_question_must_be_explained(tmp_path: Path) -> None:
    folder = broken_copy(tmp_path, "  help: The law needs a board", "  help: Add a quorum. The law needs a board",
                         "05-governance.yml")
    with pytest.raises(LibraryError, match="add 'quorum' to its terms"):
        load_questions.__wrapped__(folder)


def test_legal_figures_in_questions_come_from_the_statute_data() -> None:
    interview = started()
    while interview.current.key != "wizard.shares":
        interview.answer(reply(interview, GIVEN))
    page = interview.page()
    assert "£100,000" in page.help
    raw = (Path(__file__).parent.parent / "questions" / "04-shares.yml").read_text()
    assert "100,000" not in raw and "100000" not in raw


# ---------------------------------------------------------------- forward, back, change, resume

def test_forward_to_the_review_then_back_then_change_one_answer_then_resume() -> None:
    saved: list[State] = []
    interview = Interview(on_save=lambda state: saved.append(State(dict(state.answers), dict(state.notes))))
    interview.answer("social-care")
    asked = run_to_review(interview)
    assert len(saved) == len(asked) + 1          # saved after every answer
    assert asked[0] == "service.pathway" and asked[-2:] == ["prepared_by", "wizard.own_words"]

    # back from the review: the last question (write the boxes now?), and the one before it
    assert interview.back() and interview.current.key == "wizard.own_words"
    assert interview.back()
    assert interview.current.key == "prepared_by" and interview.page().value == GIVEN["prepared_by"]
    assert interview.back() and interview.current.key == "founders"
    interview.answer(GIVEN["founders"])          # answered again: on to the next, already answered
    assert interview.current.key == "prepared_by"
    interview.answer(GIVEN["prepared_by"])
    assert interview.current.key == "wizard.own_words"
    interview.answer(False)
    assert interview.complete

    # change one answer from the review: only that question, then the review again
    interview.change("business_case.contract_years")
    assert interview.current.key == "business_case.contract_years"
    assert interview.page().value == 5
    outcome = interview.answer("7")
    assert outcome.accepted and interview.complete
    assert interview.state.answers["business_case"]["contract_years"] == 7

    # resume from what was saved: every question answered, so straight to the review
    resumed = Interview(saved[-1])
    assert resumed.complete and resumed.current is None
    assert resumed.state.answers["business_case"]["contract_years"] == 7


def test_back_at_the_first_question_stays_there() -> None:
    interview = Interview()
    assert not interview.back()
    assert interview.current.key == "service.archetype"
    assert not interview.page().can_go_back


def test_changing_a_typical_group_to_one_by_one_asks_its_questions_then_returns() -> None:
    interview = started()
    run_to_review(interview)
    interview.change("wizard.governance")
    interview.answer("step")
    asked = run_to_review(interview)
    assert asked[0] == "governance.meetings.quorum_members" and "governance.majorities.rule_change" in asked
    assert all(key.startswith("governance.") for key in asked)
    assert interview.complete


def test_changing_the_society_type_asks_again_what_no_longer_fits() -> None:
    interview = started()
    run_to_review(interview)
    interview.change("society.type")
    assert interview.answer("community-benefit").accepted
    # the name has "Co-operative" (a community benefit society may not use it) and a voluntary lock
    # does not fit: both are asked again, with plain reasons
    assert interview.current.key == "society.name"
    problem = interview.answer("Riverside Care Co-operative Limited").problem
    assert problem and "co-operative" in problem.lower() and "_" not in problem
    interview.answer("Riverside Care Limited")
    asked = run_to_review(interview, {**GIVEN, "asset_lock.statutory_text": None})
    assert "asset_lock.kind" in asked
    assert interview.state.get("asset_lock.kind") == "statutory"
    assert interview.state.get("profits.patronage_dividend") is not True


def test_resume_of_a_saved_file_without_notes_goes_straight_to_the_review(tmp_path: Path) -> None:
    interview = started()
    run_to_review(interview)
    path = tmp_path / "answers.yml"
    save_progress(interview.state, path)
    text = path.read_text().split("\n", 1)[1]          # drop the interview's notes line
    path.write_text(text)
    resumed = Interview(load_progress(path))
    assert resumed.complete, resumed.current and resumed.current.key


def test_an_example_file_counts_as_answered() -> None:
    import yaml

    from spinout.answers.resolve import example_path

    state = State(yaml.safe_load(example_path("social-care").read_text()))
    assert Interview(state, complete_file=True).complete


# ---------------------------------------------------------------- what the user sees

def test_examples_are_hints_never_prefilled_answers() -> None:
    interview = started()
    while interview.current.key != "business_case.contract_value":
        interview.answer(reply(interview, GIVEN))
    page = interview.page()
    assert page.value is MISSING and page.example and page.example.startswith("£")
    assert interview.answer("").problem == "Type a number."


def test_numbers_and_names_are_refused_in_plain_words() -> None:
    interview = started()
    while interview.current.key != "society.name":
        interview.answer(reply(interview, GIVEN))
    assert "end with 'Limited'" in interview.answer("Riverside Care Co-operative").problem
    interview.answer(GIVEN["society.name"])
    interview.answer(GIVEN["society.registered_office"])
    while interview.current.key != "business_case.contract_value":
        interview.answer(reply(interview, GIVEN))
    assert interview.answer("lots").problem == "Type a number, such as 25."
    assert interview.answer("-5").problem == "This answer must be at least 0."
    interview.answer("100000")
    interview.answer("5")
    problem = interview.answer([{"role": "", "fte": 2, "salary": 20000}]).problem
    assert problem == "Role 1: type the name of the role."
    classes_problem = None
    for text in (problem,):
        assert "String should" not in text and "fte" not in text
    del classes_problem


def test_class_problems_never_name_fields() -> None:
    interview = started()
    while interview.current.key != "member_classes":
        interview.answer(reply(interview, GIVEN))
    classes = [dict(c) for c in interview.page().value]
    classes[0]["vote_share"] = 90
    problem = interview.answer(classes).problem
    assert problem and "add up to 100%" in problem and "vote_share" not in problem


def test_warnings_come_at_the_question_in_plain_words() -> None:
    interview = started()
    while interview.current.key != "business_case.contract_years":
        interview.answer(reply(interview, GIVEN))
    outcome = interview.answer("3")
    assert outcome.accepted
    assert any("3-year contract" in w for w in outcome.warnings), outcome.warnings
    assert not any("business_case." in w or "[" in w for w in outcome.warnings)
    # said once: answering again does not repeat it
    interview.change("business_case.contract_years")
    assert interview.answer("3").warnings == ()


def test_help_shows_the_glossary_and_what_most_groups_choose() -> None:
    interview = started()
    page = interview.page(interview.questions.by_key("business_case.transferring_staff"))
    names = [t.name for t in page.terms]
    assert "TUPE" in names
    tupe = next(t for t in page.terms if t.name == "TUPE")
    assert "keeping their pay" in tupe.meaning and tupe.usual


def test_section_progress_never_jumps_as_branches_open() -> None:
    interview = started()
    counts = set()
    while interview.current is not None:
        counts.add(len(interview.sections()))
        interview.answer(reply(interview, GIVEN))
    counts.add(len(interview.sections()))
    assert counts == {len(interview.questions.sections)}
    assert all(s.status == "done" for s in interview.sections())


def test_typical_staff_transferring_follows_the_staff_given() -> None:
    interview = started()
    given = {**GIVEN, "business_case.staff": [{"role": "Care workers", "fte": 65.5, "salary": 26000}]}
    run_to_review(interview, given)
    assert interview.state.answers["business_case"]["transferring_staff"] == 66


# ---------------------------------------------------------------- the review

def test_the_review_plays_back_every_answer_readably() -> None:
    interview = started()
    run_to_review(interview)
    sections = interview.review()
    items = {item.key: item for section in sections for item in section.items}
    assert set(items) == {q.key for q in interview.applicable()}
    staff = items["business_case.staff"]
    headers, rows = staff.table
    assert headers == ("Role", "FTE", "Full-time salary")
    assert rows[0] == ("Care workers", "60", "£26,400") and rows[-1][0] == "Total"
    assert rows[-1][1] == "81"
    objects = items["society.objects"].lines
    assert objects[0].startswith("1. ") and all(not line.endswith("...") for line in objects)
    classes = " ".join(items["member_classes"].lines)
    assert "Worker members: uses the service; 4 board seats; 40% of the votes" in classes
    assert "Who can join:" in classes
    founders = items["founders"].lines
    assert founders[0] == "Amina Okafor (Worker members; the secretary)"
    governance = items["wizard.governance"].lines
    assert governance[0] == "Use the typical settings"
    assert any(line.startswith("Notice of general meetings: 14 days") for line in governance)


def test_user_text_is_data_never_template_code() -> None:
    interview = started()
    hostile = "{{ law }} {% for x in range(9) %}x{% endfor %} <script>"
    run_to_review(interview, {**GIVEN, "service.description": hostile})
    items = {item.key: item for section in interview.review() for item in section.items}
    assert items["service.description"].lines == (hostile,)


def test_a_school_trust_is_asked_in_trust_words() -> None:
    interview = Interview()
    interview.answer("school-trust")
    assert interview.current.key == "service.document"
    interview.answer("trust-outline")
    while interview.current.key != "society.name":
        interview.answer(reply(interview, GIVEN))
    page = interview.page()
    assert page.prompt == "What will the trust be called?" and "Company law" in page.hint
    interview.answer("Northtown Co-operative Learning Trust")
    assert "Companies House" in interview.page().hint
    statuses = {s.title: s.status for s in interview.sections()}
    assert statuses["Shares"] == "not needed" and statuses["Assets"] == "not needed"
    pensions = [c.value for c in interview.page(interview.questions.by_key("business_case.pension_scheme")).choices]
    assert "tps" in pensions


def test_go_to_an_answer_walks_on_through_the_answers_after_it() -> None:
    interview = started()
    run_to_review(interview)
    interview.go_to("society.name")
    assert interview.current.key == "society.name"
    interview.answer("Riverside Care Co-operative Limited")
    assert interview.current.key == "society.registered_office"      # the next answer, shown again
    with pytest.raises(ValueError):
        interview.go_to("asset_lock.statutory_text")                 # does not apply to this draft


HOSTILE = ["", "x" * 20000, "-1", "1e999", "abc\x00def", "{{ 7*7 }}", "99999999999999", "0.001", "12.345"]
FIELD_OR_PYDANTIC = re.compile(r"\b[a-z]+_[a-z_]+\b|\b[a-z_]+\.[a-z_]+\b|Input should|String should|validation error")


def test_every_refusal_is_a_plain_sentence_on_hostile_input() -> None:
    interview = started()
    seen = set()
    while interview.current is not None:
        if interview.current.kind in ("text", "number", "statutory-text"):
            for typed in HOSTILE:
                problem = interview.problem_with(typed)
                if problem:
                    seen.add(problem)
                    assert problem[0].isupper() and problem.endswith("."), problem
                    assert not FIELD_OR_PYDANTIC.search(problem), problem
        interview.answer(reply(interview, GIVEN))
    assert "This answer must be at most 1,000,000,000." in seen and len(seen) > 12


def test_the_overdraft_question_follows_the_cash_warning_and_can_cover_it() -> None:
    from spinout.interview.warnings import _findings

    interview = started()
    while interview.current.key != "wizard.finance":
        interview.answer(reply(interview, GIVEN))
    warned = interview.answer("typical").warnings
    assert any(w.startswith("Cash falls to") for w in warned), warned
    assert interview.current.key == "business_case.overdraft"
    interview.answer("200000")
    cash = next(f for f in _findings(interview.state) if f.id == "cash-funded")
    assert cash.severity == "pass", cash.message
