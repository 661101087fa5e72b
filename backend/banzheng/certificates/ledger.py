"""Certificate events as leaves of the transparency log ("区块链+电子证照", RFC 9162 §2).

The one place this domain talks to the log (helper tlog's `banzheng.transparency`):
`leaf_payload` builds a leaf's payload (canonical JSON, ASCII), `leaf_hash` its RFC 9162 leaf
hash ``SHA-256(0x00 || entry)`` with ``entry = kind || "\\n" || payload`` (the log's entry
format), and `append` submits it inside the caller's transaction, so a certificate becomes
current (or revoked) in the same COMMIT that queues its leaf; the log's sequencer then integrates
it into the tree. The issuance payload is also written into the PDF's metadata (/Keywords)
before the registry seals it: anyone holding the PDF can recompute the leaf hash and check an
inclusion proof against a signed tree head without our database (scripts/verify_certificate.py).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
from typing import Any

log = logging.getLogger(__name__)

ISSUED = "certificate.issued"
REVOKED = "certificate.revoked"
KEYWORDS_PREFIX = "banzheng-leaf:"


def leaf_payload(**fields: Any) -> bytes:
    """Canonical JSON of one event: sorted keys, no spaces, ASCII only (so the same bytes
    survive PDF metadata and any language's JSON encoder)."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def entry_bytes(kind: str, payload: bytes) -> bytes:
    """The log entry of a leaf: its kind, a newline, the payload."""
    return kind.encode("ascii") + b"\n" + payload


def leaf_hash(kind: str, payload: bytes) -> str:
    """RFC 9162 §2.1.1: MTH({d}) = SHA-256(0x00 || d), as lowercase hex."""
    return hashlib.sha256(b"\x00" + entry_bytes(kind, payload)).hexdigest()


def keywords(payload: bytes) -> str:
    return KEYWORDS_PREFIX + payload.decode("ascii")


def payload_from_keywords(value: str) -> bytes | None:
    value = (value or "").strip()
    if not value.startswith(KEYWORDS_PREFIX):
        return None
    return value.removeprefix(KEYWORDS_PREFIX).encode("ascii")


def transparency():
    """The transparency log's service module, or None where it is not deployed."""
    try:
        return importlib.import_module("banzheng.transparency.service")
    except ModuleNotFoundError as exc:  # the log (helper tlog's domain) is not deployed here
        if exc.name not in ("banzheng.transparency", "banzheng.transparency.service"):
            raise
        return None


async def append(kind: str, payload: bytes) -> str:
    """Queue one leaf in the transparency log (inside the caller's transaction); returns its
    leaf hash (hex)."""
    service = transparency()
    if service is None:
        log.warning("transparency log missing: certificate leaf not published")
        return leaf_hash(kind, payload)
    submitted = await service.submit(kind=kind, payload=payload)
    if submitted != leaf_hash(kind, payload):
        raise AssertionError("the log hashes certificate leaves differently from ledger.leaf_hash")
    return submitted
