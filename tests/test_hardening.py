"""The attack pass in ../shared/reviews/reliability.md, one test per finding (named by its
number), each reproducing the attack and asserting the safe outcome: a clear message and
nothing lost, no file read, no network, no crash, no hang."""

from __future__ import annotations

import copy
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import test_properties
from tests.conftest import EXAMPLE, invoke, write_yaml
from tests.readback import docx_text, markdown_html, markdown_text, pdf_text

CANARY = "SVGCANARYSECRET42"


def build(runner, answers: Path, out: Path, *extra: str):
    return invoke(runner, "build", str(answers), "-o", str(out), *extra)


def full(raw_example: dict[str, Any]) -> dict[str, Any]:
    """Every answer written out, as a pack's answers.yml has them (what the attacks mutate)."""
    from spinout.answers.model import plain
    from spinout.answers.resolve import resolve_answers

    return plain(resolve_answers(copy.deepcopy(raw_example)).model_dump())


def spinout(*args: str, cwd: Path, cache: Path | None = None, **kwargs: Any) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    if cache is not None:
        env["SPINOUT_CACHE_DIR"] = str(cache)
    return subprocess.Popen([sys.executable, "-m", "spinout", *args], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, **kwargs)


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def descendants(pid: int) -> list[int]:
    """Children, their children and so on (the first PDF worker forks the others)."""
    found = children(pid)
    return found + [grandchild for child in found for grandchild in descendants(child)]


