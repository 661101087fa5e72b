"""Uploads through the HTTP API: one-shot and resumable, hostile files, downloads."""

import base64
import random
import time

import pytest
from pypdf.actions import JavaScript
from pypdf.generic import NameObject, TextStringObject

from banzheng.materials import service as materials
from banzheng.materials.models import MaterialFile, UploadSession
from banzheng.storage import sign_download
from tests.applications.conftest import draft
from tests.helpers import assert_error
from tests.materials import samples

ID_CARD = "owner_id_card"  # jpeg/png only
CONTRACT = "purchase_contract"  # jpeg/png/pdf


def stored_objects(app) -> set[str]:
    root = app.ctx.settings.VAR_DIR / "objects"
    return {p.name for p in root.rglob("*.env")} if root.exists() else set()


@pytest.fixture
async def application(act, world):
    return await draft(act, world)


async def upload(act, application, code, data, *, login="alice", filename="photo.jpg", **headers):
    owner = await act(login)
    return await owner.client.post(
        f"/api/v1/applications/{application['id']}/materials",
        params={"requirement": code, "filename": filename},
        content=data,
        headers={**owner.headers, "Content-Type": "application/octet-stream", **headers},
    )


async def material_state(act, application, code):
    detail = (await (await act("alice")).get(f"/api/v1/applications/{application['id']}")).json()
    return next(m["state"] for m in detail["materials"] if m["code"] == code)


async def test_one_shot_upload_is_typed_from_bytes_stored_encrypted_and_recorded(
    act, application, app
):
    photo = samples.jpeg()
    resp = await upload(act, application, ID_CARD, photo, filename="身份证.pdf")
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["kind"] == "jpeg"  # not the .pdf the name claims
    assert body["display_name"] == "身份证.pdf"
    assert await material_state(act, application, ID_CARD) == "provided"
    [obj] = stored_objects(app)
    raw = next(
        (app.ctx.settings.VAR_DIR / "objects").rglob(obj.replace(".env", ".obj"))
    ).read_bytes()
    assert photo[:64] not in raw and b"JFIF" not in raw  # encrypted at rest


async def test_multipart_upload_as_wx_upload_file_sends_it(act, application):
    owner = await act("alice")
    resp = await owner.client.post(
        f"/api/v1/applications/{application['id']}/materials",
        params={"requirement": CONTRACT},
        files={"file": ("../../合同 第1页.png", samples.png(), "image/png")},
        data={"requirement": CONTRACT},
        headers=owner.headers,
    )
    assert resp.status_code == 201, resp.text
    assert resp.json()["kind"] == "png"
    # the name of the part, read once the parser reached it (directory parts removed)
    assert resp.json()["display_name"] == "合同 第1页.png"


HOSTILE = [
    (
        "gif_php",
        b"GIF89a" + b"\x01\x00\x01\x00\x00\x00\x00;<?php system($_GET['c']); ?>",
        ID_CARD,
        "MATERIAL_TYPE_UNSUPPORTED",
    ),
    (
        "svg",
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ID_CARD,
        "MATERIAL_TYPE_UNSUPPORTED",
    ),
    ("jpeg_php_tail", samples.jpeg() + b"<?php echo 1; ?>", ID_CARD, None),
    ("pixel_flood", samples.pixel_flood_png(), ID_CARD, "IMAGE_TOO_MANY_PIXELS"),
    ("empty", b"", ID_CARD, "MATERIAL_EMPTY"),
    ("pdf_for_photo_only_item", samples.pdf(), ID_CARD, "MATERIAL_KIND_NOT_ACCEPTED"),
]


@pytest.mark.parametrize(("name", "data", "code", "error"), HOSTILE, ids=[h[0] for h in HOSTILE])
async def test_hostile_files_are_refused_with_4xx_and_leave_nothing(
    act, application, app, name, data, code, error
):
    resp = await upload(act, application, code, data)
    assert 400 <= resp.status_code < 500, resp.text
    body = resp.json()["error"]
    if error:
        assert body["code"] == error, body
    assert any("\u4e00" <= ch <= "\u9fff" for ch in body["message"])
    assert stored_objects(app) == set()
    assert await MaterialFile.all().count() == 0
    assert await material_state(act, application, code) == "missing"


