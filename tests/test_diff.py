"""`spinout diff`: comparing two drafts document by document, the changed words in the terminal,
and the redline of the rules in HTML, PDF and DOCX (tracked changes)."""

from __future__ import annotations

import copy
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    from spinout.engine.assemble import assemble
    from tests.conftest import resolve

    return next(r.number for r in assemble(resolve(raw)).rules() if r.clause_id == clause_id)


# ------------------------------------------------------------------ the three kinds of change


def test_adding_a_member_class_changes_that_rule(runner, tmp_path: Path, raw_example) -> None:
    result, out = run_diff(runner, tmp_path, raw_example, add_member_class)
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "redline.docx", "redline.html", "redline.pdf"]
    number = rule_number(raw_example, "membership-classes")
    assert f"Rule {number} Member Classes: changed" in result.output
    assert "{+Investor members | Anyone who invests at least £100" in result.output

    html = (out / "redline.html").read_text()
    assert re.search(r"<ins>[^<]*Investor members[^<]*</ins>", html)
    _, inserted, _ = revisions(out / "redline.docx")
    assert any("Investor members" in inserted_text(mark) for mark in inserted)


def test_changing_the_quorum_marks_3_deleted_and_5_inserted(runner, tmp_path: Path, raw_example) -> None:
    result, out = run_diff(runner, tmp_path, raw_example, quorum_of_five)
    number = rule_number(raw_example, "gm-quorum")
    assert f"Rule {number} Quorum at General Meetings: changed" in result.output
    assert "The quorum is [-3-]{+5+} Members" in result.output
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
    assert f"Rule {added} Community benefit: added" in result.output
    assert f"Rule {removed} Co-operative values and principles: removed" in result.output

    html = (out / "redline.html").read_text()
    assert '<section class="rule removed">' in html and '<section class="rule added">' in html
    assert re.search(r"<del>Co-operative values and principles</del>", html)
    root, _, _ = revisions(out / "redline.docx")
    # A removed rule is deleted paragraphs, paragraph marks included; an added one, inserted.
    gone = paragraph_with(root, "The Society is a bona fide co-operative society")
    assert gone.find(f"{W}pPr/{W}rPr/{W}del") is not None and not list(gone.iter(f"{W}t"))
    new = paragraph_with(root, "The Society is a community benefit society")
    assert new.find(f"{W}pPr/{W}rPr/{W}ins") is not None


def test_a_draft_against_itself_says_so_and_writes_nothing(runner, tmp_path: Path, raw_example) -> None:
    old = write_yaml(tmp_path / "a.yml", raw_example)
    copy_of_it = write_yaml(tmp_path / "b.yml", raw_example)
    result = invoke(runner, "diff", str(old), str(copy_of_it), "-o", str(tmp_path / "redline"))
    assert result.exit_code == 0, result.output
    assert "The two drafts produce the same documents." in result.output
    assert "No redline was written." in result.output and "Wrote" not in result.output
    assert "Key:" not in result.output                 # no marks to explain
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yml", "b.yml"]


def test_a_pack_folder_is_a_draft(runner, tmp_path: Path, raw_example) -> None:
    pack = tmp_path / "pack"
    assert invoke(runner, "build", "--example", "social-care", "-o", str(pack)).exit_code == 0
    same = invoke(runner, "diff", str(pack), str(Path("examples/social-care.yml")))
    assert same.exit_code == 0 and "The two drafts produce the same documents." in same.output, same.output
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
    new = write_yaml(tmp_path / "new.yml", variant(raw_example, quorum_of_five))
    result = invoke(runner, "diff", str(old), str(new), "-o", str(tmp_path / "redline"))
    assert result.exit_code == 70 and "disk on fire" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.yml", "old.yml"]


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


# ------------------------------------------------------------------ the terminal: words that changed

ANSI = re.compile(r"\x1b\[")


def another_office(raw: dict[str, Any]) -> None:
    raw["society"]["registered_office"] = "Unit 4, Mill Lane Enterprise Centre, Northtown, NT1 2AB"


