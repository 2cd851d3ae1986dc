"""A real word processor opens every kind of Word file a pack and `spinout diff` write, lays it
out as spinout's own PDF does, and keeps the cross-references right when a rule is inserted.

All the Word files are converted to PDF by ONE LibreOffice run (it takes seconds to start).

What is compared: the text of each page body (pdftotext -raw, the page cropped to between the
running header and the footer, so page furniture and page numbers are left out), from the
heading of the first part to the end (so the title page and the contents are left out), with
Unicode compatibility forms folded (NFKC), and all whitespace and hyphens removed (the two
renderers break lines in different places, and a word broken at its hyphen reads back without
it). Table header rows are removed too: both renderers repeat them on each page a table runs
onto, and their pages break in different places. Everything else must be equal, character for
character: every number, list label and cross-reference included. The member summaries have
no legal numbering in Word, so there numbers, "(a)" labels, "Part N:" and bullets are dropped
from both sides. The redline is another layout in PDF (changed rules only) than in Word (every
rule, with tracked changes), so there the summary of changes and the rule headings are compared.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from spinout.answers.resolve import load_example
from spinout.engine.assemble import assemble
from spinout.engine.document import Document, Paragraph, Table
from spinout.engine.kinds import BUSINESS_CASE, MEMBER_SUMMARIES, REGISTRATION, RULES, TRUST_OUTLINE
from tests.conftest import SharedPack, invoke, write_yaml

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                                reason="LibreOffice or pdftotext is not installed (.ci/run installs both)")

MM = 72 / 25.4                 # PDF points in a millimetre
BODY = (24, 297 - 22)          # mm from the top of an A4 page: below the header, above the footer
INSERTED = "An inserted rule"
SOCIAL_CARE = {kind.stem: kind for kind in (RULES, BUSINESS_CASE, REGISTRATION, MEMBER_SUMMARIES)}


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    answers = load_example("social-care")
    out = {stem: assemble(answers, kind=kind) for stem, kind in SOCIAL_CARE.items()}
    out[TRUST_OUTLINE.stem] = assemble(load_example("school-trust"), kind=TRUST_OUTLINE)
    return out


@pytest.fixture(scope="module")
def converted(social_care_pack: SharedPack, documents, tmp_path_factory: pytest.TempPathFactory,
              _parsed_example: dict[str, Any]) -> dict[str, Path]:
    """Every kind of DOCX with spinout's PDF of it, and LibreOffice's PDF of it (`NAME.lo.pdf`)."""
    from click.testing import CliRunner

    from spinout.render.docx import render_docx
    from spinout.render.pdf import render_pdf

    folder = tmp_path_factory.mktemp("libreoffice")
    for stem in SOCIAL_CARE:            # the shared pack is read-only: copies
        for suffix in (".docx", ".pdf"):
            shutil.copyfile(social_care_pack.folder / f"{stem}{suffix}", folder / f"{stem}{suffix}")
    outline = documents[TRUST_OUTLINE.stem]
    render_docx(outline, folder / "trust-outline.docx")
    render_pdf(outline, folder / "trust-outline.pdf")

    # `spinout diff`: the social-care rules against a community benefit society's
    changed = dict(_parsed_example, society={**_parsed_example["society"], "type": "community-benefit",
                                             "name": "Riverside Care Limited"},
                   asset_lock={"kind": "statutory"}, profits={"patronage_dividend": False})
    old, new = write_yaml(folder / "old.yml", _parsed_example), write_yaml(folder / "new.yml", changed)
    result = invoke(CliRunner(), "diff", str(old), str(new), "-o", str(folder / "diff"))
    assert result.exit_code == 0, result.output
    for suffix in (".docx", ".pdf"):
        shutil.copyfile(folder / "diff" / f"redline{suffix}", folder / f"redline{suffix}")

    target = _inserted_before(documents["constitution"])
    _insert_rule(folder / "constitution.docx", target, folder / "inserted.docx")

    sources = sorted(folder.glob("*.docx"))
    lo = folder / "lo"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(lo), *map(str, sources)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for source in sources:
        pdf = lo / f"{source.stem}.pdf"
        assert pdf.exists(), f"LibreOffice did not convert {source.name}: {result.stderr}"
        shutil.move(pdf, folder / f"{source.stem}.lo.pdf")
    return {path.name: path for path in folder.iterdir()}


def page_text(pdf: Path) -> str:
    """The text of the page bodies (no header, footer or page number), in content order."""
    top, bottom = round(BODY[0] * MM), round(BODY[1] * MM)
    result = subprocess.run(["pdftotext", "-q", "-raw", "-x", "0", "-y", str(top), "-W", "1000",
                             "-H", str(bottom - top), str(pdf), "-"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return unicodedata.normalize("NFKC", result.stdout)


def squash(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]", "", unicodedata.normalize("NFKC", text))


def body(pdf: Path, document: Document, *, numbered: bool = True) -> str:
    """The squashed text from the first part's heading (its last appearance: the first is in
    the contents) to the end, less the table header rows."""
    words = page_text(pdf).split()
    if not numbered:
        words = [w for w in words if not re.fullmatch(r"\d+(\.\d+)*:?|\([a-z]+\)|\u2022|Part", w)]
    heading = document.parts[0].title.split()
    starts = [i for i in range(len(words)) if words[i:i + len(heading)] == heading]
    assert starts, f"{pdf.name}: the first part's heading is missing"
    text = squash(" ".join(words[starts[-1]:]))
    for header in sorted({squash("".join(b.headers)) for r in document.rules() for b in r.blocks
                          if isinstance(b, Table) and b.headers}, key=len, reverse=True):
        text = text.replace(header, "")
    return text


def _first_difference(a: str, b: str) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    start = max(at - 60, 0)
    return f"differ at {at}: spinout ...{a[start:at + 60]!r}... LibreOffice ...{b[start:at + 60]!r}..."


@pytest.mark.parametrize("stem", ["constitution", "trust-outline", "business-case", "registration",
                                  "member-summaries"])
def test_libreoffice_lays_out_the_same_text_as_spinouts_pdf(converted, documents, stem) -> None:
    document = documents[stem]
    numbered = document.numbered
    ours = body(converted[f"{stem}.pdf"], document, numbered=numbered)
    theirs = body(converted[f"{stem}.lo.pdf"], document, numbered=numbered)
    assert len(ours) > 2000
    assert ours == theirs, _first_difference(ours, theirs)


def test_libreoffice_opens_the_redline(converted, documents) -> None:
    theirs = squash(page_text(converted["redline.lo.pdf"]))
    ours = page_text(converted["redline.pdf"])
    summary = [line for line in ours[ours.index("Summary"):ours.index("Key:")].splitlines() if line.strip()]
    assert "rules added" in summary[1] and len(summary) > 5
    position = 0
    for line in summary:          # each line of the summary, in order (Word's has bullets)
        position = theirs.find(squash(line), position)
        assert position >= 0, f"{line!r} is missing from LibreOffice's redline"
    headings = [squash(f"{rule.number} {rule.title}") for rule in documents["constitution"].rules()]
    position = 0
    for heading in headings:      # each rule, in order (the new draft differs only in its own rules)
        found = theirs.find(heading, position)
        if found >= 0:
            position = found
    assert position > len(theirs) // 2, "the rules are missing from LibreOffice's redline"


def _inserted_before(document: Document) -> str:
    """A rule that some later rule refers to: the new rule goes in before it."""
    later = [(rule.number, ref.target) for rule in document.rules() for block in rule.blocks
             if isinstance(block, Paragraph) for ref in block.refs]
    return next(target for at, target in later if "." not in target and int(target) < int(at))


def _insert_rule(source: Path, before: str, out: Path) -> None:
    """What a solicitor does in Word: a new paragraph in the rule heading style, before rule `before`."""
    import docx

    from tests.readback import list_labels

    word = docx.Document(str(source))
    heading = next(p for p, label in zip(word.paragraphs, list_labels(word), strict=True)
                   if p.style.name == "Heading 2" and label == before)
    heading.insert_paragraph_before(INSERTED, style="Heading 2")
    word.save(str(out))


def _shifted(number: str, at: int) -> str:
    rule, _, rest = number.partition(".")
    return str(int(rule) + 1 if int(rule) >= at else int(rule)) + (f".{rest}" if rest else "")


def _with_targets(paragraph: Paragraph, at: int) -> str:
    text = paragraph.text
    for ref in sorted(paragraph.refs, key=lambda r: r.start, reverse=True):
        text = text[:ref.start] + _shifted(ref.target, at) + text[ref.end:]
    return text


def test_inserting_a_rule_moves_every_reference_on(converted, documents) -> None:
    document = documents["constitution"]
    at = int(_inserted_before(document))
    text = squash(page_text(converted["inserted.lo.pdf"]))
    title = next(rule.title for rule in document.rules() if rule.number == str(at))
    assert squash(f"{at} {INSERTED} {at + 1} {title}") in text, "the new rule takes the number, the old one moves on"
    moved = 0
    for rule in document.rules():
        for block in rule.blocks:
            if not isinstance(block, Paragraph) or not block.refs:
                continue
            number = _shifted(block.number, at)
            assert squash(f"{number} {_with_targets(block, at)}") in text, f"{block.number} (now {number})"
            if any(int(ref.target.split(".")[0]) >= at for ref in block.refs):
                moved += 1
                assert squash(f"{number} {block.text}") not in text, f"{block.number}: a reference kept its old number"
    assert moved >= 5
