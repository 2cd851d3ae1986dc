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
from tests.webtools import web  # noqa: F401  (the fixture)

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


def test_a_malformed_box_id_or_words_that_are_not_text_are_plain_answers_errors(tmp_path: Path, raw_example,
                                                                                runner) -> None:
    raw = _with_words(raw_example, {"bad key": "x", PAYERS: ["a", "list"]})
    result = invoke(runner, "check", str(write_yaml(tmp_path / "a.yml", raw)))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "should be the id of a \"To write\" box, such as business-case/market#payers" in result.output
    assert f"own_words.{PAYERS}: should be text" in result.output


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


def test_the_five_case_table_says_a_case_is_answered_once_its_boxes_are_written(raw_example) -> None:
    raw_example["business_case"]["five_case"] = True

    def answered(document) -> dict[str, str]:
        table = next(b for rule in document.rules() for b in rule.blocks
                     if getattr(b, "caption", "") == "The five-case model")
        return {row[0]: row[3] for row in table.rows}

    none = answered(_document(raw_example))
    assert none["Strategic case"] == none["Commercial case"] == "In part: prompts for the group to write"
    boxes = [b.box for b in _boxes(_document(raw_example))]
    strategic = {box: "Ours." for box in boxes if box.split("/")[1].split("#")[0] in ("context", "vision")}
    some = answered(_document(_with_words(raw_example, strategic)))
    assert some["Strategic case"] == "Yes: in the group's own words"
    assert some["Commercial case"] == "In part: prompts for the group to write"


def _hostile() -> str:
    long_line = "word " * 400
    return ("Costs {{ 7*7 }} & <b>x</b> <script>alert(1)</script>\r\n"
            "**unclosed and {% if true %}yes{% endif %}\r\n\r\n"
            f"- \tfirst **bold item**\r\n- {long_line}\r\n\r\n"
            "1. [link](http://example.com) # not a heading\r\n")


def test_hostile_words_appear_literally_in_every_format(tmp_path: Path, raw_example) -> None:
    from spinout.render.docx import render_docx
    from spinout.render.markdown import render_markdown
    from spinout.render.pdf import render_pdf

    document = _document(_with_words(raw_example, {PAYERS: _hostile()}))
    markdown = render_markdown(document)
    shown = markdown_html(markdown)
    assert "Costs {{ 7*7 }} &amp; &lt;b&gt;x&lt;/b&gt; &lt;script&gt;" in shown and "<script>" not in shown
    assert "**unclosed and {% if true %}yes{% endif %}" in shown
    assert "<li>first <strong>bold item</strong></li>" in shown
    assert "[link](http://example.com) # not a heading" in shown and "<a href" not in shown

    render_docx(document, tmp_path / "case.docx")
    paragraphs = docx_paragraphs(tmp_path / "case.docx")
    assert "Costs {{ 7*7 }} & <b>x</b> <script>alert(1)</script> **unclosed and {% if true %}yes{% endif %}" \
        in paragraphs
    assert "\u2022\tfirst bold item" in paragraphs and "1.\t[link](http://example.com) # not a heading" in paragraphs
    assert _bold_runs(tmp_path / "case.docx") >= {"bold item"}

    render_pdf(document, tmp_path / "case.pdf")
    # the page furniture read out where a page breaks in the long line taken away
    text = re.sub(r" Draft - not legal advice Page \d+ of \d+ Riverside Care Co-operative Limited", "",
                  pdf_text(tmp_path / "case.pdf"))
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


# ------------------------------------------------------------------ the interview, the terminal and the web


def _interview(raw: dict[str, Any], **notes: Any):
    from spinout.interview import Interview, State

    return Interview(State(copy.deepcopy(raw), dict(notes)), complete_file=True)


def test_the_interview_asks_each_box_of_this_pack_once_the_group_chooses_to() -> None:
    from spinout.answers.model import Answers
    from spinout.engine.assemble import assemble
    from spinout.engine.kinds import pack_kinds
    from tests.test_interview import GIVEN, reply, started

    interview = started()
    while interview.current.key != "wizard.own_words":          # the last question but the boxes
        interview.answer(reply(interview, GIVEN))
    assert interview.page().value is False                      # "later" is what Enter gives
    interview.answer(True)

    answers = Answers.model_validate(interview.state.merged())
    notes = {b.box: b.text for kind in pack_kinds(answers) for rule in assemble(answers, kind=kind).rules()
             for b in rule.blocks if getattr(b, "prompt", False)}
    asked = []
    while interview.current is not None:
        page = interview.page()
        assert page.question.kind == "words" and page.question.optional
        box = page.question.key.removeprefix("own_words.")
        assert page.hint == notes[box] and page.prompt.startswith(("The business case, ", "The registration papers, "))
        asked.append(box)
        outcome = interview.answer("Our **pitch**.\r\n\r\n- one" if box == PITCH else "")   # blank: write later
        assert outcome.accepted, outcome.problem
    assert asked == list(notes) and "business-case/market#school-place" not in asked   # a trust's box, not this pack's
    assert interview.state.answers["own_words"][PITCH] == "Our **pitch**.\n\n- one"
    item = next(i for s in interview.review() for i in s.items if i.key == f"own_words.{PITCH}")
    assert item.lines == ("Our **pitch**.", "- one")
    assert Answers.model_validate(interview.state.merged()).own_words == {PITCH: "Our **pitch**.\n\n- one"}


