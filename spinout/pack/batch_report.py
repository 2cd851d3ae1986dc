"""What `spinout batch` prints at the end: one line a pack, then why each failure failed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .batch import BatchResult


def render_batch_summary(results: Sequence[BatchResult], out: Path, seconds: float, workers: int) -> str:
    built = sum(result.built for result in results)
    at_once = f"{workers} at a time" if workers > 1 else "one at a time"
    lines = [f"Built {built} of {len(results)} packs in {out}/ in {seconds:.1f} s ({at_once}).", ""]
    rows = [("Pack", "Group", "Result")] + [(r.job.out.name, r.society or "-", _outcome(r)) for r in results]
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    lines += [f"{pack:<{widths[0]}}  {group:<{widths[1]}}  {outcome}".rstrip() for pack, group, outcome in rows]
    failed = [result for result in results if not result.built]
    if failed:
        others = "; the packs that were built are complete" if built else ""
        lines += ["", f"Not built (nothing was written for these{others}):"]
        for result in failed:
            reason = result.error.splitlines() or ["no reason given"]
            lines.append(f"  {result.job.source}: {reason[0]}")
            lines += [f"    {line.strip()}" for line in reason[1:] if line.strip()]
    lines += ["", "Everything in the packs is a draft, not legal advice."]
    return "\n".join(lines)


def _outcome(result: BatchResult) -> str:
    if not result.built:
        return "not built (see below)"
    checks = (f"{_count(result.fails, 'check fails', 'checks fail')}, "
              f"{_count(result.warnings, 'needs attention', 'need attention')}")
    return f"built, {result.files} files; {checks}"


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
