"""Django set up once a test process for the web tests: a SQLite database in a temporary folder,
the test client's host allowed, PDFs off (they are tested with the CLI's builds).

The storage tests run twice, through the `stored` fixture: on that SQLite database and on the
PostgreSQL database SPINOUT_TEST_DATABASE_URL names (`.ci/run` starts one and sets it). Without
that variable the PostgreSQL run is skipped, except in CI (CI=true), where it fails."""

from __future__ import annotations

import atexit
import os
import re
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

DATABASE_ENV = "SPINOUT_TEST_DATABASE_URL"
DATABASES = ("sqlite", "postgresql")

_READY: dict[str, Any] = {}


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
    with _client_in_a_rolled_back_transaction() as client:
        yield client


@pytest.fixture(params=DATABASES)
def stored(request: pytest.FixtureRequest) -> Iterator[Any]:
    """As `web`, once on SQLite and once on PostgreSQL: the same storage test on both."""
    django_ready()
    if request.param == "sqlite":
        with _client_in_a_rolled_back_transaction() as client:
            yield client
        return
    from django.db import connection

    with on_postgresql(), _client_in_a_rolled_back_transaction() as client:
        assert connection.vendor == "postgresql"
        yield client


@contextmanager
def _client_in_a_rolled_back_transaction() -> Iterator[Any]:
    from django.db import transaction
    from django.test import Client

    with transaction.atomic():
        yield Client()
        transaction.set_rollback(True)


# ---------------------------------------------------------------- PostgreSQL

def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def _unavailable(reason: str) -> None:
    """No PostgreSQL to test on: a skip on a developer's machine, a failure in CI."""
    if in_ci():
        pytest.fail(f"CI=true, so the PostgreSQL storage tests must run, but {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL storage tests skipped: {reason}")


def postgresql_settings() -> dict[str, Any]:
    """Django's settings for this process's own schema in the test database (its tables made on
    first use, dropped when the process ends), so that parallel workers never meet."""
    if "postgresql" in _READY:
        return dict(_READY["postgresql"])
    url = os.environ.get(DATABASE_ENV, "").strip()
    if not url:
        _unavailable(f"{DATABASE_ENV} is not set. Set it to postgres://USER:PASSWORD@HOST:PORT/NAME, "
                     "or run `export SPINOUT_TEST_DATABASE_URL=$(bash .ci/postgres)` (starts the local cluster).")
    from spinout.web.database import parse_database_url

    found = parse_database_url(url)
    if found["ENGINE"] != "django.db.backends.postgresql":
        pytest.fail(f"{DATABASE_ENV} must name a PostgreSQL database (postgres://...), not {url.split(':')[0]}.",
                    pytrace=False)
    try:
        import psycopg  # noqa: F401  (Django's driver; asked for here to say what is missing)
    except ImportError:
        pytest.fail(f"{DATABASE_ENV} is set but psycopg is not installed: pip install -e '.[test]'.", pytrace=False)
    schema = f"spinout_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    assert re.fullmatch(r"[a-z0-9_]+", schema)
    found["OPTIONS"] = {"options": f"-c search_path={schema}"}
    from django.db import connections

    settings = connections.configure_settings({"default": found})["default"]
    _READY["postgresql"] = settings
    try:
        with _default_connection(dict(settings)):
            _make_schema(schema)
    except Exception as exc:            # the server down, a wrong password: say which, plainly
        del _READY["postgresql"]
        pytest.fail(f"{DATABASE_ENV} is set but the PostgreSQL database cannot be used: {exc}", pytrace=False)
    atexit.register(_drop_schema, schema)
    return dict(settings)


def _make_schema(schema: str) -> None:
    from django.core.management import call_command
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f'CREATE SCHEMA "{schema}"')
    call_command("migrate", interactive=False, verbosity=0)


def _drop_schema(schema: str) -> None:
    from django.db import connection

    with _default_connection(dict(_READY["postgresql"])), connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@contextmanager
def on_postgresql() -> Iterator[None]:
    """Django's default database is PostgreSQL while this lasts (skips or fails when there is none)."""
    with _default_connection(postgresql_settings()):
        yield


@contextmanager
def _default_connection(settings: dict[str, Any]) -> Iterator[None]:
    """Point the default connection at another database, then back. The views use the default
    connection (their transactions too), so this is the one way to run them on PostgreSQL; it is
    what Django's own test runner does when it points a connection at its test database."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connections

    def reconnect(to: dict[str, Any]) -> None:
        connections["default"].close()
        del connections["default"]
        connections.settings["default"] = to
        ContentType.objects.clear_cache()        # ids differ between the two databases

    before = connections.settings["default"]
    reconnect(settings)
    try:
        yield
    finally:
        reconnect(before)
