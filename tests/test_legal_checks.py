"""The legal review's findings, each as a crafted answers file (../shared/reviews/legal.md,
sections 2 and 5): the finding it must raise, its severity, and what its citation rests on.
Then the lawful-but-unusual answers that must not fail, and `build --strict` refusing a
co-operative its investors control."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from spinout.answers.resolve import load_example, resolve_answers
from spinout.engine.assemble import assemble
from spinout.engine.kinds import kind_of
from spinout.engine.library import load_library
from spinout.errors import AnswersError
from spinout.review.checks import run_checks
from tests.conftest import invoke, write_yaml

LAW = "Act 2014, s."          # the Act, by section
PRACTICE = "not a legal requirement"
STAND_IN_LOCK = ("TEST STAND-IN, NOT THE PRESCRIBED WORDS. This community benefit society restricts the use of "
                 "its assets; a transfer may go to another community benefit society, a community interest company, "
                 "a registered social landlord or a charity. ") * 3


def findings(raw: dict[str, Any]) -> list[Any]:
    answers = resolve_answers(copy.deepcopy(raw))
    library = load_library(kind_of(answers).library_path())
    return list(run_checks(answers, assemble(answers, library), library).findings)


def classes() -> list[dict[str, Any]]:
    """The social-care example's classes: workers 40%, people supported 30%, families 15%,
    supporters 15%; seats 4, 3, 2, 1 on a board of at most 12 with 2 co-opted."""
    return [c.model_dump(mode="json", exclude_defaults=True) | {"key": c.key}
            for c in load_example("social-care").member_classes]


def with_classes(*changes: dict[str, Any], voting: str = "weighted", **board: Any) -> Callable[[dict], None]:
    def change(raw: dict) -> None:
        # the changes apply to the first classes; the rest stay as they are
        raw["member_classes"] = ([c | extra for c, extra in zip(classes(), changes, strict=False)]
                                 + classes()[len(changes):])
        raw.setdefault("governance", {})["voting"] = voting
        if board:
            raw["governance"]["board"] = board
    return change


def cbs(lock: str = "statutory", **lock_fields: Any) -> Callable[[dict], None]:
    def change(raw: dict) -> None:
        raw["society"].update(type="community-benefit", name="Riverside Care Limited",
                              objects=["To provide care and support at home for older and disabled people in "
                                       "Northtown, for the benefit of the community."])
        raw["asset_lock"] = {"kind": lock, **lock_fields}
        if lock == "statutory" and "statutory_text" not in lock_fields:
            raw["asset_lock"]["statutory_text"] = STAND_IN_LOCK
        raw["profits"] = {"patronage_dividend": False}
    return change


def both(*changes: Callable[[dict], None]) -> Callable[[dict], None]:
    def change(raw: dict) -> None:
        for c in changes:
            c(raw)
    return change


def setting(path: str, value: Any) -> Callable[[dict], None]:
    def change(raw: dict) -> None:
        *parents, last = path.split(".")
        target = raw
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    return change


INVESTORS = {"name": "Investor members", "eligibility": "Anyone who buys investment shares to fund the society.",
             "investor": True}

# (review number, change, finding id, severity, words the citation must hold)
CASES = [
    ("B1 investors hold the votes", with_classes(
        {"vote_share": 10}, {"vote_share": 15}, {"vote_share": 15}, INVESTORS | {"vote_share": 60}),
     "control-non-user-votes", "fail", "s.2"),
    ("B1 investors vote on demutualisation", with_classes(
        {"vote_share": 40}, {"vote_share": 35}, {"vote_share": 15},
        INVESTORS | {"vote_share": 10, "votes_on_demutualisation": True}),
     "control-investor-demutualisation", "fail", "s.2"),
    ("B1 investors above 10%", with_classes(
        {"vote_share": 35}, {"vote_share": 35}, {"vote_share": 15},
        INVESTORS | {"vote_share": 15, "votes_on_demutualisation": False}),
     "control-investor-share", "warn", PRACTICE),
    ("B1 non-users above a quarter", with_classes(
        {"vote_share": 35}, {"vote_share": 20}, {"vote_share": 15}, {"vote_share": 30, "user": False}),
     "control-non-user-share", "warn", PRACTICE),
    ("B1 non-users hold the board", with_classes(
        {"board_seats": 2}, {"board_seats": 1}, {"board_seats": 1}, {"board_seats": 7, "user": False}),
     "control-non-user-seats", "fail", "s.2"),
    ("B1 non-users uncapped under one member one vote", with_classes(
        {"vote_share": None}, {"vote_share": None}, {"vote_share": None}, {"vote_share": None, "user": False},
        voting="one-member-one-vote"),
     "control-non-user-votes", "fail", "s.2"),
    ("B1 an investor class not marked", with_classes(
        {}, {}, {}, {"name": "Investor members", "eligibility": "People who invest in the society."}),
     "investor-class-marked", "warn", PRACTICE),
    ("B1 principle 2 read, not assumed", with_classes(
        {"vote_share": 10}, {"vote_share": 15}, {"vote_share": 15}, {"vote_share": 60, "user": False}),
     "principle-2", "fail", "Co-operative Identity"),
    ("B1 principle 4: investors decide on demutualisation", with_classes(
        {"vote_share": 40}, {"vote_share": 35}, {"vote_share": 15},
        INVESTORS | {"vote_share": 10, "votes_on_demutualisation": True}),
     "principle-4", "fail", "Co-operative Identity"),
    ("M1 one class alone decides dissolution", with_classes(
        {}, {"votes_on_demutualisation": False}, {"votes_on_demutualisation": False},
        {"votes_on_demutualisation": False}),
     "member-powers-demutualisation-one-class", "fail", PRACTICE),
    ("M3 founders fewer than the board minimum", setting("governance.board.min_size", 6),
     "founders-board", "fail", "rule"),
    ("M4 a quorum a large membership cannot reach", setting("governance.meetings.quorum_members", 120),
     "quorum-realistic", "warn", PRACTICE),
    ("M5 pasted lock text not compared", cbs(), "asset-lock-statutory-text", "warn", "SI 2006/264"),
    ("M6 member-benefit objects in a community benefit society", both(cbs(), setting(
        "society.objects", ["To give the people who provide care an equal partnership in owning and running it."])),
     "objects-member-benefit", "warn", LAW),
    ("M6 member-benefit objects in a charity", both(cbs("charitable", objects_charitable=True), setting(
        "society.objects", ["To give the people who provide care an equal partnership in owning and running it."])),
     "objects-member-benefit", "fail", LAW),
    ("M6 charitable objects not confirmed", cbs("charitable"), "objects-charitable", "warn", LAW),
    ("M7 a dividend measured by shares", setting("profits.participation_basis",
                                                 "the number of shares each member holds"),
     "participation-basis", "fail", "s.2"),
    ("M7 principle 3", setting("profits.participation_basis", "the capital each member has paid up"),
     "principle-3", "fail", "Co-operative Identity"),
    ("M8 a Welsh 'co-operative' in a community benefit society's name", both(cbs(), setting(
        "society.name", "Gofal Cymunedol Cydweithredol Glanmor Cyfyngedig"), setting("society.nation", "wales"),
        setting("society.registered_office", "1 Stryd Fawr, Caerdydd CF10 1AA")),
     "name", "fail", "s.10"),
    ("M8 a Welsh name without a translation", both(setting("society.name", "Gofal Glanmor Cyfyngedig"),
                                                    setting("society.nation", "wales"),
                                                    setting("society.registered_office", "1 Stryd Fawr, CF10 1AA")),
     "name-translation", "warn", "s.10"),
    ("M9 interest above 5%", setting("shares", {"interest_max_percent": 7, "interest_above_base": 2}),
     "share-interest", "warn", "RFCCBS 4"),
    ("M9 interest far above", setting("shares", {"interest_max_percent": 20, "interest_above_base": 20}),
     "share-interest", "fail", "RFCCBS 4"),
    ("M11 compulsory membership", with_classes(
        {"eligibility": "Every employee of the society must join as a condition of employment."}),
     "eligibility-compulsory", "fail", "Co-operative Identity"),
    ("M11 principle 1", with_classes({"eligibility": "All staff are automatically made members."}),
     "principle-1", "fail", "Co-operative Identity"),
    ("M12 investors uncapped under one member one vote", with_classes(
        {"vote_share": None}, {"vote_share": None}, {"vote_share": None},
        INVESTORS | {"vote_share": None, "votes_on_demutualisation": False, "max_vote_share": 20},
        voting="one-member-one-vote"),
     "control-investor-share", "warn", PRACTICE),
    ("m15 a board that could not co-opt", with_classes(
        {"board_seats": 5}, {"board_seats": 4}, {"board_seats": 2}, {"board_seats": 1}),
     "board-co-opted-room", "warn", PRACTICE),
    ("m19 members' powers rest on practice", setting("governance.majorities", {"remove_director": 80,
                                                                               "rule_change": 80}),
     "member-powers-removal", "warn", PRACTICE),
    ("m24 a community benefit society without a lock", cbs("none"), "asset-lock", "warn", PRACTICE),
    ("m26 a quorum of one", setting("governance.meetings", {"quorum_members": 1}), "quorum-empty", "fail", PRACTICE),
    ("m26 a requisition no one can reach", setting("governance.meetings", {"requisition_percent": 100,
                                                                         "requisition_members": 100000}),
     "requisition-reachable", "warn", PRACTICE),
    ("m26 bare majorities", setting("governance.majorities", {"rule_change": 51, "dissolution": 51, "merger": 51,
                                                              "asset_disposal": 51, "expulsion": 51,
                                                              "entrenched": 51}),
     "majority-low", "warn", PRACTICE),
    ("m6 an entrenchment that protects nothing", setting("governance.majorities", {"entrenched": 75}),
     "majority-entrenched-empty", "warn", PRACTICE),
    ("m26 an office in another nation", setting("society.registered_office", "1 Queen Street, Cardiff CF10 2BH"),
     "office-nation", "warn", "s.14"),
    ("m28 a dividend only workers can receive",
     setting("profits.participation_basis", "the hours each worker has worked"), "dividend-reach", "warn", PRACTICE),
    ("m29 employee directors who could be half a charity's board", both(
        cbs("charitable", objects_charitable=True), with_classes({"employees": True, "board_seats": 6},
                                                                  {"board_seats": 2}, {"board_seats": 1},
                                                                  {"board_seats": 1})),
     "charity-employee-directors", "warn", "Charities"),
    ("m29 a charity paying its directors", both(cbs("charitable", objects_charitable=True),
                                                setting("governance.board.pay", "members-approve")),
     "charity-director-pay", "warn", "Charities"),
    ("co-opted directors could outnumber", setting("governance.board", {"co_opted_max": 10, "max_size": 12}),
     "board-co-opted-majority", "fail", PRACTICE),
]


@pytest.mark.parametrize("label,change,finding,severity,citation", CASES, ids=[c[0] for c in CASES])
def test_each_crafted_answers_file_gives_its_finding(raw_example, label, change, finding, severity,
                                                     citation) -> None:
    change(raw_example)
    found = [f for f in findings(raw_example) if f.id == finding]
    assert [f.severity for f in found] == [severity] * len(found) and found, \
        [(f.id, f.severity, f.message) for f in findings(raw_example) if f.severity in ("fail", "warn")]
    assert citation in (found[0].citation or ""), found[0].citation


LAWFUL = [
    ("m20 lowercase 'limited'", setting("society.name", "Riverside Care Co-operative limited"), "name"),
    ("m21 non-withdrawable holdings above the cap", setting("shares", {"withdrawable": False,
                                                                      "max_holding": 150000}), "max-shareholding"),
    ("m22 two founding societies", both(setting("governance.meetings.quorum_members", 2), setting("founders", [
        {"name": "Northtown Care Co-operative Limited", "member_class": "workers", "registered_society": True,
         "secretary": True},
        {"name": "Southtown Homecare Co-operative Limited", "member_class": "workers", "registered_society": True}])),
     None),
    ("m22 a secretary who is not a founder", both(setting("secretary", "Pat Okafor"), lambda raw: [
        f.pop("secretary", None) for f in raw["founders"]]), None),
    ("m20 a charity exempt from 'limited'", both(cbs("charitable", objects_charitable=True),
                                                 setting("society.name", "Riverside Care"),
                                                 setting("society.name_exemption", True)), "name-exemption"),
    ("weighted votes with investors capped and out of demutualisation", with_classes(
        {"vote_share": 40}, {"vote_share": 35}, {"vote_share": 15},
        INVESTORS | {"vote_share": 10, "max_vote_share": 10, "votes_on_demutualisation": False}), None),
    ("one member one vote with supporters capped", with_classes(
        {"vote_share": None}, {"vote_share": None}, {"vote_share": None},
        {"vote_share": None, "user": False, "max_vote_share": 10, "votes_on_demutualisation": False},
        voting="one-member-one-vote"), None),
]


@pytest.mark.parametrize("label,change,finding", LAWFUL, ids=[c[0] for c in LAWFUL])
def test_lawful_but_unusual_answers_do_not_fail(raw_example, label, change, finding) -> None:
    change(raw_example)
    result = findings(raw_example)
    assert not [f for f in result if f.severity == "fail"], [f.message for f in result if f.severity == "fail"]
    if finding:
        assert any(f.id == finding for f in result)


def test_a_percentage_quorum_is_judged_against_the_archetypes_expected_membership() -> None:
    import yaml

    from spinout.resources import data_path

    raw = yaml.safe_load((data_path("examples") / "nhs-community.yml").read_text())
    raw.setdefault("governance", {}).setdefault("meetings", {})["quorum_percent"] = 25
    found = [f for f in findings(raw) if f.id == "quorum-realistic"]
    assert found and found[0].severity == "warn" and "Large societies use 10%" in found[0].message


def test_a_northern_ireland_address_is_refused_with_its_reason(raw_example) -> None:
    raw_example["society"]["registered_office"] = "2 Main Street, Belfast BT1 1AA"
    with pytest.raises(AnswersError) as refused:
        resolve_answers(raw_example)
    assert "Northern Ireland" in str(refused.value) and "1969" in str(refused.value)


def test_two_founders_need_to_be_societies_and_the_message_cites_s2(raw_example) -> None:
    raw_example["founders"] = raw_example["founders"][:2]
    with pytest.raises(AnswersError) as refused:
        resolve_answers(raw_example)
    assert "s.2" in str(refused.value) and "registered societies" in str(refused.value)


def test_build_strict_refuses_a_cooperative_its_investors_control(runner, tmp_path: Path, raw_example) -> None:
    CASES[0][1](raw_example)
    path = write_yaml(tmp_path / "answers.yml", raw_example)
    result = invoke(runner, "build", str(path), "-o", str(tmp_path / "pack"), "--strict")
    assert result.exit_code != 0 and not (tmp_path / "pack").exists()
    assert "non-user classes" in result.output


def test_build_strict_refuses_rules_one_class_could_end_alone(runner, tmp_path: Path, raw_example) -> None:
    with_classes({}, {"votes_on_demutualisation": False}, {"votes_on_demutualisation": False},
                 {"votes_on_demutualisation": False})(raw_example)
    path = write_yaml(tmp_path / "answers.yml", raw_example)
    result = invoke(runner, "build", str(path), "-o", str(tmp_path / "pack"), "--strict")
    assert result.exit_code != 0 and not (tmp_path / "pack").exists()


def equal_care_like(raw: dict) -> None:
    """The review's real-world structure (a): people supported, advocates, workers and investors,
    one member one vote, investors capped at 10% and out of demutualisation votes, at most two
    investor directors, at most five from the supported and advocate classes together, proxies
    for up to five members held by anyone, three extra meetings a year."""
    raw["governance"] = {
        "voting": "one-member-one-vote", "entrenched_objects": True,
        "board": {"min_size": 3, "max_size": 12, "co_opted_max": 2,
                  "combined_maxima": [{"classes": ["supported", "advocates"], "max": 5}]},
        "meetings": {"proxies": True, "proxy_limit": 5, "proxy_anyone": True, "extra_meetings": 3},
    }
    raw["membership"] = {"commitment": True}
    raw["member_classes"] = [
        {"key": "supported", "name": "Supported members", "eligibility": "People who receive care from the society."},
        {"key": "advocates", "name": "Advocate members",
         "eligibility": "Someone who speaks for a supported person who cannot be a member themselves."},
        {"key": "workers", "name": "Worker members", "eligibility": "People who work for the society.",
         "employees": True},
        {"key": "investors", "name": "Investor members", "eligibility": "Anyone who invests at least £100.",
         "investor": True, "shares_required": 100, "membership_share_withdrawable": True, "max_vote_share": 10,
         "max_board_seats": 2, "votes_on_demutualisation": False},
    ]
    keys = ("workers", "supported", "advocates", "workers", "investors")
    for founder, key in zip(raw["founders"], keys, strict=True):
        founder["member_class"] = key


def test_a_real_platform_cooperative_can_be_expressed_and_passes(raw_example) -> None:
    from spinout.render.markdown import render_markdown

    equal_care_like(raw_example)
    result = findings(raw_example)
    assert not [f for f in result if f.severity == "fail"], [f.message for f in result if f.severity == "fail"]
    answers = resolve_answers(copy.deepcopy(raw_example))
    text = " ".join(render_markdown(assemble(answers, load_library())).split())
    for words in ("Every Member's vote counts the same", "Investor members, at most 10% of all the votes cast",
                  "more than 2 Directors from Investor members", "5 Directors from Supported members and Advocate "
                  "members together", "any person", "the Society's objects in rule"):
        assert words in text, words
