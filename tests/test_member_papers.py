"""Papers for the people who use them: member summaries written for members (no legal
numbering, 12 pt or more, short lines, headings as questions) with a large-print copy;
application forms an applicant can sign, with no notes to the group in them; tick boxes in the
registration checklist; and fonts a Word user has, whose free twins lay out the PDFs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from spinout.answers.resolve import load_example
from spinout.engine.document import Document
from spinout.engine.kinds import LARGE_PRINT, MEMBER_SUMMARIES, REGISTRATION, large_print_copy
from spinout.pack.build import prepare
from spinout.render.docx import render_docx
from spinout.render.markdown import render_markdown
from spinout.render.pdf import render_pdf
from spinout.resources import data_path
from tests.readback import docx_paragraphs, docx_text, normalise, pdf_text

BOX = "\u25a1"      # WHITE SQUARE: in Arial, Times New Roman and Liberation (WGL4), unlike U+2610


@cache
def _prepared(example: str):
    return prepare(load_example(example))


def summaries(example: str = "social-care"):
    return _prepared(example).extras[MEMBER_SUMMARIES.stem]


def registration(example: str = "social-care"):
    return _prepared(example).extras[REGISTRATION.stem]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The social-care summaries, their large-print copy and the registration papers, laid out once."""
    folder = tmp_path_factory.mktemp("papers")
    files = {}
    for name, document in (("summary", summaries()), ("large", large_print_copy(summaries())),
                           ("registration", registration())):
        files[f"{name}.pdf"] = folder / f"{name}.pdf"
        files[f"{name}.docx"] = folder / f"{name}.docx"
        render_pdf(document, files[f"{name}.pdf"])
        render_docx(document, files[f"{name}.docx"])
    return files


def pdf_runs(path: Path) -> Iterator[tuple[float, str]]:
    """(size in points, text) of every piece of text in a PDF, as pypdf reads it."""
    from pypdf import PdfReader

    for page in PdfReader(str(path)).pages:
        runs: list[tuple[float, str]] = []
        page.extract_text(visitor_text=lambda text, cm, tm, font, size, runs=runs: runs.append(
            (round(abs(size * tm[3] * cm[3]), 2), text)) if text.strip() else None)
        yield from runs


def is_page_furniture(text: str) -> bool:
    """The running header (the society's name) and the footer ("Draft - not legal advice", "Page 2 of 10")."""
    text = text.strip()
    furniture = ("Draft - not legal advice", summaries().society_name)
    return text in furniture or bool(re.fullmatch(r"Page \d+ of \d+", text))


def _layout(document: Document) -> dict[str, Any]:
    """What the PDF's layout (templates/document.typ) is given to print."""
    from spinout.render.typeset import document_source

    return json.loads(document_source(document)[0])


def _blocks(laid_out: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for p in laid_out["parts"] for r in p["rules"] for b in r["blocks"]]


# ---------------------------------------------------------------- member summaries

@pytest.mark.parametrize("example", ["social-care", "nhs-community", "supply-teachers", "leisure-libraries"])
def test_summaries_show_no_legal_numbering_and_ask_questions(example: str) -> None:
    document = summaries(example)
    assert not document.numbered and document.rules()
    markdown = render_markdown(document)
    assert not re.search(r"^(#+ )?(Part \d|\d+\.\d*\s|- \([a-z]+\))", markdown, flags=re.M)
    assert "points " not in markdown and "point " not in markdown
    headings = re.findall(r"^### (.*)$", markdown, flags=re.M)
    assert len(headings) == len(document.rules())
    assert all(heading.endswith("?") for heading in headings), headings

    # the PDF's layout is given no numbers to show: no part, rule, paragraph or item label
    laid_out = _layout(document)
    assert {p["number"] for p in laid_out["parts"]} == {""}
    assert {r["number"] for p in laid_out["parts"] for r in p["rules"]} == {""}
    assert {b["number"] for b in _blocks(laid_out)} <= {""}
    assert {e["label"] for b in _blocks(laid_out) for e in b["entries"]} <= {""}


