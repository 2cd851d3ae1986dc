"""Build the pack (in a temporary folder, all or nothing), keep it as a version, offer the zip."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from uuid import UUID

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from ...answers.model import Answers
from ...answers.resolve import resolve_answers
from ...errors import SpinoutError
from ...interview import load_questions
from ...pack.build import FORMATS, Built, build_pack
from ...pack.next_steps import next_steps
from ...review.report import render_plain_summary
from ..models import Draft, Version
from ..pdfpool import borrowed_pool
from .check import show_check
from .common import draft_or_404, interview_for
from .drafts import file_stem
from .review import comments_for_build, show_version, version_or_404

ZIP_FOLDER = "pack"


@require_POST
def build(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    draft = draft_or_404(request, draft_id)
    interview = interview_for(draft)
    if not interview.complete:
        return show_check(request, draft, interview, ["Answer every question before you build the pack."], status=400)
    try:
        answers = resolve_answers(interview.state.answers)
        version = _build_version(draft, answers, interview.state.answers)
    except SpinoutError as exc:
        return show_check(request, draft, interview, [exc.summary, *(str(p) for p in exc.problems)], status=400)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return show_check(request, draft, interview, [f"The pack could not be built on this computer: {reason}. "
                                                      "Nothing was kept. Try again in a moment."], status=500)
    return HttpResponseRedirect(reverse("version", args=[draft.pk, version.number]))


def _build_version(draft: Draft, answers: Answers, raw: object) -> Version:
    formats = FORMATS if settings.SPINOUT_PDF else tuple(f for f in FORMATS if f != "pdf")
    with tempfile.TemporaryDirectory(prefix="spinout-build-") as folder:
        with borrowed_pool() as pool:
            built = build_pack(answers, Path(folder) / ZIP_FOLDER, formats=formats, comments=comments_for_build(draft),
                               pdf_pool=pool)
        pack = zip_folder(built)
        steps = next_steps(built.directory, built.files, answers, None, say_where=False)   # a temporary folder
    labels = {q.key: q.label for q in load_questions().questions}
    summary = render_plain_summary(built.report, built.document, labels).splitlines()
    with transaction.atomic():
        built_before = Version.objects.select_for_update().filter(draft=draft).aggregate(Max("number"))
        number = (built_before["number__max"] or 0) + 1
        return Version.objects.create(draft=draft, number=number, answers_text=draft.answers_text, pack_zip=pack,
                                      files=list(built.files), summary=summary, next_steps=steps)


def zip_folder(built: Built) -> bytes:
    """The pack as a zip, the same bytes for the same pack (sorted names, a fixed date)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(built.files):
            info = zipfile.ZipInfo(f"{ZIP_FOLDER}/{name}", date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (built.directory / name).read_bytes())
    return buffer.getvalue()


@require_GET
def version(request: HttpRequest, draft_id: UUID, number: int) -> HttpResponse:
    return show_version(request, version_or_404(request, draft_id, number))


@require_GET
def download(request: HttpRequest, draft_id: UUID, number: int) -> HttpResponse:
    found = version_or_404(request, draft_id, number)
    response = HttpResponse(bytes(found.pack_zip), content_type="application/zip")
    name = f"{file_stem(found.draft)}-version-{found.number}.zip"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
