"""The review report as Markdown (review.md) and PDF (review.pdf).

Findings quote the user's own text (a class name, a society name), so neither format is
built by running Markdown over them: review.md escapes every finding as it writes it, and
review.pdf is laid out from the findings through an autoescaped HTML template.
"""

from __future__ import annotations

from ..engine.document import Document
from ..review.comments import MentorComment, comment_line
from ..review.findings import Finding, Report
from ..review.report import SECTIONS, describe, summary_line
from .markdown import escape_markdown

COMMENTS_HEADING = "Mentors' comments"


def render_review_markdown(report: Report, document: Document, comments: tuple[MentorComment, ...] = ()) -> str:
    e = escape_markdown
    lines = [f"# Review: {e(document.society_name, inline=True)}", "", f"> **{e(document.notice)}**", "",
             e(document.produced_by), "", summary_line(report)]
    for severity, heading in SECTIONS:
        findings = report.of(severity)
        if findings:
            lines += ["", f"## {heading}", ""]
            lines += [f"- **{severity.upper()}** {e(describe(f))}" + (f" *({e(f.citation)})*" if f.citation else "")
                      for f in findings]
    if comments:
        lines += ["", f"## {COMMENTS_HEADING}", ""]
        lines += [f"- **{_status(c)}** {e(comment_line(c, document))}" for c in comments]
    return "\n".join(lines) + "\n"


def _status(comment: MentorComment) -> str:
    return "RESOLVED" if comment.resolved else "OPEN"


def review_html(report: Report, document: Document, comments: tuple[MentorComment, ...] = ()) -> str:
    from .html import clean_text, page_environment, running_text

    sections = [(severity, heading, [_item(f) for f in report.of(severity)]) for severity, heading in SECTIONS]
    return page_environment().get_template("review.html").render(
        title=clean_text(f"Review: {document.society_name}"),
        running_title=running_text(clean_text(f"Review: {document.society_name}")),
        summary="What the checks found, with the law behind each finding.",
        notice=clean_text(document.notice), produced_by=clean_text(document.produced_by),
        date=document.metadata.get("date"), counts=summary_line(report),
        sections=[s for s in sections if s[2]], comments_heading=COMMENTS_HEADING,
        comments=[{"label": _status(c), "text": clean_text(comment_line(c, document))} for c in comments])


def _item(finding: Finding) -> dict[str, str]:
    from .html import clean_text

    return {"label": finding.severity.upper(), "text": clean_text(describe(finding)),
            "citation": clean_text(finding.citation)}

