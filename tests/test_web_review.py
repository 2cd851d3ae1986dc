"""The web's review features through Django's test client: the draft rules beside the questions,
mentors' comments on a version (into the next build's review and manifest), and comparing two
versions as a redline."""

from __future__ import annotations

import copy
import io
import re
from typing import Any

from .test_web import new_draft
from .webtools import django_ready, web  # noqa: F401  (the fixture)


def import_example(client: Any, name: str = "social-care") -> str:
    """A draft made from a shipped example; its address (ending in /)."""
    from spinout.answers.resolve import example_path

    upload = io.BytesIO(example_path(name).read_bytes())
    upload.name = f"{name}.yml"
    response = client.post("/drafts/import/", {"answers_file": upload})
    assert response.status_code == 302
    return str(response["Location"]).removesuffix("check/")


# ---------------------------------------------------------------- the preview

def test_the_first_question_says_the_rules_appear_once_the_service_is_chosen(web: Any) -> None:  # noqa: F811
    draft, url = new_draft(web)
    page = web.get(web.get(url)["Location"]).content.decode()
    assert "Your draft rules so far" in page
    assert "once you have said what kind of service" in page


def test_a_question_page_previews_the_rules_with_placeholders_and_reasons(web: Any) -> None:  # noqa: F811
    draft, url = new_draft(web)
    first = web.get(url)["Location"]
    from spinout.web.views.common import interview_for

    page = interview_for(draft).page()
    choice = next(i for i, c in enumerate(page.choices) if c.value == "social-care")
    second = web.post(first, {"answer": str(choice)})["Location"]
    html = web.get(second).content.decode()
    assert "This is a preview" in html and "placeholders" in html
    assert "Stand-in Co-operative Limited" in html                     # the stand-in, said plainly above
    assert 'id="preview-rule-1"' in html and "<span class=\"spinout-preview__number\">1.1</span>" in html
    assert "Why is rule 1 here?" in html and '<details class="govuk-details">' in html
    assert "For advisers and mentors:" in html


def test_findings_are_shown_on_the_rule_they_concern(web: Any) -> None:  # noqa: F811
    from spinout.answers.resolve import example_path, resolve_answers
    from spinout.answers.yamlio import parse_yaml
    from spinout.review.preview import preview

    raw = parse_yaml(example_path("social-care").read_text(encoding="utf-8"), "example")[0]
    shown = preview(resolve_answers(raw))
    flagged = [r for r in shown.rules if r.findings]
    assert flagged, "the social-care example has a warning on a rule"
    rule = flagged[0]

    base = import_example(web)
    html = web.get(base + "preview/").content.decode()
    block = html.split(f'id="preview-rule-{rule.rule.number}"')[1].split('class="spinout-preview__rule')[0]
    assert "Needs attention:" in block or "Must be fixed:" in block
    assert "spinout-preview__rule--flagged" in html.split(f'id="preview-rule-{rule.rule.number}"')[0][-80:]


def test_a_finding_about_an_answer_goes_on_the_rules_that_use_it() -> None:
    django_ready()
    from spinout.answers.resolve import example_path, resolve_answers
    from spinout.answers.yamlio import parse_yaml
    from spinout.review.preview import preview

    raw = copy.deepcopy(parse_yaml(example_path("social-care").read_text(encoding="utf-8"), "example")[0])
    raw.setdefault("governance", {}).setdefault("meetings", {})["quorum_members"] = 1
    raw["business_case"]["contract_years"] = 3
    shown = preview(resolve_answers(raw))
    quorum = [r.rule.clause_id for r in shown.rules if any(f.id == "quorum-empty" for f in r.findings)]
    assert quorum == ["gm-quorum"]
    assert any(f.id == "contract-length" for f in shown.general)      # used by no rule: the draft as a whole
    assert "gm-quorum" in [r.rule.clause_id for r in shown.rules
                           if r.rule.number in shown.rules_using("governance.meetings.quorum_members")]


