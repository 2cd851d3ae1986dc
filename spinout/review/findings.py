"""A check's result: a Finding, and the Report that collects them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["fail", "warn", "info", "pass"]


@dataclass(frozen=True)
class Finding:
    id: str
    severity: Severity
    message: str
    citation: str = ""
    subject: str = ""     # the rule ("rule 12") or answer ("shares.max_holding") concerned


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    def of(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity == severity]

    @property
    def failed(self) -> bool:
        return bool(self.of("fail"))


