"""A school trust cannot register under the 2014 Act: spinout must never present society rules
as the trust's constitution."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import invoke
from tests.readback import docx_text, pdf_text

CLAIMS = re.compile(r"(this|these) (is|are) the (school )?trust'?s? (constitution|articles)|"
                    r"constitution of the (school )?trust", re.IGNORECASE)


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from click.testing import CliRunner

    out = {}
    for name in ("school-trust", "school-trust-venture"):
        folder = tmp_path_factory.mktemp(name) / "pack"
        result = invoke(CliRunner(), "build", "--example", name, "-o", str(folder))
        assert result.exit_code == 0, result.output
        out[name] = folder
    return out


def all_text(folder: Path) -> str:
    texts = [p.read_text() for p in folder.glob("*.md")]
    texts += [docx_text(p) for p in folder.glob("*.docx")] + [pdf_text(p) for p in folder.glob("*.pdf")]
    return "\n".join(texts)


def test_trust_pack_is_an_outline_for_a_solicitor_not_rules(packs: dict[str, Path]) -> None:
    folder = packs["school-trust"]
    assert not list(folder.glob("constitution.*")), "a school trust pack must not hold society rules"
    assert {p.name for p in folder.glob("trust-outline.*")} == {"trust-outline.md", "trust-outline.docx",
                                                                "trust-outline.pdf"}
    text = all_text(folder)
    assert "Outline of co-operative trust articles" in text
    assert "solicitor" in text and "cannot register" in text
    assert not re.search(r"^# Rules of", (folder / "trust-outline.md").read_text(), re.MULTILINE)
    assert not CLAIMS.search(text)
    assert (folder / "guides" / "school-trust.pdf").exists()


def test_venture_rules_say_they_are_not_the_trust(packs: dict[str, Path]) -> None:
    folder = packs["school-trust-venture"]
    rules = (folder / "constitution.md").read_text()
    assert "not the school trust's articles or constitution" in rules
    assert "not the school trust" in docx_text(folder / "constitution.docx")
    assert not CLAIMS.search(all_text(folder))


def test_outline_checks_skip_society_rules_and_say_why(packs: dict[str, Path]) -> None:
    checks = (packs["school-trust"] / "review.md").read_text()
    assert "cannot register under the 2014 Act" in checks
    assert "s.14" not in checks and "Limited" not in checks
