"""The encrypted object store through both backends, signed links and thumbnails.

S3 runs against a real S3-compatible HTTP server on loopback: moto's server in a thread of this
process (no MinIO wheel exists), spoken to with the production client over HTTP.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import os
import struct
import tracemalloc
import uuid
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from PIL import Image

from banzheng.storage import (
    InvalidObjectId,
    LinkExpired,
    LinkInvalid,
    LocalStorage,
    MasterKeyMissing,
    ObjectExists,
    ObjectNotFound,
    ObjectStore,
    StorageIntegrityError,
    ThumbnailRefused,
    make_thumbnail,
    new_object_id,
    sign_download,
    verify_download,
)
from banzheng.storage.envelope import (
    SEGMENT_SIZE,
    TAG_BYTES,
    MasterKeys,
    StoredObject,
    open_sealed,
)
from banzheng.storage.s3 import MIN_PART_SIZE, S3Storage

KEY_OLD = {"2024a": bytes(range(32))}
KEY_NEW = {"2025a": bytes(range(32, 64))}
MIB = 1024 * 1024
SEALED = SEGMENT_SIZE + TAG_BYTES


# --- backends -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 server on 127.0.0.1 and a free port, for the whole session."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


StoreFactory = Callable[..., Awaitable[ObjectStore]]


@pytest.fixture(params=["local", "s3"])
async def make_store(request, tmp_path) -> AsyncIterator[StoreFactory]:
    """Makes stores over one place (folder or bucket), each with the master keys it is given."""
    opened: list[ObjectStore] = []
    bucket = f"test-{uuid.uuid4().hex[:12]}"
    created = False

    async def make(keys: dict[str, bytes] = KEY_OLD, **options) -> ObjectStore:
        nonlocal created
        if request.param == "local":
            store: ObjectStore = LocalStorage(tmp_path / "objects", master_keys=keys, **options)
        else:
            store = await S3Storage(
                master_keys=keys,
                bucket=bucket,
                endpoint_url=request.getfixturevalue("s3_endpoint"),
                access_key_id="test",
                secret_access_key="test-secret",  # moto accepts any
                part_size=MIN_PART_SIZE,
                **options,
            ).open()
            if not created:
                await store.client.create_bucket(Bucket=bucket)
                created = True
        opened.append(store)
        return store

    yield make
    for store in opened:
        await store.close()


@pytest.fixture
async def s3_store(s3_endpoint) -> AsyncIterator[S3Storage]:
    async with S3Storage(
        master_keys=KEY_OLD,
        bucket=f"test-{uuid.uuid4().hex[:12]}",
        endpoint_url=s3_endpoint,
        access_key_id="test",
        secret_access_key="test-secret",  # moto accepts any
        part_size=MIN_PART_SIZE,
    ) as store:
        await store.client.create_bucket(Bucket=store.bucket)
        yield store


async def chunked(data: bytes, size: int = 100_000) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def read_all(store: ObjectStore, object_id: str) -> bytes:
    return b"".join([chunk async for chunk in await store.open_stream(object_id)])


async def raw_body(store: ObjectStore, object_id: str) -> bytes:
    return b"".join([chunk async for chunk in store._read_body(object_id)])


async def set_raw_body(store: ObjectStore, object_id: str, data: bytes) -> None:
    if isinstance(store, LocalStorage):
        store._paths(object_id)[0].write_bytes(data)
    else:
        assert isinstance(store, S3Storage)
        await store._put(store._key(object_id, "obj"), data)


async def edit_envelope(store: ObjectStore, object_id: str, changes: dict) -> None:
    record = json.loads(await store._read_envelope(object_id))
    record.update(changes)
    await store._replace_envelope(object_id, json.dumps(record).encode())


async def leftovers(store: ObjectStore) -> list[str]:
    """Every file or key in the store's place, and every unfinished multipart upload."""
    if isinstance(store, LocalStorage):
        return [str(p.relative_to(store.root)) for p in store.root.rglob("*") if p.is_file()]
    assert isinstance(store, S3Storage)
    listed = await store.client.list_objects_v2(Bucket=store.bucket)
    uploads = await store.client.list_multipart_uploads(Bucket=store.bucket)
    return [o["Key"] for o in listed.get("Contents", [])] + [
        f"upload:{u['Key']}" for u in uploads.get("Uploads", [])
    ]


