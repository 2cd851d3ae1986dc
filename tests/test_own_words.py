"""The group's own words: every "To write" box is an answer (own_words), rendered in place of
the box in every format, kept by a rebuild, and never read as markup or template code."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import invoke, resolve, write_yaml
from tests.readback import docx_paragraphs, docx_text, markdown_html, normalise, pdf_text

PAYERS = "business-case/market#payers"
PITCH = "business-case/summary#pitch"
MINUTES = "registration/founding-minutes#first-directors"


def _with_words(raw: dict[str, Any], words: dict[str, str]) -> dict[str, Any]:
    raw = copy.deepcopy(raw)
    raw["own_words"] = words
    return raw


def _document(raw: dict[str, Any], kind: str = "business-case"):
    from spinout.engine.assemble import assemble
    from spinout.engine.kinds import ALL_KINDS

    return assemble(resolve(raw), kind=next(k for k in ALL_KINDS if k.key == kind))


# ------------------------------------------------------------------ reading the text


def test_markdown_lite_reads_paragraphs_lists_and_bold() -> None:
    from spinout.engine.words import read_words

    pieces = read_words("First **bold** line\ncarries on.\n\n- one\n- **two**\n\n3. three\n4) four\n\nEnd")
    assert [(p.kind, p.label) for p in pieces] == [("paragraph", ""), ("bullet", "\u2022"), ("bullet", "\u2022"),
                                                   ("number", "3."), ("number", "4."), ("paragraph", "")]
    assert pieces[0].runs == (("First ", False), ("bold", True), (" line carries on.", False))
    assert pieces[2].runs == (("two", True),)


@pytest.mark.parametrize("text, runs", [
    ("**unclosed", (("**unclosed", False),)),
    ("a ** b ** c", (("a ** b ** c", False),)),          # stars with spaces inside are not bold
    ("<b>x</b> & {{ 7*7 }}", (("<b>x</b> & {{ 7*7 }}", False),)),
    ("# heading [link](http://x)", (("# heading [link](http://x)", False),)),
])
def test_everything_but_bold_is_the_groups_text(text: str, runs: tuple[tuple[str, bool], ...]) -> None:
    from spinout.engine.words import read_words

    assert read_words(text)[0].runs == runs


def test_windows_line_endings_and_tabs_are_read_as_breaks_and_spaces() -> None:
    from spinout.engine.words import read_words

    pieces = read_words("one\r\ntwo\r\n\r\n-\titem\r\n")
    assert [p.plain() for p in pieces] == ["one two", "\u2022 item"]


# ------------------------------------------------------------------ the library and the answers


def _library(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "10-part.yml").write_text(
        "part: {key: p, title: P, order: 10}\nclauses:\n  - id: c\n    title: C\n    order: 10\n"
        "    guidance: Guidance long enough to pass the check.\n    body:\n" + body)
    return folder


def test_the_library_refuses_a_prompt_without_an_id(tmp_path: Path) -> None:
    from spinout.engine.library import load_library
    from spinout.errors import LibraryError

    folder = _library(tmp_path, "      - text: Hello.\n      - prompt: Write here.\n")
    with pytest.raises(LibraryError) as caught:
        load_library(folder)
    assert re.search(r"10-part\.yml line 9: .*a prompt needs an id", str(caught.value))


def test_the_library_refuses_an_id_used_twice_in_a_clause(tmp_path: Path) -> None:
    from spinout.engine.library import load_library
    from spinout.errors import LibraryError

    folder = _library(tmp_path, "      - id: a\n        prompt: One.\n      - id: a\n        prompt: Two.\n")
    with pytest.raises(LibraryError) as caught:
        load_library(folder)
    assert re.search(r"10-part\.yml line 10: clause c: id 'a' is used twice", str(caught.value))


def test_every_prompt_of_the_shipped_library_has_an_id_of_its_own() -> None:
    from spinout.engine.assemble import all_boxes

    boxes = all_boxes()
    assert len(boxes) == len(set(boxes)) > 40
    assert PAYERS in boxes and MINUTES in boxes


def test_an_unknown_box_is_an_error_naming_it_and_the_boxes(tmp_path: Path, raw_example, runner) -> None:
    answers = write_yaml(tmp_path / "a.yml", _with_words(raw_example, {"business-case/market#payer": "x"}))
    result = invoke(runner, "build", str(answers), "-o", str(tmp_path / "pack"), "--no-pdf")
    assert result.exit_code == 2, result.output
    assert "own_words.business-case/market#payer" in result.output
    assert f"did you mean {PAYERS}?" in result.output and PITCH in result.output
    assert "Traceback" not in result.output and not (tmp_path / "pack").exists()


def test_a_blank_answer_leaves_the_box_to_write(raw_example) -> None:
    answers = resolve(_with_words(raw_example, {PAYERS: "  \r\n "}))
    assert answers.own_words == {}


# ------------------------------------------------------------------ the documents


def _boxes(document) -> list[Any]:
    return [b for rule in document.rules() for b in rule.blocks if getattr(b, "box", "")]


def test_an_answered_box_is_printed_in_place_of_its_note(raw_example) -> None:
    document = _document(_with_words(raw_example, {PAYERS: "The council pays."}))
    payers = next(b for b in _boxes(document) if b.box == PAYERS)
    assert not payers.prompt and payers.text == "The council pays."
    assert all(b.prompt for b in _boxes(document) if b.box != PAYERS)


def test_the_words_about_boxes_stay_true_with_none_some_and_all_written(raw_example) -> None:
    from spinout.engine.kinds import BUSINESS_CASE

    def summary(document) -> str:
        return next(b.text for b in document.rules()[0].blocks if "drafted by software" in getattr(b, "text", ""))

    none = _document(raw_example)
    assert "Every \"To write\" box needs" in summary(none) and none.notice == BUSINESS_CASE.notice
    assert "To write" in none.subtitle
    some = _document(_with_words(raw_example, {PAYERS: "The council pays."}))
    assert "Every \"To write\" box needs" in summary(some) and some.notice == BUSINESS_CASE.notice
    every = {box.box: f"Words for {box.box}." for box in _boxes(none)}
    written = _document(_with_words(raw_example, every))
    assert not any(b.prompt for b in _boxes(written))
    assert "To write" not in summary(written) and "own words" in summary(written)
    assert "To write" not in written.notice and "To write" not in written.subtitle
    assert "accountant" in summary(written) and "accountant" in written.notice


def _hostile() -> str:
    long_line = "word " * 400
    return ("Costs {{ 7*7 }} & <b>x</b> <script>alert(1)</script>\r\n"
            "**unclosed and {% if true %}yes{% endif %}\r\n\r\n"
            f"- \tfirst **bold item**\r\n- {long_line}\r\n\r\n"
            "1. [link](http://example.com) # not a heading\r\n")


def test_hostile_words_appear_literally_in_every_format(tmp_path: Path, raw_example) -> None:
    from spinout.render.docx import render_docx
    from spinout.render.html import build_html
    from spinout.render.markdown import render_markdown
    from spinout.render.pdf import render_pdf

    document = _document(_with_words(raw_example, {PAYERS: _hostile()}))
    markdown = render_markdown(document)
    shown = markdown_html(markdown)
    assert "Costs {{ 7*7 }} &amp; &lt;b&gt;x&lt;/b&gt; &lt;script&gt;" in shown and "<script>" not in shown
    assert "**unclosed and {% if true %}yes{% endif %}" in shown
    assert "<li>first <strong>bold item</strong></li>" in shown
    assert "[link](http://example.com) # not a heading" in shown and "<a href" not in shown

    html = build_html(document)
    assert "Costs {{ 7*7 }} &amp; &lt;b&gt;x&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<li>first <strong>bold item</strong></li>' in html and '<li value="1">[link]' in html

    render_docx(document, tmp_path / "case.docx")
    paragraphs = docx_paragraphs(tmp_path / "case.docx")
    assert "Costs {{ 7*7 }} & <b>x</b> <script>alert(1)</script> **unclosed and {% if true %}yes{% endif %}" \
        in paragraphs
    assert "\u2022\tfirst bold item" in paragraphs and "1.\t[link](http://example.com) # not a heading" in paragraphs
    assert _bold_runs(tmp_path / "case.docx") >= {"bold item"}

    render_pdf(document, tmp_path / "case.pdf")
    text = pdf_text(tmp_path / "case.pdf")
    assert "Costs {{ 7*7 }} & <b>x</b> <script>alert(1)</script> **unclosed" in text
    assert normalise("word " * 400) in text


def _bold_runs(path: Path) -> set[str]:
    import docx

    return {run.text for p in docx.Document(str(path)).paragraphs for run in p.runs if run.bold}


def test_a_rebuild_keeps_the_words_in_every_format(tmp_path: Path, raw_example, runner) -> None:
    """Build, answer two boxes in the pack's answers.yml, rebuild: the words are in the
    Markdown, Word and PDF files of the business case and registration papers, and in the word diff."""
    first = tmp_path / "first"
    answers = write_yaml(tmp_path / "a.yml", raw_example)
    assert invoke(runner, "build", str(answers), "-o", str(first), "--no-pdf").exit_code == 0
    written = yaml.safe_load((first / "answers.yml").read_text())
    written["own_words"] = {PAYERS: "The **council** buys 130,000 hours a year.\n\n- self-funders: 20",
                            MINUTES: "1. Asha Patel (workers)\n2. Tom Reed (supported)"}
    again = write_yaml(tmp_path / "b.yml", written)
    second = tmp_path / "second"
    result = invoke(runner, "build", str(again), "-o", str(second))
    assert result.exit_code == 0, result.output
    assert yaml.safe_load((second / "answers.yml").read_text())["own_words"] == written["own_words"]

    case_md = (second / "business-case.md").read_text()
    assert "The **council** buys 130,000 hours a year.\n\n- self-funders: 20" in case_md
    assert "1. Asha Patel (workers)\n2. Tom Reed (supported)" in (second / "registration.md").read_text()
    assert "Who will pay for the service?" not in case_md
    for stem, words in (("business-case", "The council buys 130,000 hours a year."),
                        ("registration", "Asha Patel (workers)")):
        assert words in docx_text(second / f"{stem}.docx")
        assert words in pdf_text(second / f"{stem}.pdf")
    assert "council" in _bold_runs(second / "business-case.docx")

    diff = invoke(runner, "diff", str(answers), str(again))
    assert diff.exit_code == 0
    plain = re.sub(r"\x1b\[[0-9;]*m", "", diff.output)
    assert "{+The council buys 130,000 hours a year.+}" in plain and "Asha Patel" in plain


def test_an_edited_pack_says_how_to_carry_the_words_into_the_answers(tmp_path: Path, raw_example, runner) -> None:
    import docx

    answers = write_yaml(tmp_path / "a.yml", raw_example)
    pack = tmp_path / "pack"
    assert invoke(runner, "build", str(answers), "-o", str(pack), "--no-pdf").exit_code == 0
    edited = docx.Document(str(pack / "business-case.docx"))
    box = next(p for p in edited.paragraphs if p.text.startswith("To write: Who will pay"))
    box.text = "The council pays for it."
    edited.save(str(pack / "business-case.docx"))
    result = invoke(runner, "build", str(answers), "-o", str(pack), "--no-pdf", "--force")
    assert result.exit_code == 2
    assert "business-case.docx" in result.output and "own_words" in result.output
    assert "spinout new --resume" in result.output and "web app" in result.output
    assert f"seem to be: {PAYERS}." in result.output
