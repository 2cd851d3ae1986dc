"""Where the web application keeps its drafts: a SQLite file in the user's data folder, a file
named with --db, or the PostgreSQL database that DATABASE_URL names."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..errors import SpinoutError

DATA_ENV = "SPINOUT_DATA_DIR"


class SetupError(SpinoutError):
    """The server cannot start as asked (a database address it cannot read, say)."""


def data_folder() -> Path:
    """The user's data folder for spinout: SPINOUT_DATA_DIR, else the platform's usual place."""
    given = os.environ.get(DATA_ENV)
    if given:
        return Path(given)
    home = Path.home()
    if sys.platform.startswith("win"):
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / "spinout"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "spinout"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "spinout"


def database_settings(db: Path | None = None, url: str | None = None) -> dict[str, Any]:
    """Django's DATABASES["default"]: DATABASE_URL (`url`) wins, then --db, then the data folder."""
    if url:
        return parse_database_url(url)
    path = db if db is not None else data_folder() / "spinout.sqlite3"
    return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}


def parse_database_url(url: str) -> dict[str, Any]:
    """postgres://user:password@host:port/name or sqlite:///path, as Django settings."""
    parts = urlsplit(url)
    if parts.scheme in ("postgres", "postgresql", "pgsql"):
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise SetupError("DATABASE_URL names no database.", hint="Write it as postgres://USER:PASSWORD@HOST:5432/NAME.")
        return {"ENGINE": "django.db.backends.postgresql", "NAME": name, "USER": unquote(parts.username or ""),
                "PASSWORD": unquote(parts.password or ""), "HOST": parts.hostname or "",
                "PORT": str(parts.port or "")}
    if parts.scheme == "sqlite":
        path = unquote(parts.path)[1:]       # sqlite:////abs/path, sqlite:///relative/path
        if not path:
            raise SetupError("DATABASE_URL names no SQLite file.", hint="Write it as sqlite:////full/path/spinout.sqlite3.")
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": path}
    shown = parts.scheme or "no scheme"
    raise SetupError(f"DATABASE_URL starts with {shown!r}, a database spinout cannot use.",
                     hint="Use postgres://USER:PASSWORD@HOST:5432/NAME, or unset DATABASE_URL to use SQLite.")
