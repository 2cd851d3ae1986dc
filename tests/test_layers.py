"""The import rule: spinout's packages form a stack by pipeline stage, and a module imports only
from its own layer or those below it. The engine and the interview never load a renderer, a
terminal library or a web framework."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "spinout"
# lowest first; docs/ARCHITECTURE.md draws the same stack
LAYERS = ("errors", "resources", "formats", "files", "collector", "stopping", "answers", "business", "engine",
          "review", "render", "pack", "interview", "console", "web", "cli", "__main__", "__init__")


def module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = parts[-1] == "__init__"
    return ".".join(parts[:-1] if package else parts), package


def imported(path: Path) -> list[tuple[str, int]]:
    """Every spinout module `path` imports (at the top or inside a function), with its line."""
    name, package = module_name(path)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names if alias.name.startswith("spinout")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.startswith("spinout"):
                target = node.module
            else:
                continue
            found += ([(f"{target}.{alias.name}", node.lineno) for alias in node.names] if target == "spinout"
                      else [(target, node.lineno)])
    return found


def layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else "__init__"
    return LAYERS.index(top) if top in LAYERS else -1


def test_every_module_is_in_a_layer() -> None:
    unplaced = sorted({module_name(p)[0] for p in PACKAGE.rglob("*.py") if layer(module_name(p)[0]) < 0})
    assert unplaced == [], "add these to LAYERS and docs/ARCHITECTURE.md: " + ", ".join(unplaced)


def test_imports_run_one_way_only() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name, _ = module_name(path)
        for target, line in imported(path):
            if layer(target) > layer(name):      # a name such as spinout.__version__ has no layer (-1)
                upward.append(f"{name} imports {target} (line {line})")
    assert upward == []


def test_the_engine_and_the_interview_load_no_renderer_terminal_or_web() -> None:
    code = (
        "import sys\n"
        "from spinout.answers.resolve import load_example\n"
        "from spinout.engine.assemble import assemble\n"
        "from spinout.review.checks import run_checks\n"
        "from spinout.interview import MISSING, Interview\n"
        "document = assemble(load_example('social-care'))\n"
        "interview = Interview()\n"
        "interview.answer('social-care')\n"
        "for _ in range(12):\n"
        "    page = interview.page()\n"
        "    interview.answer(page.value if page.value is not MISSING else 'Northtown Care Co-operative Limited')\n"
        "interview.review()\n"
        "heavy = ('questionary', 'prompt_toolkit', 'docxtpl', 'docx', 'weasyprint', 'PIL', 'django', 'click',\n"
        "         'spinout.render', 'spinout.pack', 'spinout.console', 'spinout.web', 'spinout.cli')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
