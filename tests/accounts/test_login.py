"""Logging in: WeChat, the demo login, staff passwords with lockout, rotation and logout."""

import asyncio

import pytest

from banzheng.accounts.models import User
from banzheng.common.models import AuditEvent
from banzheng.security.roles import Role
from banzheng.settings import Env
from tests import factories
from tests.helpers import assert_error, login_as, writes_nothing

PASSWORD = "Correct-Horse-9"


def bearer(pair: dict) -> dict:
    return {"Authorization": f"Bearer {pair['access_token']}"}


# --- WeChat -----------------------------------------------------------------------------------


async def test_wechat_login_creates_the_owner_once_and_answers_a_token_pair(client, wechat):
    first = await client.post("/api/v1/auth/wechat", json={"code": "zhang"})
    assert first.status_code == 200
    pair = first.json()
    assert set(pair) == {"access_token", "refresh_token", "token_type", "expires_in"}
    assert pair["token_type"] == "Bearer" and pair["expires_in"] == 900
    again = await client.post("/api/v1/auth/wechat", json={"code": "zhang"})
    assert again.status_code == 200
    owners = await User.filter(wechat_openid="openid-zhang")
    assert len(owners) == 1 and owners[0].role is Role.owner
    assert wechat[0] == {
        "path": "/sns/jscode2session",
        "appid": "wx-test-app",
        "secret": "test-secret",
        "js_code": "zhang",
        "grant_type": "authorization_code",
    }
    me = await client.get("/api/v1/me", headers=bearer(pair))
    assert me.json()["role"] == "owner"


async def test_session_key_never_leaves_the_server_and_is_stored_encrypted(client, wechat):
    resp = await client.post("/api/v1/auth/wechat", json={"code": "li"})
    me = await client.get("/api/v1/me", headers=bearer(resp.json()))
    assert "sk-li-SECRET" not in resp.text + me.text
    stored = await User.get(wechat_openid="openid-li")
    assert stored.wechat_session_key_enc and "sk-li-SECRET" not in stored.wechat_session_key_enc


@pytest.mark.parametrize(
    ("code", "status", "error_code"),
    [
        ("invalid", 400, "WECHAT_CODE_INVALID"),
        ("ratelimit", 429, "WECHAT_RATE_LIMITED"),
        ("risky", 403, "WECHAT_USER_BLOCKED"),
        ("busy", 503, "WECHAT_BUSY"),
        ("slow", 503, "WECHAT_TIMEOUT"),
        ("garbage", 503, "WECHAT_UNAVAILABLE"),
    ],
)
async def test_wechat_failures_answer_clearly_and_create_nobody(
    client, wechat, code, status, error_code
):
    async with writes_nothing():
        resp = await client.post("/api/v1/auth/wechat", json={"code": code})
    assert_error(resp, status, error_code)
    if status == 429:
        assert resp.headers["retry-after"] == "60"


async def test_wechat_login_without_configuration_is_503(client, app):
    assert_error(
        await client.post("/api/v1/auth/wechat", json={"code": "x"}), 503, "WECHAT_NOT_CONFIGURED"
    )


async def test_wechat_login_requires_a_code(client, wechat):
    assert_error(
        await client.post("/api/v1/auth/wechat", json={"code": ""}), 422, "VALIDATION_ERROR"
    )
    assert wechat == []


# --- demo login -----------------------------------------------------------------------------


async def test_dev_login_works_for_a_known_login_only(client):
    await factories.owner("owner-demo")
    resp = await client.post("/api/v1/auth/dev-login", json={"login": "owner-demo"})
    assert resp.status_code == 200
    assert_error(
        await client.post("/api/v1/auth/dev-login", json={"login": "nobody"}),
        401,
        "UNKNOWN_DEMO_LOGIN",
    )


async def test_dev_login_is_refused_in_production(client, app):
    await factories.owner("owner-demo")
    app.ctx.settings = app.ctx.settings.model_copy(update={"ENV": Env.production})
    resp = await client.post("/api/v1/auth/dev-login", json={"login": "owner-demo"})
    assert_error(resp, 403, "DEV_LOGIN_DISABLED")


async def test_dev_login_is_off_under_env_test_unless_asked_for(client, app):
    """A staging server started with ENV=test (and the demo secrets) lets nobody in by name."""
    await factories.owner("owner-demo")
    app.ctx.settings = app.ctx.settings.model_copy(update={"DEV_LOGIN": None})
    assert app.ctx.settings.ENV is Env.test
    resp = await client.post("/api/v1/auth/dev-login", json={"login": "owner-demo"})
    assert_error(resp, 403, "DEV_LOGIN_DISABLED")


# --- staff password -------------------------------------------------------------------------


@pytest.fixture
async def clerk():
    orgs = await factories.org_tree()
    return await factories.staff("clerk-wang", Role.clerk, orgs.heping, password=PASSWORD)


async def staff_login(client, username="clerk-wang", password=PASSWORD):
    return await client.post(
        "/api/v1/auth/staff-login", json={"username": username, "password": password}
    )


