"""The manual identity check through the HTTP API: consent, challenge, video upload (tus), the
worker's pre-checks, the clerk's decision, who may see what, attempts, retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from banzheng.common.models import AuditEvent
from banzheng.identity import jobs
from banzheng.identity.models import IdentityCheck
from banzheng.materials.models import UploadSession
from tests.applications.conftest import draft, provide
from tests.helpers import assert_error, writes_nothing
from tests.identity import videos
from tests.identity.conftest import (
    checked_in_review,
    create_upload,
    start_check,
    upload_video,
)


async def test_consent_then_a_random_challenge_that_is_valid_for_minutes(act, app):
    alice = await act("alice")
    consent = (await alice.get("/api/v1/identity/consent")).json()
    assert "单独同意" in consent["text"] and "保存" in consent["text"]
    assert f"{app.ctx.settings.IDENTITY_VIDEO_RETENTION_DAYS} 天" in consent["text"]
    check = await start_check(alice)
    challenge = check["challenge"]
    assert check["status"] == "awaiting_video" and check["provider"] == "manual"
    assert check["provider_url"] is None and check["provider_return_url"] is None
    assert challenge["digits"].isdigit() and 4 <= len(challenge["digits"]) <= 6
    assert challenge["action"] in {"turn_head", "blink", "nod"} and challenge["action_label"]
    expires = datetime.fromisoformat(challenge["expires_at"])
    left = (expires - datetime.now(UTC)).total_seconds()
    assert 0 < left <= app.ctx.settings.IDENTITY_CHALLENGE_TTL
    assert expires.utcoffset() == timedelta(hours=8)  # the service's offset, one rule everywhere
    assert check["upload"] == {
        "metadata_key": "identity_check_id",
        "formats": ["mp4", "mov"],
        "max_bytes": app.ctx.settings.UPLOAD_MAX_VIDEO_BYTES,
        "min_seconds": 3.0,
        "max_seconds": 30.0,
    }
    row = await IdentityCheck.get(id=check["id"])
    assert (row.consent_version, row.consent_sha256) == (consent["version"], consent["sha256"])
    event = await AuditEvent.get(action="identity.check_started", object_id=check["id"])
    assert event.details["consent_sha256"] == consent["sha256"]


async def test_consent_must_be_the_current_text_and_explicit(act):
    alice = await act("alice")
    consent = (await alice.get("/api/v1/identity/consent")).json()
    async with writes_nothing():
        resp = await alice.post(
            "/api/v1/identity/checks",
            json={
                "consent_version": "2020-01-01",
                "consent_sha256": consent["sha256"],
                "agree": True,
            },
        )
        assert_error(resp, 422, "CONSENT_OUTDATED")
        resp = await alice.post(
            "/api/v1/identity/checks",
            json={**{k: consent[k] for k in ("version",)}, "agree": False},
        )
        assert_error(resp, 422, "VALIDATION_ERROR")


async def test_video_passes_prechecks_and_a_clerk_approves_it(act, drain, good_video, world):
    alice, clerk = await act("alice"), await act("clerk")
    application = await draft(act, world)
    await provide(act, application["id"], "owner_id_card")
    check = await start_check(alice)
    done = await upload_video(alice, check["id"], good_video)
    assert done.json()["complete"] is True
    assert done.json()["file"]["identity_check_id"] == check["id"]
    assert done.json()["file"]["kind"] == "mp4"
    assert (await alice.get(f"/api/v1/identity/checks/{check['id']}")).json()[
        "status"
    ] == "checking"

    assert await drain() >= 1  # the worker decodes the video
    review = (await clerk.get("/api/v1/identity/reviews")).json()
    assert review["total"] == 1
    item = review["items"][0]
    assert item["id"] == check["id"] and item["status"] == "in_review"
    assert item["review_challenge"]["digits"] == check["challenge"]["digits"]
    assert item["precheck_facts"]["faces_seen"] == 8 and item["video_available"] is True
    assert item["id_card"]["link"].startswith("/api/v1/files/")
    photo = await clerk.get(item["id_card"]["link"])
    assert photo.status_code == 200 and photo.content[:8] == b"\x89PNG\r\n\x1a\n"
    link = (await clerk.get(f"/api/v1/identity/checks/{check['id']}/video-link")).json()
    played = await clerk.get(link["url"])
    assert played.status_code == 200 and played.content == good_video
    assert played.headers["content-type"] == "video/mp4"

    resp = await clerk.post(
        f"/api/v1/identity/reviews/{check['id']}/decision", json={"approve": True}
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["status"] == "passed" and resp.json()["decided_by"] == "clerk"
    status = (await alice.get("/api/v1/identity/status")).json()
    assert status["verified"] is True and status["latest"]["status_label"] == "核验通过"
    event = await AuditEvent.get(action="identity.decided", object_id=check["id"])
    assert event.actor_role == "clerk" and event.details["passed"] is True
    assert_error(
        await clerk.post(
            f"/api/v1/identity/reviews/{check['id']}/decision",
            json={"approve": False, "reason": "x"},
        ),
        409,
        "CHECK_NOT_IN_REVIEW",
    )


async def test_rejection_needs_a_reason_the_owner_sees(act, drain, good_video):
    clerk = await act("clerk")
    check = await checked_in_review(act, drain, good_video)
    url = f"/api/v1/identity/reviews/{check['id']}/decision"
    assert_error(await clerk.post(url, json={"approve": False}), 422, "VALIDATION_ERROR")
    resp = await clerk.post(url, json={"approve": False, "reason": "视频中的人与身份证照片不符"})
    assert resp.json()["status"] == "failed"
    mine = (await (await act("alice")).get(f"/api/v1/identity/checks/{check['id']}")).json()
    assert mine["decision_reason"] == "视频中的人与身份证照片不符"
    status = (await (await act("alice")).get("/api/v1/identity/status")).json()
    assert status["verified"] is False


async def test_a_video_without_a_face_comes_back_with_what_to_redo(act, drain):
    alice = await act("alice")
    check = await start_check(alice)
    await upload_video(alice, check["id"], videos.clip(face=False))
    await drain()
    mine = (await alice.get(f"/api/v1/identity/checks/{check['id']}")).json()
    assert mine["status"] == "retake" and mine["status_label"] == "视频不符合要求，请重新录制"
    assert [p["code"] for p in mine["problems"]] == ["VIDEO_NO_FACE"]
    assert "正脸" in mine["problems"][0]["message"]
    assert (await (await act("clerk")).get("/api/v1/identity/reviews")).json()["total"] == 0
    again = await start_check(alice)  # a retake is a new check with a new challenge
    assert again["id"] != check["id"]


async def test_an_expired_challenge_refuses_the_upload(act):
    alice = await act("alice")
    check = await start_check(alice)
    await IdentityCheck.filter(id=check["id"]).update(
        challenge_expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    assert_error(await create_upload(alice, check["id"], 1000), 410, "CHALLENGE_EXPIRED")
    assert not await UploadSession.exists()  # refused before any byte or session is kept
    mine = (await alice.get(f"/api/v1/identity/checks/{check['id']}")).json()
    assert mine["status"] == "expired" and mine["challenge"] is None


async def test_not_a_video_is_refused_while_streaming(act, world):
    from tests.materials import samples

    alice = await act("alice")
    check = await start_check(alice)
    photo = samples.png()
    resp = await create_upload(alice, check["id"], len(photo))
    resp = await alice.client.patch(
        resp.headers["location"],
        content=photo,
        headers={
            **alice.headers,
            "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream",
        },
    )
    assert_error(resp, 422, "MATERIAL_KIND_NOT_ACCEPTED")
    assert (await IdentityCheck.get(id=check["id"])).status.value == "awaiting_video"


async def test_attempts_are_limited_per_day(act, app):
    alice = await act("alice")
    for _ in range(app.ctx.settings.IDENTITY_MAX_ATTEMPTS_PER_DAY):
        await start_check(alice)
    consent = (await alice.get("/api/v1/identity/consent")).json()
    async with writes_nothing():
        resp = await alice.post(
            "/api/v1/identity/checks",
            json={
                "consent_version": consent["version"],
                "consent_sha256": consent["sha256"],
                "agree": True,
            },
        )
    error = assert_error(resp, 429, "IDENTITY_ATTEMPTS_EXCEEDED")
    assert error["details"]["limit"] == app.ctx.settings.IDENTITY_MAX_ATTEMPTS_PER_DAY
    assert int(resp.headers["retry-after"]) <= 86400
    # Only the newest unfinished check stays open: the others were superseded.
    assert await IdentityCheck.filter(status="awaiting_video").count() == 1


async def test_others_cannot_see_the_check_or_its_video(act, drain, good_video):
    check = await checked_in_review(act, drain, good_video)
    bob, alice = await act("bob"), await act("alice")
    far_clerk = await act("clerk-xinhua")  # a clerk of another district
    for actor in (bob,):
        assert_error(await actor.get(f"/api/v1/identity/checks/{check['id']}"), 404, "NOT_FOUND")
        assert_error(
            await actor.get(f"/api/v1/identity/checks/{check['id']}/video-link"), 404, "NOT_FOUND"
        )
    assert_error(await far_clerk.get(f"/api/v1/identity/reviews/{check['id']}"), 404, "NOT_FOUND")
    assert (await far_clerk.get("/api/v1/identity/reviews")).json()["total"] == 0
    assert_error(
        await far_clerk.post(
            f"/api/v1/identity/reviews/{check['id']}/decision", json={"approve": True}
        ),
        404,
        "NOT_FOUND",
    )
    # A link made for alice, forwarded to bob, is not found for him.
    link = (await alice.get(f"/api/v1/identity/checks/{check['id']}/video-link")).json()
    assert (await alice.get(link["url"])).status_code == 200
    assert_error(await bob.get(link["url"]), 404, "NOT_FOUND")
    # Someone else's check cannot take an upload either.
    assert_error(await create_upload(bob, check["id"], 1000), 404, "NOT_FOUND")


async def test_retention_deletes_the_video_and_keeps_the_decision(act, app, drain, good_video):
    clerk = await act("clerk")
    check = await checked_in_review(act, drain, good_video)
    await clerk.post(f"/api/v1/identity/reviews/{check['id']}/decision", json={"approve": True})
    row = await IdentityCheck.get(id=check["id"])
    video_id = row.video_object_id
    assert await app.ctx.storage.exists(video_id)

    ctx = {"settings": app.ctx.settings, "storage": app.ctx.storage, "worker": None}
    kept = await jobs.identity_housekeeping(ctx)
    assert kept["videos_deleted"] == 0 and await app.ctx.storage.exists(video_id)

    days = app.ctx.settings.IDENTITY_VIDEO_RETENTION_DAYS
    await IdentityCheck.filter(id=check["id"]).update(
        decided_at=datetime.now(UTC) - timedelta(days=days, minutes=1)
    )
    report = await jobs.identity_housekeeping(ctx)
    assert report["videos_deleted"] == 1
    assert not await app.ctx.storage.exists(video_id)
    row = await IdentityCheck.get(id=check["id"])
    assert row.video_object_id is None and row.video_deleted_at is not None
    assert row.status.value == "passed" and row.decided_by_id is not None  # the decision stays
    assert await AuditEvent.filter(action="identity.video_deleted", object_id=check["id"]).exists()
    assert_error(
        await clerk.get(f"/api/v1/identity/checks/{check['id']}/video-link"), 404, "VIDEO_GONE"
    )


async def test_a_rerun_precheck_job_changes_nothing(act, app, drain, good_video):
    check = await checked_in_review(act, drain, good_video)
    before = await IdentityCheck.get(id=check["id"])
    ctx = {"storage": app.ctx.storage}
    assert await jobs.precheck_identity_video(ctx, check_id=check["id"]) == "skipped"
    after = await IdentityCheck.get(id=check["id"])
    assert after.version == before.version and after.status == before.status
