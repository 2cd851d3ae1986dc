"""Word structure a solicitor expects: list numbering, bookmarks, REF fields and a contents field.

The Word file numbers rules, paragraphs and items with Word's own multi-level list (one
abstract numbering definition; the paragraph styles point at its levels), and each
cross-reference is a REF field to a bookmark on the rule or paragraph it names. The field's
stored result is the number spinout computed, so the file opens right without updating, and
stays right when someone inserts a rule and updates fields. The list counts as the assembler
does (spinout/engine/assemble.py): rules 1, 2, ... through the whole document, paragraphs
restarting at each rule, items at each paragraph; prompts, tables and figures take no number.

Everything here is XML built from data: text is escaped as it is placed, and nothing depends
on the clock or the machine, so the same Document gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from spinout.engine.document import Reference
from spinout.render.html import clean_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

LEGAL_LIST = 1          # numId of the rules' list: rule "1", paragraph "1.1", item "(a)"
BULLET_LIST = 2         # numId of the plain bulleted list (member summaries: no legal numbering)
RULE_LEVEL, PARAGRAPH_LEVEL, ITEM_LEVEL = 0, 1, 2
# the paragraph style of each level of the rules' list (the styles name their level too)
LEVEL_STYLES = {RULE_LEVEL: "Heading2", PARAGRAPH_LEVEL: "RuleParagraph", ITEM_LEVEL: "RuleItem"}
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'
MAX_BOOKMARK = 40       # Word's longest bookmark name


# --------------------------------------------------------------------------- numbering.xml

def numbering_xml(number_indent: int, item_indent: int, bullet_indent: int) -> str:
    """The numbering part: the rules' multi-level list and a bullet list. Indents in twips,
    the same as the styles' hanging indents, so a number sits where the typed one did."""
    levels = [
        _level(RULE_LEVEL, "decimal", "%1", LEVEL_STYLES[RULE_LEVEL], number_indent, number_indent),
        _level(PARAGRAPH_LEVEL, "decimal", "%1.%2", LEVEL_STYLES[PARAGRAPH_LEVEL], number_indent, number_indent),
        _level(ITEM_LEVEL, "lowerLetter", "(%3)", LEVEL_STYLES[ITEM_LEVEL], item_indent,
               item_indent - number_indent),
    ]
    # levels Word expects but the rules never use: further sub-items, should a solicitor want them
    deeper = [("lowerRoman", "(%4)"), ("upperLetter", "(%5)"), ("decimal", "(%6)"),
              ("lowerLetter", "%7."), ("lowerRoman", "%8."), ("decimal", "%9.")]
    for offset, (fmt, text) in enumerate(deeper, start=3):
        levels.append(_level(offset, fmt, text, "", item_indent + (offset - 2) * 567, 567))
    legal = (f'<w:abstractNum w:abstractNumId="{LEGAL_LIST}"><w:nsid w:val="53504E31"/>'
             '<w:multiLevelType w:val="multilevel"/><w:name w:val="Rules"/>'
             f'{"".join(levels)}</w:abstractNum>')
    bullet = (f'<w:abstractNum w:abstractNumId="{BULLET_LIST}"><w:nsid w:val="53504E32"/>'
              '<w:multiLevelType w:val="singleLevel"/><w:name w:val="Bullets"/>'
              '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
              '<w:pStyle w:val="PointItem"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
              f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{bullet_indent}"/></w:tabs>'
              f'<w:ind w:left="{bullet_indent}" w:hanging="{bullet_indent}"/></w:pPr></w:lvl>'
              '</w:abstractNum>')
    nums = (f'<w:num w:numId="{LEGAL_LIST}"><w:abstractNumId w:val="{LEGAL_LIST}"/></w:num>'
            f'<w:num w:numId="{BULLET_LIST}"><w:abstractNumId w:val="{BULLET_LIST}"/></w:num>')
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<w:numbering xmlns:w="{W_NS}">{legal}{bullet}{nums}</w:numbering>')


def _level(level: int, fmt: str, text: str, style: str, left: int, hanging: int) -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
            f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')


def style_numbering(level: int, num_id: int = LEGAL_LIST) -> str:
    """The numPr a paragraph style carries to take its level of a list."""
    return f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


# --------------------------------------------------------------------------- runs and fields

