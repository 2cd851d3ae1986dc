#!/usr/bin/env python3
"""Re-run the reliability review's attack pass (docs: /work/shared/reviews/reliability.md)
against a `spinout` executable, unattended, and print a scoreboard in the review's shape.

    .venv/bin/python tools/attack.py [--spinout PATH] [--only AREA] [--timeout SECONDS] [--keep]

Everything happens in a fresh temp folder with its own SPINOUT_CACHE_DIR; nothing in the
checkout is touched (children run with PYTHONDONTWRITEBYTECODE=1). Every outcome is derived
from what is observed: exit codes, "Traceback" / "internal error" in the output, timeouts,
peak memory, stray hidden folders beside the output, surviving worker processes, canary text
in the outputs, connections to a local listener, a marker file written by a pickle payload.

Outcomes (worst first): INJ > LOSS > HANG > TB > CRASH > MINOR > OK, as in the review:
  INJ    a file was read into the output, a network connection was made, or code ran
  LOSS   data lost or partial output: stray `.NAME.*.partial` / `.NAME.old-*` folders, an
         orphaned PDF worker, input destroyed, non-PDF bytes in guides/*.pdf, a lost answer
  HANG   timed out, or a memory blow-up (peak RSS over MEM_BLOWUP_MB, or MemoryError)
  TB     a Python traceback shown to the user
  CRASH  exit 70 "internal error" caused by the input (an environment fault such as a full
         disk reported as an internal error counts as MINOR, as in the review's m1)
  MINOR  works, but the message or behaviour is unclear (silent acceptance, wrong line, ...)
  OK     a clear message or correct output, nothing lost
A refusal is "clear" when it exits non-zero (not 70) with an "Error:" line. A build slower than
SLOW_FACTOR times the example pack's build on the same machine (and over SLOW_FLOOR s) is a
near-hang (HANG). Stray folders are matched by shape (`.*.partial`, `.*.old*`, `.*.tmp`), so
any staging naming scheme is caught; lock files are not counted.

Needs: tmux for area 5 (else those rows are "not automated"), strace for the open/connect
traces and the rename window (a local listener still counts connections without it), root
to mount small tmpfs folders (full disk, read-only, other filesystem; else "not automated").
Attempts the script cannot drive are listed as N/A and left out of the counts, never guessed.
To check the script itself, point --spinout at a wrapper that runs an older checkout (say,
PYTHONPATH=/path/to/old/checkout exec .venv/bin/spinout "$@"): on the reviewed commit it
reproduces the review's scoreboard.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import marshal
import os
import pickle
import re
import resource
import shlex
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import yaml

try:
    import pypdf
except ImportError:  # pragma: no cover - the venv has it
    pypdf = None

OK, TB, LOSS, INJ, HANG, CRASH, MINOR = "OK", "TB", "LOSS", "INJ", "HANG", "CRASH", "MINOR"
NOT_AUTOMATED = "N/A"
HARNESS_ERROR = "ERR"
OUTCOMES = (OK, TB, LOSS, INJ, HANG, CRASH, MINOR)
SEVERITY = {OK: 0, MINOR: 1, CRASH: 2, TB: 3, HANG: 4, LOSS: 5, INJ: 6}
AREAS = {
    1: "1. Free-text injection and long text",
    2: "2. YAML attacks, types, odd input files",
    3: "3. Paths, output folders, guide/explain/diff",
    4: "4. Faults, signals, concurrency, SIGPIPE, cache",
    5: "5. Wizard in tmux",
    6: "6. Determinism",
}
MEM_BLOWUP_MB = 800          # a normal check or build peaks well under 300 MB
MEM_CAP = 3 * 1024 ** 3      # address-space cap for the memory attacks
SLOW_FACTOR, SLOW_FLOOR = 8, 20.0   # near-hang: slower than 8x the example pack's build, and over 20 s
GRACE = 1.5                  # seconds a worker gets to notice its parent died
CANARY_SVG_TEXT = "SVGCANARYSECRET42"
CANARY_TXT_TEXT = "TXTCANARYSECRET43"
PASSWD_LEAK = "root:x:0:0"
Verdict = tuple[str, str]
Started = tuple["subprocess.Popen[bytes]", str, Path]   # a background process, its tag, its stderr file


# ============================================================== records and verdicts

@dataclass
class Attempt:
    area: int
    name: str
    outcome: str
    reason: str
    seconds: float = 0.0


@dataclass
class Run:
    argv: list[str]
    rc: int | None
    out: str
    err: str
    err_bytes: int
    seconds: float
    timed_out: bool
    max_rss_mb: float
    survivors: list[str] = field(default_factory=list)   # processes of this run still alive after it ended
    mem_cap: int | None = None


def worst(*verdicts: Verdict) -> Verdict:
    """The worst verdict; among equals the first with a reason (so it names the first example)."""
    best: Verdict | None = None
    for verdict in verdicts:
        if best is None or SEVERITY[verdict[0]] > SEVERITY[best[0]] or (
                SEVERITY[verdict[0]] == SEVERITY[best[0]] and not best[1]):
            best = verdict
    return best or (OK, "")


def combine(verdicts: list[Verdict], what: str = "") -> Verdict:
    """One verdict for an attempt made of several runs: the worst, with a tally of the rest."""
    if not verdicts:
        return (OK, what)
    outcome, reason = worst(*verdicts)
    if len(verdicts) > 1:
        bad = sum(1 for v in verdicts if v[0] == outcome)
        reason = f"{bad}/{len(verdicts)} runs {outcome}: {reason}" if outcome != OK else f"all {len(verdicts)} runs OK; {reason}"
    return outcome, reason


def one_line(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def first_message(run: Run) -> str:
    """The user-facing message of a run: stderr's first lines, or stdout's."""
    text = run.err.strip() or run.out.strip()
    lines = [l for l in text.splitlines() if l.strip()][:3]
    return one_line(" | ".join(lines), 140)


def internal_error_line(text: str) -> str:
    match = re.search(r"internal error: ([^\n]*)", text)
    return one_line(match.group(1), 120) if match else one_line(text, 120)


def traceback_line(text: str) -> str:
    lines = [l for l in text.splitlines() if l.strip()]
    tail = next((l for l in reversed(lines) if re.match(r"^[A-Za-z_.]*(Error|Exception|Interrupt)\b", l.strip())), "")
    return one_line(f"traceback: {tail}" if tail else "traceback shown", 120)


def clear_refusal(run: Run) -> bool:
    """A non-zero exit that says why: an "Error:" (or click "Usage:") message on stderr."""
    return run.rc is not None and run.rc > 0 and run.rc != 70 and bool(re.search(r"^(Error|Usage)\b", run.err, re.M))


def judge(run: Run, ok_rcs: Iterable[int] | None = None, what: str = "", refuse: bool = False) -> Verdict:
    """The generic verdict for one run of spinout. By default exit 0, exit 1 (checks failed) and
    any refusal with a clear "Error:" message are fine; `ok_rcs` narrows that to given codes;
    `refuse` means the input must be refused (exit 0 is then a silent acceptance: MINOR)."""
    prefix = f"{what}: " if what else ""
    text = run.out + "\n" + run.err
    if run.survivors:
        return LOSS, f"{prefix}worker process left running after exit ({', '.join(run.survivors)})"
    if run.timed_out:
        return HANG, f"{prefix}no result after {run.seconds:.0f} s (killed)"
    if "MemoryError" in text:
        cap = f" under a {run.mem_cap / 1024 ** 3:g} GB cap" if run.mem_cap else ""
        return HANG, f"{prefix}MemoryError{cap} after {run.seconds:.1f} s, peak {run.max_rss_mb:.0f} MB"
    if run.max_rss_mb > MEM_BLOWUP_MB:
        return HANG, f"{prefix}memory blow-up: peak {run.max_rss_mb:.0f} MB in {run.seconds:.1f} s (exit {run.rc})"
    if "Traceback (most recent call last)" in text:
        return TB, prefix + traceback_line(text)
    if run.rc == 70 or "internal error" in run.err:
        return CRASH, f"{prefix}exit {run.rc}: {internal_error_line(run.err)}"
    if run.rc is not None and run.rc < 0:
        return CRASH, f"{prefix}died from signal {-run.rc}"
    if ok_rcs is not None:
        fine = run.rc in set(ok_rcs)
    else:
        fine = run.rc in (0, 1) or clear_refusal(run)
    if refuse and run.rc == 0:
        return MINOR, f"{prefix}accepted silently (exit 0): {first_message(run)}"
    if not fine:
        return MINOR, f"{prefix}unexpected exit {run.rc}: {first_message(run)}"
    return OK, f"{prefix}exit {run.rc}: {first_message(run)}"


def judge_env_fault(run: Run, what: str = "") -> Verdict:
    """A fault in the environment (disk full, /dev/full, a missing library): a clear message is
    OK; exit 70 ("a fault in spinout") misplaces the blame, which the review counts as MINOR."""
    verdict = judge(run, what=what)
    if verdict[0] == CRASH and run.rc == 70:
        return MINOR, f"{what + ': ' if what else ''}environment fault reported as a spinout bug: {internal_error_line(run.err)}"
    return verdict


# ============================================================== processes

def _tagged_pids(tag: str) -> list[int]:
    """Live (non-zombie) processes whose environment carries SPINOUT_ATTACK_TAG=tag."""
    needle = f"SPINOUT_ATTACK_TAG={tag}".encode()
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            if needle not in environ.split(b"\0"):
                continue
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            pids.append(int(entry))
    return pids


def _describe(pid: int) -> str:
    try:
        comm = Path(f"/proc/{pid}/comm").read_text().strip()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return str(pid)
    short = comm if "spinout-pdf" in comm or not cmd else one_line(cmd.split(" ", 2)[-1], 40)
    return f"pid {pid} {short}"


def survivors(tag: str, grace: float = GRACE) -> list[str]:
    """Processes of a finished run still alive after `grace` seconds, described."""
    end = time.monotonic() + grace
    pids = _tagged_pids(tag)
    while pids and time.monotonic() < end:
        time.sleep(0.1)
        pids = _tagged_pids(tag)
    return [_describe(pid) for pid in pids]


def kill_tagged(tag: str) -> None:
    for pid in _tagged_pids(tag):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def rss_mb(pids: Iterable[int]) -> float:
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        match = re.search(r"VmRSS:\s+(\d+) kB", status)
        total += int(match.group(1)) if match else 0
    return total / 1024


# ============================================================== the lab: temp folder, runner, helpers

class Lab:
    def __init__(self, exe: str, timeout: float, keep: bool) -> None:
        self.exe = exe
        self.timeout = timeout
        self.ui_wait = min(timeout, 20.0)
        self.keep = keep
        self.root = Path(tempfile.mkdtemp(prefix="spinout-attack-"))
        self.short = Path(tempfile.mkdtemp(prefix="sa"))   # canaries: short paths fit in names
        self.cache = self.root / "cache"
        self.token = f"{os.getpid()}-{int(time.time())}"
        self.counter = 0
        self.cases = 0
        self.mounts: list[Path] = []
        self.tmux_socket = f"spinout-attack-{os.getpid()}"
        self.has_strace = shutil.which("strace") is not None
        # stop only at the traced calls (much faster for a multi-process build) where supported
        self.strace_fast = ["--seccomp-bpf"] if self.has_strace and subprocess.run(
            ["strace", "--seccomp-bpf", "-f", "-qq", "-e", "trace=rename", "-o", "/dev/null", "true"],
            capture_output=True).returncode == 0 else []
        self.has_pdftotext = shutil.which("pdftotext") is not None
        self.has_tmux = shutil.which("tmux") is not None
        self._ref_pack: Path | None = None
        self._ref_seconds = 0.0
        self._can_mount: bool | None = None

    # -- environment and runs

    def env(self, tag: str, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SPINOUT_")}
        env.update(SPINOUT_CACHE_DIR=str(self.cache), XDG_CACHE_HOME=str(self.root / "xdg-cache"),
                   PYTHONDONTWRITEBYTECODE="1", SPINOUT_ATTACK_TAG=tag)
        env.update(extra or {})
        return {k: v for k, v in env.items() if v is not None}

    def new_tag(self) -> str:
        self.counter += 1
        return f"{self.token}-{self.counter}"

    def case(self, name: str) -> Path:
        self.cases += 1
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]
        path = self.root / "cases" / f"{self.cases:03d}-{slug}"
        path.mkdir(parents=True)
        return path

    def run(self, argv: list[str], cwd: Path, *, env: dict[str, str] | None = None, timeout: float | None = None,
            stdin: Any = subprocess.DEVNULL, stdout: Any = None, mem: int | None = None,
            check_survivors: bool = True) -> Run:
        """Run a command in its own session; on timeout kill its whole group. Measures peak RSS."""
        tag = self.new_tag()
        full_env = self.env(tag, env)
        limit = timeout if timeout is not None else self.timeout

        def preexec() -> None:
            if mem:
                resource.setrlimit(resource.RLIMIT_AS, (mem, mem))

        with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
            start = time.monotonic()
            proc = subprocess.Popen(argv, cwd=cwd, env=full_env, stdin=stdin, stdout=stdout if stdout is not None else out_f,
                                    stderr=err_f, start_new_session=True, preexec_fn=preexec if mem else None)
            timed_out = False
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.monotonic() - start > limit:
                    timed_out = True
                    _killpg(proc.pid)
                    pid, status, usage = os.wait4(proc.pid, 0)
                    break
                time.sleep(0.02)
            seconds = time.monotonic() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            left = [] if timed_out or not check_survivors else survivors(tag)
            _killpg(proc.pid)
            kill_tagged(tag)
            out_f.seek(0)
            err_f.seek(0)
            out = out_f.read(2_000_000).decode(errors="replace")
            err_f.seek(0, 2)
            err_bytes = err_f.tell()
            err_f.seek(0)
            err = err_f.read(2_000_000).decode(errors="replace")
        return Run(argv, proc.returncode, out, err, err_bytes, seconds, timed_out, usage.ru_maxrss / 1024, left, mem)

    def spinout(self, *args: str, cwd: Path, **kw: Any) -> Run:
        return self.run([self.exe, *args], cwd, **kw)

    @contextmanager
    def started(self, argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> Iterator[Started]:
        """A background process in its own session (for signals and races); killed afterwards."""
        tag = self.new_tag()
        err_path = cwd / f".stderr-{tag}"
        with open(err_path, "wb") as err:
            proc = subprocess.Popen(argv, cwd=cwd, env=self.env(tag, env), stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        try:
            yield proc, tag, err_path
        finally:
            _killpg(proc.pid)
            kill_tagged(tag)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            err_path.unlink(missing_ok=True)

    # -- the base pack and variants (the review's M helper)

    @property
    def base(self) -> Path:
        return self.root / "base"

    def build_base(self) -> None:
        run = self.spinout("build", "--example", "social-care", "-o", "base", "--no-pdf", cwd=self.root)
        if run.rc != 0 or not (self.base / "answers.yml").is_file():
            raise SystemExit(f"cannot build base/: exit {run.rc}\n{run.err}")

    def ref_pack(self) -> Path:
        """A full pack (with PDFs) built once from base/answers.yml, to copy and compare."""
        if self._ref_pack is None:
            path = self.root / "ref"
            run = self.spinout("build", str(self.base / "answers.yml"), "-o", str(path), cwd=self.root)
            if run.rc != 0:
                raise RuntimeError(f"reference build failed: {first_message(run)}")
            again = self.spinout("build", str(self.base / "answers.yml"), "-o", str(self.root / "ref-timing"), cwd=self.root)
            self._ref_seconds = again.seconds   # with a warm cache, as the attacks run
            shutil.rmtree(self.root / "ref-timing", ignore_errors=True)
            self._ref_pack = path
        return self._ref_pack

    def ref_seconds(self) -> float:
        self.ref_pack()
        return self._ref_seconds

    def answers(self) -> dict[str, Any]:
        return yaml.safe_load((self.base / "answers.yml").read_text(encoding="utf-8"))

    def variant(self, dst: Path, mutate: Callable[[dict[str, Any]], None]) -> Path:
        """The review's M helper: load base/answers.yml, mutate, safe_dump."""
        d = self.answers()
        mutate(d)
        with open(dst, "w", encoding="utf-8") as handle:
            yaml.safe_dump(d, handle, allow_unicode=True, sort_keys=False)
        return dst

    def text_variant(self, dst: Path, change: Callable[[str], str]) -> Path:
        dst.write_text(change((self.base / "answers.yml").read_text(encoding="utf-8")), encoding="utf-8")
        return dst

    def bytes_variant(self, dst: Path, change: Callable[[bytes], bytes]) -> Path:
        dst.write_bytes(change((self.base / "answers.yml").read_bytes()))
        return dst

    # -- mounts (tmpfs), for full disks, read-only and other filesystems

    def can_mount(self) -> bool:
        if self._can_mount is None:
            probe = self.root / "mount-probe"
            probe.mkdir()
            self._can_mount = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                                             capture_output=True).returncode == 0
            if self._can_mount:
                subprocess.run(["umount", str(probe)], capture_output=True)
        return self._can_mount

    @contextmanager
    def tmpfs(self, path: Path, size: str = "2m") -> Iterator[Path]:
        path.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True, capture_output=True)
        self.mounts.append(path)
        try:
            yield path
        finally:
            self.unmount(path)

    def remount_ro(self, path: Path) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True, capture_output=True)

    def unmount(self, path: Path) -> None:
        if path in self.mounts:
            for _ in range(10):
                if subprocess.run(["umount", str(path)], capture_output=True).returncode == 0:
                    break
                time.sleep(0.3)
            self.mounts.remove(path)

    # -- cleanup

    def cleanup(self) -> None:
        if self.has_tmux:
            subprocess.run(["tmux", "-L", self.tmux_socket, "kill-server"], capture_output=True)
            socket_dir = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
            (socket_dir / self.tmux_socket).unlink(missing_ok=True)
        for pid in _tagged_pids_prefix(self.token):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        for path in list(self.mounts):
            self.unmount(path)
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)
            shutil.rmtree(self.short, ignore_errors=True)


