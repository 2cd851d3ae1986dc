"""What every page needs: which drafts this user may see, a draft's interview, saving it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest

from ... import __version__
from ...answers.yamlio import parse_yaml
from ...interview import Interview, State
from ...interview.progress import progress_text
from ..models import Draft

ANSWERS_NAME = "answers.yml"


def site(request: HttpRequest) -> dict[str, Any]:
    """Context for every template."""
    return {"spinout_version": __version__, "local": settings.SPINOUT_LOCAL}


def visible_drafts(request: HttpRequest) -> QuerySet[Draft]:
    """Drafts this user may open: on a local server, the local drafts; when hosted, the user's
    own and those shared with them as a mentor."""
    if settings.SPINOUT_LOCAL:
        return Draft.objects.filter(owner__isnull=True)
    user = request.user
    if not user.is_authenticated:
        return Draft.objects.none()
    return Draft.objects.filter(Q(owner=user) | Q(mentors=user)).distinct()


def owner_for(request: HttpRequest) -> Any:
    return None if settings.SPINOUT_LOCAL else request.user


def draft_or_404(request: HttpRequest, draft_id: UUID) -> Draft:
    """The draft, if this user may see it; otherwise "not found", never "forbidden" (which
    would say that it exists)."""
    try:
        return visible_drafts(request).get(pk=draft_id)
    except Draft.DoesNotExist:
        raise Http404("No such draft") from None


def state_of(draft: Draft) -> State:
    """The draft's answers as the interview keeps them. The text was written by us (or checked
    on import), and is still read with the bounded answers-file parser. Text that cannot be read
    is a fault to report, never a reason to start again with no answers (and save over them)."""
    answers: Any = parse_yaml(draft.answers_text, "saved answers")[0] if draft.answers_text.strip() else {}
    notes = draft.notes if isinstance(draft.notes, dict) else {}
    if not isinstance(answers, dict):
        answers = {} if answers is None else answers
    if not isinstance(answers, dict):
        raise ValueError(f"the saved answers of draft {draft.pk} are not a mapping")
    return State(answers, dict(notes))


def interview_for(draft: Draft) -> Interview:
    """A fresh Interview over the draft's answers; every answer it takes is saved at once."""
    return Interview(state_of(draft), complete_file=draft.complete_file, on_save=lambda state: store(draft, state))


def store(draft: Draft, state: State) -> None:
    draft.answers_text = progress_text(state, ANSWERS_NAME)
    draft.notes = dict(state.notes)
    draft.save(update_fields=["answers_text", "notes", "updated"])


@dataclass
class Step:
    text: str
    items: list[str] = field(default_factory=list)


def steps(lines: list[str]) -> list[Step]:
    """Saved lines as paragraphs, with the "  - " lines under each as a list."""
    found: list[Step] = []
    for line in lines:
        if line.startswith("  - ") and found:
            found[-1].items.append(line.removeprefix("  - "))
        else:
            found.append(Step(line))
    return found
