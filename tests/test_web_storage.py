"""What `spinout serve` keeps, on both databases it runs on: each test runs once on SQLite and
once on PostgreSQL (the `stored` fixture; see webtools.py for when PostgreSQL is skipped).

Drafts, versions and comments as models; answers saved as they are given and read back by a
fresh session; an answers file imported, exported and imported again unchanged; a build kept as
a numbered version whose zip comes back byte for byte; another user's draft not found."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

from .test_web import answer_all, new_draft
from .webtools import stored  # noqa: F401  (the fixture)


def _user(name: str) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(name, password=f"a long password for {name}")


def _upload(data: bytes, name: str = "answers.yml") -> io.BytesIO:
    upload = io.BytesIO(data)
    upload.name = name
    return upload


def test_drafts_versions_and_comments_keep_what_is_stored(stored: Any) -> None:  # noqa: F811
    from django.db import IntegrityError, transaction

    from spinout.web.models import Comment, Draft, Version

    owner, mentor = _user("owner"), _user("mentor")
    name = "Cydweithfa Gofal Glan-yr-afon — £3.5m, 300 people ✓"
    draft = Draft.objects.create(name=name, owner=owner, notes={"typical": ["governance.voting"], "n": 1.5})
    draft.mentors.add(mentor)
    pack = bytes(range(256)) * 4096                       # 1 MiB, every byte value (NUL too)
    summary = ["Rule 12: £1 share, one member one vote", "  - needs attention: “quoted”"]
    first = Version.objects.create(draft=draft, number=1, answers_text="society:\n  name: X\n", pack_zip=pack,
                                   files=["constitution.md"], summary=summary, next_steps=["Send it"])
    Version.objects.create(draft=draft, number=2, answers_text="", pack_zip=b"", files=[], summary=[])
    on_rule = Comment.objects.create(version=first, author=mentor, target="objects", text="Say who benefits.")
    Comment.objects.create(version=first, author=None, target=Comment.BUSINESS_CASE, text="Check year 3.",
                           resolved=True)

    again = Draft.objects.get(pk=str(draft.pk))           # by the id as it appears in a link
    assert again.name == name and again.owner == owner and list(again.mentors.all()) == [mentor]
    assert again.notes == {"typical": ["governance.voting"], "n": 1.5}
    assert [v.number for v in again.versions.all()] == [2, 1]                  # newest first
    kept = again.versions.get(number=1)
    assert bytes(kept.pack_zip) == pack and kept.summary == summary and kept.files == ["constitution.md"]
    assert [(c.target, c.resolved) for c in kept.comments.all()] == [("objects", False), ("business-case", True)]
    assert kept.created.tzinfo is not None and again.created <= kept.created

    with pytest.raises(IntegrityError), transaction.atomic():                  # one version 1 a draft
        Version.objects.create(draft=draft, number=1, answers_text="", pack_zip=b"")

    mentor.delete()                                        # a comment outlives its author
    on_rule.refresh_from_db()
    assert on_rule.author is None and on_rule.text == "Say who benefits."
    draft.delete()                                         # and goes with its draft
    assert not Version.objects.exists() and not Comment.objects.exists()


def test_every_answer_is_saved_as_it_is_given_and_read_back_by_a_new_session(stored: Any) -> None:  # noqa: F811
    from django.test import Client

    draft, url = new_draft(stored, "Riverside care")
    first = stored.get(url)["Location"]
    assert stored.post(first, {"answer": "0"}).status_code == 302            # the first archetype
    draft.refresh_from_db()
    saved_once = draft.answers_text
    assert "archetype:" in saved_once

    later = Client()                       # the tab closed: another session carries on where it was
    next_url = later.get(f"/drafts/{draft.pk}/next/")["Location"]
    assert next_url != first and "/questions/" in next_url
    check_url, asked = answer_all(later, draft, next_url)
    draft.refresh_from_db()
    assert "Riverside Care Co-operative Limited" in draft.answers_text and "UNISON" in draft.answers_text
    assert draft.updated > draft.created

    change = f"/drafts/{draft.pk}/questions/business_case.contract_years/?change=1"
    assert stored.post(change, {"answer": "7", "change": "1"})["Location"] == check_url
    assert "7 years" in Client().get(check_url).content.decode()


def test_an_answers_file_imported_exported_and_imported_again_is_unchanged(stored: Any) -> None:  # noqa: F811
    from spinout.answers.resolve import example_path, resolve_answers
    from spinout.answers.yamlio import parse_yaml
    from spinout.web.models import Draft

    original = example_path("social-care").read_bytes()
    imported = stored.post("/drafts/import/", {"answers_file": _upload(original, "social-care.yml")})
    assert imported.status_code == 302
    exported = stored.get(imported["Location"].replace("/check/", "/answers.yml")).content
    again = stored.post("/drafts/import/", {"answers_file": _upload(exported)})
    assert again.status_code == 302 and again["Location"] != imported["Location"]
    exported_again = stored.get(again["Location"].replace("/check/", "/answers.yml")).content
    assert exported_again == exported
    assert Draft.objects.count() == 2 and all(d.complete_file for d in Draft.objects.all())

    def read(text: bytes) -> Any:
        return resolve_answers(parse_yaml(text.decode(), "answers")[0])

    assert read(exported) == read(original)


def test_each_build_is_kept_as_a_numbered_version_with_its_zip(stored: Any) -> None:  # noqa: F811
    from spinout.answers.resolve import example_path
    from spinout.web.models import Version

    imported = stored.post("/drafts/import/", {"answers_file": _upload(example_path("social-care").read_bytes())})
    build = imported["Location"].replace("/check/", "/build/")
    first, second = stored.post(build), stored.post(build)
    assert first["Location"].endswith("/versions/1/") and second["Location"].endswith("/versions/2/")
    download = stored.get(second["Location"] + "pack.zip")
    assert download.status_code == 200
    kept = Version.objects.get(number=2)
    assert download.content == bytes(kept.pack_zip)
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        assert sorted(archive.namelist()) == sorted(f"pack/{name}" for name in kept.files)
        assert "Riverside Care" in archive.read("pack/constitution.md").decode()
    assert "Your pack is ready" in stored.get(second["Location"]).content.decode()


def test_another_users_draft_is_not_found_on_either_database(stored: Any) -> None:  # noqa: F811
    from django.test import override_settings

    owner, other = _user("owner"), _user("other")
    with override_settings(SPINOUT_LOCAL=False):
        stored.force_login(owner)
        draft, _ = new_draft(stored)
        stored.force_login(other)
        for path in ("", "check/", "answers.yml", "questions/service.archetype/", "next/", "versions/1/pack.zip"):
            assert stored.get(f"/drafts/{draft.pk}/{path}").status_code == 404, path
        assert stored.post(f"/drafts/{draft.pk}/build/").status_code == 404
        assert draft.name not in stored.get("/").content.decode()
        draft.mentors.add(other)                                  # shared with a mentor: now they see it
        assert stored.get(f"/drafts/{draft.pk}/").status_code == 200
        assert stored.get("/").content.decode().count(draft.name) == 1        # once, though two ways in


def test_an_answer_with_a_nul_character_is_refused_before_it_reaches_the_database(stored: Any) -> None:  # noqa: F811
    """PostgreSQL cannot keep a NUL in text (SQLite can): it is refused as an answer on both."""
    from spinout.answers.resolve import example_path
    from spinout.web.models import Draft

    imported = stored.post("/drafts/import/", {"answers_file": _upload(example_path("social-care").read_bytes())})
    change = imported["Location"].replace("/check/", "/questions/service.parent_body/?change=1")
    before = Draft.objects.get().answers_text
    response = stored.post(change, {"answer": "Northshire\x00 County Council", "change": "1"})
    assert response.status_code == 400 and "invisible control character" in response.content.decode()
    assert Draft.objects.get().answers_text == before
    assert stored.post(change, {"answer": "Northshire County Council", "change": "1"}).status_code == 302