# --- round trips ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, SEGMENT_SIZE, 3 * SEGMENT_SIZE, MIB + 17])
async def test_round_trip_keeps_bytes_size_and_digest(make_store, size):
    store = await make_store()
    data = os.urandom(size)
    object_id = new_object_id()

    stored = await store.put_stream(object_id, chunked(data, 7_777))

    assert (stored.size, stored.sha256) == (size, hashlib.sha256(data).hexdigest())
    assert stored.key_id == "2024a" and stored.object_id == object_id
    assert await store.exists(object_id)
    assert await store.stat(object_id) == stored
    assert await read_all(store, object_id) == data
    body = await raw_body(store, object_id)
    segments = max(1, -(-size // SEGMENT_SIZE))
    assert len(body) == size + segments * TAG_BYTES
    if size >= 64:
        assert data[:64] not in body  # ciphertext, not plaintext


async def test_one_huge_chunk_and_tiny_chunks_give_the_same_object(make_store):
    store = await make_store()
    data = os.urandom(2 * SEGMENT_SIZE + 5)
    await store.put_stream("a" * 16, chunked(data, len(data)))
    await store.put_stream("b" * 16, chunked(data, 1000))
    assert await read_all(store, "a" * 16) == await read_all(store, "b" * 16) == data


async def test_s3_large_object_goes_up_as_multipart(s3_store):
    store = s3_store
    data = os.urandom(12 * MIB + 3)
    object_id = new_object_id()
    await store.put_stream(object_id, chunked(data, MIB))
    head = await store.client.head_object(Bucket=store.bucket, Key=store._key(object_id, "obj"))
    assert head["ETag"].strip('"').endswith("-3")  # 5 MiB + 5 MiB + the rest
    assert (
        hashlib.sha256(await read_all(store, object_id)).digest() == hashlib.sha256(data).digest()
    )


async def test_delete_removes_the_object_and_is_idempotent(make_store):
    store = await make_store()
    object_id = new_object_id()
    await store.put_bytes(object_id, b"contract")
    await store.delete(object_id)
    await store.delete(object_id)
    assert not await store.exists(object_id)
    assert await leftovers(store) == []
    with pytest.raises(ObjectNotFound):
        await store.open_stream(object_id)


async def test_an_id_is_written_once(make_store):
    store = await make_store()
    await store.put_bytes("c" * 16, b"first")
    with pytest.raises(ObjectExists):
        await store.put_bytes("c" * 16, b"second")
    assert await read_all(store, "c" * 16) == b"first"


@pytest.mark.parametrize(
    "bad", ["../x", "", "a" * 65, "short", "../../etc/passwd0123", "a" * 15 + "."]
)
async def test_invalid_object_ids_are_refused(make_store, bad):
    store = await make_store()
    with pytest.raises(InvalidObjectId):
        await store.put_bytes(bad, b"x")
    for call in (store.open_stream, store.exists, store.delete, store.stat):
        with pytest.raises(InvalidObjectId):
            await call(bad)
    assert await leftovers(store) == []


# --- interrupted uploads -------------------------------------------------------------------------


class UploadBroke(Exception):
    pass


async def breaking(after: int, chunk: int = 256 * 1024) -> AsyncIterator[bytes]:
    sent = 0
    while sent < after:
        yield os.urandom(chunk)
        sent += chunk
    raise UploadBroke


@pytest.mark.parametrize("after", [300 * 1024, 6 * MIB])  # S3: a single put, then multipart
async def test_interrupted_upload_leaves_nothing(make_store, after):
    store = await make_store()
    object_id = new_object_id()
    with pytest.raises(UploadBroke):
        await store.put_stream(object_id, breaking(after))
    assert not await store.exists(object_id)
    assert await leftovers(store) == []
    with pytest.raises(ObjectNotFound):
        await store.open_stream(object_id)


async def test_cancelled_upload_leaves_nothing(make_store):
    store = await make_store()
    started = asyncio.Event()

    async def stalls() -> AsyncIterator[bytes]:
        yield os.urandom(6 * MIB)
        started.set()
        await asyncio.Event().wait()
        yield b""

    task = asyncio.create_task(store.put_stream(new_object_id(), stalls()))
    await started.wait()
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await leftovers(store) == []


# --- tampering -----------------------------------------------------------------------------------


async def stored_object(store: ObjectStore, size: int = MIB + 17) -> tuple[str, bytes]:
    object_id = new_object_id()
    data = os.urandom(size)
    await store.put_stream(object_id, chunked(data))
    return object_id, data


def flip_byte(body: bytes) -> bytes:
    at = 3 * SEALED + 100
    return body[:at] + bytes([body[at] ^ 0x01]) + body[at + 1 :]


def swap_segments(body: bytes) -> bytes:
    seg = [body[i : i + SEALED] for i in range(0, len(body), SEALED)]
    seg[1], seg[2] = seg[2], seg[1]
    return b"".join(seg)


def drop_last_segment(body: bytes) -> bytes:
    return body[: (len(body) - 1) // SEALED * SEALED]


def cut_tail(body: bytes) -> bytes:
    return body[:-5]


def drop_middle_segment(body: bytes) -> bytes:
    return body[:SEALED] + body[2 * SEALED :]


def append_segment(body: bytes) -> bytes:
    return body + body[:SEALED]


@pytest.mark.parametrize(
    "tamper",
    [flip_byte, swap_segments, drop_last_segment, cut_tail, drop_middle_segment, append_segment],
)
async def test_tampered_body_raises_and_releases_only_authentic_bytes(make_store, tamper):
    store = await make_store()
    object_id, data = await stored_object(store)
    await set_raw_body(store, object_id, tamper(await raw_body(store, object_id)))

    released = bytearray()
    with pytest.raises(StorageIntegrityError):
        async for chunk in await store.open_stream(object_id):
            released += chunk
    assert data.startswith(released)
    assert len(released) < len(data)


async def test_body_moved_to_another_id_fails(make_store):
    store = await make_store()
    first, _ = await stored_object(store, 1000)
    second, _ = await stored_object(store, 1000)
    await set_raw_body(store, second, await raw_body(store, first))
    with pytest.raises(StorageIntegrityError):
        await read_all(store, second)


def _flip_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[20] ^= 0x80
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize(
    "changes",
    [
        lambda env: {"wrapped_key": _flip_b64(env["wrapped_key"])},
        lambda env: {"size": env["size"] - 1},
        lambda env: {"sha256": "0" * 64},
        lambda env: {"nonce_prefix": base64.b64encode(b"\x00" * 7).decode()},
        lambda env: {"segment_size": 2 * env["segment_size"]},
        lambda env: {"object_id": "z" * 20},
        lambda env: {"wrapped_key": "not base64!"},
    ],
    ids=["wrapped_key", "size", "sha256", "nonce_prefix", "segment_size", "object_id", "garbage"],
)
async def test_tampered_envelope_fails_before_any_byte(make_store, changes):
    store = await make_store()
    object_id, _ = await stored_object(store, 1000)
    envelope = json.loads(await store._read_envelope(object_id))
    await edit_envelope(store, object_id, changes(envelope))
    with pytest.raises(StorageIntegrityError):
        await store.open_stream(object_id)


# Objects sealed before the cipher moved from PyCryptodome to pyca/cryptography
# (docs/decisions/0006-aes-gcm-from-cryptography.md): an object of two segments, written by the
# old code with a fixed data key and nonce prefix. Every object already stored must still open.
KNOWN_ANSWER = Path(__file__).parent / "data" / "sealed-by-pycryptodome"
KNOWN_PLAINTEXT = bytes((i * 31) % 251 for i in range(1500))


async def test_objects_sealed_by_the_previous_cipher_library_still_open():
    stored = StoredObject.from_json(KNOWN_ANSWER.with_suffix(".env").read_bytes())
    keys = MasterKeys({"k1": bytes(range(32))})
    body = KNOWN_ANSWER.with_suffix(".obj").read_bytes()
    plain = b"".join([c async for c in open_sealed(stored, keys, chunked(body, 700))])
    assert plain == KNOWN_PLAINTEXT
    edited = bytearray(body)
    edited[3] ^= 1
    with pytest.raises(StorageIntegrityError):
        b"".join([c async for c in open_sealed(stored, keys, chunked(bytes(edited), 700))])


# --- master key rotation -------------------------------------------------------------------------


async def test_rewrap_moves_to_the_new_master_key_without_touching_the_body(make_store):
    old_only = await make_store(KEY_OLD)
    object_id, data = await stored_object(old_only)
    stored = await old_only.stat(object_id)
    body_before = await raw_body(old_only, object_id)

    both = await make_store(KEY_NEW | KEY_OLD)
    rewrapped = await both.rewrap(stored, "2025a")

    assert rewrapped.key_id == "2025a" and rewrapped.wrapped_key != stored.wrapped_key
    assert (rewrapped.size, rewrapped.sha256) == (stored.size, stored.sha256)
    assert await both.stat(object_id) == rewrapped
    assert await raw_body(both, object_id) == body_before
    new_only = await make_store(KEY_NEW)
    assert await read_all(new_only, object_id) == data
    with pytest.raises(MasterKeyMissing):
        await old_only.open_stream(object_id)
    # New objects are wrapped under the first listed key.
    assert (await both.put_bytes(new_object_id(), b"x")).key_id == "2025a"


async def test_rewrap_to_an_unknown_key_changes_nothing(make_store):
    store = await make_store(KEY_OLD)
    object_id, _ = await stored_object(store, 10)
    stored = await store.stat(object_id)
    with pytest.raises(MasterKeyMissing):
        await store.rewrap(stored, "nope")
    assert await store.stat(object_id) == stored


# --- memory ----------------------------------------------------------------------------------------


async def test_streaming_50_mib_keeps_the_heap_small(tmp_path):
    """A memory bound, not a timing: the store holds a segment or so, never the object.
    (Local backend only: moto's server runs in this process and keeps the whole object in
    memory, which tracemalloc would count.)"""
    store = LocalStorage(tmp_path / "objects", master_keys=KEY_OLD)
    block = os.urandom(MIB)
    total = 50 * MIB

    async def source() -> AsyncIterator[bytes]:
        for i in range(total // 100_000 + 1):
            start = (i * 100_000) % MIB
            yield (block + block)[start : start + min(100_000, total - i * 100_000)]

    expected = hashlib.sha256()
    async for chunk in source():
        expected.update(chunk)

    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        baseline = tracemalloc.get_traced_memory()[0]
        stored = await store.put_stream(new_object_id(), source())
        digest = hashlib.sha256()
        async for chunk in await store.open_stream(stored.object_id):
            digest.update(chunk)
        peak = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()

    assert stored.size == total
    assert digest.hexdigest() == stored.sha256 == expected.hexdigest()
    print(f"peak heap growth streaming 50 MiB: {peak / MIB:.2f} MiB")
    assert peak < 8 * MIB


# --- signed links --------------------------------------------------------------------------------

SECRET = b"download-link-secret-for-tests-0123456789"
NOW = 1_750_000_000


def test_link_grants_its_user_the_object():
    token = sign_download(
        "obj_" + "A" * 20, audience_user_id="u-1", expires_in=300, secret=SECRET, now=NOW
    )
    assert verify_download(token, user_id="u-1", secret=SECRET, now=NOW + 299) == "obj_" + "A" * 20


def test_link_of_another_user_is_invalid_even_when_expired():
    token = sign_download("B" * 24, audience_user_id="u-1", expires_in=300, secret=SECRET, now=NOW)
    with pytest.raises(LinkInvalid):
        verify_download(token, user_id="u-2", secret=SECRET, now=NOW)
    with pytest.raises(LinkInvalid):
        verify_download(token, user_id="u-2", secret=SECRET, now=NOW + 10_000)


def test_link_expires():
    token = sign_download("C" * 24, audience_user_id="u-1", expires_in=300, secret=SECRET, now=NOW)
    with pytest.raises(LinkExpired):
        verify_download(token, user_id="u-1", secret=SECRET, now=NOW + 300)


def test_link_with_another_secret_is_invalid():
    token = sign_download("D" * 24, audience_user_id="u-1", expires_in=300, secret=SECRET, now=NOW)
    with pytest.raises(LinkInvalid):
        verify_download(token, user_id="u-1", secret=b"x" * 32, now=NOW)


def _tamper_link(token: str, part: int) -> str:
    parts = token.split(".")
    if part == 0:
        parts[0] = "E" * 23 + "F"
    elif part == 1:
        parts[1] = str(int(parts[1]) + 86400)
    else:
        parts[2] = ("A" if parts[2][0] != "A" else "B") + parts[2][1:]
    return ".".join(parts)


@pytest.mark.parametrize("part", [0, 1, 2], ids=["object_id", "expiry", "mac"])
def test_tampered_link_is_invalid(part):
    token = sign_download("E" * 24, audience_user_id="u-1", expires_in=300, secret=SECRET, now=NOW)
    with pytest.raises(LinkInvalid):
        verify_download(_tamper_link(token, part), user_id="u-1", secret=SECRET, now=NOW)


@pytest.mark.parametrize(
    "token", ["", "a.b", "x" * 300, "../etc/passwd.1.AAAA", "E" * 24 + ".-1.AA", "E" * 24 + ".1.!!"]
)
def test_malformed_link_is_invalid(token):
    with pytest.raises(LinkInvalid):
        verify_download(token, user_id="u-1", secret=SECRET, now=NOW)


def test_link_needs_a_real_secret_and_lifetime():
    with pytest.raises(ValueError):
        sign_download("F" * 24, audience_user_id="u", expires_in=60, secret=b"short")
    with pytest.raises(ValueError):
        sign_download("F" * 24, audience_user_id="u", expires_in=0, secret=SECRET)
    with pytest.raises(InvalidObjectId):
        sign_download("../x", audience_user_id="u", expires_in=60, secret=SECRET)


# --- thumbnails ----------------------------------------------------------------------------------


def _jpeg(size: tuple[int, int], **save) -> bytes:
    gradient = Image.linear_gradient("L").resize(size)
    image = Image.merge("RGB", (gradient, gradient.transpose(Image.Transpose.ROTATE_180), gradient))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, **save)
    return out.getvalue()


def _png_claiming(width: int, height: int) -> bytes:
    """A ~70-byte PNG whose header claims width × height pixels (a "pixel flood")."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


async def test_thumbnail_of_a_big_jpeg_is_a_small_jpeg_stored_as_an_object(tmp_path):
    store = LocalStorage(tmp_path / "objects", master_keys=KEY_OLD)
    photo = await store.put_stream(new_object_id(), chunked(_jpeg((4000, 3000))))

    thumb = await make_thumbnail(await store.open_stream(photo.object_id))
    stored = await store.put_bytes(new_object_id(), thumb)

    with Image.open(io.BytesIO(await read_all(store, stored.object_id))) as image:
        assert image.format == "JPEG"
        assert image.size == (320, 240)
        assert not image.getexif()


async def test_thumbnail_follows_exif_orientation_and_flattens_alpha():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90° on the phone
    with Image.open(io.BytesIO(await make_thumbnail([_jpeg((800, 400), exif=exif)]))) as image:
        assert image.size == (160, 320)

    rgba = Image.new("RGBA", (640, 640), (0, 0, 0, 0))
    out = io.BytesIO()
    rgba.save(out, "PNG")
    with Image.open(io.BytesIO(await make_thumbnail([out.getvalue()], max_side=100))) as image:
        assert (image.mode, image.size) == ("RGB", (100, 100))
        assert image.getpixel((50, 50)) == (255, 255, 255)


@pytest.mark.parametrize(
    "size",
    [(8000, 8000), (10_000, 10_000), (50_000, 50_000)],
    ids=["over-our-cap", "pillow-warning-band", "pillow-error-band"],
)
async def test_pixel_flood_png_is_refused_before_decoding(size):
    flood = _png_claiming(*size)
    assert len(flood) < 100  # its IDAT could not fill those pixels: refused on the header alone
    with pytest.raises(ThumbnailRefused, match="pixel flood"):
        await make_thumbnail([flood])


async def test_pixel_cap_is_ours_to_set():
    with pytest.raises(ThumbnailRefused, match="exceeds 1000000 pixels"):
        await make_thumbnail([_jpeg((1001, 1000))], max_pixels=1_000_000)
    assert await make_thumbnail([_jpeg((1000, 1000))], max_pixels=1_000_000)


@pytest.mark.parametrize(
    "data",
    [b"not an image at all", b"GIF89a" + b"\x00" * 100, _jpeg((64, 64))[:200]],
    ids=["garbage", "gif", "truncated"],
)
async def test_thumbnail_refuses_what_it_cannot_or_will_not_read(data):
    with pytest.raises(ThumbnailRefused):
        await make_thumbnail([data])


async def test_thumbnail_refuses_oversized_input():
    with pytest.raises(ThumbnailRefused, match="larger than"):
        await make_thumbnail([b"\xff" * 1000] * 20, max_input_bytes=10_000)


def test_local_layout_fans_out_by_hash_and_keeps_ids_out_of_temp(tmp_path: Path):
    store = LocalStorage(tmp_path, master_keys=KEY_OLD)
    body, envelope = store._paths("0" * 16)
    assert body.parent == envelope.parent
    assert len(body.relative_to(tmp_path).parts) == 3
    assert body.name == "0" * 16 + ".obj"


async def test_objects_are_listed_and_copied_sealed_between_stores(make_store, tmp_path):
    """What backups rely on: every committed object is listed, and its sealed form copies to
    another store (same master keys) that then opens it to the same plaintext."""
    store = await make_store()
    ids = [new_object_id() for _ in range(3)]
    for n, object_id in enumerate(ids):
        await store.put_bytes(object_id, f"材料 {n}".encode() * 1000)
    assert sorted([i async for i in store.list_ids()]) == sorted(ids)

    copy = LocalStorage(tmp_path / "copy", master_keys=KEY_OLD)
    for object_id in ids:
        envelope, body = await store.read_sealed(object_id)
        await copy.write_sealed(object_id, envelope, body)
    assert sorted([i async for i in copy.list_ids()]) == sorted(ids)
    for n, object_id in enumerate(ids):
        plain = b"".join([c async for c in await copy.open_stream(object_id)])
        assert plain == f"材料 {n}".encode() * 1000
