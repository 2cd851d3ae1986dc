"""Writing one file all or nothing: the bytes go to a temporary file beside it, which then takes
its place in one step, so a reader (or a build killed half way) never sees half a file.

Whole folders are written the same way by pack/folders.py.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes | str) -> None:
    """Put `data` (text is written as UTF-8) at `path`, creating its folder if need be. The file
    is private to the user (0600, as mkstemp makes it). Raises OSError when it cannot; the
    temporary file never outlives a failure."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
