"""What the public verification page shows: the certificate's state, the holder's masked name,
and whether its leaves are in the transparency log under the latest signed tree head (the
inclusion proof is checked here, by the page's own RFC 9162 verifier, not taken on trust)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from banzheng.certificates.labels import REVOCATION_LABELS
from banzheng.certificates.models import Certificate, CertificateStatus
from banzheng.common.workdays import OFFICE_TZ


@dataclass(frozen=True)
class LogCheck:
    ok: bool | None  # None: the log cannot be asked (not deployed)
    message: str
    tree_size: int | None = None
    root_hash: str | None = None
    head_time: str | None = None


def _day(value) -> str:
    if value is None:
        return ""
    local = value.astimezone(OFFICE_TZ)
    return f"{local.year}年{local.month}月{local.day}日"


async def log_check(certificate: Certificate) -> LogCheck:
    """Check the certificate's issuance leaf (and revocation leaf) against the signed head."""
    try:
        transparency = importlib.import_module("banzheng.transparency.service")
    except ModuleNotFoundError:
        return LogCheck(ok=None, message="透明日志暂未开通，暂无法核对日志记录")
    leaves = [certificate.leaf_hash]
    if certificate.status is CertificateStatus.revoked:
        leaves.append(certificate.revocation_leaf_hash)
    return await transparency.check_leaves([leaf for leaf in leaves if leaf])


def page_context(certificate: Certificate, check: LogCheck) -> dict[str, Any]:
    c = certificate.contents
    current = certificate.status is CertificateStatus.current
    return {
        "state": "current" if current else "revoked",
        "number": certificate.number,
        "version": certificate.version,
        "holder": certificate.holder_masked,
        "location": c["location"],
        "unit_number": c["unit_number"],
        "area": c["area"],
        "use": c["use"],
        "right_type": c["right_type"],
        "issued_on": _day(certificate.issued_at),
        "revoked_on": _day(certificate.revoked_at),
        "revocation": REVOCATION_LABELS[certificate.revocation_kind]
        if certificate.revocation_kind
        else "",
        "log": check,
    }
