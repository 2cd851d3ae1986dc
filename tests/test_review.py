"""`spinout check` and `spinout explain`: findings with severities and citations, JSON, exit codes."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from spinout.answers.examples import list_examples
from tests.conftest import SharedPack, invoke, write_yaml


@pytest.mark.parametrize("name", [n for n, _ in list_examples()])
def test_every_shipped_example_has_no_failures(runner, name: str) -> None:
    from spinout.resources import data_path

    result = invoke(runner, "check", str(data_path("examples") / f"{name}.yml"), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["counts"]["fail"] == 0


def findings_for(runner, tmp_path: Path, raw: dict, *extra: str) -> tuple[int, list[dict]]:
    path = write_yaml(tmp_path / "answers.yml", raw)
    result = invoke(runner, "check", str(path), "--json", *extra)
    return result.exit_code, json.loads(result.output)["findings"]


def by_id(findings: list[dict], finding_id: str) -> dict:
    return next(f for f in findings if f["id"] == finding_id)


def cbs(raw: dict) -> dict:
    raw = copy.deepcopy(raw)
    raw["society"].update(type="community-benefit", name="Riverside Care Limited")
    raw["asset_lock"] = {"kind": "statutory"}
    raw["profits"] = {"patronage_dividend": False}
    return raw


# one crafted bad answer set per kind of finding: (change, finding id, severity, words in the citation)
CASES = [
    ("name", lambda r: r["society"].update(name="Riverside Care Co-operative"), "name", "fail", "s.10"),
    # settings that rest on co-operative practice say so ("not a legal requirement")
    ("cbs name", lambda r: r.update(cbs(r)) or r["society"].update(name="Riverside Care Co-operative Limited"),
     "name", "fail", "s.10"),
    ("share cap", lambda r: r.update(shares={"max_holding": 150000}), "max-shareholding", "fail", "s.24"),
    ("statutory lock slot", lambda r: r.update(cbs(r)), "asset-lock-statutory-text", "fail", "2006"),
    ("no lock", lambda r: r.update(asset_lock={"kind": "none"}), "asset-lock", "warn", "Good practice"),
    ("quorum", lambda r: r.update(governance={"meetings": {"quorum_members": 9}}),
     "quorum-founders", "fail", "not a legal requirement"),
    ("majorities", lambda r: r.update(governance={"majorities": {"rule_change": 60}}),
     "majority-order", "fail", "not a legal requirement"),
    ("notice", lambda r: r.update(governance={"meetings": {"notice_days": 7}}),
     "meeting-notice", "warn", "not a legal requirement"),
    ("co-opted majority", lambda r: r.update(governance={"board": {"co_opted_max": 10}}),
     "board-co-opted-majority", "fail", "not a legal requirement"),
    ("short contract", lambda r: r["business_case"].update(contract_years=2), "contract-length", "warn", "s.33"),
    ("removal majority",
     lambda r: r.update(governance={"majorities": {"remove_director": 80, "rule_change": 80, "entrenched": 90}}),
     "member-powers-removal", "warn", "not a legal requirement"),
]


@pytest.mark.parametrize("label,change,finding,severity,citation", CASES, ids=[c[0] for c in CASES])
def test_crafted_answers_give_the_expected_finding(runner, tmp_path: Path, raw_example, label, change, finding,
                                                   severity, citation) -> None:
    raw = copy.deepcopy(raw_example)
    change(raw)
    code, findings = findings_for(runner, tmp_path, raw)
    found = [f for f in findings if f["id"] == finding and f["severity"] == severity]
    assert found, [f for f in findings if f["severity"] in ("fail", "warn")]
    assert citation in found[0]["citation"] and found[0]["citation"]
    assert code == (1 if severity == "fail" else 0)


def test_strict_makes_warnings_fail(runner, tmp_path: Path, raw_example) -> None:
    raw_example["governance"] = {"meetings": {"notice_days": 7}}
    code, _ = findings_for(runner, tmp_path, raw_example, "--strict")
    assert code == 1


def test_producer_capture(runner, tmp_path: Path, raw_example) -> None:
    from spinout.answers.resolve import load_example
    classes = [c.model_dump(mode="json") for c in load_example("social-care").member_classes]
    for c, (share, seats) in zip(classes, ((70, 8), (10, 2), (10, 0), (10, 0)), strict=True):
        c.update(vote_share=share, board_seats=seats)
    raw_example["member_classes"] = classes
    _, findings = findings_for(runner, tmp_path, raw_example)
    capture = by_id(findings, "producer-capture")
    assert capture["severity"] == "warn" and "Worker members" in capture["message"]
    assert "not a legal requirement" in capture["citation"]


def test_principles_and_community_benefit_are_mapped_to_rules(runner, tmp_path: Path, raw_example) -> None:
    _, findings = findings_for(runner, tmp_path, raw_example)
    principles = [f for f in findings if f["id"].startswith("principle-")]
    # each principle is given effect by rules beyond the statement of them, or said to rest on it alone
    assert len(principles) == 7 and all(f["severity"] in ("pass", "info") and "rule" in f["message"]
                                        for f in principles)
    assert sum(f["severity"] == "pass" for f in principles) >= 5
    assert "Statement on the Co-operative Identity" in principles[0]["citation"]
    _, findings = findings_for(runner, tmp_path, cbs(raw_example))
    assert by_id(findings, "community-benefit")["severity"] == "pass"


def test_reserved_contract_and_audit_findings_cite_the_law(runner, tmp_path: Path, raw_example) -> None:
    _, findings = findings_for(runner, tmp_path, raw_example)
    assert "Procurement Act 2023, s.33" in by_id(findings, "public-service-mutual")["citation"]
    assert "s.84" in by_id(findings, "audit-exemption")["citation"]
    assert all(by_id(findings, f"s14-{m}")["severity"] == "pass" for m in ("name", "audit", "seal", "investment"))


def test_check_a_pack_folder_and_the_text_report(runner, social_care_pack: SharedPack) -> None:
    pack = social_care_pack.folder         # built once per session; `check` only reads it
    result = invoke(runner, "check", str(pack))
    assert result.exit_code == 0 and "Review of Riverside Care Co-operative Limited" in result.output
    assert "not legal advice" in result.output
    assert (pack / "review.md").exists() and (pack / "review.pdf").exists()
    result = invoke(runner, "check", str(pack.parent))      # a folder holding a pack is not one
    assert result.exit_code == 2 and "not a spinout pack" in result.output


def test_explain_a_rule_by_number_and_by_clause(runner, social_care_pack: SharedPack) -> None:
    pack = social_care_pack.folder         # built once per session; `explain` only reads it
    manifest = json.loads((pack / "manifest.json").read_text())
    quorum = next(r for r in manifest["rules"] if r["clause"] == "gm-quorum")
    assert quorum["covers"] and quorum["guidance"] and quorum["reason"]
    by_number = invoke(runner, "explain", quorum["rule"], "--pack", str(pack))
    by_clause = invoke(runner, "explain", "gm-quorum", "--pack", str(pack))
    assert by_number.exit_code == 0 and by_number.output == by_clause.output
    assert f"Rule {quorum['rule']}:" in by_number.output and "s.14 matter" in by_number.output
    assert "Guidance:" in by_number.output
    missing = invoke(runner, "explain", "999", "--pack", str(pack))
    assert missing.exit_code == 2 and "There is no rule" in missing.output
