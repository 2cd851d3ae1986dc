"""The draft rules beside the questions: the answers so far (with the interview's stand-ins for
what is not asked yet) assembled and checked by the review layer, laid out as page values.

Nothing here decides anything about the law or the money: `spinout.review.preview` assembles,
checks and places the findings; this module only says it in the page's words."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..engine.document import Figure, Paragraph, Table
from ..errors import SpinoutError
from ..interview import State, load_questions
from ..interview.warnings import provisional
from ..render.html import clean_text
from ..review.explain import cover_label
from ..review.preview import Preview, RulePreview, preview_of
from ..review.report import in_words

if TYPE_CHECKING:
    from jinja2 import Environment
    from markupsafe import Markup

TEMPLATE = "preview.jinja"
NOT_YET = "The draft rules appear here once you have said what kind of service the group runs."


@dataclass
class Shown:
    """The preview as the page shows it, or why there is none yet."""

    parts: list[dict[str, Any]] = field(default_factory=list)
    general: list[dict[str, str]] = field(default_factory=list)
    stand_ins: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    shaped: list[dict[str, str]] = field(default_factory=list)    # the rules the current question shapes
    title: str = ""
    unit: str = "rule"
    missing: str = ""           # why there is no preview yet


@cache
def labels() -> dict[str, str]:
    """Answers-file field -> the question that asks it, so findings name questions."""
    return {q.key: q.label for q in load_questions().questions}


def draft_preview(state: State, key: str | None = None) -> Shown:
    """The rules the answers so far would give; `key`: the question on screen (its rules are named)."""
    try:
        built = preview_of(provisional(state))
    except SpinoutError as exc:
        return Shown(missing=NOT_YET if not state.get("service.archetype") else
                     f"The draft rules cannot be put together from the answers so far: {exc.summary}")
    shown = Shown(parts=_parts(built), general=[_finding(f) for f in built.general],
                  stand_ins=stand_ins(state), title=clean_text(built.document.title), unit=built.document.unit,
                  counts={s: len(built.report.of(s)) for s in ("fail", "warn", "pass")})
    if key:
        shown.shaped = [{"number": n, "anchor": _anchor(n)} for n in built.rules_using(key)]
    return shown


def stand_ins(state: State) -> list[str]:
    """What the preview shows in place of answers not given yet (the interview's stand-ins)."""
    missing = []
    if not state.get("society.name"):
        missing.append("the society's name (shown as Stand-in Co-operative Limited)")
    if not state.get("society.registered_office"):
        missing.append("the registered office")
    if not state.get("founders"):
        missing.append("the founder members (shown as Founder 1, 2 and 3)")
    return missing


def _parts(built: Preview) -> list[dict[str, Any]]:
    by_number = {r.rule.number: r for r in built.rules}
    return [{"title": f"Part {part.number}: {clean_text(part.title)}",
             "rules": [_rule(by_number[rule.number], built.document.unit) for rule in part.rules]}
            for part in built.document.parts]


def _anchor(number: str) -> str:
    return f"preview-rule-{number}"


def _rule(shown: RulePreview, unit: str) -> dict[str, Any]:
    rule, why = shown.rule, shown.why
    blocks = [_block(block) for block in rule.blocks]
    return {
        "number": rule.number, "title": clean_text(rule.title), "clause": rule.clause_id, "unit": unit,
        "anchor": _anchor(rule.number), "blocks": blocks, "findings": [_finding(f) for f in shown.findings],
        "reason": in_words(why["reason"], labels()),
        "covers": [f"{cover_label(c['id'])}: {c['what']}" for c in why["covers"]],
        "citation": why["citation"], "guidance": why["guidance"],
    }


def _block(block: Paragraph | Table | Figure) -> dict[str, Any]:
    if isinstance(block, Table):
        return {"kind": "table", "caption": clean_text(block.caption), "note": clean_text(block.note),
                "headers": [clean_text(h) for h in block.headers],
                "rows": [[clean_text(cell) for cell in row] for row in block.rows]}
    if isinstance(block, Figure):       # the rules have none; the figure's words, never a drawing
        return {"kind": "paragraph", "number": "", "text": f"Figure: {clean_text(block.alt)}", "entries": []}
    return {"kind": "prompt" if block.prompt else "paragraph", "number": block.number, "text": clean_text(block.text),
            "entries": [(label, clean_text(text)) for label, text in block.item_labels()]}


def _finding(finding: Any) -> dict[str, str]:
    return {"severity": finding.severity, "message": in_words(finding.message, labels()),
            "citation": finding.citation}


def preview_html(shown: Shown) -> str:
    """The preview as HTML, for a page to place as it is (autoescaped here, by Jinja)."""
    return environment().get_template(TEMPLATE).render(preview=shown)


@cache
def environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    folder = Path(__file__).resolve().parent / "templates" / "spinout"
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["lines"] = _lines
    return env


def _lines(text: object) -> Markup:
    """Escaped text with each newline as a line break."""
    from markupsafe import Markup, escape

    return Markup("<br>\n").join(escape(line) for line in str(text).split("\n"))