def test_numbered_documents_keep_their_numbers() -> None:
    markdown = render_markdown(registration())
    assert re.search(r"^### 1\. ", markdown, flags=re.M) and "- (a) " in markdown
    laid_out = _layout(registration())
    assert laid_out["parts"][0]["rules"][0]["number"] == "1"
    assert "(a)" in {e["label"] for b in _blocks(laid_out) for e in b["entries"]}


def test_summary_pdf_has_no_numbers_text_of_12_pt_or_more_and_short_lines(rendered: dict[str, Path]) -> None:
    text = pdf_text(rendered["summary.pdf"])
    assert not re.search(r"(?<![£\d])\d+\.\d+ [A-Z]", text) and not re.search(r"\([a-d]\) ", text)
    small = {text for size, text in pdf_runs(rendered["summary.pdf"]) if size < 12}
    assert small and all(is_page_furniture(text) for text in small), small
    assert min(size for size, _ in pdf_runs(rendered["summary.pdf"])) >= 10     # the footer, still readable

    from pypdf import PdfReader

    lines = [line for page in PdfReader(str(rendered["summary.pdf"])).pages[2:]
             for line in (page.extract_text() or "").splitlines() if not is_page_furniture(line)]
    full = [len(line) for line in lines if len(line) > 40]
    assert max(full) <= 75, max(full)                 # about 60 to 70 characters a line
    assert sorted(full)[len(full) // 2] >= 55          # and not needlessly short


def test_each_class_starts_a_page_and_takes_at_most_two(rendered: dict[str, Path]) -> None:
    from pypdf import PdfReader

    pages = [normalise(page.extract_text() or "") for page in PdfReader(str(rendered["summary.pdf"])).pages]
    titles = [part.title for part in summaries().parts]
    starts = [next(n for n, text in enumerate(pages) if n > 1 and normalise(title) in text) for title in titles]
    assert starts == sorted(starts)
    ends = starts[1:] + [len(pages)]
    assert all(1 <= end - start <= 2 for start, end in zip(starts, ends, strict=True)), (starts, len(pages))


def test_large_print_copy_is_the_same_words_at_16_pt_or_more(rendered: dict[str, Path]) -> None:
    document = large_print_copy(summaries())
    assert document.layout == LARGE_PRINT and document.parts == summaries().parts
    sizes = [size for size, _ in pdf_runs(rendered["large.pdf"])]
    assert min(sizes) >= 16, min(sizes)
    assert normalise(" ".join(p.text for r in summaries().rules() for p in r.blocks[:1])) [:200] in \
        normalise(pdf_text(rendered["large.pdf"]))
    layout = _typst_code()
    assert "italic" not in layout and "emph(" not in layout and "justify: false" in layout
    assert "justify: true" not in layout


def _typst_code() -> str:
    """The PDF's Typst template without its comments."""
    layout = (data_path("templates") / "document.typ").read_text(encoding="utf-8")
    return "\n".join(line.split("//", 1)[0] for line in layout.splitlines())


def _docx_sizes(path: Path) -> list[tuple[float, str]]:
    """The size every non-empty paragraph of a Word file is shown at: its runs' own size, or its
    style's, or the style it is based on."""
    import docx

    document = docx.Document(str(path))
    sizes = []
    for paragraph in document.paragraphs:
        if not paragraph.text.strip():
            continue
        style = paragraph.style
        size = None
        while style is not None and size is None:
            size = style.font.size
            style = style.base_style
        for run in paragraph.runs:
            if run.text.strip():
                shown = run.font.size or size
                assert shown is not None, paragraph.text
                sizes.append((shown.pt, paragraph.text))
    return sizes


def test_word_copies_are_12_and_16_pt_or_more_with_no_numbers(rendered: dict[str, Path]) -> None:
    assert min(size for size, _ in _docx_sizes(rendered["summary.docx"])) >= 12
    assert min(size for size, _ in _docx_sizes(rendered["large.docx"])) >= 16
    for name in ("summary.docx", "large.docx"):
        paragraphs = [p for p in docx_paragraphs(rendered[name]) if p.strip()]
        assert not [p for p in paragraphs if re.match(r"(Part \d|\d+(\.\d+)?\s|\(\w\)\s|\t)", p)], name
        assert any(p.startswith("\u2022 ") for p in paragraphs)           # items as Word bullets
    import docx

    styles = docx.Document(str(rendered["large.docx"])).styles
    assert styles["Normal"].font.name == "Arial" and not styles["Normal"].font.italic


def test_the_pack_holds_and_names_the_large_print_copy(social_care_pack) -> None:
    folder = social_care_pack.folder
    for name in ("member-summaries-large-print.pdf", "member-summaries-large-print.docx"):
        assert (folder / name).is_file()
    assert not (folder / "member-summaries-large-print.md").exists()
    manifest = (folder / "manifest.json").read_text(encoding="utf-8")
    assert '"member-summaries-large-print.pdf"' in manifest
    from spinout.pack.next_steps import next_steps

    files = tuple(sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()))
    steps = "\n".join(next_steps(folder, files, load_example("social-care"), None))
    assert "member-summaries-large-print.pdf to anyone who finds small print hard to read" in steps
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "member-summaries-large-print" in readme


