"""Read text back out of generated DOCX and PDF files, normalised for comparison."""

from __future__ import annotations

import re
from pathlib import Path


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def docx_paragraphs(path: Path) -> list[str]:
    import docx

    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return texts


def docx_text(path: Path) -> str:
    return normalise(" ".join(docx_paragraphs(path)))


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
