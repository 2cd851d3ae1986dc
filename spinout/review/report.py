"""Words for people about a check Report: the terminal summary, and the sections and wording
the review report (render/review.py) lays out."""

from __future__ import annotations

import re

from ..answers.law import load_statute
from ..engine.document import Document
from .findings import Finding, Report, Severity
from .readability import target

SECTIONS: tuple[tuple[Severity, str], ...] = (
    ("fail", "Must be fixed before registration"),
    ("warn", "Needs attention"),
    ("info", "For information"),
    ("pass", "Checked and fine"),
)


def summary_line(report: Report) -> str:
    passed, warned, failed = (len(report.of(s)) for s in ("pass", "warn", "fail"))
    return f"Checks: {passed} passed, {warned} need attention, {failed} failed."


def readability_lines(report: Report) -> list[str]:
    scores = [f for f in report.findings if f.id == "readability"]
    if not scores:
        return []
    return [f"Member summaries, Flesch reading ease (aim: {target()} or more):"] + [f"  - {f.message}" for f in scores]


def render_summary(report: Report) -> str:
    """The short terminal summary: counts, then every failure and warning in full, then the
    readability of the member summaries."""
    lines = [summary_line(report)]
    for severity, heading in SECTIONS[:2]:
        findings = report.of(severity)
        if findings:
            lines.append(f"{heading}:")
            lines += [f"  - {describe(f)}" for f in findings]
    return "\n".join(lines + readability_lines(report))


def describe(finding: Finding) -> str:
    subject = f" [{finding.subject}]" if finding.subject else ""
    return f"{finding.message}{subject}"


_KEY = re.compile(r"\b[a-z_]+(?:\.[a-z_]+)+\b")


def in_words(message: str, labels: dict[str, str]) -> str:
    """A finding's message for someone who answered questions rather than edited answers.yml:
    each answers-file field it names given as its question's label instead."""
    return _KEY.sub(lambda match: f"'{labels[match.group(0)]}'" if match.group(0) in labels else match.group(0),
                    message)


def render_plain_summary(report: Report, document: Document, labels: dict[str, str] | None = None) -> str:
    """The end of `spinout new`: what passed, what needs attention, what a mentor should read.
    With `labels` (answers-file field -> question label) findings name questions, not fields."""
    passed, covered = report.of("pass"), [f for f in report.of("pass") if f.id.startswith("s14-")]
    matters = len(load_statute()["s14_matters"])
    lines = [f"What passed: {len(passed)} checks, including {len(covered)} of the {matters} matters the law "
             "says the rules must cover."]
    sections: tuple[tuple[Severity, str], ...] = (("fail", "Must be fixed before you apply to register"),
                                                  ("warn", "Needs attention"))
    for severity, heading in sections:
        findings = report.of(severity)
        lines.append(f"{heading}: " + ("nothing." if not findings else ""))
        lines += [f"  - {describe(f) if labels is None else in_words(f.message, labels)}" for f in findings]
    lines += readability_lines(report)
    lines.append("For a mentor or adviser to look at:")
    lines += [f"  - {point}" for point in mentor_points(document)]
    lines.append("Everything in the pack is a draft, not legal advice.")
    return "\n".join(lines)


_MENTOR_POINTS = (
    ("opening-objects", "the objects in {rule}: they are your own words, and must fit the type of society"),
    ("membership-classes", "who can join each class, in {rule}: the wording decides who is in and who is out"),
    ("asset-lock", "the asset lock in {rule}: check where the assets go if the society closes"),
    ("profits-coop", "how surplus is shared, in {rule}"),
)


def mentor_points(document: Document) -> list[str]:
    numbers = {rule.clause_id: rule.number for rule in document.rules()}
    points = [text.format(rule=f"rule {numbers[clause]}") for clause, text in _MENTOR_POINTS if clause in numbers]
    points.append("the whole draft, read by a solicitor or a co-operative development body before you adopt it")
    return points
