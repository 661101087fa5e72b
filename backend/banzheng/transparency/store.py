"""Tiles: how a log's hashes are stored, and how proofs are read from them in O(log n).

The layout is that of C2SP tlog-tiles (https://c2sp.org/tlog-tiles), in database rows: tile level
L holds the hashes of tree level 8·L, 256 to a tile (8 KiB); tile level 0 holds the leaf hashes.
A perfect subtree of level 8·L + r is the root of 2^r consecutive hashes of one tile at level L
(at most 127 hash operations), so any of the ≤ 2·log2(n) subtrees a proof needs comes from one
tile, and a proof reads ⌈log2(n)/8⌉ + 1 tiles in one query. Complete tiles never change; the
right-most tile of each level grows until full (written again with each batch).
Storage: 32 bytes per leaf plus 1/256 of that per level above.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from banzheng.transparency import merkle
from banzheng.transparency.merkle import Node
from banzheng.transparency.models import LeafIndex, LogTile

TILE_HEIGHT = 8
TILE_WIDTH = 1 << TILE_HEIGHT
HASH_SIZE = 32
PROBES = 8  # LeafIndex linear probing: keys key … key+7
CHUNK = 1000  # keys per IN (…) query and rows per INSERT


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


# --- leaf hash → index ---------------------------------------------------------------------------


def _key(leaf: bytes, probe: int = 0) -> int:
    """The leaf hash's first 8 bytes as a signed 64-bit integer, plus a probe, wrapping."""
    raw = int.from_bytes(leaf[:8], "big") + probe
    raw %= 1 << 64
    return raw - (1 << 64) if raw >= 1 << 63 else raw


class LeafLookup:
    """Find a leaf's position by its hash (the public log's inclusion route takes a hash)."""

    def __init__(self, tiles: TileStore) -> None:
        self.tiles = tiles

    async def find(self, leaf: bytes, size: int) -> int | None:
        """The first position of this leaf within the first `size` leaves, or None."""
        keys = [_key(leaf, p) for p in range(PROBES)]
        rows = await LeafIndex.filter(key__in=keys).values_list("key", "leaf_index")
        candidates = {key: index for key, index in rows}
        for key in keys:
            index = candidates.get(key)
            if index is None:
                return None  # probing stops at the first free key
            if index < size and (await self.tiles.leaves([index]))[index] == leaf:
                return index
        return None

    async def add(self, first_index: int, leaves: Sequence[bytes]) -> None:
        """Index leaves appended at first_index… (in the sequencer's transaction). A leaf already
        in the log keeps its first position; a different hash on the same key probes onward."""
        taken = await self._taken({_key(leaf) for leaf in leaves})
        rows = []
        for position, leaf in enumerate(leaves, first_index):
            for probe in range(PROBES):
                key = _key(leaf, probe)
                if probe and key not in taken:  # a collision's path: rare, looked up one by one
                    taken.update(await self._taken({key}))
                holder = taken.get(key)
                if holder is None:
                    taken[key] = position
                    rows.append(LeafIndex(key=key, leaf_index=position))
                    break
                if await self._leaf_at(holder, first_index, leaves) == leaf:
                    break  # a duplicate: the first position answers
            else:
                raise RuntimeError(f"{PROBES} leaf-index keys taken around {leaf.hex()}")
        await LeafIndex.bulk_create(rows, batch_size=CHUNK)

    async def _taken(self, keys: set[int]) -> dict[int, int]:
        found: dict[int, int] = {}
        ordered = sorted(keys)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            found.update(await LeafIndex.filter(key__in=chunk).values_list("key", "leaf_index"))
        return found

    async def _leaf_at(self, index: int, first_index: int, batch: Sequence[bytes]) -> bytes:
        if index >= first_index:
            return batch[index - first_index]
        return (await self.tiles.leaves([index]))[index]
