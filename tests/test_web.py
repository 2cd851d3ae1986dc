"""`spinout serve` through Django's test client: a draft from the first question to a downloaded
pack, Back and Change from the check page, the list questions as tables, import and export."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import pytest

from spinout.interview import MISSING

from .test_interview import GIVEN as INTERVIEW_GIVEN
from .webtools import django_ready, web  # noqa: F401  (the fixture)

# the same person's answers as the interview's own tests, with the kind of service first
GIVEN: dict[str, Any] = {"service.archetype": "social-care", **INTERVIEW_GIVEN}


def new_draft(client: Any, name: str = "Riverside care") -> tuple[Any, str]:
    response = client.post("/drafts/new/", {"name": name})
    assert response.status_code == 302, response.content[:500]
    draft_id = re.search(r"/drafts/([0-9a-f-]{36})/", response["Location"]).group(1)
    from spinout.web.models import Draft

    return Draft.objects.get(pk=draft_id), response["Location"]


def page_for(draft: Any, key: str) -> Any:
    from spinout.web.views.common import interview_for

    interview = interview_for(draft)
    return interview.page(next(q for q in interview.applicable() if q.key == key))


def form_for(page: Any, value: Any) -> dict[str, Any]:
    """The form a person fills in to give `value` at this page."""
    kind = page.question.kind
    if kind in ("select", "yesno"):
        return {"answer": str(next(i for i, c in enumerate(page.choices) if c.value == value))}
    if kind == "objects":
        return {"answer": "\n".join(value)}
    if kind == "staff":
        form = {"rows": str(len(value))}
        for i, row in enumerate(value):
            form.update({f"role-{i}": row["role"], f"fte-{i}": str(row["fte"]), f"salary-{i}": str(row["salary"])})
        return form
    if kind == "founders":
        form = {"rows": str(len(value))}
        for i, row in enumerate(value):
            form.update({f"name-{i}": row["name"], f"class-{i}": row["member_class"]})
            if row.get("secretary"):
                form["secretary"] = str(i)
        return form
    if kind == "classes":
        form = {"rows": str(len(value))}
        for i, row in enumerate(value):
            form[f"key-{i}"] = row["key"]
            form[f"user-{i}"] = "yes" if row.get("user", True) else "no"
            for name in ("name", "eligibility", "min_age", "board_seats", "vote_share", "max_board_seats",
                         "max_vote_share"):
                form[f"{name}-{i}"] = "" if row.get(name) is None else str(row[name])
        return form
    return {"answer": "" if value in (None, MISSING) else str(value)}


def reply(page: Any) -> Any:
    key = page.question.key
    if key in GIVEN:
        return GIVEN[key]
    return page.value if page.value is not MISSING else page.example


def answer_all(client: Any, draft: Any, url: str, limit: int = 100) -> tuple[str, list[str]]:
    """Answer every question as a person would, page by page; the check page's address."""
    asked: list[str] = []
    while "/questions/" in url and len(asked) < limit:
        key = url.split("/questions/")[1].split("/")[0]
        shown = client.get(url)
        assert shown.status_code == 200
        draft.refresh_from_db()
        page = page_for(draft, key)
        _assert_the_page_explains(page, shown.content.decode())
        response = client.post(url, form_for(page, reply(page)))
        assert response.status_code == 302, (key, _errors(response))
        asked.append(key)
        url = response["Location"]
    assert url.endswith("/check/"), asked
    return url, asked


def _assert_the_page_explains(page: Any, html: str) -> None:
    """Hint, "For example", help and every glossary term, as the engine gives them."""
    from django.utils.html import escape

    if page.example:
        assert f"For example: {escape(page.example)}" in html, page.question.key
    if page.help or page.terms:
        assert "What does this mean?" in html, page.question.key
    for term in page.terms:
        assert escape(term.meaning) in html, (page.question.key, term.name)
    assert escape(page.prompt) in html and "govuk-back-link" in html
    assert f"(part {page.section_number} of {page.section_count})" in html


def _errors(response: Any) -> list[str]:
    return re.findall(r'<li><a href="#[^"]*">([^<]*)</a></li>', response.content.decode())


# ---------------------------------------------------------------- the tests