def test_a_whole_file_goes_to_the_review_where_its_boxes_can_be_changed(raw_example) -> None:
    interview = _interview(_with_words(raw_example, {MINUTES: "Asha"}))
    assert interview.complete                                   # boxes left out never stop a build
    own = next(s for s in interview.review() if s.title == "Your own words")
    keys = [item.key for item in own.items]
    assert keys[0] == "wizard.own_words" and f"own_words.{PITCH}" in keys and f"own_words.{MINUTES}" in keys
    interview.change(f"own_words.{PITCH}")
    interview.answer("Our pitch.")
    assert interview.complete and interview.state.answers["own_words"] == {MINUTES: "Asha", PITCH: "Our pitch."}
    assert _interview(raw_example).review()[-1].items[0].lines == ("No",)   # a file without words: later


def test_a_box_question_shows_the_note_as_text_never_as_a_template(raw_example) -> None:
    raw = _with_words(raw_example, {})
    raw["service"]["parent_body"] = "{{ 7*7 }} Council"
    interview = _interview(raw, own_words=True)
    hints = [interview.page(q).hint for q in interview.applicable() if q.kind == "words"]
    assert any("{{ 7*7 }} Council" in hint for hint in hints) and not any("49 Council" in h for h in hints)


def test_the_terminal_takes_several_lines_for_a_box(tmp_path: Path) -> None:
    from tests import wizard_keys as k

    # the whole run, then yes to the boxes, three lines in the first (Esc then Enter finishes), then stop
    keys = (k.SERVICE + k.SOCIETY_START + k.NAME + k.OFFICE + k.TYPICAL_REST + k.FOUNDERS + k.PREPARED_BY[:-1]
            + [k.UP + k.ENTER, "Our **pitch**.", k.ENTER, k.ENTER, "- one", "\x1b", k.ENTER, k.CTRL_C])
    run = k.drive(tmp_path, keys, capture_screen=True)
    assert "Esc then Enter finishes" in run.screen and run.stopped is not None
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    assert saved["own_words"] == {PITCH: "Our **pitch**.\n\n- one"}


def test_a_textarea_answer_in_the_web_lands_in_the_next_build(web: Any, raw_example) -> None:  # noqa: F811
    import io
    import zipfile
    from urllib.parse import quote

    upload = io.BytesIO(yaml.safe_dump(raw_example).encode())
    upload.name = "answers.yml"
    check_url = web.post("/drafts/import/", {"answers_file": upload})["Location"]
    check = web.get(check_url).content.decode()
    assert "Write the &#34;To write&#34; boxes now" in check or "Write the &quot;To write&quot; boxes now" in check
    gate = check_url.replace("/check/", "/questions/wizard.own_words/")
    response = web.post(gate, {"answer": "0", "change": "1"})            # Yes is the first choice
    assert response["Location"] == check_url                    # a whole file: the boxes are on the check page
    box_url = check_url.replace("/check/", f"/questions/own_words.{quote(PITCH, safe='/')}/")
    assert f'href="{box_url}?change=1"' in web.get(check_url).content.decode()
    page = web.get(box_url + "?change=1").content.decode()
    assert '<textarea class="govuk-textarea" id="answer" name="answer"' in page and "Your pitch" in page
    response = web.post(box_url, {"answer": "Our **pitch** & <b>plan</b>.\r\n\r\n- one\r\n- two", "change": "1"})
    assert response["Location"] == check_url
    built = web.post(check_url.replace("/check/", "/build/"))
    assert built.status_code == 302
    with zipfile.ZipFile(io.BytesIO(web.get(built["Location"] + "pack.zip").content)) as archive:
        markdown = archive.read("pack/business-case.md").decode()
        assert "Our **pitch** & \\<b\\>plan\\</b\\>.\n\n- one\n- two" in markdown
        path = Path(__import__("tempfile").mkdtemp()) / "case.docx"
        path.write_bytes(archive.read("pack/business-case.docx"))
    assert "Our pitch & <b>plan</b>." in docx_paragraphs(path)
