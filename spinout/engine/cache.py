"""A small on-disk cache of things that only ever save time: PDF bytes, and stamps saying that a
library (by content hash) has passed full validation.

The cache folder is untrusted input. Another account, a shared XDG_CACHE_HOME or a CI cache
restored from another job may have written it. So nothing read from it is ever run: there is
no pickle, no marshal and no compiled code here (a Jinja bytecode cache saved about 0.3 s a
build, and was a way to run code; it is gone). Every entry is checked before it is used: its
bytes must match the SHA-256 stored with them and pass a check of what they should be (a PDF
starts with %PDF- and ends with %%EOF). A missing, corrupt or foreign entry is a miss: the
bytes are made again and the entry rewritten. The folder is created private to the user, and
a folder that others can write to, or that belongs to someone else, is not used at all.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Callable

from .. import __version__

_MAGIC = b"spinout-cache 1\n"
_DIGEST = 64                                  # hex SHA-256


def cache_dir() -> Path | None:
    """This version's cache folder, created private to the user; None when it is turned off
    (SPINOUT_CACHE_DIR set to empty) or when it cannot be trusted."""
    configured = os.environ.get("SPINOUT_CACHE_DIR")
    if configured == "":
        return None
    base = Path(configured) if configured else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "spinout"
    folder = base / __version__
    return folder if _private_folder(base) and _private_folder(folder) else None


def _private_folder(folder: Path) -> bool:
    """Create `folder` (0700) if need be; True if it is ours and nobody else can write to it."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return False
    return not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def has_stamp(name: str) -> bool:
    folder = cache_dir()
    return folder is not None and (folder / name).is_file()


def write_stamp(name: str) -> None:
    folder = cache_dir()
    if folder is not None:
        _write_atomically(folder / name, b"validated\n")


def is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def cached_bytes(kind: str, key_text: str, make: Callable[[], bytes],
                 valid: Callable[[bytes], bool] = is_pdf) -> bytes:
    """Bytes made from `key_text` alone (a guide's PDF from its page and the renderer's
    versions), kept on disk under the key's hash and checked before every use.

    Only for output that depends on nothing but its key: the same key always gives the same bytes.
    """
    folder = cache_dir()
    path = folder / kind / (hashlib.sha256(key_text.encode("utf-8")).hexdigest() + ".bin") if folder else None
    if path is not None:
        found = _read_entry(path)
        if found is not None and valid(found):
            return found
    data = make()
    if path is not None and valid(data):
        _write_atomically(path, _MAGIC + hashlib.sha256(data).hexdigest().encode("ascii") + b"\n" + data)
    return data


def _read_entry(path: Path) -> bytes | None:
    """An entry's bytes if they are intact (their SHA-256 matches the one stored with them)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC)
    if not raw.startswith(_MAGIC) or raw[head + _DIGEST:head + _DIGEST + 1] != b"\n":
        return None
    digest, data = raw[head:head + _DIGEST], raw[head + _DIGEST + 1:]
    return data if hashlib.sha256(data).hexdigest().encode("ascii") == digest else None


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
