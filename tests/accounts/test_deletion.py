# The applications world (houses, clerks, the worker) is reused as fixtures, imported below.
# ruff: noqa: F811
"""Consent, its withdrawal and account deletion (《个人信息保护法》第十四、十五、四十七条) through
HTTP: what goes, what the registry keeps (anonymised), and that the tokens stop at once."""

from banzheng.accounts.models import PrivacyConsent, User
from banzheng.accounts.service import seal_personal_data
from banzheng.applications.models import Application
from banzheng.common.models import AuditEvent
from banzheng.communities.models import HouseOwner
from banzheng.materials.models import MaterialFile
from tests.applications.conftest import act, draft, provide, submitted, world  # noqa: F401
from tests.helpers import assert_error, writes_nothing

VERSION = "2026-11-25"


async def give_personal_data(app, username="alice"):
    user = await User.get(username=username)
    seal_personal_data(
        user,
        cipher=app.ctx.cipher,
        real_name="张伟",
        id_number="11010519491231002X",
        phone="13912345678",
    )
    user.wechat_openid, user.wechat_session_key_enc = "openid-alice", "sealed-session-key"
    await user.save()
    return user


async def pair_for(client, login="alice"):
    return (await client.post("/api/v1/auth/dev-login", json={"login": login})).json()


def bearer(pair):
    return {"Authorization": f"Bearer {pair['access_token']}"}


async def test_consent_is_recorded_per_version_and_read_back(client, world):
    headers = bearer(await pair_for(client))
    assert (await client.get("/api/v1/me/privacy-consent", headers=headers)).json()[
        "active"
    ] is False
    granted = await client.post(
        "/api/v1/me/privacy-consent", json={"notice_version": VERSION}, headers=headers
    )
    assert granted.status_code == 201, granted.text
    assert granted.json()["active"] is True and granted.json()["notice_version"] == VERSION
    # agreeing again to the same version records nothing new
    await client.post(
        "/api/v1/me/privacy-consent", json={"notice_version": VERSION}, headers=headers
    )
    assert await PrivacyConsent.filter(user__username="alice").count() == 1
    assert await AuditEvent.filter(action="privacy.consent_granted").count() == 1


async def test_withdrawal_deletes_the_phone_and_ends_the_login(client, world, app):
    user = await give_personal_data(app)
    pair = await pair_for(client)
    headers = bearer(pair)
    await client.post(
        "/api/v1/me/privacy-consent", json={"notice_version": VERSION}, headers=headers
    )

    resp = await client.post("/api/v1/me/privacy-consent/withdraw", headers=headers)
    assert resp.status_code == 200, resp.text
    assert resp.json()["active"] is False and resp.json()["withdrawn_at"]
    await user.refresh_from_db()
    assert user.phone_enc is None and user.phone_hash is None
    assert user.real_name_enc is not None  # identity stays: submitted cases go on by law
    # this login is over: the access token and its refresh token are refused
    assert_error(await client.get("/api/v1/me", headers=headers), 401, "TOKEN_REVOKED")
    again = await client.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert_error(again, 401, "REFRESH_INVALID")
    assert await AuditEvent.filter(action="privacy.consent_withdrawn").count() == 1

    # a second withdrawal has nothing to withdraw; agreeing again works
    headers = bearer(await pair_for(client))
    async with writes_nothing():
        twice = await client.post("/api/v1/me/privacy-consent/withdraw", headers=headers)
    assert_error(twice, 409, "NO_ACTIVE_CONSENT")
    regranted = await client.post(
        "/api/v1/me/privacy-consent", json={"notice_version": VERSION}, headers=headers
    )
    assert regranted.json()["active"] is True


