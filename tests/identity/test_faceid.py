"""The external provider adapter against a loopback server that behaves like one: start → token
and URL; the result is PULLED by our token; pushed callbacks are verified (signature, freshness,
replay) and only trigger the pull."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from banzheng.accounts.models import User
from banzheng.accounts.service import seal_personal_data
from banzheng.common.models import AuditEvent
from banzheng.identity import service
from banzheng.identity.models import IdentityCheck
from banzheng.identity.providers import make_provider
from tests.helpers import assert_error
from tests.identity import fake_faceid
from tests.identity.conftest import create_upload, start_check

CALLBACK = "/api/v1/identity/providers/faceid/callback"
ID_NUMBER = "11010519491231002X"
RETURN_URL = "https://banzheng.example.gov.cn/identity/faceid-return"


@pytest.fixture
async def provider(app, world):
    with fake_faceid.FakeFaceId() as fake:
        settings = app.ctx.settings.model_copy(
            update={
                "IDENTITY_PROVIDER": "faceid",
                "FACEID_API_BASE": fake.base_url,
                "FACEID_SECRET_ID": fake_faceid.SECRET_ID,
                "FACEID_SECRET_KEY": fake_faceid.SECRET_KEY,
                "FACEID_RULE_ID": fake_faceid.RULE_ID,
                "FACEID_CALLBACK_SECRET": fake_faceid.CALLBACK_SECRET,
                "FACEID_REDIRECT_URL": RETURN_URL,
            }
        )
        app.ctx.settings = settings
        app.ctx.identity_provider = make_provider(settings)
        alice = await User.get(username="alice")
        seal_personal_data(alice, cipher=app.ctx.cipher, real_name="王小丽", id_number=ID_NUMBER)
        await alice.save()
        yield fake
        await app.ctx.identity_provider.aclose()


async def started(act, provider) -> tuple[dict, str]:
    check = await start_check(await act("alice"))
    token = (await IdentityCheck.get(id=check["id"])).provider_token
    return check, token


async def test_start_gives_the_providers_page_and_the_result_is_pulled(act, provider):
    alice = await act("alice")
    check, token = await started(act, provider)
    assert check["status"] == "awaiting_provider" and check["challenge"] is None
    assert check["provider_url"] == f"https://h5.faceid.test/{token}"
    # the mini-program's web-view goes back to its own page when it reaches this address
    assert check["provider_return_url"] == RETURN_URL
    sent = provider.sessions[token]["params"]
    assert sent["RedirectUrl"] == RETURN_URL
    assert sent["Name"] == "王小丽" and sent["IdCard"] == ID_NUMBER and sent["Extra"] == check["id"]

    # Back from the provider's page before it finished: nothing is decided.
    mine = (await alice.post(f"/api/v1/identity/checks/{check['id']}/refresh")).json()
    assert mine["status"] == "awaiting_provider"

    provider.finish(token, sim="92.35")
    mine = (await alice.post(f"/api/v1/identity/checks/{check['id']}/refresh")).json()
    assert mine["status"] == "passed" and mine["passed_until"]
    assert mine["provider_url"] is None and mine["provider_return_url"] is None  # decided
    row = await IdentityCheck.get(id=check["id"])
    assert row.provider_score == Decimal("92.35") and row.provider_liveness == "passed"
    assert provider.calls == ["DetectAuth", "GetDetectInfoEnhanced", "GetDetectInfoEnhanced"]
    assert provider.rejected_signatures == 0  # every call carried a valid TC3 signature
    assert (await alice.get("/api/v1/identity/status")).json()["verified"] is True


async def test_low_score_or_failed_liveness_fails_with_a_reason(act, provider):
    check, token = await started(act, provider)
    provider.finish(token, sim="41.00")
    mine = (
        await (await act("alice")).post(f"/api/v1/identity/checks/{check['id']}/refresh")
    ).json()
    assert mine["status"] == "failed" and "人像比对未通过" in mine["decision_reason"]
    assert (await IdentityCheck.get(id=check["id"])).provider_score == Decimal("41.00")


async def test_a_result_for_another_check_is_not_a_pass(act, provider):
    check, token = await started(act, provider)
    provider.finish(token, extra="00000000-0000-0000-0000-000000000000")
    mine = (
        await (await act("alice")).post(f"/api/v1/identity/checks/{check['id']}/refresh")
    ).json()
    assert mine["status"] == "failed"


async def test_a_signed_fresh_callback_triggers_the_pull(act, client, provider):
    check, token = await started(act, provider)
    provider.finish(token)
    body, headers = fake_faceid.signed_callback(token)
    resp = await client.post(CALLBACK, content=body, headers=headers)
    assert resp.status_code == 200, resp.text
    assert resp.json() == {"received": True, "status": "passed"}
    event = await AuditEvent.get(action="identity.decided", object_id=check["id"])
    assert event.details["trigger"] == "provider_callback" and event.details["score"] == "92.35"


async def test_forged_stale_and_replayed_callbacks_are_refused(act, client, provider):
    check, token = await started(act, provider)
    provider.finish(token)

    body, headers = fake_faceid.signed_callback(token, secret="not-the-provider-" + "x" * 30)
    assert_error(
        await client.post(CALLBACK, content=body, headers=headers),
        401,
        "CALLBACK_SIGNATURE_INVALID",
    )
    body, headers = fake_faceid.signed_callback(token)
    tampered = body.replace(b'"ErrCode": 0', b'"ErrCode": 1')
    assert_error(
        await client.post(CALLBACK, content=tampered, headers=headers),
        401,
        "CALLBACK_SIGNATURE_INVALID",
    )
    unsigned = {"Content-Type": "application/json"}
    assert_error(
        await client.post(CALLBACK, content=body, headers=unsigned), 401, "CALLBACK_UNSIGNED"
    )
    body, headers = fake_faceid.signed_callback(token, at=time.time() - 3600)
    assert_error(await client.post(CALLBACK, content=body, headers=headers), 401, "CALLBACK_STALE")
    assert (await IdentityCheck.get(id=check["id"])).status.value == "awaiting_provider"
    assert provider.calls == ["DetectAuth"]  # nothing refused reached the provider

    body, headers = fake_faceid.signed_callback(token, nonce="nonce-0123456789")
    assert (await client.post(CALLBACK, content=body, headers=headers)).status_code == 200
    assert_error(
        await client.post(CALLBACK, content=body, headers=headers), 409, "CALLBACK_REPLAYED"
    )


async def test_the_provider_mode_takes_no_video_upload(act, provider):
    check, _ = await started(act, provider)
    resp = await create_upload(await act("alice"), check["id"], 1000)
    assert_error(resp, 409, "IDENTITY_NO_VIDEO_NEEDED")


async def test_without_real_name_the_provider_is_not_called(act, provider):
    bob = await act("bob")
    consent = (await bob.get("/api/v1/identity/consent")).json()
    resp = await bob.post(
        "/api/v1/identity/checks",
        json={
            "consent_version": consent["version"],
            "consent_sha256": consent["sha256"],
            "agree": True,
        },
    )
    assert_error(resp, 409, "REAL_NAME_REQUIRED")
    assert not await IdentityCheck.exists()  # no attempt counted
    assert provider.calls == []


async def test_a_session_whose_callback_was_lost_is_pulled_by_the_worker(act, provider, app):
    """No callback came and the owner never tapped 刷新: after a few minutes the periodic job
    pulls the result by our token; a younger session is left to its callback."""
    from datetime import timedelta

    from banzheng.identity import jobs

    check, token = await started(act, provider)
    provider.finish(token, sim="88.00")
    ctx = {"settings": app.ctx.settings, "cipher": app.ctx.cipher}
    assert await jobs.pull_provider_results(ctx) == 0  # just started: the callback may come
    assert (await IdentityCheck.get(id=check["id"])).status.value == "awaiting_provider"

    await IdentityCheck.filter(id=check["id"]).update(
        created_at=service.now_utc() - jobs.PULL_AFTER - timedelta(seconds=1)
    )
    assert await jobs.pull_provider_results(ctx) == 1
    row = await IdentityCheck.get(id=check["id"])
    assert row.status.value == "passed" and row.provider_score == Decimal("88.00")
    assert await jobs.pull_provider_results(ctx) == 0  # nothing left to pull
