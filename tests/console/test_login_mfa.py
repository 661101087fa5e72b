"""The console login's second factor (issue #14 item 1): the API's MFA services behind a code
page — a password alone never opens a session, wrong and replayed codes are refused, recovery
codes work once, enrolment with a QR code when STAFF_MFA requires it, the API's rate limit."""

from __future__ import annotations

import re

import pytest

from banzheng.accounts.models import User
from banzheng.security import mfa
from tests.console.conftest import PASSWORD, console_login, csrf_of, enrol_totp


def code(secret: str, ahead: int = 0) -> str:
    return mfa.code_at(secret, mfa.current_step() + ahead)


async def send_code(client, value: str, *, next_path: str = "/console/"):
    page = await client.get("/console/login/code")
    assert page.status_code == 200, page.text
    return await client.post(
        "/console/login/code",
        data={"code": value, "csrf_token": csrf_of(page.text), "next": next_path},
    )


async def assert_no_session(client) -> None:
    resp = await client.get("/console/queue")
    assert resp.status_code == 303 and resp.headers["location"].startswith("/console/login")


@pytest.fixture
async def totp_clerk(app, console_world) -> str:
    return await enrol_totp(app, "clerk")


async def test_password_alone_leads_to_the_code_page_not_a_session(client, totp_clerk):
    resp = await console_login(client, "clerk")
    assert resp.status_code == 303
    assert resp.headers["location"].startswith("/console/login/code")
    assert "bz_console=" not in resp.headers.get("set-cookie", "")
    assert "bz_console_mfa=" in resp.headers["set-cookie"]
    assert "HttpOnly" in resp.headers["set-cookie"]
    await assert_no_session(client)
    page = await client.get("/console/login/code")
    assert 'autocomplete="one-time-code"' in page.text and 'inputmode="numeric"' in page.text
    assert "6 位验证码" in page.text
    assert "mfa_token" not in page.text and resp.cookies["bz_console_mfa"] not in page.text


async def test_the_right_code_opens_the_session_and_cannot_be_replayed(client, totp_clerk):
    await console_login(client, "clerk")
    first = code(totp_clerk)
    resp = await send_code(client, first, next_path="/console/queue")
    assert resp.status_code == 303 and resp.headers["location"] == "/console/queue"
    assert "bz_console=" in resp.headers["set-cookie"]
    assert (await client.get("/console/queue")).status_code == 200
    client.cookies.clear()
    # a new login with the same code (same 30-second step) is refused: no replay
    await console_login(client, "clerk")
    replay = await send_code(client, first)
    assert replay.status_code == 401 and "验证码错误或已使用" in replay.text
    await assert_no_session(client)


async def test_a_wrong_code_is_refused_in_chinese_and_counts_against_the_lockout(
    client, totp_clerk, settings
):
    await console_login(client, "clerk")
    resp = await send_code(client, "000000" if code(totp_clerk) != "000000" else "111111")
    assert resp.status_code == 401 and "验证码错误或已使用" in resp.text
    assert "bz_console=" not in resp.headers.get("set-cookie", "")
    await assert_no_session(client)
    # guesses share the password's lockout (security/lockout.py): 423 once it is full
    statuses = [
        (await send_code(client, f"{n:06d}")).status_code
        for n in range(settings.LOGIN_MAX_FAILURES)
    ]
    assert 423 in statuses
    locked = await send_code(client, code(totp_clerk))  # even the right code, while locked
    assert locked.status_code == 423 and "bz_console=" not in locked.headers.get("set-cookie", "")
    await assert_no_session(client)


async def test_a_recovery_code_works_once(app, client, totp_clerk):
    from banzheng.accounts.mfa import _new_recovery_codes

    clerk = await User.get(username="clerk")
    codes = await _new_recovery_codes(clerk, app.ctx.cipher)
    await console_login(client, "clerk")
    resp = await send_code(client, codes[0].lower())
    assert resp.status_code == 303 and "bz_console=" in resp.headers["set-cookie"]
    client.cookies.clear()
    await console_login(client, "clerk")
    again = await send_code(client, codes[0])
    assert again.status_code == 401


async def test_a_step_token_is_single_use(client, totp_clerk):
    await console_login(client, "clerk")
    token = client.cookies.get("bz_console_mfa")
    assert (await send_code(client, code(totp_clerk))).status_code == 303
    client.cookies.clear()
    client.cookies.set("bz_console_mfa", token, path="/console")
    await client.get("/console/login")  # a fresh CSRF nonce
    page = await client.get("/console/login/code")
    assert page.status_code == 401 and "请重新输入用户名和密码" in page.text


async def test_without_the_form_token_the_code_is_refused(client, totp_clerk):
    await console_login(client, "clerk")
    resp = await client.post("/console/login/code", data={"code": code(totp_clerk)})
    assert resp.status_code == 403 and "页面已过期" in resp.text
    await assert_no_session(client)


async def test_the_code_page_without_a_password_step_leads_to_login(client, console_world):
    resp = await client.get("/console/login/code")
    assert resp.status_code == 303 and resp.headers["location"] == "/console/login"
    posted = await client.post("/console/login/code", data={"code": "123456"})
    assert posted.status_code == 401 and "请重新输入用户名和密码" in posted.text


async def test_required_mfa_enrols_with_a_qr_code_and_shows_recovery_codes_once(
    app, client, console_world
):
    app.ctx.settings = app.ctx.settings.model_copy(update={"STAFF_MFA": "required"})
    resp = await console_login(client, "clerk")
    assert resp.headers["location"].startswith("/console/login/code")
    await assert_no_session(client)
    page = await client.get("/console/login/code")
    assert "绑定身份验证器" in page.text and 'src="data:image/png;base64,' in page.text
    secret = re.search(r'<code class="secret">([A-Z2-7]+)</code>', page.text).group(1)
    done = await client.post(
        "/console/login/code",
        data={"code": code(secret), "csrf_token": csrf_of(page.text), "next": "/console/queue"},
    )
    assert done.status_code == 200 and "恢复码只显示这一次" in done.text
    assert len(re.findall(r"<li><code>", done.text)) == mfa.RECOVERY_CODES
    assert "bz_console=" in done.headers["set-cookie"]
    assert (await client.get("/console/queue")).status_code == 200
    assert (await User.get(username="clerk")).totp_secret_enc


async def test_the_console_and_the_api_count_in_one_rate_limit_bucket(client, totp_clerk):
    for _ in range(20):
        resp = await client.post("/api/v1/auth/mfa", json={"mfa_token": "x" * 20, "code": "1"})
        assert resp.status_code in (401, 422)
    await console_login(client, "clerk")
    page = await client.get("/console/login/code")
    assert page.status_code == 429 and "操作过于频繁" in page.text
    await assert_no_session(client)


async def test_password_login_still_works_without_mfa(client, console_world):
    resp = await console_login(client, "clerk", PASSWORD)
    assert resp.status_code == 303 and resp.headers["location"] == "/console/"


async def test_a_login_page_opened_meanwhile_does_not_spoil_the_code_form(client, totp_clerk):
    await console_login(client, "clerk")
    page = await client.get("/console/login/code")
    await client.get("/console/login")  # another tab: a new login-form nonce
    resp = await client.post(
        "/console/login/code",
        data={"code": code(totp_clerk), "csrf_token": csrf_of(page.text), "next": "/console/"},
    )
    assert resp.status_code == 303 and "bz_console=" in resp.headers["set-cookie"]
