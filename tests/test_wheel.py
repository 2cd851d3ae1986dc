"""The built wheel carries clauses/, templates/, guides/ and examples/, and works outside the repo."""

from __future__ import annotations

import os
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
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("clauses", "templates", "guides", "examples"):
        assert any(n.startswith(f"spinout/_data/{folder}/") for n in names), folder
    assert "spinout/_data/clauses/archetypes/social-care.yml" in names
    assert "spinout/_data/templates/constitution.docx" in names


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
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}     # a PYTHONPATH would put a checkout first
    probe = subprocess.run([str(python), "-c", "import spinout, spinout.resources as r; print(spinout.__file__); print(r.data_root())"],
                           check=True, capture_output=True, text=True, cwd=workdir, env=clean).stdout.split()
    assert probe[0].startswith(str(env_dir)) and probe[1].endswith("_data")
    result = subprocess.run([str(env_dir / "bin" / "spinout"), "build", "--example", "social-care", "-o", "pack"],
                            capture_output=True, text=True, cwd=workdir,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SPINOUT_CACHE_DIR": ""})
    assert result.returncode == 0, result.stderr
    built = sorted(p.name for p in (workdir / "pack").iterdir())
    assert built == ["answers.yml", "business-case.docx", "business-case.md", "business-case.pdf",
                     "constitution.docx", "constitution.md", "constitution.pdf", "guides", "manifest.json",
                     "member-summaries.docx", "member-summaries.md", "member-summaries.pdf",
                     "registration.docx", "registration.md", "registration.pdf", "review.md", "review.pdf"]
    assert (workdir / "pack" / "guides" / "social-care.pdf").exists()