def _tagged_pids_prefix(token: str) -> list[int]:
    needle = f"SPINOUT_ATTACK_TAG={token}-".encode()
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if any(v.startswith(needle) for v in Path(f"/proc/{entry}/environ").read_bytes().split(b"\0")):
                    pids.append(int(entry))
            except OSError:
                pass
    return pids


def _killpg(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass


# ============================================================== inspecting output

def file_hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def pack_problem(folder: Path) -> str | None:
    """Why `folder` is not a complete, self-consistent pack (None when it is)."""
    manifest = folder / "manifest.json"
    if not folder.is_dir():
        return f"{folder.name} is missing"
    try:
        listed = {f["path"]: f["sha256"] for f in json.loads(manifest.read_text())["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return f"{folder.name}/manifest.json missing or unreadable"
    actual = file_hashes(folder)
    actual.pop("manifest.json", None)
    if actual != listed:
        diff = sorted(set(actual.items()) ^ set(listed.items()))
        return f"{folder.name} does not match its manifest ({one_line(str([d[0] for d in diff[:3]]), 60)})"
    return None


STRAY = re.compile(r"^\..*(\.partial|\.tmp|\.old|\.old-.*)$")


def strays(folder: Path) -> list[Path]:
    """Hidden staging / backup leftovers in `folder`, whatever spinout's naming scheme:
    `.NAME.*.partial`, `.NAME.old-*`, `.spinout-*.old`, `.FILE.*.tmp` (this script's own
    `.stderr-*` / `.rc-*` files aside; lock files are designed to stay and are not counted)."""
    found = []
    for entry in sorted(folder.iterdir()) if folder.is_dir() else []:
        if entry.name.startswith((".stderr-", ".rc-")):
            continue
        if STRAY.match(entry.name):
            found.append(entry)
    return found


def stray_verdict(folder: Path, what: str = "") -> Verdict:
    found = strays(folder)
    if not found:
        return OK, ""
    dirs = [p for p in found if p.is_dir() and not p.is_symlink()]
    prefix = f"{what}: " if what else ""
    if dirs:
        return LOSS, f"{prefix}stray staging/backup folder(s) left: {', '.join(p.name[:40] for p in dirs[:2])}"
    return MINOR, f"{prefix}stray hidden {'symlink' if found[0].is_symlink() else 'file'} left: {found[0].name[:50]}"


def remove_strays(folder: Path) -> None:
    for path in strays(folder):
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() and not path.is_symlink() else path.unlink()


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, timeout=60)
        return done.stdout.decode(errors="replace")
    if pypdf is None:
        return ""
    try:
        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    except Exception:
        return ""


def pack_texts(folder: Path) -> dict[str, str]:
    """Every output file as text: PDFs through pdftotext, DOCX as their XML, the rest as text."""
    texts = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(folder).as_posix()
        if path.suffix == ".pdf":
            texts[rel] = pdf_text(path)
        elif path.suffix == ".docx":
            try:
                with zipfile.ZipFile(path) as z:
                    texts[rel] = "\n".join(z.read(n).decode(errors="replace") for n in z.namelist() if n.endswith(".xml"))
            except zipfile.BadZipFile:
                texts[rel] = ""
        else:
            texts[rel] = path.read_bytes().decode(errors="replace")
    return texts


def docx_xml_problem(folder: Path) -> str | None:
    for path in sorted(folder.rglob("*.docx")):
        try:
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    if name.endswith(".xml") or name.endswith(".rels"):
                        ET.fromstring(z.read(name))
        except (zipfile.BadZipFile, ET.ParseError) as exc:
            return f"{path.name}: {one_line(str(exc), 60)}"
    return None


def pdf_images(path: Path) -> int:
    """Image XObjects in a PDF (through forms too)."""
    if pypdf is None or not path.is_file():
        return 0
    count = 0

    def walk(resources: Any, seen: set[int]) -> None:
        nonlocal count
        try:
            xobjects = resources.get("/XObject") if resources else None
            xobjects = xobjects.get_object() if xobjects is not None else {}
        except Exception:
            return
        for ref in xobjects.values():
            obj = ref.get_object()
            key = id(obj)
            if key in seen:
                continue
            seen.add(key)
            if obj.get("/Subtype") == "/Image":
                count += 1
            elif obj.get("/Subtype") == "/Form":
                walk(obj.get("/Resources"), seen)

    try:
        for page in pypdf.PdfReader(str(path)).pages:
            walk(page.get("/Resources"), set())
    except Exception:
        return count
    return count


def pdf_link_uris(path: Path) -> list[str]:
    if pypdf is None or not path.is_file():
        return []
    uris = []
    try:
        for page in pypdf.PdfReader(str(path)).pages:
            for annot in page.get("/Annots") or []:
                obj = annot.get_object()
                action = obj.get("/A")
                if obj.get("/Subtype") == "/Link" and action is not None:
                    uri = action.get_object().get("/URI")
                    if uri is not None:
                        uris.append(str(uri))
    except Exception:
        pass
    return uris


class Listener:
    """A local HTTP-ish listener counting connection attempts (answers 404 and closes)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.count = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.count += 1
            try:
                conn.settimeout(1)
                conn.recv(4096)
                conn.sendall(b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            except OSError:
                pass
            conn.close()

    def close(self) -> None:
        self.sock.close()


def traced(lab: Lab, argv: list[str], trace_file: Path) -> list[str]:
    """argv under `strace -f` recording connect and open calls (unchanged without strace)."""
    if not lab.has_strace:
        return argv
    return ["strace", *lab.strace_fast, "-f", "-qq", "-e", "trace=connect,open,openat", "-o", str(trace_file), "--", *argv]


def trace_counts(trace_file: Path, port: int | None, paths: Iterable[Path]) -> tuple[int, list[str]]:
    """(connects to 127.0.0.1:port, canary files opened successfully) from a strace log."""
    if not trace_file.is_file():
        return 0, []
    text = trace_file.read_text(errors="replace")
    connects = len(re.findall(rf"connect\(.*sin_port=htons\({port}\).*127\.0\.0\.1", text)) if port else 0
    opened = [p.name for p in paths if re.search(rf"open(at)?\(.*\"{re.escape(str(p))}\".* = \d+", text)]
    return connects, opened


def write_canaries(folder: Path) -> tuple[Path, Path, Path]:
    svg = folder / "c.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="420" height="40">'
                   f'<text x="5" y="30" font-size="20">{CANARY_SVG_TEXT}</text></svg>\n')
    png = folder / "c.png"
    png.write_bytes(_tiny_png())
    txt = folder / "s.txt"
    txt.write_text(f"{CANARY_TXT_TEXT}\n")
    return svg, png, txt


def _tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def injection_verdict(lab: Lab, out: Path, trace_file: Path, canaries: Iterable[Path], listener: Listener | None,
                      what: str = "") -> Verdict:
    """Did a canary's content reach any output, a canary file get opened, or a connection get made?"""
    findings: list[str] = []
    if out.is_dir():
        texts = pack_texts(out)
        hits = sorted({name for name, text in texts.items() if CANARY_SVG_TEXT in text or CANARY_TXT_TEXT in text})
        if hits:
            findings.append(f"canary text in {', '.join(hits[:3])}")
        leaks = sorted(name for name, text in texts.items() if PASSWD_LEAK in text)
        if leaks:
            findings.append(f"/etc/passwd content in {', '.join(leaks[:3])}")
        reference = pdf_images(lab.ref_pack() / "review.pdf")
        images = pdf_images(out / "review.pdf")
        if images > reference:
            findings.append(f"review.pdf embeds {images - reference} extra image(s)")
    connects, opened = trace_counts(trace_file, listener.port if listener else None, canaries)
    accepted = listener.count if listener else 0
    if max(connects, accepted):
        findings.append(f"{max(connects, accepted)} connection(s) to 127.0.0.1:{listener.port if listener else '?'}")
    if opened:
        findings.append(f"opened {', '.join(opened)}")
    prefix = f"{what}: " if what else ""
    if findings:
        return INJ, prefix + "; ".join(findings)
    if not out.is_dir():
        return OK, ""          # nothing was built: the build's own verdict says why
    return OK, prefix + "no canary in the outputs, no canary file opened, no connection"


# ============================================================== running the attempts

Attempts = list[Attempt]


class Area:
    """Collects the attempts of one area; each attempt is a function returning a verdict."""

    def __init__(self, lab: Lab, number: int, results: Attempts, verbose: bool = True) -> None:
        self.lab, self.number, self.results, self.verbose = lab, number, results, verbose

    def attempt(self, name: str, fn: Callable[[Path], Verdict | None]) -> None:
        start = time.monotonic()
        case = self.lab.case(name)
        try:
            verdict = fn(case)
            outcome, reason = verdict if verdict is not None else (NOT_AUTOMATED, "not automated")
        except Observed as observed:
            outcome, reason = observed.verdict
        except NotAutomated as why:
            outcome, reason = NOT_AUTOMATED, f"not automated: {why}"
        except Exception as exc:  # a fault of this script, not of spinout: say so, do not guess
            outcome, reason = HARNESS_ERROR, f"harness error: {type(exc).__name__}: {one_line(str(exc), 90)}"
        attempt = Attempt(self.number, name, outcome, one_line(reason, 170), time.monotonic() - start)
        self.results.append(attempt)
        if self.verbose:
            print_attempt(attempt, flush=True)


class NotAutomated(Exception):
    """The attempt could not be driven unattended here (a missing tool, a screen not reached)."""


class Observed(Exception):
    """A verdict found deep inside a scripted flow (say, a traceback where a menu should be)."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(verdict[1])
        self.verdict = verdict


def build(lab: Lab, case: Path, answers: Path | str, out: str = "out", *extra: str, pdf: bool = False, **kw: Any) -> Run:
    args = ["build", str(answers), "-o", out, *extra]
    if not pdf:
        args.append("--no-pdf")
    return lab.spinout(*args, cwd=case, **kw)


def check(lab: Lab, case: Path, answers: Path | str, **kw: Any) -> Run:
    return lab.spinout("check", str(answers), cwd=case, **kw)


def slow_cap(lab: Lab) -> float:
    """The near-hang threshold: SLOW_FACTOR times the example pack's build on this machine, at
    least SLOW_FLOOR seconds (and never over --timeout). A build still running then is a HANG."""
    return min(lab.timeout, max(SLOW_FLOOR, SLOW_FACTOR * lab.ref_seconds()))


def slow_verdict(lab: Lab, run: Run, what: str = "") -> Verdict:
    """A near-hang: a build that took over slow_cap() seconds (killed there)."""
    reference = lab.ref_seconds()
    prefix = f"{what}: " if what else ""
    if run.timed_out:
        return HANG, (f"{prefix}near-hang: still running after {run.seconds:.0f} s (killed), "
                      f"the example pack builds in {reference:.1f} s")
    if run.seconds <= slow_cap(lab):
        return OK, ""
    return HANG, f"{prefix}near-hang: {run.seconds:.0f} s, the example pack builds in {reference:.1f} s"


def built_and_clean(case: Path, run: Run, what: str = "") -> Verdict:
    """The verdict for a build that should succeed or refuse clearly, plus stray leftovers."""
    return worst(judge(run, what=what), stray_verdict(case, what) if not run.timed_out else (OK, ""))


def set_path(d: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for part in parts[:-1]:
        d = d[int(part)] if isinstance(d, list) else d[part]
    last = parts[-1]
    if isinstance(d, list):
        d[int(last)] = value
    else:
        d[last] = value


def replace_line(text: str, prefix: str, new: str) -> str:
    """Replace the first line starting with `prefix` (indentation included) by `new`."""
    lines = text.split("\n")
    index = next(i for i, l in enumerate(lines) if l.startswith(prefix))
    lines[index] = new
    return "\n".join(lines)


# ============================================================== area 1: free text

def area_free_text(lab: Lab, results: Attempts) -> None:
    area = Area(lab, 1, results)
    # a short folder, so three image references fit in a 100-character class name
    svg, png, txt = write_canaries(lab.short)
    image = f"![s]({svg}) ![p]({png}) ![t]({txt})"
    core = ("{{ 7*7 }} {% for x in range(10**9) %}{% endfor %} {{ ''.__class__.__mro__ }} {_{ 7*7 }_} {%p if 1 %} "
            "& < > \" ' ]]> <script>alert(1)</script> <img src=\"file:///etc/passwd\"> "
            "<link rel=\"attachment\" href=\"file:///etc/passwd\"> <style>@import url(file:///etc/passwd);</style> ")
    payload = (core + image + " ").ljust(537, "z")[:537]

    def every_field(d: dict[str, Any], text: str, society_name: str) -> None:
        d["society"]["name"] = society_name
        d["society"]["registered_office"] = text
        d["society"]["objects"] = [text, text]
        d["service"]["parent_body"] = text
        d["service"]["description"] = text
        d["asset_lock"]["recipient"] = text
        d["profits"]["participation_basis"] = text
        d["commitments"]["union_name"] = text
        d["prepared_by"] = text
        for c in d["member_classes"]:
            c["name"], c["eligibility"] = f"{c['key']} {text}", text
        for s in d["business_case"]["staff"]:
            s["role"] = f"{s['role']} {text}"
        for i, f in enumerate(d["founders"]):
            f["name"] = f"{f['name']} {i} {text}"

    long_file = lab.root / "injection-long.yml"
    lab.variant(long_file, lambda d: every_field(d, payload, payload + " Limited"))
    short_file = lab.root / "injection-short.yml"
    short_text = f"Evil {{{{ 7*7 }}}} <b>x</b> {image} Co-operative"

    def short_names(d: dict[str, Any]) -> None:
        # the society name (not ending in "Limited") and prepared_by, which go into DOCX properties, stay short
        every_field(d, payload, short_text)
        d["prepared_by"] = "Evil {{ 7*7 }} <b>x</b>"
    lab.variant(short_file, short_names)
    outcomes: dict[str, Verdict] = {}

    def combined_long(case: Path) -> Verdict:
        run = build(lab, case, long_file, pdf=True)
        outcomes["long"] = judge(run)
        return worst(injection_verdict(lab, case / "out", case / "none", (svg, png, txt), None) if run.rc == 0 else (OK, ""),
                     built_and_clean(case, run))

    def combined_short(case: Path) -> Verdict:
        trace = case / "strace.log"
        run = lab.run(traced(lab, [lab.exe, "build", str(short_file), "-o", "out"], trace), case)
        verdict = built_and_clean(case, run)
        if run.rc != 0:
            return verdict
        texts = pack_texts(case / "out")
        literal = sum(t.count("7*7") for n, t in texts.items() if n.endswith(".md"))
        extra: list[Verdict] = [injection_verdict(lab, case / "out", trace, (svg, png, txt), None)]
        if literal == 0:
            extra.append((INJ, "the template markers vanished from every .md (template run?)"))
        bad_xml = docx_xml_problem(case / "out")
        if bad_xml:
            extra.append((LOSS, f"invalid DOCX XML: {bad_xml}"))
        if worst(*extra)[0] != OK:
            return worst(verdict, *extra)
        return OK, f"exit 0; templates not run ({literal} literal markers), DOCX XML valid, no canary"

    def check_injection(case: Path) -> Verdict:
        run = check(lab, case, long_file)
        verdict = judge(run)
        build_verdict = outcomes.get("long")
        if verdict[0] == OK and run.rc in (0, 1) and build_verdict and build_verdict[0] == CRASH:
            return MINOR, f"check exits {run.rc} (nothing about lengths) but build of the same file crashes: {build_verdict[1]}"
        return verdict

    def markdown_structure(case: Path) -> Verdict:
        x = lab.variant(case / "x.yml", lambda d: set_path(d, "member_classes.0.name",
                        "Workers\n\n# INJECTED HEADING: all checks passed\n\n[Click here to verify](http://evil.example/phish)"
                        "\n\n| a | b |\n|---|---|\n| c | d |"))
        run = build(lab, case, x, pdf=True)
        verdict = built_and_clean(case, run)
        if run.rc != 0:
            return verdict
        findings = []
        md = (case / "out" / "review.md").read_text(errors="replace")
        if re.search(r"^# INJECTED HEADING", md, re.M):
            findings.append("review.md has a real '# INJECTED HEADING' line")
        links = [u for u in pdf_link_uris(case / "out" / "review.pdf") if "evil.example" in u]
        if links:
            findings.append(f"review.pdf has a link annotation to {links[0]}")
        return (INJ, "; ".join(findings)) if findings else (OK, "exit 0; heading and link stayed literal text")

    def image_local(case: Path) -> Verdict:
        verdicts = []
        for label, key, text in (("class name", "member_classes.0.name", f"Workers {image}"),
                                 ("society name without Limited", "society.name", f"Evil {image} Co-operative")):
            x = lab.variant(case / f"{key}.yml", lambda d, k=key, t=text: set_path(d, k, t))
            trace, out = case / f"{key}.strace", f"out-{key}"
            run = lab.run(traced(lab, [lab.exe, "build", str(x), "-o", out], trace), case)
            verdicts.append(worst(injection_verdict(lab, case / out, trace, (svg, png, txt), None, label),
                                  built_and_clean(case, run, what=label)))
        return combine(verdicts)

    def image_http(n: int) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            listener = Listener()
            try:
                urls = [f"![x](http://127.0.0.1:{listener.port}/{i}.png)" for i in range(n)]
                half = n // 2

                def mutate(d: dict[str, Any]) -> None:
                    d["member_classes"][0]["name"] = "Workers " + " ".join(urls[:half])
                    d["member_classes"][1]["name"] = "Users " + " ".join(urls[half:])

                x = lab.variant(case / "x.yml", mutate)
                trace = case / "strace.log"
                run = lab.run(traced(lab, [lab.exe, "build", str(x), "-o", "out"], trace), case)
                time.sleep(0.2)
                return worst(injection_verdict(lab, case / "out", trace, (), listener), built_and_clean(case, run))
            finally:
                listener.close()
        return attempt

    def redline(case: Path) -> Verdict:
        run = lab.spinout("diff", str(lab.base / "answers.yml"), str(short_file), "-o", "red", cwd=case)
        verdict = built_and_clean(case, run)
        if run.rc == 0 and (case / "red").is_dir():
            texts = pack_texts(case / "red")
            if any(CANARY_SVG_TEXT in t or CANARY_TXT_TEXT in t or PASSWD_LEAK in t for t in texts.values()):
                return INJ, "canary or /etc/passwd text in the redline"
        return verdict

    def round_trip(case: Path) -> Verdict:
        first = build(lab, case, short_file, "p1")
        if first.rc != 0:
            return judge(first, what="first build")
        second = build(lab, case, "p1/answers.yml", "p2")
        verdict = worst(judge(second), stray_verdict(case))
        if verdict[0] != OK:
            return verdict
        a, b = file_hashes(case / "p1"), file_hashes(case / "p2")
        differ = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        return (MINOR, f"rebuild differs in {', '.join(differ[:4])}") if differ else (OK, f"all {len(a)} files identical")

    def unicode_build(case: Path) -> Verdict:
        odd = "Caf\u0065\u0301 \ufffe\uffff line\u2028sep zw\u200dj \u202eevil\u202c \U0001F469\u200d\U0001F467"

        def mutate(d: dict[str, Any]) -> None:
            d["member_classes"][0]["name"] = f"Workers {odd}"
            d["society"]["objects"][0] = f"To test {odd}."
            d["founders"][1]["name"] = f"Gareth {odd}"
        x = lab.variant(case / "x.yml", mutate)
        return built_and_clean(case, build(lab, case, x))

    def name_with(escape: str) -> Callable[[Path], Verdict]:
        """A YAML double-quoted escape (such as \\x00) inside the society name."""
        def attempt(case: Path) -> Verdict:
            x = lab.text_variant(case / "x.yml", lambda t: t.replace(
                "  name: Riverside Care Co-operative Limited", f'  name: "Riverside{escape}Care Co-operative Limited"', 1))
            run = check(lab, case, x)
            if run.rc == 0:
                return MINOR, f"accepted the escape {escape} silently"
            return judge(run)
        return attempt

    def raw_bytes(case: Path) -> Verdict:
        verdicts = []
        for byte in (b"\x00", b"\x0b", b"\x1b", b"\x7f"):
            x = lab.bytes_variant(case / f"x{byte[0]}.yml", lambda raw, b=byte: raw.replace(
                b"name: Riverside Care", b"name: Riverside" + b + b"Care", 1))
            run = check(lab, case, x)
            verdicts.append((MINOR, f"raw byte {byte!r} accepted") if run.rc == 0 else judge(run, what=repr(byte)))
        return combine(verdicts)

    def surrogate(escape: str) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            x = lab.text_variant(case / "x.yml", lambda t: t.replace(
                "  name: Riverside Care Co-operative Limited", f'  name: "Riverside {escape} Co-operative Limited"', 1))
            run = check(lab, case, x)
            return (MINOR, "lone surrogate accepted") if run.rc == 0 else judge(run)
        return attempt

    def odd_names_check(case: Path) -> Verdict:
        verdicts = []
        for odd in ("\uffff", "\u2028", "\U0001F600"):
            x = lab.variant(case / f"x{ord(odd)}.yml", lambda d, o=odd: set_path(d, "society.name", f"Riverside {o} Limited"))
            verdicts.append(judge(check(lab, case, x), what=f"U+{ord(odd):04X}"))
        return combine(verdicts)

    def long_name(n: int) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            x = lab.variant(case / "x.yml", lambda d: set_path(d, "society.name", "N" * n))
            run = check(lab, case, x)
            verdict = judge(run)
            if verdict[0] == OK and run.err_bytes > 10_000:
                return MINOR, f"the error echoes the value: {run.err_bytes:,} bytes of stderr"
            return verdict
        return attempt

    def society_name_builds(lengths: tuple[int, ...]) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            verdicts = []
            for n in lengths:
                x = lab.variant(case / f"n{n}.yml", lambda d, n=n: set_path(d, "society.name", "A" * (n - 8) + " Limited"))
                run = build(lab, case, x, f"out{n}")
                verdict = built_and_clean(case, run, what=f"{n} chars")
                if verdict[0] == CRASH:
                    checked = check(lab, case, x)
                    if checked.rc in (0, 1):
                        verdict = (CRASH, f"{verdict[1]} (check exits {checked.rc})")
                verdicts.append(verdict)
            return combine(verdicts)
        return attempt

    def prepared_by_long(case: Path) -> Verdict:
        x = lab.variant(case / "x.yml", lambda d: set_path(d, "prepared_by", "P" * 300))
        return built_and_clean(case, build(lab, case, x))

    def dotdot_name(case: Path) -> Verdict:
        x = lab.variant(case / "x.yml", lambda d: set_path(d, "society.name", "../../../tmp/x/../evil Limited"))
        before = set(os.listdir(lab.root))
        verdict = built_and_clean(case, build(lab, case, x))
        outside = set(os.listdir(lab.root)) - before - {"cases"}
        if outside or (case / ".." / "evil").exists():
            return LOSS, f"files appeared outside the output: {sorted(outside)[:3]}"
        return verdict

    def founders(n: int, size: int, spaced: bool, maxed: bool) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            def name(i: int) -> str:
                if spaced:
                    return (f"Founder {i} " + "word " * size)[:size].strip()
                return f"f{i}" + "F" * (size - 10)

            def mutate(d: dict[str, Any]) -> None:
                classes = [c["key"] for c in d["member_classes"]]
                d["founders"] = [{"name": name(i), "member_class": classes[i % len(classes)], "secretary": i == 0}
                                 for i in range(n)]
                if maxed:
                    filler = ("plain words for a long object " * 80)[:2000].strip()
                    d["society"]["objects"] = [filler] * 20
                    d["service"]["description"] = filler
                    for c in d["member_classes"]:
                        c["eligibility"] = filler
            x = lab.variant(case / "x.yml", mutate)
            run = build(lab, case, x, pdf=True, timeout=slow_cap(lab))
            verdict = worst(slow_verdict(lab, run), built_and_clean(case, run))
            return verdict if verdict[0] != OK else (OK, f"exit {run.rc} in {run.seconds:.0f} s: {first_message(run)[:80]}")
        return attempt

    def unbreakable_roles_classes(case: Path) -> Verdict:
        def roles(d: dict[str, Any]) -> None:
            d["business_case"]["staff"] = [{"role": f"r{i}" + "R" * 1990, "fte": 1, "salary": 25000} for i in range(10)]

        def classes(d: dict[str, Any]) -> None:
            template = d["member_classes"][1]
            d["member_classes"] = [dict(template, key=f"c{i}", name=f"c{i}" + "C" * 1990, board_seats=1, vote_share=10,
                                        employees=False) for i in range(10)]
            for i, f in enumerate(d["founders"]):
                f["member_class"] = f"c{i}"
        verdicts = []
        for label, mutate in (("roles", roles), ("classes", classes)):
            x = lab.variant(case / f"{label}.yml", mutate)
            run = build(lab, case, x, f"out-{label}", pdf=True, timeout=slow_cap(lab))
            verdicts.append(worst(slow_verdict(lab, run, f"10 {label}"),
                                  built_and_clean(case, run, what=f"10 {label} ({run.seconds:.0f} s)")))
        return combine(verdicts)

    area.attempt("combined injection payload in every free-text field, 537-char payload (build)", combined_long)
    area.attempt("combined injection, short society name (build with PDF): templates, DOCX XML, canaries", combined_short)
    area.attempt("check on the injection file", check_injection)
    area.attempt("Markdown structure injection via class name (heading, table, link)", markdown_structure)
    area.attempt("Markdown image to local SVG/PNG/text in a class name and a society name without Limited", image_local)
    area.attempt("Markdown image to http URLs x4 (outbound connects)", image_http(4))
    area.attempt("Markdown image to http URLs x40 (outbound connects)", image_http(40))
    area.attempt("redline (diff -o) of the injection file", redline)
    area.attempt("rebuild injection pack from its own answers.yml (round trip)", round_trip)
    area.attempt("unicode oddities build (U+FFFF, U+2028, ZWJ, RTL override, emoji, combining)", unicode_build)
    area.attempt("control char escape \\x00 in name", name_with("\\x00"))
    area.attempt("control char escape \\x0b in name", name_with("\\x0b"))
    area.attempt("control char escape \\x1b in name", name_with("\\x1b"))
    area.attempt("control char escape \\u0085 in name", name_with("\\u0085"))
    area.attempt("control char escape \\x7f in name", name_with("\\x7f"))
    area.attempt("raw control bytes (\\x00,\\x0b,\\x1b,\\x7f) in YAML (4 files)", raw_bytes)
    area.attempt("lone surrogate escape \\ud800", surrogate("\\ud800"))
    area.attempt("lone surrogate escape \\udfff", surrogate("\\udfff"))
    area.attempt("U+FFFF / U+2028 / emoji in name (check)", odd_names_check)
    area.attempt("10,000-char name", long_name(10_000))
    area.attempt("1,000,000-char name", long_name(1_000_000))
    area.attempt("society name 216-224 chars (build)", society_name_builds((216, 224)))
    area.attempt("society name 225+ chars (build; check passes)", society_name_builds((225, 240)))
    area.attempt("prepared_by 300 chars (build)", prepared_by_long)
    area.attempt("society name with ../ path segments", dotdot_name)
    area.attempt("50 founders with 2000-char unbreakable names + all fields at max (build)", founders(50, 2000, False, True))
    area.attempt("20 unbreakable 2000-char founder names (build with PDF)", founders(20, 2000, False, False))
    area.attempt("all fields at max with spaced words (build)", founders(50, 2000, True, True))
    area.attempt("10 unbreakable staff roles; 10 unbreakable class names", unbreakable_roles_classes)


# ============================================================== area 2: YAML, types, odd files

def area_yaml(lab: Lab, results: Attempts) -> None:
    area = Area(lab, 2, results)
    base_text = (lab.base / "answers.yml").read_text(encoding="utf-8")

    def checks(files: list[tuple[str, str | bytes]], expect_refusal: bool = True, **kw: Any) -> Callable[[Path], Verdict]:
        """check each (label, content) file; a refusal with a clear message is OK."""
        def attempt(case: Path) -> Verdict:
            verdicts = []
            for i, (label, content) in enumerate(files):
                path = case / f"f{i}.yml"
                (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
                run = check(lab, case, path, **kw)
                verdict = judge(run, what=label)
                if verdict[0] == OK and expect_refusal and run.rc == 0:
                    verdict = (MINOR, f"{label}: accepted silently (exit 0)")
                verdicts.append(verdict)
            return combine(verdicts)
        return attempt

    def appended(extra: str) -> str:
        return base_text.rstrip("\n") + "\n" + extra + "\n"

    def laughs(levels: int) -> str:
        lines = ['lol0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for n in range(1, levels + 1):
            lines.append(f"lol{n}: &l{n} [" + ",".join([f"*l{n - 1}"] * 9) + "]")
        return appended("\n".join(lines))

    def nested(depth: int, key: str = "x", maps: bool = False) -> str:
        body = ("{a: " * depth + "1" + "}" * depth) if maps else ("[" * depth + "]" * depth)
        return appended(f"{key}: {body}")

    def replaced(prefix: str, new: str) -> str:
        return replace_line(base_text, prefix, new)

    def python_tag(case: Path) -> Verdict:
        marker = case / "MARKER"
        verdicts = []
        for i, text in enumerate((appended(f"x: !!python/object/apply:os.system ['touch {marker}']"),
                                  replaced("prepared_by:", f"prepared_by: !!python/object/apply:os.system ['touch {marker}']"))):
            path = case / f"t{i}.yml"
            path.write_text(text)
            verdicts.append(judge(check(lab, case, path), what=f"placement {i + 1}"))
        if marker.exists():
            return INJ, "the python tag ran: marker file created"
        return combine(verdicts)

    def memory(name: str, text: str, cap: int = MEM_CAP) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            path = case / "x.yml"
            path.write_text(text)
            run = check(lab, case, path, mem=cap)
            verdict = judge(run, what=f"{name} levels")
            if verdict[0] != OK:
                return verdict
            return OK, f"{name} levels, {len(text):,} bytes: exit {run.rc} in {run.seconds:.1f} s, peak {run.max_rss_mb:.0f} MB"
        return attempt

    def duplicate_key(case: Path) -> Verdict:
        verdicts = []
        texts = [("prepared_by", appended("prepared_by: Evil Twin")),
                 ("society.name", replaced("  name: Riverside Care", "  name: Riverside Care Co-operative Limited\n"
                                                                     "  name: Evil Twin Co-operative Limited"))]
        for label, text in texts:
            path = case / f"{label}.yml"
            path.write_text(text)
            run = check(lab, case, path)
            verdict = judge(run, what=label)
            if verdict[0] == OK and run.rc == 0 and not re.search(r"duplicate|twice|more than once|repeated", run.out + run.err, re.I):
                verdict = (MINOR, f"{label}: second value wins with no warning (exit 0)")
            verdicts.append(verdict)
        return combine(verdicts)

    def latin1(case: Path) -> Verdict:
        path = lab.bytes_variant(case / "x.yml", lambda raw: raw.replace(b"Northtown Co-operative", b"Northtown Co-op\xe9rative", 1))
        run = check(lab, case, path)
        verdict = judge(run)
        line = next(i for i, l in enumerate(path.read_bytes().split(b"\n"), 1) if b"\xe9" in l)
        if verdict[0] == OK and run.rc != 0 and f"line {line}" not in run.err:
            return MINOR, f"no line number (the byte is on line {line}): {first_message(run)[:90]}"
        return verdict

    def service_not_mapping(case: Path) -> Verdict:
        verdicts = []
        for label, value in (("list", "service: [social-care]"), ("string", "service: social-care")):
            text = re.sub(r"^service:\n(  .*\n)+", value + "\n", base_text, count=1, flags=re.M)
            path = case / f"{label}.yml"
            path.write_text(text)
            run = check(lab, case, path)
            verdict = judge(run, what=label)
            if verdict[0] == OK and re.search(r"archetype is missing", run.err):
                verdict = (MINOR, f"{label}: says 'service.archetype is missing' when service is not a mapping")
            verdicts.append(verdict)
        return combine(verdicts)

    def non_string_keys(case: Path) -> Verdict:
        verdicts = []
        keys = [("null", "~: 1"), ("1.5", "1.5: x"), ("yes", "yes: 1"), ("3", "3: x"), ("date", "2026-01-01: x"),
                ("complex", "? [a, b]\n: 1")]
        for label, extra in keys:
            text = appended(extra)
            path = case / f"k-{label}.yml"
            path.write_text(text)
            line = len(base_text.rstrip("\n").split("\n")) + 1
            run = check(lab, case, path)
            verdict = judge(run, what=label)
            if verdict[0] == OK:
                if run.rc == 0:
                    verdict = (MINOR, f"key {label}: accepted silently")
                elif f"line {line}" not in run.err:
                    where = re.findall(r"line \d+", run.err)
                    verdict = (MINOR, f"key {label} on line {line}, message says {where[:1] or 'no line'}: {first_message(run)[60:140]}")
            verdicts.append(verdict)
        return combine(verdicts)

    def many_unknown(case: Path) -> Verdict:
        path = case / "x.yml"
        path.write_text(appended("\n".join(f"unknown{i:06d}: 1" for i in range(200_000))))
        run = check(lab, case, path)
        verdict = judge(run)
        if verdict[0] == OK and run.err_bytes > 1_000_000:
            return MINOR, f"{run.err_bytes / 1e6:.0f} MB of messages in {run.seconds:.0f} s"
        return verdict if verdict[0] != OK else (OK, f"{run.err_bytes:,} bytes of stderr in {run.seconds:.1f} s")

    def big_key_scalar(case: Path) -> Verdict:
        verdicts = []
        for label, text in (("1 MB key", appended("k" * 1_000_000 + ": 1")),
                            ("5 MB scalar", replaced("prepared_by:", "prepared_by: " + ("garbage-" * 655_360)[:5_000_000]))):
            path = case / "x.yml"
            path.write_text(text)
            run = check(lab, case, path)
            verdict = judge(run, what=label)
            if verdict[0] == OK and run.err_bytes > 20_000:
                verdict = (MINOR, f"{label}: {run.err_bytes:,} bytes of stderr")
            verdicts.append(verdict)
        return combine(verdicts)

    def devices(case: Path) -> Verdict:
        verdicts = []
        for dev, command in (("/dev/zero", "check"), ("/dev/zero", "build"), ("/dev/urandom", "check")):
            args = [command, dev] + (["-o", "out", "--no-pdf"] if command == "build" else [])
            run = lab.spinout(*args, cwd=case, mem=2 * 1024 ** 3)
            verdicts.append(judge(run, what=f"{command} {dev}"))
        return combine(verdicts)

    def fifo(case: Path) -> Verdict:
        path = case / "fifo.yml"
        os.mkfifo(path)
        wait = min(5.0, lab.timeout)
        run = check(lab, case, path, timeout=wait)
        if run.timed_out:
            return OK, f"blocks reading the FIFO, as cat would; killed cleanly after {wait:.0f} s"
        return judge(run)

    def special_files(case: Path) -> Verdict:
        (case / "empty-folder").mkdir()
        verdicts = []
        for target in ("/dev/stdin", "-", "/etc/passwd", "/etc/shadow", "/proc/self/environ", "/dev/null", "empty-folder"):
            run = check(lab, case, target)
            verdict = judge(run, what=target)
            text = run.out + run.err
            if PASSWD_LEAK in text or "SPINOUT_ATTACK_TAG" in text or "PYTHONDONTWRITEBYTECODE" in text:
                verdict = (INJ, f"{target}: file content echoed")
            verdicts.append(verdict)
        return combine(verdicts)

    def nesting_ok(case: Path) -> Verdict:
        return checks([("500", nested(500)), ("900", nested(900))])(case)

    def nesting_deep(case: Path) -> Verdict:
        return checks([("2000", nested(2000)), ("100k", nested(100_000)), ("1M", nested(1_000_000)),
                       ("5000 maps", nested(5000, maps=True))])(case)

    def nesting_990(case: Path) -> Verdict:
        return checks([("985 top level", nested(985)), ("990 top level", nested(990)), ("999 top level", nested(999)),
                       ("990 in prepared_by", replaced("prepared_by:", "prepared_by: " + "[" * 990 + "]" * 990))])(case)

    def field_values(prefix: str, key: str, values: list[str]) -> list[tuple[str, str]]:
        return [(f"{key}={v[:20]}", replaced(prefix, f"{prefix.split(':')[0]}: {v}")) for v in values]

    def society_line(value: str) -> str:
        return re.sub(r"^  name: .*$", f"  name: {value}", base_text, count=1, flags=re.M)

    archetype_line = "  archetype: social-care"
    type_line = "  type: co-operative"
    dates_bad = ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-11-27T25:00:00", "0000-01-01",
                 "2026-11-27T10:00:00+25:00"]

    def date_build(values: list[str]) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            verdicts = []
            for value in values:
                path = case / f"d{value}.yml"
                path.write_text(replaced("date:", f"date: {value}"))
                run = build(lab, case, path, f"out{value}")
                verdict = built_and_clean(case, run, what=value)
                if verdict[0] == CRASH:
                    checked = check(lab, case, path)
                    verdict = (CRASH, f"{verdict[1]} (check exits {checked.rc})")
                verdicts.append(verdict)
            return combine(verdicts)
        return attempt

    numbers = ["1e308", "'lots'", "-0", "1e9", "0.001", "0x10", "0o17", "1_000", "1e-400", "9e99999"]
    nans = [".nan", ".inf", "-.inf"]

    area.attempt("!!python/object/apply:os.system (two placements)", python_tag)
    area.attempt("empty file", checks([("empty", "")]))
    area.attempt("file that is a list", checks([("list", "- a\n- b\n")]))
    area.attempt("file that is a scalar", checks([("scalar", "just words\n")]))
    area.attempt("comments only", checks([("comments", "# one\n# two\n")]))
    area.attempt("UTF-8 BOM", checks([("BOM", b"\xef\xbb\xbf" + base_text.encode())], expect_refusal=False))
    area.attempt("Latin-1 byte (non-UTF-8)", latin1)
    area.attempt("UTF-16 file", checks([("UTF-16", base_text.encode("utf-16"))], expect_refusal=False))
    area.attempt("duplicate key (prepared_by / society.name)", duplicate_key)
    area.attempt("two YAML documents", checks([("two docs", base_text + "---\n" + base_text)]))
    area.attempt("billion laughs 4-5 levels", lambda case: combine([memory("4", laughs(4))(case), memory("5", laughs(5))(case)]))
    area.attempt("billion laughs 6 levels (~5.4 KB)", memory("6", laughs(6)))
    area.attempt("billion laughs 7 levels (under a 2 GB memory cap)", memory("7", laughs(7), 2 * 1024 ** 3))
    area.attempt("nesting depth 500 / 900", nesting_ok)
    area.attempt("nesting depth 2000 / 100k / 1M lists, 5000 maps", nesting_deep)
    area.attempt("nesting depth 985-999 (top level and inside a field)", nesting_990)
    area.attempt("name as int/list/dict/null/bool/empty/spaces (7 files)", checks(
        [(v, society_line(v)) for v in ("42", "[a, b]", "{a: 1}", "null", "true", "''", "'   '")]))
    area.attempt("objects as string/empty/nested (3 files)", checks(
        [(label, re.sub(r"^  objects:\n(  - .*\n(    .*\n)*)+", f"  objects: {v}\n", base_text, count=1, flags=re.M))
         for label, v in (("string", "just one object"), ("empty", "[]"), ("nested", "[[a, b], [c]]"))]))
    area.attempt("service.archetype as list or dict", checks(
        [("list", replaced(archetype_line, "  archetype: [social-care]")), ("dict", replaced(archetype_line, "  archetype: {a: 1}"))]))
    area.attempt("service.archetype int/null/../../etc/passwd", checks(
        [(v, replaced(archetype_line, f"  archetype: {v}")) for v in ("3", "null", "../../etc/passwd")]))
    area.attempt("service as list / string", service_not_mapping)
    area.attempt("society as list", checks(
        [("list", re.sub(r"^society:\n(  .*\n)+", "society: [a, b]\n", base_text, count=1, flags=re.M))]))
    area.attempt("society.type as list or dict", checks(
        [("list", replaced(type_line, "  type: [co-operative]")), ("dict", replaced(type_line, "  type: {a: 1}"))]))
    area.attempt("society.nation as list", checks([("list", replaced("  nation: england", "  nation: [england]"))]))
    area.attempt("numbers: 1e308, 'lots', -0, 1e9, 0.001, 0x10, 0o17, 1_000, 1e-400, 9e99999", checks(
        field_values("  contract_value:", "contract_value", numbers), expect_refusal=False))
    area.attempt("NaN / .inf / -.inf in money, percent, vote share, int fields", checks(
        field_values("  contract_value:", "money", nans) + field_values("  on_costs_percent:", "percent", nans)
        + field_values("  vote_share:", "vote_share", nans) + field_values("  contract_years:", "int", nans)))
    area.attempt("min_age float/str/huge, vote share 3 decimals, year_end bad/num, schema_version 2", checks(
        field_values("  min_age:", "min_age", ["16.5", "sixteen", "99999999999999999999"])
        + field_values("  vote_share:", "vote_share", ["40.125"])
        + field_values("  year_end:", "year_end", ["31 Smarch", "31"]) + field_values("schema_version:", "schema", ["2"])))
    area.attempt("contract_years: true", checks([("true", replaced("  contract_years:", "  contract_years: true"))]))
    area.attempt("unknown key (did-you-mean hint), missing society / founders", checks(
        [("unknown", appended("prepard_by: x")),
         ("no society", re.sub(r"^society:\n(  .*\n)+", "", base_text, count=1, flags=re.M)),
         ("no founders", re.sub(r"^founders:\n(- .*\n(  .*\n)*)+", "", base_text, count=1, flags=re.M))]))
    area.attempt("integer with 4000 digits", checks([("4000", replaced("  max_holding:", "  max_holding: " + "9" * 4000))],
                                                      expect_refusal=False))
    area.attempt("integer with 4301 / 5000 / 100000 digits", checks(
        [(str(n), replaced("  max_holding:", "  max_holding: " + "9" * n)) for n in (4301, 5000, 100_000)]))
    area.attempt("impossible unquoted dates (2026-02-30, 02-29, 13-01, 00-10, T25:00, 0000-01-01, +25:00)", checks(
        [(v, replaced("date:", f"date: {v}")) for v in dates_bad]))
    area.attempt("dates as strings / with time / short / words / week", checks(
        [(v, replaced("date:", f"date: {v}")) for v in ("'2026-02-30'", "2026-11-27 10:00:00", "2026-1-1", "next tuesday", "2026-W48")],
        expect_refusal=False))
    area.attempt("date 0001-01-01, 1979-12-31, 2107-12-31 (build)", date_build(["0001-01-01", "1979-12-31", "2107-12-31"]))
    area.attempt("date 2108-01-01 or 9999-12-31 (build; check passes)", date_build(["2108-01-01", "9999-12-31"]))
    area.attempt("non-string keys (null, 1.5, yes, 3, date, complex key)", non_string_keys)
    area.attempt("200,000 unknown keys (size of the messages)", many_unknown)
    area.attempt("1 MB key; 5 MB garbage scalar", big_key_scalar)
    area.attempt("answers file /dev/zero (check, build), /dev/urandom (check); 2 GB cap", devices)
    area.attempt("answers file is a FIFO", fifo)
    area.attempt("/dev/stdin, '-', /etc/passwd, /etc/shadow, /proc/self/environ, /dev/null, folder without answers.yml", special_files)


# ============================================================== area 3: paths, folders, guide/explain/diff

def area_paths(lab: Lab, results: Attempts) -> None:
    area = Area(lab, 3, results)
    answers = str(lab.base / "answers.yml")

    def b(case: Path, out: str, *extra: str, pdf: bool = False, **kw: Any) -> Run:
        return build(lab, case, answers, out, *extra, pdf=pdf, **kw)

    def copy_pack(dst: Path) -> dict[str, str]:
        shutil.copytree(lab.ref_pack(), dst)
        return file_hashes(dst)

    def intact(folder: Path, before: dict[str, str], what: str = "existing pack") -> Verdict:
        if not folder.is_dir():
            return LOSS, f"{what} {folder.name} is gone"
        return (OK, f"{what} intact") if file_hashes(folder) == before else (LOSS, f"{what} {folder.name} changed")

    def out_is_file(case: Path) -> Verdict:
        (case / "afile").write_text("precious\n")
        verdicts = [built_and_clean(case, b(case, "afile"), what="no --force"),
                    built_and_clean(case, b(case, "afile", "--force"), what="--force")]
        if (case / "afile").read_text() != "precious\n":
            verdicts.append((LOSS, "the file was replaced"))
        return combine(verdicts)

    def out_root(case: Path) -> Verdict:
        run = b(case, "/")
        return judge(run, refuse=True)

    def out_empty(case: Path) -> Verdict:
        (case / "keep.txt").write_text("keep\n")
        run = b(case, "")
        verdict = judge(run, refuse=True)
        return verdict if (case / "keep.txt").exists() else (LOSS, "keep.txt deleted")

    def sub_dotdot(case: Path) -> Verdict:
        return built_and_clean(case, b(case, "sub/../dd"))

    def nested_new(case: Path) -> Verdict:
        run = b(case, "x/y/z")
        verdict = built_and_clean(case, run)
        if run.rc == 0:
            verdict = worst(verdict, (MINOR, "x/y/z/answers.yml missing") if not (case / "x/y/z/answers.yml").is_file() else (OK, ""))
        return verdict

    def symlink_empty(case: Path) -> Verdict:
        (case / "real").mkdir()
        (case / "link").symlink_to("real")
        run = b(case, "link")
        verdict = worst(judge(run), stray_verdict(case))
        if run.rc == 0 and not (case / "link").is_symlink():
            verdict = worst(verdict, (MINOR, "the symlink was replaced by a folder (not followed); real/ left empty"))
        return verdict

    def symlink_full_force(case: Path) -> Verdict:
        before = copy_pack(case / "real")
        (case / "link").symlink_to("real")
        run = b(case, "link", "--force")
        verdict = worst(judge(run), stray_verdict(case))
        if run.rc == 0 and not (case / "link").is_symlink():
            verdict = worst(verdict, (MINOR, "the symlink was replaced by a folder; real/ untouched"))
        return verdict

    def symlink_other_fs(case: Path) -> Verdict:
        if not lab.can_mount():
            raise NotAutomated("cannot mount a tmpfs here")
        with lab.tmpfs(case / "mnt", "8m") as mnt:
            before = copy_pack(mnt / "real")
            (case / "link").symlink_to(mnt / "real")
            run = b(case, "link", "--force")
            verdict = worst(built_and_clean(case, run), stray_verdict(mnt))
            if run.rc != 0:
                verdict = worst(verdict, intact(mnt / "real", before))
            return verdict

    def dangling(case: Path) -> Verdict:
        (case / "link").symlink_to("nowhere")
        return built_and_clean(case, b(case, "link"))

    def read_only(case: Path) -> Verdict:
        if not lab.can_mount():
            raise NotAutomated("cannot mount a tmpfs here")
        with lab.tmpfs(case / "ro", "8m") as ro:
            before = copy_pack(ro / "pack")
            lab.remount_ro(ro)
            verdicts = [judge(b(case, "ro/new"), what="new"), judge(b(case, "ro/pack", "--force"), what="--force"),
                        judge(b(case, "ro/x/y/z"), what="nested"), intact(ro / "pack", before)]
            return combine(verdicts)

    def small_fs(case: Path) -> Verdict:
        if not lab.can_mount():
            raise NotAutomated("cannot mount a tmpfs here")
        with lab.tmpfs(case / "mnt", "2m") as mnt:
            run = b(case, "mnt/pack", pdf=True)
            return worst(judge(run), stray_verdict(mnt))

    def full_fs(force: bool) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            if not lab.can_mount():
                raise NotAutomated("cannot mount a tmpfs here")
            with lab.tmpfs(case / "mnt", "2m") as mnt:
                before = copy_pack(mnt / "pack") if force else {}
                free = shutil.disk_usage(mnt).free
                (mnt / "filler").write_bytes(b"\0" * max(0, free - 150_000))
                run = b(case, "mnt/pack", *(["--force"] if force else []), pdf=True)
                verdicts = [judge_env_fault(run), stray_verdict(mnt)]
                if force:
                    verdicts.append(intact(mnt / "pack", before, "old pack") if run.rc != 0 else (OK, ""))
                return worst(*verdicts)
        return attempt

    def dot_force(case: Path) -> Verdict:
        shutil.copy(answers, case / "a.yml")
        (case / "precious.txt").write_text("precious\n")
        run = lab.spinout("build", "a.yml", "-o", ".", "--force", "--no-pdf", cwd=case)
        verdict = worst(judge(run), stray_verdict(case.parent))
        if not (case / "precious.txt").exists():
            verdict = worst(verdict, (LOSS, "precious.txt deleted"))
        return verdict

    def pwd_force(case: Path) -> Verdict:
        work = case / "work"
        work.mkdir()
        shutil.copy(answers, work / "answers.yml")
        (work / "precious.txt").write_text("precious\n")
        original = (work / "answers.yml").read_bytes()
        run = lab.spinout("build", "answers.yml", "-o", str(work), "--force", "--no-pdf", cwd=work)
        verdict = worst(judge(run), stray_verdict(case))
        if not (work / "precious.txt").exists():
            verdict = worst(verdict, (LOSS, "precious.txt deleted: the working folder was replaced by the pack"))
        elif (work / "answers.yml").read_bytes() != original:
            verdict = worst(verdict, (LOSS, "the hand-written answers.yml was replaced"))
        return verdict

    def crash_keeps_old(case: Path) -> Verdict:
        before = copy_pack(case / "pack")
        x = lab.variant(case / "x.yml", lambda d: set_path(d, "society.name", "A" * 232 + " Limited"))
        run = build(lab, case, x, "pack", "--force", pdf=True)
        verdict = worst(intact(case / "pack", before, "old pack"), stray_verdict(case))
        if "Traceback" in run.err:
            verdict = worst(verdict, (TB, traceback_line(run.err)))
        return (verdict[0], f"{verdict[1]} (the build exited {run.rc})") if verdict[0] == OK else verdict

    def invalid_keeps_old(case: Path) -> Verdict:
        before = copy_pack(case / "pack")
        x = lab.variant(case / "x.yml", lambda d: set_path(d, "governance.board.min_size", "many"))
        run = build(lab, case, x, "pack", "--force")
        return worst(judge(run, refuse=True), intact(case / "pack", before, "old pack"), stray_verdict(case))

    def nonempty_no_force(case: Path) -> Verdict:
        (case / "out").mkdir()
        (case / "out" / "mine.txt").write_text("mine\n")
        run = b(case, "out")
        verdict = judge(run, refuse=True)
        return verdict if (case / "out" / "mine.txt").exists() else (LOSS, "mine.txt deleted")

    def empty_no_force(case: Path) -> Verdict:
        (case / "out").mkdir()
        return built_and_clean(case, b(case, "out"))

    def long_folder(n: int) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            name = "p" * n
            first = b(case, name)
            verdicts = [built_and_clean(case, first, what="fresh")]
            if first.rc == 0:
                verdicts.append(built_and_clean(case, b(case, name, "--force"), what="--force rebuild"))
            return worst(*verdicts)
        return attempt

    def strict(case: Path) -> Verdict:
        x = lab.variant(case / "x.yml", lambda d: set_path(d, "society.name", "Riverside Care Co-operative"))
        before = copy_pack(case / "old")
        fresh = build(lab, case, x, "fresh", "--strict")
        over = build(lab, case, x, "old", "--strict", "--force")
        verdicts = [judge(fresh, ok_rcs=(1,), what="fresh"), judge(over, ok_rcs=(1,), what="over a pack"),
                    intact(case / "old", before), stray_verdict(case)]
        if (case / "fresh").exists():
            verdicts.append((MINOR, "--strict wrote a pack although a check failed"))
        return worst(*verdicts)

    def guide_traversal(case: Path) -> Verdict:
        verdicts = []
        for name in ("../../etc/passwd", "/etc/passwd", "../guides/social-care", "", " ", "social-care.md",
                     "SOCIAL-CARE", "\x1b[31mred", "g" * 100_000):
            run = lab.spinout("guide", name, cwd=case)
            verdict = judge(run, what=repr(name[:20]))
            if PASSWD_LEAK in run.out:
                verdict = (INJ, f"guide {name!r} printed /etc/passwd")
            verdicts.append(verdict)
        return combine(verdicts)

    def guide_columns(case: Path) -> Verdict:
        verdicts = []
        for columns in ("1", "2", "3", "5", "40", "abc"):
            verdicts.append(judge(lab.spinout("guide", "social-care", cwd=case, env={"COLUMNS": columns}),
                                  ok_rcs=(0,), what=f"COLUMNS={columns}"))
        listing = lab.spinout("guide", cwd=case)
        for line in listing.out.splitlines():
            if line.strip():
                name = line.split()[0]
                verdicts.append(judge(lab.spinout("guide", name, cwd=case, env={"COLUMNS": "1"}), ok_rcs=(0,), what=f"{name} at 1"))
        return combine(verdicts)

    def explain_variants(case: Path) -> Verdict:
        verdicts = []
        for what in ("12", "0", "-1", "999999", "rule 12", "gm-quorum", "", "../../etc/passwd", "1.1", "\x1b[2J", "9" * 5000):
            run = lab.spinout("explain", "--pack", str(lab.base), "--", what, cwd=case)
            verdict = judge(run, what=repr(what[:12]))
            if PASSWD_LEAK in run.out + run.err:
                verdict = (INJ, "printed /etc/passwd")
            verdicts.append(verdict)
        return combine(verdicts)

    def explain_diff_passwd(case: Path) -> Verdict:
        verdicts = []
        for args in (["explain", "12", "--pack", "/etc/passwd"], ["diff", "/etc/passwd", answers]):
            run = lab.spinout(*args, cwd=case)
            verdict = judge(run, what=args[0])
            if PASSWD_LEAK in run.out + run.err:
                verdict = (INJ, f"{args[0]} echoed /etc/passwd")
            verdicts.append(verdict)
        return combine(verdicts)

    def other_answers(case: Path) -> Path:
        return lab.variant(case / "b.yml", lambda d: set_path(d, "governance.board.max_size", 11))

    def diff_into_input(force: bool) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            before = copy_pack(case / "packA")
            other = other_answers(case)
            run = lab.spinout("diff", "packA", str(other), "-o", "packA", *(["--force"] if force else []), cwd=case)
            verdict = worst(judge(run), intact(case / "packA", before, "input pack"), stray_verdict(case))
            return verdict
        return attempt

    def diff_long_name(case: Path) -> Verdict:
        x = lab.variant(case / "x.yml", lambda d: set_path(d, "society.name", "A" * 212 + " Limited"))
        built = build(lab, case, x, "built")
        run = lab.spinout("diff", answers, str(x), "-o", "red", cwd=case)
        verdict = built_and_clean(case, run)
        if verdict[0] == CRASH:
            verdict = (CRASH, f"{verdict[1]} (build of the same file exits {built.rc})")
        return verdict

    def diff_misc(case: Path) -> Verdict:
        trust = lab.spinout("build", "--example", "school-trust", "-o", "trust", "--no-pdf", cwd=case)
        (case / "empty").mkdir()
        verdicts = [judge(trust, ok_rcs=(0,), what="school-trust example")]
        pairs = [("across kinds", answers, "trust/answers.yml"), ("same file twice", answers, answers),
                 ("folder without answers", "empty", answers)]
        for label, old, new in pairs:
            verdicts.append(judge(lab.spinout("diff", old, new, cwd=case), what=label))
        return combine(verdicts)

    def example_passwd(case: Path) -> Verdict:
        run = lab.spinout("build", "--example", "../../etc/passwd", "-o", "out", "--no-pdf", cwd=case)
        verdict = judge(run, refuse=True)
        return (INJ, "echoed /etc/passwd") if PASSWD_LEAK in run.out + run.err else verdict

    def example_dotdot(case: Path) -> Verdict:
        lab.variant(case / "evil.yml", lambda d: set_path(d, "society.name", "Traversal Test Limited"))
        name = "../" * 30 + str(case / "evil").lstrip("/")
        run = lab.spinout("build", "--example", name, "-o", "out", "--no-pdf", cwd=case)
        verdict = judge(run)
        if verdict[0] != OK:
            return verdict
        if run.rc == 0 and "Traversal Test Limited" in run.out:
            return MINOR, "--example with ../ loaded a .yml from elsewhere on disk and built it"
        if re.search(r"/(site-packages|examples)/", run.err):
            return MINOR, f"refused, but the message shows the data folder's absolute path: {first_message(run)[:80]}"
        return verdict

    area.attempt("-o is a file (with and without --force)", out_is_file)
    area.attempt("-o / (no --force)", out_root)
    area.attempt("-o '' (current folder, no --force)", out_empty)
    area.attempt("-o sub/../dd with sub missing", sub_dotdot)
    area.attempt("-o x/y/z (nested, new)", nested_new)
    area.attempt("-o symlink to empty folder", symlink_empty)
    area.attempt("-o symlink to non-empty folder --force", symlink_full_force)
    area.attempt("-o symlink to a folder on another filesystem --force", symlink_other_fs)
    area.attempt("-o dangling symlink", dangling)
    area.attempt("read-only filesystem: new, --force, nested", read_only)
    area.attempt("2 MB tmpfs: fresh build fits", small_fs)
    area.attempt("nearly full tmpfs, --force over existing pack", full_fs(True))
    area.attempt("full tmpfs, fresh build", full_fs(False))
    area.attempt("-o . --force", dot_force)
    area.attempt("-o <current folder by absolute path> --force (precious.txt beside answers)", pwd_force)
    area.attempt("existing pack --force, new build crashes (232-char name): old pack kept?", crash_keeps_old)
    area.attempt("existing pack --force, invalid answers: old pack kept?", invalid_keeps_old)
    area.attempt("existing non-empty folder without --force", nonempty_no_force)
    area.attempt("existing empty folder without --force", empty_no_force)
    area.attempt("-o folder name 130 chars: fresh, then --force rebuild", long_folder(130))
    area.attempt("-o folder name 250 chars", long_folder(250))
    area.attempt("--strict with a failing check (fresh and over an existing pack)", strict)
    area.attempt("guide ../../etc/passwd, /etc/passwd, traversal variants, '', ' ', .md, case, ESC, 100k chars", guide_traversal)
    area.attempt("guide with COLUMNS=1,2,3,5,40,abc; every guide at COLUMNS=1", guide_columns)
    area.attempt("explain 12, 0, -1, 999999, 'rule 12', gm-quorum, '', ../../etc/passwd, 1.1, ESC, 5000 digits", explain_variants)
    area.attempt("explain --pack /etc/passwd; diff /etc/passwd", explain_diff_passwd)
    area.attempt("diff A B -o A (no --force)", diff_into_input(False))
    area.attempt("diff A B -o A --force", diff_into_input(True))
    area.attempt("diff -o with a 220-char society name", diff_long_name)
    area.attempt("diff across kinds, same file twice, folder without answers", diff_misc)
    area.attempt("--example ../../etc/passwd", example_passwd)
    area.attempt("--example with ../ to any .yml on disk", example_dotdot)


# ============================================================== area 4: faults, signals, races, cache

def area_faults(lab: Lab, results: Attempts) -> None:
    area = Area(lab, 4, results)
    answers = str(lab.base / "answers.yml")
    lab.ref_pack()  # also warms the cache, so builds take their usual time

    def signalled(case: Path, sig: int, delay: float, group: bool = False) -> tuple[Verdict, str, dict[str, bool]]:
        """Build over an existing pack with --force, send `sig` after `delay` s, then inspect."""
        tgt = case / "tgt"
        if tgt.exists():
            shutil.rmtree(tgt)
        shutil.copytree(lab.ref_pack(), tgt)
        argv = [lab.exe, "build", answers, "-o", "tgt", "--force"]
        with lab.started(argv, case) as (proc, tag, err_path):
            time.sleep(delay)
            finished = proc.poll() is not None
            if not finished:
                (os.killpg if group else os.kill)(proc.pid, sig)
            try:
                rc = proc.wait(timeout=lab.timeout)
            except subprocess.TimeoutExpired:
                return (HANG, f"{signal.Signals(sig).name} at {delay} s: no exit after {lab.timeout:.0f} s"), "hang", {}
            left = survivors(tag)
            err = err_path.read_text(errors="replace")
        verdicts: list[Verdict] = []
        if left:
            verdicts.append((LOSS, f"orphaned worker after {signal.Signals(sig).name} at {delay} s: {left[0]}"))
        stray = stray_verdict(case, f"{signal.Signals(sig).name} at {delay} s")
        verdicts.append(stray)
        problem = pack_problem(tgt)
        if problem:
            verdicts.append((LOSS, f"target not a complete pack after {signal.Signals(sig).name} at {delay} s: {problem}"))
        if "Traceback (most recent call last)" in err:
            verdicts.append((TB, traceback_line(err)))
        elif "internal error" in err:
            verdicts.append((CRASH, internal_error_line(err)))
        facts = {"orphan": bool(left), "stray": stray[0] != OK, "intact": problem is None, "mid-build": not finished}
        remove_strays(case)
        state = "finished before the signal" if finished else f"exit {rc}"
        verdict = worst(*verdicts) if verdicts else (OK, "")
        if verdict[0] == OK:
            verdict = (OK, f"{state}; pack intact, no stray folder, no orphan")
        return verdict, err, facts

    def kill_series(sig: int, delays: tuple[float, ...], group: bool = False,
                    extra: Callable[[str], Verdict | None] | None = None) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            verdicts, tally = [], {"orphan": 0, "stray": 0, "intact": 0, "mid-build": 0}
            for delay in delays:
                verdict, err, facts = signalled(case, sig, delay, group)
                if extra is not None and verdict[0] == OK:
                    verdict = extra(err) or verdict
                verdicts.append(verdict)
                for key, value in facts.items():
                    tally[key] += bool(value)
            outcome, reason = combine(verdicts)
            n = len(delays)
            summary = (f"{tally['mid-build']}/{n} signalled mid-build: {tally['orphan']} orphaned workers, "
                       f"{tally['stray']} stray staging folders, target complete {tally['intact']}/{n}")
            return outcome, f"{summary}; {reason}"
        return attempt

    def interrupt_message(err: str) -> Verdict | None:
        lines = [l for l in err.splitlines() if l.strip()]
        other = [l for l in lines if not l.startswith(("Stopped.", "^C"))]
        if other:
            return MINOR, f"stray stderr line(s) besides 'Stopped...': {one_line(other[0], 60)}"
        return None

    def kill_after_finish(case: Path) -> Verdict:
        tgt = case / "tgt"
        shutil.copytree(lab.ref_pack(), tgt)
        with lab.started([lab.exe, "build", answers, "-o", "tgt", "--force"], case) as (proc, tag, _):
            proc.wait(timeout=lab.timeout)
            try:
                os.kill(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            left = survivors(tag)
        verdicts = [stray_verdict(case)]
        if left:
            verdicts.append((LOSS, f"worker left: {left[0]}"))
        problem = pack_problem(tgt)
        if problem:
            verdicts.append((LOSS, problem))
        verdict = worst(*verdicts)
        return verdict if verdict[0] != OK else (OK, "pack complete and consistent, nothing left behind")

    def between_renames(case: Path) -> Verdict:
        """Every rename (and renameat2 exchange) delayed by 1 s under strace; kill -9 the whole
        build the moment the target is missing or an old-pack sibling appears."""
        if not lab.has_strace:
            raise NotAutomated("strace is not available to widen the rename window")
        tgt = case / "tgt"
        shutil.copytree(lab.ref_pack(), tgt)
        argv = ["strace", *lab.strace_fast, "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2",
                "-e", "inject=rename,renameat,renameat2:delay_exit=1000000", lab.exe, "build", answers, "-o", "tgt", "--force"]
        seen = ""
        with lab.started(argv, case) as (proc, tag, _):
            end = time.monotonic() + lab.timeout
            while time.monotonic() < end and proc.poll() is None:
                old = [p.name for p in strays(case) if ".old" in p.name]
                if old or not tgt.exists():
                    seen = f"old pack moved aside as {old[0][:40]}" if old else "target missing mid-swap"
                    _killpg(proc.pid)
                    break
                time.sleep(0.03)
            proc.wait(timeout=10)
        if not seen:
            problem = pack_problem(tgt)
            return (LOSS, f"after the build: {problem}") if problem else \
                (OK, "the target never went missing and no old-pack sibling appeared (atomic swap); pack complete")
        left = [p.name[:40] for p in strays(case)]
        if not tgt.exists():
            return LOSS, f"{seen}; after kill -9 tgt is missing; left {', '.join(left) or 'nothing'}"
        problem = pack_problem(tgt)
        return worst(stray_verdict(case, f"{seen}, killed"),
                     (LOSS, f"{seen}; {problem}") if problem else (OK, f"{seen}; tgt intact after the kill"))

    def stray_not_cleaned(case: Path) -> Verdict:
        """Make a real stray (kill -9 a build as soon as its staging folder appears), then see
        whether the next successful build tidies it away."""
        tgt = case / "tgt"
        shutil.copytree(lab.ref_pack(), tgt)
        left: list[Path] = []
        for _ in range(3):
            with lab.started([lab.exe, "build", answers, "-o", "tgt", "--force"], case) as (proc, tag, _):
                end = time.monotonic() + lab.timeout
                while time.monotonic() < end and proc.poll() is None:
                    if any(p.is_dir() for p in strays(case)):
                        time.sleep(0.2)
                        os.kill(proc.pid, signal.SIGKILL)
                        break
                    time.sleep(0.03)
                proc.wait(timeout=10)
            left = [p for p in strays(case) if p.is_dir()]
            if left:
                break
        if not left:
            return OK, "no kill -9 left a staging folder behind, so there was nothing to clean"
        run = lab.spinout("build", answers, "-o", "tgt", "--force", cwd=case)
        verdict = judge(run, ok_rcs=(0,))
        still = [p.name[:40] for p in left if p.exists()]
        if still:
            return worst((LOSS, f"leftover staging folder {still[0]} still there after a successful build"), verdict)
        return worst((OK, f"kill -9 left {left[0].name[:40]}; the next build removed it"), verdict)

    def race(force: bool, runs: int, width: int = 2) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            files = [lab.variant(case / f"a{i}.yml", lambda d, i=i: set_path(d, "society.name", f"Racer {i} Co-operative Limited"))
                     for i in range(width)]
            verdicts = []
            for r in range(runs):
                out = f"cc{width}-{r}"
                if force:
                    shutil.copytree(lab.ref_pack(), case / out)
                argv = [[lab.exe, "build", str(f), "-o", out, *(["--force"] if force else [])] for f in files]
                with started_together(lab, argv, case) as procs:
                    codes = [p.wait(timeout=lab.timeout) for p, _, _ in procs]
                    left = [s for _, tag, _ in procs for s in survivors(tag, 0.5)]
                winners = sum(1 for c in codes if c == 0)
                problem = pack_problem(case / out)
                if problem:
                    verdicts.append((LOSS, f"run {r + 1}: {problem}"))
                elif left:
                    verdicts.append((LOSS, f"run {r + 1}: worker left: {left[0]}"))
                elif not force and winners > 1:
                    verdicts.append((LOSS, f"run {r + 1}: {winners} builds both reported success into the same new folder; "
                                           "only one pack survives"))
                else:
                    verdicts.append(worst(stray_verdict(case), (OK, f"exits {codes}; final pack consistent")))
            return combine(verdicts)
        return attempt

    def sigpipe(case: Path) -> Verdict:
        failing = lab.variant(case / "fail.yml", lambda d: set_path(d, "society.name", "Riverside Care Co-operative"))
        other = lab.variant(case / "b.yml", lambda d: set_path(d, "governance.board.max_size", 11))
        commands = [("examples", ["examples"], 0), ("guide", ["guide"], 0), ("guide NAME", ["guide", "social-care"], 0),
                    ("check", ["check", answers], 0), ("check --json", ["check", "--json", answers], 0),
                    ("explain", ["explain", "12", "--pack", str(lab.base)], 0), ("diff", ["diff", answers, str(other)], 0),
                    ("--help", ["--help"], 0), ("build --help", ["build", "--help"], 0),
                    ("build", ["build", answers, "-o", "sp", "--no-pdf"], 0), ("failing check", ["check", str(failing)], 1)]
        verdicts = []
        for label, args, expected in commands:
            script = f"{shlex.join([lab.exe, *args])} 2>err.txt | head -1 >/dev/null; exit ${{PIPESTATUS[0]}}"
            run = lab.run(["bash", "-c", script], case)
            err = (case / "err.txt").read_text(errors="replace")
            run.err = err
            verdict = judge(run, ok_rcs=(expected,), what=label)
            if verdict[0] == OK and err.strip():
                verdict = (MINOR, f"{label}: stderr output: {one_line(err, 60)}")
            verdicts.append(verdict)
        return combine(verdicts)

    def stdout_closed(case: Path) -> Verdict:
        run = lab.run(["bash", "-c", f"{shlex.join([lab.exe, 'guide', 'social-care'])} >&-"], case)
        return judge_env_fault(run)

    def dev_full(case: Path) -> Verdict:
        verdicts = []
        with open("/dev/full", "wb") as full:
            run = lab.spinout("guide", "social-care", cwd=case, stdout=full)
            verdicts.append(judge_env_fault(run, "guide"))
            run = lab.spinout("build", answers, "-o", "df", "--no-pdf", cwd=case, stdout=full)
            verdict = judge_env_fault(run, "build")
            if run.rc not in (0, None) and (case / "df").is_dir():
                verdict = worst((MINOR, f"build: the pack was written, yet exit {run.rc}: {first_message(run)[:90]}"), verdict)
            verdicts.append(verdict)
        return combine(verdicts)

    def no_weasyprint(pdf: bool) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            stub = case / "stub" / "weasyprint"
            stub.mkdir(parents=True)
            (stub / "__init__.py").write_text(
                "raise OSError(\"cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared object file: "
                "No such file or directory\")\n")
            env = {"PYTHONPATH": str(case / "stub") + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else "")}
            other = lab.variant(case / "b.yml", lambda d: set_path(d, "governance.board.max_size", 11))
            if not pdf:
                return built_and_clean(case, lab.spinout("build", answers, "-o", "np", "--no-pdf", cwd=case, env=env))
            verdicts = []
            for label, args in (("build", ["build", answers, "-o", "wp"]), ("diff -o", ["diff", answers, str(other), "-o", "red"])):
                run = lab.spinout(*args, cwd=case, env=env)
                verdict = worst(judge_env_fault(run, label), stray_verdict(case, what=label))
                if verdict[0] == OK and run.rc != 0 and "--no-pdf" not in run.err:
                    verdict = (MINOR, f"{label}: no hint about --no-pdf: {first_message(run)[:80]}")
                verdicts.append(verdict)
            return combine(verdicts)
        return attempt

    def poisoned_bytecode(case: Path) -> Verdict:
        cache = case / "cache"
        env = {"SPINOUT_CACHE_DIR": str(cache)}
        first = lab.spinout("check", answers, cwd=case, env=env)
        files = list(cache.rglob("library-*.bytecode"))
        if not files:
            return judge(first) if judge(first)[0] != OK else (OK, "no bytecode cache file is written, nothing to poison")
        marker = case / "MARKER"
        payload = pickle.dumps(_Touch(str(marker)), protocol=2)
        for path in files:
            entries = marshal.loads(path.read_bytes())
            if isinstance(entries, dict):
                entries = {k: _bytecode_magic(v) + payload for k, v in entries.items()}
                path.write_bytes(marshal.dumps(entries))
        second = lab.spinout("check", answers, cwd=case, env=env)
        if marker.exists():
            return INJ, f"pickle payload in the bytecode cache ran (marker written); check exited {second.rc}"
        return judge(second)

    def poisoned_pdf_cache(case: Path) -> Verdict:
        cache = case / "cache"
        env = {"SPINOUT_CACHE_DIR": str(cache)}
        first = lab.spinout("build", answers, "-o", "p1", cwd=case, env=env)
        bins = list(cache.rglob("guide-pdf/*.bin"))
        if first.rc != 0:
            return judge(first, what="first build")
        for path in bins:
            path.write_bytes(b"NOT A PDF\n")
        second = lab.spinout("build", answers, "-o", "p2", cwd=case, env=env)
        verdict = judge(second)
        bad = [p.name for p in sorted((case / "p2" / "guides").glob("*.pdf")) if not p.read_bytes().startswith(b"%PDF")]
        if bad:
            return LOSS, f"{len(bad)} guides/*.pdf in the new pack are not PDFs ({bad[0]}); build exit {second.rc}"
        return verdict if verdict[0] != OK else (OK, f"{len(bins)} corrupted cache entries ignored; guides are PDFs")

    def odd_caches(case: Path) -> Verdict:
        verdicts = []
        cache = case / "random"
        lab.spinout("check", answers, cwd=case, env={"SPINOUT_CACHE_DIR": str(cache)})
        for path in cache.rglob("library-*"):
            path.write_bytes(os.urandom(4096))
        run = lab.spinout("check", answers, cwd=case, env={"SPINOUT_CACHE_DIR": str(cache)})
        verdicts.append(judge(run, ok_rcs=(0,), what="random bytes"))
        (case / "afile").write_text("not a folder\n")
        run = lab.spinout("check", answers, cwd=case, env={"SPINOUT_CACHE_DIR": str(case / "afile")})
        verdicts.append(judge(run, ok_rcs=(0,), what="cache is a file"))
        if lab.can_mount():
            with lab.tmpfs(case / "ro", "1m") as ro:
                lab.remount_ro(ro)
                verdicts.append(judge(lab.spinout("build", answers, "-o", "rc", cwd=case, env={"SPINOUT_CACHE_DIR": str(ro)}),
                                      ok_rcs=(0,), what="read-only cache"))
        return combine(verdicts)

    area.attempt("kill -9 mid-build at 0.3-2.0 s (4 runs)", kill_series(signal.SIGKILL, (0.3, 0.8, 1.4, 2.0)))
    area.attempt("kill -9 after the build finished", kill_after_finish)
    area.attempt("kill -9 between the two renames (window widened with strace)", between_renames)
    area.attempt("stray staging folder not cleaned by the next build", stray_not_cleaned)
    area.attempt("SIGINT to the main process (2 runs)", kill_series(signal.SIGINT, (0.6, 1.3)))
    area.attempt("Ctrl-C (SIGINT) to the process group (2 runs)",
                 kill_series(signal.SIGINT, (0.6, 1.3), group=True, extra=interrupt_message))
    area.attempt("SIGTERM mid-build (2 runs)", kill_series(signal.SIGTERM, (0.6, 1.3)))
    area.attempt("SIGHUP mid-build (2 runs)", kill_series(signal.SIGHUP, (0.6, 1.3)))
    area.attempt("two builds, same new -o, no --force (2 runs)", race(False, 2))
    area.attempt("two builds, same -o, --force (1 run); three simultaneous (1 run)",
                 lambda case: combine([race(True, 1)(case), race(True, 1, 3)(case)]))
    area.attempt("SIGPIPE: examples, guide, guide NAME, check, check --json, explain, diff, --help, build --help, build, "
                 "failing check", sigpipe)
    area.attempt("stdout closed (guide)", stdout_closed)
    area.attempt("stdout /dev/full (guide, build)", dev_full)
    area.attempt("weasyprint system library missing (simulated): build, diff -o", no_weasyprint(True))
    area.attempt("weasyprint missing, --no-pdf", no_weasyprint(False))
    area.attempt("poisoned bytecode cache: code execution on next check?", poisoned_bytecode)
    area.attempt("corrupted guide-PDF cache: non-PDF files in the pack?", poisoned_pdf_cache)
    area.attempt("random-bytes bytecode cache; cache dir is a file; cache dir read-only", odd_caches)


class _Touch:
    """A pickle payload: unpickling it runs `touch PATH`."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return os.system, (f"touch {shlex.quote(self.path)}",)


def _bytecode_magic(entry: bytes) -> bytes:
    """Jinja's bytecode header (b"j2" + two pickled ints) at the start of a cache entry."""
    class NoGlobals(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            raise pickle.UnpicklingError("globals refused")

    stream = io.BytesIO(entry)
    if stream.read(2) != b"j2":
        return b"j2"
    NoGlobals(stream).load()
    NoGlobals(stream).load()
    return entry[: stream.tell()]


@contextmanager
def started_together(lab: Lab, argvs: list[list[str]], cwd: Path) -> Iterator[list[Started]]:
    """Start several processes at (nearly) the same moment; all are killed afterwards."""
    with ExitStack() as stack:
        yield [stack.enter_context(lab.started(argv, cwd)) for argv in argvs]


# ============================================================== area 5: the wizard in tmux

class Terminal:
    """One tmux session running one spinout command; the screen is read with capture-pane."""

    def __init__(self, lab: Lab, case: Path, args: list[str], width: int = 110, height: int = 45,
                 env: dict[str, str] | None = None, mem: int | None = None) -> None:
        self.lab, self.case = lab, case
        self.name = f"w{lab.counter + 1}"
        self.tag = lab.new_tag()
        self.rc_file = case / f".rc-{self.name}"
        full_env = {k: v for k, v in lab.env(self.tag, env).items() if k.startswith(("SPINOUT_", "XDG_", "PYTHON"))}
        command = shlex.join(["env", *(f"{k}={v}" for k, v in full_env.items()), *(["prlimit", f"--as={mem}", "--"] if mem else []),
                              lab.exe, *args])
        shell = f"cd {shlex.quote(str(case))} && {command}; echo $? > {shlex.quote(str(self.rc_file))}; exec sleep 3600"
        # The server stays up between sessions (a new session must not race the last one's
        # server shutting down), with a long history so capture-pane sees the whole session.
        for _ in range(5):
            done = subprocess.run(["tmux", "-L", lab.tmux_socket, "set-option", "-g", "exit-empty", "off", ";",
                                   "set-option", "-g", "history-limit", "100000", ";",
                                   "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), shell],
                                  capture_output=True, text=True)
            if done.returncode == 0 and self.tmux_ok("has-session", "-t", self.name):
                break
            time.sleep(0.5)
        else:
            raise NotAutomated(f"tmux could not start a session: {one_line(done.stderr, 60)}")

    def tmux_ok(self, *args: str) -> bool:
        return subprocess.run(["tmux", "-L", self.lab.tmux_socket, *args], capture_output=True).returncode == 0

    def tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.lab.tmux_socket, *args], capture_output=True, text=True)
        return done.stdout

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.name, "-l", text)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", self.name)

    def rc(self) -> int | None:
        try:
            return int(self.rc_file.read_text().strip())
        except (OSError, ValueError):
            return None

    def wait(self, pattern: str, timeout: float | None = None) -> bool:
        """Wait for `pattern` on screen (or for the command to end); True when it showed."""
        end = time.monotonic() + (timeout if timeout is not None else self.lab.ui_wait)
        while time.monotonic() < end:
            if re.search(pattern, self.screen(), re.M):
                return True
            if self.rc() is not None:
                time.sleep(0.3)
                return bool(re.search(pattern, self.screen(), re.M))
            time.sleep(0.15)
        return False

    def reached(self, pattern: str) -> bool:
        """Wait for `pattern`, or for the command to refuse and end: True when it is running and
        showing `pattern`; after a refusal, the exit code is waited for (see rc())."""
        trouble = r"^Error|internal error|Traceback \(most recent"
        self.wait(f"{pattern}|{trouble}", self.lab.ui_wait)
        if re.search(trouble, self.screen(), re.M):
            self.wait_exit(5)
            return False
        return self.rc() is None and bool(re.search(pattern, self.screen(), re.M))

    def wait_exit(self, timeout: float | None = None) -> int | None:
        end = time.monotonic() + (timeout if timeout is not None else self.lab.ui_wait)
        while time.monotonic() < end and self.rc() is None:
            time.sleep(0.15)
        return self.rc()

    def prompt(self) -> str:
        """The active prompt: the last line starting with '? '."""
        lines = [l for l in self.screen().splitlines() if l.startswith("? ")]
        return lines[-1] if lines else ""

    def menu(self) -> list[str]:
        lines = self.screen().rstrip("\n").splitlines()
        starts = [i for i, l in enumerate(lines) if l.startswith("? ")]
        if not starts:
            return []
        items = []
        for line in lines[starts[-1] + 1:]:
            if line.startswith((" » ", "   ")) and line.strip():
                items.append(line)
            elif items:
                break
        return items

    def choose(self, label: str) -> None:
        """Move the select's pointer to the item starting with `label` and press Enter."""
        for _ in range(20):
            items = self.menu()
            current = next((i for i, l in enumerate(items) if l.startswith(" » ")), None)
            target = next((i for i, l in enumerate(items) if l[3:].lstrip("- ").startswith(label)), None)
            if current is not None and target is not None:
                for _ in range(abs(target - current)):
                    self.keys("Down" if target > current else "Up")
                time.sleep(0.3)
                pointed = next((l for l in self.menu() if l.startswith(" » ")), "")
                if pointed[3:].lstrip("- ").startswith(label):
                    self.keys("Enter")
                    return
            time.sleep(0.2)
        self.stuck(f"menu item {label!r} not found on screen")

    def until_prompt(self, text: str, presses: int = 15) -> None:
        """Press Enter (accepting each default) until the active prompt starts with `text`.
        After each Enter, wait for the next question's header, so a slow machine never
        has an Enter land on the wrong question."""
        for _ in range(presses):
            if self.wait(r"^\? " + re.escape(text), 0.5) and self.prompt().startswith(f"? {text}"):
                return
            self.enter_and_wait()
        self.stuck(f"prompt {text!r} never came")

    def enter_and_wait(self) -> None:
        """Enter, then wait for the wizard to show its next question (or anything new)."""
        marks, screen = progress_marks(self.screen()), self.screen()
        self.keys("Enter")
        end = time.monotonic() + self.lab.ui_wait
        while time.monotonic() < end and self.rc() is None:
            now = self.screen()
            if progress_marks(now) > marks or (now != screen and self.menu() and "Keep these" in "\n".join(self.menu())):
                time.sleep(0.3)
                return
            time.sleep(0.15)

    def message_after(self, text: str, settle: float = 1.2) -> str:
        """Clear the input, type `text`, and return the screen lines below the active prompt."""
        self.keys("C-u")
        self.type(text)
        time.sleep(settle)
        lines = self.screen().rstrip("\n").splitlines()
        starts = [i for i, l in enumerate(lines) if l.startswith("? ")]
        return "\n".join(lines[starts[-1]:]) if starts else "\n".join(lines[-10:])

    def processes(self) -> list[int]:
        return _tagged_pids(self.tag)

    def stuck(self, why: str) -> NoReturn:
        """The script cannot go on: a traceback or crash on screen is the finding; otherwise
        the flow could not be driven (not automated)."""
        bad = screen_verdict(self.screen())
        if bad:
            raise Observed(bad)
        raise NotAutomated(f"{why} (exit {self.rc()})" if self.rc() is not None else why)

    def trouble(self, what: str = "") -> Verdict | None:
        """A traceback or internal error that appeared since the last call (None if none)."""
        screen = self.screen()
        counts = tuple(screen.count(m) for m in TROUBLE_MARKS)
        seen = getattr(self, "_seen", (0,) * len(TROUBLE_MARKS))
        self._seen = tuple(max(a, b) for a, b in zip(counts, seen))
        if any(c > s for c, s in zip(counts, seen)):
            return screen_verdict(screen, what)
        return None

    def close(self) -> None:
        kill_tagged(self.tag)
        self.tmux("kill-session", "-t", self.name)


TROUBLE_MARKS = ("Traceback (most recent call last)", "Unhandled exception in event loop", "internal error")


def error_line(screen: str) -> str:
    """The wizard's refusal as shown: the first "Error:" line (or the last line on screen)."""
    lines = [l for l in screen.splitlines() if l.strip()]
    line = next((l for l in lines if l.startswith("Error")), lines[-1] if lines else "")
    return one_line(line, 90)


def progress_marks(screen: str) -> int:
    """How many questions or review screens the wizard has shown so far."""
    return len(re.findall(r"^\[\d+/\d+\]|^\? Review your answers", screen, re.M))


def screen_verdict(screen: str, what: str = "") -> Verdict | None:
    prefix = f"{what}: " if what else ""
    if "Traceback (most recent call last)" in screen or "Unhandled exception in event loop" in screen:
        match = re.findall(r"^Exception (.*)$", screen, re.M)
        return TB, prefix + (f"traceback on screen: {match[-1]}" if match else traceback_line(screen))
    if "internal error" in screen:
        return CRASH, prefix + internal_error_line(screen)
    return None


def area_wizard(lab: Lab, results: Attempts) -> None:
    area = Area(lab, 5, results)
    if not lab.has_tmux:
        for name in WIZARD_ROWS:
            results.append(Attempt(5, name, NOT_AUTOMATED, "not automated: tmux is not installed"))
        return
    answers = str(lab.base / "answers.yml")

    @contextmanager
    def terminal(case: Path, *args: str, **kw: Any) -> Iterator[Terminal]:
        term = Terminal(lab, case, list(args), **kw)
        try:
            yield term
        finally:
            term.close()

    def review_screen(term: Terminal) -> None:
        if not term.reached(r"Review your answers"):
            bad = screen_verdict(term.screen())
            if bad:
                raise Observed(bad)
            raise NotAutomated(f"review screen not reached (exit {term.rc()}: {one_line(term.screen()[-200:], 80)})")

    def saved(path: Path) -> Any:
        try:
            return yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            return None

    def stopped_verdict(term: Terminal, save: Path, what: str) -> Verdict:
        rc = term.wait_exit()
        screen = term.screen()
        bad = screen_verdict(screen, what)
        if bad:
            return bad
        if rc is None:
            return HANG, f"{what}: did not stop after Ctrl-C within {lab.ui_wait:.0f} s"
        if saved(save) is None or not isinstance(saved(save), dict):
            return LOSS, f"{what}: the answers file is missing or not valid YAML"
        if rc != 130 or "Stopped" not in screen:
            return MINOR, f"{what}: exit {rc}, no 'Stopped ... saved' message"
        return OK, f"{what}: exit 130, answers saved"

    def resume_verdict(case: Path, save: Path, expect: str, what: str) -> Verdict:
        with terminal(case, "new", "--resume", save.name) as term:
            shown = term.wait(expect)
            bad = screen_verdict(term.screen(), what)
            if bad:
                return bad
            return (OK, f"{what}: carried on at the right place") if shown else (MINOR, f"{what}: did not carry on at {expect!r}")

    def ctrl_c_first(case: Path) -> Verdict:
        with terminal(case, "new", "--save", "w.yml") as term:
            if not term.wait(r"^\[1/"):
                term.stuck("first question not shown")
            term.keys("C-c")
            verdict = stopped_verdict(term, case / "w.yml", "stop")
        return worst(verdict, resume_verdict(case, case / "w.yml", r"^\[1/", "resume"))

    def ctrl_c_typing(case: Path) -> Verdict:
        with terminal(case, "new", "--save", "w.yml") as term:
            term.until_prompt("Which council")
            term.type("Half typed council")
            time.sleep(0.5)
            term.keys("C-c")
            verdict = stopped_verdict(term, case / "w.yml", "stop")
            data = saved(case / "w.yml") or {}
        if not (data.get("service") or {}).get("archetype"):
            verdict = worst(verdict, (LOSS, "the answers given before the text question were not saved"))
        return worst(verdict, resume_verdict(case, case / "w.yml", r"^\? Which council", "resume"))

    def ctrl_c_objects(case: Path) -> Verdict:
        with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
            review_screen(term)
            term.choose("Change: Society")
            until_objects(term)
            term.keys("C-c")
            verdict = stopped_verdict(term, case / "w.yml", "stop")
        data = saved(case / "w.yml") or {}
        if not (data.get("society") or {}).get("objects"):
            verdict = worst(verdict, (LOSS, "objects missing from the saved answers"))
        return worst(verdict, resume_verdict(case, case / "w.yml", r"^\? ", "resume"))

    def until_objects(term: Terminal) -> None:
        for _ in range(15):
            if term.wait(r"The objects now:", 0.5) and "Keep these objects" in "\n".join(term.menu()):
                return
            term.enter_and_wait()
        term.stuck("objects editor never came")

    def class_editor_added(case: Path) -> Verdict:
        with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
            review_screen(term)
            term.choose("Change: Members")
            if not term.wait(r"Add a class"):
                term.stuck("class editor not shown")
            term.choose("Add a class")
            for label, text in (("Name", "Extra Class Members"), ("Who can join", "Anyone who asks."),
                                ("Minimum age", None), ("Board seats", None), ("Share of the votes", None)):
                if not term.wait(r"^\? " + re.escape(label)):
                    term.stuck(f"class field {label!r} not asked")
                if text is not None:
                    term.type(text)
                term.keys("Enter")
                time.sleep(0.4)
            if not term.wait(r"Extra Class Members:"):
                bad = screen_verdict(term.screen())
                if bad:
                    return bad
                term.stuck("the new class is not listed")
            term.keys("C-c")
            verdict = stopped_verdict(term, case / "w.yml", "stop")
        data = saved(case / "w.yml") or {}
        names = [c.get("name") for c in data.get("member_classes") or [] if isinstance(c, dict)]
        if "Extra Class Members" not in names:
            return worst(verdict, (MINOR, "Ctrl-C in the class editor lost the class just added (not in the saved file)"))
        return worst(verdict, (OK, "the added class was saved"))

    def ctrl_c_build(case: Path) -> Verdict:
        with terminal(case, "new", "--answers", answers, "--save", "w.yml", "-o", "pk") as term:
            review_screen(term)
            term.choose("Build the pack")
            time.sleep(1.0)
            term.keys("C-c")
            rc = term.wait_exit(lab.timeout)
            screen = term.screen()
            left = survivors(term.tag)
        verdicts: list[Verdict] = [screen_verdict(screen) or (OK, "")]
        if rc is None:
            verdicts.append((HANG, "no exit after Ctrl-C during the build"))
        if left:
            verdicts.append((LOSS, f"worker left: {left[0]}"))
        if (case / "pk").exists() and pack_problem(case / "pk"):
            verdicts.append((LOSS, pack_problem(case / "pk") or ""))
        verdicts.append(stray_verdict(case))
        if not isinstance(saved(case / "w.yml"), dict):
            verdicts.append((LOSS, "answers not saved"))
        verdict = worst(*verdicts)
        if verdict[0] != OK:
            return verdict
        return OK, f"exit {rc}; answers saved; {'pack complete' if (case / 'pk').exists() else 'no pack written'}"

    def number_inputs(texts: tuple[str, ...], question: str) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            verdicts = []
            with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
                review_screen(term)
                term.choose("Change: Finances")
                term.until_prompt(question)
                for text in texts:
                    below = term.message_after(text)
                    bad = term.trouble(repr(text))
                    if bad:
                        verdicts.append(bad)
                        term.keys("Enter")  # "Press ENTER to continue..."
                        time.sleep(0.5)
                        continue
                    lines = [l for l in below.splitlines()[1:] if l.strip()]
                    verdicts.append((OK, f"{text!r}: {one_line(lines[0], 60)}") if lines else (MINOR, f"{text!r}: no message shown"))
            return combine(verdicts)
        return attempt

    def huge_exponent(case: Path) -> Verdict:
        with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
            review_screen(term)
            term.choose("Change: Finances")
            term.until_prompt("What is the main contract")
            term.keys("C-u")
            term.type("1e9999999")
            time.sleep(1.0)
            term.keys("C-u")
            term.type("42")
            responsive = term.wait(r"^\? What is the main contract.*\b42\s*$", lab.ui_wait)
            bad = screen_verdict(term.screen())
            cpu = rss_mb(term.processes())
            if bad:
                return bad
            if not responsive:
                return HANG, f"UI frozen: no echo of new input within {lab.ui_wait:.0f} s ({cpu:.0f} MB RSS); killed"
            return OK, "stayed responsive; message shown"

    def blank_required(case: Path) -> Verdict:
        verdicts = []
        with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
            review_screen(term)
            term.choose("Change: Society")
            term.until_prompt("What will the society be called")
            for label, text in (("empty", ""), ("blank", "   ")):
                term.keys("C-u")
                term.type(text)
                term.keys("Enter")
                time.sleep(0.8)
                bad = screen_verdict(term.screen(), label)
                if bad:
                    verdicts.append(bad)
                    continue
                still = term.prompt().startswith("? What will the society be called")
                lines = [l for l in term.screen().rstrip().splitlines()[-3:] if l.strip() and not l.startswith("? ")]
                verdicts.append((OK, f"{label}: {one_line(lines[-1], 50) if lines else 're-asked'}") if still
                                else (MINOR, f"{label}: accepted an empty required answer"))
        return combine(verdicts)

    def empty_object(case: Path) -> Verdict:
        with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
            review_screen(term)
            term.choose("Change: Society")
            until_objects(term)
            term.choose("Add an object")
            if not term.wait(r"^\? The new object"):
                term.stuck("new-object prompt not shown")
            term.keys("Enter")
            time.sleep(0.8)
            screen = term.screen()
            bad = screen_verdict(screen)
            if bad:
                return bad
            if not term.prompt().startswith("? The new object"):
                return MINOR, "an empty object was accepted"
            lines = [l for l in screen.rstrip().splitlines()[-3:] if l.strip() and not l.startswith("? ")]
            message = lines[-1] if lines else ""
            if re.search(r"String should|Input should|validation error|Value error", message):
                return MINOR, f"library jargon instead of a plain message: {one_line(message, 70)}"
            return OK, f"refused: {one_line(message, 70)}"

    def no_limited(case: Path) -> Verdict:
        with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
            review_screen(term)
            term.choose("Change: Society")
            term.until_prompt("What will the society be called")
            below = term.message_after("Riverside Care Co-operative")
            bad = screen_verdict(term.screen())
            if bad:
                return bad
            return (OK, f"live hint: {one_line(below.splitlines()[-1], 70)}") if "Limited" in "\n".join(below.splitlines()[1:]) \
                else (MINOR, "no hint that the name must end with Limited")

    def min_age(case: Path) -> Verdict:
        verdicts = []
        with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
            review_screen(term)
            term.choose("Change: Members")
            if not term.wait(r"Change Worker members"):
                term.stuck("class editor not shown")
            term.choose("Change Worker members")
            if not term.wait(r"Minimum age:"):
                term.stuck("class fields not shown")
            term.choose("Minimum age")
            if not term.wait(r"^\? Minimum age"):
                term.stuck("minimum age prompt not shown")
            for text in ("sixteen", "1e20", "16.5"):
                below = term.message_after(text)
                bad = term.trouble(repr(text))
                if bad:
                    verdicts.append(bad)
                    term.keys("Enter")
                    time.sleep(0.5)
                    continue
                lines = [l for l in below.splitlines()[1:] if l.strip()]
                verdicts.append((OK, f"{text!r}: {one_line(lines[0], 50)}") if lines else (MINOR, f"{text!r}: no message"))
        return combine(verdicts)

    def resize(case: Path) -> Verdict:
        with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
            review_screen(term)
            term.tmux("resize-window", "-t", term.name, "-x", "40", "-y", "30")
            time.sleep(1.0)
            term.choose("Change: Finances")
            shown = term.wait(r"main contract", lab.ui_wait)
            bad = screen_verdict(term.screen())
            if bad:
                return bad
            return (OK, "usable at 40 columns") if shown else (MINOR, "menus unusable at 40 columns")

    def session_killed(case: Path) -> Verdict:
        term = Terminal(lab, case, ["new", "--answers", answers, "--save", "w.yml"])
        try:
            review_screen(term)
            term.choose("Change: Finances")
            term.until_prompt("What is the main contract")
            term.keys("Enter")
            if not term.wait(r"^\? How many years"):
                term.stuck("second finance question not shown")
            time.sleep(0.5)
            before = (case / "w.yml").read_bytes() if (case / "w.yml").exists() else b""
            term.tmux("kill-session", "-t", term.name)
            time.sleep(GRACE)
            left = survivors(term.tag)
        finally:
            term.close()
        after = (case / "w.yml").read_bytes() if (case / "w.yml").exists() else b""
        if left:
            return LOSS, f"process left after the terminal closed: {left[0]}"
        if not isinstance(saved(case / "w.yml"), dict):
            return LOSS, "answers file missing or not valid YAML after the terminal closed"
        verdict = stray_verdict(case)
        if after != before:
            return worst(verdict, (MINOR, "answers file changed by the hang-up"))
        return worst(verdict, (OK, "answers file valid and unchanged"))

    def save_exists(case: Path) -> Verdict:
        (case / "w.yml").write_text("mine: true\n")
        with terminal(case, "new", "--save", "w.yml") as term:
            rc = term.wait_exit()
            screen = term.screen()
        bad = screen_verdict(screen)
        if bad:
            return bad
        if (case / "w.yml").read_text() != "mine: true\n":
            return LOSS, "the existing file was overwritten"
        return (OK, f"refused (exit {rc}): {error_line(screen)}") if rc not in (0, None) else (MINOR, f"exit {rc}")

    def resume_bad(case: Path) -> Verdict:
        marker = case / "MARKER"
        files = {"list": "- a\n- b\n", "missing": None, "/etc/passwd": None,
                 "python tag": f"x: !!python/object/apply:os.system ['touch {marker}']\n", "empty": ""}
        verdicts = []
        for label, content in files.items():
            name = "passwd" if label == "/etc/passwd" else f"{label.replace(' ', '-')}.yml"
            if label == "/etc/passwd":  # a copy: --resume saves into the file it resumes
                shutil.copy("/etc/passwd", case / name)
            elif content is not None:
                (case / name).write_text(content)
            with terminal(case, "new", "--resume", name) as term:
                term.reached(r"^\[1/")
                rc = term.rc()
                screen = term.screen()
            bad = screen_verdict(screen, label)
            if bad:
                verdicts.append(bad)
            elif rc is None and re.search(r"^\[1/", screen, re.M):
                verdicts.append((OK, f"{label}: starts afresh at question 1"))
            elif rc not in (None, 0) and "Error" in screen:
                verdicts.append((OK, f"{label}: exit {rc}: {error_line(screen)}"))
            else:
                verdicts.append((MINOR, f"{label}: exit {rc}, {one_line(screen[-120:], 60)}"))
        if marker.exists():
            return INJ, "the python tag ran on --resume"
        return combine(verdicts)

    def resume_file(label: str, content: bytes) -> Callable[[Path], Verdict]:
        def attempt(case: Path) -> Verdict:
            (case / "r.yml").write_bytes(content)
            with terminal(case, "new", "--resume", "r.yml") as term:
                term.reached(r"^\[\d+/|Review your answers")
                rc = term.rc()
                screen = term.screen()
            bad = screen_verdict(screen, label)
            if bad:
                return bad
            if rc not in (None, 0) and "Error" in screen:
                return OK, f"exit {rc}: {error_line(screen)}"
            return OK, "resumed"
        return attempt

    def resume_aliases(case: Path) -> Verdict:
        lol = ['lol0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        lol += [f"lol{n}: &l{n} [" + ",".join([f"*l{n - 1}"] * 9) + "]" for n in range(1, 7)]
        text = (lab.base / "answers.yml").read_text().rstrip("\n") + "\n" + "\n".join(lol) + "\n"
        (case / "lol.yml").write_text(text)
        with terminal(case, "new", "--resume", "lol.yml", mem=MEM_CAP) as term:
            if not term.reached(r"^\[\d+/|Review your answers"):
                bad = screen_verdict(term.screen())
                if bad or term.rc() is not None:
                    return bad or (OK, f"refused: exit {term.rc()}")
                return HANG, f"no first question within {lab.ui_wait:.0f} s"
            steps = progress_marks(term.screen())
            term.keys("Enter")
            peak, end, moved = 0.0, time.monotonic() + lab.ui_wait, False
            while time.monotonic() < end and term.rc() is None:
                peak = max(peak, rss_mb(term.processes()))
                if progress_marks(term.screen()) > steps:
                    moved = True
                    break
                time.sleep(0.2)
            time.sleep(0.5)
            peak = max(peak, rss_mb(term.processes()))
            bad = screen_verdict(term.screen())
            temp = [p for p in case.iterdir() if p.name.startswith(".lol.yml.") and p.name.endswith(".tmp")]
        if bad and bad[0] != CRASH:
            return bad
        if peak > MEM_BLOWUP_MB or (bad and "MemoryError" in bad[1]):
            left = f", temp file {temp[0].stat().st_size / 1e6:.0f} MB left" if temp else ""
            return HANG, f"one answer: peak {peak:.0f} MB RSS{left}"
        if not moved:
            return HANG, f"no next question within {lab.ui_wait:.0f} s after one answer (peak {peak:.0f} MB)"
        return bad or (OK, f"answered; peak {peak:.0f} MB; saved file {(case / 'lol.yml').stat().st_size:,} bytes")

    def save_read_only(case: Path) -> Verdict:
        if not lab.can_mount():
            raise NotAutomated("cannot mount a read-only tmpfs here")
        with lab.tmpfs(case / "ro", "1m") as ro:
            lab.remount_ro(ro)
            with terminal(case, "new", "--answers", answers, "--save", "ro/w.yml") as term:
                if term.reached(r"Review your answers"):
                    term.choose("Change: Finances")
                    term.until_prompt("What is the main contract")
                    term.keys("Enter")
                    term.wait_exit(lab.ui_wait)
                rc = term.rc()
                screen = term.screen()
        bad = screen_verdict(screen)
        if bad:
            return bad
        if rc is None:
            return OK, "kept going (nothing to save to yet)"
        return (OK, f"exit {rc}: {error_line(screen)}") if "Error" in screen else (MINOR, f"exit {rc}: {error_line(screen)}")

    def long_name_build(case: Path) -> Verdict:
        x = lab.variant(case / "long.yml", lambda d: set_path(d, "society.name", "A" * 240 + " Limited"))
        with terminal(case, "new", "--answers", str(x), "--save", "w.yml", "-o", "pk") as term:
            term.wait(r"Review your answers|^\? What will the society be called", lab.ui_wait)
            if term.prompt().startswith("? What will the society be called"):
                return OK, "the over-long name was refused up front and asked again"
            review_screen(term)
            term.choose("Build the pack")
            rc = term.wait_exit(lab.timeout)
            screen = term.screen()
        verdict = screen_verdict(screen) or ((OK, f"built (exit {rc})") if rc == 0 else (MINOR, f"exit {rc}"))
        if not isinstance(saved(case / "w.yml"), dict):
            verdict = worst(verdict, (LOSS, "answers not saved"))
        return verdict

    def years_snan(case: Path) -> Verdict:
        with terminal(case, "new", "--answers", answers, "--save", "w.yml") as term:
            review_screen(term)
            term.choose("Change: Finances")
            term.until_prompt("What is the main contract")
            term.keys("Enter")
            if not term.wait(r"^\? How many years"):
                term.stuck("contract years question not shown")
            term.message_after("sNaN")
            bad = screen_verdict(term.screen(), "'sNaN'")
            return bad or (OK, "'sNaN': clear message")

    base_bytes = (lab.base / "answers.yml").read_bytes()
    rows: list[tuple[str, Callable[[Path], Verdict]]] = [
        (WIZARD_ROWS[0], ctrl_c_first),
        (WIZARD_ROWS[1], ctrl_c_typing),
        (WIZARD_ROWS[2], ctrl_c_objects),
        (WIZARD_ROWS[3], class_editor_added),
        (WIZARD_ROWS[4], ctrl_c_build),
        (WIZARD_ROWS[5], number_inputs(("lots", "-5", "99999999999999", "NaN"), "What is the main contract")),
        (WIZARD_ROWS[6], number_inputs(("Inf",), "What is the main contract")),
        (WIZARD_ROWS[7], years_snan),
        (WIZARD_ROWS[8], huge_exponent),
        (WIZARD_ROWS[9], blank_required),
        (WIZARD_ROWS[10], empty_object),
        (WIZARD_ROWS[11], no_limited),
        (WIZARD_ROWS[12], min_age),
        (WIZARD_ROWS[13], resize),
        (WIZARD_ROWS[14], session_killed),
        (WIZARD_ROWS[15], save_exists),
        (WIZARD_ROWS[16], resume_bad),
        (WIZARD_ROWS[17], resume_file("non-UTF-8", base_bytes.replace(b"Northtown Co-op", b"Northtown Co-\xe9p", 1))),
        (WIZARD_ROWS[18], resume_file("depth 999", base_bytes + b"x: " + b"[" * 999 + b"]" * 999 + b"\n")),
        (WIZARD_ROWS[19], resume_aliases),
        (WIZARD_ROWS[20], save_read_only),
        (WIZARD_ROWS[21], long_name_build),
    ]

    for name, fn in rows:
        area.attempt(name, fn)


WIZARD_ROWS = (
    "Ctrl-C at question 1, then resume",
    "Ctrl-C while typing a text answer, then resume",
    "Ctrl-C in the objects editor, then resume",
    "Ctrl-C in the class editor after adding a class",
    "Ctrl-C during the wizard's build",
    "letters / negative / too big / NaN in a number question",
    "'Inf' in a number question (contract value)",
    "'sNaN' in a number question (contract years)",
    "'1e9999999' in a number question",
    "empty and blank required text",
    "empty new object",
    "name without Limited (live hint)",
    "min age 'sixteen', 1e20, 16.5 (class editor)",
    "terminal resized to 40 columns",
    "tmux session killed mid-wizard",
    "new --save existing file (no --force)",
    "--resume list / missing file / /etc/passwd / python tag / empty file",
    "--resume non-UTF-8 file",
    "--resume nesting depth 999",
    "--resume 5.4 KB alias file (6 levels), answer one question",
    "--save on a read-only filesystem",
    "--answers with a 248-char name, then build",
)


# ============================================================== area 6: determinism

def area_determinism(lab: Lab, results: Attempts) -> None:
    area = Area(lab, 6, results)
    answers = str(lab.base / "answers.yml")

    def compare(a: Path, b: Path) -> list[str]:
        x, y = file_hashes(a), file_hashes(b)
        return sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))

    def verdict_for(differ: list[str], what: str, total: int) -> Verdict:
        if differ:
            return MINOR, f"{what}: {len(differ)} of {total} files differ ({', '.join(differ[:4])})"
        return OK, f"{what}: all {total} files identical"

    def rebuilt(case: Path, name: str, source: str = answers, env: dict[str, str] | None = None,
                cwd: Path | None = None) -> tuple[Run, Path]:
        out = case / name
        return lab.spinout("build", source, "-o", str(out), cwd=cwd or case, env=env), out

    def twice(case: Path) -> Verdict:
        run, out = rebuilt(case, "again")   # the first build is the reference pack
        if run.rc != 0:
            return judge(run, ok_rcs=(0,))
        return verdict_for(compare(lab.ref_pack(), out), "build twice", len(file_hashes(out)))

    def environments(case: Path) -> Verdict:
        verdicts = []
        other = case / "elsewhere"
        other.mkdir()
        variants = [("TZ=Pacific/Kiritimati", {"TZ": "Pacific/Kiritimati"}, case), ("LANG=C", {"LANG": "C", "LC_ALL": "C"}, case),
                    ("tr_TR.UTF-8", {"LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"}, case), ("other folder", {}, other)]
        for i, (label, env, cwd) in enumerate(variants):
            run, out = rebuilt(case, f"v{i}", env=env, cwd=cwd)
            verdict = judge(run, ok_rcs=(0,), what=label)
            verdicts.append(verdict if verdict[0] != OK else verdict_for(compare(lab.ref_pack(), out), label, len(file_hashes(out))))
        return combine(verdicts)

    def cache_off(case: Path) -> Verdict:
        # the reference pack was built while the guide-PDF cache was empty (it filled it)
        warm, warm_out = rebuilt(case, "warm")
        off, off_out = rebuilt(case, "off", env={"SPINOUT_CACHE_DIR": ""})
        for run in (warm, off):
            if run.rc != 0:
                return judge(run, ok_rcs=(0,))
        total = len(file_hashes(warm_out))
        return worst(verdict_for(compare(lab.ref_pack(), warm_out), "warm cache vs freshly filled cache", total),
                     verdict_for(compare(warm_out, off_out), "cache off vs warm cache", total))

    def round_trip(case: Path) -> Verdict:
        run, out = rebuilt(case, "p2", source=str(lab.ref_pack() / "answers.yml"))
        if run.rc != 0:
            return judge(run, ok_rcs=(0,))
        return verdict_for(compare(lab.ref_pack(), out), "rebuild from the pack's answers.yml", len(file_hashes(out)))

    area.attempt("build twice: all files identical", twice)
    area.attempt("TZ=Pacific/Kiritimati, LANG=C, tr_TR.UTF-8, other working folder", environments)
    area.attempt("cache off / fresh cache vs a warm cache", cache_off)
    area.attempt("answers.yml round trip (2 packs)", round_trip)


