"""The names a clause may use, and what each stands for. Checking a clause's names at load time
(names.py) needs only this, not the code that computes their values (context.py). The names
of tables and figures are the keys of tables.TABLES and tables.FIGURES."""

from __future__ import annotations

from typing import Any

from ..answers import model
from ..business import Finance
from ..business.eligibility import Eligibility

# Names a clause may use, and the model each stands for (None: not an answers model).
CONTEXT_MODELS: dict[str, Any] = {
    "society": model.Society,
    "service": model.Service,
    "member_classes": list[model.MemberClass],
    "member_class": model.MemberClass,    # inside a part repeated for each member class
    "shares": model.Shares,
    "governance": model.Governance,
    "board": model.Board,
    "meetings": model.Meetings,
    "majorities": model.Majorities,
    "asset_lock": model.AssetLock,
    "profits": model.Profits,
    "commitments": model.Commitments,
    "has_seal": None,
    "founders": list[model.Founder],
    "membership": model.Membership,
    "secretary": None,
    "open_seats": None,
    "date": None,
    "is_coop": None,
    "is_cbs": None,
    "archetype": dict,
    "bc": model.BusinessCase,
    "finance": Finance,
    "eligibility": Eligibility,
    "law": dict,
    "nation_law": dict,
    "definitions": None,
    "ref": None,
    "boxes": dict,    # the document's "To write" boxes: total, written (answered), to_write
}
