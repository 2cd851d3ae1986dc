"""Words for people about a check Report: the terminal summary and checks.md."""

from __future__ import annotations

from .checks import Finding, Report
from .document import Document

_HEADINGS = (
    ("fail", "Must be fixed before registration"),
    ("warn", "Needs attention"),
    ("info", "For information"),
    ("pass", "Checked and fine"),
)


def summary_line(report: Report) -> str:
    passed, warned, failed = (len(report.of(s)) for s in ("pass", "warn", "fail"))
    return f"Checks: {passed} passed, {warned} need attention, {failed} failed."


def render_summary(report: Report) -> str:
    """The short terminal summary: counts, then every failure and warning in full."""
    lines = [summary_line(report)]
    for severity, heading in _HEADINGS[:2]:
        findings = report.of(severity)
        if findings:
            lines.append(f"{heading}:")
            lines += [f"  - {_describe(f)}" for f in findings]
    return "\n".join(lines)


def render_report_markdown(report: Report, document: Document) -> str:
    lines = [f"# Checks: {document.society_name}", "", f"> **{document.notice}**", "",
             document.produced_by, "", summary_line(report)]
    for severity, heading in _HEADINGS:
        findings = report.of(severity)
        if findings:
            lines += ["", f"## {heading}", ""]
            lines += [f"- {_describe(f)}" + (f" *({f.citation})*" if f.citation else "") for f in findings]
    return "\n".join(lines) + "\n"


def _describe(finding: Finding) -> str:
    subject = f" [{finding.subject}]" if finding.subject else ""
    return f"{finding.message}{subject}"
