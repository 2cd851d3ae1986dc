"""The draft rules so far on a page of their own (the same preview the question pages show)."""

from __future__ import annotations

from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..preview import draft_preview, preview_html
from .common import draft_or_404, interview_for


@require_GET
def rules(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    draft = draft_or_404(request, draft_id)
    interview = interview_for(draft)
    shown = preview_html(draft_preview(interview.state))
    return render(request, "spinout/preview_page.html", {"draft": draft, "preview": shown})
