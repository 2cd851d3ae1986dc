"""Compare two drafts: every document their packs hold (the rules or trust outline, the
business case, the registration papers, the member summaries), and in each, which rules or
sections were added, removed, changed or renumbered, and how.

The engine only: it works on Documents and imports no renderer and prints nothing. Rules are
matched by clause id, their stable identity (numbers shift when a rule is added earlier on),
and the text inside a rule by difflib, first line by line and then word by word, so a renderer
can mark each insertion and deletion. The words for people (`summary_lines`) live here too,
so the terminal and the redline say the same thing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..answers.model import Answers
from ..engine.document import Document, Figure, Paragraph, Rule, Table
from ..engine.kinds import Kind
from ..errors import SpinoutError
from ..formats import plural

Status = Literal["added", "removed", "changed", "unchanged"]
Op = Literal["equal", "insert", "delete"]

# Below this similarity two lines in a changed stretch are not "the same line, edited" but one
# line removed and another added: a word-by-word redline of unrelated text is unreadable.
PAIR_RATIO = 0.5


class DraftError(SpinoutError):
    """OLD or NEW is neither an answers file nor a pack folder."""


# ------------------------------------------------------------------ loading


def load_documents(path: Path) -> dict[Kind, Document]:
    """Every document a draft's pack holds, the main one first: from an answers file, or from a
    pack folder through its replayable answers.yml (so two packs compare by what built them,
    and files edited by hand in a pack folder are not what is compared)."""
    from .text import load_draft as load_draft_answers

    path = Path(path)
    if not path.exists():
        raise DraftError(f"There is no file or folder at {path}.", hint="Check the path.")
    if path.is_file() and path.suffix.lower() not in (".yml", ".yaml"):
        raise DraftError(f"{path} is neither an answers file (.yml or .yaml) nor a pack folder.",
                         hint="Give an answers file or a folder written by `spinout build`.")
    return documents_for(load_draft_answers(path))


def documents_for(answers: Answers) -> dict[Kind, Document]:
    """Every document a pack built from these answers holds, the main one first."""
    from ..engine.assemble import assemble
    from ..engine.kinds import pack_kinds

    return {kind: assemble(answers, kind=kind) for kind in pack_kinds(answers)}


# ------------------------------------------------------------------ the comparison


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


@dataclass(frozen=True)
class Line:
    """One comparable line of a rule: a paragraph, an item, a table's caption, header or row,
    a prompt or a figure. Table lines keep their cells so a redline can lay out a table."""

    kind: str            # "paragraph" | "item" | "prompt" | "caption" | "header" | "row" | "note" | "figure"
    label: str           # "12.3", "(a)" or ""
    text: str
    cells: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        # Matched on kind and text, never the label: paragraph numbers shift with the rule's.
        return self.kind, self.text


@dataclass(frozen=True)
class LineChange:
    status: Status
    kind: str
    old_label: str
    new_label: str
    segments: tuple[Segment, ...]                  # the whole text, word by word
    cells: tuple[tuple[Segment, ...], ...] = ()    # table lines: each cell, word by word

    @property
    def label(self) -> str:
        return self.new_label or self.old_label


@dataclass(frozen=True)
class RuleChange:
    status: Status
    clause_id: str
    old_number: str          # "" for an added rule
    new_number: str          # "" for a removed rule
    title: str               # the new title (the old one for a removed rule)
    title_segments: tuple[Segment, ...]
    part: str                # "Part 2: Membership", of the draft the rule is shown from
    lines: tuple[LineChange, ...]

    @property
    def renumbered(self) -> bool:
        return bool(self.old_number and self.new_number and self.old_number != self.new_number)

    @property
    def number(self) -> str:
        return self.new_number or self.old_number


@dataclass(frozen=True)
class Comparison:
    rules: tuple[RuleChange, ...]    # the new draft's order, removed rules at their old place
    unit: str = "rule"

    @property
    def has_changes(self) -> bool:
        return any(rule.status != "unchanged" or rule.renumbered for rule in self.rules)

    def of(self, status: Status) -> list[RuleChange]:
        return [rule for rule in self.rules if rule.status == status]


DocumentStatus = Literal["compared", "added", "removed"]


@dataclass(frozen=True)
class DocumentChange:
    """One document of the pack: compared rule by rule when both drafts produce it, or
    produced by one draft only (a draft that switched to a trust outline has no rules)."""

    kind: Kind
    status: DocumentStatus
    title: str                       # the new draft's title (the old one's for a removed document)
    comparison: Comparison | None    # None unless compared
    old: Document | None
    new: Document | None

    @property
    def has_changes(self) -> bool:
        return self.status != "compared" or bool(self.comparison and self.comparison.has_changes)


@dataclass(frozen=True)
class PackComparison:
    documents: tuple[DocumentChange, ...]   # the new draft's order, then those only the old has

    @property
    def has_changes(self) -> bool:
        return any(document.has_changes for document in self.documents)

    @property
    def main(self) -> DocumentChange:
        """The rules or trust outline: the first document, as in a pack."""
        return self.documents[0]

    def changed(self) -> list[DocumentChange]:
        return [document for document in self.documents if document.has_changes]


def compare_packs(old: dict[Kind, Document], new: dict[Kind, Document]) -> PackComparison:
    """Each document kind both drafts produce, compared; the others, as added or removed."""
    documents = []
    for kind, document in new.items():
        if kind in old:
            documents.append(DocumentChange(kind, "compared", document.title, compare(old[kind], document),
                                            old[kind], document))
        else:
            documents.append(DocumentChange(kind, "added", document.title, None, None, document))
    documents += [DocumentChange(kind, "removed", document.title, None, document, None)
                  for kind, document in old.items() if kind not in new]
    return PackComparison(tuple(documents))


def compare(old: Document, new: Document) -> Comparison:
    """Every rule of both drafts, matched by identity (see `_identities`), in the new draft's order."""
    repeated = _repeated_ids(old) | _repeated_ids(new)
    old_rules = _rules_with_parts(old, repeated)
    new_rules = _rules_with_parts(new, repeated)
    old_index = {identity: i for i, (_, _, identity) in enumerate(old_rules)}
    new_ids = {identity for _, _, identity in new_rules}
    changes: list[RuleChange] = []
    shown = 0                    # old rules before this index are placed already
    for rule, part, identity in new_rules:
        matched = old_index.get(identity)
        if matched is not None:
            changes += _removed_before(old_rules[shown:matched], new_ids)
            shown = max(shown, matched + 1)
            changes.append(_compare_rule(old_rules[matched][0], rule, part))
        else:
            changes.append(_one_sided(rule, part, "added"))
    changes += _removed_before(old_rules[shown:], new_ids)
    return Comparison(tuple(changes), new.unit)


