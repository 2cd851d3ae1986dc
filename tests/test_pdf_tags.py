"""Every PDF in a pack is tagged (PDF/UA-1): a structure tree with the document's headings,
lists, tables with header cells and charts with alt text; the language and title set, and
the title shown instead of the file name. Read back with pypdf from the shared pack."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from spinout.answers.resolve import load_example
from spinout.engine.assemble import assemble
from spinout.engine.document import Figure
from spinout.engine.kinds import BUSINESS_CASE
from spinout.pack.guides import markdown_page
from tests.conftest import SharedPack

PACK_PDFS = ("constitution.pdf", "business-case.pdf", "review.pdf", "registration.pdf",
             "member-summaries.pdf", "member-summaries-large-print.pdf", "guides/social-care.pdf")


@dataclass
class Tags:
    """What a PDF's structure tree holds: how many of each element, the figures' alt text,
    and each table cell's attributes."""

    counts: Counter[str] = field(default_factory=Counter)
    figure_alts: list[str] = field(default_factory=list)
    header_cells: list[dict[str, Any]] = field(default_factory=list)
    data_cells: list[dict[str, Any]] = field(default_factory=list)

    def heading_levels(self) -> set[int]:
        return {int(name[2:]) for name in self.counts if re.fullmatch(r"/H[1-6]", name)}


def read_tags(path: Path) -> tuple[Any, Tags]:
    from pypdf import PdfReader

    catalog = PdfReader(str(path)).trailer["/Root"]
    tags = Tags()
    _walk(catalog["/StructTreeRoot"], tags)
    return catalog, tags


def _walk(node: Any, tags: Tags) -> None:
    node = node.get_object()
    if isinstance(node, list):
        for child in node:
            _walk(child, tags)
        return
    if not hasattr(node, "keys"):          # a marked-content id: a leaf
        return
    kind = node.get("/S")
    if kind is not None:
        tags.counts[str(kind)] += 1
        if kind == "/Figure":
            tags.figure_alts.append(str(node.get("/Alt", "")))
        elif kind == "/TH":
            tags.header_cells.append(dict(node))
        elif kind == "/TD":
            tags.data_cells.append(dict(node))
    if "/K" in node:
        _walk(node["/K"], tags)


@pytest.fixture(scope="module")
def pack_tags(social_care_pack: SharedPack) -> dict[str, tuple[Any, Tags]]:
    return {name: read_tags(social_care_pack.folder / name) for name in PACK_PDFS}


@pytest.mark.parametrize("name", PACK_PDFS)
def test_every_pdf_is_tagged_with_language_and_title(pack_tags, social_care_pack: SharedPack, name: str) -> None:
    from pypdf import PdfReader
    from pypdf.generic import BooleanObject

    catalog, tags = pack_tags[name]
    assert catalog["/MarkInfo"]["/Marked"] == BooleanObject(True)   # bool() of one is always True
    assert catalog["/Lang"] == "en-GB"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == BooleanObject(True)
    title = PdfReader(str(social_care_pack.folder / name)).metadata.title
    assert title and ("Riverside" in title or name.startswith("guides/"))     # the society's, or the guide's
    # one H1 (the title), then no level skipped: a screen reader's outline has no holes
    assert tags.counts["/H1"] == 1
    levels = tags.heading_levels()
    assert levels == set(range(1, max(levels) + 1)) and max(levels) >= 2
    assert tags.counts["/L"] and tags.counts["/LI"]


def test_the_rules_headings_are_title_parts_and_rules(pack_tags) -> None:
    document = assemble(load_example("social-care"))
    _, tags = pack_tags["constitution.pdf"]
    # one H1 (the title); an H2 for the contents, each part and the signatures; an H3 a rule
    assert tags.counts["/H1"] == 1 and tags.heading_levels() == {1, 2, 3}
    assert tags.counts["/H2"] == 1 + len(document.parts) + (document.signatures is not None)
    assert tags.counts["/H3"] == len(document.rules())


@pytest.mark.parametrize("name", ["constitution.pdf", "business-case.pdf", "guides/social-care.pdf"])
def test_tables_have_header_cells_that_head_their_columns(pack_tags, name: str) -> None:
    _, tags = pack_tags[name]
    assert tags.counts["/Table"] >= 1
    assert tags.counts["/TH"] >= 2 * tags.counts["/Table"]
    # a screen reader reads each data cell with its column's header: either every header cell
    # says it heads a column (/Scope, as Typst writes), or the data cells name their header cells
    # by id (/Headers, as weasyprint writes)
    scopes = [_attribute(cell, "/Scope") for cell in tags.header_cells]
    if all(scope == "/Column" for scope in scopes):
        return
    ids = {str(cell["/ID"]) for cell in tags.header_cells}
    assert len(ids) == len(tags.header_cells)
    named = {str(header) for cell in tags.data_cells for header in _attribute(cell, "/Headers") or []}
    assert named and named <= ids


def _attribute(cell: dict[str, Any], name: str) -> Any:
    """A table cell's attribute, from its /A dictionary or from any of a list of them."""
    found = cell.get("/A", cell)
    for owner in found if isinstance(found, list) else [found]:
        owner = owner.get_object() if hasattr(owner, "get_object") else owner
        if name in owner:
            return owner[name]
    return None


def test_the_business_case_charts_carry_their_alt_text(pack_tags) -> None:
    document = assemble(load_example("social-care"), kind=BUSINESS_CASE)
    alts = [b.alt for r in document.rules() for b in r.blocks if isinstance(b, Figure)]
    assert len(alts) == 3 and all(alts)
    assert pack_tags["business-case.pdf"][1].figure_alts == alts


def test_guide_tables_mark_header_cells_as_column_headers() -> None:
    page = markdown_page("T", "S", "| A | B |\n|---|--:|\n| 1 | 2 |\n", "spinout", None)
    assert re.findall(r"<th\b[^>]*>", page) == ['<th scope="col">', '<th scope="col" style="text-align:right">']
