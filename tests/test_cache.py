"""The on-disk cache only ever saves time: a warm load gives what a cold one gives, a change to
the code or the data is a miss, a damaged entry is a miss, and a broken library is reported
as a library error however warm the cache is."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from spinout.engine import cache, library
from spinout.engine.tables import TABLES
from spinout.errors import LibraryError
from tests.conftest import EXAMPLE, invoke

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cold cache of this test's own, and libraries loaded afresh (not from this process)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("SPINOUT_CACHE_DIR", str(folder))
    library._load_library.cache_clear()
    yield folder
    library._load_library.cache_clear()


@pytest.fixture
def clauses(tmp_path: Path) -> Path:
    """A copy of the rules' clause library that a test may break."""
    folder = tmp_path / "clauses"
    shutil.copytree(ROOT / "clauses", folder, ignore=shutil.ignore_patterns("archetypes", "business-case",
                                                                           "member-summary", "registration",
                                                                           "trust-outline"))
    return folder


def load(folder: Path | None = None) -> library.Library:
    library._load_library.cache_clear()      # a new process, as far as the library is concerned
    return library.load_library(folder)


def count_validations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one each time the full validation runs."""
    runs: list[int] = []
    validate = library._validate_deeply

    def counting(*args):
        runs.append(1)
        return validate(*args)
    monkeypatch.setattr(library, "_validate_deeply", counting)
    return runs


def rendered(lib: library.Library) -> str:
    from spinout.answers.resolve import load_answers
    from spinout.engine.assemble import assemble
    from spinout.render.markdown import render_markdown

    return render_markdown(assemble(load_answers(EXAMPLE), lib))


def test_a_warm_load_gives_what_a_cold_one_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    runs = count_validations(monkeypatch)
    cold = load()
    warm = load()
    assert runs == [1], "the second load should trust the stamp the first one wrote"
    assert [c.id for c in warm.clauses] == [c.id for c in cold.clauses]
    assert [p.key for p in warm.parts] == [p.key for p in cold.parts]
    assert rendered(warm) == rendered(cold)


def test_the_fingerprint_covers_every_python_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "spinout"
    shutil.copytree(ROOT / "spinout", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE", package)
    fingerprint = cache.code_fingerprint.__wrapped__
    before = fingerprint()
    assert fingerprint() == before
    model = package / "answers" / "model.py"
    model.write_text(model.read_text() + "\n# a comment is a change too\n")
    assert fingerprint() != before
    changed = fingerprint()
    assert changed != before
    (package / "engine" / "new.py").write_text("")
    assert fingerprint() not in (before, changed)


def test_a_code_change_is_a_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    runs = count_validations(monkeypatch)
    load()
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another version of the code")
    load()
    assert runs == [1, 1], "a stamp written by other code must not be trusted"


def test_a_renamed_table_is_a_library_error_however_warm_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """The review's experiment: after a warm load, rename a table in the code. With the same
    fingerprint the stamp would be trusted and the build would fail with a KeyError; the
    fingerprint is what makes the change a miss."""
    load()
    monkeypatch.delitem(TABLES, "member_classes")
    assert cache.has_stamp(library._library_stamp(sorted(library.data_path("clauses").glob("*.yml"))))
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "code with the table renamed")
    with pytest.raises(LibraryError) as refused:
        load()
    assert "unknown table 'member_classes'" in str(refused.value)
    assert "20-membership.yml line" in str(refused.value)


def test_the_cli_reports_the_renamed_table_not_a_traceback(monkeypatch: pytest.MonkeyPatch, runner) -> None:
    load()
    monkeypatch.delitem(TABLES, "member_classes")
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "code with the table renamed")
    library._load_library.cache_clear()
    result = invoke(runner, "check", str(EXAMPLE))
    assert result.exit_code == 3, result.output
    assert "Error: The clause library" in result.output and "unknown table 'member_classes'" in result.output
    assert "internal error" not in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("breakage,message", [
    (lambda text: text.replace("table: member_classes", "table: member_class_table", 1), "unknown table"),
    (lambda text: text.replace("shares.withdrawable", "shares.withdrawble", 1), "'shares.withdrawble' is not a field"),
    (lambda text: text.replace("{{", "{{ (", 1), "Jinja syntax error"),
    (lambda text: text + "\n  - [not, a, clause\n", "YAML syntax"),
])
def test_a_broken_clause_file_is_a_library_error_with_a_warm_cache(clauses: Path, breakage, message: str) -> None:
    load(clauses)                                     # warm: the intact library's stamp is written
    path = next(p for p in sorted(clauses.glob("*.yml")) if breakage(p.read_text()) != p.read_text()
                and (message != "unknown table" or "table: member_classes" in p.read_text()))
    path.write_text(breakage(path.read_text()))
    with pytest.raises(LibraryError) as refused:
        load(clauses)
    assert message in str(refused.value) and path.name in str(refused.value)


def test_a_broken_clause_file_through_the_cli(clauses: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              runner) -> None:
    from spinout import resources

    root = tmp_path / "data"
    root.mkdir()
    for name in ("templates", "guides", "examples"):
        (root / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "clauses", root / "clauses")
    monkeypatch.setattr(resources, "data_root", lambda: root)
    assert invoke(runner, "check", str(EXAMPLE)).exit_code in (0, 1)          # warm
    membership = root / "clauses" / "20-membership.yml"
    membership.write_text(membership.read_text().replace("table: member_classes", "table: member_class_table", 1))
    library._load_library.cache_clear()
    result = invoke(runner, "check", str(EXAMPLE))
    assert result.exit_code == 3, result.output
    assert "Error: The clause library" in result.output and "20-membership.yml line" in result.output
    assert "unknown table 'member_class_table'" in result.output
    assert "internal error" not in result.output


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("damage", ["empty", "truncated", "flipped", "foreign", "folder", "link", "unreadable"])
def test_a_damaged_stamp_is_a_miss(_own_cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                   damage: str) -> None:
    runs = count_validations(monkeypatch)
    load()
    entries = _entries(_own_cache)
    assert len(entries) == 1
    _damage(entries[0], damage, tmp_path)
    load()
    assert runs == [1, 1]
    assert cache._read_entry(entries[0]) == b"validated\n" or damage in ("folder", "link", "unreadable")


@pytest.mark.parametrize("damage", ["empty", "truncated", "flipped", "foreign", "folder", "link", "unreadable"])
def test_a_damaged_entry_is_made_again(_own_cache: Path, tmp_path: Path, damage: str) -> None:
    made: list[int] = []

    def make() -> bytes:
        made.append(1)
        return b"%PDF-1.7\nthe page\n%%EOF\n"
    first = cache.cached_bytes("guide-pdf", "a page", make)
    assert cache.cached_bytes("guide-pdf", "a page", make) == first and made == [1]
    [entry] = _entries(_own_cache)
    _damage(entry, damage, tmp_path)
    assert cache.cached_bytes("guide-pdf", "a page", make) == first
    assert made == [1, 1]


def test_an_entry_that_is_not_what_it_should_be_is_a_miss(_own_cache: Path) -> None:
    cache.cached_bytes("guide-pdf", "a page", lambda: b"%PDF-1.7\n%%EOF\n")
    assert cache.cached_bytes("guide-pdf", "a page", lambda: b"%PDF-1.7\n%%EOF\n",
                              valid=lambda data: False) == b"%PDF-1.7\n%%EOF\n"


def test_an_unwritable_or_disabled_cache_still_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = count_validations(monkeypatch)
    monkeypatch.setenv("SPINOUT_CACHE_DIR", "")
    load()
    load()
    assert runs == [1, 1]
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)                                 # others may write: not to be trusted
    monkeypatch.setenv("SPINOUT_CACHE_DIR", str(shared))
    assert cache.cache_dir() is None
    load()
    assert runs == [1, 1, 1] and not any(shared.iterdir())


def _damage(entry: Path, how: str, tmp_path: Path) -> None:
    if how == "unreadable" and os.geteuid() == 0:
        pytest.skip("root can read a file whatever its mode")
    raw = entry.read_bytes()
    entry.unlink()
    if how == "empty":
        entry.write_bytes(b"")
    elif how == "truncated":
        entry.write_bytes(raw[:-3])
    elif how == "flipped":
        entry.write_bytes(raw[:-2] + bytes([raw[-2] ^ 1]) + raw[-1:])
    elif how == "foreign":
        entry.write_bytes(b"\x80\x04\x95 a pickle, say\n")
    elif how == "folder":
        entry.mkdir()
    elif how == "link":
        target = tmp_path / "elsewhere"
        target.write_bytes(raw)
        entry.symlink_to(target)
    elif how == "unreadable":
        entry.write_bytes(raw)
        entry.chmod(0)


def test_the_cache_stays_within_its_bound_and_keeps_what_was_used_last(
        _own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = b"%PDF-1.7\n" + b"x" * 100_000 + b"\n%%EOF\n"
    monkeypatch.setenv("SPINOUT_CACHE_MAX_MB", "0.5")          # room for about five entries
    for number in range(4):
        cache.cached_bytes("pdf", f"page {number}", lambda: page)
        stamp = 1_000_000 + number                             # used in the order written
        os.utime(cache._entry_path("pdf", f"page {number}"), (stamp, stamp))
    # page 0 is used again, so page 1 is now the least recently used
    made: list[int] = []
    cache.cached_bytes("pdf", "page 0", lambda: made.append(1) or page)
    for number in range(4, 8):
        cache.cached_bytes("pdf", f"page {number}", lambda: page)
    total = sum(p.stat().st_size for p in _entries(_own_cache))
    assert total <= cache.max_bytes()
    kept = {key for key in (f"page {n}" for n in range(8)) if cache._read_entry(cache._entry_path("pdf", key))}
    assert "page 0" in kept and "page 7" in kept
    assert "page 1" not in kept and made == []


def test_a_readability_score_is_kept_by_its_text_and_a_damaged_one_is_scored_again(
        _own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from spinout.review import readability

    text = "Members own the society together. Each member has one vote at a general meeting."
    first = readability.reading_ease(text)
    assert first == readability._score(text)
    scored: list[str] = []
    monkeypatch.setattr(readability, "_score", lambda t: scored.append(t) or -1.0)
    assert readability.reading_ease(text) == first and scored == []          # from the cache: textstat not asked
    assert readability.reading_ease(text + " Meetings are held once a year.") == -1.0 and len(scored) == 1
    for entry in _own_cache.rglob("score/*.bin"):
        entry.write_bytes(entry.read_bytes().replace(str(first).encode(), b"99.9"))   # digest no longer matches
    assert readability.reading_ease(text) == -1.0 and len(scored) == 2


def test_a_guide_page_is_kept_by_everything_that_decides_it(_own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from spinout.pack import guides

    guide = guides.load_guides()["reviewing-a-draft"]
    made = guides.guide_html(guide, "spinout 1.0", "2026-12-06")
    assert made == guides.markdown_page(guide.title, guide.summary, guide.body, "spinout 1.0", "2026-12-06")
    calls: list[str | None] = []
    monkeypatch.setattr(guides, "markdown_page", lambda *args: calls.append(args[-1]) or "<!DOCTYPE html></html>")
    assert guides.guide_html(guide, "spinout 1.0", "2026-12-06") == made and calls == []     # from the cache
    guides.guide_html(guide, "spinout 1.0", "2026-12-07")                  # another date: made again
    assert calls == ["2026-12-07"]
    for entry in _own_cache.rglob("html/*.bin"):
        entry.write_bytes(entry.read_bytes()[:-20])                         # damaged: made again
    assert guides.guide_html(guide, "spinout 1.0", "2026-12-06") == "<!DOCTYPE html></html>" and len(calls) == 2
