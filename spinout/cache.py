"""A small on-disk cache so a cold process need not recompile the clause library.

Compiled Jinja bytecode for every clause lives in one file, keyed by each template's source,
and a stamp records that a given library (by content hash) has passed full validation.
Any failure to read or write the cache is ignored: the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import io
import os
import marshal
import tempfile
from pathlib import Path
from typing import Callable

from jinja2.bccache import Bucket, BytecodeCache

from . import __version__


def cache_dir() -> Path | None:
    configured = os.environ.get("SPINOUT_CACHE_DIR")
    if configured == "":
        return None  # an empty value turns the cache off
    base = Path(configured) if configured else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "spinout"
    return base / __version__


class PackedBytecodeCache(BytecodeCache):
    """Jinja bytecode for many small templates, kept in a single marshal file (as Jinja's own cache uses)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, bytes] = _read_entries(path) if path else {}
        self.dirty = False

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self.entries.get(bucket.key)
        if data is not None:
            bucket.load_bytecode(io.BytesIO(data))

    def dump_bytecode(self, bucket: Bucket) -> None:
        out = io.BytesIO()
        bucket.write_bytecode(out)
        self.entries[bucket.key] = out.getvalue()
        self.dirty = True

    def save(self) -> None:
        if self.dirty and self.path is not None:
            _write_atomically(self.path, marshal.dumps(self.entries))
            self.dirty = False


def has_stamp(name: str) -> bool:
    folder = cache_dir()
    return folder is not None and (folder / name).is_file()


def write_stamp(name: str) -> None:
    folder = cache_dir()
    if folder is not None:
        _write_atomically(folder / name, b"validated\n")


def _read_entries(path: Path) -> dict[str, bytes]:
    try:
        data = marshal.loads(path.read_bytes())
        return data if isinstance(data, dict) else {}
    except Exception:  # missing, truncated or from another Python: start afresh
        return {}


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        pass


def cached_bytes(kind: str, key_text: str, make: Callable[[], bytes]) -> bytes:
    """Bytes made from `key_text` alone (a guide's PDF from its page), kept on disk by its hash.

    Only for output that depends on nothing but its key: the same page always gives the same PDF.
    """
    folder = cache_dir()
    path = folder / kind / (hashlib.sha256(key_text.encode("utf-8")).hexdigest() + ".bin") if folder else None
    if path is not None:
        try:
            return path.read_bytes()
        except OSError:
            pass
    data = make()
    if path is not None:
        _write_atomically(path, data)
    return data