async def test_staff_login_with_the_right_password(client, clerk):
    resp = await staff_login(client)
    assert resp.status_code == 200
    me = await client.get("/api/v1/me", headers=bearer(resp.json()))
    assert me.json()["organisation"]["name"] == "和平街道"
    stored = await User.get(id=clerk.id)
    assert stored.password_hash.startswith("$argon2id$")


async def test_wrong_password_and_unknown_user_get_the_same_answer(client, clerk):
    wrong = assert_error(await staff_login(client, password="nope"), 401, "BAD_CREDENTIALS")
    unknown = assert_error(await staff_login(client, username="ghost"), 401, "BAD_CREDENTIALS")
    assert wrong["message"] == unknown["message"]


async def test_owners_cannot_use_the_staff_login(client):
    await factories.owner("owner-x")
    assert_error(await staff_login(client, username="owner-x"), 401, "BAD_CREDENTIALS")


async def test_repeated_failures_lock_the_account_even_for_the_right_password(
    client, clerk, app, redis
):
    for _ in range(app.ctx.settings.LOGIN_MAX_FAILURES):
        assert_error(await staff_login(client, password="guess"), 401, "BAD_CREDENTIALS")
    refused = await staff_login(client)
    locked = assert_error(refused, 423, "ACCOUNT_LOCKED")
    assert "分钟" in locked["message"]
    assert await AuditEvent.filter(action="auth.locked", object_id=str(clerk.id)).count() == 1
    assert int(refused.headers["retry-after"]) == locked["details"]["retry_after"] > 0
    # once the lockout has passed, the right password works again
    for key in await redis.keys("bz:auth:fail:*"):
        await redis.delete(key)
    assert (await staff_login(client)).status_code == 200


async def test_a_success_resets_the_failure_count(client, clerk, app):
    for _ in range(app.ctx.settings.LOGIN_MAX_FAILURES - 1):
        await staff_login(client, password="guess")
    assert (await staff_login(client)).status_code == 200
    await staff_login(client, password="guess")
    assert (await staff_login(client)).status_code == 200


# --- rotation, reuse detection, logout ---------------------------------------------------------


async def refresh(client, token):
    return await client.post("/api/v1/auth/refresh", json={"refresh_token": token})


async def past_the_grace_window(app) -> None:
    """A rotated token presented again at once is the phone's retry (REFRESH_GRACE_SECONDS,
    tests/security/test_sessions.py); these tests present it later, as a thief would."""
    app.ctx.families.grace = 0
    await asyncio.sleep(1.1)


async def test_refresh_rotates_and_reuse_kills_the_whole_family(client, app):
    await factories.owner("alice")
    a = (await client.post("/api/v1/auth/dev-login", json={"login": "alice"})).json()
    b_resp = await refresh(client, a["refresh_token"])
    assert b_resp.status_code == 200
    b = b_resp.json()
    assert b["refresh_token"] != a["refresh_token"]
    assert (await client.get("/api/v1/me", headers=bearer(b))).status_code == 200
    # A presented again: refused, and B with every token of the family dies with it
    await past_the_grace_window(app)
    assert_error(await refresh(client, a["refresh_token"]), 401, "REFRESH_INVALID")
    assert_error(await refresh(client, b["refresh_token"]), 401, "REFRESH_INVALID")
    assert_error(await client.get("/api/v1/me", headers=bearer(b)), 401, "TOKEN_REVOKED")
    assert_error(await client.get("/api/v1/me", headers=bearer(a)), 401, "TOKEN_REVOKED")


async def test_other_sessions_survive_a_reuse_in_one_family(client, app):
    await factories.owner("alice")
    phone = (await client.post("/api/v1/auth/dev-login", json={"login": "alice"})).json()
    tablet = (await client.post("/api/v1/auth/dev-login", json={"login": "alice"})).json()
    await refresh(client, phone["refresh_token"])
    await past_the_grace_window(app)
    reused = await refresh(client, phone["refresh_token"])  # reuse: phone's family dies
    assert_error(reused, 401, "REFRESH_INVALID")
    assert (await client.get("/api/v1/me", headers=bearer(tablet))).status_code == 200


async def test_an_access_token_is_not_a_refresh_token(client):
    await factories.owner("alice")
    pair = (await client.post("/api/v1/auth/dev-login", json={"login": "alice"})).json()
    assert_error(await refresh(client, pair["access_token"]), 401, "REFRESH_INVALID")


async def test_logout_revokes_access_and_refresh_tokens(client):
    await factories.owner("alice")
    pair = (await client.post("/api/v1/auth/dev-login", json={"login": "alice"})).json()
    assert (await client.post("/api/v1/auth/logout", headers=bearer(pair))).status_code == 204
    assert_error(await client.get("/api/v1/me", headers=bearer(pair)), 401, "TOKEN_REVOKED")
    assert_error(await refresh(client, pair["refresh_token"]), 401, "REFRESH_INVALID")


async def test_logins_are_audited_with_where_they_came_from(client):
    alice = await factories.owner("alice")
    await login_as(client, "alice")
    event = await AuditEvent.get(action="auth.login", object_id=str(alice.id))
    assert event.actor_id == str(alice.id)
    assert event.ip == "203.0.113.7"
    assert event.details == {"method": "dev"}
    assert event.request_id
