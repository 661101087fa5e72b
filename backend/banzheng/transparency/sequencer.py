"""A Merkle log: leaves queued freely, integrated in order by a sequencer, in batches.

This is how Trillian and Certificate Transparency logs avoid a global lock on the write path:
writers only INSERT their queued leaf, in their own transaction (it exists iff their change
commits), and never wait for one another. The sequencer — a loop in every worker process
(`keep_sequencing`) — takes the oldest queued leaves, appends them to the tiles, indexes them,
marks them integrated, stores the new size and root with a signed checkpoint, all in one short
transaction, then publishes the checkpoint off the database. Two sequencers (two worker
processes) serialise on their `UPDATE` of the log's `LogState` row; only they ever touch it.

The log's order is the order of integration. A writer whose transaction commits late simply
lands in a later batch; nothing is ever inserted before an integrated leaf.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from banzheng.transparency import checkpoint as notes
from banzheng.transparency import merkle
from banzheng.transparency.checkpoint import Checkpoint, CheckpointStore, LogKey
from banzheng.transparency.models import LogState
from banzheng.transparency.store import HASH_SIZE, TILE_WIDTH, LeafLookup, TileStore

log = logging.getLogger("banzheng.transparency")
BATCH_SIZE = 2000
"""Leaves per integration transaction: large enough for thousands of appends a second, small
enough that one batch's transaction stays well under a second."""
SEQUENCE_INTERVAL = 0.5
"""Seconds a sequencer sleeps when the queue is empty: the delay before a leaf is provable."""


@dataclass(frozen=True)
class Queued:
    ref: object  # the waiting row's id
    leaf: bytes  # its leaf hash


class Source(Protocol):
    """Where a log's leaves wait before integration."""

    async def waiting(self) -> bool:
        """Whether any leaf waits (a plain read: an idle sequencer takes no write lock)."""

    async def take(self, limit: int) -> list[Queued]:
        """The oldest waiting leaves (inside the sequencer's transaction)."""

    async def settle(self, assigned: Sequence[tuple[Queued, int]]) -> None:
        """Mark these leaves integrated at these positions (same transaction)."""


class TreeSizeTooLarge(ValueError):
    pass


@dataclass
class MerkleLog:
    name: str  # the row key in tlog_state and tile ids
    origin_suffix: str  # appended to the key's name to make the checkpoint's origin line
    source: Source
    indexed: bool = False  # keep a leaf hash → position index (for lookups by hash)

    @property
    def tiles(self) -> TileStore:
        return TileStore(self.name)

    def origin(self, key: LogKey) -> str:
        return key.name + self.origin_suffix

    # --- reading --------------------------------------------------------------------------

    async def state(self) -> LogState | None:
        return await LogState.get_or_none(log=self.name)

    async def _size_within(self, size: int | None) -> int:
        state = await self.state()
        current = state.size if state else 0
        if size is None:
            return current
        if size > current:
            raise TreeSizeTooLarge(f"tree size {size} > {current}")
        return size

    async def consistency(self, first: int, second: int) -> list[bytes]:
        await self._size_within(second)
        return await self.tiles.range_hashes(merkle.consistency_ranges(first, second))

    async def prove(
        self, leaf: bytes, size: int | None = None
    ) -> tuple[int, int, list[bytes]] | None:
        """(position, tree size, inclusion proof) of a leaf within the given (default: latest)
        tree size, or None when it is not there."""
        size = await self._size_within(size)
        if not size:
            return None
        found = await LeafLookup(self.tiles).find(
            leaf, size, also=lambda i: merkle.needed_nodes(merkle.inclusion_ranges(i, size))
        )
        if found is None:
            return None
        index, nodes = found
        ranges = merkle.inclusion_ranges(index, size)
        return index, size, [merkle.range_hash(a, b, nodes.__getitem__) for a, b in ranges]

    async def stored_leaves(self) -> AsyncIterator[tuple[int, bytes]]:
        tiles = await self.tiles.all_tiles(0)
        for (_, tile_index), data in sorted(tiles.items()):
            for offset in range(0, len(data), HASH_SIZE):
                yield (
                    tile_index * TILE_WIDTH + offset // HASH_SIZE,
                    data[offset : offset + HASH_SIZE],
                )

    async def verify(self, key: LogKey, store: CheckpointStore) -> LogReport:
        """The stored leaves against every checkpoint published for this log."""
        try:
            published = published_checkpoints(store, self.name, key, self.origin(key))
        except notes.BadCheckpoint as exc:
            return LogReport(False, 0, 0, None, f"checkpoints refused: {exc}")
        return await check_leaves(self.stored_leaves(), published)

    # --- the sequencer --------------------------------------------------------------------

    async def integrate(
        self, key: LogKey, checkpoints: CheckpointStore, *, limit: int = BATCH_SIZE
    ) -> int:
        """One batch: returns how many leaves were integrated (0: the queue was empty)."""
        await self._ensure_state(key)
        queued: list[Queued] = []
        if await self.source.waiting():  # a plain read: an idle sequencer takes no write lock
            state, queued = await self._integrate_batch(key, limit)
        else:
            state = await LogState.get(log=self.name)
        if queued or checkpoints.latest_size(self.name) < state.size:  # new, or a lost publication
            await asyncio.to_thread(checkpoints.publish, self.name, state.size, state.checkpoint)
        return len(queued)

    async def _integrate_batch(self, key: LogKey, limit: int) -> tuple[LogState, list[Queued]]:
        async with in_transaction():
            # Taking the state row first makes a second sequencer wait here (and, on SQLite,
            # takes the write lock before any read, so two processes cannot deadlock).
            await LogState.filter(log=self.name).update(size=F("size"))
            state = await LogState.get(log=self.name)
            queued = await self.source.take(limit)
            if queued:
                leaves = [q.leaf for q in queued]
                await self.tiles.append(state.size, leaves)
                if self.indexed:
                    await LeafLookup(self.tiles).add(state.size, leaves)
                await self.source.settle([(q, state.size + i) for i, q in enumerate(queued)])
                size = state.size + len(queued)
                await self._sign_into(state, key, size, await self.tiles.root(size))
        return state, queued

    async def integrate_all(self, key: LogKey, checkpoints: CheckpointStore) -> int:
        total = 0
        while count := await self.integrate(key, checkpoints):
            total += count
        return total

    async def _ensure_state(self, key: LogKey) -> None:
        if await LogState.exists(log=self.name):
            return
        state = LogState(log=self.name)
        await self._sign_into(state, key, 0, merkle.EMPTY_ROOT, save=False)
        await LogState.bulk_create([state], ignore_conflicts=True)  # two first sequencers race

    async def _sign_into(
        self, state: LogState, key: LogKey, size: int, root: bytes, *, save: bool = True
    ) -> None:
        now = datetime.now(UTC)
        note, _ = key.sign(Checkpoint(self.origin(key), size, root, now))
        state.size, state.root, state.checkpoint, state.updated_at = size, root.hex(), note, now
        if save:
            await state.save(update_fields=["size", "root", "checkpoint", "updated_at"])