def _pdf_with(mutate) -> bytes:
    writer = samples.pdf_writer()
    mutate(writer)
    return samples.pdf_bytes(writer)


PDFS = {
    "javascript": lambda w: w.add_open_action(JavaScript("app.alert('x')")),
    "open_action": lambda w: w.root_object.__setitem__(
        NameObject("/OpenAction"),
        samples.action("/JavaScript", JS=TextStringObject("app.alert(1)")),
    ),
    "launch": lambda w: w.root_object.__setitem__(
        NameObject("/OpenAction"), samples.launch_action()
    ),
    "embedded_file": lambda w: w.add_attachment("invoice.exe", b"MZ\x90\x00"),
}


@pytest.mark.parametrize("feature", list(PDFS))
async def test_pdfs_with_active_content_are_refused(act, application, app, feature):
    resp = await upload(act, application, CONTRACT, _pdf_with(PDFS[feature]), filename="合同.pdf")
    assert_error(resp, 422, "PDF_ACTIVE_CONTENT")
    assert stored_objects(app) == set()


async def test_a_clean_pdf_is_accepted(act, application):
    resp = await upload(act, application, CONTRACT, samples.pdf(pages=3), filename="合同.pdf")
    assert resp.status_code == 201 and resp.json()["kind"] == "pdf"


async def test_a_file_over_the_limit_is_refused_before_it_is_stored(act, application, app):
    app.ctx.settings = app.ctx.settings.model_copy(update={"UPLOAD_MAX_IMAGE_BYTES": 50_000})
    resp = await upload(act, application, ID_CARD, samples.jpeg(2400, 1800))
    assert_error(resp, 413, "MATERIAL_TOO_LARGE")
    assert stored_objects(app) == set()


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "a\x00b.jpg",
        "invoice\u202egpj.exe",
        "CON",
        "con.txt",
        "长" * 120 + ".jpg",
    ],
)
async def test_hostile_filenames_are_only_ever_a_cleaned_display_name(act, application, app, name):
    resp = await upload(act, application, ID_CARD, samples.jpeg(), filename=name)
    assert resp.status_code == 201, resp.text
    shown = resp.json()["display_name"]
    assert "/" not in shown and "\x00" not in shown and "\u202e" not in shown
    assert len(shown.encode()) <= 255 and shown.upper() not in ("CON", "CON.TXT")
    file = await MaterialFile.get(object_id=resp.json()["object_id"])
    assert name not in str(stored_objects(app)) and file.object_id.isascii()


async def test_another_owner_cannot_upload_to_my_application(act, application):
    resp = await upload(act, application, ID_CARD, samples.jpeg(), login="bob")
    assert_error(resp, 404, "NOT_FOUND")


async def test_no_uploads_once_submitted(act, application, drain):
    await upload(act, application, ID_CARD, samples.jpeg())
    await upload(act, application, CONTRACT, samples.pdf())
    await (await act("alice")).post(f"/api/v1/applications/{application['id']}/submit")
    await drain()
    resp = await upload(act, application, ID_CARD, samples.jpeg())
    assert_error(resp, 409, "MATERIALS_LOCKED")


# --- resumable uploads -------------------------------------------------------------------------


def meta(application, code, filename="合同.pdf") -> str:
    pairs = {"application_id": application["id"], "requirement": code, "filename": filename}
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs.items())


async def start(act, application, length, code=CONTRACT, login="alice"):
    owner = await act(login)
    return await owner.client.post(
        "/api/v1/uploads",
        headers={
            **owner.headers,
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(length),
            "Upload-Metadata": meta(application, code),
        },
    )


