"""`spinout new` in a real pseudo-terminal, typed at like a person would (pexpect)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

ENTER, DOWN, UP = "\r", "\x1b[B", "\x1b[A"
ROOT = Path(__file__).resolve().parent.parent


def terminal_env(tmp_path: Path) -> dict[str, str]:
    # the checkout first on the path, so this runs the code under test however it is installed
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    # pexpect is not a terminal emulator: it never answers prompt_toolkit's cursor-position
    # request, which would cost a 2-second wait at every prompt.
    return {**os.environ, "TERM": "xterm-256color", "SPINOUT_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": path,
            "PROMPT_TOOLKIT_NO_CPR": "1"}


def test_short_run_in_a_real_terminal_builds_the_pack(tmp_path: Path) -> None:
    env = terminal_env(tmp_path)
    child = pexpect.spawn(sys.executable, ["-m", "spinout", "new"], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=60, dimensions=(50, 160))
    try:
        def answer(prompt: str, keys: str) -> None:
            child.expect_exact(prompt)
            child.send(keys)

        answer("What service are you taking", ENTER)
        answer("How is the service coming to you?", ENTER)
        answer("Which council, NHS trust", "Northshire County Council" + ENTER)
        answer("Describe the service", "Home care for 300 older people in Northtown" + ENTER)
        answer("registered office be?", ENTER)
        answer("Who should the society mainly benefit?", ENTER)
        answer("Which type of society", ENTER)
        answer("What will the society be called?", "Riverside Care Co-op")
        child.expect_exact("The name must end with 'Limited'")       # checked as it is typed
        child.send(" Limited" + ENTER)
        answer("registered office address?", "1 Mill Lane, Northtown" + ENTER)
        for prompt in ("its objects", "how are votes and seats shared", "Use the typical share terms?",
                       "Use the typical governance settings?", "How should the society's assets be protected?",
                       "who should receive what is left?", "in proportion to how much they work",
                       "How is each member's share", "community or co-operative causes?", "ethical employment",
                       "Recognise a trade union?", "Which union?", "social value?", "company seal?"):
            answer(prompt, ENTER)
        answer("main contract (or main income) worth a year", "3480000" + ENTER)
        answer("How many years will the first contract run?", "5" + ENTER)
        for prompt in ("Who will the society employ?", "Which pension scheme", "Use the typical assumptions",
                       "How large an overdraft"):
            answer(prompt, ENTER)
        for name, downs in (("Amina Okafor", 0), ("Gareth Price", 1), ("Joan Whitfield", 2)):
            answer("Who are the founding members?", ENTER)
            answer("Founder's full name", name + ENTER)
            answer("Which class will", DOWN * downs + ENTER)
        answer("Who are the founding members?", ENTER)          # Done: three founders, Amina the secretary
        answer("Who is preparing this pack?", ENTER)
        answer('in the "To write" boxes now?', ENTER)         # no: they stay notes, for later
        answer("What next?", ENTER)                           # the review, a screen at a time: Enter pages on,
        while child.expect_exact(["Building the pack in", "What next?"]) == 1:   # then builds
            child.send(ENTER)
        child.expect_exact("What passed:")
        child.expect_exact("Open constitution.pdf first")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    pack = tmp_path / "pack"
    assert (pack / "constitution.pdf").exists() and (pack / "constitution.docx").exists()
    assert "Riverside Care Co-op Limited" in (pack / "constitution.md").read_text()
    assert (tmp_path / "answers.yml").exists()


def test_closed_stdin_gets_the_no_terminal_message(tmp_path: Path) -> None:
    import subprocess

    result = subprocess.run([sys.executable, "-m", "spinout", "new"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, cwd=tmp_path, timeout=30, env=terminal_env(tmp_path))
    assert result.returncode == 2
    assert "spinout build ANSWERS.yml" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "answers.yml").exists()


def test_ctrl_c_in_a_terminal_prints_the_resume_command(tmp_path: Path) -> None:
    env = terminal_env(tmp_path)
    child = pexpect.spawn(sys.executable, ["-m", "spinout", "new"], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=60, dimensions=(50, 160))
    try:
        child.expect_exact("What service are you taking")
        child.send(ENTER)
        child.expect_exact("How is the service coming to you?")
        child.sendcontrol("c")
        child.expect_exact("spinout new --resume answers.yml")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 130
    assert "archetype: social-care" in (tmp_path / "answers.yml").read_text()


def test_help_back_and_changing_one_answer_in_a_real_terminal(tmp_path: Path) -> None:
    import shutil

    import yaml

    from spinout.answers.resolve import example_path

    env = terminal_env(tmp_path)
    child = pexpect.spawn(sys.executable, ["-m", "spinout", "new"], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=60, dimensions=(24, 80))
    try:
        child.expect_exact("What service are you taking")
        child.send("?")                                      # help on a choice question: one key
        child.expect_exact("Each kind of service starts from a model")
        child.expect_exact("What service are you taking")    # and the question again
        child.send(ENTER)
        child.expect_exact("How is the service coming to you?")
        child.send(ENTER)
        child.expect_exact("Which council, NHS trust")
        child.send("<")                                      # back, from an empty text question
        child.expect_exact("How is the service coming to you?")
        child.send(UP + ENTER)                               # right to own, this time
        child.expect_exact("Which council, NHS trust")
        child.sendcontrol("c")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert yaml.safe_load((tmp_path / "answers.yml").read_text())["service"]["pathway"] == "right-to-own"

    # a finished answers file: straight to the review, change one answer, back to the review
    finished = tmp_path / "finished.yml"
    shutil.copy(example_path("social-care"), finished)
    child = pexpect.spawn(sys.executable, ["-m", "spinout", "new", "--answers", str(finished), "--save",
                                           "mine.yml"], cwd=str(tmp_path), env=env, encoding="utf-8", timeout=60,
                          dimensions=(24, 80))
    try:
        child.expect_exact("Every question is answered")
        child.expect_exact("Check your answers")
        child.expect_exact("What next?")
        child.send(DOWN + DOWN + ENTER)                      # past "Show more": "Change an answer"
        child.expect_exact("Which answer do you want to change?")
        from tests.test_wizard import index_of

        child.send(DOWN * index_of("business_case.contract_years"))
        child.send(ENTER)
        child.expect_exact("How many years will the first contract run?")
        child.send("\x15" + "7" + ENTER)
        child.expect_exact("Check your answers")
        child.sendcontrol("c")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    saved = yaml.safe_load((tmp_path / "mine.yml").read_text())
    assert saved["business_case"]["contract_years"] == 7
    assert saved["society"]["name"] == "Riverside Care Co-operative Limited"
