"""Golden files: the assembled constitution as Markdown, compared exactly.

Regenerate deliberately with `pytest --update-golden` and review the diff in git.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spinout.answers import load_example
from spinout.assemble import assemble
from spinout.render.markdown import render_markdown

GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = ["social-care"]


@pytest.mark.parametrize("name", EXAMPLES)
def test_constitution_matches_golden(name: str, request: pytest.FixtureRequest) -> None:
    text = render_markdown(assemble(load_example(name)))
    golden = GOLDEN / f"{name}.constitution.md"
    if request.config.getoption("--update-golden"):
        golden.write_text(text, encoding="utf-8")
        pytest.skip(f"rewrote {golden.name}")
    assert golden.exists(), f"no golden file yet: run pytest --update-golden and review {golden}"
    assert text == golden.read_text(encoding="utf-8"), f"{name}: output differs from {golden.name}"
