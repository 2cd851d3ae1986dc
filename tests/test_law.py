"""The law and practice figures come from clauses/law/statute.yml: change the data and the
checks, the model and the messages follow, with no figure left behind in Python."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from spinout.answers.law import founding_law, jurisdiction_of, law_for, load_statute, name_problems, practice, refusal
from spinout.answers.resolve import load_example, resolve_answers
from spinout.business.eligibility import assess_eligibility
from spinout.errors import AnswersError
from spinout.formats import in_words


def ids(raw: dict[str, Any]) -> dict[str, Any]:
    from spinout.pack.build import prepare
    return {f.id: f for f in prepare(resolve_answers(copy.deepcopy(raw))).report.findings}


def test_every_nation_has_one_way_to_its_law() -> None:
    statute = load_statute()
    for nation in statute["nations"]:
        assert jurisdiction_of(nation) is statute["jurisdictions"][statute["nations"][nation]["jurisdiction"]]
    assert refusal("england") is None and law_for("england") is jurisdiction_of("england")
    assert "Northern Ireland" in refusal("northern-ireland")
    with pytest.raises(AnswersError) as refused:
        law_for("northern-ireland")
    assert refusal("northern-ireland") in str(refused.value)


def test_founding_law_is_the_nations_or_the_strictest_supported() -> None:
    assert founding_law("scotland") is jurisdiction_of("scotland")
    for unknown in (None, "northern-ireland", "atlantis"):
        assert founding_law(unknown).get("supported", True)
        assert founding_law(unknown)["min_founders"] >= 1


def test_the_founders_minimum_is_read_from_the_data(raw_example, monkeypatch: pytest.MonkeyPatch) -> None:
    resolve_answers(copy.deepcopy(raw_example))              # three founders pass today
    monkeypatch.setitem(jurisdiction_of("england"), "min_founders", len(raw_example["founders"]) + 1)
    with pytest.raises(AnswersError) as refused:
        resolve_answers(copy.deepcopy(raw_example))
    assert f"at least {len(raw_example['founders']) + 1} founding members" in str(refused.value)
    assert jurisdiction_of("england")["founders_citation"] in str(refused.value)


def test_name_problems_live_beside_the_statute_data() -> None:
    assert name_problems("Riverside Care Limited", "england", "co-operative") == []
    assert name_problems("Gofal Cyfyngedig", "wales", "co-operative") == []
    assert "must end with 'Limited'" in name_problems("Riverside Care", "scotland", "co-operative")[0]
    assert "co-operative" in name_problems("Riverside Co-op Limited", "england", "community-benefit")[0]


def test_practice_figures_drive_the_checks(raw_example, monkeypatch: pytest.MonkeyPatch) -> None:
    before = ids(raw_example)
    assert before["meeting-notice"].severity == "pass"
    notice = resolve_answers(copy.deepcopy(raw_example)).governance.meetings.notice_days
    monkeypatch.setitem(practice(), "usual_notice_days", notice + 7)
    monkeypatch.setitem(practice(), "initial_contract_years", 12)
    after = ids(raw_example)
    assert after["meeting-notice"].severity == "warn" and f"{practice()['usual_notice_days']} is usual" in \
        after["meeting-notice"].message
    assert after["contract-length"].severity == "warn" and "at least twelve years" in after["contract-length"].message


def test_the_reserved_contract_test_reads_its_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = load_example("social-care")
    years = answers.business_case.contract_years
    test = jurisdiction_of("england")["reserved_contract"]
    monkeypatch.setitem(test, "max_years", years - 1)
    reasons = assess_eligibility(answers, True).psm_reasons
    assert any(f"a reserved contract lasts at most {in_words(years - 1)} years" in r for r in reasons)
    monkeypatch.setitem(test, "max_years", years)
    assert not any("reserved contract lasts" in r for r in assess_eligibility(answers, True).psm_reasons)


def test_the_readability_aim_and_the_count_of_matters_come_from_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    from spinout.engine.document import Document
    from spinout.review.findings import Finding, Report
    from spinout.review.report import readability_lines, render_plain_summary

    monkeypatch.setitem(practice(), "readability_target", 70)
    report = Report((Finding("readability", "pass", "Summary for workers: 72."),))
    assert "aim: 70 or more" in readability_lines(report)[0]
    document = Document("Rules", "X Limited", "", "", "", ())
    assert f"of the {len(load_statute()['s14_matters'])} matters" in render_plain_summary(report, document)


def test_findings_without_a_citation_get_one_from_the_data(raw_example) -> None:
    law = law_for("england")
    sources = load_statute()["finding_citations"]
    for finding in ids(raw_example).values():
        source = next((key for prefix, key in sources.items() if finding.id.startswith(prefix)), None)
        if source:
            assert finding.citation, finding.id
    assert all(key in law for key in sources.values())
