"""What the public verification page shows: the certificate's state, the holder's masked name,
and whether its leaves are in the transparency log under the latest signed tree head (the
inclusion proof is checked here, by the page's own RFC 9162 verifier, not taken on trust)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from banzheng.certificates import ledger
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


PENDING = "签发记录已提交透明日志，正在写入，请稍后刷新再核对"


def _moment(value) -> str:
    local = value.astimezone(OFFICE_TZ)
    return f"{local:%Y-%m-%d %H:%M:%S}"


def _day(value) -> str:
    if value is None:
        return ""
    local = value.astimezone(OFFICE_TZ)
    return f"{local.year}年{local.month}月{local.day}日"


async def log_check(certificate: Certificate) -> LogCheck:
    """Check the certificate's issuance leaf (and its revocation leaf) against the latest signed
    tree head: the head's signature by the log key, then each inclusion proof (RFC 9162
    §2.1.3.2) up to the head's root."""
    transparency = ledger.transparency()
    if transparency is None:
        return LogCheck(ok=None, message="透明日志暂未开通，暂无法核对日志记录")
    from banzheng.transparency import checkpoint, merkle

    leaves = [certificate.leaf_hash]
    if certificate.status is CertificateStatus.revoked:
        leaves.append(certificate.revocation_leaf_hash)
    try:
        head = await transparency.latest_head()
        signed = checkpoint.verify(head.checkpoint, transparency.signing().key.verifier_key)
        proofs = [await transparency.inclusion_proof(leaf, signed.size) for leaf in leaves]
    except (transparency.LogEmpty, transparency.NotIntegrated):
        return LogCheck(ok=None, message=PENDING)
    except checkpoint.BadCheckpoint:
        return LogCheck(ok=False, message="透明日志的签名树头未通过签名验证，请联系登记机构")
    facts = {
        "tree_size": signed.size,
        "root_hash": signed.root.hex(),
        "head_time": _moment(signed.timestamp),
    }
    for leaf, proof in zip(leaves, proofs, strict=True):
        path = [bytes.fromhex(h) for h in proof.hashes]
        if not merkle.verify_inclusion(
            bytes.fromhex(leaf), proof.leaf_index, signed.size, path, signed.root
        ):
            return LogCheck(ok=False, message="透明日志核对未通过：记录与签名树头不符", **facts)
    what = "签发和作废记录" if len(leaves) > 1 else "签发记录"
    return LogCheck(ok=True, message=f"已核对：本证的{what}在透明日志中，未被篡改", **facts)


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
