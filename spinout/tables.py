"""Computed tables a clause can place in its body (`- table: NAME`)."""

from __future__ import annotations

from typing import Any

from .context import money, percent, plural
from .document import Table


def build_table(name: str, context: dict[str, Any]) -> Table:
    builders = {"member_classes": member_class_table}
    return builders[name](context)


def member_class_table(context: dict[str, Any]) -> Table:
    if context["service"].document == "trust-outline":
        return _forum_table(context)
    shares = context["shares"]
    value = money(shares.nominal_value)
    rows = tuple(
        (
            c.name,
            c.eligibility,
            str(c.min_age),
            f"{plural(c.shares_required, 'share')} of {value}"
            + ("" if c.membership_share_withdrawable and shares.withdrawable else ", not withdrawable"),
            str(c.board_seats),
            percent(c.vote_share),
        )
        for c in context["member_classes"]
    )
    headers = ("Member Class", "Who can join", "Minimum age", "Shares each member holds", "Board seats", "Share of votes")
    return Table("Member Classes", headers, rows)


def _forum_table(context: dict[str, Any]) -> Table:
    """A school trust is a company limited by guarantee: no shares, and its board are trustees."""
    rows = tuple((c.name, c.eligibility, str(c.min_age), str(c.board_seats), percent(c.vote_share))
                 for c in context["member_classes"])
    headers = ("Stakeholder group", "Who can join", "Minimum age", "Trustee places", "Share of forum votes")
    return Table("Stakeholder groups", headers, rows)
