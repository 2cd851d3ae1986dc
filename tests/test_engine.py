"""Engine-wide properties: determinism, statutory coverage, and no heavy imports."""

from __future__ import annotations

import subprocess
import sys

from spinout.answers.resolve import load_example
from spinout.engine.assemble import assemble
from spinout.engine.library import load_library
from spinout.render.markdown import render_markdown
from spinout.review.checks import run_checks


def test_same_answers_same_document() -> None:
    first, second = assemble(load_example("social-care")), assemble(load_example("social-care"))
    assert first == second
    assert render_markdown(first) == render_markdown(second)


def test_example_passes_every_check() -> None:
    answers = load_example("social-care")
    library = load_library()
    report = run_checks(answers, assemble(answers, library), library)
    # the one point left to the group: a dividend by hours worked reaches only the workers (legal review m28)
    assert report.of("fail") == [] and [f.id for f in report.of("warn")] == ["dividend-reach"]
    assert len([f for f in report.of("pass") if f.id.startswith("s14-")]) == 15


def test_engine_does_not_import_renderers_or_wizard() -> None:
    code = (
        "import sys; from spinout.answers.resolve import load_example; from spinout.engine.assemble import assemble;"
        "from spinout.review.checks import run_checks; assemble(load_example('social-care'));"
        "heavy = [m for m in ('questionary', 'docxtpl', 'docx', 'weasyprint', 'prompt_toolkit') if m in sys.modules];"
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_help_does_not_import_the_engine() -> None:
    code = (
        "import sys; from spinout.cli import cli;\n"
        "try: cli(['--help'])\nexcept SystemExit: pass\n"
        "print(sorted(m for m in ('pydantic', 'yaml', 'jinja2', 'docxtpl', 'weasyprint') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
