"""Audit log: who did what to which object, when and from where — append-only, hash-chained.

`record` is the one call every state change makes. `verify` walks the chain; run it as
`python -m banzheng.common.audit verify` (exit status 1 and the first broken row on tampering).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.transactions import in_transaction

from banzheng.common.context import current_origin
from banzheng.common.models import AuditEvent, AuditHead

GENESIS = "0" * 64
HEAD_ID = 1


def _digest(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _content(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": event.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor_id": event.actor_id,
        "actor_role": event.actor_role,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "ip": event.ip,
        "request_id": event.request_id,
        "details": event.details,
        "prev_hash": event.prev_hash,
    }


def _with_client_id(details: dict[str, Any], client_request_id: str | None) -> dict[str, Any]:
    """The client's own X-Request-ID, when it sent one, as a detail: `request_id` is ours."""
    if client_request_id is None:
        return details
    return {**details, "client_request_id": client_request_id}


async def record(
    action: str,
    *,
    object_type: str | None = None,
    object_id: object | None = None,
    details: dict[str, Any] | None = None,
    actor_id: object | None = None,
    actor_role: str | None = None,
) -> AuditEvent:
    """Append one event. Actor, IP and request id default to the current request's origin."""
    origin = current_origin.get()
    async with in_transaction():
        head = await AuditHead.select_for_update().get_or_none(id=HEAD_ID)
        if head is None:  # first event ever: two writers may race to create the head row
            await AuditHead.bulk_create(
                [AuditHead(id=HEAD_ID, seq=0, hash=GENESIS)], ignore_conflicts=True
            )
            head = await AuditHead.select_for_update().get(id=HEAD_ID)
        event = AuditEvent(
            seq=head.seq + 1,
            at=datetime.now(UTC),
            actor_id=str(actor_id) if actor_id is not None else origin.actor_id,
            actor_role=actor_role or origin.actor_role,
            action=action,
            object_type=object_type,
            object_id=str(object_id) if object_id is not None else None,
            ip=origin.ip,
            request_id=origin.request_id,
            details=_with_client_id(details or {}, origin.client_request_id),
            prev_hash=head.hash,
        )
        event.hash = _digest(_content(event))
        await event.save(force_create=True)
        head.seq, head.hash = event.seq, event.hash
        await head.save(update_fields=["seq", "hash"])
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    broken_at: int | None = None
    reason: str = ""


async def verify(batch: int = 1000) -> ChainReport:
    prev_hash, expected_seq, checked = GENESIS, 1, 0
    while True:
        rows = await AuditEvent.filter(seq__gte=expected_seq).order_by("seq").limit(batch)
        for event in rows:
            if event.seq != expected_seq:
                return ChainReport(False, checked, expected_seq, "row missing (deleted)")
            if event.prev_hash != prev_hash:
                return ChainReport(False, checked, event.seq, "chain broken before this row")
            if _digest(_content(event)) != event.hash:
                return ChainReport(False, checked, event.seq, "row content altered")
            prev_hash, expected_seq, checked = event.hash, expected_seq + 1, checked + 1
        if len(rows) < batch:
            break
    head = await AuditHead.get_or_none(id=HEAD_ID)
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS)
    if head_seq != checked or head_hash != prev_hash:
        return ChainReport(False, checked, checked + 1, "rows missing at the end (truncated)")
    return ChainReport(True, checked)


async def _main(argv: list[str]) -> int:
    from banzheng import db
    from banzheng.settings import load_settings

    if argv[:1] != ["verify"]:
        sys.stderr.write("usage: python -m banzheng.common.audit verify\n")
        return 2
    await db.open_database(load_settings())
    try:
        report = await verify()
    finally:
        await db.close_database()
    if report.ok:
        print(f"audit chain intact: {report.checked} events")
        return 0
    print(f"audit chain BROKEN at seq {report.broken_at}: {report.reason}")
    return 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(_main(sys.argv[1:])))
