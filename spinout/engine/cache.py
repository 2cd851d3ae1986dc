"""A small on-disk cache: PDF and Word files' bytes, and stamps saying that a library has passed
full validation.

It may only ever save time, never change an outcome. So every key covers everything the
cached result depends on: its own inputs (a library's files, a page and the renderer's
versions) and spinout's code, by a hash of every .py file in the package (`code_fingerprint`).
A stamp keyed on the clause files alone once let a warm cache skip the checks that a changed
answers model or table registry would have failed, and a library fault became a traceback.

The cache folder is untrusted input. Another account, a shared XDG_CACHE_HOME or a CI cache
restored from another job may have written it. So nothing read from it is ever run: there is
no pickle, no marshal and no compiled code here (a Jinja bytecode cache saved about 0.3 s a
build, and was a way to run code; it is gone). Every entry is checked before it is used: its
bytes must match the SHA-256 stored with them and pass a check of what they should be (a PDF
starts with %PDF- and ends with %%EOF; a Word file is a zip). A missing, corrupt or foreign entry is a miss: the
bytes are made again and the entry rewritten. The folder is created private to the user, and
a folder that others can write to, or that belongs to someone else, is not used at all.

The cache is bounded (`max_bytes`, 256 MiB unless SPINOUT_CACHE_MAX_MB says otherwise): a
write that takes it over the bound removes the entries used least recently (a hit touches
its entry) until it is under three quarters of it. Builds running at once are safe: entries
are written whole under a temporary name and renamed, and an entry that another build removes
while this one reads it is a miss.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from functools import cache
from pathlib import Path

from .. import __version__
from ..files import write_atomically

_MAGIC = b"spinout-cache 1\n"
_DIGEST = 64                                  # hex SHA-256
_STAMP = b"validated\n"
_PACKAGE = Path(__file__).resolve().parent.parent
_DEFAULT_MAX_MB = 256


def package_versions(*names: str) -> str:
    """"name version" for each package named, "name absent" for one not installed: part of a
    key wherever another version of a library could give other bytes for the same input."""
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in names:
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} absent")
    return "; ".join(found)


@cache
def code_fingerprint() -> str:
    """SHA-256 of spinout's version and the bytes of every .py file in the package, by path:
    any change to the code that validates, loads or lays out anything gives another key.
    Computed once a process (about 60 files: a few milliseconds)."""
    digest = hashlib.sha256(__version__.encode() + b"\0")
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_dir() -> Path | None:
    """This version's cache folder, created private to the user; None when it is turned off
    (SPINOUT_CACHE_DIR set to empty) or when it cannot be trusted."""
    configured = os.environ.get("SPINOUT_CACHE_DIR")
    if configured == "":
        return None
    base = (Path(configured) if configured
            else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "spinout")
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


def has_stamp(key_text: str) -> bool:
    """Whether something keyed by `key_text` (and this code) was recorded as validated. An
    entry that is missing, unreadable or corrupt is a miss."""
    path = _entry_path("stamp", key_text)
    return path is not None and _read_entry(path) == _STAMP


def write_stamp(key_text: str) -> None:
    path = _entry_path("stamp", key_text)
    if path is not None:
        _write_entry(path, _STAMP)


def _entry_path(kind: str, key_text: str) -> Path | None:
    """Where the entry for `key_text` lives: its name hashes the key with the code's fingerprint."""
    folder = cache_dir()
    if folder is None:
        return None
    key = hashlib.sha256(f"{code_fingerprint()}\0{key_text}".encode()).hexdigest()
    return folder / kind / f"{key}.bin"


def is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def cached_bytes(kind: str, key_text: str, make: Callable[[], bytes],
                 valid: Callable[[bytes], bool] = is_pdf) -> bytes:
    """Bytes made from `key_text` alone (a guide's PDF from its page and the renderer's
    versions) by this code, kept on disk under a hash of both and checked before every use.

    Only for output that depends on nothing but its key: the same key always gives the same bytes.
    """
    found = cache_lookup(kind, key_text, valid)
    if found is not None:
        return found
    data = make()
    cache_store(kind, key_text, data, valid)
    return data


def cache_lookup(kind: str, key_text: str, valid: Callable[[bytes], bool] = is_pdf) -> bytes | None:
    """The bytes kept for `key_text`, if there are any, intact and valid; None is a miss."""
    path = _entry_path(kind, key_text)
    if path is None:
        return None
    found = _read_entry(path)
    if found is None or not valid(found):
        return None
    _touch(path)
    return found


def cache_store(kind: str, key_text: str, data: bytes, valid: Callable[[bytes], bool] = is_pdf) -> None:
    """Keep `data` for `key_text` (only if valid), within the cache's bound."""
    path = _entry_path(kind, key_text)
    if path is not None and valid(data):
        _write_entry(path, data)
        _keep_within_bound(path.parent.parent)


def max_bytes() -> int:
    """How large the cache may grow: SPINOUT_CACHE_MAX_MB megabytes, or 256."""
    try:
        megabytes = float(os.environ.get("SPINOUT_CACHE_MAX_MB") or _DEFAULT_MAX_MB)
    except ValueError:
        megabytes = _DEFAULT_MAX_MB
    return max(0, int(megabytes * 1024 * 1024))


def _touch(path: Path) -> None:
    """Mark an entry as just used, so eviction keeps it (last-modified time is the use time)."""
    try:
        os.utime(path)
    except OSError:
        pass


def _keep_within_bound(folder: Path) -> None:
    """Remove the least recently used entries while the cache is over its bound."""
    entries: list[tuple[float, int, Path]] = []
    for path in folder.glob("*/*.bin"):
        try:
            info = os.lstat(path)
        except OSError:            # removed by another build since it was listed
            continue
        entries.append((info.st_mtime, info.st_size, path))
    total, bound = sum(size for _, size, _ in entries), max_bytes()
    if total <= bound:
        return
    for _, size, path in sorted(entries, key=lambda entry: (entry[0], entry[2].name)):
        if total <= bound * 3 // 4:
            break
        try:
            path.unlink()
        except OSError:
            pass
        total -= size


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


def _write_entry(path: Path, data: bytes) -> None:
    """Store `data` with its SHA-256; a cache that cannot be written is no cache, not an error."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(path, _MAGIC + hashlib.sha256(data).hexdigest().encode("ascii") + b"\n" + data)
    except OSError:
        pass
