"""Why a rule is in a pack: its clause, the answers that chose it, what it satisfies, its
citation and the guidance for advisers and mentors."""

from __future__ import annotations

import re
from typing import Any

from ..answers.law import load_statute
from ..engine.document import Document, Rule
from ..engine.library import Library
from ..errors import SpinoutError


class UnknownRule(SpinoutError):
    pass


def explanation(rule: Rule, library: Library) -> dict[str, Any]:
    """The explanation as data: the manifest holds one for every rule."""
    spec = library.clause(rule.clause_id).spec
    statute = load_statute()
    labels = {**statute["s14_matters"], **statute["principles"]}
    return {
        "rule": rule.number, "clause": rule.clause_id, "title": rule.title,
        "reason": rule.reason, "answers": list(rule.answers),
        "covers": [{"id": key, "what": labels.get(key, key)} for key in spec.covers],
        "citation": spec.citation or "", "guidance": " ".join(spec.guidance.split()),
    }


def find_rule(document: Document, what: str) -> Rule:
    """A rule by its number ("12", "rule 12") or its clause id ("gm-quorum")."""
    wanted = re.sub(r"^(rule|point|section)\s+", "", what.strip(), flags=re.IGNORECASE)
    for rule in document.rules():
        if wanted in (rule.number, rule.clause_id):
            return rule
    raise UnknownRule(f"There is no rule {what!r} in this pack.",
                      hint=f"Give a rule number (1 to {len(document.rules())}) or a clause id, as in manifest.json.")


def render_explanation(data: dict[str, Any]) -> str:
    lines = [f"Rule {data['rule']}: {data['title']}  (clause {data['clause']})",
             f"Why it is here: {data['reason']}."]
    if data["covers"]:
        lines.append("What it satisfies:")
        lines += [f"  - {cover_label(c['id'])}: {c['what']}" for c in data["covers"]]
    if data["citation"]:
        lines.append(f"Citation: {data['citation']}")
    lines.append(f"Guidance: {data['guidance']}")
    return "\n".join(lines)


def cover_label(key: str) -> str:
    if key.startswith("s14."):
        return "s.14 matter"
    return f"co-operative principle {key.rsplit('.', 1)[-1]}"
