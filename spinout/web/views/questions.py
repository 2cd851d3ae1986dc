"""One question a page: show it, take the answer (saved at once), go on, back or to the check page."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from ...interview import Interview, Page, Question
from .. import fields
from ..fields import Reading
from ..models import Draft
from ..preview import draft_preview, preview_html
from .common import draft_or_404, interview_for

UNIT_AFFIXES = {"pounds": ("£", ""), "percent": ("", "%"), "days": ("", "days"), "months": ("", "months"),
                "years": ("", "years"), "members": ("", "members"), "directors": ("", "directors"),
                "staff": ("", "people")}


def question_url(draft: Draft, key: str | None, changing: bool = False) -> str:
    """The page for a question, or the check page when there is none."""
    if key is None:
        return reverse("check", args=[draft.pk])
    url = reverse("question", args=[draft.pk, key])
    return url + "?change=1" if changing else url


def next_page(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    """Wherever the draft has got to: the first question without an answer, or the check page."""
    draft = draft_or_404(request, draft_id)
    current = interview_for(draft).current
    return HttpResponseRedirect(question_url(draft, current.key if current else None))


@require_http_methods(["GET", "POST"])
def question(request: HttpRequest, draft_id: UUID, key: str) -> HttpResponse:
    draft = draft_or_404(request, draft_id)
    interview = interview_for(draft)
    found = _showable(interview, key)
    changing = request.GET.get("change") == "1" or request.POST.get("change") == "1"
    if found is None:
        current = interview.current
        return HttpResponseRedirect(question_url(draft, current.key if current else None, changing))
    page = interview.page(found)
    if request.method == "GET":
        return _show(request, draft, interview, page, changing)
    reading = fields.read(page, request.POST)
    if reading.adding or reading.problems:
        return _show(request, draft, interview, page, changing, reading=reading)
    if reading.voting is not None:
        interview.state.set("governance.voting", reading.voting)
    value = fields.with_keys(reading.value) if found.kind == "classes" else reading.value
    if changing:
        interview.change(found.key)
    else:
        interview.go_to(found.key)
    outcome = interview.answer(value)
    if outcome.problem:
        reading.problems = [(_first_field(page), outcome.problem)]
        return _show(request, draft, interview, page, changing, reading=reading)
    for warning in outcome.warnings:
        messages.warning(request, warning)
    current = interview.current      # on through answers already given, then the first without one
    return HttpResponseRedirect(question_url(draft, current.key if current else None, changing))


def _showable(interview: Interview, key: str) -> Question | None:
    """The question at `key` if it applies and has been reached (answered, or the one to answer
    now): no skipping ahead past questions without answers."""
    applicable = interview.applicable()
    found = next((q for q in applicable if q.key == key), None)
    if found is None:
        return None
    current = interview.current
    return found if (current is not None and current.key == key) or interview.answered(found) else None


def _back_url(draft: Draft, interview: Interview, question: Question, changing: bool) -> str:
    if changing:
        return reverse("check", args=[draft.pk])
    previous = interview.previous(question)
    return question_url(draft, previous.key) if previous else reverse("draft", args=[draft.pk])


def _first_field(page: Page) -> str:
    kind = page.question.kind
    if kind in ("select", "yesno"):
        return "answer-0"
    return {"staff": "role-0", "founders": "name-0", "classes": "name-0"}.get(kind, "answer")


# ---------------------------------------------------------------- drawing the page

def _show(request: HttpRequest, draft: Draft, interview: Interview, page: Page, changing: bool,
          reading: Reading | None = None) -> HttpResponse:
    problems = reading.problems if reading else []
    context: dict[str, Any] = {
        "draft": draft, "page": page, "kind": page.question.kind, "changing": changing,
        "caption": f"{page.section} (part {page.section_number} of {page.section_count})",
        "back_url": _back_url(draft, interview, page.question, changing),
        "errors": [{"id": where, "message": message} for where, message in problems],
        "error_text": problems[0][1] if problems else "",
        "sections": interview.sections(),
        "help_paragraphs": [p for p in page.help.split("\n\n") if p.strip()],
        "preview": preview_html(draft_preview(interview.state, page.question.key)),
    }
    context.update(_field_context(interview, page, request, reading))
    return render(request, "spinout/question.html", context, status=400 if problems else 200)


def _field_context(interview: Interview, page: Page, request: HttpRequest,
                   reading: Reading | None) -> dict[str, Any]:
    kind = page.question.kind
    error_ids = {where for where, _ in (reading.problems if reading else [])}
    if kind in ("select", "yesno"):
        return {"choices": _choices(page, request, reading)}
    if kind in ("staff", "classes", "founders"):
        items = reading.value if reading is not None else fields.list_value(page)
        blank = not items or (reading is not None and reading.adding)
        return _list_context(interview, kind, items, blank, error_ids)
    if kind == "objects":
        given = page.value if isinstance(page.value, list) else []
        typed = request.POST.get("answer", "") if reading else "\n".join(str(line) for line in given)
        return {"typed": typed}
    prefix, suffix = UNIT_AFFIXES.get(page.question.spec.unit or "", ("", ""))
    typed = request.POST.get("answer", "") if reading else fields.shown(page.value)
    return {"typed": typed, "prefix": prefix, "suffix": suffix}


def _choices(page: Page, request: HttpRequest, reading: Reading | None) -> list[dict[str, Any]]:
    posted = request.POST.get("answer") if reading else None
    shown = []
    for index, choice in enumerate(page.choices):
        label, _, hint = choice.label.partition(": ")
        same = choice.value == page.value and type(choice.value) is type(page.value)    # True is not 1
        checked = posted == str(index) if reading else same
        shown.append({"index": index, "label": label, "hint": hint, "recommended": choice.recommended,
                      "checked": checked})
    return shown


def _list_context(interview: Interview, kind: str, items: list[dict[str, Any]], blank: bool,
                  error_ids: set[str]) -> dict[str, Any]:
    rows = [dict(item) for item in items] + ([{}] if blank else [])
    if kind == "staff":
        table = [_cells(row, i, fields.STAFF_FIELDS, error_ids) for i, row in enumerate(rows)]
        return {"rows": table, "row_count": len(rows), "headings": [label for _, label, _ in fields.STAFF_FIELDS]}
    if kind == "founders":
        classes = interview.state.get("member_classes")
        listed = classes if isinstance(classes, list) else []
        options = [(str(c.get("key")), str(c.get("name"))) for c in listed if isinstance(c, dict)]
        founders = [{"index": i, "name": fields.shown(row.get("name")), "secretary": bool(row.get("secretary")),
                     "member_class": str(row.get("member_class", "")), "error": f"name-{i}" in error_ids}
                    for i, row in enumerate(rows)]
        return {"rows": founders, "row_count": len(rows), "class_options": options}
    voting = str(interview.state.get("governance.voting") or "weighted")
    shown_fields = [f for f in fields.CLASS_FIELDS if voting == "weighted" or f[0] != "vote_share"]
    classes_shown = [{"index": i, "key": str(row.get("key", "")), "user": row.get("user", True) is not False,
                      "cells": _cells(row, i, tuple(shown_fields), error_ids)} for i, row in enumerate(rows)]
    return {"rows": classes_shown, "row_count": len(rows), "voting": voting,
            "voting_choices": [{"value": v, "label": label, "checked": v == voting} for v, label in fields.VOTING]}


def _cells(row: dict[str, Any], index: int, spec: tuple[tuple[str, str, str], ...],
           error_ids: set[str]) -> list[dict[str, Any]]:
    return [{"name": name, "id": f"{name}-{index}", "label": label, "value": fields.shown(row.get(name)),
             "number": kind == "number", "error": f"{name}-{index}" in error_ids} for name, label, kind in spec]