def _repeated_ids(document: Document) -> set[str]:
    """Clause ids used more than once: a part repeated for each member class (an application
    form, a member summary) holds the same clauses under a different part title."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for rule in document.rules():
        (repeated if rule.clause_id in seen else seen).add(rule.clause_id)
    return repeated


def _rules_with_parts(document: Document, repeated: set[str]) -> list[tuple[Rule, str, str]]:
    """Each rule with its part's heading and its identity: the clause id, or for a clause used
    in several parts, the part's title and the clause id (so the workers' form is compared
    with the workers' form; a renamed class's part shows as removed and added)."""
    return [(rule, f"Part {part.number}: {part.title}",
             f"{part.title}\n{rule.clause_id}" if rule.clause_id in repeated else rule.clause_id)
            for part in document.parts for rule in part.rules]


def _removed_before(old_rules: list[tuple[Rule, str, str]], new_ids: set[str]) -> list[RuleChange]:
    return [_one_sided(rule, part, "removed") for rule, part, identity in old_rules if identity not in new_ids]


def _one_sided(rule: Rule, part: str, status: Status) -> RuleChange:
    op: Op = "insert" if status == "added" else "delete"
    lines = tuple(_single(line, status) for line in rule_lines(rule))
    numbers = ("", rule.number) if status == "added" else (rule.number, "")
    return RuleChange(status, rule.clause_id, *numbers, rule.title, (Segment(op, rule.title),), part, lines)


def _compare_rule(old: Rule, new: Rule, part: str) -> RuleChange:
    lines = tuple(compare_lines(rule_lines(old), rule_lines(new)))
    title = words_diff(old.title, new.title)
    same = old.title == new.title and all(line.status == "unchanged" for line in lines)
    return RuleChange("unchanged" if same else "changed", new.clause_id, old.number, new.number,
                      new.title, title, part, lines)


# ------------------------------------------------------------------ lines of a rule


def rule_lines(rule: Rule) -> list[Line]:
    """A rule as comparable lines: items and table rows on lines of their own, so adding a
    member class shows as one added row, not a changed table."""
    lines: list[Line] = []
    for block in rule.blocks:
        if isinstance(block, Table):
            # The caption line always opens a table (even when empty), so a renderer knows
            # where one table ends and the next begins.
            lines.append(Line("caption", "", block.caption))
            if block.headers:
                lines.append(Line("header", "", " | ".join(block.headers), tuple(block.headers)))
            lines += [Line("row", "", " | ".join(row), tuple(row)) for row in block.rows]
            if block.note:
                lines.append(Line("note", "", block.note))
        elif isinstance(block, Figure):
            lines.append(Line("figure", "", block.caption))
        elif isinstance(block, Paragraph) and block.words:
            # the group's own words: an unnumbered paragraph, or a list item under its bullet or number
            lines += [Line("item" if piece.label else "paragraph", piece.label, "".join(run for run, _ in piece.runs))
                      for piece in block.words]
        elif isinstance(block, Paragraph):
            lines.append(Line("prompt" if block.prompt else "paragraph", block.number, block.text))
            lines += [Line("item", label, text) for label, text in block.item_labels()]
    return lines


def compare_lines(old: list[Line], new: list[Line]) -> list[LineChange]:
    """The lines of both versions of a rule, in order, each unchanged, changed, added or removed."""
    matcher = difflib.SequenceMatcher(None, [line.key for line in old], [line.key for line in new],
                                      autojunk=False)
    changes: list[LineChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            changes += [_pair(a, b) for a, b in zip(old[i1:i2], new[j1:j2], strict=True)]
        else:
            changes += _align(old[i1:i2], new[j1:j2])
    return changes


def _align(old: list[Line], new: list[Line]) -> list[LineChange]:
    """Within a stretch that differs, pair each old line with the next new line of the same
    kind that is close enough to be an edit of it; the rest were removed or added."""
    changes: list[LineChange] = []
    j = 0
    for line in old:
        match = next((k for k in range(j, len(new)) if _similar(line, new[k])), None)
        if match is None:
            changes.append(_single(line, "removed"))
            continue
        changes += [_single(added, "added") for added in new[j:match]]
        changes.append(_pair(line, new[match]))
        j = match + 1
    changes += [_single(added, "added") for added in new[j:]]
    return changes


def _similar(old: Line, new: Line) -> bool:
    if old.kind != new.kind:
        return False
    matcher = difflib.SequenceMatcher(None, _words(old.text), _words(new.text), autojunk=False)
    return matcher.ratio() >= PAIR_RATIO


def _pair(old: Line, new: Line) -> LineChange:
    status: Status = "unchanged" if old.text == new.text else "changed"
    cells = tuple(words_diff(a, b) for a, b in _padded(old.cells, new.cells))
    return LineChange(status, new.kind, old.label, new.label, words_diff(old.text, new.text), cells)


def _single(line: Line, status: Status) -> LineChange:
    op: Op = "insert" if status == "added" else "delete" if status == "removed" else "equal"
    labels = ("", line.label) if status == "added" else (line.label, "")
    cells = tuple((Segment(op, cell),) for cell in line.cells)
    return LineChange(status, line.kind, *labels, (Segment(op, line.text),) if line.text else (), cells)


def _padded(old: tuple[str, ...], new: tuple[str, ...]) -> list[tuple[str, str]]:
    width = max(len(old), len(new))
    return list(zip(old + ("",) * (width - len(old)), new + ("",) * (width - len(new)), strict=True))


# ------------------------------------------------------------------ words


_TOKEN = re.compile(r"\s+|\S+")


def _words(text: str) -> list[str]:
    return text.split()


def words_diff(old: str, new: str) -> tuple[Segment, ...]:
    """The new text as runs of equal, deleted and inserted words (in each change, the deletion
    first). Joining the equal and deleted runs gives the old text back; equal and inserted, the new."""
    if old == new:
        return (Segment("equal", new),) if new else ()
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    pieces = [(tag == "equal", "".join(a[i1:i2]), "".join(b[j1:j2])) for tag, i1, i2, j1, j2
              in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]
    return tuple(_segments(pieces))


def _segments(pieces: list[tuple[bool, str, str]]) -> list[Segment]:
    """Join changes that only a space keeps apart ("<del>a</del> <ins>x</ins> <del>b</del>..."
    reads badly): the space goes into both the deletion and the insertion."""
    segments: list[Segment] = []
    deleted = inserted = ""
    for index, (equal, old, new) in enumerate(pieces):
        between_changes = 0 < index < len(pieces) - 1 and (deleted or inserted)
        if equal and not (between_changes and old.isspace()):
            _add(segments, "delete", deleted)
            _add(segments, "insert", inserted)
            deleted = inserted = ""
            _add(segments, "equal", old)
        else:
            deleted, inserted = deleted + old, inserted + new
    _add(segments, "delete", deleted)
    _add(segments, "insert", inserted)
    return segments


def _add(segments: list[Segment], op: Op, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].op == op:
        segments[-1] = Segment(op, segments[-1].text + text)
    else:
        segments.append(Segment(op, text))


def old_text(segments: tuple[Segment, ...]) -> str:
    return "".join(s.text for s in segments if s.op != "insert")


def new_text(segments: tuple[Segment, ...]) -> str:
    return "".join(s.text for s in segments if s.op != "delete")


# ------------------------------------------------------------------ words for people


NO_CHANGES = "No changes: the two drafts have the same rules."
SAME_DOCUMENTS = "The two drafts produce the same documents."


def summary_lines(comparison: Comparison) -> list[str]:
    """The changes to one document in plain words, one a line: the redline's summary."""
    if not comparison.has_changes:
        return [NO_CHANGES]
    unit = comparison.unit
    lines = []
    for rule in comparison.rules:
        name = f"{unit.capitalize()} {rule.number} {rule.title}"
        if rule.status == "changed":
            lines.append(f"{name}: {changed_words(rule, unit)}")
        elif rule.status == "added":
            lines.append(f"{name}: added as {unit} {rule.new_number}")
        elif rule.status == "removed":
            lines.append(f"{name}: removed (was {unit} {rule.old_number})")
    lines += [f"Renumbered: {move}" for move in renumbering(comparison)]
    return lines