# ---------------------------------------------------------------- registration papers

def _forms(markdown: str) -> list[str]:
    return re.split(r"^## Part \d+: Membership application: ", markdown, flags=re.M)[1:]


@pytest.mark.parametrize("example", ["social-care", "supply-teachers", "music-teachers", "leisure-libraries"])
def test_application_forms_have_a_signature_block_and_no_notes_to_the_group(example: str) -> None:
    document = registration(example)
    forms = _forms(render_markdown(document))
    classes = load_example(example).member_classes
    assert len(forms) == len(classes)
    for form, member_class in zip(forms, classes, strict=True):
        assert "To write" not in form and "[ ]" not in form
        for label in ("Signature: ....", "Printed name: ....", "Date: ...."):
            assert label in form, (member_class.name, label)
        assert form.count(BOX) >= 4 + 2                # the declarations and the email choice
        # who signs for someone else, only where the rules provide for it
        assert ("as the person it has authorised" in form) == member_class.organisations
        assert ("legal authority to act for" in form) == (member_class.organisations or not member_class.employees)


def test_the_group_is_told_what_the_forms_send_applicants_to_the_secretary_for() -> None:
    markdown = render_markdown(registration())
    checklist = markdown.split("## Part 2:")[0]
    assert "Before anyone uses the membership application forms" in checklist
    assert "privacy notice" in checklist and "how applicants pay" in checklist
    assert all("Ask the secretary how to pay" in form and "privacy notice" in form for form in _forms(markdown))


def test_checklist_tick_boxes_and_signature_blocks_in_every_format(rendered: dict[str, Path]) -> None:
    document = registration()
    markdown = render_markdown(document)
    checklist = markdown.split("## Part 2:")[0]
    assert checklist.count(BOX) >= 15
    texts = {"md": normalise(markdown), "docx": docx_text(rendered["registration.docx"]),
             "pdf": pdf_text(rendered["registration.pdf"])}
    classes = len(load_example("social-care").member_classes)
    for form, text in texts.items():
        assert text.count(BOX) == markdown.count(BOX), form
        assert text.count("Printed name: ....") == classes, form
        assert "To write" not in text.split("Membership application: ", 1)[1].split("Part ")[0], form
    # the box is drawn from the PDF's own fonts (no fallback font holds it)
    assert all(font.startswith("Liberation") for font in _pdf_fonts(rendered["registration.pdf"]))


# ---------------------------------------------------------------- fonts

def _pdf_fonts(path: Path) -> set[str]:
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            base = str(font.get_object()["/BaseFont"]).lstrip("/")
            names.add(base.split("+", 1)[-1])
    return names


