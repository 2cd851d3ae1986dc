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
