"""A Document's PDF through Typst (render/typeset.py, templates/document.typ): user text is
printed, never read as markup; long words stay on the page; a process forked after Typst
started still lays out (through a helper), with the same bytes."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import signal
import subprocess
from pathlib import Path

import pytest

from spinout.answers.resolve import load_example
from spinout.engine.assemble import assemble
from spinout.engine.document import Document, Paragraph, Part, Rule, Table
from spinout.engine.kinds import MEMBER_SUMMARIES
from spinout.render.pdf import document_page, make_pdf, pdf_bytes
from spinout.render.typeset import _column_shares

A4 = (595.28, 841.89)        # points
MM = 72 / 25.4

HOSTILE = ['#set page(width: 2cm) #read("/etc/passwd")', "$x^2$ *bold* _em_ `raw` <label> @ref",
           "{{ 7*7 }} {% if %} \\ ] [ ) ( // not a comment", '"quoted" #"string" #{1 + 1}']


def _document(texts: list[str], *, rows: tuple[tuple[str, ...], ...] = ()) -> Document:
    blocks: tuple[Paragraph | Table, ...] = tuple(Paragraph(f"1.{n}", text) for n, text in enumerate(texts, 1))
    if rows:
        blocks += (Table("A table", ("Name", "Amount"), rows, align="lr"),)
    rule = Rule("1", "a-rule", texts[0], blocks, reason="")
    return Document(title=f"Rules of {texts[0]}", society_name=texts[-1], subtitle=texts[1], notice=texts[2],
                    produced_by="spinout test", parts=(Part(1, texts[3], (rule,)),),
                    metadata={"date": "2026-11-27"})


def _words(pdf: Path) -> list[tuple[float, float, str]]:
    """Each word on each page: its left and right edges (points) and its text."""
    done = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [(float(x0), float(x1), word) for x0, x1, word in
            re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', done.stdout)]


def test_user_text_is_printed_never_read_as_markup(tmp_path: Path) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "hostile.pdf"
    pdf.write_bytes(pdf_bytes(_document(HOSTILE, rows=((HOSTILE[0], "£1"),))))
    reader = PdfReader(str(pdf))
    assert all((float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.1)
               for page in reader.pages)                     # no "#set page" took effect
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    for hostile in HOSTILE:
        assert re.sub(r"\s+", " ", hostile) in text, hostile
    assert reader.metadata.title == f"Rules of {HOSTILE[0]}"
    assert "root:" not in text                                # nothing was read from disk


@pytest.mark.skipif(not subprocess.run(["which", "pdftotext"], capture_output=True).returncode == 0,
                    reason="pdftotext is not installed (.ci/run installs it)")
def test_a_long_word_breaks_inside_the_page_and_its_table_column(tmp_path: Path) -> None:
    word = "Supercalifragilistic" * 12                     # 240 letters, no space
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(pdf_bytes(_document([word, "s", "n", "Part", word], rows=((word, "£1,000"),)), ))
    right_edge = A4[0] - 22 * MM                            # the text area's right margin
    words = _words(pdf)
    assert words and max(x1 for _, x1, _ in words) <= right_edge + 1
    # the figure column still shows its figure whole
    assert "£1,000" in {text for _, _, text in words}


def test_a_table_column_gets_at_least_its_longest_word() -> None:
    shares = _column_shares(["Member class", "Seats"], [["Worker members, who work in the service", "4"]])
    assert shares[1] >= len("Seats") + 2 and shares[0] > shares[1]
    # too wide for the line: every column keeps its longest word, the rest is shared out
    wide = _column_shares(["A", "B"], [["word " * 40, "figure " * 30]])
    assert all(share > 0 for share in wide)


def test_a_process_forked_after_typst_started_still_lays_out_the_same_bytes() -> None:
    """Typst's threads do not survive a fork: a forked child lays out through a helper process
    (it would otherwise wait for ever: the child is stopped after 60 s and the test fails)."""
    page = document_page(assemble(load_example("social-care"), kind=MEMBER_SUMMARIES))
    here = make_pdf(page)
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:                                              # pragma: no cover - the child
        os.close(reader)
        signal.alarm(60)
        try:
            same = make_pdf(page) == here
            other = make_pdf(dataclasses.replace(page, source=page.source.replace("Riverside", "Lakeside")))
            os.write(writer, b"same" if same and other != here else b"differs")
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as said:
        answer = said.read()
    os.waitpid(child, 0)
    assert answer == b"same"


def _every_kind_of_block() -> Document:
    """One of everything a Document can hold, at its edges: an empty table, a table with only
    headers and one with rows longer than its headers, a chart, a prompt, pasted text, the
    group's own words, items with a blank to write on, a rule with nothing in it, a part with
    no rules, and a signature block."""
    from spinout.engine.document import Chart, Figure, Piece, Signatory, Signatures

    chart = Chart("bars", ("2027", "2028"), (("Income", (100, 200)), ("Costs", (90, 210))), "£")
    blocks = (
        Paragraph("1.1", "Plain text\nover two lines.", items=("first", "a blank ..........", "third")),
        Table("", (), ()),
        Table("Headers only", ("A", "B"), ()),
        Table("Uneven", ("A",), (("1", "2", "3"), ("4",)), align="lrr", emphasis=(1,), note="A note."),
        Figure("A chart", chart, "Income and costs in 2027 and 2028.", width_mm=400),
        Paragraph("1.2", "What to write here.", prompt=True, box="x#y"),
        Paragraph("1.3", "Pasted\n  1. in its own words\n  2. kept", verbatim=True),
        Paragraph("1.4", "own words", words=(Piece("paragraph", "", (("Our ", False), ("words", True))),
                                             Piece("bullet", "\u2022", (("a point", False),)),
                                             Piece("number", "7.", (("seventh", False),)))),
    )
    rules = (Rule("1", "full", "Everything", blocks, reason=""), Rule("2", "empty", "Nothing", (), reason=""))
    signatures = Signatures("Signatures", "Signed by:", (Signatory("Secretary", "A. Person"), Signatory("Member 1")))
    return Document(title="Every block", society_name="", subtitle="", notice="", produced_by="",
                    parts=(Part(1, "First", rules), Part(2, "Empty", (), new_page=True)), signatures=signatures)


@pytest.mark.parametrize("variant", ["", "summary", "large-print", "unnumbered"])
def test_every_kind_of_block_is_laid_out_in_every_layout(variant: str) -> None:
    from pypdf import PdfReader

    document = _every_kind_of_block()
    document = dataclasses.replace(document, numbered=False) if variant == "unnumbered" else \
        dataclasses.replace(document, layout=variant)
    reader = PdfReader(io.BytesIO(pdf_bytes(document)))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    for words in ("Plain text", "Headers only", "Uneven", "A note.", "Figure: A chart", "To write: What to write",
                  "in its own words", "Our words", "a point", "seventh", "Nothing", "Signed by:",
                  "Name: A. Person", "Part 2: Empty" if variant != "unnumbered" else "Empty"):
        assert words in text, (variant, words)
    assert reader.metadata.title == "Every block"


def test_charts_drawn_before_a_page_goes_to_a_worker_give_the_same_pdf() -> None:
    from spinout.engine.kinds import BUSINESS_CASE
    from spinout.render.pdf import with_drawings

    page = document_page(assemble(load_example("social-care"), kind=BUSINESS_CASE))
    assert len(page.pictures) == 3 and page.drawn is None          # the charts, not yet drawn
    drawn = with_drawings(page)
    assert drawn.drawn is not None and all(png.startswith(b"\x89PNG") for png in drawn.drawn)
    assert make_pdf(drawn) == make_pdf(page)


def test_the_review_report_prints_findings_as_text_in_a_tagged_pdf(tmp_path: Path) -> None:
    from spinout.render.pdf import Page
    from spinout.render.review import REVIEW_TEMPLATE, review_source
    from spinout.review.findings import Finding, Report
    from tests.test_pdf_tags import read_tags

    report = Report((Finding("a", "warn", f"Class {HOSTILE[0]}\nsecond line", citation=HOSTILE[1]),
                     Finding("b", "pass", "Fine " + "x" * 200, subject="rule 1")))
    document = _document(HOSTILE)
    pdf = tmp_path / "review.pdf"
    pdf.write_bytes(make_pdf(Page(review_source(report, document), REVIEW_TEMPLATE)))
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    assert all(float(page.mediabox.width) == pytest.approx(A4[0], abs=0.1) for page in reader.pages)
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert f"Class {HOSTILE[0]} second line" in text and re.sub(r"\s+", " ", HOSTILE[1]) in text
    assert reader.metadata.title == f"Review: {HOSTILE[-1]}"
    _, tags = read_tags(pdf)
    assert tags.counts["/H1"] == 1 and tags.counts["/H2"] == 2 and tags.counts["/LI"] == 2
    words = _words(pdf)
    assert max(x1 for _, x1, _ in words) <= A4[0] - 22 * MM + 1           # the long word broken, on the page


def test_files_are_added_to_a_laid_out_archive_as_an_incremental_update() -> None:
    from pypdf import PdfReader

    from spinout.pack.archive import archive_attachments
    from spinout.render.pdf import carry

    page = document_page(assemble(load_example("social-care")), archive=True)
    laid_out = make_pdf(page)
    files = archive_attachments("society:\n  name: Café “Ŵ” {{ 7*7 }}\n", '{"files": {}}')
    data = carry(laid_out, page, files)
    assert data.startswith(laid_out)                          # the laid-out PDF kept, byte for byte
    assert data == make_pdf(page, files) == carry(laid_out, page, files)    # one way or the other: the same
    before, after = PdfReader(io.BytesIO(laid_out)), PdfReader(io.BytesIO(data), strict=True)
    assert {f.name: f.content for f in after.attachment_list} == {f.name: f.data for f in files}
    assert after.trailer["/ID"][0] == before.trailer["/ID"][0]
    catalog, was = after.trailer["/Root"], before.trailer["/Root"]
    assert set(catalog) == set(was) | {"/AF"} and catalog["/Lang"] == "en-GB"
    assert "/Dests" in catalog["/Names"] and len(catalog["/AF"]) == 2
    specs = {str(spec.get_object()["/F"]): spec.get_object() for spec in catalog["/AF"]}
    assert {name: str(spec["/AFRelationship"]) for name, spec in specs.items()} == {
        "answers.yml": "/Source", "manifest.json": "/Supplement"}
    stream = specs["answers.yml"]["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/application/yaml" and stream["/Params"]["/Size"] == len(files[0].data)
    assert stream["/Params"]["/ModDate"] == "D:20261127000000Z"          # the document's date, not the clock
    assert len(after.pages) == len(before.pages)