# ============================================================== output

def print_attempt(attempt: Attempt, flush: bool = False) -> None:
    """Progress while running: area, outcome, time, name (the reasons come in the final list)."""
    print(f"  [{attempt.area}] {attempt.outcome:<5} {attempt.seconds:5.1f}s  {one_line(attempt.name, 100)}", flush=flush)


def scoreboard(results: Attempts) -> str:
    counted = [a for a in results if a.outcome in OUTCOMES]
    skipped = [a for a in results if a.outcome not in OUTCOMES]
    headers = ["Attempts", "OK", "TB", "Loss", "Inj", "Hang", "Crash", "Minor"]

    def counts(items: list[Attempt]) -> list[str]:
        return [str(len(items))] + [str(sum(1 for a in items if a.outcome == o)) for o in (OK, TB, LOSS, INJ, HANG, CRASH, MINOR)]

    lines = ["Scoreboard (each attempt counted once, under its worst outcome)", ""]
    lines.append(table(headers, [counts(counted)]))
    lines += ["", "By area:", ""]
    rows = []
    for number, title in AREAS.items():
        items = [a for a in counted if a.area == number]
        if items or any(a.area == number for a in skipped):
            rows.append([title] + counts(items))
    lines.append(table(["Area"] + headers, rows))
    lines += ["", "Key: OK = clear message or correct output, nothing lost; TB = traceback; Loss = partial/lost data, stray "
              "staging/.old folders, orphaned PDF workers, non-PDF files in the pack; Inj = file read, network or code "
              "execution; Hang = timeout or memory blow-up; Crash = exit 70 internal error; Minor = works, but unclear."]
    if skipped:
        lines += ["", f"Not counted ({len(skipped)}): " + "; ".join(f"[{a.area}] {a.name} ({a.outcome}: {a.reason})" for a in skipped)]
    return "\n".join(lines)


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = "| " + " | ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths))) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = ["| " + " | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))) + " |"
            for r in rows]
    return "\n".join([line, rule, *body])


