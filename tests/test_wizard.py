"""The wizard, driven through its real questionary prompts with prompt_toolkit pipe input."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLE, invoke
from tests.wizard_keys import (
    BUILD,
    CTRL_C,
    DOWN,
    ENTER,
    FOUNDERS,
    FULL_RUN,
    NAME,
    OFFICE,
    PREPARED_BY,
    SERVICE,
    SOCIETY_START,
    TYPICAL_REST,
    UP,
    drive,
    line,
)

GOLDEN = Path(__file__).parent / "golden" / "social-care.constitution.md"


def without_date_line(text: str) -> str:
    return "\n".join(row for row in text.splitlines() if not row.startswith("Produced by"))


def test_full_social_care_run_builds_the_example_pack(tmp_path: Path, runner) -> None:
    run = drive(tmp_path, FULL_RUN, pdf=True)
    assert run.stopped is None, run.output[-2000:]
    pack = tmp_path / "pack"
    assert (pack / "constitution.pdf").exists() and (pack / "constitution.docx").exists()
    assert without_date_line((pack / "constitution.md").read_text()) == without_date_line(GOLDEN.read_text())
    assert "Service (part 1 of 11; 0 of 11 parts done)" in run.output
    assert "Founders (part 10 of 11; 9 of 11 parts done)" in run.output
    assert "What passed:" in run.output and "Must be fixed before you apply to register:" in run.output
    # the typical finance figures are the archetype's examples: the pack says so, and finds their cash gap
    assert "illustrative figure" in run.output and "Cash falls to" in run.output
    # the end screen: where the pack is, what to open first, what to send to whom, how to rebuild
    assert f"Your pack is in {pack.resolve()}" in run.output
    assert "Open constitution.pdf first" in run.output
    assert "business-case.pdf to Northshire County Council" in run.output
    assert f"spinout new --resume {(tmp_path / 'answers.yml').resolve()}" in run.output
    assert "Building the pack in" in run.output      # said before the build starts
    assert "[business_case." not in run.output       # findings name questions, not answers-file fields
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
    keys += TYPICAL_REST[2:] + FOUNDERS + PREPARED_BY + BUILD
    run = drive(tmp_path, keys)
    assert run.stopped is None, run.output[-3000:]
    assert "Vote shares add up to 110% (they must add up to 100%)" in run.output
    assert "Vote shares add up to 105% (they must add up to 100%)" in run.output
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    shares = {c["name"]: c["vote_share"] for c in saved["member_classes"]}
    assert shares == {"Worker members": 45, "Members who use the service": 25, "Family and unpaid carer members": 15,
                      "Community supporter members": 10, "Partner organisations": 5}
    partner = saved["member_classes"][-1]
    assert partner["key"] == "partner-organisations" and partner["min_age"] == 18 and partner["board_seats"] == 1
    assert partner["user"] is False
    assert "Partner organisations" in (tmp_path / "pack" / "constitution.md").read_text()


def test_changing_one_answer_from_the_review_asks_only_what_it_touches(tmp_path: Path) -> None:
    # review: "Change an answer" (one down), then the list of answers: "Society: Type of society"
    change_type = [DOWN + ENTER] + [DOWN * index_of("society.type") + ENTER]
    change_type += [
        DOWN + ENTER,                    # type: community benefit society
        line("Riverside Care Limited"),  # the old name has "Co-operative", which a CBS may not use: asked again
        ENTER,                           # asset lock: statutory (recommended), asked again as voluntary no longer fits
        ENTER,                           # no prescribed text yet
        ENTER,                           # review again: build
    ]
    run = drive(tmp_path, FULL_RUN[:-1] + change_type)
    assert run.stopped is None, run.output[-3000:]
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    assert saved["society"]["type"] == "community-benefit"
    assert saved["society"]["name"] == "Riverside Care Limited"
    assert saved["asset_lock"]["kind"] == "statutory"
    assert saved["profits"]["patronage_dividend"] is False
    assert run.output.count("What will the society be called?") == 0   # questionary draws prompts, not `out`
    rules = (tmp_path / "pack" / "constitution.md").read_text()
    assert "community benefit society" in rules and "[SLOT: the prescribed asset-lock rule" in rules
    assert "Must be fixed before you apply to register:" in run.output
    assert "'The prescribed asset-lock rule'" in " ".join(run.output.split())


def index_of(key: str) -> int:
    """Where an answer is in the review's "which answer?" list (every applicable question, in order)."""
    import yaml as _yaml

    from spinout.answers.resolve import example_path
    from spinout.interview import Interview, State

    state = State(_yaml.safe_load(example_path("social-care").read_text()))
    return [item.key for section in Interview(state, complete_file=True).review() for item in section.items].index(key)