async def test_deletion_erases_personal_data_and_keeps_the_registration_file_anonymised(
    client,
    world,
    app,
    act,
    drain,
):
    user = await give_personal_data(app)
    # One case reached acceptance and ended (rejected after acceptance): the registry keeps it.
    kept = await submitted(act, world, drain)
    clerk = await act("clerk")
    await clerk.post(f"/api/v1/applications/{kept['id']}/accept", json={})
    resp = await clerk.post(
        f"/api/v1/applications/{kept['id']}/reject", json={"reason": "申请人非该房屋权利人"}
    )
    assert resp.json()["status"] == "rejected"
    kept_files = await MaterialFile.filter(application_id=kept["id"]).values_list(
        "object_id", flat=True
    )
    # A new draft with an uploaded photo: the owner's own unfinished paperwork.
    fresh = await draft(act, world)
    await provide(act, fresh["id"], "owner_id_card")
    draft_files = await MaterialFile.filter(application_id=fresh["id"]).values_list(
        "object_id", flat=True
    )
    assert draft_files and kept_files

    pair = await pair_for(client)
    headers = bearer(pair)
    await client.post(
        "/api/v1/me/privacy-consent", json={"notice_version": VERSION}, headers=headers
    )
    resp = await client.request("DELETE", "/api/v1/me", json={"confirm": True}, headers=headers)
    assert resp.status_code == 200, resp.text
    report = resp.json()
    assert "手机号" in report["deleted"] and "1 件未受理的申请及其材料文件" in report["deleted"]
    assert any("1 件已受理申请的登记档案" in line for line in report["kept"])

    # gone: the draft, its stored bytes, phone, WeChat identity, consents, house access
    assert not await Application.exists(id=fresh["id"])
    store = app.ctx.storage
    for object_id in draft_files:
        assert not await store.exists(object_id)
    await user.refresh_from_db()
    assert (user.phone_enc, user.phone_hash, user.wechat_openid, user.wechat_session_key_enc) == (
        None,
        None,
        None,
        None,
    )
    assert user.display_name == "已注销用户" and user.deleted_at is not None
    assert not user.is_active
    assert await PrivacyConsent.filter(user_id=user.id).count() == 0
    assert await HouseOwner.filter(owner_id=user.id).count() == 0
    # kept: the accepted case, whole, with its files, linked to the anonymous account
    kept_row = await Application.get(id=kept["id"])
    assert kept_row.applicant_id == user.id
    for object_id in kept_files:
        assert await store.exists(object_id)
    assert user.real_name_enc is not None and user.id_number_enc is not None
    event = await AuditEvent.get(action="owner.account_deleted")
    assert event.details["applications_erased"] == 1 and event.details["applications_kept"] == 1
    assert "13912345678" not in str(event.details)

    # the tokens stop working at once
    assert_error(await client.get("/api/v1/me", headers=headers), 401, "TOKEN_INVALID")
    refreshed = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]}
    )
    assert_error(refreshed, 401, "REFRESH_INVALID")


async def test_without_a_kept_case_the_name_and_id_number_go_too(client, world, app):
    user = await give_personal_data(app)
    headers = bearer(await pair_for(client))
    resp = await client.request("DELETE", "/api/v1/me", json={"confirm": True}, headers=headers)
    assert resp.status_code == 200, resp.text
    assert "姓名、身份证号" in resp.json()["deleted"]
    await user.refresh_from_db()
    assert (user.real_name_enc, user.id_number_enc, user.id_number_hash) == (None, None, None)


async def test_a_case_in_progress_blocks_deletion_and_nothing_changes(
    client,
    world,
    app,
    act,
    drain,
):
    await give_personal_data(app)
    detail = await submitted(act, world, drain)
    await (await act("clerk")).post(f"/api/v1/applications/{detail['id']}/accept", json={})
    headers = bearer(await pair_for(client))
    async with writes_nothing():
        resp = await client.request("DELETE", "/api/v1/me", json={"confirm": True}, headers=headers)
    body = assert_error(resp, 409, "ACCOUNT_HAS_OPEN_APPLICATIONS")
    assert body["details"]["applications"] == [detail["number"]]
    assert (await User.get(username="alice")).phone_enc is not None
    assert (await client.get("/api/v1/me", headers=headers)).status_code == 200


async def test_deletion_needs_an_explicit_confirmation_and_is_for_owners_only(
    client,
    world,
):
    headers = bearer(await pair_for(client))
    async with writes_nothing():
        missing = await client.request("DELETE", "/api/v1/me", json={}, headers=headers)
        false = await client.request(
            "DELETE", "/api/v1/me", json={"confirm": False}, headers=headers
        )
    assert missing.status_code == 422 and false.status_code == 422
    clerk = bearer(await pair_for(client, "clerk"))
    assert_error(
        await client.request("DELETE", "/api/v1/me", json={"confirm": True}, headers=clerk),
        403,
        "FORBIDDEN",
    )
