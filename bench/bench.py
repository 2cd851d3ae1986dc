"""Benchmark spinout against its performance targets and print the figures.

    python bench/bench.py [--runs N]

Targets (2-core machine): whole `spinout build --example social-care` cold process under
1.5 s for the rules alone (DOCX + PDF) and under 2 s for the whole pack with the business case
and guides (DESIGN.md); engine (answers to Document) under 50 ms; `spinout --help` under 300 ms.
"Cold process" means a new Python process each time; the on-disk clause cache is warm after
the first build, and the first build with an empty cache is reported separately.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def spinout_command() -> list[str]:
    found = shutil.which("spinout", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "spinout"]


def time_process(args: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def in_process(runs: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    start = time.perf_counter()
    from spinout.answers.resolve import load_example
    from spinout.engine.assemble import assemble
    from spinout.engine.library import load_library
    answers = load_example("social-care")
    library = load_library()
    figures = {"first load (imports, answers, library)": time.perf_counter() - start}
    engine = []
    for _ in range(runs):
        start = time.perf_counter()
        document = assemble(load_example("social-care"), library)
        engine.append(time.perf_counter() - start)
    figures["engine: answers file to Document (median)"] = statistics.median(engine)
    figures["finance: plan, cash, sensitivity, appraisal (CPU)"] = _finance_cpu(runs)
    out = Path(tempfile.mkdtemp())
    for name, module, function, filename in (
        ("markdown", "spinout.render.markdown", "render_markdown", None),
        ("docx", "spinout.render.docx", "render_docx", "c.docx"),
        ("pdf", "spinout.render.pdf", "render_pdf", "c.pdf"),
    ):
        start = time.perf_counter()
        render = getattr(__import__(module, fromlist=[function]), function)
        figures[f"import {name} renderer"] = time.perf_counter() - start
        timings = []
        for _ in range(max(1, runs // 5)):
            start = time.perf_counter()
            render(document) if filename is None else render(document, out / filename)
            timings.append(time.perf_counter() - start)
        figures[f"render {name} (median)"] = statistics.median(timings)
    pages = _pdf_pages(out / "c.pdf")
    shutil.rmtree(out)
    figures["pdf pages"] = pages
    return figures


def _finance_cpu(runs: int) -> float:
    """CPU time of the whole business-case computation for the social-care example (median),
    with the per-answers cache bypassed."""
    from spinout.answers.resolve import load_example
    from spinout.business import _build, _facts

    answers = load_example("social-care")
    facts = _facts(answers)
    timings = []
    for _ in range(runs):
        start = time.process_time()
        finance = _build(answers.business_case, facts, True, "england", answers.society.year_end)
        finance.plan.balance
        timings.append(time.process_time() - start)
    return statistics.median(timings)


def _pdf_pages(path: Path) -> int:
    try:
        from pypdf import PdfReader
        return len(PdfReader(str(path)).pages)
    except ImportError:
        return -1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    command = spinout_command()
    work = Path(tempfile.mkdtemp())
    cache = work / "cache"
    env = {**os.environ, "SPINOUT_CACHE_DIR": str(cache)}
    build = command + ["build", "--example", "social-care", "-o", str(work / "pack"), "--force"]

    start = time.perf_counter()
    subprocess.run(build, check=True, capture_output=True, env=env)
    cold_cache = time.perf_counter() - start
    median, best = time_process(build, args.runs, env)
    help_median, help_best = time_process(command + ["--help"], args.runs, env)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    print(f"spinout benchmark ({os.cpu_count()} cores, {args.runs} runs each, Python {sys.version.split()[0]})")
    print(f"  whole build, cold process, empty cache : {cold_cache * 1000:7.0f} ms")
    print(f"  whole build, cold process (median)     : {median * 1000:7.0f} ms   (best {best * 1000:.0f}; whole pack: target < 2000)")
    print(f"  spinout --help (median)                : {help_median * 1000:7.0f} ms   (best {help_best * 1000:.0f}; target < 300)")
    print(f"  peak memory of a build process         : {peak:7.0f} MiB")
    for label, value in in_process(max(args.runs, 20)).items():
        shown = f"{value:7.0f}" if label == "pdf pages" else f"{value * 1000:7.1f} ms"
        target = ("   (target < 50)" if label.startswith("engine") else
                  "   (target < 20)" if label.startswith("finance") else "")
        print(f"  {label:<39}: {shown}{target}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
