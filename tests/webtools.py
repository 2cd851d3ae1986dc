"""Django set up once a test process for the web tests: a SQLite database in a temporary folder,
the test client's host allowed, PDFs off (they are tested with the CLI's builds)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_READY: dict[str, Path] = {}


def django_ready() -> Path:
    """Configure Django and migrate a fresh database, once a process; the data folder."""
    if "data" not in _READY:
        from spinout.web.settings import Options, configure, migrate

        data = Path(tempfile.mkdtemp(prefix="spinout-web-test-"))
        configure(Options(db=data / "test.sqlite3", extra_hosts=("testserver",), pdf=False, data=data))
        migrate()
        _READY["data"] = data
    return _READY["data"]


@pytest.fixture
def web() -> Iterator[Any]:
    """A test client over a database left as it was found (each test in a transaction rolled back)."""
    django_ready()
    from django.db import transaction
    from django.test import Client

    with transaction.atomic():
        yield Client()
        transaction.set_rollback(True)