def test_back_goes_to_the_question_before_and_keeps_its_answer(tmp_path: Path) -> None:
    keys = SERVICE[:3] + ["<"]                    # archetype, pathway, parent body; then back at the description
    keys += ["<"]                                 # and back again, to the pathway
    keys += [UP + ENTER]                          # pathway: the pointer is on the answer given; one up is right to own
    keys += [ENTER, line(DESCRIPTION := "Day care for 40 people"), CTRL_C]
    drive(tmp_path, keys)
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    assert saved["service"]["pathway"] == "right-to-own"
    assert saved["service"]["parent_body"] == "Northshire County Council"   # kept, and offered again
    assert saved["service"]["description"] == DESCRIPTION


def test_ctrl_c_saves_and_resume_carries_on(tmp_path: Path) -> None:
    first = drive(tmp_path, SERVICE + SOCIETY_START + [CTRL_C])
    assert first.stopped is not None and first.stopped.path == tmp_path / "answers.yml"
    saved = (tmp_path / "answers.yml").read_text()
    assert "Northshire County Council" in saved and "name:" not in saved.split("society:")[-1]
    rest = NAME + OFFICE + TYPICAL_REST + FOUNDERS + PREPARED_BY + BUILD
    second = drive(tmp_path, rest, resume=tmp_path / "answers.yml")
    assert second.stopped is None, second.output[-2000:]
    assert "Society (part 2 of 11; 1 of 11 parts done)" in second.output
    assert "Service (part 1" not in second.output     # it started at the name
    built = (tmp_path / "pack" / "constitution.md").read_text()
    assert without_date_line(built) == without_date_line(GOLDEN.read_text())


def test_closed_terminal_leaves_a_resumable_file(tmp_path: Path) -> None:
    run = drive(tmp_path, SERVICE)       # the keys run out: end-of-file, as when the terminal closes
    assert run.stopped is not None
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    assert saved["service"]["parent_body"] == "Northshire County Council"


def test_invalid_entries_are_refused_with_the_models_message(tmp_path: Path) -> None:
    keys = SERVICE + SOCIETY_START + [line("Riverside Care Co-operative"), line("Riverside Care Co-operative Limited")]
    # governance: step through
    keys += OFFICE + [ENTER] * 3 + [DOWN + ENTER, line("0"), line("lots"), line("3"), CTRL_C]
    run = drive(tmp_path, keys)
    assert run.refusals == [
        "The name must end with 'Limited': for example 'Riverside Care Co-operative Limited'.",
        "This answer must be at least 1.",      # the answers model's own rule for quorum_members, in plain words
        "Type a number, such as 25.",
    ]
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    assert saved["society"]["name"] == "Riverside Care Co-operative Limited"
    assert saved["governance"]["meetings"]["quorum_members"] == 3


def test_refusal_is_on_screen_where_the_user_types(tmp_path: Path) -> None:
    run = drive(tmp_path, SERVICE + SOCIETY_START + [line("Riverside Care Co-operative")], capture_screen=True)
    screen = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", run.screen)
    assert "The name must end with 'Limited'" in screen


