"""Mentors' comments on a draft: on one rule (by its clause id, its stable identity) or on the
business case. A front end that keeps comments (the web) hands them to the next build, which
puts them in the review report and the manifest; the CLI has none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..engine.document import Document

BUSINESS_CASE = "business-case"


@dataclass(frozen=True)
class MentorComment:
    target: str           # a clause id, or BUSINESS_CASE
    text: str
    author: str           # who wrote it ("" when nobody signed in: a local server)
    version: int          # the version of the draft it was written on
    rule: str = ""        # the rule's number in that version ("" for the business case)
    resolved: bool = False


def where(comment: MentorComment, document: Document) -> str:
    """What a comment is about, in words, as the new draft numbers it."""
    if comment.target == BUSINESS_CASE:
        return "the business case"
    unit = document.unit
    number = next((r.number for r in document.rules() if r.clause_id == comment.target), None)
    if number is None:
        return f"{unit} {comment.rule} of version {comment.version} (clause {comment.target}), no longer in the draft"
    moved = f", {unit} {comment.rule} in version {comment.version}" if comment.rule and comment.rule != number else ""
    return f"{unit} {number} (clause {comment.target}{moved})"


def comment_line(comment: MentorComment, document: Document) -> str:
    """One comment as a line of the review report (without its status)."""
    by = f" {comment.author}" if comment.author else " a mentor"
    return f"On {where(comment, document)}, by{by} on version {comment.version}: {comment.text}"


def comment_data(comment: MentorComment, document: Document) -> dict[str, Any]:
    """A comment as the manifest records it."""
    number = next((r.number for r in document.rules() if r.clause_id == comment.target), None)
    return {"target": comment.target, "rule": number, "version": comment.version,
            "rule_in_version": comment.rule or None, "author": comment.author, "text": comment.text,
            "resolved": comment.resolved}
