"""The business case's charts (readable at print size, never clipped, the same bytes every
time) and its tables in every format (figures set right, totals in bold, a note under the
table), with the figures' alt text in the DOCX."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from spinout.engine.document import Chart, Document, Figure, Paragraph, Part, Rule, Table
from spinout.render import chart

YEARS = tuple(f"Year {n}" for n in range(1, 6))
SOCIAL_CARE = {      # the social-care example's figures (recurring income and costs, surplus, cash)
    "income": [3490000, 3594700, 3702541, 3813617, 3928025],
    "costs": [3342130, 3442836, 3546532, 3653294, 3763224],
    "one_off": [138000, 0, 0, 0, 0],
    "surplus": [84504, 115370, 118417, 121587, 124879],
    "cash": [52082, 158289, 256354, 356399, 458451],
}
HOSTILE = {          # £6bn income, a £1.2m deficit, a tiny surplus, cash below zero
    "income": [6_000_000_000, 6_100_000_000, 6_200_000_000, 6_300_000_000, 6_400_000_000],
    "costs": [5_999_000_000, 6_099_000_000, 6_199_000_000, 6_299_000_000, 6_399_000_000],
    "one_off": [1_500_000, 0, 0, 0, 0],
    "surplus": [-1_234_567, 441, 453, -15_320, 482],
    "cash": [-1_234_567, -1_234_126, -1_233_673, -1_248_993, -1_248_511],
}
ALL_NEGATIVE = {k: [-abs(v) - 1 for v in values] for k, values in SOCIAL_CARE.items()}
TORNADO = [("Losing the main contract at its first re-tender", -2_950_000), ("Contract price: 10% lower", -1_653_541),
           ("Volume: 10% more units", 405_000), ("Overheads: 10% higher", -148_088), ("Late payment", 0)]


def bars(values, **kw):
    series = (("Recurring income", values["income"]), ("Recurring costs", values["costs"]),
              ("One-off start-up costs", values["one_off"]))
    return chart.draw_bars(YEARS, series, axis_title="£, cash terms", **kw)


def results(values, **kw):
    return chart.draw_results(YEARS, ("Surplus (deficit) after tax", values["surplus"]),
                              ("Cash at the year end", values["cash"]), axis_title="£, cash terms", **kw)


def tornado(items, **kw):
    return chart.draw_tornado(items, axis_title="Change in the five-year result, £", **kw)


CANVASES = {
    "bars, social care": lambda: bars(SOCIAL_CARE),
    "bars, £6bn": lambda: bars(HOSTILE),
    "bars, all negative": lambda: bars(ALL_NEGATIVE),
    "results, social care": lambda: results(SOCIAL_CARE),
    "results, £6bn and deficits": lambda: results(HOSTILE),
    "results, all negative": lambda: results(ALL_NEGATIVE),
    "tornado, social care": lambda: tornado(TORNADO),
    "tornado, £6bn both ways": lambda: tornado([("Pay award", -6_000_000_000), ("Price", 6_000_000_000),
                                                 ("Volume", -50)]),
    "tornado, 80 mm wide": lambda: tornado(TORNADO, width_mm=80),
}


# ---------------------------------------------------------------- charts

def test_the_three_charts_are_pngs_of_the_printed_size_and_the_same_bytes_twice() -> None:
    calls = {
        "bars": lambda: chart.bars_png(YEARS, (("Income", SOCIAL_CARE["income"]), ("Costs", SOCIAL_CARE["costs"])),
                                       axis_title="£, cash terms"),
        "results": lambda: chart.results_png(YEARS, ("Surplus", SOCIAL_CARE["surplus"]), ("Cash", SOCIAL_CARE["cash"]),
                                             axis_title="£, cash terms"),
        "tornado": lambda: chart.tornado_png(TORNADO, axis_title="£ change"),
    }
    from PIL import Image

    for name, call in calls.items():
        first, second = call(), call()
        assert first.startswith(b"\x89PNG\r\n\x1a\n"), name
        assert first == second, f"{name}: not the same bytes on a second call"
        image = Image.open(io.BytesIO(first))
        assert image.width == round(155 / 25.4 * chart.DPI), name      # 155 mm at 300 dpi
        if name != "tornado":
            assert image.height == chart.mm(155 * 0.58), name
        assert round(image.info["dpi"][0]) == chart.DPI


@pytest.mark.parametrize("name", CANVASES)
def test_every_text_is_inside_the_image_unclipped_and_at_least_9_pt(name: str) -> None:
    canvas = CANVASES[name]()
    assert canvas.texts
    width_mm = 80 if "80 mm" in name else 155
    pixels_a_point = canvas.width / (width_mm / 25.4) / 72
    for text in canvas.texts:
        left, top, right, bottom = text.box
        assert 0 < left and right < canvas.width and 0 < top and bottom < canvas.height, f"{text.text!r} clipped"
        assert text.size / pixels_a_point >= 9, f"{text.text!r} is {text.size / pixels_a_point:.1f} pt when printed"
    # and the image's outer edge is blank: nothing runs off it
    pixels = canvas.image.load()
    edge = [pixels[x, y] for x in (0, 1, canvas.width - 2, canvas.width - 1) for y in range(canvas.height)]
    edge += [pixels[x, y] for y in (0, 1, canvas.height - 2, canvas.height - 1) for x in range(canvas.width)]
    assert set(edge) == {(255, 255, 255)}


@pytest.mark.parametrize("name", CANVASES)
def test_no_two_labels_overlap(name: str) -> None:
    texts = CANVASES[name]().texts
    for n, a in enumerate(texts):
        for b in texts[n + 1:]:
            assert not chart._overlaps(a.box, b.box), f"{a.text!r} overlaps {b.text!r}"


def test_the_left_margin_fits_the_widest_tick_label() -> None:
    texts = [t.text for t in bars(HOSTILE).texts]
    assert "£6,000,000,000" in texts                    # the whole label, £ sign and all
    labels = [t.text for t in results(HOSTILE).texts]
    assert "-£1.23m" in labels and "£441" in labels and "-£15,320" in labels
    wide = [t for t in tornado([("Price", -1_234_567), ("Pay", 6_000_000_000)]).texts]
    assert {"-£1,234,567", "£6,000,000,000"} <= {t.text for t in wide}


def test_every_value_is_labelled_on_the_results_chart() -> None:
    labels = {t.text for t in results(SOCIAL_CARE).texts}
    assert {chart.short_pounds(v) for v in SOCIAL_CARE["surplus"] + SOCIAL_CARE["cash"]} <= labels
    assert chart.short_pounds(1_052_555) == "£1.05m" and chart.short_pounds(-50_240_000) == "-£50.2m"
    assert chart.short_pounds(9_995_000) == "£10.0m" and chart.short_pounds(999_600_000) == "£1.00bn"


def test_the_axis_goes_below_zero_only_as_far_as_the_data_needs() -> None:
    # direct payments: a deficit of £15,320 beside income of £440,000 (a step of £100,000)
    canvas = chart.draw_bars(YEARS, (("Surplus", [-15_320, 440_000, 0, 0, 0]),), axis_title="£")
    negative_ticks = [t.text for t in canvas.texts if t.text.startswith("-£")]
    assert negative_ticks == []                          # not padded to -£100,000
    zero = next(t for t in canvas.texts if t.text == "£0")
    lowest = max(t.box[3] for t in canvas.texts if t.text.startswith("£") and "," in t.text)
    assert zero.box[3] >= lowest


def test_tornado_keeps_the_order_given_and_puts_losses_left_of_gains() -> None:
    texts = tornado(TORNADO).texts
    names = [t for t in texts if t.text in {name.split()[0] for name, _ in TORNADO} or t.text.startswith(("Losing",
             "Contract", "Volume", "Overheads", "Late"))]
    assert [t.text.split()[0] for t in sorted(names, key=lambda t: t.box[1])] == [n.split()[0] for n, _ in TORNADO]
    loss = next(t for t in texts if t.text == "-£1,653,541")
    gain = next(t for t in texts if t.text == "£405,000")
    assert loss.box[2] < gain.box[0]


def test_series_differ_by_pattern_not_colour_alone() -> None:
    tiles = [chart._pattern(60, 60, style) for style in range(3)]
    counts = [len(tile.getcolors(1 << 16)) for tile in tiles]
    assert counts[0] == 1 and counts[1] > 1 and counts[2] > 1          # solid, hatched, cross-hatched
    assert chart.STYLES[0][0] == (0, 114, 178) and chart.STYLES[1][0] == (230, 159, 0)


# ---------------------------------------------------------------- tables in every format

def tiny_document(chart_data: Chart) -> Document:
    table = Table(
        "Cash by <year> & more",
        ("Line", "Year 1", "Year 2"),
        (("Income", "£1,000", "£2,000"), ("Costs", "-£500", ""), ("Total *all*", "£500", "£2,000")),
        align="lrr",
        emphasis=(2,),
        note="Figures are whole pounds <b>rounded</b> & *not* audited.",
    )
    figure = Figure("Surplus and cash", chart_data, alt="Year 1: surplus £500; Year 2: surplus £2,000", width_mm=120)
    plain = Table("Plain", ("A", "B"), (("x", "y"),))
    blocks = (Paragraph("1.1", "The money."), table, plain, figure)
    return Document(
        title="Business case of Tiny Co-operative Limited",
        society_name="Tiny Co-operative Limited",
        subtitle="A test",
        notice="Draft.",
        produced_by="spinout tests",
        parts=(Part(1, "Finance", (Rule("1", "finance", "Money", blocks, reason=""),)),),
        metadata={"date": "2026-01-01"},
    )


@pytest.fixture(scope="module")
def document() -> Document:
    return tiny_document(Chart("bars", ("Year 1", "Year 2"), (("Surplus", (500, 2000)),), "£, cash terms"))


def test_markdown_table_aligns_figures_bolds_totals_and_prints_the_note(document) -> None:
    from spinout.render.markdown import render_markdown
    from tests.readback import markdown_html

    text = render_markdown(document)
    assert "| Line | Year 1 | Year 2 |\n|---|---:|---:|" in text
    assert "| **Total \\*all\\*** | **£500** | **£2,000** |" in text
    assert "| Costs | -£500 |  |" in text                  # an empty cell stays empty
    assert "*Figures are whole pounds \\<b\\>rounded\\</b\\> & \\*not\\* audited.*" in text
    assert "| A | B |\n|---|---|" in text                  # no alignment given: as before
    html = markdown_html(text)
    assert '<td style="text-align:right"><strong>£2,000</strong></td>' in html
    assert "<em>Figures are whole pounds &lt;b&gt;rounded&lt;/b&gt; &amp; *not* audited.</em>" in html


def test_pdf_table_aligns_figures_bolds_totals_and_prints_the_note(document, tmp_path: Path) -> None:
    import json
    import subprocess

    from spinout.render.pdf import pdf_bytes
    from spinout.render.typeset import document_source
    from tests.test_pdf_tags import read_tags

    source, pictures = document_source(document)
    tables = [b for p in json.loads(source)["parts"] for r in p["rules"] for b in r["blocks"] if b["kind"] == "table"]
    assert tables[0]["align"] == ["l", "r", "r"] and tables[0]["bold"] == [False, False, True]
    assert tables[1]["align"] == ["l", "l"]                      # no alignment given: text, set left
    assert [width for _, width in pictures] == [120]
    pdf = tmp_path / "tiny.pdf"
    pdf.write_bytes(pdf_bytes(document))
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    right = {round(float(x1)) for x1, word in re.findall(r'xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" '
                                                         r'yMax="[\d.]+">(£1,000|-£500|£500)<', boxes)}
    assert len(right) == 1, right                               # figures set right: their right edges agree
    import html

    text = html.unescape(" ".join(re.findall(r">([^<]+)</word>", boxes)))
    assert "Figures are whole pounds <b>rounded</b> & *not* audited." in text
    assert "Total *all*" in text and "Cash by <year> & more" in text
    assert read_tags(pdf)[1].figure_alts == ["Year 1: surplus £500; Year 2: surplus £2,000"]


@pytest.fixture(scope="module")
def docx_path(document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from spinout.render.docx import render_docx

    path = tmp_path_factory.mktemp("docx") / "tiny.docx"
    render_docx(document, path)
    return path


def test_docx_table_aligns_figures_and_bolds_totals(docx_path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    table, plain = docx.Document(str(docx_path)).tables
    rows = table.rows
    assert [c.text for c in rows[0].cells] == ["Line", "Year 1", "Year 2"]
    for row in rows:
        first, *figures = row.cells
        assert first.paragraphs[0].alignment in (None, WD_ALIGN_PARAGRAPH.LEFT)
        assert all(cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT for cell in figures), row.cells[0].text

    def bold(row) -> list[bool]:
        return [all(run.bold for run in cell.paragraphs[0].runs) and bool(cell.paragraphs[0].runs)
                for cell in row.cells]

    assert bold(rows[3]) == [True, True, True]           # "Total *all*": emphasis row 2
    assert bold(rows[1]) == [False, False, False] and bold(rows[2])[:2] == [False, False]
    assert all(c.paragraphs[0].alignment is None for row in plain.rows for c in row.cells)


def test_docx_prints_the_note_right_under_the_table(docx_path: Path) -> None:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(docx_path))
    table = document.tables[0]._tbl
    after = table.getnext()
    assert after.tag == qn("w:p")
    text = "".join(t.text for t in after.iter(qn("w:t")))
    assert text == "Figures are whole pounds <b>rounded</b> & *not* audited."
    style = after.find(qn("w:pPr")).find(qn("w:pStyle")).get(qn("w:val"))
    assert document.styles.get_by_id(style, 1).name == "Table Note"
    # the table with no note has none
    assert not any(p.style.name == "Table Note" for p in document.paragraphs if "x" == p.text)
    assert sum(p.style.name == "Table Note" for p in document.paragraphs) == 1


def test_docx_figure_has_its_alt_text_and_printed_width(docx_path: Path) -> None:
    xml = zipfile.ZipFile(docx_path).read("word/document.xml").decode("utf-8")
    doc_pr = re.findall(r"<wp:docPr [^>]*>", xml)
    assert len(doc_pr) == 1
    assert 'descr="Year 1: surplus £500; Year 2: surplus £2,000"' in doc_pr[0]
    assert 'title="Surplus and cash"' in doc_pr[0]
    width = int(re.search(r'<wp:extent cx="(\d+)"', xml).group(1))
    assert width == 120 * 36000                          # 120 mm in EMU


def test_docx_is_the_same_bytes_twice(document, docx_path: Path, tmp_path: Path) -> None:
    from spinout.render.docx import render_docx

    render_docx(document, tmp_path / "again.docx")
    assert (tmp_path / "again.docx").read_bytes() == docx_path.read_bytes()
