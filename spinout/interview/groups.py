"""The "use the typical settings?" questions: what "typical" writes into the answers, and the
settings it stands for, played back from the same question data the one-by-one route asks."""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from typing import Any

from ..answers import model
from ..answers.archetypes import merge
from ..answers.model import plain
from ..answers.resolve import illustrative_inputs
from .state import State

ANSWER_GROUPS = {"shares": "shares", "governance": "governance", "finance": "business_case"}


def apply_typical(group: str, state: State) -> None:
    """Write the archetype's (or the model's) settings for a group into the answers, so the saved
    file is complete; what the group has given itself is kept."""
    if group == "finance":
        _apply_typical_finance(state)
        return
    defaults = plain(model.Shares().model_dump()) if group == "shares" else plain(model.Governance().model_dump())
    state.answers[group] = merge(defaults, state.merged().get(group, {}))


def _apply_typical_finance(state: State) -> None:
    given = dict(state.answers.get("business_case", {}))
    archetype = dict(state.archetype_defaults().get("business_case", {}))
    if "transferring_staff" not in given and archetype.get("transferring_staff") and given.get("staff"):
        archetype["transferring_staff"] = staff_headcount(given["staff"])
    case = merge(merge(state.merged().get("business_case", {}), archetype), given)
    # the archetype's example figures are written out, but marked as not the group's own
    case["illustrative"] = illustrative_inputs(given, archetype)
    state.answers["business_case"] = case


def staff_headcount(staff: list[dict[str, Any]]) -> int:
    """A starting figure for staff transferring under TUPE that follows the team the group gave:
    its FTE, rounded up to whole people (headcount is at least the FTE)."""
    total = sum((Decimal(str(role.get("fte", 0))) for role in staff), Decimal(0))
    return int(total.to_integral_value(rounding=ROUND_CEILING))


def forget_group(group: str, keys: list[str], state: State) -> None:
    """Going through a group one by one after taking the typical settings: its answers are asked
    again, starting from the archetype's values (not the copies "typical" wrote)."""
    # business_case.illustrative keeps naming them until the group gives its own figure
    for key in keys:
        state.remove(key)