def test_a_draft_from_the_first_question_to_a_downloaded_pack(web: Any) -> None:  # noqa: F811
    draft, url = new_draft(web)
    url = web.get(url)["Location"]
    assert url.endswith("/questions/service.archetype/")
    first = web.get(url).content.decode()
    assert "Social care co-operative" in first and 'class="govuk-radios__input"' in first
    assert 'href="/drafts/' in first and "govuk-back-link" in first

    check_url, asked = answer_all(web, draft, url)
    assert len(asked) > 20 and asked[-2:] == ["prepared_by", "wizard.own_words"]
    draft.refresh_from_db()
    assert "Riverside Care Co-operative Limited" in draft.answers_text          # saved as given

    check = web.get(check_url).content.decode()
    assert "Check your answers" in check and "govuk-summary-list" in check
    assert check.count(">Change<") >= len(asked) - 5
    assert "Full-time salary" in check                                          # staff as a table

    response = web.post(check_url.replace("/check/", "/build/"))
    assert response.status_code == 302, _errors(response)
    version_page = web.get(response["Location"]).content.decode()
    assert "Your pack is ready" in version_page and "Open constitution" in version_page
    assert "Your pack is in" not in version_page                    # never the temporary folder
    download = web.get(response["Location"] + "pack.zip")
    assert download["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        names = archive.namelist()
        assert "pack/constitution.md" in names and "pack/business-case.docx" in names
        assert "Riverside Care Co-operative Limited" in archive.read("pack/constitution.md").decode()


def test_back_and_change_from_the_check_page(web: Any) -> None:  # noqa: F811
    draft, url = new_draft(web)
    check_url, asked = answer_all(web, draft, web.get(url)["Location"])
    check = web.get(check_url).content.decode()
    change = f"/drafts/{draft.pk}/questions/business_case.contract_years/?change=1"
    assert change in check
    page = web.get(change).content.decode()
    assert f'href="/drafts/{draft.pk}/check/"' in page                    # Back returns to the check page
    assert 'value="5"' in page
    response = web.post(change, {"answer": "7", "change": "1"})
    assert response["Location"] == check_url
    assert "7 years" in web.get(check_url).content.decode()

    # Back from a question goes to the question before it, without JavaScript: a plain link
    last = f"/drafts/{draft.pk}/questions/prepared_by/"
    previous = f"/drafts/{draft.pk}/questions/{asked[asked.index('prepared_by') - 1]}/"
    assert f'href="{previous}"' in web.get(last).content.decode()


def test_a_refused_answer_shows_an_error_summary_linked_to_the_field(web: Any) -> None:  # noqa: F811
    draft, url = new_draft(web)
    answer_all(web, draft, web.get(url)["Location"])
    url = f"/drafts/{draft.pk}/questions/business_case.contract_years/?change=1"
    response = web.post(url, {"answer": "lots", "change": "1"})
    text = response.content.decode()
    assert response.status_code == 400
    assert 'class="govuk-error-summary"' in text and '<a href="#answer">' in text
    assert "govuk-input--error" in text and 'value="lots"' in text and "<title>Error:" in text


def test_questions_are_not_skipped_and_unknown_ones_redirect(web: Any) -> None:  # noqa: F811
    draft, url = new_draft(web)
    later = web.get(f"/drafts/{draft.pk}/questions/prepared_by/")
    assert later.status_code == 302 and later["Location"].endswith("/questions/service.archetype/")
    assert web.get(f"/drafts/{draft.pk}/questions/no.such.key/").status_code == 302


def test_staff_add_another_shows_one_more_row_and_saves_nothing(web: Any) -> None:  # noqa: F811
    draft, url = new_draft(web)
    answer_all(web, draft, web.get(url)["Location"])
    draft.refresh_from_db()
    before = draft.answers_text
    url = f"/drafts/{draft.pk}/questions/business_case.staff/?change=1"
    page = page_for(draft, "business_case.staff")
    form = form_for(page, page.value)
    response = web.post(url, {**form, "add": "1", "change": "1"})
    assert response.status_code == 200
    rows = len(page.value)
    assert f'id="role-{rows}"' in response.content.decode()
    draft.refresh_from_db()
    assert draft.answers_text == before

    form.update({f"role-{rows}": "Night carer", f"fte-{rows}": "2", f"salary-{rows}": "24,000", "rows": str(rows + 1)})
    response = web.post(url, {**form, "change": "1"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert "Night carer" in draft.answers_text

    form.update({f"fte-{rows}": "two"})
    response = web.post(url, {**form, "change": "1"})
    assert response.status_code == 400 and f'href="#fte-{rows}"' in response.content.decode()


def test_import_a_shipped_example_then_export_it(web: Any) -> None:  # noqa: F811
    from spinout.answers.resolve import example_path

    text = example_path("social-care").read_bytes()
    upload = io.BytesIO(text)
    upload.name = "social-care.yml"
    response = web.post("/drafts/import/", {"answers_file": upload})
    assert response.status_code == 302 and response["Location"].endswith("/check/")
    check = web.get(response["Location"]).content.decode()
    assert "Build the pack" in check
    # while the pack is built the page says so (shown by init.mjs on submit; a status for screen readers)
    assert '<div id="build-progress" class="govuk-inset-text" role="status" aria-live="polite" hidden>' in check
    exported = web.get(response["Location"].replace("/check/", "/answers.yml"))
    assert exported["Content-Disposition"].startswith('attachment; filename="')
    from spinout.answers.resolve import resolve_answers
    from spinout.answers.yamlio import parse_yaml

    assert resolve_answers(parse_yaml(exported.content.decode(), "export")[0]).society.name


@pytest.mark.parametrize("content, said", [
    (b"society: [unclosed\n", "cannot be read"),
    (b"society:\n  name: 12\n", "problem"),
    (b"\xff\xfe not text", "UTF-8"),
])
def test_a_broken_answers_file_shows_the_error_summary(web: Any, content: bytes, said: str) -> None:  # noqa: F811
    upload = io.BytesIO(content)
    upload.name = "answers.yml"
    response = web.post("/drafts/import/", {"answers_file": upload})
    text = response.content.decode()
    assert response.status_code == 400
    assert 'class="govuk-error-summary"' in text and 'href="#answers_file"' in text
    assert said in text
    from spinout.web.models import Draft

    assert not Draft.objects.exists()


def test_static_files_come_from_this_server_by_name_only(web: Any) -> None:  # noqa: F811
    css = web.get("/static/spinout/govuk/govuk-frontend.min.css")
    assert css.status_code == 200 and css["Content-Type"].startswith("text/css")
    text = css.content.decode()
    assert "GDS Transport" not in text and "@font-face" not in text and "govuk-crest" not in text
    assert web.get("/static/spinout/../settings.py").status_code == 404
    assert web.get("/static/%2e%2e/web/settings.py").status_code == 404
    page = web.get("/").content.decode()
    assert "https://" not in page.split("<body")[0]      # nothing in the head loads from the internet
