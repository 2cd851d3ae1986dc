"""Lay out a comparison of two drafts for the terminal: each document of the pack under its
title, each changed rule or section with its number and title, and the words that changed
inside it, as `git diff --word-diff=plain` marks them: [-old words-]{+new words+}.

The marks are the meaning; colour (red for old words, green for new) is only ever added to
them, on a terminal. Text is data: characters that would read as a mark are escaped with a
backslash (so "[-" in a rule comes out "[\\-"), and control characters are shown as escapes,
never sent to the terminal. Lines wrap at the width given, between words, or inside a word
that is longer than a line, but never inside a mark or an escape.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..review.diff import (
    SAME_DOCUMENTS,
    DocumentChange,
    LineChange,
    PackComparison,
    RuleChange,
    Segment,
    changed_words,
    counts_line,
    renumbering,
)

OPEN = {"delete": "[-", "insert": "{+"}
CLOSE = {"delete": "-]", "insert": "+}"}
COLOURS = {"delete": "\x1b[31m", "insert": "\x1b[32m"}    # red and green, as git shows them
RESET = "\x1b[0m"
GAP = "..."             # unchanged words left out
CONTEXT = 6             # unchanged words kept on each side of a change
ROWS = 8                # changed rows shown of one table (a month-by-month cash table can change in every row)
# The key, as marked text, so it shows the marks (and their colours) as the changes do.
LEGEND = (Segment("equal", "Key: "), Segment("delete", "words"), Segment("equal", " are only in the old draft, "),
          Segment("insert", "words"), Segment("equal", f" only in the new; {GAP} stands for words left out."))
ESCAPE_NOTE = ('A backslash keeps text apart from the marks: "\\-" is "-", "\\+" is "+", "\\\\" is "\\", '
               'and "\\x1b" or "\\u202e" is the character with that code.')

INDENT = {"document": 0, "part": 2, "rule": 4, "line": 6}
HANG = 4                # wrapped lines hang this much further in
MIN_WIDTH = 40

_PREFIXES = {"prompt": "To write: ", "caption": "Table: ", "header": "Columns: ", "row": "Row: ",
             "note": "Note: ", "figure": "Figure: "}


# ------------------------------------------------------------------ the units of a line


@dataclass(frozen=True)
class _Unit:
    """What a line is made of: a character, an escape or a mark, never split across lines,
    or a space, where a line may break."""

    text: str
    op: str = "equal"         # "equal" | "delete" | "insert": a unit's colour

    @property
    def space(self) -> bool:
        return self.text == " "


_SPACE = _Unit(" ")
_WHITESPACE = re.compile(r"\s+")


def _units(segments: list[Segment] | tuple[Segment, ...]) -> list[_Unit]:
    """Marked text as units: each change between its marks, its text escaped."""
    units: list[_Unit] = []
    for segment in segments:
        if not segment.text:
            continue
        if segment.op == "equal":
            units += _escaped(segment.text, "equal")
        else:
            units += [_Unit(OPEN[segment.op], segment.op), *_escaped(segment.text, segment.op),
                      _Unit(CLOSE[segment.op], segment.op)]
    return units


def _escaped(text: str, op: str) -> list[_Unit]:
    """Text as units, whitespace as single spaces. A "-" next to "[" or "]" and a "+" next to
    "{" or "}" get a backslash (so no text reads as a mark), as does a backslash itself; control
    and formatting characters (an escape code, a right-to-left override) are shown as codes."""
    text = _WHITESPACE.sub(" ", text)
    units = []
    for index, char in enumerate(text):
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        if char == " ":
            units.append(_SPACE)
        elif char == "\\" or (char == "-" and (before == "[" or after == "]")) \
                or (char == "+" and (before == "{" or after == "}")):
            units.append(_Unit("\\" + char, op))
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            units.append(_Unit(_code(char), op))
        else:
            units.append(_Unit(char, op))
    return units


def _code(char: str) -> str:
    """A character by its code, as Python writes it: \\x1b, \\u202e, \\U000e0001."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def has_escapes(text: str) -> bool:
    return "\\" in text


# ------------------------------------------------------------------ wrapping


def _wrapped(units: list[_Unit], width: int, indent: int, colour: bool) -> list[str]:
    """Units as lines no wider than `width`: broken at spaces, with a word longer than a line
    broken between its units; continuation lines hang HANG further in."""
    lines: list[list[_Unit]] = []
    line: list[_Unit] = []
    used = indent
    for word in _words(units):
        size = sum(len(unit.text) for unit in word)
        if line and used + 1 + size > width:
            lines.append(line)
            line, used = [], indent + HANG
        if line:
            line.append(_SPACE)
            used += 1
        for unit in word:
            if line and used + len(unit.text) > width:
                lines.append(line)
                line, used = [], indent + HANG
            line.append(unit)
            used += len(unit.text)
    if line or not lines:
        lines.append(line)
    return [" " * (indent if index == 0 else indent + HANG) + _painted(line, colour)
            for index, line in enumerate(lines)]


