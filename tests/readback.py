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
