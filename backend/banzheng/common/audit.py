"""Audit log: who did what to which object, when and from where — append-only, tamper-evident,
and without a global lock.

`record` is the one call every state change makes: it INSERTs one row in the caller's
transaction and nothing else, so audited writers never wait for one another (issue 9: the old
hash chain made every writer lock one head row, so every audited write waited for the longest
transaction holding it). The worker's sequencer then integrates the rows, oldest first, into
the audit Merkle log — the same implementation as the public transparency log
(`banzheng.transparency`): it sets each row's `seq` (its position + 1), stores the tree's
hashes, and signs a checkpoint (size + root) with `TLOG_SIGNING_KEY`, a key that is not in the
database, published off the database (`TLOG_CHECKPOINT_DIR/audit/`).

`verify` (`python -m banzheng.common.audit verify`, exit status 1 and the first broken row on
tampering) recomputes every row's leaf and the tree's root at every published checkpoint: an
edited, deleted or reordered row is found, and so is a full re-hash of the database with rows
cut off — the signed checkpoints outside the database still hold the old sizes and roots.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from banzheng.common.context import current_origin
from banzheng.common.models import AuditEvent
from banzheng.transparency import merkle
from banzheng.transparency.checkpoint import BadCheckpoint, CheckpointStore, LogKey
from banzheng.transparency.sequencer import (
    MerkleLog,
    Queued,
    check_leaves,
    published_checkpoints,
)
from banzheng.transparency.store import TileStore

SETTLE_CHUNK = 500  # rows per UPDATE when the sequencer writes their positions


def _content(event: AuditEvent) -> dict[str, Any]:
    """What a leaf commits to: every column but `seq` (the log's position is the leaf's place)."""
    return {
        "id": event.id,
        "at": event.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor_id": event.actor_id,
        "actor_role": event.actor_role,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "ip": event.ip,
        "request_id": event.request_id,
        "details": event.details,
    }


def _with_client_id(details: dict[str, Any], client_request_id: str | None) -> dict[str, Any]:
    """The client's own X-Request-ID, when it sent one, as a detail: `request_id` is ours."""
    if client_request_id is None:
        return details
    return {**details, "client_request_id": client_request_id}


def leaf_hash(event: AuditEvent) -> bytes:
    canonical = json.dumps(
        _content(event), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return merkle.leaf_hash(b"audit\n" + canonical.encode())


class PendingEvents:
    """The audit log's queue is the table itself: rows without a `seq`, oldest id first."""

    async def waiting(self) -> bool:
        return await AuditEvent.filter(seq__isnull=True).exists()

    async def take(self, limit: int) -> list[Queued]:
        rows = await AuditEvent.filter(seq__isnull=True).order_by("id").limit(limit)
        return [Queued(row, leaf_hash(row)) for row in rows]

    async def settle(self, assigned: Sequence[tuple[Queued, int]]) -> None:
        rows = []
        for queued, index in assigned:
            queued.ref.seq = index + 1
            rows.append(queued.ref)
        await AuditEvent.bulk_update(rows, fields=["seq"], batch_size=SETTLE_CHUNK)


AUDIT_LOG = MerkleLog(name="audit", origin_suffix="/audit", source=PendingEvents())


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
    return await AuditEvent.create(
        at=datetime.now(UTC),
        actor_id=str(actor_id) if actor_id is not None else origin.actor_id,
        actor_role=actor_role or origin.actor_role,
        action=action,
        object_type=object_type,
        object_id=str(object_id) if object_id is not None else None,
        ip=origin.ip,
        request_id=origin.request_id,
        details=_with_client_id(details or {}, origin.client_request_id),
    )


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    broken_at: int | None = None  # seq of the first row that does not hold
    reason: str = ""
    checkpoints: int = 0  # published checkpoints the rows were matched against
    pending: int = 0  # events written but not integrated yet


async def verify(
    key: LogKey, checkpoints: CheckpointStore, *, prefix: bool = False, batch: int = 1000
) -> ChainReport:
    """The rows against the stored tree and the published checkpoints.

    `prefix=True` checks a copy that may legitimately end earlier than the newest checkpoint (a
    restored backup): checkpoints beyond its last row are then not required to be reached."""
    try:
        published = published_checkpoints(checkpoints, AUDIT_LOG.name, key, AUDIT_LOG.origin(key))
    except BadCheckpoint as exc:
        return ChainReport(False, 0, None, f"checkpoints refused: {exc}")
    altered: list[int] = []
    rows = _rows(batch, altered)
    if prefix:
        last = await AuditEvent.filter(seq__isnull=False).order_by("-seq").first()
        published = [cp for cp in published if cp.size <= (last.seq if last else 0)]
    report = await check_leaves(rows, published)
    pending = await AuditEvent.filter(seq__isnull=True).count()
    if altered:
        reason = "row content altered (or rows reordered)"
        return ChainReport(False, altered[0] - 1, altered[0], reason, report.checkpoints, pending)
    broken = None if report.broken_at is None else report.broken_at + 1
    reason = report.reason.replace("leaves", "events") if report.reason else ""
    return ChainReport(report.ok, report.checked, broken, reason, report.checkpoints, pending)


async def _rows(batch: int, altered: list[int]) -> AsyncIterator[tuple[int, bytes]]:
    """(position, leaf) of every integrated row, in seq order; stops at the first row whose
    leaf differs from the one the tree stored for its position (noted in `altered`)."""
    tiles, after = TileStore(AUDIT_LOG.name), 0
    while True:
        events = await AuditEvent.filter(seq__gt=after).order_by("seq").limit(batch)
        if not events:
            return
        stored = await _stored_leaves(tiles, [e.seq - 1 for e in events])
        for event in events:
            leaf = leaf_hash(event)
            if stored.get(event.seq - 1, leaf) != leaf:
                altered.append(event.seq)
                return
            yield event.seq - 1, leaf
        after = events[-1].seq


async def _stored_leaves(tiles: TileStore, indices: list[int]) -> dict[int, bytes]:
    """The leaves the tree holds at these positions (those it holds: a missing tile is not
    an error here, the checkpoints decide)."""
    try:
        return await tiles.leaves(indices)
    except LookupError:
        return {}


async def _main(argv: list[str]) -> int:
    from banzheng import db
    from banzheng.settings import load_settings
    from banzheng.transparency.checkpoint import checkpoint_store, load_log_key

    if argv[:1] != ["verify"] or not set(argv[1:]) <= {"--prefix"}:
        sys.stderr.write("usage: python -m banzheng.common.audit verify [--prefix]\n")
        return 2
    settings = load_settings()
    await db.open_database(settings)
    try:
        report = await verify(
            load_log_key(settings), checkpoint_store(settings), prefix="--prefix" in argv
        )
    finally:
        await db.close_database()
    if report.ok:
        print(
            f"audit log intact: {report.checked} events, {report.checkpoints} signed checkpoints"
            f" matched, {report.pending} waiting to be sequenced"
        )
        return 0
    print(f"audit log BROKEN at seq {report.broken_at}: {report.reason}")
    return 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(_main(sys.argv[1:])))
