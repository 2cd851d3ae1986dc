from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "social-care.yml"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite the golden files from the current output instead of comparing.")


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Tests must not read or write the user's cache, and must see a cold one first.
    import os
    os.environ["SPINOUT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def _parsed_example() -> dict[str, Any]:
    # Parsed once: the pure-Python YAML parser costs a noticeable share of the suite.
    return yaml.safe_load(EXAMPLE.read_text())


@pytest.fixture
def raw_example(_parsed_example: dict[str, Any]) -> dict[str, Any]:
    """The social-care example as parsed YAML: a fresh copy for each test to change."""
    return copy.deepcopy(_parsed_example)


@pytest.fixture
def example_answers():
    from spinout.answers.resolve import load_answers
    return load_answers(EXAMPLE)


def resolve(raw: dict[str, Any]):
    from spinout.answers.resolve import resolve_answers
    return resolve_answers(copy.deepcopy(raw))


def write_yaml(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str):
    from spinout.cli import cli
    return runner.invoke(cli, list(args), catch_exceptions=False)


@dataclass(frozen=True)
class SharedPack:
    """A pack built once for the whole session: its folder and what `spinout build` printed."""

    folder: Path
    output: str


def file_hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def social_care_pack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SharedPack]:
    """The social-care example built once per session by `spinout build`, PDFs and all.

    Building a pack with its PDFs takes seconds, and many tests only read one. The pack is
    shared, so it is read-only: a test that changes files copies it to its tmp_path first.
    The session fails at the end if any file in it was changed, added or removed.
    """
    out = tmp_path_factory.mktemp("shared") / "pack"
    result = invoke(CliRunner(), "build", "--example", "social-care", "-o", str(out))
    assert result.exit_code == 0, result.output
    before = file_hashes(out)
    yield SharedPack(out, result.output)
    assert file_hashes(out) == before, "a test changed the shared social-care pack: copy it to tmp_path first"
