"""Golden files: the assembled constitution as Markdown, compared exactly.

Regenerate deliberately with `pytest --update-golden` and review the diff in git.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spinout.answers.examples import list_examples
from spinout.answers.resolve import load_example
from spinout.engine.assemble import assemble
from spinout.engine.kinds import kind_of
from spinout.render.markdown import render_markdown

GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = [name for name, _ in list_examples()]


def compare_golden(text: str, golden: Path, request: pytest.FixtureRequest) -> None:
    """Compare with the golden file, or rewrite it under --update-golden (then review the diff)."""
    if request.config.getoption("--update-golden"):
        golden.write_text(text, encoding="utf-8")
        pytest.skip(f"rewrote {golden.name}")
    assert golden.exists(), f"no golden file yet: run pytest --update-golden and review {golden}"
    assert text == golden.read_text(encoding="utf-8"), f"output differs from {golden.name}"


@pytest.mark.parametrize("name", EXAMPLES)
def test_constitution_matches_golden(name: str, request: pytest.FixtureRequest) -> None:
    answers = load_example(name)
    text = render_markdown(assemble(answers))
    compare_golden(text, GOLDEN / f"{name}.{kind_of(answers).stem}.md", request)


@pytest.mark.parametrize("name", ["social-care", "nhs-community"])
def test_business_case_matches_golden(name: str, request: pytest.FixtureRequest) -> None:
    from spinout.engine.kinds import BUSINESS_CASE

    text = render_markdown(assemble(load_example(name), kind=BUSINESS_CASE))
    compare_golden(text, GOLDEN / f"{name}.business-case.md", request)


@pytest.mark.parametrize("name,what", [("social-care", "review"), ("social-care", "member-summaries"),
                                       ("social-care", "registration"), ("supply-teachers", "review"),
                                       ("nhs-community", "member-summaries")])
def test_review_and_registration_papers_match_golden(name: str, what: str, request: pytest.FixtureRequest) -> None:
    from spinout.pack.build import prepare
    from spinout.render.review import render_review_markdown

    prepared = prepare(load_example(name))
    if what == "review":
        text = render_review_markdown(prepared.report, prepared.document)
    else:
        text = render_markdown(prepared.extras[what])
    compare_golden(text, GOLDEN / f"{name}.{what}.md", request)