def _words(units: list[_Unit]) -> list[list[_Unit]]:
    words: list[list[_Unit]] = []
    word: list[_Unit] = []
    for unit in units:
        if unit.space:
            if word:
                words.append(word)
            word = []
        else:
            word.append(unit)
    if word:
        words.append(word)
    return words


def _painted(units: list[_Unit], colour: bool) -> str:
    """The units as text; with colour, old and new words (marks included) in their colours.
    A space takes the colour of the words on both sides only when they share it."""
    if not colour:
        return "".join(unit.text for unit in units)
    out, current = [], "equal"
    for index, unit in enumerate(units):
        op = unit.op
        if unit.space:
            before = units[index - 1].op if index else "equal"
            after = units[index + 1].op if index + 1 < len(units) else "equal"
            op = before if before == after else "equal"
        if op != current:
            out.append((RESET if current != "equal" else "") + COLOURS.get(op, ""))
            current = op
        out.append(unit.text)
    if current != "equal":
        out.append(RESET)
    return "".join(out)


# ------------------------------------------------------------------ context


def _in_context(segments: tuple[Segment, ...], context: int) -> list[Segment]:
    """The changes with up to `context` unchanged words on either side; longer unchanged
    stretches are cut down to their ends, with GAP for the words left out."""
    trimmed: list[Segment] = []
    last = len(segments) - 1
    for index, segment in enumerate(segments):
        words = segment.text.split()
        after_change, before_change = index > 0, index < last
        head = words[:context] if after_change else []
        tail = words[len(words) - context:] if before_change and context else []
        if segment.op != "equal" or len(head) + len(tail) + 1 >= len(words):
            trimmed.append(segment)
            continue
        lead = " " if after_change and segment.text[:1].isspace() else ""
        trail = " " if before_change and segment.text[-1:].isspace() else ""
        trimmed.append(Segment("equal", lead + " ".join(head + [GAP] + tail) + trail))
    return trimmed


# ------------------------------------------------------------------ the layout


@dataclass(frozen=True)
class Layout:
    width: int = 80
    colour: bool = False
    context: int = CONTEXT

    def lines(self, segments: list[Segment] | tuple[Segment, ...], level: str) -> list[str]:
        return _wrapped(_units(segments), max(self.width, MIN_WIDTH), INDENT[level], self.colour)

    def plain(self, text: str, level: str) -> list[str]:
        return self.lines([Segment("equal", text)], level)


def format_pack_diff(comparison: PackComparison, *, width: int = 80, colour: bool = False,
                     context: int = CONTEXT) -> list[str]:
    """The whole comparison as terminal lines: a key to the marks, then each document under its
    title, then which documents changed. Colour only when asked (a terminal, NO_COLOR unset)."""
    layout = Layout(width, colour, context)
    if not comparison.has_changes:
        return layout.plain(SAME_DOCUMENTS, "document")
    lines = layout.lines(LEGEND, "document")
    body: list[str] = []
    for document in comparison.documents:
        body += [""] + _document_lines(document, layout)
    if any(has_escapes(line) for line in body):
        lines += _wrap_sentence(ESCAPE_NOTE, width)       # our own words, so not escaped
    return lines + body + [""] + layout.plain(changed_documents_line(comparison), "document")


def heading_lines(old: Path, new: Path, *, width: int = 80) -> list[str]:
    """"Changes from OLD to NEW:", the paths as given (wrapped, not escaped)."""
    return _wrap_sentence(f"Changes from {old} to {new}:", width)


def changed_documents_line(comparison: PackComparison) -> str:
    """"Changed: the rules and the business case. The same: the registration papers."."""
    groups: dict[str, list[str]] = {"Changed": [], "The same": [], "Only the new draft has": [],
                                    "Only the old draft has": []}
    for document in comparison.documents:
        group = {"added": "Only the new draft has", "removed": "Only the old draft has"}.get(
            document.status, "Changed" if document.has_changes else "The same")
        groups[group].append(document.kind.name)
    return " ".join(f"{group}: {_listed(names)}." for group, names in groups.items() if names)


def redline_note(comparison: PackComparison, out: Path | None, written: tuple[Path, ...], *,
                 width: int = 80) -> list[str]:
    """What became of the redline asked for with -o: where it went and what it covers, or why
    none was written. Our own sentences and the user's paths: wrapped, never escaped."""
    if out is None:
        return []
    main = comparison.main
    if written:
        others = [document.kind.name for document in comparison.changed() if document is not main]
        words = [f"Wrote the redline of {main.kind.name} into {out}/", *(f"  {path}" for path in written)]
        if others:
            words.append(f"The redline covers {main.kind.name} only; the changes to {_listed(others)} "
                         "are listed above.")
        words.append("The redline is a draft, not legal advice.")
    elif not comparison.has_changes:
        words = ["No redline was written."]
    elif main.status == "compared":
        words = [(f"{main.kind.name.capitalize()} did not change, so no redline was written "
                  f"(the redline covers {main.kind.name} only).")]
    else:
        words = ["The two drafts produce different main documents, so no redline was written."]
    return [line for sentence in words for line in _wrap_sentence(sentence, width)]


