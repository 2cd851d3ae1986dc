"""Mentor review: the owner shares a draft with a mentor (a user, by name); anyone the draft is
shared with comments on a version's rules (by clause id) or its business case, and marks
comments resolved. The comments go to the next build (see build.py)."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from ...review.comments import BUSINESS_CASE, MentorComment
from ..models import Comment, Draft, Version
from .common import draft_or_404, steps

MAX_COMMENT = 5000
MANIFEST = "pack/manifest.json"


def version_or_404(request: HttpRequest, draft_id: UUID, number: int) -> Version:
    draft = draft_or_404(request, draft_id)
    try:
        return draft.versions.get(number=number)
    except Version.DoesNotExist:
        raise Http404("No such version") from None


def version_rules(version: Version) -> list[dict[str, str]]:
    """The rules of a version as its manifest lists them: number, clause id and title."""
    try:
        with zipfile.ZipFile(io.BytesIO(bytes(version.pack_zip))) as archive:
            manifest = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError, zipfile.BadZipFile):
        return []
    return [{"number": str(r.get("rule", "")), "clause": str(r.get("clause", "")), "title": str(r.get("title", ""))}
            for r in manifest.get("rules", []) if isinstance(r, dict)]


def review_context(request: HttpRequest, version: Version, errors: list[dict[str, str]] | None = None,
                   typed: str = "", chosen: str = "") -> dict[str, Any]:
    """What the version page shows for review: the comments, the form to add one, the mentors."""
    rules = version_rules(version)
    numbers = {r["clause"]: r["number"] for r in rules}
    comments = Comment.objects.filter(version__draft=version.draft).select_related("version", "author")
    shown = [{"pk": c.pk, "text": c.text, "resolved": c.resolved, "version": c.version.number,
              "author": c.author.get_username() if c.author else "", "where": _where(c, numbers, version)}
             for c in comments]
    return {"rules": rules, "comments": shown, "business_case": BUSINESS_CASE, "chosen": chosen or BUSINESS_CASE,
            "typed": typed, "errors": errors or [], "error_text": (errors or [{"message": ""}])[0]["message"],
            "error_ids": {e["id"] for e in errors or []}, "max_comment": MAX_COMMENT}


def _where(comment: Comment, numbers: dict[str, str], version: Version) -> str:
    if comment.target == BUSINESS_CASE:
        return "The business case"
    if comment.version_id == version.pk and comment.target in numbers:
        return f"Rule {numbers[comment.target]}"
    return f"Clause {comment.target} (in version {comment.version.number})"


@require_POST
def add_comment(request: HttpRequest, draft_id: UUID, number: int) -> HttpResponse:
    version = version_or_404(request, draft_id, number)
    target = request.POST.get("target", "")
    text = request.POST.get("comment", "").strip()
    targets = {BUSINESS_CASE} | {r["clause"] for r in version_rules(version)}
    problem = ("Choose the rule or the business case the comment is about." if target not in targets else
               "Enter a comment." if not text else
               f"The comment must be {MAX_COMMENT:,} characters or fewer." if len(text) > MAX_COMMENT else "")
    if problem:
        where = "target" if target not in targets else "comment"
        return show_version(request, version, [{"id": where, "message": problem}], typed=text,
                            chosen=target, status=400)
    author = request.user if request.user.is_authenticated else None
    Comment.objects.create(version=version, author=author, target=target, text=text)
    return HttpResponseRedirect(reverse("version", args=[version.draft.pk, version.number]) + "#comments")


@require_POST
def resolve(request: HttpRequest, draft_id: UUID, number: int, comment_id: int) -> HttpResponse:
    version = version_or_404(request, draft_id, number)
    try:
        comment = Comment.objects.get(pk=comment_id, version__draft=version.draft)
    except Comment.DoesNotExist:
        raise Http404("No such comment") from None
    comment.resolved = request.POST.get("resolved", "1") == "1"
    comment.save(update_fields=["resolved"])
    return HttpResponseRedirect(reverse("version", args=[version.draft.pk, version.number]) + "#comments")


@require_POST
def add_mentor(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    """Only the owner shares a draft; to anyone else it is not there to share."""
    draft = draft_or_404(request, draft_id)
    if settings.SPINOUT_LOCAL or draft.owner_id != request.user.pk:
        raise Http404("No such draft")
    name = request.POST.get("mentor", "").strip()
    mentor = get_user_model().objects.filter(username=name).first() if name else None
    problem = ("Enter the user name of the mentor." if not name else
               f"There is no user called {name}. Ask whoever runs this server to add them." if mentor is None else
               "That is you: you own this draft already." if mentor.pk == draft.owner_id else "")
    if problem:
        from .drafts import show_overview

        return show_overview(request, draft, [{"id": "mentor", "message": problem}], typed=name, status=400)
    draft.mentors.add(mentor)
    return HttpResponseRedirect(reverse("draft", args=[draft.pk]) + "#mentors")


def sharing_context(request: HttpRequest, draft: Draft) -> dict[str, Any]:
    """For the draft's page: who it is shared with, and whether this user may share it."""
    return {"is_owner": not settings.SPINOUT_LOCAL and draft.owner_id == request.user.pk,
            "mentors": [m.get_username() for m in draft.mentors.order_by("username")]}


def comments_for_build(draft: Draft) -> tuple[MentorComment, ...]:
    """Every comment on the draft's versions, oldest first, for the next build's review."""
    numbers: dict[int, dict[str, str]] = {}
    found = []
    for c in Comment.objects.filter(version__draft=draft).select_related("version", "author").order_by("created",
                                                                                                        "pk"):
        if c.version_id not in numbers:
            numbers[c.version_id] = {r["clause"]: r["number"] for r in version_rules(c.version)}
        found.append(MentorComment(target=c.target, text=c.text, author=c.author.get_username() if c.author else "",
                                   version=c.version.number, rule=numbers[c.version_id].get(c.target, ""),
                                   resolved=c.resolved))
    return tuple(found)


def show_version(request: HttpRequest, version: Version, errors: list[dict[str, str]] | None = None,
                 typed: str = "", chosen: str = "", status: int = 200) -> HttpResponse:
    context = {"draft": version.draft, "version": version, "summary": steps(version.summary),
               "steps": steps(version.next_steps), **review_context(request, version, errors, typed, chosen)}
    return render(request, "spinout/version.html", context, status=status)
