from __future__ import annotations

import copy
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


@pytest.fixture
def raw_example() -> dict[str, Any]:
    return yaml.safe_load(EXAMPLE.read_text())


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