@dataclass(frozen=True)
class LogReport:
    """The outcome of checking a log's leaves against its published checkpoints."""

    ok: bool
    checked: int  # leaves walked
    checkpoints: int  # published checkpoints verified and matched
    broken_at: int | None = None  # leaf index (0-based) where the log stops matching
    reason: str = ""


def published_checkpoints(store: CheckpointStore, log_name: str, key: LogKey, origin: str):
    """The checkpoints published for a log, signature-checked, by size; raises BadCheckpoint
    on a bad signature, a foreign origin or two different roots for one size."""
    by_size: dict[int, Checkpoint] = {}
    for note in store.history(log_name):
        cp = notes.verify(note, key.verifier_key)
        if cp.origin != origin:
            raise notes.BadCheckpoint(f"checkpoint of another log ({cp.origin!r})")
        if by_size.get(cp.size, cp).root != cp.root:
            raise notes.BadCheckpoint(f"two checkpoints of size {cp.size} disagree")
        by_size[cp.size] = cp
    return [by_size[size] for size in sorted(by_size)]


async def check_leaves(
    leaves: AsyncIterator[tuple[int, bytes]], checkpoints: Sequence[Checkpoint]
) -> LogReport:
    """Re-derive the tree from the leaves in order (O(log n) memory) and compare its root at
    every published size. Detects an altered, missing, reordered or cut-off leaf, even when
    every hash in the database was recomputed: the checkpoints are signed and kept elsewhere."""
    frontier, pending, matched = merkle.Frontier(), list(checkpoints), 0
    since = 0  # the first leaf after the last matched checkpoint
    while pending and pending[0].size == 0:  # the empty log's head: nothing to compare
        matched += bool(pending.pop(0))
    async for index, leaf in leaves:
        if index != frontier.size:
            return LogReport(False, frontier.size, matched, frontier.size, "leaf missing (deleted)")
        frontier.append(leaf)
        if pending and pending[0].size == frontier.size:
            if frontier.root() != pending.pop(0).root:
                reason = f"leaves {since}..{index} do not match the signed checkpoint"
                return LogReport(False, frontier.size, matched, since, reason)
            matched, since = matched + 1, frontier.size
    if pending:
        reason = f"truncated: a checkpoint of size {pending[-1].size} was signed"
        return LogReport(False, frontier.size, matched, frontier.size, reason)
    return LogReport(True, frontier.size, matched)


def note_signature(note: str) -> str:
    """The base64 Ed25519 signature of a checkpoint we signed (its first signature line)."""
    line = note.split("\n\n", 1)[1].splitlines()[0]
    raw = base64.b64decode(line.rsplit(" ", 1)[1])
    return base64.b64encode(raw[4:]).decode()


async def keep_sequencing(logs: Sequence[MerkleLog], key: LogKey, store: CheckpointStore) -> None:
    """The worker's sequencer loop: integrate while there is work, rest when there is none."""
    while True:
        busy = False
        for merkle_log in logs:
            try:
                busy |= await merkle_log.integrate(key, store) > 0
            except Exception:
                log.exception("integration failed; retrying", extra={"log": merkle_log.name})
        if not busy:
            await asyncio.sleep(SEQUENCE_INTERVAL)
