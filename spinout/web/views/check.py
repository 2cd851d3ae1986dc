"""Check your answers: every answer played back, each with a Change link that comes back here."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ...interview import Interview, ReviewSection
from ..models import Draft
from .common import draft_or_404, interview_for
from .questions import question_url


@require_GET
def check(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    draft = draft_or_404(request, draft_id)
    return show_check(request, draft, interview_for(draft))


def show_check(request: HttpRequest, draft: Draft, interview: Interview, errors: list[str] | None = None,
               status: int = 200) -> HttpResponse:
    current = interview.current
    context: dict[str, Any] = {
        "draft": draft, "sections": [_section(draft, s) for s in interview.review() if s.status != "not needed"],
        "complete": current is None, "continue_url": question_url(draft, current.key) if current else "",
        "errors": [{"id": "build", "message": message} for message in errors or []],
        "error_text": (errors or [""])[0],
    }
    return render(request, "spinout/check.html", context, status=status)


def _section(draft: Draft, section: ReviewSection) -> dict[str, Any]:
    items = [{"label": item.label, "lines": item.lines, "table": _table(item.table),
              "change_url": question_url(draft, item.key, changing=True)} for item in section.items]
    return {"title": section.title, "status": section.status, "items": items}


def _table(table: Any) -> dict[str, Any] | None:
    if table is None:
        return None
    headers, rows = table
    return {"headers": headers, "rows": rows}
