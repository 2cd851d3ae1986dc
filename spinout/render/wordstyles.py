"""The Word styles of a layout variant: the member summaries in larger type, and their
large-print copy. The template (templates/constitution.docx) is set for the rules; a variant
changes the sizes of its styles once the document is rendered, so the template stays one file.

Sizes follow templates/document.typ (summary, large-print), so the Word file and the PDF
agree: the summaries' text at 12 pt, the large-print copy's at 18 pt (the UK Association for
Accessible Formats and RNIB ask 16 to 18 pt for large print), every style in Arial.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

SANS = "Arial"      # on every Windows and macOS computer; Liberation Sans has its metrics

# style name: (size in points, line spacing or None to leave it), for each layout
_SIZES: dict[str, dict[str, tuple[float, float | None]]] = {
    "summary": {
        "Normal": (12, 1.3), "Rule Paragraph": (12, 1.3), "Rule Item": (12, 1.3), "Title": (24, None),
        "Society Name": (15, None), "Subtitle": (12, None), "Notice": (12, 1.3), "Notice Heading": (13, None),
        "Produced By": (12, None), "Heading 1": (17, None), "Heading 1 New Page": (17, None),
        "Heading 2": (14, None), "Point Heading": (14, None), "Point Text": (12, 1.3),
        "Point Item": (12, 1.3), "Header": (10, None), "Footer": (10, None),
    },
    "large-print": {
        "Normal": (18, 1.5), "Rule Paragraph": (18, 1.5), "Rule Item": (18, 1.5), "Title": (30, None),
        "Society Name": (20, None), "Subtitle": (18, 1.5), "Notice": (18, 1.5), "Notice Heading": (20, None),
        "Produced By": (18, 1.5), "Heading 1": (24, None), "Heading 1 New Page": (24, None),
        "Heading 2": (21, None), "Point Heading": (21, None), "Point Text": (18, 1.5),
        "Point Item": (18, 1.5), "Header": (16, None), "Footer": (16, None),
    },
}


def make_room_to_write(docx: WordDocument, fill_in: str) -> None:
    """Room above each item of a form with a blank to write on (it holds `fill_in`, a run of
    dots), for a hand-written signature, name or date, as in the PDF (.items li.fill-in)."""
    from docx.shared import Pt
    from docx.text.paragraph import Paragraph

    if "Rule Item" not in {style.name for style in docx.styles}:
        return
    item = docx.styles["Rule Item"].style_id
    # the style's id read from each paragraph's XML: python-docx's style look-up by name costs
    # a search of every style for each of a thousand paragraphs
    for element in docx.element.body.iterchildren(_W_P):
        if element.style == item and fill_in in "".join(element.itertext()):
            Paragraph(element, docx).paragraph_format.space_before = Pt(10)


_W_P = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"


def apply_layout_styles(docx: WordDocument, layout: str) -> None:
    """Set the styles of `layout` in a rendered Word document (nothing for the rules' layout)."""
    from docx.shared import Pt

    sizes = _SIZES.get(layout)
    if sizes is None:
        return
    names = {style.name for style in docx.styles}
    for name, (size, spacing) in sizes.items():
        if name not in names:           # not the template's layout: leave it as it is
            continue
        style = docx.styles[name]
        style.font.name = SANS
        style.font.size = Pt(size)
        style.font.italic = False
        if spacing is not None:
            style.paragraph_format.line_spacing = spacing
            style.paragraph_format.space_after = Pt(size * 0.5)
