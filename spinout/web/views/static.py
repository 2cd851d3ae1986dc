"""The vendored GOV.UK Frontend and spinout's own CSS and script, served by name from a list
made at start-up: the address a browser asks for never becomes a path on disk."""

from __future__ import annotations

import mimetypes
from functools import cache
from pathlib import Path

from django.http import Http404, HttpRequest, HttpResponse

FOLDER = Path(__file__).resolve().parent.parent / "static"
TYPES = {".mjs": "text/javascript", ".js": "text/javascript", ".css": "text/css"}


@cache
def files() -> dict[str, Path]:
    return {path.relative_to(FOLDER).as_posix(): path for path in FOLDER.rglob("*") if path.is_file()}


def serve(request: HttpRequest, name: str) -> HttpResponse:
    path = files().get(name)
    if path is None:
        raise Http404("No such file")
    kind = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    response = HttpResponse(path.read_bytes(), content_type=kind)
    response["Cache-Control"] = "public, max-age=3600"
    return response
