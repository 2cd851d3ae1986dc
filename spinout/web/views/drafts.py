"""The list of drafts, a new draft, a draft's own page, import and export of an answers file."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_POST

from ...answers.resolve import resolve_answers
from ...answers.yamlio import MAX_ANSWERS_BYTES, YamlSyntaxError, parse_yaml
from ...errors import AnswersError
from ...interview import Interview, State
from ..models import NAME_LENGTH, Draft
from ..uploads import TOO_BIG
from .common import draft_or_404, interview_for, owner_for, store, visible_drafts


def name_problem(name: str) -> str | None:
    """Why a draft cannot have this name; None when it can. Names are only ever shown, never
    used as a file or folder name, and a name that looks like a path is refused outright."""
    if not name:
        return "Enter a name for the draft, such as the group's name."
    if len(name) > NAME_LENGTH:
        return f"The name must be {NAME_LENGTH} characters or fewer."
    if "/" in name or "\\" in name or ".." in name or not name.isprintable():
        return "Use words for the name, such as the group's name: it cannot contain / or \\ or two dots together."
    return None


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    return _index(request)


def _index(request: HttpRequest, errors: list[dict[str, str]] | None = None, typed: str = "",
           status: int = 200) -> HttpResponse:
    drafts = visible_drafts(request).prefetch_related("versions")
    context: dict[str, Any] = {"drafts": drafts, "errors": errors or [], "typed": typed,
                               "error_text": errors[0]["message"] if errors else "",
                               "error_ids": {e["id"] for e in errors or []}, "limit": f"{MAX_ANSWERS_BYTES:,}"}
    return render(request, "spinout/drafts.html", context, status=status)


@require_POST
def new(request: HttpRequest) -> HttpResponse:
    name = " ".join(request.POST.get("name", "").split())
    problem = name_problem(name)
    if problem:
        return _index(request, [{"id": "name", "message": problem}], typed=request.POST.get("name", ""), status=400)
    draft = Draft.objects.create(name=name, owner=owner_for(request))
    interview_for(draft).save()
    return HttpResponseRedirect(reverse("next", args=[draft.pk]))


@require_GET
def overview(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    return show_overview(request, draft_or_404(request, draft_id))


def show_overview(request: HttpRequest, draft: Draft, errors: list[dict[str, str]] | None = None, typed: str = "",
                  status: int = 200) -> HttpResponse:
    from .review import sharing_context

    interview = interview_for(draft)
    versions = list(draft.versions.all())
    context: dict[str, Any] = {
        "draft": draft, "sections": interview.sections(), "complete": interview.complete, "versions": versions,
        "errors": errors or [], "error_text": errors[0]["message"] if errors else "", "typed": typed,
        "error_ids": {e["id"] for e in errors or []}, **sharing_context(request, draft),
        "compare_old": versions[1].number if len(versions) > 1 else None,
        "compare_new": versions[0].number if versions else None}
    return render(request, "spinout/draft.html", context, status=status)


@require_GET
def export(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    draft = draft_or_404(request, draft_id)
    response = HttpResponse(draft.answers_text, content_type="application/yaml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_stem(draft)}-answers.yml"'
    return response


def file_stem(draft: Draft) -> str:
    """A safe file name made from the draft's name (letters, digits and hyphens only)."""
    return slugify(draft.name)[:60] or "draft"


# ---------------------------------------------------------------- import

@require_POST
def import_answers(request: HttpRequest) -> HttpResponse:
    """An answers file, read exactly as `spinout build` reads one: at most the same size, plain
    YAML with the bounded safe loader, then the one resolver; any problem in an error summary."""
    upload = request.FILES.get("answers_file")
    if getattr(request, TOO_BIG, False):
        return _refused(request, f"The file is larger than {MAX_ANSWERS_BYTES:,} bytes: an answers file is smaller "
                                 "than that. Check you chose the right file.", status=413)
    if upload is None:
        return _refused(request, "Choose an answers file (answers.yml) to import.")
    source = _shown_name(upload.name)
    try:
        text = upload.read(MAX_ANSWERS_BYTES + 1).decode("utf-8")
        raw, lines = parse_yaml(text, source)
        resolve_answers(raw, lines)
    except UnicodeDecodeError:
        return _refused(request, f"{source} is not a text file saved as UTF-8. Choose the answers file (.yml).")
    except YamlSyntaxError as exc:
        return _refused(request, f"{source} cannot be read: {exc.problem}")
    except AnswersError as exc:
        messages = [exc.summary] + [str(p) for p in exc.problems]
        return _refused(request, *messages)
    name = " ".join(request.POST.get("name", "").split()) or _name_from(raw, source)
    draft = Draft.objects.create(name=name[:NAME_LENGTH] if not name_problem(name[:NAME_LENGTH]) else "Imported draft",
                                 owner=owner_for(request), complete_file=True)
    interview = Interview(State(raw, {}), complete_file=True)
    store(draft, interview.state)
    return HttpResponseRedirect(reverse("check", args=[draft.pk]))


def _refused(request: HttpRequest, *messages: str, status: int = 400) -> HttpResponse:
    return _index(request, [{"id": "answers_file", "message": m} for m in messages], status=status)


def _shown_name(name: str | None) -> str:
    base = (name or "answers.yml").replace("\\", "/").rsplit("/", 1)[-1]
    return base[:60] if base.isprintable() and base else "the file"


def _name_from(raw: Any, source: str) -> str:
    society = raw.get("society") if isinstance(raw, dict) else None
    name = society.get("name") if isinstance(society, dict) else None
    return " ".join(str(name).split()) if name else source