async def patch(act, location, offset, data, login="alice", **headers):
    owner = await act(login)
    return await owner.client.patch(
        location,
        content=data,
        headers={
            **owner.headers,
            "Tus-Resumable": "1.0.0",
            "Upload-Offset": str(offset),
            "Content-Type": "application/offset+octet-stream",
            **headers,
        },
    )


async def head(act, location):
    owner = await act("alice")
    return await owner.client.head(location, headers=owner.headers)


async def test_resumable_upload_survives_an_interrupted_chunk(act, application, app):
    data = samples.pdf(pages=40)
    third = len(data) // 3
    created = await start(act, application, len(data))
    assert created.status_code == 201, created.text
    location = created.headers["location"]
    assert (await patch(act, location, 0, data[:third])).json()["offset"] == third

    async def dropped():
        yield data[third : 2 * third]
        raise ConnectionResetError("the train entered a tunnel")

    try:  # the server sees the connection drop mid-body; the client gets no usable answer
        dropped_resp = await patch(act, location, third, dropped())
        assert dropped_resp.status_code >= 500
    except ConnectionResetError:
        pass
    resumed_from = int((await head(act, location)).headers["upload-offset"])
    assert resumed_from == third  # nothing half-written was confirmed
    await patch(act, location, resumed_from, data[resumed_from : 2 * third])
    done = await patch(act, location, 2 * third, data[2 * third :])
    body = done.json()
    assert body["complete"] and body["file"]["kind"] == "pdf" and body["file"]["size"] == len(data)
    assert await material_state(act, application, CONTRACT) == "provided"
    owner = await act("alice")
    link = (await owner.get(f"/api/v1/materials/{body['file']['object_id']}/link")).json()
    fetched = await owner.get(link["url"])
    assert fetched.content == data and fetched.headers["x-content-type-options"] == "nosniff"
    assert len(stored_objects(app)) == 1  # the parts are gone; only the finished file remains


async def test_wrong_overlapping_and_duplicate_offsets_get_409_with_the_real_offset(
    act, application
):
    data = samples.pdf(pages=5)
    location = (await start(act, application, len(data))).headers["location"]
    await patch(act, location, 0, data[:100])
    for offset in (50, 0, 200):  # overlapping, duplicate, a gap
        error = assert_error(
            await patch(act, location, offset, data[offset : offset + 100]),
            409,
            "UPLOAD_OFFSET_MISMATCH",
        )
        assert error["details"]["offset"] == 100


async def test_bad_chunks_are_refused(act, application):
    data = samples.pdf(pages=2)
    location = (await start(act, application, len(data))).headers["location"]
    assert_error(await patch(act, location, 0, b""), 400, "UPLOAD_EMPTY_CHUNK")
    assert_error(
        await patch(act, location, 0, data, **{"Upload-Length": str(len(data) + 1)}),
        400,
        "UPLOAD_LENGTH_CHANGED",
    )
    assert_error(await patch(act, location, 0, data + b"extra"), 413, "UPLOAD_TOO_LONG")
    assert int((await head(act, location)).headers["upload-offset"]) == 0


async def test_a_declared_length_past_the_limit_is_refused_at_once(act, application):
    assert_error(await start(act, application, 500 * 1024 * 1024), 413, "MATERIAL_TOO_LARGE")
    assert await UploadSession.all().count() == 0


async def test_a_png_renamed_pdf_that_completes_is_judged_by_its_bytes(act, application, app):
    data = samples.png()
    location = (await start(act, application, len(data))).headers["location"]
    body = (await patch(act, location, 0, data)).json()
    assert body["file"]["kind"] == "png"


async def test_a_hostile_resumable_upload_leaves_no_object(act, application, app):
    data = _pdf_with(PDFS["javascript"])
    location = (await start(act, application, len(data))).headers["location"]
    assert_error(await patch(act, location, 0, data), 422, "PDF_ACTIVE_CONTENT")
    assert stored_objects(app) == set()


