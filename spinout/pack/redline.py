"""Write a redline folder (the three redline files and a manifest), all or nothing, by the
same rules as a pack folder."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..engine.document import Document
from ..render import redline as render
from ..review.diff import Comparison
from .folders import MANIFEST, check_target, file_entries, write_folder

REDLINE_FILES = ("redline.html", "redline.pdf", "redline.docx")


def write_redline(comparison: Comparison, old_doc: Document, new_doc: Document, out: Path, *,
                  force: bool = False, inputs: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """Write the three redline files and a manifest into `out`, all or nothing, by the same
    rules as a pack folder (see folders.py): `out` is never one of the `inputs` or a folder
    holding one, and an existing folder is replaced only with `force` and only when spinout
    wrote it. Nothing is rendered before that is settled. The renderers are looked up on their
    module when called, so a test can replace one."""
    check_target(out, force=force, inputs=inputs)

    def write_html(path: Path) -> None:
        path.write_text(render.render_redline_html(comparison, old_doc, new_doc), encoding="utf-8")

    def write_manifest(staging: Path) -> None:
        (staging / MANIFEST).write_text(_manifest(staging, new_doc), encoding="utf-8")

    writers: dict[str, Callable[[Path], object]] = {     # what a writer returns is ignored
        "redline.html": write_html,
        "redline.docx": lambda p: render.render_redline_docx(comparison, old_doc, new_doc, p),
        "redline.pdf": lambda p: render.render_redline_pdf(comparison, old_doc, new_doc, p),
    }
    write_folder(out, writers, finish=write_manifest, force=force, inputs=inputs)
    return tuple(out / name for name in REDLINE_FILES)


def _manifest(folder: Path, new_doc: Document) -> str:
    manifest = {"generator": new_doc.metadata.get("generator", "spinout"), "kind": "redline",
                "date": new_doc.metadata.get("date", ""), "files": file_entries(folder)}
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