def attempt_lines(results: Attempts) -> str:
    out = ["Every attempt (area, outcome, name, reason):"]
    for a in results:
        out.append(f"{a.area} | {a.outcome:<5} | {a.name} | {a.reason}")
    return "\n".join(out)


# ============================================================== main

AREA_FUNCTIONS: dict[int, Callable[[Lab, Attempts], None]] = {
    1: area_free_text, 2: area_yaml, 3: area_paths, 4: area_faults, 5: area_wizard, 6: area_determinism,
}


def default_executable() -> str:
    return str(Path(sys.executable).parent / "spinout")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spinout", default=default_executable(), help="the spinout executable (default: beside this Python)")
    parser.add_argument("--only", type=int, choices=sorted(AREAS), action="append", help="run only this area (repeatable)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per command before it counts as a hang (default 60)")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder for inspection")
    args = parser.parse_args(argv)

    exe = shutil.which(args.spinout) or args.spinout
    if not os.access(exe, os.X_OK):
        parser.error(f"not an executable: {args.spinout}")
    lab = Lab(os.path.abspath(exe), args.timeout, args.keep)

    def stop(signum: int, _frame: Any) -> None:
        lab.cleanup()
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    results: Attempts = []
    start = time.monotonic()
    print(f"spinout attack pass: {lab.exe}\nwork folder: {lab.root} (cache {lab.cache}; canaries in {lab.short})\n"
          f"timeout {lab.timeout:.0f} s per command, {lab.ui_wait:.0f} s for the wizard's screen; "
          f"strace {'yes' if lab.has_strace else 'no'}, pdftotext {'yes' if lab.has_pdftotext else 'no'}, "
          f"tmux {'yes' if lab.has_tmux else 'no'}, pypdf {'yes' if pypdf else 'no'}", flush=True)
    missing = [tool for tool, have in (("strace", lab.has_strace), ("tmux", lab.has_tmux)) if not have]
    if missing:
        print(f"  (without {' and '.join(missing)} some checks fall back or are skipped: "
              f"apt-get update && apt-get install {' '.join(missing)})", flush=True)
    print(flush=True)
    try:
        lab.build_base()
        for number in sorted(set(args.only or AREAS)):
            print(f"{AREAS[number]}", flush=True)
            AREA_FUNCTIONS[number](lab, results)
    except KeyboardInterrupt:
        print("\ninterrupted: partial results below", flush=True)
    finally:
        lab.cleanup()
    elapsed = time.monotonic() - start
    print()
    print(attempt_lines(results))
    print()
    print(scoreboard(results))
    print(f"\n{len(results)} attempts in {elapsed / 60:.1f} min" + (f"; work folder kept: {lab.root}" if args.keep else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
