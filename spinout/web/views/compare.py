"""Compare two versions of a draft: the existing diff (spinout.review.diff), shown as a redline
in the page, and the redline with tracked changes as a Word file to download. Each version is
compared by the answers its pack was built from (the pack's own answers.yml)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ...answers.resolve import resolve_answers
from ...answers.yamlio import parse_yaml
from ...errors import SpinoutError
from ...render.redline import redline_context, render_redline_docx
from ...review.diff import PackComparison, compare_packs, counts_line, documents_for
from ..models import Draft, Version
from ..preview import environment
from .common import draft_or_404
from .drafts import file_stem

PACK_ANSWERS = "pack/answers.yml"
TEMPLATE = "redline.jinja"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _version(draft: Draft, given: str | None) -> Version:
    if not given or not given.isdigit():
        raise Http404("No such version")
    try:
        return draft.versions.get(number=int(given))
    except Version.DoesNotExist:
        raise Http404("No such version") from None


def _answers_text(version: Version) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(bytes(version.pack_zip))) as archive:
            return archive.read(PACK_ANSWERS).decode("utf-8")
    except (KeyError, UnicodeDecodeError, zipfile.BadZipFile):
        return version.answers_text


def _comparison(request: HttpRequest, draft_id: UUID) -> tuple[Draft, Version, Version, PackComparison]:
    draft = draft_or_404(request, draft_id)
    old, new = _version(draft, request.GET.get("old")), _version(draft, request.GET.get("new"))
    documents = []
    for version in (old, new):
        raw = parse_yaml(_answers_text(version), f"version {version.number}")[0]
        documents.append(documents_for(resolve_answers(raw)))
    return draft, old, new, compare_packs(documents[0], documents[1])


@require_GET
def compare(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    try:
        draft, old, new, comparison = _comparison(request, draft_id)
    except SpinoutError as exc:       # a version from an older spinout whose answers no longer build
        draft = draft_or_404(request, draft_id)
        return render(request, "spinout/compare.html", {"draft": draft, "problem": exc.summary}, status=400)
    main = comparison.main
    redline = ""
    if main.comparison is not None and main.old is not None and main.new is not None:
        context: dict[str, Any] = redline_context(main.comparison, main.old, main.new, collapse=True)
        redline = environment().get_template(TEMPLATE).render(context)
    others = [{"title": d.title, "status": d.status,
               "counts": counts_line(d.comparison) if d.comparison is not None else ""}
              for d in comparison.documents[1:]]
    return render(request, "spinout/compare.html", {
        "draft": draft, "old": old, "new": new, "redline": redline, "main_status": main.status,
        "main_title": main.title, "others": others, "has_changes": comparison.has_changes})


@require_GET
def redline_docx(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    draft, old, new, comparison = _comparison(request, draft_id)
    main = comparison.main
    if main.comparison is None or main.old is None or main.new is None:
        raise Http404("These versions have different kinds of document: there is no redline")
    with tempfile.TemporaryDirectory(prefix="spinout-redline-") as folder:
        path = Path(folder) / "redline.docx"
        render_redline_docx(main.comparison, main.old, main.new, path)
        data = path.read_bytes()
    response = HttpResponse(data, content_type=DOCX)
    name = f"{file_stem(draft)}-redline-{old.number}-to-{new.number}.docx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
