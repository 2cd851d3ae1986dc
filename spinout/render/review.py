"""The review report as Markdown (review.md) and PDF (review.pdf).

Findings quote the user's own text (a class name, a society name), so neither format is
built by running Markdown over them: review.md escapes every finding as it writes it, and
review.pdf is laid out by Typst (templates/review.typ) from the findings as JSON data.
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


REVIEW_TEMPLATE = "review.typ"


def review_source(report: Report, document: Document, comments: tuple[MentorComment, ...] = ()) -> str:
    """The review report as the input of templates/review.typ: its values as JSON data."""
    from .html import clean_text, document_date, running_text
    from .typeset import text_source

    title = clean_text(f"Review: {document.society_name}")
    date = document_date(document)
    sections = [{"severity": severity, "heading": heading, "findings": [_item(f) for f in report.of(severity)]}
                for severity, heading in SECTIONS]
    return text_source({
        "title": title, "title_meta": title, "running_title": running_text(title),
        "summary": "What the checks found, with the law behind each finding.",
        "notice": clean_text(document.notice), "produced_by": clean_text(document.produced_by),
        "date": date.isoformat() if date else "", "counts": summary_line(report),
        "sections": [s for s in sections if s["findings"]], "comments_heading": COMMENTS_HEADING,
        "comments": [{"label": _status(c), "text": clean_text(comment_line(c, document))} for c in comments],
    })


def _item(finding: Finding) -> dict[str, str]:
    from .html import clean_text

    return {"label": finding.severity.upper(), "text": clean_text(describe(finding)),
            "citation": clean_text(finding.citation)}

