"""A rebuild lays out only the PDFs whose pages changed, makes only the Word files whose documents
changed, and the cache never changes a byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import file_hashes, resolve


@pytest.fixture
def layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every page laid out from now on, by its title; in a cache of this test's own."""
    from spinout.render import pdf

    monkeypatch.setenv("SPINOUT_CACHE_DIR", str(tmp_path / "cache"))
    seen: list[str] = []
    make_pdf = pdf.make_pdf

    def counting(page: pdf.Page, *args, **kwargs):
        title = (json.loads(page.source)["title_meta"] if page.typeset
                 else page.source.split("<title>", 1)[1].split("</title>", 1)[0])
        seen.append(title)
        return make_pdf(page, *args, **kwargs)
    monkeypatch.setattr(pdf, "make_pdf", counting)
    return seen


@pytest.fixture
def word_files(layouts: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every Word file made from now on (not taken from the cache), by its title."""
    from spinout.render import docx

    seen: list[str] = []
    make = docx.docx_bytes

    def counting(document, *args, **kwargs):
        seen.append(document.title)
        return make(document, *args, **kwargs)
    monkeypatch.setattr(docx, "docx_bytes", counting)
    return seen


def _build(raw, out: Path):
    from spinout.pack.build import build_pack

    return build_pack(resolve(raw), out, pdf_pool=None)


def test_a_rules_only_change_lays_out_only_the_rules(raw_example, tmp_path: Path, layouts: list[str],
                                                      word_files: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    first = _build(raw_example, tmp_path / "first")
    pdfs = [name for name in first.files if name.endswith(".pdf")]
    assert len(layouts) == len(pdfs) >= 9                      # a cold cache: every page
    assert len(word_files) == len([name for name in first.files if name.endswith(".docx")]) >= 5
    layouts.clear()
    word_files.clear()
    _build(raw_example, tmp_path / "again")
    assert layouts == ["Rules of Riverside Care Co-operative Limited"]   # the archive is never cached
    assert file_hashes(tmp_path / "again") == file_hashes(tmp_path / "first")

    assert word_files == []                                    # the same answers: every Word file kept
    changed = {**raw_example, "governance": {"meetings": {"quorum_percent": 15}}}
    layouts.clear()
    rebuilt = _build(changed, tmp_path / "changed")
    assert layouts == ["Rules of Riverside Care Co-operative Limited"]
    assert word_files == ["Rules of Riverside Care Co-operative Limited"]
    before, after = file_hashes(tmp_path / "first"), file_hashes(tmp_path / "changed")
    assert {name for name in after if after[name] != before[name]} == {
        "answers.yml", "constitution.md", "constitution.docx", "constitution.pdf", "manifest.json"}
    assert "15%" in (tmp_path / "changed" / "constitution.md").read_text() and rebuilt.files == first.files

    # and the PDFs from the cache are the bytes a cold cache gives
    monkeypatch.setenv("SPINOUT_CACHE_DIR", str(tmp_path / "cold"))
    _build(changed, tmp_path / "cold-pack")
    assert file_hashes(tmp_path / "cold-pack") == after


def test_a_damaged_cache_entry_is_laid_out_again(raw_example, tmp_path: Path, layouts: list[str],
                                                  word_files: list[str]) -> None:
    _build(raw_example, tmp_path / "first")
    pdfs, words = sorted((tmp_path / "cache").rglob("pdf/*.bin")), sorted((tmp_path / "cache").rglob("docx/*.bin"))
    assert pdfs and words
    for entry in pdfs + words:
        entry.write_bytes(entry.read_bytes()[:-100])               # cut short: a miss, never an error
    layouts.clear()
    word_files.clear()
    _build(raw_example, tmp_path / "again")
    assert len(layouts) == len(pdfs) + 1 and len(word_files) == len(words)
    assert file_hashes(tmp_path / "again") == file_hashes(tmp_path / "first")
