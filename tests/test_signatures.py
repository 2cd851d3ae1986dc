"""The signature block after the last rule: the secretary and as many members as the law
asks, in Markdown, DOCX and PDF, with no rule number of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinout.answers.law import law_for
from spinout.answers.resolve import load_example
from spinout.engine.assemble import assemble
from spinout.render.docx import render_docx
from spinout.render.markdown import SIGNATURE_LINE, render_markdown
from spinout.render.pdf import render_pdf
from tests.readback import docx_text, normalise, pdf_text


def _secretary(answers) -> str:
    return answers.secretary or next(f.name for f in answers.founders if f.secretary)


@pytest.mark.parametrize("example", ["social-care", "social-care-scotland"])
def test_signature_block_in_every_format(example: str, tmp_path: Path) -> None:
    answers = load_example(example)
    document = assemble(answers)
    signers = 1 + law_for(answers.society.nation)["min_founders"]
    assert document.signatures is not None
    assert len(document.signatures.signatories) == signers
    assert document.signatures.signatories[0].name == _secretary(answers)

    render_docx(document, tmp_path / "c.docx")
    render_pdf(document, tmp_path / "c.pdf")
    texts = {"md": render_markdown(document), "docx": docx_text(tmp_path / "c.docx"),
             "pdf": pdf_text(tmp_path / "c.pdf")}
    for form, text in texts.items():
        text = normalise(text)
        assert text.count(f"Signature: {SIGNATURE_LINE}") == signers, form
        assert "Secretary" in text and f"Name: {_secretary(answers)}" in text, form
        assert text.rfind("Signatures") > text.rfind(document.rules()[-1].title), form


def test_the_block_takes_no_rule_number_and_the_outline_has_none() -> None:
    answers = load_example("social-care")
    document = assemble(answers)
    assert not any(rule.title == "Signatures" for rule in document.rules())
    assert assemble(load_example("school-trust")).signatures is None


def test_unnamed_members_get_a_blank_line() -> None:
    answers = load_example("social-care")
    founders = answers.founders[:2]
    short = answers.model_copy(update={"founders": founders})
    document = assemble(short)
    assert document.signatures is not None
    names = [s.name for s in document.signatures.signatories]
    assert names[0] == _secretary(answers)
    assert names.count("") == len(names) - 1 - sum(not f.secretary for f in founders)