def test_stylesheets_name_liberation_first_and_the_word_template_names_word_fonts() -> None:
    layout = _typst_code()
    assert dict(re.findall(r'^#let (sans|serif) = "([^"]+)"', layout, flags=re.M)) == {
        "sans": "Liberation Sans", "serif": "Liberation Serif"}
    assert 'font: "' not in layout and "font: (" not in layout          # no font named but by the two
    for name in ("guide.css", "redline.css"):
        css = (data_path("templates") / name).read_text(encoding="utf-8")
        families = re.findall(r"font-family:\s*([^;}]+)", css)
        assert families and all(f.strip().startswith('"Liberation ') for f in families), (name, families)
        assert "DejaVu" not in css.split("*/", 1)[1]
    with zipfile.ZipFile(data_path("templates") / "constitution.docx") as docx:
        styles = docx.read("word/styles.xml").decode("utf-8")
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, flags=re.S)
    assert defaults and 'w:ascii="Times New Roman"' in defaults.group(0)
    import docx

    template = docx.Document(str(data_path("templates") / "constitution.docx"))
    fonts = {name: template.styles[name].font.name for name in
             ("Normal", "Title", "Heading 1", "Heading 2", "Notice", "Table Text", "Header", "Footer")}
    assert fonts.pop("Normal") == "Times New Roman" and set(fonts.values()) == {"Arial"}, fonts
    assert "DejaVu" not in styles


def test_every_pdf_in_the_pack_uses_only_liberation_fonts(social_care_pack) -> None:
    folder = social_care_pack.folder
    pdfs = sorted(folder.rglob("*.pdf"))
    assert len(pdfs) >= 8
    for pdf in pdfs:
        fonts = _pdf_fonts(pdf)
        assert fonts and all(font.startswith("Liberation") for font in fonts), (pdf.name, fonts)


def _font_file(family: str, style: str) -> Path:
    if shutil.which("fc-match") is None:
        pytest.skip("fontconfig's fc-match is not installed")
    found = subprocess.run(["fc-match", "-f", "%{family}|%{file}", f"{family}:style={style}"],
                           capture_output=True, text=True, check=True).stdout
    name, _, file = found.partition("|")
    if family not in name:
        pytest.skip(f"{family} is not installed (scripts/install-system-deps installs it)")
    return Path(file)


@pytest.mark.parametrize("example", ["social-care", "social-care-wales", "supply-teachers", "leisure-libraries"])
def test_the_fonts_have_every_character_the_pack_uses(example: str) -> None:
    from fontTools.ttLib import TTFont

    prepared = _prepared(example)
    text = "".join(render_markdown(document) for document in [prepared.document, *prepared.extras.values()])
    text += "".join(path.read_text(encoding="utf-8") for path in sorted(data_path("guides").glob("*.md")))
    used = {char for char in text if not char.isspace()}
    assert BOX in used and "£" in used
    for family in ("Liberation Sans", "Liberation Serif"):
        for style in ("Regular", "Bold"):
            cmap = TTFont(str(_font_file(family, style))).getBestCmap()
            missing = sorted(char for char in used if ord(char) not in cmap)
            assert not missing, (family, style, missing)


def test_blanks_to_write_on_get_room_for_handwriting(rendered: dict[str, Path]) -> None:
    filled = [e for b in _blocks(_layout(registration())) for e in b["entries"] if e["fill"]]
    assert len(filled) >= 3 * len(load_example("social-care").member_classes)
    assert not [e for b in _blocks(_layout(summaries())) for e in b["entries"] if e["fill"]]
    import docx

    items = [p for p in docx.Document(str(rendered["registration.docx"])).paragraphs if p.style.name == "Rule Item"]
    signatures = [p for p in items if p.text.split("\t")[-1].startswith("Signature: ....")]
    assert signatures and all(p.paragraph_format.space_before.pt >= 8 for p in signatures)
    assert all(p.paragraph_format.space_before is None for p in items if "....." not in p.text)
