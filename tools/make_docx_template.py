"""Build templates/constitution.docx, the docxtpl template for a society's rules.

Run from anywhere:  python tools/make_docx_template.py [OUTPUT]

The template is generated rather than edited by hand so that its styles are reviewable
in this file and the output is byte-identical from run to run (it is committed).

What it holds:
  - real Word styles: Title, Subtitle, Heading 1 (parts), Heading 2 (rule number + title),
    "Rule Paragraph" (hanging indent: "12.3<TAB>text"), "Rule Item" ("(a)<TAB>text"),
    "Point Heading", "Point Text" and "Point Item" (the same without legal numbering, items
    bulleted: the member summaries), "Contents Heading", "toc 1" and "toc 2",
    "Notice" (the boxed draft warning), "Society Name", "Produced By", "Table Caption",
    "Table Heading", "Table Text", "Table Note" (the line under a table), and a table style
    "Rule Table";
  - a title page (its own section: no running header) and a body section whose header
    carries the society's name and whose footer reads "Draft - not legal advice" and
    "Page X of Y" (PAGE / NUMPAGES fields);
  - docxtpl tags: {%p %} paragraph loops over parts / rules / blocks / items, and one
    generic table with a {%tr %} row loop and a {%tc %} column loop, so a table of any
    width (the member-class table has 6 columns) is laid out by the same template.

Rule, paragraph and item numbers are Word list numbering: one abstract numbering definition
(spinout.render.wordfields.numbering_xml) whose three levels the styles Heading 2, Rule
Paragraph and Rule Item take, so a rule a solicitor adds in Word is numbered and every later
number moves on. Texts arrive as runs (`{{r ... }}`) built by spinout.render.docx, holding the
bookmarks and REF fields of cross-references, and the contents field's stored entries.
The context the template expects is built by spinout.render.docx.word_context().
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from spinout.render.docx import normalise_docx  # noqa: E402  (after the path fix)
from spinout.render.wordfields import (  # noqa: E402
    BULLET_LIST,
    ITEM_LEVEL,
    PARAGRAPH_LEVEL,
    RULE_LEVEL,
    numbering_xml,
    style_numbering,
)

# Fonts every Windows and macOS computer has, with or without Office. On Linux, LibreOffice and
# the PDF (templates/*.css) use Liberation Serif / Sans, which have the same metrics, so lines
# break at the same words.
SERIF = "Times New Roman"
SANS = "Arial"
INK = RGBColor(0x1F, 0x3A, 0x4D)       # headings
GREY = RGBColor(0x55, 0x55, 0x55)      # header, footer, notes
NOTICE_BORDER = "B45F06"
NOTICE_FILL = "FFF4E0"
TABLE_BORDER = "8A949C"
TABLE_HEAD_FILL = "E3E8EC"

PAGE_WIDTH = Cm(21.0)
PAGE_HEIGHT = Cm(29.7)
MARGIN_LEFT = Cm(2.5)
MARGIN_RIGHT = Cm(2.2)
TEXT_WIDTH = Emu(PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)
NUMBER_INDENT = Cm(1.4)                # "12.10" fits; text aligns after the number
ITEM_INDENT = Cm(2.4)                  # "(a)" column between 1.4 cm and 2.4 cm
BULLET_INDENT = Cm(0.6)                # a member summary's bullet

TEMPLATE_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------------- styles

def _clear_theme_fonts(style) -> None:
    """Remove theme font references so the named fonts below take effect."""
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)


def _font(style, family: str, size: float, *, bold=False, italic=False, color=None) -> None:
    _clear_theme_fonts(style)
    font = style.font
    font.name = family
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    rfonts.set(qn("w:cs"), family)
    rfonts.set(qn("w:eastAsia"), family)
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = color if color is not None else RGBColor(0, 0, 0)


def _reset(style) -> None:
    """Drop the paragraph and run properties a built-in style comes with."""
    for tag in ("w:pPr", "w:rPr"):
        old = style.element.find(qn(tag))
        if old is not None:
            style.element.remove(old)


def _spacing(style, before: float, after: float, line: float = 1.0) -> None:
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = line


def _paragraph_style(styles, name: str, base: str = "Normal"):
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base] if base else None
    style.quick_style = True
    return style


def _border_box(style, color: str, fill: str) -> None:
    ppr = style.element.get_or_add_pPr()
    sides = "".join(
        f'<w:{side} w:val="single" w:sz="12" w:space="6" w:color="{color}"/>'
        for side in ("top", "left", "bottom", "right")
    )
    ppr.append(parse_xml(f"<w:pBdr {nsdecls('w')}>{sides}</w:pBdr>"))
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    _sort_ppr(ppr)


# CT_PPrBase child order (ECMA-376): python-docx keeps its own children in order, but the
# elements appended by hand above must be moved to their schema position.
_PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
    "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
    "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
    "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
]


def _sort_ppr(ppr) -> None:
    children = list(ppr)
    for child in children:
        ppr.remove(child)
    children.sort(key=lambda el: _PPR_ORDER.index(el.tag.split("}")[1]))
    for child in children:
        ppr.append(child)


def _number(style, level: int, num_id: int | None = None) -> None:
    """The style takes its level of a list: applying it in Word numbers the paragraph."""
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(style_numbering(level) if num_id is None else style_numbering(level, num_id)))
    _sort_ppr(ppr)


def _numbering(doc) -> None:
    """Replace python-docx's sample list definitions with the rules' own, and unlink the
    sample styles that pointed at them (List Number and the like)."""
    part = doc.part.numbering_part
    part._element = parse_xml(numbering_xml(NUMBER_INDENT.twips, ITEM_INDENT.twips, BULLET_INDENT.twips).encode())
    for ppr in doc.styles.element.iter(qn("w:pPr")):
        for numbering in ppr.findall(qn("w:numPr")):
            ppr.remove(numbering)


def _hanging(style, indent) -> None:
    """Hanging indent with a tab stop at the indent: "12.3<TAB>text" aligns every line.
    Ragged right, like the PDF (justified legal text spreads badly without hyphenation)."""
    fmt = style.paragraph_format
    fmt.left_indent = indent
    fmt.first_line_indent = -indent
    fmt.tab_stops.add_tab_stop(indent, WD_TAB_ALIGNMENT.LEFT)
    fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fmt.widow_control = True


def build_styles(doc) -> None:
    styles = doc.styles

    # Document defaults: serif body text, British English.
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr_default.getparent().replace(rpr_default, parse_xml(
        f'<w:rPrDefault {nsdecls("w")}><w:rPr>'
        f'<w:rFonts w:ascii="{SERIF}" w:hAnsi="{SERIF}" w:eastAsia="{SERIF}" w:cs="{SERIF}"/>'
        '<w:sz w:val="20"/><w:szCs w:val="20"/>'
        '<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault>'
    ))

    normal = styles["Normal"]
    _reset(normal)
    _font(normal, SERIF, 10)
    _spacing(normal, 0, 6, 1.15)

    title = styles["Title"]
    _reset(title)
    _font(title, SANS, 24, bold=True, color=INK)
    _spacing(title, 150, 12, 1.0)
    title.paragraph_format.keep_with_next = True

    society = _paragraph_style(styles, "Society Name")
    _font(society, SANS, 15, color=INK)
    _spacing(society, 0, 10, 1.0)

    subtitle = styles["Subtitle"]
    _reset(subtitle)
    subtitle.base_style = normal
    _font(subtitle, SANS, 12, color=GREY)
    _spacing(subtitle, 0, 30, 1.1)

    notice = _paragraph_style(styles, "Notice")
    _font(notice, SANS, 9.5)
    _spacing(notice, 0, 24, 1.2)
    notice.paragraph_format.left_indent = Cm(0.3)
    notice.paragraph_format.right_indent = Cm(0.3)
    _border_box(notice, NOTICE_BORDER, NOTICE_FILL)

    signatory = _paragraph_style(styles, "Signatory")
    _font(signatory, SERIF, 10, bold=True)
    _spacing(signatory, 12, 4, 1.15)
    signatory.paragraph_format.keep_with_next = True

    notice_heading = _paragraph_style(styles, "Notice Heading", base="Notice")
    _font(notice_heading, SANS, 10.5, bold=True, color=RGBColor(0x8A, 0x3B, 0x00))
    _spacing(notice_heading, 24, 4, 1.2)
    notice_heading.paragraph_format.keep_with_next = True

    produced = _paragraph_style(styles, "Produced By")
    _font(produced, SANS, 8.5, color=GREY)
    _spacing(produced, 0, 0, 1.0)

    h1 = styles["Heading 1"]
    _reset(h1)
    _font(h1, SANS, 14, bold=True, color=INK)
    _spacing(h1, 24, 8, 1.0)
    h1.paragraph_format.keep_with_next = True
    h1.paragraph_format.keep_together = True
    h1.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="0"/>'))
    _sort_ppr(h1.element.pPr)

    # the same heading, starting a new page: each copy of a part repeated per member class
    h1_page = _paragraph_style(styles, "Heading 1 New Page", base="Heading 1")
    h1_page.paragraph_format.page_break_before = True

    h2 = styles["Heading 2"]
    _reset(h2)
    _font(h2, SANS, 10.5, bold=True, color=INK)
    _spacing(h2, 12, 4, 1.0)
    _hanging(h2, NUMBER_INDENT)
    h2.paragraph_format.keep_with_next = True
    h2.paragraph_format.keep_together = True
    h2.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    _number(h2, RULE_LEVEL)

    para = _paragraph_style(styles, "Rule Paragraph")
    _hanging(para, NUMBER_INDENT)
    _spacing(para, 0, 6, 1.15)
    _number(para, PARAGRAPH_LEVEL)

    item = _paragraph_style(styles, "Rule Item")
    _hanging(item, ITEM_INDENT - NUMBER_INDENT)
    item.paragraph_format.left_indent = ITEM_INDENT
    item.paragraph_format.first_line_indent = -(ITEM_INDENT - NUMBER_INDENT)
    item.paragraph_format.tab_stops.clear_all()
    item.paragraph_format.tab_stops.add_tab_stop(ITEM_INDENT, WD_TAB_ALIGNMENT.LEFT)
    _spacing(item, 0, 3, 1.15)
    _number(item, ITEM_LEVEL)
    # Enter after a rule heading starts its first paragraph, after a paragraph the next one
    h2.next_paragraph_style = para
    para.next_paragraph_style = para
    item.next_paragraph_style = item

    # the same three without legal numbering (member summaries): headings, text, bulleted items
    point_heading = _paragraph_style(styles, "Point Heading")
    _font(point_heading, SANS, 10.5, bold=True, color=INK)
    _spacing(point_heading, 12, 4, 1.0)
    point_heading.paragraph_format.keep_with_next = True
    point_heading.paragraph_format.keep_together = True
    point_heading.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    _sort_ppr(point_heading.element.pPr)

    point_text = _paragraph_style(styles, "Point Text")
    _spacing(point_text, 0, 6, 1.15)

    point_item = _paragraph_style(styles, "Point Item")
    point_item.paragraph_format.left_indent = BULLET_INDENT
    point_item.paragraph_format.first_line_indent = -BULLET_INDENT
    _spacing(point_item, 0, 3, 1.15)
    _number(point_item, 0, BULLET_LIST)

    # the contents: a heading that is not itself in the contents, and Word's own entry styles
    contents = _paragraph_style(styles, "Contents Heading")
    _font(contents, SANS, 14, bold=True, color=INK)
    _spacing(contents, 0, 10, 1.0)
    contents.paragraph_format.keep_with_next = True
    for level, indent in ((1, 0), (2, int(Cm(0.4)))):
        styles.element.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="TOC{level}">'
            f'<w:name w:val="toc {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
            '<w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
            '<w:pPr><w:tabs>'
            + (f'<w:tab w:val="left" w:pos="{Emu(indent + NUMBER_INDENT).twips}"/>' if level == 2 else "")
            + f'<w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH.twips}"/></w:tabs>'
            f'<w:spacing w:before="{120 if level == 1 else 0}" w:after="40"/>'
            + (f'<w:ind w:left="{Emu(indent + NUMBER_INDENT).twips}" w:hanging="{NUMBER_INDENT.twips}"/>'
               if level == 2 else "")
            + '</w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{SANS}" w:hAnsi="{SANS}" w:eastAsia="{SANS}" w:cs="{SANS}"/>'
            + ('<w:b/>' if level == 1 else "")
            + '<w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>'
        ))

    # A note telling the group what to write (business case): boxed, so it is never read as content.
    prompt = _paragraph_style(styles, "Prompt")
    _font(prompt, SANS, 9)
    _spacing(prompt, 2, 8, 1.15)
    prompt.paragraph_format.left_indent = NUMBER_INDENT
    _border_box(prompt, TABLE_BORDER, "EEF2F5")

    # Text pasted in word for word (the statutory asset lock): one indented block, its own numbering kept.
    verbatim = _paragraph_style(styles, "Verbatim")
    _spacing(verbatim, 0, 6, 1.15)
    verbatim.paragraph_format.left_indent = ITEM_INDENT

    # The group's own words in place of a "To write" box: body text under the rule's text, and
    # their list items with the bullet or their own number hanging ("1.<TAB>text").
    own_words = _paragraph_style(styles, "Own Words")
    _spacing(own_words, 0, 6, 1.15)
    own_words.paragraph_format.left_indent = NUMBER_INDENT
    own_item = _paragraph_style(styles, "Own Words Item")
    _spacing(own_item, 0, 3, 1.15)
    own_item.paragraph_format.left_indent = ITEM_INDENT
    own_item.paragraph_format.first_line_indent = -(ITEM_INDENT - NUMBER_INDENT)
    own_item.paragraph_format.tab_stops.add_tab_stop(ITEM_INDENT, WD_TAB_ALIGNMENT.LEFT)

    figure = _paragraph_style(styles, "Figure")
    _spacing(figure, 6, 2, 1.0)
    figure.paragraph_format.keep_with_next = True

    caption = _paragraph_style(styles, "Table Caption")
    _font(caption, SANS, 9, bold=True, color=INK)
    _spacing(caption, 6, 4, 1.0)
    caption.paragraph_format.keep_with_next = True

    cell_head = _paragraph_style(styles, "Table Heading")
    _font(cell_head, SANS, 8.5, bold=True)
    _spacing(cell_head, 0, 0, 1.0)
    cell_head.paragraph_format.keep_with_next = True

    cell_text = _paragraph_style(styles, "Table Text")
    _font(cell_text, SANS, 8.5)
    _spacing(cell_text, 0, 0, 1.0)

    # what a table's figures rest on: a small line right under the table
    table_note = _paragraph_style(styles, "Table Note")
    _font(table_note, SANS, 8, color=RGBColor(0x44, 0x44, 0x44))
    _spacing(table_note, 3, 8, 1.1)

    for name in ("Header", "Footer"):
        style = styles[name]
        _reset(style)
        style.base_style = normal
        _font(style, SANS, 8, color=GREY)
        _spacing(style, 0, 0, 1.0)
        style.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)

    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{TABLE_BORDER}"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    styles.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="RuleTable">'
        '<w:name w:val="Rule Table"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="59"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:tblPr><w:tblBorders>{borders}</w:tblBorders>'
        '<w:tblCellMar><w:top w:w="50" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="50" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        '</w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{TABLE_HEAD_FILL}"/></w:tcPr>'
        '</w:tblStylePr>'
        '</w:style>'
    ))


# --------------------------------------------------------------------------- content

def _para(doc, style: str, *texts: str):
    """A paragraph whose runs are the given texts; "\t" becomes its own tab run."""
    paragraph = doc.add_paragraph(style=style)
    for text in texts:
        paragraph.add_run(text)
    return paragraph


def _tag(doc, tag: str) -> None:
    """A paragraph holding only a docxtpl {%p %} tag (removed whole when rendered)."""
    doc.add_paragraph("{%p " + tag + " %}")


def _para_either(doc, condition: str, style: str, otherwise: str, *texts: str) -> None:
    """The texts in `style` where the condition holds, else in `otherwise`."""
    _tag(doc, f"if {condition}")
    _para(doc, style, *texts)
    _tag(doc, "else")
    _para(doc, otherwise, *texts)
    _tag(doc, "endif")


def _cell(text: str, style: str = "Table Text", fill: str | None = None) -> str:
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>{shd}</w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style.replace(" ", "")}"/></w:pPr>'
        f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>'
    )


def _row(cells: str, *, header: bool = False) -> str:
    props = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    return f"<w:tr><w:trPr>{props}</w:trPr>{cells}</w:tr>"


def _generic_table() -> str:
    """A table of any width: rows via {%tr for %}, columns via {%tc for %}.

    docxtpl removes the whole row/cell holding a {%tr %}/{%tc %} tag, so a column loop
    takes three cells (for / content / endfor) and fix_tables() rebuilds the grid for the
    number of columns actually rendered.
    """
    third = int(TEXT_WIDTH.twips) // 3
    grid = "".join(f'<w:gridCol w:w="{third}"/>' for _ in range(3))
    rows = [
        _row(_cell("{%tr if block.headers %}")),
        _row(
            _cell("{%tc for heading in block.headers %}")
            + _cell("{{ heading }}", "Table Heading", TABLE_HEAD_FILL)
            + _cell("{%tc endfor %}"),
            header=True,
        ),
        _row(_cell("{%tr endif %}")),
        _row(_cell("{%tr for row in block.rows %}")),
        _row(
            _cell("{%tc for cell in row %}")
            + _cell("{{ cell }}")
            + _cell("{%tc endfor %}")
        ),
        _row(_cell("{%tr endfor %}")),
    ]
    return (
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="RuleTable"/>'
        '<w:tblW w:w="5000" w:type="pct"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'
    )


def _field(paragraph, code: str, placeholder: str) -> None:
    """Append a complex field (PAGE, NUMPAGES) to a paragraph."""
    run_xml = (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:t>{placeholder}</w:t></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    )
    for xml in run_xml:
        paragraph._p.append(parse_xml(xml))


def _page_setup(section) -> None:
    section.page_width = PAGE_WIDTH
    section.page_height = PAGE_HEIGHT
    section.left_margin = MARGIN_LEFT
    section.right_margin = MARGIN_RIGHT
    section.top_margin = Cm(2.5)
    section.bottom_margin = Cm(2.3)
    section.header_distance = Cm(1.2)
    section.footer_distance = Cm(1.1)


APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Application>spinout</Application>"
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
KEEP_TABLE_STYLES = {"TableNormal", "TableGrid"}


def trim_package(doc) -> None:
    """Drop what python-docx's default template carries and a rules document never uses:
    Word 2010's stylesWithEffects copy, a thumbnail, bibliography custom XML, ~100 table
    styles, the preview-picture setting."""
    package = doc.part.package
    for rels in (doc.part.rels, package.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in ("stylesWithEffects", "customXml", "thumbnail"):
                rels.pop(rid)
    for part in package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = APP_XML.encode("utf-8")
    styles = doc.styles.element
    for style in styles.findall(qn("w:style")):
        is_table = style.get(qn("w:type")) == "table"
        if is_table and style.get(qn("w:styleId")) not in KEEP_TABLE_STYLES:
            styles.remove(style)
    settings = doc.settings.element
    for tag in ("w:savePreviewPicture", "w:rsids"):
        for el in settings.findall(qn(tag)):
            settings.remove(el)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "en-GB")
        lang.attrib.pop(qn("w:eastAsia"), None)


def build(output: Path) -> None:
    doc = Document()
    trim_package(doc)
    _numbering(doc)
    build_styles(doc)

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    # Title page (section 1: footer only).
    _para(doc, "Title", "{{ title }}")
    _tag(doc, "if show_society_name")
    _para(doc, "Society Name", "{{ society_name }}")
    _tag(doc, "endif")
    _para(doc, "Subtitle", "{{ subtitle }}")
    _para(doc, "Notice Heading", "Draft - not legal advice")
    _para(doc, "Notice", "{{ notice }}")
    produced_by = _para(doc, "Produced By", "{{ produced_by }}")

    title_section = doc.sections[0]
    _page_setup(title_section)
    footer = title_section.footer
    footer.is_linked_to_previous = False
    footer_para = footer.paragraphs[0]
    footer_para.style = doc.styles["Footer"]
    footer_para.add_run("Draft - not legal advice\tPage ")
    _field(footer_para, "PAGE", "1")
    footer_para.add_run(" of ")
    _field(footer_para, "NUMPAGES", "1")

    # The rules (section 2: running header with the society's name, same footer).
    body_section = doc.add_section(WD_SECTION.NEW_PAGE)
    # python-docx ends section 1 with an empty paragraph of its own: move the section
    # break into the last title-page paragraph instead.
    break_para = body.findall(qn("w:p"))[-1]
    produced_by._p.get_or_add_pPr().append(break_para.pPr.find(qn("w:sectPr")))
    body.remove(break_para)
    _page_setup(body_section)
    header = body_section.header
    header.is_linked_to_previous = False
    header_para = header.paragraphs[0]
    header_para.style = doc.styles["Header"]
    header_para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header_para.add_run("{{ society_name }}")
    header_ppr = header_para._p.get_or_add_pPr()
    header_ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="4" '
        f'w:color="{TABLE_BORDER}"/></w:pBdr>'
    ))
    _sort_ppr(header_ppr)

    # the contents: a TOC field whose stored result is the entries (spinout.render.wordfields)
    _tag(doc, "if contents")
    _para(doc, "Contents Heading", "Contents")
    _tag(doc, "for entry in contents")
    _para_either(doc, "entry.level == 1", "toc 1", "toc 2", "{{r entry.runs }}")
    _tag(doc, "endfor")
    _tag(doc, "endif")

    _tag(doc, "for part in parts")
    _para_either(doc, "part.new_page or (loop.first and contents)", "Heading 1 New Page", "Heading 1",
                 "{{r part.runs }}")
    _tag(doc, "for rule in part.rules")
    _para_either(doc, "numbered", "Heading 2", "Point Heading", "{{r rule.runs }}")
    _tag(doc, "for block in rule.blocks")
    _tag(doc, 'if block.kind == "table"')
    _tag(doc, "if block.caption")
    _para(doc, "Table Caption", "{{ block.caption }}")
    _tag(doc, "endif")
    table_anchor = doc.add_paragraph()           # replaced by the table just below
    table_anchor._p.addnext(parse_xml(_generic_table()))
    body.remove(table_anchor._p)
    _tag(doc, "if block.note")
    _para(doc, "Table Note", "{{ block.note }}")
    _tag(doc, "endif")
    _tag(doc, 'elif block.kind == "prompt"')
    _para(doc, "Prompt", "To write: ", "{{r block.runs }}")
    _tag(doc, 'elif block.kind == "words"')
    _tag(doc, "for piece in block.pieces")
    _tag(doc, "if piece.label")
    _para(doc, "Own Words Item", "{{ piece.label }}", "\t", "{{r piece.xml }}")
    _tag(doc, "else")
    _para(doc, "Own Words", "{{r piece.xml }}")
    _tag(doc, "endif")
    _tag(doc, "endfor")
    _tag(doc, 'elif block.kind == "verbatim"')
    _para(doc, "Rule Paragraph", "{{r block.runs }}")
    _para(doc, "Verbatim", "{{ block.text }}")
    _tag(doc, 'elif block.kind == "figure"')
    _para(doc, "Figure", "{{ block.image }}")
    _para(doc, "Table Caption", "Figure: {{ block.caption }}")
    _tag(doc, 'elif block.kind == "paragraph" and numbered')
    _para(doc, "Rule Paragraph", "{{r block.runs }}")
    _tag(doc, "for entry in block.entries")
    _para(doc, "Rule Item", "{{r entry.runs }}")
    _tag(doc, "endfor")
    _tag(doc, 'elif block.kind == "paragraph"')
    _para(doc, "Point Text", "{{r block.runs }}")
    _tag(doc, "for entry in block.entries")
    _para(doc, "Point Item", "{{r entry.runs }}")
    _tag(doc, "endfor")
    _tag(doc, "endif")
    _tag(doc, "endfor")
    _tag(doc, "endfor")
    _tag(doc, "endfor")
    # the signature block: unnumbered, after the last rule (the rules only)
    _tag(doc, "if signatures")
    _para(doc, "Heading 1", "{{ signatures.heading }}")
    _para(doc, "Normal", "{{ signatures.text }}")
    _tag(doc, "for signatory in signatures.signatories")
    _para(doc, "Signatory", "{{ signatory.role }}")
    _para(doc, "Normal", "Signature: ", "{{ signatures.signature_line }}")
    _para(doc, "Normal", "Name: ", "{{ signatory.name }}")
    _para(doc, "Normal", "Date: ", "{{ signatures.date_line }}")
    _tag(doc, "endfor")
    _tag(doc, "endif")
    end = doc.add_paragraph(style="Normal")      # the body never ends on a table
    end.paragraph_format.space_after = Pt(0)

    props = doc.core_properties
    props.title = ""
    props.subject = ""
    props.author = "spinout"
    props.last_modified_by = "spinout"
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = TEMPLATE_DATE.replace(tzinfo=None)
    props.modified = TEMPLATE_DATE.replace(tzinfo=None)
    props.language = "en-GB"

    output.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    doc.save(buffer)
    output.write_bytes(normalise_docx(buffer.getvalue(), TEMPLATE_DATE.date()))


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else ROOT / "templates" / "constitution.docx"
    build(output)
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
