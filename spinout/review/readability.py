"""How easily the member summaries read: the Flesch reading ease score of each class's summary,
against the aim in clauses/law/statute.yml (practice: readability_target), plain English most
adults read easily.

Scores are kept in the cache by the text they score (and textstat's and pyphen's versions): a
rebuild whose summaries did not change does not load textstat (~0.1 s, its hyphenation
dictionary most of it).
"""

from __future__ import annotations

import re
from functools import cache

from ..answers.law import practice
from ..engine.document import Document, Paragraph
from ..engine.kinds import MEMBER_SUMMARIES, Kind
from .findings import Finding


def target() -> int:
    """The Flesch reading ease the summaries aim for, or more."""
    return practice()["readability_target"]


def summary_scores(document: Document) -> list[tuple[str, float]]:
    """(part title, score) for each part of the member summaries: one part per member class."""
    scores = []
    for part in document.parts:
        sentences = [b.text for r in part.rules for b in r.blocks if isinstance(b, Paragraph) and not b.prompt]
        sentences += [item for r in part.rules for b in r.blocks if isinstance(b, Paragraph) for item in b.items]
        text = " ".join(s if s.rstrip().endswith((".", "?", "!", ":")) else s + "." for s in sentences)
        scores.append((part.title, reading_ease(text)))
    return scores


def reading_ease(text: str) -> float:
    """The text's Flesch reading ease to one decimal place (textstat's), from the cache if this
    text was scored before."""
    from ..engine.cache import cached_bytes

    key = f"Flesch reading ease; {_scorer_versions()}\0{text}"
    return float(cached_bytes("score", key, lambda: str(_score(text)).encode("ascii"), valid=_is_score))


def _score(text: str) -> float:
    import textstat  # imported only when a text is scored

    return round(float(textstat.flesch_reading_ease(text)), 1)


def _is_score(data: bytes) -> bool:
    return re.fullmatch(rb"-?\d{1,5}\.\d", data) is not None


@cache
def _scorer_versions() -> str:
    """What else a score depends on: textstat's formula and pyphen's hyphenation dictionaries."""
    from ..engine.cache import package_versions

    return package_versions("textstat", "pyphen")


def readability_findings(document: Document) -> list[Finding]:
    findings, aim = [], target()
    for title, score in summary_scores(document):
        ok = score >= aim
        who = title.split(": ", 1)[-1]
        verdict = f"meets the aim of {aim} or more" if ok else (
            f"below the aim of {aim}: shorten its sentences and use everyday words")
        findings.append(Finding("readability", "pass" if ok else "warn",
                                f"Summary for {who}: Flesch reading ease {score:g}, {verdict}.",
                                "Flesch reading ease (textstat)", "member-summaries"))
    return findings


def paper_findings(kind: Kind, document: Document) -> tuple[Finding, ...]:
    """The checks a document other than the main one gets on its own: the member summaries'
    readability. Run where the document is assembled (a build's PDF worker, or here)."""
    return tuple(readability_findings(document)) if kind == MEMBER_SUMMARIES else ()
