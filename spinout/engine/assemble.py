"""Assemble a Document: select clauses, number them, resolve cross-references, render bodies.

Numbering happens here, in Python, before any text is rendered, so a cross-reference is just
a lookup and every renderer prints the same numbers.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

from jinja2 import pass_context

from .. import __version__
from ..answers.model import Answers
from ..errors import AnswersError, AssemblyError, Problem
from .context import answers_context
from .document import Document, Figure, Paragraph, Part, Piece, Reference, Rule, Signatory, Signatures, Table
from .kinds import ALL_KINDS, Kind, kind_of
from .library import Block, Clause, Library, box_id, load_library
from .select import Selected, select_clauses
from .tables import build_figure, build_table
from .words import plain_words, read_words

SLOT_TEXT = (
    "[SLOT: the prescribed asset-lock rule goes here. Paste it word for word from Schedule 1 to "
    "{regulations} into asset_lock.statutory_text. spinout never writes this text. The rules "
    "cannot be registered until it is filled in.]"
)


@dataclass(frozen=True)
class _Planned:
    """A selected clause with the body entries that apply, before any text is rendered."""

    selected: Selected
    number: str
    entries: tuple[tuple[Block, tuple[str, ...]], ...]   # block, paragraph numbers it will take


def assemble(answers: Answers, library: Library | None = None, kind: Kind | None = None) -> Document:
    """One document of the pack: by default the main one (rules, or a school trust's outline);
    pass `kind=BUSINESS_CASE` for the business case. `library` defaults to the kind's own."""
    kind = kind or kind_of(answers)
    library = library or load_library(kind.library_path())
    context = answers_context(answers)
    if answers.own_words:
        check_own_words(answers)
    chosen = select_clauses(library, context)
    planned = _plan(chosen, context)
    context["ref"] = _make_ref(planned, kind.unit, _Marks())
    context["definitions"] = _definitions(chosen)
    own = {box: read_words(text) for box, text in answers.own_words.items()}
    context["boxes"] = _box_counts(library.name, planned, own)
    parts = _build_parts(library, planned, context, own)
    return _document(answers, context, parts, kind, context["boxes"]["to_write"] == 0)


def all_boxes() -> list[str]:
    """Every "To write" box of every library, in the order of the pack's documents."""
    return [box for kind in ALL_KINDS for box in load_library(kind.library_path()).boxes()]


def check_own_words(answers: Answers) -> None:
    """Refuse words for a box no library has (a mistyped id would otherwise lose them silently).
    Words for a box this pack leaves out are kept: another answer may bring the box back."""
    known = all_boxes()
    unknown = [box for box in answers.own_words if box not in known]
    if unknown:
        import difflib

        problems = []
        for box in unknown:
            close = difflib.get_close_matches(box, known, n=1)
            problems.append(Problem(f"own_words.{box}", "no \"To write\" box has this id"
                                    + (f": did you mean {close[0]}?" if close else "")))
        raise AnswersError("Some own words are for boxes that do not exist.", problems,
                           hint="The boxes are: " + ", ".join(known))


def _box_counts(library: str, planned: list[_Planned], own: dict[str, tuple[Piece, ...]]) -> dict[str, Any]:
    """How many "To write" boxes this document has, how many still wait for the group's words,
    and the clauses that hold those (a sentence or table that mentions the boxes says what is true)."""
    boxes = [(plan.selected.clause.id, box_id(library, plan.selected.clause.id, block.spec.id))
             for plan in planned for block, _ in plan.entries
             if block.spec.prompt is not None and block.spec.id is not None]
    waiting = [(clause, box) for clause, box in boxes if not own.get(box)]
    return {"total": len(boxes), "written": len(boxes) - len(waiting), "to_write": len(waiting),
            "clauses_to_write": tuple(dict.fromkeys(clause for clause, _ in waiting))}


def _plan(chosen: list[Selected], context: dict[str, Any]) -> list[_Planned]:
    planned = []
    for index, selected in enumerate(chosen, start=1):
        entries, count = [], 0
        local = selected.context(context)
        for block in selected.clause.blocks:
            if block.when is not None and not _evaluate(selected.clause, block.when, local):
                continue
            size = _paragraph_count(block, context)
            entries.append((block, tuple(f"{index}.{count + i + 1}" for i in range(size))))
            count += size
        planned.append(_Planned(selected, str(index), tuple(entries)))
    return planned


def _paragraph_count(block: Block, context: dict[str, Any]) -> int:
    if block.spec.table is not None or block.spec.figure is not None or block.spec.prompt is not None:
        return 0   # tables, figures and prompts to the group take no paragraph number
    return 1


def _verbatim_text(context: dict[str, Any]) -> str:
    """The pasted text as one block: its own lines (and so its own numbering) kept, spaces
    within a line tidied, blank lines dropped."""
    text = context["asset_lock"].statutory_text or ""
    lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


class _Marks:
    """The private-use marks a `ref()` puts round the number it prints, so the text rendering
    step knows where each cross-reference is (the Word file makes it a field). A random token
    in each mark means no answer can forge one; the marks never reach a Document, so the
    output stays the same for the same answers."""

    def __init__(self) -> None:
        self.token = f"{secrets.randbelow(10**12):012d}"    # digits: any case filter leaves them be
        self.open, self.close = f"\ue000{self.token}\ue001", f"\ue002{self.token}\ue001"
        self.pattern = re.compile(re.escape(self.open) + "(.*?)" + re.escape(self.close))

    def wrap(self, number: str) -> str:
        return f"{self.open}{number}{self.close}"

    def split(self, marked: str) -> tuple[str, tuple[Reference, ...]]:
        """The text without its marks, and where each marked number now sits in it."""
        pieces, refs, position = [], [], 0
        for match in self.pattern.finditer(marked):
            pieces.append(marked[position:match.start()])
            start = sum(len(piece) for piece in pieces)
            pieces.append(match.group(1))
            refs.append(Reference(start, start + len(match.group(1)), match.group(1)))
            position = match.end()
        pieces.append(marked[position:])
        return "".join(pieces), tuple(refs)


def _make_ref(planned: list[_Planned], unit: str, marks: _Marks) -> Any:
    numbers: dict[str, str] = {}
    for plan in planned:
        # in a repeated part, a reference means the copy for the same member class
        suffix = f"@{plan.selected.instance}" if plan.selected.instance else ""
        numbers.setdefault(plan.selected.clause.id + suffix, plan.number)
        for block, paragraph_numbers in plan.entries:
            if block.spec.id and paragraph_numbers:
                numbers.setdefault(f"{plan.selected.clause.id}#{block.spec.id}{suffix}", paragraph_numbers[0])

    @pass_context
    def ref(template_context: Any, clause_id: str, paragraph_id: str | None = None) -> str:
        key = f"{clause_id}#{paragraph_id}" if paragraph_id else clause_id
        member_class = template_context.get("member_class")
        for candidate in ([f"{key}@{member_class.key}"] if member_class is not None else []) + [key]:
            if candidate in numbers:
                return f"{unit} {marks.wrap(numbers[candidate])}"
        raise _DanglingReference(key)

    ref.marks = marks     # type: ignore[attr-defined]   # how _render finds the marks again
    return ref


class _DanglingReference(Exception):
    pass


def _definitions(chosen: list[Selected]) -> list[tuple[str, str]]:
    terms = {term: meaning for s in chosen for term, meaning in s.clause.spec.defines.items()}
    return sorted(terms.items(), key=lambda pair: pair[0].lower())


def _build_parts(library: Library, planned: list[_Planned], context: dict[str, Any],
                 own: dict[str, tuple[Piece, ...]]) -> list[Part]:
    parts: list[Part] = []
    groups: dict[tuple[str, str], list[_Planned]] = {}
    for plan in planned:   # already in part order, and class order within a repeated part
        groups.setdefault((plan.selected.clause.part.key, plan.selected.instance), []).append(plan)
    specs = {spec.key: spec for spec in library.parts}
    for (key, _), plans in groups.items():
        local = plans[0].selected.context(context)
        rules = tuple(_build_rule(p, p.selected.context(context), library.name, own) for p in plans)
        spec = specs[key]
        title, _ = _marks(context).split(library.part_title(spec, local))   # a heading holds no field
        parts.append(Part(len(parts) + 1, title, rules, new_page=spec.repeat is not None))
    return parts


def _build_rule(plan: _Planned, context: dict[str, Any], library: str, own: dict[str, tuple[Piece, ...]]) -> Rule:
    clause = plan.selected.clause
    blocks: list[Paragraph | Table | Figure] = []
    for block, numbers in plan.entries:
        if block.spec.table is not None:
            blocks.append(build_table(block.spec.table, context))
        elif block.spec.figure is not None:
            blocks.append(build_figure(block.spec.figure, context))
        elif block.spec.prompt is not None:
            blocks.append(_box(clause, block, context, box_id(library, clause.id, block.spec.id or ""), own))
        elif block.spec.verbatim is not None:
            verbatim = _verbatim_text(context)
            blocks.append(Paragraph(numbers[0], verbatim, verbatim=True) if verbatim else
                          Paragraph(numbers[0], SLOT_TEXT.format(regulations=context["law"]["asset_lock_regulations"])))
        else:
            text, refs = _render(clause, block.text, context)
            # an item whose template renders to nothing (a condition not met) is left out
            rendered = (_render(clause, item, context, may_be_empty=True) for item in block.items)
            kept = [item for item in rendered if item[0].strip()]
            computed = _computed_items(block, context)
            items = tuple(item for item, _ in kept) + computed
            item_refs = tuple(item for _, item in kept) + ((),) * len(computed)
            blocks.append(Paragraph(numbers[0], text, items, refs=refs,
                                    item_refs=item_refs if any(item_refs) else ()))
    selected = plan.selected
    return Rule(plan.number, clause.id, clause.spec.title, tuple(blocks), selected.reason, selected.answers)


def _box(clause: Clause, block: Block, context: dict[str, Any], box: str,
         own: dict[str, tuple[Piece, ...]]) -> Paragraph:
    """A "To write" box: the group's own words if the answers give them, else the note saying
    what to write. The words are data: never rendered as a template."""
    words = own.get(box)
    if words:
        return Paragraph("", plain_words(words), box=box, words=words)
    text, refs = _render(clause, block.text, context)
    return Paragraph("", text, prompt=True, box=box, refs=refs)


def _marks(context: dict[str, Any]) -> _Marks:
    marks: _Marks = context["ref"].marks
    return marks


def _render(clause: Clause, template: Any, context: dict[str, Any],
            may_be_empty: bool = False) -> tuple[str, tuple[Reference, ...]]:
    """The clause text with its whitespace tidied, and the cross-references in it."""
    try:
        marked = " ".join(template(**context).split())
    except _DanglingReference as exc:
        raise AssemblyError(f"Clause {clause.id} refers to a rule that is not in this pack.",
                            [Problem(clause.source,
                                     f"ref({exc.args[0]!r}) points at a clause these answers leave out")]) from None
    except Exception as exc:  # StrictUndefined, sandbox refusals: a fault in the clause, not the answers
        raise AssemblyError(f"Clause {clause.id} could not be written.", [Problem(clause.source, str(exc))]) from None
    text, refs = _marks(context).split(marked)
    if _marks(context).token in text:     # a filter cut or reordered what ref() printed
        raise AssemblyError(f"Clause {clause.id} changes what ref() prints.",
                            [Problem(clause.source, "print ref(...) as it is, or with a case filter such as "
                                                    "capitalize; other filters would garble the number")])
    if not text and not may_be_empty:
        raise AssemblyError(f"Clause {clause.id} produced an empty paragraph.",
                            [Problem(clause.source,
                                     "use `when` on the paragraph instead of an {% if %} around all of it")])
    return text, refs


def _computed_items(block: Block, context: dict[str, Any]) -> tuple[str, ...]:
    if block.spec.items_from == "definitions":
        return tuple(f'"{term}" means {meaning}' for term, meaning in context["definitions"])
    if block.spec.items_from == "objects":
        return tuple(context["society"].objects)
    return ()


def _evaluate(clause: Clause, expression: Any, context: dict[str, Any]) -> Any:
    try:
        return expression(**context)
    except Exception as exc:
        raise AssemblyError(f"Clause {clause.id} has a paragraph condition that fails.",
                            [Problem(clause.source, str(exc))]) from None


def _document(answers: Answers, context: dict[str, Any], parts: list[Part], kind: Kind,
              all_written: bool = False) -> Document:
    society = answers.society
    society_kind = "co-operative society" if society.type == "co-operative" else "community benefit society"
    # once the group has written every box, the words about "To write" boxes would not be true
    subtitle = (kind.subtitle_written if all_written and kind.subtitle_written else kind.subtitle).format(
        society_kind=society_kind, act=context["law"]["act"])
    if kind.registrable and answers.service.linked_school:
        subtitle += (f". A separate venture linked to {answers.service.linked_school}: these are not the "
                     "school trust's articles or constitution")
    produced = f"spinout {__version__}, {answers.date.day} {answers.date:%B %Y}"
    return Document(
        title=kind.title.format(name=society.name),
        society_name=society.name,
        subtitle=subtitle,
        notice=kind.notice_written if all_written and kind.notice_written else kind.notice,
        produced_by=f"Produced by {produced} (the date in the answers).",
        parts=tuple(parts),
        unit=kind.unit,
        layout=kind.layout,
        numbered=kind.numbered,
        signatures=_signatures(answers, context["law"]) if kind.registrable else None,
        metadata={
            "date": answers.date.isoformat(),
            "author": answers.prepared_by or "spinout",
            "generator": f"spinout {__version__}",
            "society": society.name,
        },
    )


def _signatures(answers: Answers, law: dict[str, Any]) -> Signatures:
    """The secretary and as many members as the law asks to sign the application, each with
    a printed name: the secretary first, then the other founders in the answers' order. Lines
    with no founder left to name are left blank for the group to fill in."""
    needed = law["min_founders"]
    secretary = answers.secretary or next((f.name for f in answers.founders if f.secretary), "")
    members = [f.name for f in answers.founders if not f.secretary][:needed]
    members += [""] * (needed - len(members))
    signatories = (Signatory("Secretary", secretary),) + tuple(
        Signatory(f"Member {index}", name) for index, name in enumerate(members, start=1))
    text = (f"The secretary and {needed} members of {answers.society.name} sign these rules, to send "
            "with the application to register the society. Each signs, prints their name and writes the date.")
    return Signatures("Signatures", text, signatories)
