"""`spinout diff`: comparing two drafts, and the redline in HTML, PDF and DOCX (tracked changes)."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any, Callable

import pytest

from tests.conftest import invoke, write_yaml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HOSTILE = "Smith & Sons <Care> {{ 7*7 }}"


# ------------------------------------------------------------------ helpers


def variant(raw: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(raw)
    change(data)
    return data


def add_member_class(raw: dict[str, Any]) -> None:
    from spinout.answers.archetypes import load_archetypes

    classes = copy.deepcopy(load_archetypes()["social-care"].defaults["member_classes"])
    classes[0]["vote_share"] -= 10                     # shares re-balanced: still 100 in all
    classes.append({"key": "investors", "name": "Investor members", "min_age": 18,
                    "eligibility": "Anyone who invests at least £100 in the Society.",
                    "shares_required": 1, "board_seats": 1, "vote_share": 10})
    raw["member_classes"] = classes


def quorum_of_five(raw: dict[str, Any]) -> None:
    raw.setdefault("governance", {}).setdefault("meetings", {})["quorum_members"] = 5


def community_benefit(raw: dict[str, Any]) -> None:
    raw["society"]["type"] = "community-benefit"
    raw["society"]["name"] = "Riverside Care Limited"
    raw["asset_lock"] = {"kind": "statutory"}
    raw["profits"] = {"patronage_dividend": False}


def hostile_name(raw: dict[str, Any]) -> None:
    raw["society"]["name"] = HOSTILE


def run_diff(runner, tmp_path: Path, raw: dict[str, Any], change: Callable | None,
             *extra: str) -> tuple[Any, Path]:
    """Diff the example against a changed copy, writing the redline into tmp_path/redline."""
    old = write_yaml(tmp_path / "old.yml", raw)
    new = write_yaml(tmp_path / "new.yml", variant(raw, change) if change else raw)
    out = tmp_path / "redline"
    result = invoke(runner, "diff", str(old), str(new), "-o", str(out), *extra)
    assert result.exit_code == 0, result.output
    return result, out


def document_xml(docx_path: Path) -> str:
    with zipfile.ZipFile(docx_path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def revisions(docx_path: Path):
    from lxml import etree

    root = etree.fromstring(document_xml(docx_path).encode("utf-8"))
    return root, root.findall(f".//{W}ins"), root.findall(f".//{W}del")


def inserted_text(mark) -> str:
    return "".join(t.text or "" for t in mark.iter(f"{W}t"))


def deleted_text(mark) -> str:
    return "".join(t.text or "" for t in mark.iter(f"{W}delText"))


def paragraph_with(root, words: str):
    """The w:p whose text, old and new, contains `words`."""
    for paragraph in root.iter(f"{W}p"):
        text = "".join(t.text or "" for t in paragraph.iter(f"{W}t", f"{W}delText"))
        if words in text:
            return paragraph
    raise AssertionError(f"no paragraph with {words!r}")


def rule_number(raw: dict[str, Any], clause_id: str) -> str:
    from tests.conftest import resolve
    from spinout.engine.assemble import assemble

    return next(r.number for r in assemble(resolve(raw)).rules() if r.clause_id == clause_id)


# ------------------------------------------------------------------ the three kinds of change


def test_adding_a_member_class_changes_that_rule(runner, tmp_path: Path, raw_example) -> None:
    result, out = run_diff(runner, tmp_path, raw_example, add_member_class)
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "redline.docx", "redline.html", "redline.pdf"]
    number = rule_number(raw_example, "membership-classes")
    assert f"Rule {number} Member Classes: changed ({number} -> {number})" in result.output

    html = (out / "redline.html").read_text()
    assert re.search(r"<ins>[^<]*Investor members[^<]*</ins>", html)
    _, inserted, _ = revisions(out / "redline.docx")
    assert any("Investor members" in inserted_text(mark) for mark in inserted)


def test_changing_the_quorum_marks_3_deleted_and_5_inserted(runner, tmp_path: Path, raw_example) -> None:
    result, out = run_diff(runner, tmp_path, raw_example, quorum_of_five)
    number = rule_number(raw_example, "gm-quorum")
    assert f"Rule {number} Quorum at General Meetings: changed ({number} -> {number})" in result.output
    assert "1 changed" in result.output and "0 rules added, 0 removed" in result.output

    root, _, _ = revisions(out / "redline.docx")
    paragraph = paragraph_with(root, "The quorum is")
    assert [deleted_text(m) for m in paragraph.iter(f"{W}del")] == ["3"]
    assert [inserted_text(m) for m in paragraph.iter(f"{W}ins")] == ["5"]
    # the deleted number is w:delText, never w:t, as Word requires inside w:del
    assert not list(paragraph.find(f"{W}del").iter(f"{W}t"))
    html = (out / "redline.html").read_text()
    # (the HTML moves a space at a change into the change: see render.redline._spaces_forward)
    assert re.search(r"The quorum is ?<del> ?3</del><ins> ?5</ins> ?Members", html)


def test_switching_to_community_benefit_adds_and_removes_rules(runner, tmp_path: Path, raw_example) -> None:
    result, out = run_diff(runner, tmp_path, raw_example, community_benefit)
    added = rule_number(variant(raw_example, community_benefit), "opening-community-benefit")
    removed = rule_number(raw_example, "opening-coop-principles")
    assert f"Rule {added} Community benefit: added as rule {added}" in result.output
    assert f"Rule {removed} Co-operative values and principles: removed (was rule {removed})" in result.output

    html = (out / "redline.html").read_text()
    assert '<section class="rule removed">' in html and '<section class="rule added">' in html
    assert re.search(r"<del>Co-operative values and principles</del>", html)
    root, _, _ = revisions(out / "redline.docx")
    # A removed rule is deleted paragraphs, paragraph marks included; an added one, inserted.
    gone = paragraph_with(root, "The Society is a bona fide co-operative society")
    assert gone.find(f"{W}pPr/{W}rPr/{W}del") is not None and not list(gone.iter(f"{W}t"))
    new = paragraph_with(root, "The Society is a community benefit society")
    assert new.find(f"{W}pPr/{W}rPr/{W}ins") is not None


def test_a_draft_against_itself_has_no_changes(runner, tmp_path: Path, raw_example) -> None:
    old = write_yaml(tmp_path / "a.yml", raw_example)
    result = invoke(runner, "diff", str(old), str(old))
    assert result.exit_code == 0
    assert "No changes: the two drafts have the same rules." in result.output


def test_a_pack_folder_is_a_draft(runner, tmp_path: Path, raw_example) -> None:
    pack = tmp_path / "pack"
    assert invoke(runner, "build", "--example", "social-care", "-o", str(pack)).exit_code == 0
    same = invoke(runner, "diff", str(pack), str(Path("examples/social-care.yml")))
    assert same.exit_code == 0 and "No changes" in same.output, same.output
    changed = write_yaml(tmp_path / "five.yml", variant(raw_example, quorum_of_five))
    result = invoke(runner, "diff", str(pack), str(changed))
    assert result.exit_code == 0 and "Quorum at General Meetings: changed" in result.output


def test_what_is_not_a_draft_is_refused_by_name(runner, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    empty = tmp_path / "empty"
    empty.mkdir()
    for path, words in ((notes, "neither an answers file"), (empty, "no answers.yml"),
                        (tmp_path / "nope.yml", "There is no file")):
        result = invoke(runner, "diff", str(path), "examples/social-care.yml")
        assert result.exit_code == 2 and words in result.output and str(path) in result.output
        assert "Traceback" not in result.output


# ------------------------------------------------------------------ the output folder


def test_output_folder_is_not_replaced_without_force(runner, tmp_path: Path, raw_example) -> None:
    out = tmp_path / "redline"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    old = write_yaml(tmp_path / "old.yml", raw_example)
    new = write_yaml(tmp_path / "new.yml", variant(raw_example, quorum_of_five))
    refused = invoke(runner, "diff", str(old), str(new), "-o", str(out))
    assert refused.exit_code != 0 and "--force" in refused.output
    assert [p.name for p in out.iterdir()] == ["keep.txt"]

    # --force replaces only spinout's own output, never a folder of someone's files
    forced = invoke(runner, "diff", str(old), str(new), "-o", str(out), "--force")
    assert forced.exit_code == 2 and "not written by spinout" in forced.output
    assert [p.name for p in out.iterdir()] == ["keep.txt"]

    (out / "keep.txt").unlink()
    for _ in range(2):          # into the empty folder, then over the redline it now holds
        forced = invoke(runner, "diff", str(old), str(new), "-o", str(out), "--force")
        assert forced.exit_code == 0, forced.output
        assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "redline.docx", "redline.html", "redline.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.yml", "old.yml", "redline"]   # no staging left


def test_a_failing_render_leaves_nothing_half_written(runner, tmp_path: Path, raw_example, monkeypatch) -> None:
    import spinout.render.redline as redline

    def explode(*args) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(redline, "render_redline_pdf", explode)
    old = write_yaml(tmp_path / "old.yml", raw_example)
    result = invoke(runner, "diff", str(old), str(old), "-o", str(tmp_path / "redline"))
    assert result.exit_code == 70 and "disk on fire" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["old.yml"]


# ------------------------------------------------------------------ the files themselves


def test_docx_has_tracked_changes_with_author_and_date(runner, tmp_path: Path, raw_example) -> None:
    import docx

    _, out = run_diff(runner, tmp_path, raw_example, community_benefit)
    opened = docx.Document(str(out / "redline.docx"))
    assert opened.paragraphs[0].text == "Changes between two drafts of the rules of Riverside Care Limited"
    text = "\n".join(p.text for p in opened.paragraphs)
    assert "Draft - not legal advice" in text and "Produced by spinout" in text

    _, inserted, deleted = revisions(out / "redline.docx")
    assert inserted and deleted
    marks = inserted + deleted
    assert {m.get(f"{W}author") for m in marks} == {"spinout"}
    assert {m.get(f"{W}date") for m in marks} == {f"{raw_example['date']}T00:00:00Z"}
    ids = [m.get(f"{W}id") for m in marks]
    assert len(ids) == len(set(ids))


def test_the_same_drafts_give_the_same_bytes(runner, tmp_path: Path, raw_example) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _, first = run_diff(runner, tmp_path / "a", raw_example, quorum_of_five)
    _, second = run_diff(runner, tmp_path / "b", raw_example, quorum_of_five)
    for name in ("redline.html", "redline.docx", "redline.pdf"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_every_file_says_draft_and_who_produced_it(runner, tmp_path: Path, raw_example) -> None:
    from tests.readback import docx_text, pdf_text

    _, out = run_diff(runner, tmp_path, raw_example, quorum_of_five)
    for text in ((out / "redline.html").read_text(), docx_text(out / "redline.docx"),
                 pdf_text(out / "redline.pdf")):
        assert "Draft - not legal advice" in text and "NOT LEGAL ADVICE" in text
        assert "Produced by spinout" in text and "27 November 2026" in text


def test_hostile_text_comes_out_literally(runner, tmp_path: Path, raw_example) -> None:
    _, out = run_diff(runner, tmp_path, raw_example, hostile_name)
    html = (out / "redline.html").read_text()
    assert "Smith &amp; Sons &lt;Care&gt; {{ 7*7 }}" in html
    assert "<Care>" not in html and "Sons &lt;Care&gt; 49" not in html
    xml = document_xml(out / "redline.docx")
    assert "Smith &amp; Sons &lt;Care&gt; {{ 7*7 }}" in xml and "<Care>" not in xml
    import docx

    assert docx.Document(str(out / "redline.docx")).paragraphs[0].text.endswith(HOSTILE)


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed (.ci/run installs it)")
def test_libreoffice_converts_the_redline_docx(runner, tmp_path: Path, raw_example) -> None:
    from tests.readback import pdf_text

    _, out = run_diff(runner, tmp_path, raw_example, community_benefit)
    profile = tmp_path / "profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(out / "redline.docx")],
        capture_output=True, text=True, timeout=180,
    )
    converted = tmp_path / "redline.pdf"
    assert result.returncode == 0 and converted.exists(), result.stderr
    text = pdf_text(converted)
    assert "Changes between two drafts of the rules of Riverside Care Limited" in text
    assert "community benefit society" in text


# ------------------------------------------------------------------ the engine


def _document(*rules: tuple[str, str, str]):
    from spinout.engine.document import Document, Paragraph, Part, Rule

    built = tuple(Rule(number, clause, clause.title(), (Paragraph(f"{number}.1", text),), "")
                  for number, clause, text in rules)
    return Document("Rules of X", "X", "", "notice", "produced", (Part(1, "One", built),))


def test_renumbered_rules_are_reported_as_runs() -> None:
    from spinout.review.diff import compare, summary_lines

    old = _document(("1", "a", "Alpha."), ("2", "b", "Beta."), ("3", "c", "Gamma."))
    new = _document(("1", "x", "New."), ("2", "a", "Alpha."), ("3", "b", "Beta."), ("4", "c", "Gamma."))
    comparison = compare(old, new)
    assert [r.status for r in comparison.rules] == ["added", "unchanged", "unchanged", "unchanged"]
    assert summary_lines(comparison) == ["Rule 1 X: added as rule 1",
                                         "Renumbered: rules 1-3 are now rules 2-4"]
    assert comparison.has_changes


def test_removed_rules_keep_their_old_place() -> None:
    from spinout.review.diff import compare

    old = _document(("1", "a", "Alpha."), ("2", "b", "Beta."), ("3", "c", "Gamma."))
    new = _document(("1", "a", "Alpha, changed."), ("2", "c", "Gamma."))
    comparison = compare(old, new)
    assert [(r.clause_id, r.status, r.old_number, r.new_number) for r in comparison.rules] == [
        ("a", "changed", "1", "1"), ("b", "removed", "2", ""), ("c", "unchanged", "3", "2")]


def test_word_changes_give_back_both_texts() -> None:
    from spinout.review.diff import new_text, old_text, words_diff

    pairs = [("The quorum is 3 Members.", "The quorum is 5 Members."), ("", "Added."), ("Gone.", ""),
             ("a b c d", "x b y d e"), ("same", "same"), ("two  spaces\nand a line", "two spaces\nand a line")]
    for old, new in pairs:
        segments = words_diff(old, new)
        assert old_text(segments) == old and new_text(segments) == new
    assert [(s.op, s.text) for s in words_diff("is 3 Members", "is 5 Members")] == [
        ("equal", "is "), ("delete", "3"), ("insert", "5"), ("equal", " Members")]