def _wrap_sentence(sentence: str, width: int) -> list[str]:
    if sentence.startswith("  "):       # a path: on its own line, however long
        return [sentence]
    return textwrap.wrap(sentence, max(width, MIN_WIDTH), subsequent_indent=" " * HANG,
                         break_long_words=False, break_on_hyphens=False) or [""]


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _document_lines(document: DocumentChange, layout: Layout) -> list[str]:
    title = document.title
    if document.status == "added":
        return layout.plain(f"{title}: only the new draft produces this document.", "document")
    if document.status == "removed":
        return layout.plain(f"{title}: only the old draft produces this document.", "document")
    comparison = document.comparison
    if comparison is None or not comparison.has_changes:
        return layout.plain(f"{title}: no changes.", "document")
    lines = layout.plain(title, "document") + layout.plain(counts_line(comparison), "part")
    part = ""
    for rule in comparison.rules:
        shown = _rule_lines(rule, comparison.unit, layout)
        if shown and rule.part != part:
            # the part says where a rule sits, and whose it is when a part is repeated for each class
            lines += layout.plain(rule.part, "part")
            part = rule.part
        lines += shown
    lines += [line for move in renumbering(comparison) for line in layout.plain(f"Renumbered: {move}", "part")]
    return lines


def _rule_lines(rule: RuleChange, unit: str, layout: Layout) -> list[str]:
    """A changed rule's heading and its changed lines; an added or removed rule, one line."""
    heading = [Segment("equal", f"{unit.capitalize()} {rule.number} ")]
    if rule.status == "added":
        return layout.lines(heading + [Segment("equal", f"{rule.title}: added")], "rule")
    if rule.status == "removed":
        return layout.lines(heading + [Segment("equal", f"{rule.title}: removed")], "rule")
    if rule.status != "changed":
        return []
    lines = layout.lines(heading + list(rule.title_segments) + [Segment("equal", f": {changed_words(rule, unit)}")],
                         "rule")
    return lines + _changed_lines(rule.lines, layout)


def _changed_lines(rule_lines: tuple[LineChange, ...], layout: Layout) -> list[str]:
    """The lines of a rule that changed, in context: a table's header (unchanged) above its
    first changed row, to say which column is which, and at most ROWS changed rows a table."""
    lines: list[str] = []
    header: LineChange | None = None
    header_shown, rows, hidden = False, 0, 0
    for line in rule_lines:
        if line.kind in ("caption", "header"):          # a new table
            lines += _hidden_rows(hidden, layout)
            rows = hidden = 0
            header, header_shown = (line, line.status != "unchanged") if line.kind == "header" else (None, False)
        if line.status == "unchanged":
            continue
        if line.kind == "row":
            rows += 1
            if rows > ROWS:
                hidden += 1
                continue
            if header is not None and not header_shown:
                lines += layout.lines(_line_segments(header, layout.context), "line")
                header_shown = True
        lines += layout.lines(_line_segments(line, layout.context), "line")
    return lines + _hidden_rows(hidden, layout)


def _hidden_rows(hidden: int, layout: Layout) -> list[str]:
    if not hidden:
        return []
    rows = "row" if hidden == 1 else "rows"
    return layout.plain(f"{GAP} and {hidden} more {rows} of this table changed (not shown)", "line")


def _line_segments(line: LineChange, context: int) -> list[Segment]:
    """A line as shown: its number or what it is ("Row: "), then its words in context. A line
    added or removed whole is shown whole; a table row whole, as its cells are short."""
    label = line.label or _PREFIXES.get(line.kind, "")
    prefix = [Segment("equal", label if label.endswith(" ") else label + " ")] if label else []
    if line.status == "changed" and line.cells:
        # cell by cell, so a change never seems to run from one column into the next; the first
        # cell (what the row is) in full, a long unchanged cell cut to GAP
        cells = [_cell_in_context(cell, context) if index else list(cell)
                 for index, cell in enumerate(line.cells)]
        return prefix + [segment for index, cell in enumerate(cells)
                         for segment in ([Segment("equal", " | ")] if index else []) + cell]
    if line.status != "changed":
        return prefix + _opening(line.segments, 3 * context if line.kind not in ("row", "header") else 0)
    return prefix + _in_context(line.segments, context)


def _opening(segments: tuple[Segment, ...], words: int) -> list[Segment]:
    """A line added or removed whole, cut to its first `words` words (0: all of it): enough to
    know it again, as the rule says the rest."""
    if not words or len(segments) != 1 or len(segments[0].text.split()) <= words + 1:
        return list(segments)
    segment = segments[0]
    return [Segment(segment.op, " ".join(segment.text.split()[:words] + [GAP]))]


def _cell_in_context(cell: tuple[Segment, ...], context: int) -> list[Segment]:
    if any(segment.op != "equal" for segment in cell):
        return _in_context(cell, context)
    text = "".join(segment.text for segment in cell)
    return [Segment("equal", GAP if len(text.split()) > 2 * context else text)]


def format_segments(segments: tuple[Segment, ...]) -> str:
    """Marked text on one line, no colour: what a line of the diff holds before wrapping."""
    return "".join(unit.text for unit in _units(segments))
