"""Read text back out of generated DOCX and PDF files, normalised for comparison."""

from __future__ import annotations

import re
from pathlib import Path


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def docx_paragraphs(path: Path) -> list[str]:
    """Each paragraph's text as a reader sees it: with its list number ("12.3 The Board ..."),
    counted as Word counts (list_labels), then the table cells."""
    import docx

    document = docx.Document(str(path))
    labels = list_labels(document)
    texts = [f"{label} {p.text}" if label else p.text for p, label in zip(document.paragraphs, labels, strict=True)]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return texts


def docx_text(path: Path) -> str:
    return normalise(" ".join(docx_paragraphs(path)))


def list_labels(document) -> list[str]:
    """The number Word shows before each body paragraph ("" if none): a small model of Word's
    list numbering, enough for the rules' lists (a level counts on; it restarts whenever a
    higher level of the same list comes; a paragraph's own numPr beats its style's, numId 0
    means none). The LibreOffice tests check the same numbers laid out by a real word processor."""
    from docx.oxml.ns import qn

    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return ["" for _ in document.paragraphs]
    abstract = {a.get(qn("w:abstractNumId")): a for a in numbering.findall(qn("w:abstractNum"))}
    lists = {n.get(qn("w:numId")): abstract.get(n.find(qn("w:abstractNumId")).get(qn("w:val")))
             for n in numbering.findall(qn("w:num"))}
    counters: dict[str, list[int]] = {}
    labels = []
    for paragraph in document.paragraphs:
        num_id, level = _numbering_of(paragraph)
        definition = lists.get(num_id) if num_id not in (None, "0") else None
        if definition is None:
            labels.append("")
            continue
        levels = {int(lvl.get(qn("w:ilvl"))): lvl for lvl in definition.findall(qn("w:lvl"))}
        count = counters.setdefault(num_id, [0] * 9)
        count[level] += 1
        count[level + 1:] = [0] * (8 - level)
        text = _val(levels[level], "w:lvlText")
        for index in range(level + 1):
            text = text.replace(f"%{index + 1}", _format(count[index], _val(levels[index], "w:numFmt")))
        labels.append(text)
    return labels


def _numbering_of(paragraph) -> tuple[str | None, int]:
    from docx.oxml.ns import qn

    elements = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        elements.append(style.element.pPr)
        style = style.base_style
    for ppr in elements:
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None and num_pr.find(qn("w:numId")) is not None:
            ilvl = num_pr.find(qn("w:ilvl"))
            return num_pr.find(qn("w:numId")).get(qn("w:val")), int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
    return None, 0


def _val(element, tag: str) -> str:
    from docx.oxml.ns import qn

    child = element.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else ""


def _format(number: int, fmt: str) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    if fmt == "lowerLetter":
        return letters[(number - 1) % 26] * ((number - 1) // 26 + 1)
    if fmt == "upperLetter":
        return _format(number, "lowerLetter").upper()
    if fmt == "lowerRoman":
        return _roman(number)
    return str(number)


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return normalise(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


def markdown_html(text: str) -> str:
    """Markdown as a viewer shows it (CommonMark with tables, as GitHub and the old review did)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table").render(text)


def markdown_text(text: str) -> str:
    """The words a reader of rendered Markdown sees: tags dropped, entities decoded."""
    import html

    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", markdown_html(text))))
