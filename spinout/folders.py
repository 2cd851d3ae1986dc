"""Output folders written all or nothing: files go into a hidden staging folder beside the
target, which then takes its place. An existing folder is replaced only when asked."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from .errors import OutputError

Writers = dict[str, Callable[[Path], None]]


def refuse_existing(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} is a file, not a folder.", hint="Choose another output folder with -o.")
    if out.exists() and any(out.iterdir()) and not force:
        raise OutputError(f"The folder {out} already exists and is not empty; nothing was changed.",
                          hint="Choose another folder with -o, or add --force to replace it.")


def write_folder(out: Path, writers: Writers, finish: Callable[[Path], None] | None = None) -> tuple[str, ...]:
    """Run every writer into a staging folder, then `finish` (say, a manifest of what is
    there), then put the folder in place. Any failure leaves nothing behind."""
    staging = _staging_folder(out)
    try:
        for name, write in writers.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            write(staging / name)
        if finish is not None:
            finish(staging)
        _swap_into_place(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return tuple(sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()))


def _staging_folder(out: Path) -> Path:
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=parent))
    except OSError as exc:
        raise OutputError(f"Cannot create the output folder {out}: {exc.strerror}.") from None
    # mkdtemp makes a private (0700) folder; the finished pack should get the usual permissions
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)
    return staging


def _swap_into_place(staging: Path, out: Path) -> None:
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{staging.name}")
        out.rename(old)
    try:
        staging.rename(out)
    except OSError:
        if old is not None:
            old.rename(out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
