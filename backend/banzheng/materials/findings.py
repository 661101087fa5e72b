"""The one value every material check returns: a `Finding`.

A check never raises on bad input from an owner; it returns findings. The upload route refuses
a file on the first `reject`; the pre-review job (材料预审) collects every finding of every
material so a supplement request can name all problems at once (一次性告知, plan requirement 3).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["reject", "warn"]

REJECT: Severity = "reject"
"""The material cannot be accepted as it is; the owner must replace it."""

WARN: Severity = "warn"
"""Accepted, but the owner is told why a clerk may still ask for a better copy."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem with one material.

    `code` is stable and machine-readable (clients and statistics key on it); `message` is
    Simplified Chinese telling the owner what to do; `details` carries numbers for the UI
    (limits, measured values), never the owner's personal data.
    """

    code: str
    message: str
    severity: Severity
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def rejects(self) -> bool:
        return self.severity == REJECT

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "severity": self.severity,
            "details": dict(self.details),
        }


def reject(code: str, message: str, **details: Any) -> Finding:
    return Finding(code, message, REJECT, details)


def warn(code: str, message: str, **details: Any) -> Finding:
    return Finding(code, message, WARN, details)


def has_reject(findings: Iterable[Finding]) -> bool:
    return any(f.rejects for f in findings)
