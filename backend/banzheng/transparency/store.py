"""Tiles: how a log's hashes are stored, and how proofs are read from them in O(log n).

The layout is that of C2SP tlog-tiles (https://c2sp.org/tlog-tiles), in database rows: tile level
L holds the hashes of tree level 8·L, 256 to a tile (8 KiB); tile level 0 holds the leaf hashes.
A perfect subtree of level 8·L + r is the root of 2^r consecutive hashes of one tile at level L
(at most 127 hash operations), so any of the ≤ 2·log2(n) subtrees a proof needs comes from one
tile, and a proof reads ⌈log2(n)/8⌉ + 1 tiles in one query. Complete tiles never change; the
right-most tile of each level grows until full (written again with each batch; on PostgreSQL
the column is STORAGE MAIN, so that partial tile lives in the heap row and its dead versions are
pruned with the page rather than left as dead TOAST chunks until VACUUM).
Storage: 32 bytes per leaf plus 1/256 of that per level above.

Leaf hash → position (`LeafLookup`, the public log only): 65,536 bucket rows keyed by the hash's
first 2 bytes, each packing 8-byte entries (4 more bytes of the hash, the 4-byte position): 8 bytes
per leaf plus each row's header, key and the free space its rewrites leave — measured on PostgreSQL
(2026-12-01, the index alone) at 16.3–16.6 bytes per leaf at 1,020,000 leaves, 44 at 120,000.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence

from tortoise import Tortoise

from banzheng.transparency import merkle
from banzheng.transparency.merkle import Node
from banzheng.transparency.models import LogTile

TILE_HEIGHT = 8
TILE_WIDTH = 1 << TILE_HEIGHT
HASH_SIZE = 32


def tile_id(log: str, level: int, index: int) -> str:
    return f"{log}/{level}/{index}"


def _entries(node: Node) -> tuple[int, int, int]:
    """(tile level, first entry, entry count) of the hashes a perfect subtree is the root of."""
    level, index = node
    tile_level, rest = divmod(level, TILE_HEIGHT)
    return tile_level, index << rest, 1 << rest


def tiles_for(needed: Iterable[Node]) -> set[tuple[int, int]]:
    """(tile level, tile index) of the tiles holding these subtrees' hashes."""
    result = set()
    for node in needed:
        tile_level, first, _ = _entries(node)
        result.add((tile_level, first // TILE_WIDTH))
    return result


def nodes_from_tiles(
    needed: Iterable[Node], tiles: dict[tuple[int, int], bytes]
) -> dict[Node, bytes]:
    result: dict[Node, bytes] = {}
    for node in needed:
        tile_level, first, count = _entries(node)
        data = tiles.get((tile_level, first // TILE_WIDTH), b"")
        offset = (first % TILE_WIDTH) * HASH_SIZE
        chunk = data[offset : offset + count * HASH_SIZE]
        if len(chunk) != count * HASH_SIZE:
            raise LookupError(f"subtree {node} is not stored")
        result[node] = merkle.perfect_root(
            [chunk[i : i + HASH_SIZE] for i in range(0, len(chunk), HASH_SIZE)]
        )
    return result


class TileStore:
    """One log's tiles. Reads see the caller's transaction (the sequencer's own writes)."""

    def __init__(self, log: str) -> None:
        self.log = log

    async def _tiles(self, wanted: Iterable[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
        ids = {tile_id(self.log, level, index): (level, index) for level, index in wanted}
        if not ids:
            return {}
        rows = await LogTile.filter(id__in=list(ids)).values_list("id", "hashes")
        return {ids[row_id]: bytes(data) for row_id, data in rows}

    async def nodes(self, needed: Iterable[Node]) -> dict[Node, bytes]:
        """The hashes of perfect subtrees (each must be complete in the stored tree)."""
        needed = set(needed)
        return nodes_from_tiles(needed, await self._tiles(tiles_for(needed)))

    async def all_tiles(self, level: int) -> dict[tuple[int, int], bytes]:
        """Every tile of one level (for checks that walk the whole log)."""
        rows = await LogTile.filter(id__startswith=f"{self.log}/{level}/").values_list(
            "id", "hashes"
        )
        return {(level, int(row_id.rsplit("/", 1)[1])): bytes(data) for row_id, data in rows}

    async def range_hashes(self, ranges: Sequence[merkle.Range]) -> list[bytes]:
        """MTH of each range, from one read of the tiles they need."""
        nodes = await self.nodes(merkle.needed_nodes(ranges))
        return [merkle.range_hash(a, b, nodes.__getitem__) for a, b in ranges]

    async def root(self, size: int) -> bytes:
        return (await self.range_hashes([(0, size)]))[0]

    async def leaves(self, indices: Iterable[int]) -> dict[int, bytes]:
        nodes = await self.nodes((0, i) for i in indices)
        return {index: digest for (_, index), digest in nodes.items()}

    async def append(self, size: int, leaves: Sequence[bytes]) -> None:
        """Add leaves after the first `size`; completed tiles' roots climb to the level above."""
        level, count, new = 0, size, list(leaves)
        while new:
            first, end = count // TILE_WIDTH, (count + len(new) - 1) // TILE_WIDTH
            existing = b""
            if count % TILE_WIDTH:
                existing = (await self._tiles([(level, first)])).get((level, first), b"")
                if len(existing) != (count % TILE_WIDTH) * HASH_SIZE:
                    raise LookupError(f"{self.log}: tile {level}/{first} does not hold {count}")
            data = existing + b"".join(new)
            rows, completed = [], []
            for index in range(first, end + 1):
                chunk = data[(index - first) * TILE_WIDTH * HASH_SIZE :][: TILE_WIDTH * HASH_SIZE]
                rows.append(LogTile(id=tile_id(self.log, level, index), hashes=chunk))
                if len(chunk) == TILE_WIDTH * HASH_SIZE:
                    hashes = [chunk[i : i + HASH_SIZE] for i in range(0, len(chunk), HASH_SIZE)]
                    completed.append(merkle.perfect_root(hashes))
            await LogTile.bulk_create(rows, on_conflict=["id"], update_fields=["hashes"])
            level, count, new = level + 1, count // TILE_WIDTH, completed


# --- leaf hash → position -----------------------------------------------------------------------

BUCKET_BYTES = 2
"""The leaf hash's first 2 bytes pick its bucket (65,536 rows): at 1,000,000 leaves a bucket holds
~15 entries (~120 bytes), so a row's fixed cost (header, key, the free space its rewrites leave)
is spread thin, and the value stays far below PostgreSQL's 2 KiB TOAST threshold. Each batch
rewrites the buckets it touches, so past ~10,000,000 leaves (~1.2 KiB buckets) a wider bucket
key would keep a batch's writes small."""
TAG_BYTES = 4
"""The hash's next 4 bytes, kept in each entry: a bucket of n entries shows a stranger's hash a
false candidate with probability n / 2^32; each candidate is checked against the tile anyway."""
POSITION_BYTES = 4
ENTRY_BYTES = TAG_BYTES + POSITION_BYTES
MAX_INDEXED_LEAVES = 1 << (8 * POSITION_BYTES)
"""Positions are 4-byte unsigned: the index covers 2^32 (4,294,967,296) leaves. Beyond that the
sequencer refuses the batch (`LeafIndexFull`) rather than index a position it cannot write."""
WRITE_CHUNK = 2000  # buckets per upsert statement

_READ = {
    "postgres": 'SELECT "bucket", "entries" FROM "tlog_leaf_bucket" WHERE "bucket" = ANY($1::int[])',
    "sqlite": 'SELECT "bucket", "entries" FROM "tlog_leaf_bucket"'
    ' WHERE "bucket" IN (SELECT "value" FROM json_each(?))',
}
_WRITE = {
    "postgres": 'INSERT INTO "tlog_leaf_bucket" ("bucket", "entries")'
    " SELECT * FROM unnest($1::int[], $2::bytea[])"
    ' ON CONFLICT ("bucket") DO UPDATE SET "entries" = EXCLUDED."entries"',
    "sqlite": 'INSERT INTO "tlog_leaf_bucket" ("bucket", "entries") VALUES (?, ?)'
    ' ON CONFLICT ("bucket") DO UPDATE SET "entries" = excluded."entries"',
}


class LeafIndexFull(RuntimeError):
    """The log outgrew 4-byte positions: the batch is refused (its transaction rolls back)."""


def bucket_of(leaf: bytes) -> int:
    return int.from_bytes(leaf[:BUCKET_BYTES], "big")


def tag_of(leaf: bytes) -> bytes:
    return leaf[BUCKET_BYTES : BUCKET_BYTES + TAG_BYTES]


def positions_tagged(entries: bytes, tag: bytes) -> list[int]:
    """Positions of the entries carrying this tag, in the order they were added (ascending)."""
    found, at = [], entries.find(tag)
    while at >= 0:
        if at % ENTRY_BYTES == 0:  # a tag, not bytes straddling a tag and a position
            found.append(int.from_bytes(entries[at + TAG_BYTES : at + ENTRY_BYTES], "big"))
        at = entries.find(tag, at + 1)
    return found


class LeafLookup:
    """Find a leaf's position by its hash (the public log's inclusion route takes a hash).

    One index, of the public log: the only log looked up by hash (the audit log is walked, never
    searched), so the bucket alone is the key. Each `tlog_leaf_bucket` row packs fixed-size
    entries, tag (4 bytes) ‖ position (4 bytes, big-endian), in the order the leaves were
    integrated; a leaf already in the log is not entered again, so the first match that the tile
    confirms is the leaf's first position. 8 bytes per leaf instead of a row per leaf."""

    def __init__(self, tiles: TileStore) -> None:
        self.tiles = tiles

    async def candidates(self, leaf: bytes) -> list[int]:
        """Positions whose entry carries this leaf's tag (one primary-key read), ascending."""
        buckets = await _read_buckets([bucket_of(leaf)])
        return positions_tagged(buckets.get(bucket_of(leaf), b""), tag_of(leaf))

    async def find(
        self, leaf: bytes, size: int, *, also: Callable[[int], Iterable[Node]] = lambda _: ()
    ) -> tuple[int, dict[Node, bytes]] | None:
        """The first position of this leaf within the first `size` leaves, with the subtrees
        `also(position)` names (an inclusion proof's), read in the same query as the tile that
        confirms the leaf: a proof by hash is three reads (state, bucket, tiles), not four."""
        for index in await self.candidates(leaf):
            if index < size:
                nodes = await self.tiles.nodes({(0, index), *also(index)})
                if nodes[(0, index)] == leaf:
                    return index, nodes
        return None

    async def add(self, first_index: int, leaves: Sequence[bytes]) -> None:
        """Index leaves appended at first_index… (in the sequencer's transaction): the touched
        buckets in one read, entries appended here, written back by upsert. A leaf already in
        the log keeps its first position; a different hash with the same tag gets its entry."""
        if first_index + len(leaves) > MAX_INDEXED_LEAVES:
            raise LeafIndexFull(
                f"the leaf index holds {MAX_INDEXED_LEAVES:,} positions ({POSITION_BYTES}-byte"
                f" entries); leaves up to {first_index + len(leaves):,} need wider entries"
            )
        buckets = {
            number: bytearray(entries)
            for number, entries in (
                await _read_buckets({bucket_of(leaf) for leaf in leaves})
            ).items()
        }
        # Earlier leaves sharing a tag with a new one: a duplicate, or rarely another hash.
        earlier = {
            index
            for leaf in leaves
            for index in positions_tagged(buckets.get(bucket_of(leaf), b""), tag_of(leaf))
        }
        known = await self.tiles.leaves(earlier) if earlier else {}
        changed: dict[int, bytearray] = {}
        for position, leaf in enumerate(leaves, first_index):
            entries = buckets.setdefault(bucket_of(leaf), bytearray())
            tagged = positions_tagged(entries, tag_of(leaf))
            if any(_leaf_at(i, first_index, leaves, known) == leaf for i in tagged):
                continue  # a duplicate: the first position answers
            entries += tag_of(leaf) + position.to_bytes(POSITION_BYTES, "big")
            changed[bucket_of(leaf)] = entries
        await _write_buckets(changed)


def _leaf_at(
    index: int, first_index: int, batch: Sequence[bytes], known: dict[int, bytes]
) -> bytes:
    return batch[index - first_index] if index >= first_index else known[index]


async def _read_buckets(numbers: Iterable[int]) -> dict[int, bytes]:
    conn = Tortoise.get_connection("default")
    dialect = conn.capabilities.dialect
    wanted = sorted(numbers)
    rows = await conn.execute_query_dict(
        _READ[dialect], [wanted if dialect == "postgres" else json.dumps(wanted)]
    )
    return {row["bucket"]: bytes(row["entries"]) for row in rows}


async def _write_buckets(buckets: dict[int, bytearray]) -> None:
    conn = Tortoise.get_connection("default")
    dialect = conn.capabilities.dialect
    rows = sorted((number, bytes(entries)) for number, entries in buckets.items())
    for start in range(0, len(rows), WRITE_CHUNK):
        chunk = rows[start : start + WRITE_CHUNK]
        if dialect == "postgres":
            await conn.execute_query(
                _WRITE[dialect], [[n for n, _ in chunk], [e for _, e in chunk]]
            )
        else:
            await conn.execute_many(_WRITE[dialect], [list(row) for row in chunk])