async def test_a_large_pdf_is_checked_to_its_last_byte_and_refused_mid_stream(
    act, application, app
):
    """The checks run in a thread one MiB behind the bytes being stored: a marker deep in a
    3 MiB file still refuses it, with nothing kept; the same file without it is accepted."""
    noise = random.Random(7).randbytes(3 * 1024 * 1024).replace(b"<", b"(")  # no stray marker
    clean = samples.large_pdf(noise)
    hostile = samples.large_pdf(noise[:2_500_000] + b"<script>" + noise[2_500_008:])
    for data in (hostile, clean):
        location = (await start(act, application, len(data))).headers["location"]
        for offset in range(0, len(data), 1024 * 1024):
            resp = await patch(act, location, offset, data[offset : offset + 1024 * 1024])
            if resp.status_code != 200:
                break
        if data is hostile:
            assert_error(resp, 422, "MATERIAL_HOSTILE_CONTENT")
            assert stored_objects(app) == set()
            assert await MaterialFile.all().count() == 0
    assert resp.status_code == 200, resp.text
    assert resp.json()["file"]["kind"] == "pdf"
    assert await MaterialFile.all().count() == 1


async def test_another_owners_upload_session_is_not_found(act, application):
    location = (await start(act, application, 10)).headers["location"]
    assert_error(await patch(act, location, 0, b"0123456789", login="bob"), 404, "UPLOAD_NOT_FOUND")


# --- download links ------------------------------------------------------------------------------


async def test_a_download_link_is_bound_to_its_user_and_expires(act, application, app):
    object_id = (await upload(act, application, ID_CARD, samples.jpeg())).json()["object_id"]
    alice, bob = await act("alice"), await act("bob")
    assert_error(await bob.get(f"/api/v1/materials/{object_id}/link"), 404, "NOT_FOUND")
    url = (await alice.get(f"/api/v1/materials/{object_id}/link")).json()["url"]
    assert_error(await bob.get(url), 404, "NOT_FOUND")
    alice_id = (await alice.get("/api/v1/me")).json()["id"]
    expired = sign_download(
        object_id,
        audience_user_id=alice_id,
        expires_in=60,
        secret=materials.link_secret(app.ctx.settings),
        now=time.time() - 3600,
    )
    assert_error(await alice.get(f"/api/v1/files/{expired}"), 410, "LINK_EXPIRED")
    clerk = await act("clerk")  # scoped staff may fetch it too
    staff_url = (await clerk.get(f"/api/v1/materials/{object_id}/link")).json()["url"]
    assert (await clerk.get(staff_url)).status_code == 200


async def test_post_with_method_override_continues_an_upload_as_wx_request_must(act, application):
    """wx.request has no PATCH: tus lets it send POST with X-HTTP-Method-Override: PATCH."""
    data = samples.pdf(pages=3)
    location = (await start(act, application, len(data))).headers["location"]
    owner = await act("alice")
    tus = {
        **owner.headers,
        "Tus-Resumable": "1.0.0",
        "Content-Type": "application/offset+octet-stream",
    }
    first = await owner.client.post(
        location,
        content=data[:500],
        headers={**tus, "Upload-Offset": "0", "X-HTTP-Method-Override": "PATCH"},
    )
    assert first.status_code == 200 and first.json()["offset"] == 500
    plain = await owner.client.post(
        location, content=data[500:], headers={**tus, "Upload-Offset": "500"}
    )
    assert_error(plain, 405, "METHOD_NOT_ALLOWED")
    done = await owner.client.post(
        location,
        content=data[500:],
        headers={**tus, "Upload-Offset": "500", "X-HTTP-Method-Override": "PATCH"},
    )
    assert done.json()["complete"] is True


async def test_a_ticket_id_with_an_encoded_colon_is_found(act, application, drain):
    from tests.applications.conftest import provide

    await provide(act, application["id"], "owner_id_card", "purchase_contract")
    owner = await act("alice")
    ticket = (await owner.post(f"/api/v1/applications/{application['id']}/submit")).json()["ticket"]
    resp = await owner.get("/api/v1/tickets/" + ticket.replace(":", "%3A"))
    assert resp.status_code == 200 and resp.json()["ticket"] == ticket
