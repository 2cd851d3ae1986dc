"""The wizard, driven through its real questionary prompts with prompt_toolkit pipe input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLE, invoke
from tests.wizard_keys import (BUILD, CTRL_C, DOWN, ENTER, UP, FOUNDERS, FULL_RUN, NAME, OFFICE, PREPARED_BY,
                               SERVICE, SOCIETY_START, TYPICAL_REST, drive, line)

GOLDEN = Path(__file__).parent / "golden" / "social-care.constitution.md"


def without_date_line(text: str) -> str:
    return "\n".join(l for l in text.splitlines() if not l.startswith("Produced by"))


def test_full_social_care_run_builds_the_example_pack(tmp_path: Path, runner) -> None:
    run = drive(tmp_path, FULL_RUN)
    assert run.stopped is None, run.output[-2000:]
    pack = tmp_path / "pack"
    assert (pack / "constitution.pdf").exists() and (pack / "constitution.docx").exists()
    assert without_date_line((pack / "constitution.md").read_text()) == without_date_line(GOLDEN.read_text())
    assert re.search(r"\[\d+/\d+\] Service", run.output) and "[1/" in run.output
    assert "What passed:" in run.output and "Must be fixed before you apply to register:" in run.output
    # the typical finance figures are the archetype's examples: the pack says so, and finds their cash gap
    assert "illustrative figure" in run.output and "Cash falls to" in run.output
    assert str(pack / "constitution.pdf") in run.output
    # the answers file it leaves, fed to `spinout build`, gives the same pack
    rebuilt = tmp_path / "rebuilt"
    result = invoke(runner, "build", str(tmp_path / "answers.yml"), "-o", str(rebuilt))
    assert result.exit_code == 0, result.output
    for name in ("constitution.md", "constitution.docx", "constitution.pdf", "answers.yml"):
        assert (rebuilt / name).read_bytes() == (pack / name).read_bytes(), name


def test_editing_classes_and_weights(tmp_path: Path) -> None:
    # In a class's menu the pointer starts on "Done" (the last line), so five downs reach
    # "Share of the votes". When "Keep these classes" is refused, the pointer starts on the first
    # class instead.
    share = DOWN * 5 + ENTER
    edit_classes = [
        DOWN + ENTER, share, line("50"), ENTER,          # workers 40% -> 50%: total 110%, keep refused
        DOWN + ENTER, share, line("25"), ENTER,          # people supported 35% -> 25%: total 100%
    ]
    add_class = [DOWN * 5 + ENTER, line("Partner organisations"), line("Local charities that support the service"),
                 line("18"), line("1"), line("5"), DOWN + ENTER]   # total 105%: keep refused; not users
    fix = [ENTER, share, line("45"), ENTER]              # workers 50% -> 45%
    keep = [ENTER]
    keys = SERVICE + SOCIETY_START + NAME + OFFICE + [ENTER] + edit_classes + add_class + fix + keep
    keys += TYPICAL_REST[1:] + FOUNDERS + PREPARED_BY + BUILD
    run = drive(tmp_path, keys)
    assert run.stopped is None, run.output[-3000:]
    assert "Vote shares add up to 110% (must be 100%)" in run.output
    assert "Vote shares add up to 105% (must be 100%)" in run.output
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    shares = {c["name"]: c["vote_share"] for c in saved["member_classes"]}
    assert shares == {"Worker members": 45, "Members who use the service": 25, "Family and unpaid carer members": 15,
                      "Community supporter members": 10, "Partner organisations": 5}
    partner = saved["member_classes"][-1]
    assert partner["key"] == "partner-organisations" and partner["min_age"] == 18 and partner["board_seats"] == 1
    assert partner["user"] is False
    assert "Partner organisations" in (tmp_path / "pack" / "constitution.md").read_text()


def test_going_back_from_review_to_change_the_society_type(tmp_path: Path) -> None:
    change_type = [
        DOWN * 2 + ENTER,               # review: Change: Society
        ENTER,                          # nation: England
        DOWN + ENTER,                   # benefit: the wider community
        DOWN + ENTER,                   # type: community benefit society
        line("Riverside Care Limited"),  # the old name has "Co-operative", which a CBS may not use
        ENTER, ENTER,                   # office, objects kept
        ENTER,                          # asset lock: statutory (recommended), asked again because voluntary no longer fits
        ENTER,                          # no prescribed text yet
        ENTER,                          # review again: build
    ]
    run = drive(tmp_path, FULL_RUN[:-1] + change_type)
    assert run.stopped is None, run.output[-3000:]
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    assert saved["society"]["type"] == "community-benefit"
    assert saved["society"]["name"] == "Riverside Care Limited"
    assert saved["asset_lock"]["kind"] == "statutory"
    assert saved["profits"]["patronage_dividend"] is False
    rules = (tmp_path / "pack" / "constitution.md").read_text()
    assert "community benefit society" in rules and "[SLOT: the prescribed asset-lock rule" in rules
    assert "Must be fixed before you apply to register:" in run.output and "asset_lock.statutory_text" in run.output


def test_ctrl_c_saves_and_resume_carries_on(tmp_path: Path) -> None:
    first = drive(tmp_path, SERVICE + SOCIETY_START + [CTRL_C])
    assert first.stopped is not None and first.stopped.path == tmp_path / "answers.yml"
    saved = (tmp_path / "answers.yml").read_text()
    assert "Northshire County Council" in saved and "name:" not in saved.split("society:")[-1]
    rest = NAME + OFFICE + TYPICAL_REST + FOUNDERS + PREPARED_BY + BUILD
    second = drive(tmp_path, rest, resume=tmp_path / "answers.yml")
    assert second.stopped is None, second.output[-2000:]
    assert "[8/" in second.output and "[1/" not in second.output   # it started at the name
    assert without_date_line((tmp_path / "pack" / "constitution.md").read_text()) == without_date_line(GOLDEN.read_text())


def test_closed_terminal_leaves_a_resumable_file(tmp_path: Path) -> None:
    run = drive(tmp_path, SERVICE)       # the keys run out: end-of-file, as when the terminal closes
    assert run.stopped is not None
    assert yaml.safe_load((tmp_path / "answers.yml").read_text())["service"]["parent_body"] == "Northshire County Council"


def test_invalid_entries_are_refused_with_the_models_message(tmp_path: Path) -> None:
    keys = SERVICE + SOCIETY_START + [line("Riverside Care Co-operative"), line("Riverside Care Co-operative Limited")]
    keys += OFFICE + [ENTER] * 3 + [DOWN + ENTER, line("0"), line("lots"), line("3"), CTRL_C]   # governance: step through
    run = drive(tmp_path, keys)
    assert run.refusals == [
        "the name must end with 'Limited': for example 'Riverside Care Co-operative Limited'",
        "must be at least 1",      # the answers model's own rule for quorum_members, in plain words
        "type a number, such as 25",
    ]
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    assert saved["society"]["name"] == "Riverside Care Co-operative Limited"
    assert saved["governance"]["meetings"]["quorum_members"] == 3


def test_refusal_is_on_screen_where_the_user_types(tmp_path: Path) -> None:
    run = drive(tmp_path, SERVICE + SOCIETY_START + [line("Riverside Care Co-operative")], capture_screen=True)
    screen = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", run.screen)
    assert "the name must end with 'Limited'" in screen


def test_prefilled_answers_ask_only_what_is_missing_or_invalid(tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLE.read_text())
    data["society"]["name"] = "Riverside Care Co-operative"           # invalid: no "Limited"
    prefill = tmp_path / "start.yml"
    prefill.write_text(yaml.safe_dump(data))
    run = drive(tmp_path, [line("Riverside Care Co-operative Limited")] + BUILD, prefill=prefill)
    assert run.stopped is None, run.output[-2000:]
    asked = re.findall(r"\[\d+/\d+\] (\w+)", run.output)
    assert asked == ["Society"]
    assert (tmp_path / "pack" / "constitution.pdf").exists()


def test_existing_answers_file_is_never_overwritten(tmp_path: Path) -> None:
    from spinout.errors import OutputError

    (tmp_path / "answers.yml").write_text("mine: true\n")
    with pytest.raises(OutputError, match="--resume"):
        drive(tmp_path, [ENTER])
    assert (tmp_path / "answers.yml").read_text() == "mine: true\n"


def test_no_terminal_stops_at_once_with_a_clear_message(runner) -> None:
    result = invoke(runner, "new")
    assert result.exit_code == 2
    assert "spinout build ANSWERS.yml" in result.output and "Traceback" not in result.output


def test_help_is_one_keypress_away(tmp_path: Path) -> None:
    run = drive(tmp_path, [UP + ENTER, CTRL_C])          # "? Explain this question": the last line, one up
    from spinout.console.questions import QUESTIONS
    assert QUESTIONS[0].more in run.output


def test_school_trust_run_says_it_cannot_register_and_builds_an_outline(tmp_path: Path) -> None:
    from spinout.console.questions import State, _archetypes

    index = [key for _, key in _archetypes(State())].index("school-trust")
    keys = [DOWN * index + ENTER, ENTER, ENTER, line("Northshire County Council"), ENTER,   # archetype, outline, route, LA, description
            ENTER, line("Northtown Co-operative Learning Trust"), line("Northtown High School, NT1 4ZZ"),
            ENTER, ENTER, ENTER,                 # objects, forum classes, governance: typical
            ENTER, ENTER, ENTER, ENTER,          # ethical employment, union, union name, social accounting
            ENTER, ENTER, ENTER, ENTER, ENTER,   # finances: contract value and years, staff, pension, typical
            ENTER, line("Ann Parent"), ENTER, ENTER, line("Sam Staff"), DOWN + ENTER, ENTER, line("Lee Partner"),
            DOWN * 4 + ENTER, ENTER, ENTER, ENTER]   # founders, done, prepared by, build
    run = drive(tmp_path, keys)
    assert run.stopped is None, run.output[-3000:]
    assert "A school trust cannot register as a co-operative society today" in run.output
    assert "Use the typical share terms" not in run.output and "asset" not in run.output.lower().split("your answers")[0]
    pack = tmp_path / "pack"
    assert (pack / "trust-outline.pdf").exists() and not list(pack.glob("constitution.*"))