def text_xml(text: str) -> str:
    """Text as the inside of a <w:t>: escaped for XML, and with the sequences docxtpl turns back
    into template tags after rendering ("{_{" and the like) guarded, so user text comes out
    exactly as written (as render/docx.py's _protect does for plain values)."""
    return escape(clean_text(text)).replace("{_", "{&#95;").replace("_}", "&#95;}")


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text_xml(text)}</w:t></w:r>' if text else ""


def field_runs(instruction: str, result: str) -> str:
    """A complex field: Word shows `result` until fields are updated, then what the
    instruction computes."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def reference_name(target: str) -> str:
    """The hidden bookmark ("_Ref..."; Word hides names starting "_") on the rule or paragraph
    numbered `target`: "12" -> "_Ref_rule_12", "12.3" -> "_Ref_para_12_3"."""
    kind = "para" if "." in target else "rule"
    return _bookmark(f"_Ref_{kind}_{target.replace('.', '_')}")


def contents_name(kind: str, number: str) -> str:
    """The bookmark a contents entry links to: "_Toc_part_2", "_Toc_rule_12"."""
    return _bookmark(f"_Toc_{kind}_{number.replace('.', '_')}")


def _bookmark(name: str) -> str:
    """Only letters, digits and underscores, at most 40 characters (Word drops longer ones)."""
    safe = "".join(c if c.isascii() and (c.isalnum() or c == "_") else "_" for c in name)
    return safe[:MAX_BOOKMARK]


@dataclass
class Bookmarks:
    """Bookmark ids in the order they are placed: the same Document gives the same ids."""

    targets: frozenset[str] = frozenset()     # numbers some cross-reference points at
    count: int = 0

    def around(self, names: Sequence[str], inner: str) -> str:
        """`inner` runs inside a bookmark of each name (nested, each closed in turn)."""
        starts: list[str] = []
        ends: list[str] = []
        for name in names:
            self.count += 1
            starts.append(f'<w:bookmarkStart w:id="{self.count}" w:name="{name}"/>')
            ends.insert(0, f'<w:bookmarkEnd w:id="{self.count}"/>')
        return "".join(starts) + inner + "".join(ends)

    def target_names(self, number: str) -> list[str]:
        return [reference_name(number)] if number in self.targets else []


def referenced_text(text: str, refs: Sequence[Reference], *, fields: bool = True) -> str:
    """Runs for a text whose cross-references become REF fields (\\w: the number in full
    context, "12.3"; \\h: a link), each showing spinout's number until fields are updated.
    Without `fields` (a document with no list numbering) the numbers stay plain text."""
    pieces, position = [], 0
    for ref in sorted(refs, key=lambda r: r.start):
        if ref.start < position or text[ref.start:ref.end] != ref.target:
            continue                   # a span that does not fit its text: leave the words as they are
        pieces.append(run(text[position:ref.start]))
        number = text[ref.start:ref.end]
        pieces.append(field_runs(f"REF {reference_name(ref.target)} \\w \\h", number) if fields else run(number))
        position = ref.end
    pieces.append(run(text[position:]))
    return "".join(pieces)


# --------------------------------------------------------------------------- contents

@dataclass(frozen=True)
class ContentsEntry:
    level: int            # 1: a part (Heading 1), 2: a rule (Heading 2)
    number: str           # the rule's number ("" for a part: its number is in its text)
    text: str
    anchor: str           # the bookmark on the heading ("" if it has none)


def contents_paragraphs(entries: Sequence[ContentsEntry]) -> list[tuple[int, str]]:
    """Each entry's level and runs. The first holds the TOC field's start and the last its end,
    so the entries are the field's stored result, as Word writes a contents table. The stored
    entries carry no page numbers (spinout does not lay out pages for Word): Word adds them when
    the contents is updated (References > Update Table), and LibreOffice with Tools > Update."""
    paragraphs = []
    for index, entry in enumerate(entries):
        runs = ""
        if index == 0:
            runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     f'<w:r><w:instrText xml:space="preserve"> {escape(TOC_INSTRUCTION)} </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        body = (run(entry.number) + "<w:r><w:tab/></w:r>" if entry.number else "") + run(entry.text)
        if entry.anchor:
            body = f'<w:hyperlink w:anchor="{entry.anchor}" w:history="1">{body}</w:hyperlink>'
        runs += body
        if index == len(entries) - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        paragraphs.append((entry.level, runs))
    return paragraphs
