"""Merkle tree arithmetic of RFC 9162 §2 (Certificate Transparency 2.0), pure and storage-free.

Hashing (§2.1.1): a leaf is SHA-256(0x00 || data), an interior node SHA-256(0x01 || left || right)
— the domain separation that stops a leaf from passing for a node. The tree over n leaves splits
at k, the largest power of two below n (§2.1.1), so every subtree a proof needs is the hash of a
range [a, b) whose start is aligned on its size rounded up to a power of two; such a range is a
run of *perfect* subtrees (complete, 2^level leaves), which never change once complete. Storage
keeps only perfect-subtree hashes (the tiles of `banzheng.transparency.store`), and proofs are
assembled here from O(log n) of them: the tree is never rebuilt.

Also here: the verifiers of §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), used by the public
verification page and `scripts/verify_certificate.py`, and `Frontier`, the O(log n)-memory
running root used to re-derive a log from its rows (`audit verify`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()  # MTH({}) = SHA-256() (§2.1.1)

Node = tuple[int, int]
"""A perfect subtree: (level, index) covers leaves [index·2^level, (index+1)·2^level)."""
Range = tuple[int, int]
"""Leaves [start, end) whose Merkle Tree Hash (MTH) is one element of a proof."""


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(NODE_PREFIX + left + right).digest()


def _split(n: int) -> int:
    """k: the largest power of two smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


# --- which subtrees a proof needs ------------------------------------------------------------


def inclusion_ranges(index: int, size: int) -> list[Range]:
    """PATH(m, D[n]) of §2.1.3.1 as the ranges whose MTH are the proof's elements, leaf upward."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size}")
    ranges: list[Range] = []
    start, end = 0, size
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start += k
    ranges.reverse()
    return ranges


def consistency_ranges(first: int, second: int) -> list[Range]:
    """PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of §2.1.4.1, as ranges."""
    if not 0 < first <= second:
        raise ValueError(f"no consistency proof from {first} to {second}")
    ranges: list[Range] = []
    start, end, m, complete = 0, second, first, True
    while True:
        n = end - start
        if m == n:
            if not complete:
                ranges.append((start, end))
            break
        k = _split(n)
        if m <= k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start, m, complete = start + k, m - k, False
    ranges.reverse()
    return ranges


def perfect_pieces(start: int, end: int) -> list[Node]:
    """The perfect subtrees making up [start, end), left to right (sizes decreasing).

    Valid for the ranges of RFC 9162's recursion: `start` is a multiple of every piece's size."""
    pieces: list[Node] = []
    at, size = start, end - start
    for level in range(size.bit_length() - 1, -1, -1):
        if size >> level & 1:
            if at & ((1 << level) - 1):
                raise ValueError(f"[{start}, {end}) is not a Merkle subtree range")
            pieces.append((level, at >> level))
            at += 1 << level
    return pieces


def needed_nodes(ranges: Iterable[Range]) -> set[Node]:
    return {node for a, b in ranges for node in perfect_pieces(a, b)}


def range_hash(start: int, end: int, perfect: Callable[[Node], bytes]) -> bytes:
    """MTH(D[start:end]) from its perfect pieces: the right-most pieces join first (§2.1.1)."""
    if start == end:
        return EMPTY_ROOT
    pieces = [perfect(node) for node in perfect_pieces(start, end)]
    result = pieces[-1]
    for piece in reversed(pieces[:-1]):
        result = node_hash(piece, result)
    return result


def perfect_root(hashes: Sequence[bytes]) -> bytes:
    """Root of a perfect subtree given its 2^k hashes one level (or more) below."""
    level = list(hashes)
    while len(level) > 1:
        level = [node_hash(level[i], level[i + 1]) for i in range(0, len(level), 2)]
    return level[0]


# --- verification (§2.1.3.2, §2.1.4.2) --------------------------------------------------------


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> bool:
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(
    first: int, second: int, proof: Sequence[bytes], first_root: bytes, second_root: bytes
) -> bool:
    if first == second:
        return not proof and first_root == second_root
    if not 0 < first < second or not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:  # a power of two: the old root is a node of the new tree
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0


# --- running root -------------------------------------------------------------------------------


@dataclass
class Frontier:
    """The roots of the perfect subtrees of the leaves appended so far (a "compact range"):
    append is amortised O(1), the root O(log n), memory O(log n)."""

    size: int = 0

    def __post_init__(self) -> None:
        self._stack: list[bytes] = []  # perfect roots, largest (left-most) first

    def append(self, leaf: bytes) -> None:
        node, size = leaf, self.size
        while size & 1:
            node = node_hash(self._stack.pop(), node)
            size >>= 1
        self._stack.append(node)
        self.size += 1

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        result = self._stack[-1]
        for piece in reversed(self._stack[:-1]):
            result = node_hash(piece, result)
        return result