def test_the_preview_escapes_what_the_group_typed(web: Any) -> None:  # noqa: F811
    base = import_example(web)
    key = "society.name"
    web.post(f"{base}questions/{key}/?change=1", {"answer": "<script>x()</script> Co-operative Limited",
                                                  "change": "1"})
    html = web.get(base + "preview/").content.decode()
    assert "<script>x()" not in html and "&lt;script&gt;x()" in html


def test_another_users_preview_is_not_found(web: Any) -> None:  # noqa: F811
    import uuid

    assert web.get(f"/drafts/{uuid.uuid4()}/preview/").status_code == 404
    assert re.search(r"preview", web.get(import_example(web)).content.decode())


# ---------------------------------------------------------------- mentor review

def build_version(client: Any, base: str) -> str:
    """Build the draft at `base`; the new version's address."""
    response = client.post(base + "build/")
    assert response.status_code == 302, response.content[:300]
    return str(response["Location"])


def pack_file(client: Any, version_url: str, name: str) -> str:
    import zipfile

    download = client.get(version_url + "pack.zip")
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        return archive.read(f"pack/{name}").decode("utf-8")


def test_comments_go_into_the_next_builds_review_and_manifest(web: Any) -> None:  # noqa: F811
    import json

    base = import_example(web)
    first = build_version(web, base)
    page = web.get(first).content.decode()
    assert "Comments from mentors" in page and 'value="gm-quorum"' in page and "Rule " in page
    assert "csrfmiddlewaretoken" in page.split('id="comments"')[1]

    for target, text in (("gm-quorum", "Is a quorum of <b>ten</b> realistic for home carers?"),
                         ("business-case", "Check the pension rate.")):
        response = web.post(first + "comments/", {"target": target, "comment": text})
        assert response.status_code == 302 and response["Location"].endswith("#comments")
    page = web.get(first).content.decode()
    assert "&lt;b&gt;ten&lt;/b&gt;" in page and "<b>ten</b>" not in page      # autoescaped
    assert page.count('govuk-tag--yellow">Open</strong>') == 2
    from spinout.web.models import Comment

    business = Comment.objects.get(target="business-case")
    assert web.post(first + f"comments/{business.pk}/resolve/", {"resolved": "1"}).status_code == 302
    assert 'govuk-tag--green">Resolved</strong>' in web.get(first).content.decode()

    second = build_version(web, base)
    review = pack_file(web, second, "review.md")
    assert "## Mentors' comments" in review
    quorum_line = next(line for line in review.splitlines() if "realistic for home carers" in line)
    assert quorum_line.startswith("- **OPEN** On rule ") and "(clause gm-quorum" in quorum_line
    assert "\\<b\\>ten" in quorum_line                                  # escaped for Markdown
    assert "- **RESOLVED** On the business case" in review
    manifest = json.loads(pack_file(web, second, "manifest.json"))
    by_target = {c["target"]: c for c in manifest["comments"]}
    assert by_target["business-case"]["resolved"] is True and by_target["gm-quorum"]["resolved"] is False
    assert by_target["gm-quorum"]["version"] == 1 and by_target["gm-quorum"]["rule"]
    assert json.loads(pack_file(web, first, "manifest.json"))["comments"] == []


def test_a_comment_needs_a_rule_of_the_version_and_some_words(web: Any) -> None:  # noqa: F811
    base = import_example(web)
    first = build_version(web, base)
    response = web.post(first + "comments/", {"target": "gm-quorum", "comment": "  "})
    assert response.status_code == 400 and 'href="#comment"' in response.content.decode()
    response = web.post(first + "comments/", {"target": "../../etc/passwd", "comment": "Hello"})
    assert response.status_code == 400 and 'href="#target"' in response.content.decode()
    response = web.post(first + "comments/", {"target": "gm-quorum", "comment": "x" * 5001})
    assert response.status_code == 400
    from spinout.web.models import Comment

    assert not Comment.objects.exists()


