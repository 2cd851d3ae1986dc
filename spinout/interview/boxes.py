"""The "To write" boxes of the group's own pack, as questions: one for each box the chosen
clauses hold, known once the other answers make a pack (before then there are none to ask)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from ..answers import model
from ..engine.assemble import assemble
from ..engine.document import Paragraph
from ..engine.kinds import pack_kinds
from ..errors import SpinoutError


@dataclass(frozen=True)
class Box:
    id: str          # "business-case/market#payers": the key of its answer under own_words
    label: str       # where it is: "The business case, section 4: Market and customers"
    note: str        # what to write: the box's own note, as the documents print it


def pack_boxes(merged: dict[str, Any]) -> tuple[Box, ...]:
    """The boxes a pack built from these answers holds, in the order of its documents; () while
    the answers cannot make a pack yet. Worked out once for each set of answers (the own words
    themselves change no box)."""
    others = {key: value for key, value in merged.items() if key != "own_words"}
    return _boxes(json.dumps(others, sort_keys=True, default=str))


@lru_cache(maxsize=8)
def _boxes(canonical: str) -> tuple[Box, ...]:
    try:
        answers = model.Answers.model_validate(json.loads(canonical))
        documents = [(kind, assemble(answers, kind=kind)) for kind in pack_kinds(answers)]
    except (ValidationError, SpinoutError):
        return ()
    boxes: list[Box] = []
    for kind, document in documents:
        for rule in document.rules():
            notes = [b for b in rule.blocks if isinstance(b, Paragraph) and b.prompt and b.box]
            for index, block in enumerate(notes, start=1):
                if any(box.id == block.box for box in boxes):
                    continue       # a part repeated for each member class holds its boxes once each
                where = f"{kind.name[:1].upper()}{kind.name[1:]}, {kind.unit} {rule.number}: {rule.title}"
                label = f"{where} ({index} of {len(notes)})" if len(notes) > 1 else where
                boxes.append(Box(block.box, label, block.text))
    return tuple(boxes)