def changed_words(rule: RuleChange, unit: str) -> str:
    """"changed", or "changed (was rule 12)" when adding a rule earlier on moved it."""
    return f"changed (was {unit} {rule.old_number})" if rule.renumbered else "changed"


def counts_line(comparison: Comparison) -> str:
    """"2 rules added, 2 removed, 3 changed, 49 unchanged"."""
    unit = comparison.unit
    counts = {status: len(comparison.of(status)) for status in ("added", "removed", "changed", "unchanged")}
    first = f"{plural(counts['added'], unit)} added"
    return f"{first}, {counts['removed']} removed, {counts['changed']} changed, {counts['unchanged']} unchanged."


def renumbering(comparison: Comparison) -> list[str]:
    """Rules that kept their identity but not their number, as runs: adding one rule early on
    shifts every later one, and "rules 6-54 are now rules 7-55" says that in one line."""
    unit = comparison.unit
    runs: list[list[tuple[int, int]]] = []
    for rule in comparison.rules:
        if not rule.renumbered or not (rule.old_number.isdigit() and rule.new_number.isdigit()):
            continue
        pair = int(rule.old_number), int(rule.new_number)
        last = runs[-1][-1] if runs else None
        if last and pair == (last[0] + 1, last[1] + 1):
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return [_run_words(run, unit) for run in runs]


def _run_words(run: list[tuple[int, int]], unit: str) -> str:
    (old_first, new_first), (old_last, new_last) = run[0], run[-1]
    if len(run) == 1:
        return f"{unit} {old_first} is now {unit} {new_first}"
    return f"{unit}s {old_first}-{old_last} are now {unit}s {new_first}-{new_last}"
