"""The command line, driven in-process with click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.conftest import SharedPack, invoke, write_yaml

# The social-care pack these tests read is built once per session (tests/conftest.py) and is
# read-only; builds whose PDFs no test reads use --no-pdf.


def test_help_for_every_command(runner) -> None:
    for args in (["--help"], ["build", "--help"], ["examples", "--help"], ["new", "--help"], ["guide", "--help"]):
        result = invoke(runner, *args)
        assert result.exit_code == 0 and "Usage:" in result.output


def test_examples_lists_name_then_description(runner) -> None:
    result = invoke(runner, "examples")
    lines = result.output.splitlines()
    assert any(line.startswith("social-care  ") for line in lines)
    assert all(len(line.split("  ", 1)) == 2 and len(line.split("  ", 1)[1]) > 10 for line in lines)


def test_build_example_writes_the_whole_pack(social_care_pack: SharedPack) -> None:
    out, output = social_care_pack.folder, social_care_pack.output
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == ["answers.yml", "business-case.docx", "business-case.md", "business-case.pdf",
                     "constitution.docx", "constitution.md", "constitution.pdf",
                     "guides/externalisation.pdf", "guides/reviewing-a-draft.pdf", "guides/social-care.pdf",
                     "manifest.json", "member-summaries-large-print.docx", "member-summaries-large-print.pdf",
                     "member-summaries.docx", "member-summaries.md", "member-summaries.pdf",
                     "registration.docx", "registration.md", "registration.pdf", "review.md", "review.pdf"]
    assert "Checks:" in output and "0 failed" in output
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")], "staging folders left behind"


def test_manifest_lists_files_rules_and_reasons(social_care_pack: SharedPack) -> None:
    out = social_care_pack.folder
    manifest = json.loads((out / "manifest.json").read_text())
    import hashlib
    for entry in manifest["files"]:
        assert hashlib.sha256((out / entry["path"]).read_bytes()).hexdigest() == entry["sha256"]
    assert manifest["spinout_version"] and manifest["date"] == "2026-11-27"
    rules = manifest["rules"]
    assert [r["rule"] for r in rules] == [str(n) for n in range(1, len(rules) + 1)]
    assert all(r["clause"] and r["reason"] for r in rules)
    assert any(r["answers"] for r in rules)


def test_replayed_answers_rebuild_the_same_rules(social_care_pack: SharedPack, runner, tmp_path: Path) -> None:
    out = social_care_pack.folder
    again = tmp_path / "again"
    result = invoke(runner, "build", str(out / "answers.yml"), "-o", str(again), "--no-pdf")
    assert result.exit_code == 0, result.output
    assert (again / "constitution.md").read_text() == (out / "constitution.md").read_text()


def test_existing_output_is_not_touched_without_force(runner, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "mine.txt").write_text("keep me")
    result = invoke(runner, "build", "--example", "social-care", "-o", str(target))
    assert result.exit_code != 0 and "--force" in result.output
    assert [p.name for p in target.iterdir()] == ["mine.txt"]
    # --force replaces spinout's own output only: a folder of someone's files is never replaced
    result = invoke(runner, "build", "--example", "social-care", "-o", str(target), "--force")
    assert result.exit_code == 2 and "not written by spinout" in result.output
    assert [p.name for p in target.iterdir()] == ["mine.txt"]
    (target / "mine.txt").unlink()
    for _ in range(2):          # into the empty folder, then over the pack it now holds
        result = invoke(runner, "build", "--example", "social-care", "-o", str(target), "--force", "--no-pdf")
        assert result.exit_code == 0, result.output
        assert (target / "constitution.docx").exists()


def test_bad_answers_exit_non_zero_with_no_traceback_and_nothing_written(runner, tmp_path: Path, raw_example) -> None:
    raw_example["governance"] = {"meetings": {"quorum_members": 0}, "board": {"max_size": 2}}
    raw_example["society"]["colour"] = "blue"
    answers = write_yaml(tmp_path / "answers.yml", raw_example)
    out = tmp_path / "out"
    result = invoke(runner, "build", str(answers), "-o", str(out))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "governance.meetings.quorum_members" in result.output
    assert "governance.board.max_size" in result.output
    assert "society.colour" in result.output
    assert not out.exists()


def test_yaml_syntax_error_via_cli(runner, tmp_path: Path) -> None:
    path = tmp_path / "answers.yml"
    path.write_text("society:\n  name: 'unterminated\n")
    result = invoke(runner, "build", str(path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "answers.yml line" in result.output and "Traceback" not in result.output


def test_missing_file_and_unknown_example(runner, tmp_path: Path) -> None:
    result = invoke(runner, "build", str(tmp_path / "nope.yml"))
    assert result.exit_code == 2 and "No answers file" in result.output
    result = invoke(runner, "build", "--example", "nope")
    assert result.exit_code == 2 and "social-care" in result.output
    # an empty name is a missing example too, not an answers file of None
    result = invoke(runner, "build", "--example", "", "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "no example called ''" in result.output


def test_failing_render_leaves_no_partial_pack(runner, tmp_path: Path, monkeypatch) -> None:
    import spinout.render.pdf as pdf

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    # The PDFs are laid out in forked workers, which inherit this patch; the rules PDF is never
    # taken from the cache, so it always meets it
    monkeypatch.setattr(pdf, "make_pdf", explode)
    out = tmp_path / "out"
    result = invoke(runner, "build", "--example", "social-care", "-o", str(out))
    assert result.exit_code == 70 and "internal error" in result.output and "disk on fire" in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_failing_checks_are_reported_and_strict_makes_them_fatal(runner, tmp_path: Path, raw_example) -> None:
    raw_example["shares"] = {"max_holding": 250000}
    answers = write_yaml(tmp_path / "answers.yml", raw_example)
    result = invoke(runner, "build", str(answers), "-o", str(tmp_path / "lenient"), "--no-pdf")
    assert result.exit_code == 0 and "1 failed" in result.output and "£100,000" in result.output
    result = invoke(runner, "build", str(answers), "-o", str(tmp_path / "strict"), "--strict")
    assert result.exit_code == 1 and "shares.max_holding" in result.output
    assert not (tmp_path / "strict").exists()


def test_hostile_text_comes_out_literally_everywhere(runner, tmp_path: Path, raw_example) -> None:
    hostile = "Smith & Sons <Care> {{ 7*7 }} {% raw %}"
    raw_example["society"]["name"] = f"{hostile} Limited"
    raw_example["society"]["registered_office"] = hostile
    raw_example["founders"][0]["name"] = hostile
    answers = write_yaml(tmp_path / "answers.yml", raw_example)
    out = tmp_path / "out"
    result = invoke(runner, "build", str(answers), "-o", str(out))
    assert result.exit_code == 0, result.output
    from tests.readback import docx_text, markdown_text, pdf_text
    assert hostile in markdown_text((out / "constitution.md").read_text())
    assert hostile in docx_text(out / "constitution.docx")
    assert hostile in pdf_text(out / "constitution.pdf")
    assert "49" not in (out / "constitution.md").read_text().split("Limited")[0]
    assert yaml.safe_load((out / "answers.yml").read_text())["society"]["registered_office"] == hostile


def test_same_answers_give_the_same_files(social_care_pack: SharedPack, runner, tmp_path: Path) -> None:
    out = social_care_pack.folder
    again = tmp_path / "again"
    assert invoke(runner, "build", "--example", "social-care", "-o", str(again)).exit_code == 0
    first = json.loads((out / "manifest.json").read_text())
    second = json.loads((again / "manifest.json").read_text())
    assert first == second
    assert {f["path"] for f in first["files"]} >= {"constitution.md", "constitution.docx", "constitution.pdf"}


def test_no_pdf_builds_word_and_markdown_only(runner, tmp_path: Path) -> None:
    out = tmp_path / "draft"
    result = invoke(runner, "build", "--example", "social-care", "-o", str(out), "--no-pdf")
    assert result.exit_code == 0, result.output
    assert not list(out.rglob("*.pdf"))
    assert (out / "constitution.docx").exists() and (out / "business-case.md").exists() and (out / "review.md").exists()
