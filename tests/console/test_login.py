"""Logging into the staff console: password through the API's own service and lockout, a session
cookie that scripts cannot read, CSRF on every form, idle timeout, owners kept out."""

from __future__ import annotations

from banzheng.accounts.models import User
from banzheng.common import rediskeys
from banzheng.security.passwords import hash_password
from tests.console.conftest import PASSWORD, console_login, csrf_of
from tests.helpers import login_as


async def test_clerk_logs_in_and_sees_role_and_organisation(client, console_world):
    resp = await console_login(client, "clerk")
    assert resp.status_code == 303 and resp.headers["location"] == "/console/"
    cookie = resp.headers["set-cookie"]
    assert "bz_console=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/console" in cookie
    page = await client.get("/console/queue")
    assert page.status_code == 200
    assert "登记窗口人员" in page.text and "和平街道" in page.text
    assert page.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in page.headers["content-security-policy"]


async def test_wrong_password_and_unknown_name_get_the_same_answer(client, console_world):
    wrong = await console_login(client, "clerk", "not-the-password")
    unknown = await console_login(client, "nobody-here", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    assert "用户名或密码错误" in wrong.text and "用户名或密码错误" in unknown.text
    assert "bz_console=" not in wrong.headers.get("set-cookie", "")


async def test_an_owner_cannot_log_in_even_with_a_password(client, console_world):
    await User.filter(username="alice").update(password_hash=hash_password(PASSWORD))
    resp = await console_login(client, "alice")
    assert resp.status_code == 401
    assert "bz_console=" not in resp.headers.get("set-cookie", "")
    # …and an owner's API token opens nothing in the console
    headers = await login_as(client, "alice")
    page = await client.get("/console/queue", headers=headers)
    assert page.status_code == 303 and page.headers["location"].startswith("/console/login")


async def test_login_form_without_its_token_is_refused(client, console_world):
    await client.get("/console/login")
    resp = await client.post(
        "/console/login", data={"username": "clerk", "password": PASSWORD, "csrf_token": "x"}
    )
    assert resp.status_code == 403 and "页面已过期" in resp.text


async def test_a_form_posted_without_the_csrf_token_is_refused(client, console_world):
    await console_login(client, "clerk")
    refused = await client.post("/console/logout", data={})
    assert refused.status_code == 403 and "表单校验失败" in refused.text
    assert (await client.get("/console/queue")).status_code == 200  # still logged in
    page = await client.get("/console/queue")
    done = await client.post("/console/logout", data={"csrf_token": csrf_of(page.text)})
    assert done.status_code == 303
    after = await client.get("/console/queue")
    assert after.status_code == 303 and after.headers["location"].startswith("/console/login")


async def test_a_foreign_origin_is_refused_even_with_the_token(client, console_world):
    await console_login(client, "clerk")
    page = await client.get("/console/queue")
    resp = await client.post(
        "/console/logout",
        data={"csrf_token": csrf_of(page.text)},
        headers={"Origin": "https://evil.example"},
    )
    assert resp.status_code == 403


async def test_idle_session_expires(client, console_world, redis, settings):
    resp = await console_login(client, "clerk")
    session_id = resp.cookies["bz_console"]
    ttl = await redis.ttl(rediskeys.console_session(session_id))
    assert 0 < ttl <= settings.CONSOLE_IDLE_MINUTES * 60
    await redis.delete(rediskeys.console_session(session_id))  # the idle TTL ran out
    page = await client.get("/console/queue")
    assert page.status_code == 303


async def test_revoking_the_users_sessions_ends_the_console_session(
    client, console_world, redis, settings
):
    from banzheng.security.sessions import revoke_user_sessions

    await console_login(client, "clerk")
    clerk = await User.get(username="clerk")
    await revoke_user_sessions(redis, clerk.id, ttl=settings.REFRESH_TOKEN_TTL)
    assert (await client.get("/console/queue")).status_code == 303


async def test_next_only_leads_inside_the_console(client, console_world):
    form = await client.get("/console/login?next=https://evil.example/")
    resp = await client.post(
        "/console/login",
        data={
            "username": "clerk",
            "password": PASSWORD,
            "csrf_token": csrf_of(form.text),
            "next": "//evil.example/console/",
        },
    )
    assert resp.headers["location"] == "/console/"


async def test_static_assets_are_served_locally_with_long_cache(client, console_world):
    await console_login(client, "clerk")
    page = await client.get("/console/queue")
    for name in ("vendor/htmx.min.js", "vendor/pico.min.css", "console.css", "console.js"):
        assert f"/console/static/{name}?v=" in page.text
    asset = await client.get("/console/static/vendor/htmx.min.js?v=1")
    assert asset.status_code == 200 and "immutable" in asset.headers["cache-control"]
    assert (await client.get("/console/static/../app.py")).status_code == 404
    assert "http" not in page.text.split("<body")[0].replace("http-equiv", "")