def wait_for(condition, timeout: float = 20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return False


def hidden_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".spinout-"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Any attempt to open a connection is recorded and refused."""
    attempts: list[Any] = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError("network refused by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


# ================================================================== critical

def test_C1_M12_markdown_images_in_answers_read_no_file_and_no_network(tmp_path: Path, raw_example, no_network) -> None:
    from spinout.answers.resolve import resolve_answers
    from spinout.pack.build import build_pack
    from spinout.render.pdf import package_fetcher

    svg = tmp_path / "canary.svg"
    svg.write_text(f'<svg xmlns="http://www.w3.org/2000/svg"><text y="20">{CANARY}</text></svg>')
    (tmp_path / "secret.txt").write_text(CANARY)
    payload = f"![s]({svg}) ![t]({tmp_path / 'secret.txt'}) ![n](http://10.255.255.1/x.png)"
    raw = full(raw_example)
    image = f"![s]({svg})"
    assert len(image) < 95, "the temporary folder's path is too long for a name"
    raw["society"]["name"] = f"R {image}"          # no "Limited": the name check quotes it
    for member_class in raw["member_classes"]:
        member_class["name"] = f"W {image}"
    raw["society"]["objects"] = [payload]
    raw["member_classes"][0]["eligibility"] = payload
    answers = resolve_answers(raw)
    package_fetcher().refused.clear()
    build_pack(answers, tmp_path / "out")                     # in this process: every fetch is seen
    out = tmp_path / "out"
    for path in out.rglob("*"):
        if path.suffix == ".pdf":
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
            assert CANARY not in text and b"image/svg" not in path.read_bytes(), path
        elif path.suffix == ".docx":
            assert CANARY not in docx_text(path), path
        elif path.is_file():
            assert CANARY not in path.read_text(encoding="utf-8"), path
    assert package_fetcher().refused == [] and no_network == []
    assert "<img" not in markdown_html((out / "review.md").read_text())
    assert "<img" not in markdown_html((out / "constitution.md").read_text())


def test_C1_the_pdf_layout_fetches_only_package_files(tmp_path: Path, no_network) -> None:
    from spinout.render.pdf import html_pdf_bytes, package_fetcher

    (tmp_path / "canary.svg").write_text(f'<svg xmlns="http://www.w3.org/2000/svg"><text>{CANARY}</text></svg>')
    page = (f'<p>x</p><img src="{tmp_path / "canary.svg"}"><img src="file://{tmp_path / "canary.svg"}">'
            '<img src="http://10.255.255.1/x.png"><link rel="stylesheet" href="../../../../etc/passwd">')
    package_fetcher().refused.clear()
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(html_pdf_bytes(page, "guide.css"))
    assert CANARY not in pdf_text(pdf) and no_network == []
    refused = set(package_fetcher().refused)
    assert "http://10.255.255.1/x.png" in refused and f"file://{tmp_path / 'canary.svg'}" in refused
    assert len(refused) == 3


def _write_one_guide(folder: Path) -> bytes:
    """Make one guide's PDF of the example pack through the PDF cache, as a build does."""
    from spinout.answers.resolve import load_example
    from spinout.pack.build import _other_pdfs, prepare
    from spinout.pack.pdfs import PdfMaker

    answers = load_example("social-care")
    guide = next(pdf for pdf in _other_pdfs(answers, prepare(answers), ()) if pdf.name.startswith("guides/"))
    maker = PdfMaker(None)
    maker.add([guide])
    data = maker.pdf(guide.name)
    (folder / "guide.pdf").write_bytes(data)
    return data


def test_C2_nothing_in_the_cache_is_run_and_bad_entries_are_misses(tmp_path: Path, runner, monkeypatch) -> None:
    import pickle

    from spinout.engine import cache

    monkeypatch.setenv("SPINOUT_CACHE_DIR", str(tmp_path / "cache"))
    first = _write_one_guide(tmp_path)
    folder = cache.cache_dir()
    assert folder is not None and (folder.stat().st_mode & 0o777) == 0o700
    marker = tmp_path / "MARKER"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    for name in ("library-poison.bytecode", "library-x.ok.bytecode"):
        (folder / name).write_bytes(b"j2" + pickle.dumps(Payload()))
    assert invoke(runner, "check", str(EXAMPLE)).exit_code == 0
    assert not marker.exists()
    (entry,) = (folder / "pdf").iterdir()
    for poison in (b"NOT A PDF", entry.read_bytes()[:-300] + b"%PDF-1.7 forged %%EOF\n"):
        entry.write_bytes(poison)
        assert cache._read_entry(entry) is None               # corrupt, or not what its hash says
        assert _write_one_guide(tmp_path) == first            # a miss: made again, never copied


def test_C2_a_cache_folder_others_can_write_is_not_used(tmp_path: Path, monkeypatch) -> None:
    from spinout.engine import cache

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("SPINOUT_CACHE_DIR", str(shared))
    assert cache.cache_dir() is None
    assert cache.cached_bytes("guide-pdf", "k", lambda: b"%PDF-1.7 made %%EOF") == b"%PDF-1.7 made %%EOF"


def test_C3_force_never_replaces_the_current_folder_or_a_folder_of_other_files(tmp_path: Path, raw_example,
                                                                               runner, monkeypatch) -> None:
    here = tmp_path / "work"
    here.mkdir()
    answers = write_yaml(here / "answers.yml", raw_example)
    (here / "precious.txt").write_text("keep")
    monkeypatch.chdir(here)
    for target in (str(here), ".", str(tmp_path)):
        result = build(runner, answers, Path(target), "--force", "--no-pdf")
        assert result.exit_code == 2 and "never replaces" in result.output, result.output
    assert sorted(p.name for p in here.iterdir()) == ["answers.yml", "precious.txt"]
    assert (here / "answers.yml").read_text() == yaml.safe_dump(raw_example, sort_keys=False, allow_unicode=True)

    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    result = build(runner, answers, other, "--force", "--no-pdf")
    assert result.exit_code == 2 and "not written by spinout" in result.output
    assert (other / "notes.txt").read_text() == "mine"


def test_C3_force_names_extra_and_changed_files_and_stops(tmp_path: Path, raw_example, runner) -> None:
    answers = write_yaml(tmp_path / "answers.yml", raw_example)
    pack = tmp_path / "pack"
    assert build(runner, answers, pack, "--no-pdf").exit_code == 0
    (pack / "my-notes.txt").write_text("notes")
    result = build(runner, answers, pack, "--force", "--no-pdf")
    assert result.exit_code == 2 and "my-notes.txt" in result.output
    (pack / "my-notes.txt").unlink()
    with open(pack / "constitution.md", "a") as handle:
        handle.write("\nA solicitor's note.\n")
    result = build(runner, answers, pack, "--force", "--no-pdf")
    assert result.exit_code == 2 and "constitution.md" in result.output and "changed" in result.output
    assert "A solicitor's note." in (pack / "constitution.md").read_text()


def test_an_edited_pack_is_replaced_only_with_discard_edits(tmp_path: Path, raw_example, runner) -> None:
    answers = write_yaml(tmp_path / "answers.yml", raw_example)
    pack = tmp_path / "pack"
    assert build(runner, answers, pack, "--no-pdf").exit_code == 0
    built = (pack / "constitution.docx").read_bytes()
    (pack / "constitution.docx").write_bytes(built + b"edited in Word")
    result = build(runner, answers, pack, "--force", "--no-pdf")
    assert result.exit_code == 2 and "constitution.docx" in result.output and "--discard-edits" in result.output
    result = build(runner, answers, pack, "--discard-edits", "--no-pdf")
    assert result.exit_code == 2 and "goes with --force" in result.output
    (pack / "my-notes.txt").write_text("notes")            # a file spinout never wrote: still refused
    result = build(runner, answers, pack, "--force", "--discard-edits", "--no-pdf")
    assert result.exit_code == 2 and "my-notes.txt" in result.output
    (pack / "my-notes.txt").unlink()
    result = build(runner, answers, pack, "--force", "--discard-edits", "--no-pdf")
    assert result.exit_code == 0, result.output
    assert (pack / "constitution.docx").read_bytes() == built


def test_C3_an_input_inside_the_target_is_never_replaced(tmp_path: Path, raw_example, runner) -> None:
    pack = tmp_path / "pack"
    assert build(runner, write_yaml(tmp_path / "a.yml", raw_example), pack, "--no-pdf").exit_code == 0
    before = {p.name: p.read_bytes() for p in pack.iterdir()}
    result = build(runner, pack / "answers.yml", pack, "--force", "--no-pdf")
    assert result.exit_code == 2 and "inside" in result.output
    assert {p.name: p.read_bytes() for p in pack.iterdir()} == before


def test_C3_diff_refuses_to_write_over_one_of_its_inputs(tmp_path: Path, raw_example, runner) -> None:
    pack_a = tmp_path / "packA"
    assert build(runner, write_yaml(tmp_path / "a.yml", raw_example), pack_a, "--no-pdf").exit_code == 0
    changed = copy.deepcopy(raw_example)
    changed["society"]["registered_office"] = "1 New Street, Northtown"
    new = write_yaml(tmp_path / "b.yml", changed)
    count = len(list(pack_a.iterdir()))
    result = invoke(runner, "diff", str(pack_a), str(new), "-o", str(pack_a), "--force")
    assert result.exit_code == 2 and "inside" in result.output
    assert len(list(pack_a.iterdir())) == count and (pack_a / "answers.yml").exists()


def test_M9_a_second_build_to_the_same_target_fails_cleanly(tmp_path: Path, raw_example, runner) -> None:
    from spinout.pack.folders import _locked

    answers = write_yaml(tmp_path / "a.yml", raw_example)
    target = tmp_path / "cc"
    with _locked(target):                  # a first build is writing cc right now
        result = build(runner, answers, target, "--no-pdf")
    assert result.exit_code == 2 and "Another spinout command is writing" in result.output
    assert not target.exists() and hidden_leftovers(tmp_path) == []
    assert build(runner, answers, target, "--no-pdf").exit_code == 0
    assert hidden_leftovers(tmp_path) == []


def test_M9_two_real_builds_at_once_never_both_claim_the_folder(tmp_path: Path, raw_example) -> None:
    answers = write_yaml(tmp_path / "a.yml", raw_example)
    runs = [spinout("build", str(answers), "-o", "cc", "--no-pdf", cwd=tmp_path) for _ in range(2)]
    results = [(run.wait(60), run.communicate()) for run in runs]
    succeeded = [code for code, _ in results if code == 0]
    assert len(succeeded) == 1, results     # the other: "already exists" or "another ... is writing"
    assert all(code in (0, 2) and "Traceback" not in err for code, (_, err) in results)
    manifest = json.loads((tmp_path / "cc" / "manifest.json").read_text())
    assert hidden_leftovers(tmp_path) == [] and manifest["society"]


# ================================================================== major: input

def test_M1_M2_numbers_typed_in_the_wizard_are_refused_before_conversion() -> None:
    from spinout.interview.values import parse_number

    for typed in ("Inf", "Infinity", "-inf", "sNaN", "NaN", "1e9999999", "9" * 5000, "1e5"):
        with pytest.raises(ValueError):
            parse_number(typed, whole=True)
        with pytest.raises(ValueError):
            parse_number(typed, whole=False)
    assert parse_number("£25,000", whole=True) == 25000 and parse_number("12.5%", whole=False) == 12.5


def test_M1_M2_M6g_numbers_in_an_answers_file_are_refused_with_their_line(tmp_path: Path, raw_example, runner) -> None:
    raw = full(raw_example)
    raw["business_case"]["contract_value"] = "NUMBER"
    for value in (".inf", "-.Inf", ".nan", "1.0e+999", "9" * 5000):
        text = yaml.safe_dump(raw, sort_keys=False).replace("contract_value: NUMBER", f"contract_value: {value}")
        assert value in text
        path = tmp_path / "n.yml"
        path.write_text(text)
        result = invoke(runner, "check", str(path))
        assert result.exit_code == 2 and "line" in result.output and "internal error" not in result.output, value


def test_M3_M4_yaml_aliases_are_refused_before_anything_expands(tmp_path: Path, raw_example, runner) -> None:
    from spinout.interview.progress import load_progress

    bomb = ['lol0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    bomb += [f"lol{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, 10)]   # 9**10 items if expanded
    path = tmp_path / "laughs.yml"
    path.write_text(yaml.safe_dump(raw_example, sort_keys=False) + "\n".join(bomb) + "\n")
    result = invoke(runner, "check", str(path))
    assert result.exit_code == 2 and "alias" in result.output
    from spinout.errors import AnswersError
    with pytest.raises(AnswersError, match="alias"):
        load_progress(path)


def test_M13_devices_pipes_folders_and_huge_files_are_refused(tmp_path: Path, runner) -> None:
    fifo = tmp_path / "fifo.yml"
    os.mkfifo(fifo)
    big = tmp_path / "big.yml"
    big.write_text("x: " + "a" * 1_100_000)
    for path, words in (("/dev/zero", "not an ordinary file"), ("/dev/urandom", "not an ordinary file"),
                        (str(fifo), "not an ordinary file"), (str(big), "at most 1,000,000 bytes"),
                        (str(tmp_path), "folder with no answers.yml")):
        result = invoke(runner, "check", path)
        assert result.exit_code == 2 and words in result.output, (path, result.output)


def test_M5_long_names_are_limited_to_what_the_documents_hold(raw_example) -> None:
    from spinout.errors import AnswersError
    from tests.conftest import resolve

    raw = copy.deepcopy(raw_example)
    raw["founders"][0]["name"] = "F" * 101
    raw["society"]["name"] = "A" * 153 + " Limited"
    with pytest.raises(AnswersError) as error:
        resolve(raw)
    assert "founders (item 1).name" in str(error.value) and "society.name" in str(error.value)


def test_M5_tables_with_very_long_words_may_break_them_anywhere() -> None:
    import json

    from spinout.engine.document import Document, Paragraph, Part, Rule, Table
    from spinout.render.typeset import document_source

    table = Table("Founders", ("Name",), (("F" * 100,),))
    short = Table("Founders", ("Name",), (("Amina Okafor",),))
    rule = Rule("1", "x", "Founders", (Paragraph("1.1", "Text"), table, short), "always")
    source, _ = document_source(Document("Rules of X Limited", "X Limited", "", "", "", (Part(1, "One", (rule,)),)))
    long_cell, short_cell = (b["rows"][0][0] for b in json.loads(source)["parts"][0]["rules"][0]["blocks"][1:])
    # a break opportunity (a zero-width space) every 20 letters of the long word; none in the short
    assert long_cell.replace("\u200b", "") == "F" * 100 and long_cell.count("\u200b") == 4
    assert short_cell == "Amina Okafor"


def test_M6a_M6b_the_longest_names_build_and_diff(tmp_path: Path, raw_example, runner) -> None:
    raw = copy.deepcopy(raw_example)
    raw["society"]["name"] = "A" * 152 + " Limited"           # 160 characters: the most allowed
    raw["prepared_by"] = "P" * 100
    answers = write_yaml(tmp_path / "long.yml", raw)
    result = build(runner, answers, tmp_path / "out", "--no-pdf")
    assert result.exit_code == 0, result.output
    result = invoke(runner, "diff", str(EXAMPLE), str(answers), "-o", str(tmp_path / "red"))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("date", ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "0000-01-01",
                                  "2026-11-27T25:00:00", "2026-11-27 10:00:00+25:00", "2108-01-01", "1999-12-31"])
def test_M6c_M6d_impossible_or_far_dates_are_a_message_about_the_date(tmp_path: Path, raw_example, runner,
                                                                      date) -> None:
    text = yaml.safe_dump(raw_example, sort_keys=False)
    text = "\n".join(f"date: {date}" if line.startswith("date:") else line for line in text.splitlines())
    path = tmp_path / "d.yml"
    path.write_text(text)
    result = build(runner, path, tmp_path / "out", "--no-pdf")
    assert result.exit_code == 2 and "date" in result.output and "internal error" not in result.output, result.output


@pytest.mark.parametrize("where, value", [(("service", "archetype"), ["social-care"]),
                                          (("service", "archetype"), {"a": 1}),
                                          (("society", "type"), ["co-operative"]),
                                          (("society", "type"), {"a": 1}),
                                          (("service",), "social-care")])
def test_M6e_lists_and_mappings_where_words_belong(tmp_path: Path, raw_example, runner, where, value) -> None:
    raw = copy.deepcopy(raw_example)
    parent = raw
    for key in where[:-1]:
        parent = parent[key]
    parent[where[-1]] = value
    result = invoke(runner, "check", str(write_yaml(tmp_path / "x.yml", raw)))
    assert result.exit_code == 2 and ".".join(where) in result.output, result.output


def test_M6f_deep_nesting_is_refused(tmp_path: Path, raw_example, runner) -> None:
    for depth in (40, 990, 5000):
        path = tmp_path / "deep.yml"
        path.write_text(yaml.safe_dump(raw_example, sort_keys=False) + "x: " + "[" * depth + "]" * depth + "\n")
        result = invoke(runner, "check", str(path))
        assert result.exit_code == 2 and "internal error" not in result.output, result.output


ANSWERS_SETTINGS = settings(max_examples=12, deadline=None,
                            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@ANSWERS_SETTINGS
@given(test_properties.answers_data())
def test_M6_every_answers_file_check_accepts_builds(tmp_path_factory, raw: dict[str, Any]) -> None:
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("m6")
    answers = write_yaml(folder / "answers.yml", raw)
    runner = CliRunner()
    checked = invoke(runner, "check", str(answers))
    built = build(runner, answers, folder / "pack", "--no-pdf")
    assert checked.exit_code in (0, 1, 2) and built.exit_code in (0, 2), built.output
    assert (checked.exit_code == 2) == (built.exit_code == 2), (checked.output, built.output)
    assert "internal error" not in built.output


def _output_paths(root: Path) -> dict[str, Path]:
    """Output paths of every awkward kind, made under `root`."""
    (root / "real").mkdir()
    (root / "link").symlink_to(root / "real")
    (root / "dangling").symlink_to(root / "nowhere")
    (root / "afile").write_text("x")
    (root / "readonly").mkdir()
    return {
        "new": root / "new",
        "nested new": root / "x" / "y" / "z",
        "missing parent with ..": root / "sub" / ".." / "dd",
        "link to a folder": root / "link",
        "dangling link": root / "dangling",
        "a file": root / "afile",
        "under a file": root / "afile" / "pack",
        "long name": root / ("p" * 130),
        "too long a name": root / ("p" * 300),
        "current folder": Path("."),
        "empty": Path(""),
        "root": Path("/"),
        "read-only place": Path("/proc/spinout-pack"),
    }


PATH_KINDS = ["new", "nested new", "missing parent with ..", "link to a folder", "dangling link", "a file",
              "under a file", "long name", "too long a name", "current folder", "empty", "root", "read-only place"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(PATH_KINDS), st.booleans())
def test_M10_any_output_path_gives_a_pack_or_a_clear_message(tmp_path_factory, monkeypatch, kind: str,
                                                            force: bool) -> None:
    from click.testing import CliRunner

    root = tmp_path_factory.mktemp("paths")
    paths = _output_paths(root)
    monkeypatch.chdir(root / "real")
    runner = CliRunner()
    for _ in range(2 if force else 1):       # with --force, build again over the first pack
        result = invoke(runner, "build", "--example", "social-care", "-o", str(paths[kind]), "--no-pdf",
                        *(["--force"] if force else []))
        assert result.exit_code in (0, 2), (kind, result.output)
        assert "internal error" not in result.output
    if kind == "link to a folder" and result.exit_code == 0:
        assert (root / "link").is_symlink() and (root / "real" / "manifest.json").exists()
    assert hidden_leftovers(root) == [] and hidden_leftovers(root / "real") == []


def test_M10_a_folder_with_a_long_name_can_be_replaced(tmp_path: Path, runner) -> None:
    target = tmp_path / ("p" * 200)
    for _ in range(2):
        result = invoke(runner, "build", "--example", "social-care", "-o", str(target), "--force", "--no-pdf")
        assert result.exit_code == 0, result.output


def test_M10_an_answers_file_that_cannot_be_saved_is_a_message(tmp_path: Path) -> None:
    from spinout.errors import OutputError
    from spinout.interview.progress import save_progress
    from spinout.interview.state import State

    (tmp_path / "afile").write_text("x")
    with pytest.raises(OutputError, match="Cannot save your answers"):
        save_progress(State({"a": 1}), tmp_path / "afile" / "answers.yml")


# ================================================================== major: killed builds

def _start_build_and_wait_for_staging(tmp_path: Path) -> tuple[subprocess.Popen, list[int]]:
    # an empty cache of its own: every PDF is laid out, so the build is still writing (for a
    # second or two) when the test stops it; a warm rebuild can finish before the signal lands
    run = spinout("build", "--example", "social-care", "-o", "tgt", "--force", cwd=tmp_path,
                  cache=tmp_path / "cold-cache")
    assert wait_for(lambda: any(p.name.endswith(".partial") for p in tmp_path.iterdir())), run.communicate()
    # every PDF worker, the ones the first forked included (one a core)
    assert wait_for(lambda: len(descendants(run.pid)) >= (os.cpu_count() or 1)), run.communicate()
    return run, descendants(run.pid)


def test_M7_a_killed_build_leaves_no_worker_and_the_next_build_tidies_up(tmp_path: Path) -> None:
    run, workers = _start_build_and_wait_for_staging(tmp_path)
    assert workers, "the PDF worker should be running"
    os.kill(run.pid, signal.SIGKILL)
    run.wait(10)
    # before reading the output: a worker left alive would hold the pipes open for ever
    assert_workers_end(workers, "outlived its parent")
    run.communicate()
    assert any(p.name.endswith(".partial") for p in tmp_path.iterdir())      # kill -9 cannot tidy up...
    again = spinout("build", "--example", "social-care", "-o", "tgt", "--no-pdf", cwd=tmp_path)
    assert again.wait(60) == 0, again.communicate()
    assert hidden_leftovers(tmp_path) == []                                     # ...the next build does


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_M7_m2_terminated_builds_clean_up_like_ctrl_c(tmp_path: Path, number: int) -> None:
    run, workers = _start_build_and_wait_for_staging(tmp_path)
    os.killpg(run.pid, number)                  # the whole group, as a terminal does
    code = run.wait(20)
    assert_workers_end(workers, "outlived a stopped build")
    _, err = run.communicate()
    assert code == 128 + number and "Stopped. Nothing was written." in err, err
    assert "Traceback" not in err and "Process spinout-pdf" not in err
    assert hidden_leftovers(tmp_path) == [] and not (tmp_path / "tgt").exists()


def assert_workers_end(workers: list[int], said: str) -> None:
    if not wait_for(lambda: not any(alive(pid) for pid in workers), 10):
        left = [pid for pid in workers if alive(pid)]
        for pid in left:
            os.kill(pid, signal.SIGKILL)        # not left running after the test
        raise AssertionError(f"a PDF worker {said}: {left}")


def test_M8_a_build_killed_between_the_renames_is_recovered(tmp_path: Path, raw_example, runner) -> None:
    from spinout.pack import folders

    answers = write_yaml(tmp_path / "a.yml", raw_example)
    target = tmp_path / "tgt"
    assert build(runner, answers, target, "--no-pdf").exit_code == 0
    before = (target / "manifest.json").read_text()
    target.rename(folders._old(target))         # as if killed after the first of the two renames
    result = build(runner, answers, target, "--no-pdf")
    assert result.exit_code == 2 and "already exists" in result.output      # the old pack is back, untouched
    assert (target / "manifest.json").read_text() == before and hidden_leftovers(tmp_path) == []


def test_M8_the_swap_works_with_and_without_an_exchange(tmp_path: Path, raw_example, runner, monkeypatch) -> None:
    from spinout.pack import folders

    answers = write_yaml(tmp_path / "a.yml", raw_example)
    target = tmp_path / "tgt"
    assert build(runner, answers, target, "--no-pdf").exit_code == 0
    if sys.platform.startswith("linux"):
        assert folders._renameat2() is not None
    assert build(runner, answers, target, "--no-pdf", "--force").exit_code == 0
    monkeypatch.setattr(folders, "_exchange", lambda first, second: False)
    assert build(runner, answers, target, "--no-pdf", "--force").exit_code == 0
    assert (target / "manifest.json").exists() and hidden_leftovers(tmp_path) == []


# ================================================================== markdown

def test_M11_line_breaks_in_names_are_refused(tmp_path: Path, raw_example, runner) -> None:
    raw = full(raw_example)
    raw["member_classes"][0]["name"] = "Workers\n\n# INJECTED HEADING: all checks passed"
    raw["founders"][1]["name"] = "Gareth\nPrice"
    result = invoke(runner, "check", str(write_yaml(tmp_path / "x.yml", raw)))
    assert result.exit_code == 2 and "one line" in result.output
    assert "member_classes (item 1).name" in result.output and "founders (item 2).name" in result.output


def test_M11_markdown_in_long_text_stays_text(tmp_path: Path, raw_example, runner) -> None:
    from pypdf import PdfReader

    injected = ("Workers\n\n# INJECTED HEADING: all checks passed\n\n[Click here to verify](http://evil.example/phish)"
                "\n\n| a | b |\n|---|---|\n| c | d |\n<script>alert(1)</script>")
    raw = full(raw_example)
    raw["society"]["objects"][0] = injected
    raw["member_classes"][0]["eligibility"] = injected
    raw["society"]["name"] = "Riverside *Care* [x](http://evil.example) ![i](/etc/passwd)"   # no "Limited": quoted
    out = tmp_path / "out"
    assert build(runner, write_yaml(tmp_path / "x.yml", raw), out).exit_code == 0
    for name in ("constitution.md", "review.md", "member-summaries.md", "registration.md"):
        html = markdown_html((out / name).read_text())
        assert "INJECTED" not in "".join(line for line in html.splitlines() if line.startswith("<h")), name
        assert "<a " not in html and "<img" not in html and "<script" not in html, name
    shown = markdown_text((out / "constitution.md").read_text())
    assert "# INJECTED HEADING: all checks passed [Click here to verify](http://evil.example/phish)" in shown
    for pdf in out.glob("*.pdf"):
        for page in PdfReader(str(pdf)).pages:
            for annotation in page.get("/Annots") or []:
                uri = annotation.get_object().get("/A", {}).get("/URI")
                assert uri is None or "evil" not in str(uri), pdf


# ================================================================== minors

def test_m1_a_full_disk_is_the_machine_not_spinout(tmp_path: Path, runner, monkeypatch) -> None:
    import errno

    from spinout.pack import build as pack

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pack, "dump_answers", full_disk)
    result = invoke(runner, "build", "--example", "social-care", "-o", str(tmp_path / "p"), "--no-pdf")
    assert result.exit_code == 74 and "disk is full" in result.output and "fault in spinout" not in result.output
    assert not (tmp_path / "p").exists()


def test_m1_a_missing_pdf_library_points_at_no_pdf(tmp_path: Path, runner, monkeypatch) -> None:
    from spinout.render import pdf

    def missing(*args, **kwargs):
        raise OSError("cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared object file")

    monkeypatch.setattr(pdf, "make_pdf", missing)     # in this process, and in the forked workers
    monkeypatch.setenv("SPINOUT_CACHE_DIR", str(tmp_path / "cache"))   # nothing laid out before
    result = invoke(runner, "build", "--example", "social-care", "-o", str(tmp_path / "p"))
    assert result.exit_code == 74 and "--no-pdf" in result.output


def test_m1_standard_output_on_a_full_device(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    with open("/dev/full", "w") as full_device:
        done = subprocess.run([sys.executable, "-m", "spinout", "guide", "social-care"], stdout=full_device,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=60, cwd=tmp_path)
    assert done.returncode == 74 and "standard output" in done.stderr and "Traceback" not in done.stderr
    assert "the disk is full" in done.stderr and "fault in spinout" not in done.stderr


def test_m3_a_class_added_before_ctrl_c_is_kept(tmp_path: Path) -> None:
    from tests.wizard_keys import CTRL_C, DOWN, ENTER, NAME, OFFICE, SERVICE, SOCIETY_START, drive, line

    add_class = [DOWN * 5 + ENTER, line("Partner organisations"), line("Local charities"), line("18"), line("1"),
                 line("5"), ENTER]
    run = drive(tmp_path, SERVICE + SOCIETY_START + NAME + OFFICE + [ENTER] + add_class + [CTRL_C])
    assert run.stopped is not None
    saved = yaml.safe_load((tmp_path / "answers.yml").read_text())
    assert "Partner organisations" in [c["name"] for c in saved["member_classes"]]


def test_m4_duplicate_keys_and_yes_for_a_number_are_errors(tmp_path: Path, raw_example, runner) -> None:
    raw = full(raw_example)
    raw["business_case"]["contract_years"] = 5
    text = yaml.safe_dump(raw, sort_keys=False)
    path = tmp_path / "dup.yml"
    path.write_text(text.replace("society:\n", "society:\n  name: Evil Twin Co-operative Limited\n", 1))
    result = invoke(runner, "check", str(path))
    assert result.exit_code == 2 and "'name' is given twice" in result.output and "line" in result.output
    path.write_text(text.replace("contract_years: 5", "contract_years: true"))
    result = invoke(runner, "check", str(path))
    assert result.exit_code == 2 and "business_case.contract_years" in result.output and "yes or no" in result.output


def test_m5_messages_name_the_line_and_stay_short(tmp_path: Path, raw_example, runner) -> None:
    text = yaml.safe_dump(raw_example, sort_keys=False)
    path = tmp_path / "latin1.yml"
    path.write_bytes(text.encode() + b"note: caf\xe9\n")
    result = invoke(runner, "check", str(path))
    assert result.exit_code == 2 and f"line {text.count(chr(10)) + 1}" in result.output and "UTF-8" in result.output
    path.write_text(text + "\n3: x\n")
    result = invoke(runner, "check", str(path))
    assert result.exit_code == 2 and f"line {text.count(chr(10)) + 2}" in result.output
    assert "not a field name" in result.output
    path.write_text(text + "".join(f"unknown_{n}: 1\n" for n in range(20000)))
    result = invoke(runner, "check", str(path))
    assert result.exit_code == 2 and "more, not shown" in result.output and len(result.output) < 10000


def test_m7_example_takes_names_only(runner, tmp_path: Path) -> None:
    from spinout.resources import data_root

    for name in ("../../../../etc/passwd", "../examples/social-care", "/etc/passwd", "social-care/../social-care"):
        result = invoke(runner, "build", "--example", name, "-o", str(tmp_path / "p"))
        assert result.exit_code == 2 and "no example called" in result.output
        assert str(data_root()) not in result.output


def test_m8_cached_guides_depend_on_the_renderer_versions(tmp_path: Path, monkeypatch) -> None:
    from spinout.render import pdf

    monkeypatch.setenv("SPINOUT_CACHE_DIR", str(tmp_path / "cache"))
    _write_one_guide(tmp_path)
    entries = set((tmp_path / "cache").rglob("*.bin"))
    monkeypatch.setattr(pdf, "renderer_fingerprint", lambda: "weasyprint 1.0; another machine")
    _write_one_guide(tmp_path)
    assert set((tmp_path / "cache").rglob("*.bin")) > entries      # a new key: the other machine's entry is not used


def test_m9_direction_overrides_are_refused_in_names(raw_example) -> None:
    from spinout.errors import AnswersError
    from tests.conftest import resolve

    raw = copy.deepcopy(raw_example)
    raw["society"]["name"] = "Riverside \u202eevaC Co-operative Limited"
    with pytest.raises(AnswersError, match="U\\+202E"):
        resolve(raw)
