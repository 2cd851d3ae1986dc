"""Output folders written all or nothing, and never over anything but spinout's own output.

Files go into a hidden staging folder beside the target, which then takes the target's place
in one step. The rules, each one a lesson from a folder someone lost:

- The target is resolved first: a link is followed to the folder it names, `sub/../dd` means
  `dd`, and a dangling link is a message.
- The current folder, a folder above it, and a folder holding one of the inputs are never
  replaced.
- An existing folder that is not empty is replaced only with `force`, and only when it is
  spinout output: its manifest.json says spinout wrote it and every file in it is one the
  manifest lists, unchanged. Anything else is named and nothing happens.
- One build at a time per target: a lock file beside it. The lock is a kernel lock, so a
  killed build never leaves a stale one.
- The swap never leaves the target missing: where Linux can exchange two folders in one
  step it does; elsewhere the old folder is renamed aside first, and a later build that
  finds the target missing puts it back. Staging folders left by a killed build are removed
  by the next build to the same target.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from ..errors import OutputError
from ..stopping import raise_if_stopped
from .edits import words_hint

Writers = dict[str, Callable[[Path], object]]     # what a writer returns is ignored
MANIFEST = "manifest.json"
_MAX_MANIFEST_BYTES = 5_000_000
_SHOWN = 8                       # files named in a refusal, at most
_MAX_NAME = 255                  # bytes in one folder name, on every filesystem spinout meets


def write_folder(out: Path, writers: Writers, finish: Callable[[Path], object] | None = None, *,
                 force: bool = False, inputs: Sequence[Path] = (), discard_edits: bool = False) -> tuple[str, ...]:
    """Run every writer into a staging folder, then `finish` (the manifest), then put the
    folder in place of `out`. Any failure, Ctrl-C or kill leaves `out` as it was."""
    target = resolve_target(out)
    refuse_protected(target, out, inputs)
    with _locked(target):
        with _plainly(out):
            _recover(target)
            refuse_existing(target, force, shown_as=out, discard_edits=discard_edits)
        staging = _staging_folder(target, out)
        try:
            for name, write in writers.items():
                raise_if_stopped()
                (staging / name).parent.mkdir(parents=True, exist_ok=True)
                write(staging / name)
            if finish is not None:
                finish(staging)
            raise_if_stopped()               # a stopped build never lands, whatever caught the signal
            _swap_into_place(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return tuple(sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()))


def check_target(out: Path, *, force: bool = False, inputs: Sequence[Path] = (), discard_edits: bool = False) -> None:
    """Everything write_folder would refuse, said before any work is done (the lock aside)."""
    target = resolve_target(out)
    refuse_protected(target, out, inputs)
    with _plainly(out):
        refuse_existing(target, force, shown_as=out, discard_edits=discard_edits)


@contextmanager
def _plainly(out: Path) -> Iterator[None]:
    """A system error while looking at the output folder, as a message about that folder."""
    try:
        yield
    except OSError as exc:
        raise OutputError(f"Cannot use the output folder {out}: {exc.strerror or exc}.",
                          hint="Choose another output folder with -o.") from None


# ---------------------------------------------------------------- where the folder goes

def resolve_target(out: Path) -> Path:
    """The absolute folder `out` names: links followed, `..` applied to the real parent."""
    with _plainly(out):
        return _resolve_target(out)


def _resolve_target(out: Path) -> Path:
    if len(os.fsencode(out.name)) > _MAX_NAME:
        raise OutputError(f"The folder name {out.name[:40]}... is {len(out.name)} characters long; "
                          f"a folder's name can be at most {_MAX_NAME}.", hint="Choose a shorter name with -o.")
    if out.is_symlink():
        real = Path(os.path.realpath(out))
        if not real.exists():
            raise OutputError(f"{out} is a link to {os.readlink(out)}, which does not exist.",
                              hint="Give the folder itself with -o, or remove the link.")
        return real
    absolute = Path(os.path.abspath(out))
    if absolute.parent == absolute:
        return absolute                      # the root: refused below
    return Path(os.path.realpath(absolute.parent)) / absolute.name


def refuse_protected(target: Path, shown: Path, inputs: Sequence[Path]) -> None:
    here = Path(os.path.realpath(Path.cwd()))
    if target == here or target in here.parents or target.parent == target:
        where = "the folder you are in" if target == here else "a folder that holds the folder you are in"
        raise OutputError(f"{shown} is {where}, and spinout never replaces it.",
                          hint="Give a new folder's name with -o, such as -o pack.")
    for given in inputs:
        real = Path(os.path.realpath(given))
        if real == target or target in real.parents:
            raise OutputError(f"{given} is inside {shown}, so writing there would replace it.",
                              hint=f"Choose another output folder, or copy {given} out of {shown} first.")


def refuse_existing(target: Path, force: bool, shown_as: Path | None = None, *, discard_edits: bool = False) -> None:
    shown = shown_as or target
    if target.exists() and not target.is_dir():
        raise OutputError(f"{shown} is a file, not a folder.", hint="Choose another output folder with -o.")
    if not target.is_dir() or not any(target.iterdir()):
        return
    if not force:
        raise OutputError(f"The folder {shown} already exists and is not empty; nothing was changed.",
                          hint="Choose another folder with -o, or add --force to replace it.")
    _refuse_unless_ours(target, shown, discard_edits)


def _refuse_unless_ours(folder: Path, shown: Path, discard_edits: bool = False) -> None:
    listed = _manifest_files(folder)
    if listed is None:
        raise OutputError(f"{shown} was not written by spinout (it has no spinout manifest.json), so --force "
                          "will not replace it; nothing was changed.",
                          hint="Choose another output folder with -o, or move its files away first.")
    files, others = _contents(folder)
    files.pop(MANIFEST, None)
    extra = others + [name for name in files if name not in listed]
    if extra:
        raise OutputError(f"{shown} holds files spinout did not write, so --force will not replace it; "
                          "nothing was changed:", hint=_listing(sorted(extra)) + "\nMove them out of the "
                          "folder, or choose another output folder with -o.")
    changed = [name for name, path in files.items() if _sha256(path) != listed[name]]
    if changed and not discard_edits:
        raise OutputError(f"Some files in {shown} were changed after spinout wrote them (edited in Word, "
                          "say), and --force would lose those changes; nothing was changed:",
                          hint=_listing(changed) + "\nKeep your words: copy those files somewhere safe, or "
                          "build into another folder with -o and carry the words across. To replace the "
                          "pack and lose the changes, add --discard-edits.\n" + words_hint(folder, changed))


def _contents(folder: Path) -> tuple[dict[str, Path], list[str]]:
    """Regular files by relative path, and the names of anything else (links, devices, pipes).
    Links are never followed: a link to / must not send this walk round the whole disk."""
    files: dict[str, Path] = {}
    others: list[str] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        for name in names + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            path = Path(root, name)
            relative = path.relative_to(folder).as_posix()
            if path.is_symlink() or not path.is_file():
                others.append(relative)
            else:
                files[relative] = path
    return dict(sorted(files.items())), others


def file_entries(folder: Path) -> list[dict[str, object]]:
    """What a manifest lists: every file in `folder`, with its SHA-256 and size."""
    files, _ = _contents(folder)
    return [{"path": name, "sha256": _sha256(path), "bytes": path.stat().st_size} for name, path in files.items()]


def _manifest_files(folder: Path) -> dict[str, str] | None:
    """The files a spinout manifest lists, by path, with their SHA-256; None if there is none."""
    path = folder / MANIFEST
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > _MAX_MANIFEST_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not str(data.get("generator", "")).startswith("spinout "):
        return None
    files = data.get("files")
    if not isinstance(files, list):
        return None
    return {str(f.get("path")): str(f.get("sha256")) for f in files if isinstance(f, dict)}


def _listing(names: list[str]) -> str:
    shown = [f"  {name}" for name in names[:_SHOWN]]
    if len(names) > _SHOWN:
        shown.append(f"  ... and {len(names) - _SHOWN} more")
    return "\n".join(shown)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


# ---------------------------------------------------------------- names beside the target

def _stem(target: Path) -> str:
    # Fixed-length names, whatever the target's length: ".NAME.old-.NAME.x.partial" once made a
    # folder of 130 characters impossible to replace.
    return ".spinout-" + hashlib.sha256(target.name.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def _staging_folder(target: Path, shown: Path) -> Path:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=_stem(target) + "-", suffix=".partial", dir=target.parent))
    except OSError as exc:
        raise OutputError(f"Cannot create the output folder {shown}: {exc.strerror}.") from None
    # mkdtemp makes a private (0700) folder; the finished pack should get the usual permissions
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)
    return staging


def _old(target: Path) -> Path:
    return target.parent / (_stem(target) + ".old")


def _recover(target: Path) -> None:
    """Tidy what a killed build left beside `target` (we hold its lock, so nothing is in use)."""
    old = _old(target)
    if old.is_dir() and not target.exists():
        old.rename(target)                   # killed between the two renames: the old pack comes back
    for stale in target.parent.glob(_stem(target) + "-*.partial"):
        shutil.rmtree(stale, ignore_errors=True)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


# ---------------------------------------------------------------- one build at a time

@contextmanager
def _locked(target: Path) -> Iterator[None]:
    import fcntl

    lock_path = target.parent / (_stem(target) + ".lock")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Cannot create the folder {target.parent}: {exc.strerror}.") from None
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise OutputError(f"Cannot write in {target.parent}: {exc.strerror}.") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OutputError(f"Another spinout command is writing {target.name} in {target.parent} right now; "
                              "nothing was changed.", hint="Wait for it to finish, then run this again.") from None
        if _same_file(fd, lock_path):
            break
        os.close(fd)                         # the holder removed it as we opened it: take the new one
    try:
        yield
    finally:
        lock_path.unlink(missing_ok=True)
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False


# ---------------------------------------------------------------- the swap

def _swap_into_place(staging: Path, target: Path) -> None:
    if not target.exists():
        staging.rename(target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging, ignore_errors=True)      # it now holds the old folder
        return
    old = _old(target)
    target.rename(old)
    try:
        staging.rename(target)
    except OSError:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step (Linux renameat2); False where that is not available."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False                         # a filesystem without exchange: fall back
    raise OSError(code, os.strerror(code), str(second))


@cache
def _renameat2() -> Callable[..., int] | None:
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2   # glibc 2.28 and later
    except (OSError, AttributeError, TypeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function
