"""Guides: Markdown files in guides/ with a front matter saying which packs they belong to.

    ---
    title: Spinning out a social care service ...
    summary: one line for `spinout guide`
    archetypes: [social-care]        # or [all] for every pack
    pathways: [externalisation]
    ---
"""

from __future__ import annotations

import re
import shutil
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ..answers.model import Answers
from ..errors import LibraryError, Problem, SpinoutError
from ..resources import data_path

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_KEYS = {"title", "summary", "archetypes", "pathways"}


@dataclass(frozen=True)
class Guide:
    name: str
    title: str
    summary: str
    archetypes: tuple[str, ...]
    pathways: tuple[str, ...]
    body: str             # Markdown, without the front matter

    def applies_to(self, answers: Answers) -> bool:
        return ("all" in self.archetypes or answers.service.archetype in self.archetypes
                or answers.service.pathway in self.pathways)


class UnknownGuide(SpinoutError):
    pass


@cache
def load_guides() -> dict[str, Guide]:
    guides, problems = {}, []
    for path in sorted(data_path("guides").glob("*.md")):
        try:
            guides[path.stem] = _read_guide(path)
        except ValueError as exc:
            problems.append(Problem(str(path), str(exc)))
    if problems:
        raise LibraryError("The guides are broken.", problems)
    return guides


def _read_guide(path: Path) -> Guide:
    text = path.read_text(encoding="utf-8")
    match = _FRONT.match(text)
    if not match:
        raise ValueError("starts without a front matter (a block between --- lines)")
    try:
        front = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"front matter is not valid YAML: {exc}") from None
    if not isinstance(front, dict) or set(front) != _KEYS:
        raise ValueError(f"front matter must have exactly: {', '.join(sorted(_KEYS))}")
    body = re.sub(r"\A# .*\n", "", text[match.end():].lstrip("\n"))   # the title is in the front matter
    return Guide(path.stem, str(front["title"]), str(front["summary"]), tuple(front["archetypes"] or ()),
                 tuple(front["pathways"] or ()), body.lstrip("\n"))


def get_guide(name: str) -> Guide:
    guides = load_guides()
    if name not in guides:
        raise UnknownGuide(f"There is no guide called {name!r}.", hint="`spinout guide` lists them.")
    return guides[name]


def guides_for(answers: Answers) -> list[Guide]:
    return [g for g in load_guides().values() if g.applies_to(answers)]


# ---------------------------------------------------------------- in the terminal

def render_terminal(guide: Guide, width: int | None = None) -> str:
    """The guide as wrapped plain text: headings underlined, lists with hanging indents."""
    width = min(width or shutil.get_terminal_size((88, 24)).columns, 100)
    out = [guide.title, "=" * min(len(guide.title), width), ""]
    for block in re.split(r"\n\s*\n", guide.body.strip()):
        out += _terminal_block(block.strip("\n"), width) + [""]
    return "\n".join(out).rstrip() + "\n"


def _terminal_block(block: str, width: int) -> list[str]:
    heading = re.match(r"^(#{1,6})\s+(.*)$", block)
    if heading and "\n" not in block:
        text = _inline(heading.group(2))
        return [text, ("=" if len(heading.group(1)) == 1 else "-") * min(len(text), width)]
    if block.lstrip().startswith("|"):
        return [_inline(line) for line in block.splitlines()]     # tables: keep their shape
    if block.startswith(">"):
        text = " ".join(line.lstrip("> ").strip() for line in block.splitlines())
        return textwrap.wrap(_inline(text), width, initial_indent="  | ", subsequent_indent="  | ")
    lines: list[str] = []
    for item in _list_items(block):
        marker, text = item
        indent = " " * len(marker)
        lines += textwrap.wrap(_inline(text), width, initial_indent=marker, subsequent_indent=indent) or [marker]
    return lines


def _list_items(block: str) -> list[tuple[str, str]]:
    """Split a block into (marker, text) pairs: list items, or one paragraph with no marker."""
    items: list[tuple[str, str]] = []
    for line in block.splitlines():
        match = re.match(r"^(\s*)([-*]|\d+\.)\s+(.*)$", line)
        if match:
            depth = len(match.group(1)) // 2
            marker = "  " * depth + ("- " if match.group(2) in "-*" else match.group(2) + " ")
            items.append((marker, match.group(3)))
        elif items:
            items[-1] = (items[-1][0], items[-1][1] + " " + line.strip())
        else:
            items.append(("", line.strip()))
    merged: list[tuple[str, str]] = []
    for marker, text in items:
        if merged and marker == "" and merged[-1][0] == "":
            merged[-1] = ("", merged[-1][1] + " " + text)
        else:
            merged.append((marker, text))
    return merged


def _inline(text: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)\*(.+?)\*(?!\w)", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)


# ---------------------------------------------------------------- in the pack, as PDF

def guide_html(guide: Guide, produced_by: str, date: str | None) -> str:
    """The guide as a standalone HTML page. Kept in the cache by everything that decides it: a
    build needs the page even when its PDF is cached (the page is the PDF's key), and making it
    loads markdown-it and compiles the template (~0.04 s a build)."""
    from ..engine.cache import cached_bytes

    key = "\0".join(("guide page", _page_versions(), guide.title, guide.summary, guide.body, produced_by, date or ""))
    page = cached_bytes("html", key, lambda: markdown_page(guide.title, guide.summary, guide.body, produced_by,
                                                          date).encode("utf-8"), valid=_is_page)
    return page.decode("utf-8")


def _is_page(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")


@cache
def _page_versions() -> str:
    """What else a guide's page depends on: its template and the libraries that make it."""
    from ..engine.cache import package_versions

    template = (data_path("templates") / "guide.html").read_text(encoding="utf-8")
    return f"{template}\0{package_versions('markdown-it-py', 'jinja2', 'markupsafe')}"


def markdown_page(title: str, summary: str, body_markdown: str, produced_by: str, date: str | None) -> str:
    """Markdown as a standalone HTML page laid out like a guide. Raw HTML in the Markdown is
    escaped, not passed through, so user text inside it stays text."""
    from markdown_it import MarkdownIt
    from markupsafe import Markup

    from ..render.html import page_environment

    body = _scope_header_cells(MarkdownIt("commonmark", {"html": False}).enable("table").render(body_markdown))
    template = page_environment().get_template("guide.html")
    return template.render(title=title, summary=summary, body=Markup(body), produced_by=produced_by, date=date)


# A Markdown table's <th> cells are all in its header row ("html": False, so no <th> of
# the author's own): each heads its column, for screen readers and the tagged PDF.
_HEADER_CELL = re.compile(r"<th(?=[ >])")


def _scope_header_cells(body: str) -> str:
    """The rendered Markdown with every header cell marked as heading its column."""
    return _HEADER_CELL.sub('<th scope="col"', body)