def test_the_cli_build_has_no_comments_section() -> None:
    django_ready()
    from spinout.answers.resolve import example_path, resolve_answers
    from spinout.answers.yamlio import parse_yaml
    from spinout.pack.build import prepare
    from spinout.render.review import render_review_markdown
    from spinout.review.comments import MentorComment

    raw = parse_yaml(example_path("social-care").read_text(encoding="utf-8"), "example")[0]
    prepared = prepare(resolve_answers(raw))
    plain = render_review_markdown(prepared.report, prepared.document)
    assert "Mentors' comments" not in plain
    gone = MentorComment("no-such-clause", "Why *this*?", "amina", 2, rule="9")
    text = render_review_markdown(prepared.report, prepared.document, (gone,))
    assert "- **OPEN** On rule 9 of version 2 (clause no-such-clause), no longer in the draft" in text
    assert "Why \\*this\\*?" in text


def _hosted_client(user: Any) -> Any:
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def test_a_draft_is_shared_only_with_the_mentors_its_owner_adds(web: Any) -> None:  # noqa: F811
    from django.contrib.auth.models import User
    from django.test import override_settings

    owner = User.objects.create_user("owner", password="a long password 1")
    mentor = User.objects.create_user("mentor", password="a long password 2")
    stranger = User.objects.create_user("stranger", password="a long password 3")
    with override_settings(SPINOUT_LOCAL=False):
        as_owner, as_mentor, as_stranger = (_hosted_client(u) for u in (owner, mentor, stranger))
        base = import_example(as_owner)
        first = build_version(as_owner, base)
        comment = {"target": "business-case", "comment": "Looks fine."}

        assert as_stranger.post(first + "comments/", comment).status_code == 404
        assert as_stranger.get(first).status_code == 404
        assert as_mentor.post(first + "comments/", comment).status_code == 404
        assert as_mentor.post(base + "mentors/", {"mentor": "mentor"}).status_code == 404

        refused = as_owner.post(base + "mentors/", {"mentor": "nobody"})
        assert refused.status_code == 400 and "There is no user called nobody" in refused.content.decode()
        assert as_owner.post(base + "mentors/", {"mentor": "mentor"}).status_code == 302
        assert "Shared with: mentor" in as_owner.get(base).content.decode()

        assert as_mentor.post(first + "comments/", comment).status_code == 302
        assert as_mentor.post(base + "mentors/", {"mentor": "stranger"}).status_code == 404
        assert as_stranger.post(first + "comments/", comment).status_code == 404
        from spinout.web.models import Comment

        assert Comment.objects.get().author == mentor
        assert "mentor, on version 1" in as_owner.get(first).content.decode()


def test_forms_need_a_csrf_token(web: Any) -> None:  # noqa: F811
    from django.test import Client

    base = import_example(web)
    first = build_version(web, base)
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(first + "comments/", {"target": "business-case", "comment": "Hi"}).status_code == 403


# ---------------------------------------------------------------- comparing versions

def test_two_versions_compared_as_a_redline_with_a_word_file(web: Any) -> None:  # noqa: F811
    base = import_example(web)
    build_version(web, base)
    name = "Riverside Home Care Co-operative Limited"
    response = web.post(f"{base}questions/society.name/?change=1", {"answer": name, "change": "1"})
    assert response.status_code == 302
    build_version(web, base)

    overview = web.get(base).content.decode()
    assert "Compare two versions" in overview and 'name="old"' in overview

    page = web.get(base + "compare/?old=1&new=2")
    html = page.content.decode()
    assert page.status_code == 200 and "Version 1 and version 2 compared" in html
    assert '<ins class="spinout-ins">' in html and '<del class="spinout-del">' in html
    assert "Home" in html and "The other documents" in html
    docx = web.get(base + "compare/redline.docx?old=1&new=2")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    assert docx["Content-Disposition"].startswith('attachment; filename="') and "-redline-1-to-2.docx" in \
        docx["Content-Disposition"]

    same = web.get(base + "compare/?old=2&new=2").content.decode()
    assert "Nothing changed between these versions." in same
    for query in ("old=1&new=9", "old=../1&new=2", "new=2", "old=1&new=-1"):
        assert web.get(base + "compare/?" + query).status_code == 404, query
