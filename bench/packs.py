"""The pack-building figures of the benchmark (issue 15), each printed against its target.

Every build is a new `spinout` process, timed by the wall clock and by the CPU time of the
process and everything it started (its PDF workers; LibreOffice's own processes). The cache
(SPINOUT_CACHE_DIR) is set up for each figure as the figure says, from a copy, so runs do not
feed each other.
"""

from __future__ import annotations

import copy
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
RULES_ONLY = ("governance", "meetings", "quorum_percent")   # an answer that changes the rules and nothing else


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def run_timed(args: list[str], env: dict[str, str], cwd: Path | None = None) -> Timing:
    """Run a command; its wall time and the CPU time of it and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return Timing(wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))


def median(timings: list[Timing]) -> Timing:
    return Timing(statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings))


def spinout(*args: str) -> list[str]:
    found = shutil.which("spinout", path=str(Path(sys.executable).parent))
    return ([found] if found else [sys.executable, "-m", "spinout"]) + list(args)


def answers_file(folder: Path, name: str, society: str | None = None, rules_change: int | None = None) -> Path:
    """The social-care example, under another society name and/or with one rules-only answer changed."""
    raw = yaml.safe_load((EXAMPLES / "social-care.yml").read_text(encoding="utf-8"))
    raw = copy.deepcopy(raw)
    if society:
        raw["society"]["name"] = society
    if rules_change is not None:
        raw.setdefault(RULES_ONLY[0], {}).setdefault(RULES_ONLY[1], {})[RULES_ONLY[2]] = rules_change
    path = folder / f"{name}.yml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


class Bench:
    def __init__(self, runs: int) -> None:
        self.runs = runs
        self.work = Path(tempfile.mkdtemp(prefix="spinout-bench-"))
        self.example = EXAMPLES / "social-care.yml"

    def env(self, cache: Path) -> dict[str, str]:
        return {**os.environ, "SPINOUT_CACHE_DIR": str(cache)}

    def cache_copy(self, source: Path | None, name: str) -> Path:
        target = self.work / "caches" / name
        shutil.rmtree(target, ignore_errors=True)
        if source is None:
            target.mkdir(parents=True)
        else:
            shutil.copytree(source, target)
        return target

    def build(self, answers: Path, cache: Path, *extra: str) -> Timing:
        out = self.work / "out"
        shutil.rmtree(out, ignore_errors=True)
        return run_timed(spinout("build", str(answers), "-o", str(out), *extra), self.env(cache))

    def warm_cache(self) -> Path:
        """A cache filled by another group's pack: the library's check stamp and the guides,
        which every pack of the archetype shares; none of this pack's own PDFs."""
        cache = self.cache_copy(None, "warm")
        other = answers_file(self.work, "other-group", society="Hillside Care Co-operative Limited")
        self.build(other, cache)
        return cache

    def figures(self) -> None:
        warm = self.warm_cache()
        new = median([self.build(self.example, self.cache_copy(warm, f"new{i}")) for i in range(self.runs)])
        empty = self.build(self.example, self.cache_copy(None, "empty"))
        same_cache = self.cache_copy(warm, "same")
        self.build(self.example, same_cache)
        same = median([self.build(self.example, same_cache) for _ in range(self.runs)])
        rebuild = self._rebuild(warm)
        office = self._libreoffice(warm)
        print("Pack builds: the social-care example, a new process each time (wall; CPU of it and its workers)")
        _line("new answers, cache warm from another pack", new, wall_target=2.0, cpu_target=3.0)
        _line("first run on a machine: empty cache", empty)
        _line("same answers again (PDFs from the cache)", same)
        _line("rebuild after one rules-only answer", rebuild, wall_target=0.8)
        if office is None:
            print("  LibreOffice route                         : soffice is not installed: not measured")
        else:
            _line("LibreOffice route: --no-pdf + soffice", office)
            print(f"    spinout / LibreOffice                   : wall {new.wall / office.wall:5.2f}x, "
                  f"CPU {new.cpu / office.cpu:5.2f}x   (target <= 1.00 each) "
                  f"{_verdict(new.wall <= office.wall and new.cpu <= office.cpu)}")

    def _rebuild(self, warm: Path) -> Timing:
        """One answer changed that only the rules use, after a build of the answers before it."""
        timings = []
        for run in range(self.runs):
            cache = self.cache_copy(warm, f"rebuild{run}")
            self.build(self.example, cache)
            changed = answers_file(self.work, f"changed{run}", rules_change=11 + run)
            timings.append(self.build(changed, cache, "--force"))
        return median(timings)

    def _libreoffice(self, warm: Path) -> Timing | None:
        """The route the issue compares with: Word and Markdown from spinout, then one headless
        LibreOffice converting every DOCX of the pack to PDF."""
        if shutil.which("soffice") is None:
            return None
        profile = self.work / "lo-profile"
        timings = []
        for run in range(self.runs):
            cache = self.cache_copy(warm, f"lo{run}")
            first = self.build(self.example, cache, "--no-pdf")
            out = self.work / "out"
            docx = sorted(str(p) for p in out.glob("*.docx"))
            second = run_timed(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                                "--convert-to", "pdf", "--outdir", str(self.work / "lo-pdf"), *docx], os.environ.copy())
            timings.append(Timing(first.wall + second.wall, first.cpu + second.cpu))
        return median(timings)

    def batch(self, packs: int = 20) -> None:
        """`spinout batch` over `packs` answers files: every shipped example, then the social-care
        example under other society names, so no two packs share a page."""
        folder = self.work / "batch-in"
        folder.mkdir()
        for example in sorted(EXAMPLES.glob("*.yml"))[:packs]:
            shutil.copy(example, folder / example.name)
        for number in range(packs - len(list(folder.iterdir()))):
            answers_file(folder, f"group-{number + 1:02d}", society=f"Group {number + 1} Care Co-operative Limited")
        cache = self.cache_copy(self.warm_cache(), "batch")
        jobs = os.cpu_count() or 1
        timing = run_timed(spinout("batch", str(folder), "-o", str(self.work / "batch-out"), "-j", str(jobs)),
                           self.env(cache))
        print(f"spinout batch of {packs} packs, -j {jobs}, cache warm from another pack:")
        _line(f"{packs} packs", timing, wall_target=40.0)

    def close(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


_RULES_PDF = """
import io, sys, time
from pypdf import PdfReader
from spinout.answers.resolve import load_example
from spinout.collector import collect_less, set_aside_long_lived
from spinout.engine.assemble import assemble
from spinout.render import pdf
collect_less()
page = pdf.document_page(assemble(load_example("social-care")))
pdf.warm_up()
set_aside_long_lived()
start = time.perf_counter()
data = pdf.make_pdf(page)
print(time.perf_counter() - start, len(PdfReader(io.BytesIO(data)).pages))
"""


def rules_pdf_per_page(runs: int) -> None:
    """The rules PDF laid out and written in a warm process (imports, fonts, the template),
    with the cycle collector as a build's PDF worker has it. A fresh process each run: Typst
    remembers what it laid out, and a second layout of the same page would cost nothing."""
    timings, pages = [], 0
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _RULES_PDF], capture_output=True, text=True, check=True,
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        seconds, count = done.stdout.split()
        timings.append(float(seconds))
        pages = int(count)
    each = statistics.median(timings) / pages
    print(f"  rules PDF, layout and writing          : {each * 1000:7.1f} ms a page ({pages} pages, "
          f"{statistics.median(timings) * 1000:.0f} ms)   (target < 35) {_verdict(each < 0.035)}")


def _line(label: str, timing: Timing, wall_target: float | None = None, cpu_target: float | None = None) -> None:
    targets, met = [], True
    if wall_target is not None:
        targets.append(f"wall < {wall_target * 1000:.0f}")
        met = met and timing.wall < wall_target
    if cpu_target is not None:
        targets.append(f"CPU < {cpu_target * 1000:.0f}")
        met = met and timing.cpu < cpu_target
    said = f"   (target {', '.join(targets)}) {_verdict(met)}" if targets else ""
    print(f"  {label:<41}: wall {timing.wall * 1000:7.0f} ms, CPU {timing.cpu * 1000:7.0f} ms{said}")


def _verdict(met: bool) -> str:
    return "met" if met else "NOT MET"