def a_bigger_contract(raw: dict[str, Any]) -> None:
    raw["business_case"]["contract_value"] = 3600000


def diff_output(runner, tmp_path: Path, raw: dict[str, Any], change: Callable, *extra: str,
                env: dict[str, str] | None = None) -> str:
    from spinout.cli import cli

    old = write_yaml(tmp_path / "old.yml", raw)
    new = write_yaml(tmp_path / "new.yml", variant(raw, change))
    result = runner.invoke(cli, ["diff", str(old), str(new), *extra], env=env or {}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def flat(text: str) -> str:
    """The output with its line wrapping undone, for looking for a phrase."""
    return " ".join(text.split())


def section(output: str, title_start: str) -> str:
    """The lines of one document's section of the output: from its title to the next blank line."""
    start = next(i for i, line in enumerate(output.splitlines()) if line.startswith(title_start))
    lines = output.splitlines()[start:]
    return "\n".join(lines[:lines.index("")] if "" in lines else lines)


def test_a_changed_figure_and_word_are_marked_in_their_rule(runner, tmp_path: Path, raw_example) -> None:
    def both(raw: dict[str, Any]) -> None:
        quorum_of_five(raw)
        another_office(raw)

    output = diff_output(runner, tmp_path, raw_example, both)
    rules = section(output, "Rules of Riverside Care Co-operative Limited")
    quorum, office = rule_number(raw_example, "gm-quorum"), rule_number(raw_example, "opening-office")
    assert f"Rule {quorum} Quorum at General Meetings: changed" in rules
    assert f"Rule {office} Registered office: changed" in rules
    assert "The quorum is [-3-]{+5+} Members" in rules
    assert "Mill Lane [-Business-]{+Enterprise+} Centre" in rules
    assert "0 rules added, 0 removed, 2 changed, 62 unchanged." in rules
    # a few words either side, not the whole rule: the quorum paragraph is cut to "..."
    line = next(line for line in rules.splitlines() if "The quorum is" in line)
    assert line.lstrip().startswith(f"{quorum}.1 ... ") and "Members or 10% of the Members, ..." in flat(rules)
    assert "Key: [-words-] are only in the old draft, {+words+} only in the new" in flat(output)
    # the office is in the registration papers too, and they are listed with it
    assert "Mill Lane [-Business-]{+Enterprise+} Centre" in section(output, "Registering Riverside")
    assert "Changed: the rules and the registration papers." in flat(output)


def test_a_business_case_change_shows_there_and_writes_no_redline(runner, tmp_path: Path, raw_example) -> None:
    output = diff_output(runner, tmp_path, raw_example, a_bigger_contract, "-o", str(tmp_path / "redline"))
    assert "Rules of Riverside Care Co-operative Limited: no changes." in output
    case = section(output, "Business case: Riverside Care Co-operative Limited")
    assert "assumes income of [-£3,480,000-]{+£3,600,000+} a year" in flat(case)
    assert "Row: Contract income | [-£3,480,000-]{+£3,600,000+} |" in case
    assert "Columns: | Year 1 | Year 2" in case                 # which column a figure is in
    assert "more rows of this table changed (not shown)" in case  # the month-by-month cash table
    assert ("Changed: the business case. The same: the rules, the registration papers and the member "
            "summaries.") in flat(output)
    assert "The rules did not change, so no redline was written (the redline covers the rules only)." in flat(output)
    assert not (tmp_path / "redline").exists()


def test_the_redline_says_what_it_covers(runner, tmp_path: Path, raw_example) -> None:
    def both(raw: dict[str, Any]) -> None:
        quorum_of_five(raw)
        a_bigger_contract(raw)

    output = diff_output(runner, tmp_path, raw_example, both, "-o", str(tmp_path / "redline"))
    assert f"Wrote the redline of the rules into {tmp_path / 'redline'}/" in flat(output)
    assert "The redline covers the rules only; the changes to the business case are listed above." in flat(output)
    assert (tmp_path / "redline" / "redline.docx").exists()


def test_member_classes_repeated_parts_compare_class_by_class(runner, tmp_path: Path, raw_example) -> None:
    output = diff_output(runner, tmp_path, raw_example, add_member_class)
    papers = section(output, "Registering Riverside")
    assert "4 sections added, 0 removed, 0 changed" in papers     # the new class's form, nothing else
    assert "Part 7: Membership application: Investor members" in papers
    summaries = section(output, "What membership means for you")
    assert "Part 5: What membership means for you: Investor members" in summaries
    assert "Your group has [-40%-]{+30%+} of the votes" in flat(summaries)


def test_piped_output_has_no_colour_and_fits_80_columns(runner, tmp_path: Path, raw_example) -> None:
    output = diff_output(runner, tmp_path, raw_example, add_member_class)
    assert not ANSI.search(output) and "[-" in output and "{+" in output
    too_wide = [line for line in output.splitlines() if len(line) > 80 and str(tmp_path) not in line]
    assert not too_wide
    no_colour = diff_output(runner, tmp_path, raw_example, add_member_class, env={"NO_COLOR": "1"})
    assert no_colour == output


def test_colour_only_on_a_terminal_without_no_color(monkeypatch) -> None:
    import sys

    from spinout.cli import _terminal_layout

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    assert _terminal_layout() == (120, True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert _terminal_layout() == (120, False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert _terminal_layout() == (80, False)


def test_colour_is_added_to_the_marks_never_instead(raw_example) -> None:
    from spinout.render.worddiff import format_pack_diff
    from spinout.review.diff import compare_packs

    old, new = _pack_documents(raw_example), _pack_documents(variant(raw_example, quorum_of_five))
    comparison = compare_packs(old, new)
    plain = format_pack_diff(comparison, width=100)
    coloured = format_pack_diff(comparison, width=100, colour=True)
    assert any(ANSI.search(line) for line in coloured)
    assert [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in coloured] == plain
    assert "\x1b[31m[-3-]\x1b[0m\x1b[32m{+5+}\x1b[0m" in "\n".join(coloured)


def _pack_documents(raw: dict[str, Any]):
    from spinout.engine.assemble import assemble
    from spinout.engine.kinds import pack_kinds
    from tests.conftest import resolve

    answers = resolve(raw)
    return {kind: assemble(answers, kind=kind) for kind in pack_kinds(answers)}


def test_a_switch_to_a_trust_outline_is_listed_by_document(raw_example) -> None:
    import yaml

    from spinout.render.worddiff import format_pack_diff
    from spinout.review.diff import compare_packs

    trust = yaml.safe_load(Path("examples/school-trust.yml").read_text())
    comparison = compare_packs(_pack_documents(raw_example), _pack_documents(trust))
    assert [(d.kind.key, d.status) for d in comparison.documents] == [
        ("trust-outline", "added"), ("business-case", "compared"), ("rules", "removed"),
        ("registration", "removed"), ("member-summaries", "removed")]
    text = flat("\n".join(format_pack_diff(comparison)))
    assert "only the new draft produces this document." in text
    assert "Rules of Riverside Care Co-operative Limited: only the old draft produces this document." in text
    assert ("Changed: the business case. Only the new draft has: the trust outline. Only the old draft has: "
            "the rules, the registration papers and the member summaries.") in text


# ------------------------------------------------------------------ hostile text and the marks


def parse_marks(text: str) -> tuple[str, str]:
    """The old and new text back from one line of marks, reading escapes as the key says."""
    old, new, mode, i = [], [], "equal", 0
    closers = {"delete": "-]", "insert": "+}"}
    while i < len(text):
        two = text[i:i + 2]
        if text[i] == "\\":
            code = text[i + 1]
            size = {"x": 2, "u": 4, "U": 8}.get(code, 0)
            char = chr(int(text[i + 2:i + 2 + size], 16)) if size else code
            i += 2 + size
        elif mode == "equal" and two in ("[-", "{+"):
            mode, i = ("delete" if two == "[-" else "insert"), i + 2
            continue
        elif mode != "equal" and two == closers[mode]:
            mode, i = "equal", i + 2
            continue
        else:
            char, i = text[i], i + 1
        if mode != "insert":
            old.append(char)
        if mode != "delete":
            new.append(char)
    assert mode == "equal", f"a mark left open in {text!r}"
    return "".join(old), "".join(new)


HOSTILE_PAIRS = [
    ("Smith [-and-] Sons {+Ltd+}", "Smith -] and [- Sons +} {+"),
    ("a\\b [x] {y} \\-", "a\\\\b [-] {+} -\\"),
    ("-", "+"), ("x[", "x{"), ("[", "-"), ("--]", "[--"), ("end-", "end+"), ("[-", "{+"), ("-]", "+}"),
    ("<b>bold</b> & {{ 7*7 }} <script>", "<i>x</i> &amp; {% raw %}"),
    ("word " + "w" * 300 + " end", "word " + "v" * 300 + " end"),
    ("escape \x1b[31m code", "override \u202e text \U000e0001 tag"),
]


@pytest.mark.parametrize("old, new", HOSTILE_PAIRS)
def test_hostile_text_never_breaks_the_marks(old: str, new: str) -> None:
    from spinout.render.worddiff import format_segments
    from spinout.review.diff import words_diff

    shown = format_segments(words_diff(old, new))
    assert "\x1b" not in shown and "\u202e" not in shown
    assert parse_marks(shown) == (old, new)


def test_long_words_wrap_without_splitting_a_mark() -> None:
    from spinout.render.worddiff import Layout, format_segments
    from spinout.review.diff import words_diff

    segments = words_diff("x " + "w" * 200 + "[", "x {" + "v" * 150)
    lines = Layout(width=40).lines(segments, "line")
    assert all(len(line) <= 40 for line in lines) and len(lines) > 5
    joined = "".join(line.strip() for line in lines)
    assert joined == format_segments(segments).replace(" ", "")
    for mark in ("[-", "-]", "{+", "+}", "\\"):
        assert sum(line.count(mark) for line in lines) == joined.count(mark)


def test_hostile_society_name_through_the_command(runner, tmp_path: Path, raw_example) -> None:
    name = "Smith [-and-] {+Sons+} <b>x</b> \\ Care " + "W" * 100 + " Limited"
    output = diff_output(runner, tmp_path, raw_example, lambda raw: raw["society"].update(name=name))
    assert "A backslash keeps text apart from the marks" in flat(output)
    assert "2.1 The name of the Society is [-Riverside-]{+Smith [\\-and\\-] {\\+Sons\\+} <b>x</b> \\\\+} Care" \
        in flat(output)
    assert all(len(line) <= 80 for line in output.splitlines() if str(tmp_path) not in line)


# ------------------------------------------------------------------ the engine, document by document


def test_a_table_note_is_compared() -> None:
    from spinout.engine.document import Document, Part, Rule, Table
    from spinout.render.redline import render_redline_html
    from spinout.review.diff import compare

    def document(note: str) -> Document:
        table = Table("Costs", ("Item", "Cost"), (("Rent", "£100"),), note=note)
        return Document("Plan", "X", "", "notice", "produced", (Part(1, "One", (Rule("1", "a", "A", (table,), ""),)),),
                        unit="section")

    comparison = compare(document("Figures before VAT."), document("Figures after VAT."))
    line = next(line for line in comparison.rules[0].lines if line.kind == "note")
    assert line.status == "changed"
    html = render_redline_html(comparison, document("Figures before VAT."), document("Figures after VAT."))
    assert re.search(r'<p class="table-note changed">Figures ?<del> ?before</del><ins> ?after</ins> ?VAT.</p>', html)
