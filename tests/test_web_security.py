"""`spinout serve`'s guards: CSRF on every form, only our own host names, drafts visible only to
the people they are shared with, names and uploads that cannot reach the file system, a content
security policy, autoescaped pages; and the server itself, settings and database addresses."""

from __future__ import annotations

import io
import threading
import urllib.error
import urllib.request
from typing import Any

import pytest

from .test_web import new_draft
from .webtools import django_ready, web  # noqa: F401  (the fixture)


def test_a_post_without_the_csrf_token_is_refused(web: Any) -> None:  # noqa: F811
    from django.test import Client

    from spinout.web.models import Draft

    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/drafts/new/", {"name": "Riverside"}).status_code == 403
    assert not Draft.objects.exists()
    page = strict.get("/").content.decode()
    assert page.count('name="csrfmiddlewaretoken"') == page.count("<form")     # every form carries it


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.nip.io", "localhost.evil.example:8000"])
def test_a_request_with_a_foreign_host_header_is_refused(web: Any, host: str) -> None:  # noqa: F811
    assert web.get("/", HTTP_HOST=host).status_code == 400
    assert web.get("/", HTTP_HOST="127.0.0.1:8123").status_code == 200


def test_every_page_has_a_content_security_policy(web: Any) -> None:  # noqa: F811
    policy = web.get("/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert web.get("/")["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("name", ["../../etc/passwd", "..", "a/b", "C:\\Windows\\system32", "bell\x07here",
                                  "x" * 101, ""])
def test_a_path_like_or_odd_draft_name_is_refused_cleanly(web: Any, name: str) -> None:  # noqa: F811
    from spinout.web.models import Draft

    response = web.post("/drafts/new/", {"name": name})
    text = response.content.decode()
    assert response.status_code == 400
    assert 'class="govuk-error-summary"' in text and 'href="#name"' in text
    assert not Draft.objects.exists()


def test_a_name_is_shown_escaped(web: Any) -> None:  # noqa: F811
    draft, _ = new_draft(web, '<b onmouseover="alert(1)">Riverside')
    text = web.get(f"/drafts/{draft.pk}/").content.decode()
    assert "<b onmouseover" not in text and "&lt;b onmouseover=&quot;alert(1)&quot;&gt;" in text


def test_a_10_mb_upload_is_refused_cleanly(web: Any) -> None:  # noqa: F811
    from spinout.web.models import Draft

    upload = io.BytesIO(b"society:\n  name: " + b"x" * (10 * 1024 * 1024) + b"\n")
    upload.name = "answers.yml"
    response = web.post("/drafts/import/", {"answers_file": upload})
    text = response.content.decode()
    assert response.status_code == 413
    assert 'class="govuk-error-summary"' in text and "larger than 1,000,000 bytes" in text
    assert not Draft.objects.exists()


def test_an_upload_with_yaml_tricks_is_refused(web: Any) -> None:  # noqa: F811
    bomb = b'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n'
    upload = io.BytesIO(bomb)
    upload.name = "../../answers.yml"
    response = web.post("/drafts/import/", {"answers_file": upload})
    assert response.status_code == 400
    assert "../" not in response.content.decode().split("govuk-error-summary")[1].split("</ul>")[0]


# ---------------------------------------------------------------- hosted: users and sharing

@pytest.fixture
def hosted(web: Any) -> Any:  # noqa: F811
    from django.contrib.auth import get_user_model
    from django.test import override_settings

    users = get_user_model()
    owner = users.objects.create_user("owner", password="a long password 1")
    other = users.objects.create_user("other", password="a long password 2")
    with override_settings(SPINOUT_LOCAL=False):
        yield web, owner, other


def test_another_users_draft_is_not_found(hosted: Any) -> None:
    from spinout.web.models import Draft

    client, owner, other = hosted
    client.force_login(owner)
    draft, _ = new_draft(client)
    assert draft.owner == owner
    client.force_login(other)
    for path in ("/", "check/", "answers.yml", "questions/service.archetype/", "next/", "versions/1/pack.zip"):
        url = f"/drafts/{draft.pk}/{path}" if path != "/" else f"/drafts/{draft.pk}/"
        assert client.get(url).status_code == 404, url
    assert client.post(f"/drafts/{draft.pk}/build/").status_code == 404
    assert draft.name not in client.get("/").content.decode()

    draft.mentors.add(other)                     # shared with a mentor: now they see it
    assert client.get(f"/drafts/{draft.pk}/").status_code == 200
    assert Draft.objects.filter(owner=owner).count() == 1


def test_a_hosted_server_asks_for_a_login_and_local_drafts_stay_hidden(hosted: Any) -> None:
    from spinout.web.models import Draft

    client, owner, _ = hosted
    local = Draft.objects.create(name="Made on a laptop")
    response = client.get("/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")
    assert client.get("/login/").status_code == 200
    assert client.get("/static/spinout/spinout.css").status_code == 200
    client.force_login(owner)
    assert client.get(f"/drafts/{local.pk}/").status_code == 404


def test_createuser_refuses_a_short_password_and_a_second_user_of_the_same_name(web: Any) -> None:  # noqa: F811
    from spinout.web.database import SetupError
    from spinout.web.users import add_user

    with pytest.raises(SetupError, match="too short"):
        add_user("amina", "short")
    with pytest.raises(SetupError, match="no spaces"):
        add_user("amina okafor", "a long enough password")
    add_user("amina", "a long enough password")
    with pytest.raises(SetupError, match="already"):
        add_user("amina", "a long enough password")


# ---------------------------------------------------------------- settings and the server

def test_database_addresses() -> None:
    from spinout.web.database import SetupError, database_settings, parse_database_url

    pg = parse_database_url("postgres://coop:s%40cret@db.example:5433/spinout")
    assert pg == {"ENGINE": "django.db.backends.postgresql", "NAME": "spinout", "USER": "coop",
                  "PASSWORD": "s@cret", "HOST": "db.example", "PORT": "5433"}
    assert parse_database_url("sqlite:////tmp/x.sqlite3")["NAME"] == "/tmp/x.sqlite3"
    for bad in ("mysql://x/y", "postgres://host/", "nonsense"):
        with pytest.raises(SetupError):
            parse_database_url(bad)
    assert database_settings(None).get("NAME", "").endswith("spinout.sqlite3")


def test_hosted_settings_need_names_and_allow_only_them() -> None:
    from spinout.web.database import SetupError
    from spinout.web.server import check_options
    from spinout.web.settings import Options, allowed_hosts

    assert allowed_hosts(Options()) == ["127.0.0.1", "localhost", "::1"]
    with pytest.raises(SetupError, match="--name"):
        check_options(Options(host="0.0.0.0"), ())
    names = check_options(Options(host="0.0.0.0"), ("coop.example.org",))
    assert allowed_hosts(Options(host="0.0.0.0", extra_hosts=names)) == ["coop.example.org"]
    assert not Options(host="192.168.1.5").local and Options(host="::1").local


def test_the_migrations_match_the_models() -> None:
    django_ready()
    from django.core.management import call_command

    call_command("makemigrations", "spinout", "--check", "--dry-run", verbosity=0)


def test_the_server_answers_on_loopback_and_refuses_a_rebinding_host() -> None:
    django_ready()
    from spinout.web.server import address, make_server
    from spinout.web.settings import Options

    options = Options()
    server = make_server(options, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = address(options, server)
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "static/spinout/spinout.css", timeout=10) as response:
            assert response.status == 200
        request = urllib.request.Request(url, headers={"Host": "attacker.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 400
    finally:
        server.shutdown()
        server.server_close()


def test_serve_on_every_address_without_a_name_says_what_to_do(tmp_path: Any) -> None:
    from click.testing import CliRunner

    from spinout.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--no-browser", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "--name" in result.output