def test_prefilled_answers_ask_only_what_is_missing_or_invalid(tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLE.read_text())
    data["society"]["name"] = "Riverside Care Co-operative"           # invalid: no "Limited"
    prefill = tmp_path / "start.yml"
    prefill.write_text(yaml.safe_dump(data))
    run = drive(tmp_path, [line("Riverside Care Co-operative Limited")] + BUILD, prefill=prefill)
    assert run.stopped is None, run.output[-2000:]
    asked = re.findall(r"^(\w+) \(part \d+ of", run.output, flags=re.M)
    assert asked == ["Society"]
    assert (tmp_path / "pack" / "constitution.docx").exists() and not (tmp_path / "pack" / "constitution.pdf").exists()


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


def test_help_is_one_keypress_away_on_a_choice_and_on_a_prefilled_text(tmp_path: Path) -> None:
    from spinout.interview import Interview

    interview = Interview()
    run = drive(tmp_path, ["?", CTRL_C])                    # at the first question, a choice
    assert " ".join(interview.page().help.split()[:8]) in " ".join(run.output.split())
    # a text question with an answer already in it: "?" is help, not a character of the answer
    keys = SERVICE + SOCIETY_START + NAME + OFFICE + [ENTER] * 5 + ["?", ENTER, CTRL_C]   # ... recipient
    run = drive(tmp_path / "2", keys)
    assert "Under a lock, leftover assets never go to members" in run.output
    assert "asset lock: Rules that stop" in run.output          # the glossary, with what most groups choose
    saved = yaml.safe_load((tmp_path / "2" / "answers.yml").read_text())
    assert not saved["asset_lock"]["recipient"].endswith("?")


def test_a_warning_is_given_at_the_question(tmp_path: Path) -> None:
    keys = SERVICE + SOCIETY_START + NAME + OFFICE + [ENTER] * 14 + [line("3480000"), line("3"), CTRL_C]
    run = drive(tmp_path, keys)
    assert "Warning: The business case assumes a 3-year contract" in run.output
    assert "business_case." not in run.output


def test_the_review_pages_on_a_small_terminal(tmp_path: Path) -> None:
    from spinout.answers.resolve import example_path

    start = tmp_path / "start.yml"
    shutil.copy(example_path("social-care"), start)
    run = drive(tmp_path, [CTRL_C], prefill=start, rows=24)
    first_screen = run.output.split("Check your answers", 1)[1]
    assert len(first_screen.strip().splitlines()) <= 24 - 5
    assert all(len(line) <= 100 for line in run.output.splitlines())


def test_school_trust_run_says_it_cannot_register_and_builds_an_outline(tmp_path: Path) -> None:
    from spinout.interview import Interview

    index = [c.value for c in Interview().page().choices].index("school-trust")
    keys = [DOWN * index + ENTER, ENTER, ENTER, line("Northshire County Council"),   # archetype, outline, route, LA
            line("A secondary school for 900 pupils in Northtown"),                      # description
            ENTER, line("Northtown Co-operative Learning Trust"), line("Northtown High School, NT1 4ZZ"),
            ENTER, ENTER, ENTER,                 # objects, forum classes, governance: typical
            ENTER, ENTER, ENTER, ENTER,          # ethical employment, union, union name, social accounting
            line("5200000"), line("5"), ENTER, ENTER, ENTER, ENTER,   # finances (overdraft 0 last)
            ENTER, line("Ann Parent"), ENTER, ENTER, line("Sam Staff"), DOWN + ENTER, ENTER, line("Lee Partner"),
            DOWN * 4 + ENTER, ENTER, ENTER, ENTER, ENTER]   # founders, done, prepared by, own words later, build
    run = drive(tmp_path, keys)
    assert run.stopped is None, run.output[-3000:]
    assert "A school trust cannot register as a co-operative society today" in run.output
    assert "Use the typical share terms" not in run.output
    assert "asset" not in run.output.lower().split("your answers")[0]
    pack = tmp_path / "pack"
    assert (pack / "trust-outline.docx").exists() and not list(pack.glob("constitution.*"))
    assert "Open trust-outline.docx first" in run.output
