"""Guides: every one is listed by `spinout guide`, prints readably, and goes into the right packs."""

from __future__ import annotations

from spinout.pack.guides import load_guides, render_terminal
from spinout.resources import data_path
from tests.conftest import invoke

PATHWAYS = ("right-to-request", "right-to-provide", "right-to-own", "externalisation", "new-start")


def test_every_guide_file_is_listed_and_prints(runner) -> None:
    listed = invoke(runner, "guide").output.splitlines()
    names = [line.split("  ", 1)[0] for line in listed]
    files = sorted(p.stem for p in data_path("guides").glob("*.md"))
    assert names == files
    assert all(len(line.split("  ", 1)[1]) > 10 for line in listed)
    for name in files:
        result = invoke(runner, "guide", name)
        assert result.exit_code == 0 and result.output.startswith(load_guides()[name].title)


def test_unknown_guide_is_a_clear_error(runner) -> None:
    result = invoke(runner, "guide", "no-such-guide")
    assert result.exit_code == 2 and "spinout guide" in result.output and "Traceback" not in result.output


def test_every_pathway_named_by_the_issue_has_a_guide() -> None:
    covered = {p for g in load_guides().values() for p in g.pathways}
    assert set(PATHWAYS) <= covered


def test_right_to_own_is_called_a_proposal() -> None:
    guide = next(g for g in load_guides().values() if "right-to-own" in g.pathways)
    assert "proposal" in guide.body[:1500].lower()


def test_terminal_text_wraps_and_drops_markdown() -> None:
    text = render_terminal(load_guides()["social-care"], width=70)
    assert all(len(line) <= 70 for line in text.splitlines() if not line.startswith("|"))
    assert "**" not in text and "##" not in text
