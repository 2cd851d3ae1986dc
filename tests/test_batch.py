"""`spinout batch`: many packs at once, each whole or not at all, the others carrying on."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT, file_hashes, invoke

EXAMPLES = ROOT / "examples"


def _inputs(folder: Path, *names: str, broken: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / f"{name}.yml", folder / f"{name}.yml")
    if broken:
        (folder / "broken.yml").write_text("society: [\n", encoding="utf-8")
    return folder


def test_a_folder_of_answers_builds_every_pack_and_reports_the_one_that_failed(runner, tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "groups", "social-care", "music-teachers", broken=True)
    out = tmp_path / "packs"
    result = invoke(runner, "batch", str(inputs), "-o", str(out), "--no-pdf", "-j", "2")
    assert result.exit_code == 1, result.output
    assert sorted(p.name for p in out.iterdir()) == ["music-teachers", "social-care"]   # nothing for broken
    for pack in ("music-teachers", "social-care"):
        assert (out / pack / "manifest.json").is_file() and (out / pack / "constitution.docx").is_file()
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Built 2 of 3 packs in {out}/")
    table = lines[2:6]
    assert [line.split()[0] for line in table] == ["Pack", "broken", "music-teachers", "social-care"]  # input order
    assert "not built" in table[1] and "Riverside Care Co-operative Limited" in table[3]
    assert "broken.yml: The answers file is not valid YAML." in result.stdout
    assert "line 2" in result.stdout
    assert "[3/3]" in result.stderr                       # progress, a line a pack when not on a terminal


def test_workers_do_not_change_a_byte(runner, tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "groups", "social-care", "supply-teachers")
    one = invoke(runner, "batch", str(inputs), "-o", str(tmp_path / "one"), "--no-pdf", "-j", "1")
    two = invoke(runner, "batch", str(inputs), "-o", str(tmp_path / "two"), "--no-pdf", "-j", "2")
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    assert file_hashes(tmp_path / "one") == file_hashes(tmp_path / "two")


def test_a_batch_pack_is_the_pack_build_makes(runner, tmp_path: Path, social_care_pack) -> None:
    # PDFs and all, through the worker pool: the same bytes as `spinout build`
    inputs = _inputs(tmp_path / "groups", "social-care", "micro-care")
    result = invoke(runner, "batch", str(inputs), "-o", str(tmp_path / "packs"), "-j", "2")
    assert result.exit_code == 0, result.output
    built = file_hashes(tmp_path / "packs" / "social-care")
    assert built == file_hashes(social_care_pack.folder)
    assert any(name.endswith(".pdf") for name in built)


def test_existing_packs_are_refused_without_force_and_replaced_with_it(runner, tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "groups", "social-care")
    out = tmp_path / "packs"
    assert invoke(runner, "batch", str(inputs), "-o", str(out), "--no-pdf").exit_code == 0
    before = file_hashes(out)
    again = invoke(runner, "batch", str(inputs), "-o", str(out), "--no-pdf")
    assert again.exit_code == 1
    assert "already exists" in again.stdout and "--force" in again.stdout
    assert file_hashes(out) == before
    forced = invoke(runner, "batch", str(inputs), "-o", str(out), "--no-pdf", "--force")
    assert forced.exit_code == 0, forced.output
    assert file_hashes(out) == before                     # same answers, same pack


def test_bad_inputs_are_named_before_any_work(runner, tmp_path: Path) -> None:
    _inputs(tmp_path / "a", "social-care")
    _inputs(tmp_path / "b", "social-care")
    (tmp_path / "empty").mkdir()
    out = tmp_path / "packs"
    clash = invoke(runner, "batch", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out))
    assert clash.exit_code == 2
    assert "same name" in clash.stderr and "b/social-care.yml" in clash.stderr
    missing = invoke(runner, "batch", str(tmp_path / "nowhere"), str(tmp_path / "empty"), "-o", str(out))
    assert missing.exit_code == 2
    assert "nowhere: there is no file or folder here" in missing.stderr
    assert "empty: this folder holds no answers files" in missing.stderr
    assert not out.exists()
    usage = invoke(runner, "batch", str(tmp_path / "a"), "-o", str(out), "--discard-edits")
    assert usage.exit_code == 2 and "--force" in usage.stderr
