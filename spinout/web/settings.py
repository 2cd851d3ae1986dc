"""Django's settings, built in code: no settings module to find, nothing read from the current
folder. `configure` is called once, before anything touches Django's models."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .database import data_folder, database_settings

LOOPBACK = ("127.0.0.1", "localhost", "::1")
MAX_UPLOAD_BYTES = 1_000_000          # the same limit as an answers file read by the CLI


@dataclass(frozen=True)
class Options:
    """How this server runs: where its data lives and who may reach it."""

    db: Path | None = None              # --db: a SQLite file
    database_url: str | None = None     # DATABASE_URL: PostgreSQL
    host: str = "127.0.0.1"             # anything but loopback needs logins
    extra_hosts: tuple[str, ...] = ()   # more names the server answers to (tests add "testserver")
    pdf: bool = True                    # build PDFs (tests turn them off for speed)
    data: Path = field(default_factory=data_folder)

    @property
    def local(self) -> bool:
        """One user on this machine, no login: only when bound to the loopback address."""
        return self.host in LOOPBACK


def settings_for(options: Options) -> dict[str, Any]:
    here = Path(__file__).resolve().parent
    return {
        "DEBUG": False,
        "SECRET_KEY": secret_key(options.data),
        "ALLOWED_HOSTS": allowed_hosts(options),
        "INSTALLED_APPS": ["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
                           "django.contrib.messages", "spinout.web.apps.WebConfig"],
        "MIDDLEWARE": ["django.middleware.security.SecurityMiddleware",
                       "django.contrib.sessions.middleware.SessionMiddleware",
                       "django.middleware.common.CommonMiddleware",
                       "django.middleware.csrf.CsrfViewMiddleware",
                       "django.contrib.auth.middleware.AuthenticationMiddleware",
                       "django.contrib.messages.middleware.MessageMiddleware",
                       "django.middleware.clickjacking.XFrameOptionsMiddleware",
                       "spinout.web.security.ContentSecurityPolicy",
                       "spinout.web.security.LoginWhenHosted"],
        "ROOT_URLCONF": "spinout.web.urls",
        "TEMPLATES": [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [here / "templates"],
                       "APP_DIRS": False,
                       "OPTIONS": {"autoescape": True,
                                   "context_processors": ["django.template.context_processors.request",
                                                          "django.contrib.auth.context_processors.auth",
                                                          "django.contrib.messages.context_processors.messages",
                                                          "spinout.web.views.common.site"]}}],
        "DATABASES": {"default": database_settings(options.db, options.database_url)},
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        "USE_TZ": True,
        "TIME_ZONE": "Europe/London",
        "LANGUAGE_CODE": "en-gb",
        "AUTH_PASSWORD_VALIDATORS": [
            {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
            {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
            {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"}],
        "LOGIN_URL": "login",
        "LOGIN_REDIRECT_URL": "drafts",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SAMESITE": "Strict",
        "X_FRAME_OPTIONS": "DENY",
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
        "DATA_UPLOAD_MAX_MEMORY_SIZE": MAX_UPLOAD_BYTES * 2,
        "FILE_UPLOAD_MAX_MEMORY_SIZE": MAX_UPLOAD_BYTES * 2,
        "DATA_UPLOAD_MAX_NUMBER_FIELDS": 2000,
        "FILE_UPLOAD_HANDLERS": ["spinout.web.uploads.BoundedUpload"],
        "SPINOUT_LOCAL": options.local,
        "SPINOUT_PDF": options.pdf,
        "LOGGING_CONFIG": None,
    }


def allowed_hosts(options: Options) -> list[str]:
    """Only the names this server is really reached by: a local server must not answer a page
    that a DNS-rebinding attack points at 127.0.0.1 under another name."""
    if options.local:
        return list(LOOPBACK) + list(options.extra_hosts)
    listening_everywhere = options.host in ("0.0.0.0", "::", "")
    return ([] if listening_everywhere else [options.host]) + list(options.extra_hosts)


def secret_key(folder: Path) -> str:
    """SPINOUT_SECRET_KEY, else a random key kept in the data folder (readable by the user only)."""
    given = os.environ.get("SPINOUT_SECRET_KEY")
    if given:
        return given
    path = folder / "secret-key"
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        pass
    folder.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:          # another server made it a moment ago
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(key)
    return key


def configure(options: Options) -> None:
    """Set Django up for these options (once a process) and make sure the data folder exists."""
    import django
    from django.conf import settings

    options.data.mkdir(parents=True, exist_ok=True)
    if options.db is not None:
        options.db.parent.mkdir(parents=True, exist_ok=True)
    settings.configure(**settings_for(options))
    django.setup()


def migrate() -> None:
    """Bring the database up to date (creates it on first use)."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
