"""The public transparency log: RFC 9162 proofs checked by a verifier written here from the RFC,
tampering detected, concurrent appenders, the public routes."""

from __future__ import annotations

import asyncio
import base64
import hashlib

import pytest
from tortoise import Tortoise

from banzheng.transparency import checkpoint, merkle, service
from banzheng.transparency.models import LogTile, QueuedLeaf
from banzheng.transparency.store import TileStore, nodes_from_tiles, tiles_for
from tests.helpers import assert_error

# --- an independent verifier, from RFC 9162 §2.1 (not the code under test) ----------------------


def H(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def mth(leaves: list[bytes]) -> bytes:
    """§2.1.1 MTH over leaf *hashes* (the leaf hashing already applied)."""
    n = len(leaves)
    if n == 0:
        return H(b"")
    if n == 1:
        return leaves[0]
    k = 1
    while k * 2 < n:
        k *= 2
    return H(b"\x01" + mth(leaves[:k]) + mth(leaves[k:]))


def rfc_inclusion_ok(leaf: bytes, m: int, n: int, path: list[bytes], root: bytes) -> bool:
    """§2.1.3.2, step by step."""
    if m >= n:
        return False
    fn, sn, r = m, n - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            r = H(b"\x01" + p + r)
            if fn % 2 == 0:
                while fn % 2 == 0 and fn != 0:
                    fn //= 2
                    sn //= 2
        else:
            r = H(b"\x01" + r + p)
        fn //= 2
        sn //= 2
    return sn == 0 and r == root


def rfc_consistency_ok(m: int, n: int, proof: list[bytes], first: bytes, second: bytes) -> bool:
    """§2.1.4.2, step by step."""
    if m == n:
        return proof == [] and first == second
    if not proof:
        return False
    if m & (m - 1) == 0:
        proof = [first, *proof]
    fn, sn = m - 1, n - 1
    while fn % 2 == 1:
        fn //= 2
        sn //= 2
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            fr = H(b"\x01" + c + fr)
            sr = H(b"\x01" + c + sr)
            if fn % 2 == 0:
                while fn % 2 == 0 and fn != 0:
                    fn //= 2
                    sn //= 2
        else:
            sr = H(b"\x01" + sr + c)
        fn //= 2
        sn //= 2
    return sn == 0 and fr == first and sr == second


def payload(n: int) -> bytes:
    return f"certificate {n}".encode()


def leaf_of(n: int, kind=service.LeafKind.certificate_issued) -> bytes:
    return H(b"\x00" + kind.value.encode() + b"\n" + payload(n))


async def grow(count: int, *, step: int = 1) -> list[service.SignedTreeHead]:
    """Submit `count` leaves and integrate them `step` at a time; the head after each batch."""
    key, store = service.signing().key, service.signing().checkpoints
    heads = []
    for start in range(0, count, step):
        for n in range(start, min(count, start + step)):
            await service.submit(kind=service.LeafKind.certificate_issued, payload=payload(n))
        await service.PUBLIC_LOG.integrate(key, store)
        heads.append(await service.latest_head())
    return heads


async def test_every_proof_of_every_size_up_to_300_verifies(app):
    heads = await grow(300)
    leaves = [leaf_of(n) for n in range(300)]
    verifier = service.signing().key.verifier_key
    # Every signed head (sizes 1..300) carries the RFC root of its prefix, signed by the log key.
    assert [h.tree_size for h in heads] == list(range(1, 301))
    roots = {0: H(b"")}
    for head in heads:
        signed = checkpoint.verify(head.checkpoint, verifier)
        assert signed.size == head.tree_size
        assert signed.root == mth(leaves[: head.tree_size]) == bytes.fromhex(head.root_hash)
        roots[head.tree_size] = signed.root
    # Every leaf at every size, and every pair of sizes, from the stored tiles: each perfect
    # subtree is computed once from its tile (the service's `nodes_from_tiles`), then reused.
    tiles = {}
    for level in range(3):
        tiles.update(await TileStore("public").all_tiles(level))
    perfect = [(lv, i) for lv in range(9) for i in range(300 >> lv)]
    nodes = nodes_from_tiles(perfect, tiles)
    for n in range(1, 301):
        for m in range(n):
            path = [
                merkle.range_hash(a, b, nodes.__getitem__) for a, b in merkle.inclusion_ranges(m, n)
            ]
            assert rfc_inclusion_ok(leaves[m], m, n, path, roots[n]), (m, n)
            assert not rfc_inclusion_ok(leaves[m], m, n, path, roots[n - 1] if n > 1 else b"")
        for m in range(1, n + 1):
            ranges = merkle.consistency_ranges(m, n)
            proof = [merkle.range_hash(a, b, nodes.__getitem__) for a, b in ranges]
            assert rfc_consistency_ok(m, n, proof, roots[m], roots[n]), (m, n)
    # The service's own path (database reads per proof) agrees on a sample.
    for m, n in ((0, 1), (5, 300), (255, 256), (299, 300), (128, 257)):
        proof = await service.inclusion_proof(leaves[m].hex(), n)
        assert proof.leaf_index == m
        assert rfc_inclusion_ok(leaves[m], m, n, [bytes.fromhex(h) for h in proof.hashes], roots[n])
    for m, n in ((1, 300), (7, 8), (100, 299), (300, 300)):
        proof = [bytes.fromhex(h) for h in await service.consistency_proof(m, n)]
        assert rfc_consistency_ok(m, n, proof, roots[m], roots[n])
    assert tiles_for(merkle.needed_nodes(merkle.inclusion_ranges(5, 300))) <= set(tiles)
    assert nodes[(8, 0)] == mth(leaves[:256]) and nodes[(5, 8)] == mth(leaves[256:288])


async def test_the_public_routes_serve_head_proofs_and_key(client, app):
    empty = await client.get("/api/v1/transparency/head")
    assert_error(empty, 404, "TLOG_EMPTY")
    await grow(21, step=7)
    head = (await client.get("/api/v1/transparency/head")).json()
    key = (await client.get("/api/v1/transparency/public-key")).json()
    signed = checkpoint.verify(head["checkpoint"], key["verifier_key"])
    assert (signed.size, signed.root.hex()) == (21, head["root_hash"]) and head["tree_size"] == 21
    assert head["timestamp"].endswith("+08:00") and head["root_hash"] == head["root_hash"].lower()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    body = head["checkpoint"].split("\n\n")[0] + "\n"
    Ed25519PublicKey.from_public_bytes(base64.b64decode(key["public_key"])).verify(
        base64.b64decode(head["signature"]), body.encode()
    )
    leaf = leaf_of(9)
    resp = await client.get(
        "/api/v1/transparency/proof/inclusion", params={"leaf_hash": leaf.hex(), "tree_size": 14}
    )
    assert resp.status_code == 200, resp.text
    proof = resp.json()
    assert (proof["leaf_index"], proof["tree_size"]) == (9, 14)
    assert rfc_inclusion_ok(
        leaf,
        9,
        14,
        [bytes.fromhex(h) for h in proof["proof"]],
        mth([leaf_of(n) for n in range(14)]),
    )
    latest = await client.get(
        "/api/v1/transparency/proof/inclusion", params={"leaf_hash": leaf.hex()}
    )
    assert latest.json()["tree_size"] == 21
    resp = await client.get(
        "/api/v1/transparency/proof/consistency", params={"first": 7, "second": 21}
    )
    cons = [bytes.fromhex(h) for h in resp.json()["proof"]]
    all_leaves = [leaf_of(n) for n in range(21)]
    assert rfc_consistency_ok(7, 21, cons, mth(all_leaves[:7]), mth(all_leaves))
    # Refusals: unknown leaf, a size beyond the log, a malformed hash, an unknown parameter.
    unknown = await client.get(
        "/api/v1/transparency/proof/inclusion", params={"leaf_hash": "ab" * 32}
    )
    assert_error(unknown, 404, "TLOG_LEAF_NOT_FOUND")
    too_big = await client.get(
        "/api/v1/transparency/proof/inclusion", params={"leaf_hash": leaf.hex(), "tree_size": 22}
    )
    assert_error(too_big, 400, "TLOG_TREE_SIZE_INVALID")
    not_in_yet = await client.get(
        "/api/v1/transparency/proof/inclusion",
        params={"leaf_hash": leaf_of(15).hex(), "tree_size": 14},
    )
    assert_error(not_in_yet, 404, "TLOG_LEAF_NOT_FOUND")
    bad = await client.get("/api/v1/transparency/proof/inclusion", params={"leaf_hash": "xyz"})
    assert_error(bad, 422, "VALIDATION_ERROR")
    extra = await client.get(
        "/api/v1/transparency/proof/consistency", params={"first": 1, "second": 2, "x": 1}
    )
    assert_error(extra, 422, "VALIDATION_ERROR")
    backwards = await client.get(
        "/api/v1/transparency/proof/consistency", params={"first": 9, "second": 3}
    )
    assert_error(backwards, 400, "TLOG_TREE_SIZE_INVALID")


async def test_a_duplicate_leaf_keeps_its_first_position(app):
    await grow(3)
    await service.submit(kind=service.LeafKind.certificate_issued, payload=payload(1))
    await service.integrate()
    head = await service.latest_head()
    proof = await service.inclusion_proof(leaf_of(1).hex())
    assert head.tree_size == 4 and proof.leaf_index == 1


async def _tile_bytes() -> bytes:
    return bytes((await LogTile.get(id="public/0/0")).hashes)


async def _put_tile(data: bytes) -> None:
    await LogTile.filter(id="public/0/0").update(hashes=data)


@pytest.mark.parametrize("tamper", ["alter", "delete", "reorder"])
async def test_tampering_with_a_stored_leaf_is_detected(app, tamper):
    key, store = service.signing().key, service.signing().checkpoints
    await grow(40, step=10)
    assert (await service.PUBLIC_LOG.verify(key, store)).ok
    data = await _tile_bytes()
    entry = [data[i : i + 32] for i in range(0, len(data), 32)]
    if tamper == "alter":
        entry[12] = H(b"\x00forged")
    elif tamper == "delete":
        del entry[39]
    else:
        entry[12], entry[13] = entry[13], entry[12]
    await _put_tile(b"".join(entry))
    report = await service.PUBLIC_LOG.verify(key, store)
    assert not report.ok
    if tamper == "delete":
        assert "truncated" in report.reason
    else:
        assert report.broken_at == 10 and "do not match" in report.reason
    # A proof served from the altered tiles no longer verifies against the signed head.
    if tamper != "delete":
        head = checkpoint.verify((await service.latest_head()).checkpoint, key.verifier_key)
        hashes = [
            bytes.fromhex(h) for h in (await service.inclusion_proof(leaf_of(5).hex())).hashes
        ]
        assert not rfc_inclusion_ok(leaf_of(5), 5, 40, hashes, head.root)


async def test_a_full_rehash_with_truncation_is_detected(app):
    """Rewrite the tiles for a shorter log and a state row to match: the published checkpoints,
    signed and off the database, still say otherwise."""
    key, store = service.signing().key, service.signing().checkpoints
    await grow(30, step=10)
    await Tortoise.get_connection("default").execute_script("DELETE FROM tlog_tile")
    await TileStore("public").append(0, [leaf_of(n) for n in range(28)])
    report = await service.PUBLIC_LOG.verify(key, store)
    assert not report.ok and "truncated" in report.reason


async def test_four_concurrent_appenders_make_one_consistent_log(app):
    """Four writers submit while four sequencers integrate: every leaf once, one tree."""
    key, store = service.signing().key, service.signing().checkpoints

    async def writer(w: int) -> None:
        for n in range(50):
            await service.submit(kind=service.LeafKind.registration, payload=payload(w * 1000 + n))
            await asyncio.sleep(0)

    async def sequencer() -> None:
        for _ in range(40):
            await service.PUBLIC_LOG.integrate(key, store, limit=7)
            await asyncio.sleep(0)

    await asyncio.gather(*(writer(w) for w in range(4)), *(sequencer() for _ in range(4)))
    await service.integrate()
    assert await QueuedLeaf.all().count() == 0
    head = await service.latest_head()
    assert head.tree_size == 200
    expected = {
        leaf_of(w * 1000 + n, service.LeafKind.registration) for w in range(4) for n in range(50)
    }
    seen = [leaf async for _, leaf in service.PUBLIC_LOG.stored_leaves()]
    assert set(seen) == expected and len(seen) == 200
    assert mth(seen) == bytes.fromhex(head.root_hash)
    report = await service.PUBLIC_LOG.verify(key, store)
    assert report.ok and report.checked == 200 and report.checkpoints >= 2
    published = checkpoint_sizes(store)
    # Sequencers publish after their commit, so two may publish out of order; the newest
    # checkpoint file still names the largest size, and `verify` sorts by size.
    assert max(published) == 200 and store.latest_size("public") == 200


def checkpoint_sizes(store) -> list[int]:
    return [int(note.split("\n")[1]) for note in store.history("public")]


def test_keys_parse_sign_and_production_refuses_development_keys(tmp_path, settings):
    from banzheng.settings import Env

    dev = checkpoint.load_log_key(settings)
    assert dev.development and checkpoint.load_log_key(settings).public == dev.public
    real = checkpoint.LogKey.generate("tlog.banzheng.example.gov.cn")
    again = checkpoint.LogKey.parse(real.signer_key)
    assert again.public == real.public and not again.development
    prod = settings.model_copy(update={"ENV": Env.production, "TLOG_SIGNING_KEY": ""})
    with pytest.raises(checkpoint.KeyRefused, match="needs TLOG_SIGNING_KEY"):
        checkpoint.load_log_key(prod)
    with pytest.raises(checkpoint.KeyRefused, match="development"):
        checkpoint.load_log_key(prod.model_copy(update={"TLOG_SIGNING_KEY": dev.signer_key}))
    assert (
        checkpoint.load_log_key(
            prod.model_copy(update={"TLOG_SIGNING_KEY": real.signer_key})
        ).public
        == real.public
    )
    with pytest.raises(checkpoint.KeyRefused):
        checkpoint.LogKey.parse(real.signer_key[:-4] + "AAAA")
    # A note signed by another key, or altered, is refused.
    from datetime import UTC, datetime

    note, _ = real.sign(checkpoint.Checkpoint("o", 3, H(b"r"), datetime.now(UTC)))
    assert checkpoint.verify(note, real.verifier_key).size == 3
    with pytest.raises(checkpoint.BadCheckpoint):
        checkpoint.verify(note.replace("\n3\n", "\n4\n"), real.verifier_key)
    with pytest.raises(checkpoint.BadCheckpoint):
        checkpoint.verify(note, dev.verifier_key)


async def test_leaves_sharing_a_bucket_or_a_tag_are_each_found_at_their_first_position(app):
    """The bucketed index keeps 2 bytes of bucket and 4 of tag: leaves agreeing on those (crafted
    here) are told apart by the hash in the tile; a repeated leaf answers its first position."""
    from banzheng.transparency.models import LeafBucket
    from banzheng.transparency.store import ENTRY_BYTES, LeafLookup

    same_tag = H(b"shared")[:6]  # bucket and tag
    same_bucket = same_tag[:2] + b"\xff" * 4  # same bucket, another tag
    first, second, third = (same_tag + H(bytes([n]))[:26] for n in range(3))
    neighbour = same_bucket + H(b"n")[:26]
    tiles, lookup = TileStore("public"), LeafLookup(TileStore("public"))
    batches = [[first, second, neighbour, second], [third, first, neighbour]]
    size = 0
    for batch in batches:  # each as the sequencer does: tiles, then the index
        await tiles.append(size, batch)
        await lookup.add(size, batch)
        size += len(batch)

    async def position(leaf: bytes, within: int) -> int | None:
        found = await lookup.find(leaf, within)
        return found and found[0]

    found = [await position(leaf, size) for leaf in (first, second, neighbour, third)]
    assert found == [0, 1, 2, 4]
    assert await position(same_tag + b"\x00" * 26, size) is None  # the tag, another hash
    assert await position(H(b"never logged"), size) is None
    assert await position(third, 4) is None  # not within the first four leaves
    bucket = await LeafBucket.get(bucket=int.from_bytes(same_tag[:2], "big"))
    assert len(bucket.entries) == 4 * ENTRY_BYTES  # repeats are not entered again


async def test_the_leaf_index_refuses_positions_beyond_four_bytes(app):
    from banzheng.transparency.models import LeafBucket
    from banzheng.transparency.store import MAX_INDEXED_LEAVES, LeafIndexFull, LeafLookup

    lookup = LeafLookup(TileStore("public"))
    await lookup.add(MAX_INDEXED_LEAVES - 1, [H(b"last")])  # the last position fits
    with pytest.raises(LeafIndexFull, match="4,294,967,296"):
        await lookup.add(MAX_INDEXED_LEAVES, [H(b"one too many")])
    assert await LeafBucket.all().count() == 1


async def test_migration_20_rebuilds_the_bucketed_index_from_the_leaf_tiles(app, settings):
    """An existing log keeps answering by hash after the upgrade: the buckets are made from the
    level-0 tiles (a repeated leaf at its first position), whatever the old index held."""
    import importlib.util

    from banzheng import db
    from banzheng.transparency.store import LeafLookup

    dialect = db.dialect(settings.database_url)
    [path] = (db.MIGRATIONS_DIR / dialect / "models").glob("20_*.py")
    spec = importlib.util.spec_from_file_location("migration_20", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    leaves = [leaf_of(n % 300) for n in range(600)] + [leaf_of(n) for n in range(300, 700)]
    await TileStore("public").append(0, leaves)  # tiles only: no index yet
    await migration.upgrade(Tortoise.get_connection("default"))
    lookup = LeafLookup(TileStore("public"))
    found = [(await lookup.find(leaf_of(n), len(leaves)) or (None,))[0] for n in range(700)]
    assert found == [*range(300), *range(600, 1000)]
