"""The built wheel carries every module, py.typed, clauses/, templates/, guides/ and examples/,
declares every package spinout imports, and works outside the repo."""

from __future__ import annotations

import ast
import email.parser
import os
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(dist), str(ROOT)], check=True, capture_output=True)
    (built,) = dist.glob("spinout-*.whl")
    return built


def test_wheel_carries_the_data_folders(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("clauses", "templates", "guides", "examples", "questions"):
        shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file()}
        assert {f"spinout/_data/{name}" for name in shipped} <= names, folder
    assert "spinout/_data/clauses/archetypes/social-care.yml" in names
    assert "spinout/_data/clauses/law/statute.yml" in names
    assert "spinout/_data/templates/constitution.docx" in names
    assert "spinout/_data/questions/glossary.yml" in names


def test_wheel_carries_every_module_and_py_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "spinout/py.typed" in names
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "spinout").rglob("*.py")}
    assert modules - names == set(), "modules left out of the wheel (a .gitignore pattern?)"


def _metadata(wheel: Path) -> email.message.Message:
    archive = zipfile.ZipFile(wheel)
    (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    return email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))


def test_the_version_is_written_in_one_place(wheel: Path) -> None:
    import spinout

    assert _metadata(wheel)["Version"] == spinout.__version__
    assert f"spinout-{spinout.__version__}-" in wheel.name
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert spinout.__version__ not in pyproject and 'dynamic = ["version"]' in pyproject


def test_every_imported_package_is_declared(wheel: Path) -> None:
    from importlib.metadata import packages_distributions

    imported = set()
    for path in (ROOT / "spinout").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"spinout"}
    distributions = packages_distributions()
    needed = {_normal(dist) for name in third_party for dist in distributions[name]}
    required = {_normal(re.split(r"[<>=!~;\[ ]", line, maxsplit=1)[0])
                for line in _metadata(wheel).get_all("Requires-Dist") if "extra ==" not in line}
    assert needed - required == set()


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_wheel_installed_in_a_fresh_venv_builds_a_pack(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir)        # without pip of its own: seeding one costs seconds, and this pip can install into it
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True)
    # The dependencies come from this test environment (a .pth file), so the test needs no network;
    # spinout itself must come from the wheel, which sits first on the path.
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    deps = [p for p in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}]
    (Path(site) / "zz_test_deps.pth").write_text("\n".join(deps) + "\n")
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    # without PYTHONPATH: a checkout on it (PYTHONPATH=$PWD while developing) would shadow the wheel
    clean = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    script = "import spinout, spinout.resources as r; print(spinout.__file__); print(r.data_root())"
    probe = subprocess.run([str(python), "-c", script],
                           check=True, capture_output=True, text=True, cwd=workdir, env=clean).stdout.split()
    assert probe[0].startswith(str(env_dir)) and probe[1].endswith("_data")
    result = subprocess.run([str(env_dir / "bin" / "spinout"), "build", "--example", "social-care", "-o", "pack"],
                            capture_output=True, text=True, cwd=workdir,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SPINOUT_CACHE_DIR": ""})
    assert result.returncode == 0, result.stderr
    built = sorted(p.name for p in (workdir / "pack").iterdir())
    assert built == ["answers.yml", "business-case.docx", "business-case.md", "business-case.pdf",
                     "constitution.docx", "constitution.md", "constitution.pdf", "guides", "manifest.json",
                     "member-summaries-large-print.docx", "member-summaries-large-print.pdf",
                     "member-summaries.docx", "member-summaries.md", "member-summaries.pdf",
                     "registration.docx", "registration.md", "registration.pdf", "review.md", "review.pdf"]
    assert (workdir / "pack" / "guides" / "social-care.pdf").exists()
