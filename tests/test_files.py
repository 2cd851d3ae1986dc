"""One file written all or nothing (spinout.files)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from spinout import files
from spinout.files import write_atomically


def test_writes_bytes_and_text_and_makes_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.bin"
    write_atomically(target, b"\x00bytes")
    assert target.read_bytes() == b"\x00bytes"
    write_atomically(target, "Cymdeithas Gofal Cyfyngedig £1")
    assert target.read_text(encoding="utf-8") == "Cymdeithas Gofal Cyfyngedig £1"
    assert os.listdir(target.parent) == ["file.bin"]          # no temporary file left beside it
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failure_leaves_the_old_file_and_no_temporary_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "answers.yml"
    target.write_text("old")

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(files.os, "replace", broken)
    with pytest.raises(OSError):
        write_atomically(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["answers.yml"]


def test_ctrl_c_half_way_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt
    monkeypatch.setattr(files.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "file", b"data")
    assert os.listdir(tmp_path) == []
