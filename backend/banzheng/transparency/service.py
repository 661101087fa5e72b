"""The public transparency log ("区块链+电子证照", done the verifiable way: MISSION req. 11).

Every certificate issuance, revocation and registration (登簿) is a leaf. A domain calls
`submit(kind=…, payload=…)` inside the transaction that makes the change, so the leaf exists iff
the change commits; the worker's sequencer integrates it within a second or so; anyone can then
fetch the signed tree head and an inclusion proof and check them without trusting us
(`merkle.verify_inclusion`, `checkpoint.verify`).

Leaf data = `kind` ‖ "\\n" ‖ payload (`entry_bytes`): the kind is inside the hash, so a
revocation can never be shown as an issuance. The payload is the caller's canonical bytes (the
certificate's content digest, say); the log stores only hashes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from banzheng import db
from banzheng.common.errors import ApiError, NotFound
from banzheng.transparency import merkle
from banzheng.transparency.checkpoint import CheckpointStore, LogKey
from banzheng.transparency.models import LogState, QueuedLeaf
from banzheng.transparency.sequencer import MerkleLog, Queued, TreeSizeTooLarge, note_signature


class LeafKind(StrEnum):
    certificate_issued = "certificate.issued"  # 缮证: an e-certificate (or a new version) issued
    certificate_revoked = "certificate.revoked"  # replaced or cancelled
    registration = "registration"  # 登簿: the entry into the register


class NotIntegrated(NotFound):
    code = "TLOG_LEAF_NOT_FOUND"
    message = "该记录不在透明日志中（或尚未写入，请稍后再查）"


class TreeSizeRefused(ApiError):
    status = 400
    code = "TLOG_TREE_SIZE_INVALID"
    message = "树大小无效：超出当前日志大小或顺序不对"


class LogEmpty(ApiError):
    status = 404
    code = "TLOG_EMPTY"
    message = "透明日志尚无签名树头"


class QueuedLeaves:
    """The public log's queue: `tlog_queue` rows, oldest first; integrated rows are deleted."""

    async def waiting(self) -> bool:
        return await QueuedLeaf.exists()

    async def take(self, limit: int) -> list[Queued]:
        rows = await QueuedLeaf.all().order_by("id").limit(limit).values_list("id", "leaf_hash")
        return [Queued(row_id, bytes.fromhex(leaf)) for row_id, leaf in rows]

    async def settle(self, assigned: Sequence[tuple[Queued, int]]) -> None:
        await QueuedLeaf.filter(id__in=[queued.ref for queued, _ in assigned]).delete()


PUBLIC_LOG = MerkleLog(name="public", origin_suffix="", source=QueuedLeaves(), indexed=True)


@dataclass(frozen=True)
class Signing:
    key: LogKey
    checkpoints: CheckpointStore


_signing: list[Signing] = []


def configure(key: LogKey, checkpoints: CheckpointStore) -> None:
    """The process's log key and checkpoint store (API and worker start-up)."""
    _signing[:] = [Signing(key, checkpoints)]


def signing() -> Signing:
    if not _signing:
        raise RuntimeError("transparency.service.configure() was not called in this process")
    return _signing[0]


def entry_bytes(kind: LeafKind | str, payload: bytes) -> bytes:
    return LeafKind(kind).value.encode() + b"\n" + payload


async def submit(*, kind: LeafKind | str, payload: bytes) -> str:
    """Queue one leaf; returns its leaf hash (hex). No lock: one INSERT in the caller's
    transaction, its SQL written once instead of built by the query builder per call."""
    leaf = merkle.leaf_hash(entry_bytes(kind, payload)).hex()
    await db.execute_dict(
        'INSERT INTO "tlog_queue" ("kind", "leaf_hash", "queued_at") VALUES (?, ?, ?)',
        [LeafKind(kind).value, leaf, datetime.now(UTC)],
    )
    return leaf


async def integrate() -> int:
    """Integrate everything queued (the worker's sequencer does this continually)."""
    current = signing()
    return await PUBLIC_LOG.integrate_all(current.key, current.checkpoints)


@dataclass(frozen=True)
class SignedTreeHead:
    origin: str
    tree_size: int
    root_hash: str
    timestamp: datetime
    key_name: str
    signature: str  # base64 Ed25519 over the checkpoint's body
    checkpoint: str  # the C2SP signed note


@dataclass(frozen=True)
class InclusionProof:
    leaf_hash: str
    leaf_index: int
    tree_size: int
    hashes: list[str]


def _head(state: LogState) -> SignedTreeHead:
    signature_line = state.checkpoint.split("\n\n", 1)[1]
    return SignedTreeHead(
        origin=state.checkpoint.split("\n", 1)[0],
        tree_size=state.size,
        root_hash=state.root,
        timestamp=state.updated_at,
        key_name=signature_line.split(" ")[1],
        signature=note_signature(state.checkpoint),
        checkpoint=state.checkpoint,
    )


async def latest_head() -> SignedTreeHead:
    state = await PUBLIC_LOG.state()
    if state is None:
        raise LogEmpty()
    return _head(state)


def _hash(value: str) -> bytes:
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ApiError("哈希值应为 64 位十六进制", code="TLOG_HASH_INVALID", status=400)
    return raw


async def inclusion_proof(leaf_hash: str, tree_size: int | None = None) -> InclusionProof:
    leaf = _hash(leaf_hash)
    try:
        found = await PUBLIC_LOG.prove(leaf, tree_size)
    except TreeSizeTooLarge:
        raise TreeSizeRefused() from None
    if found is None:
        raise NotIntegrated()
    index, size, hashes = found
    return InclusionProof(leaf.hex(), index, size, [h.hex() for h in hashes])


async def consistency_proof(first: int, second: int) -> list[str]:
    if not 0 < first <= second:
        raise TreeSizeRefused()
    try:
        hashes = await PUBLIC_LOG.consistency(first, second)
    except TreeSizeTooLarge:
        raise TreeSizeRefused() from None
    return [h.hex() for h in hashes]
