"""`spinout check` and `spinout explain`: load a draft (answers file or pack folder) and
report on it in words, or as JSON for other tools."""

from __future__ import annotations

import json
from pathlib import Path

from ..answers.model import Answers
from ..answers.resolve import load_answers
from ..errors import AnswersError
from .findings import Report

_LABELS = {"fail": "FAIL", "warn": "WARN", "info": "INFO", "pass": "PASS"}


def load_draft(target: Path) -> Answers:
    """Answers from an answers file, or from a pack folder's replayable answers.yml."""
    if target.is_dir():
        answers_file = target / "answers.yml"
        if not answers_file.is_file():
            raise AnswersError(f"{target} is a folder with no answers.yml, so it is not a spinout pack.",
                               hint="Give an answers file or a pack folder built by spinout.")
        return load_answers(answers_file)
    return load_answers(target)


def render_report_text(report: Report, society: str, show_passes: bool = False) -> str:
    from .report import summary_line

    lines = [f"Review of {society}", summary_line(report), ""]
    for severity in ("fail", "warn", "info") + (("pass",) if show_passes else ()):
        for finding in report.of(severity):
            lines.append(f"{_LABELS[severity]}  {finding.message}")
            detail = "; ".join(x for x in (finding.subject, finding.citation) if x)
            if detail:
                lines.append(f"      ({detail})")
    if not show_passes:
        lines.append(f"{len(report.of('pass'))} checks passed (add --all to list them).")
    lines.append("This review is a draft, not legal advice.")
    return "\n".join(lines)


def report_json(report: Report, answers: Answers) -> str:
    from .. import __version__

    data = {
        "generator": f"spinout {__version__}", "date": answers.date.isoformat(), "society": answers.society.name,
        "counts": {s: len(report.of(s)) for s in ("fail", "warn", "info", "pass")},
        "findings": [{"id": f.id, "severity": f.severity, "message": f.message, "citation": f.citation,
                      "subject": f.subject} for f in report.findings],
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def exit_code(report: Report, strict: bool) -> int:
    return 1 if report.of("fail") or (strict and report.of("warn")) else 0
