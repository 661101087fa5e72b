"""The console login's second step: the authenticator's 6-digit code (or a recovery code), and
enrolment with a QR code when STAFF_MFA requires a second factor that is not set up yet.

Nothing is decided here: the step token, the code check (no replay, recovery codes), the lockout
the codes share with the password, and enrolment are `accounts/service.py` and `accounts/mfa.py`,
exactly as for `POST /api/v1/auth/mfa` and `/auth/mfa/enrolment`; requests count in the same
`MFA_STEP_PER_SOURCE` bucket.
"""

from __future__ import annotations

import secrets

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, redirect

from banzheng.accounts import mfa
from banzheng.accounts import service as accounts
from banzheng.common.context import current_origin
from banzheng.common.errors import Conflict, Unauthorized
from banzheng.common.ratelimit import RateLimited, client_source
from banzheng.console import session as sessions
from banzheng.console import signin
from banzheng.console.guard import LOGIN_PATH, login_form_token, page, safe_next
from banzheng.console.render import page_response, secure_headers
from banzheng.security import rates
from banzheng.security.lockout import AccountLocked, LoginGate

bp = Blueprint("console_second_factor", url_prefix="/console")
STEP_EXPIRED = "验证已超时，请重新输入用户名和密码"


def _source() -> str:
    return client_source(current_origin.get().ip)


async def _back_to_login(request: Request, message: str, *, status: int = 401) -> HTTPResponse:
    """The step token is gone, spent or expired: start again from the password."""
    response = await signin.nonce_page(
        request,
        "console/login.html",
        status=status,
        error=message,
        username="",
        next=safe_next(request.args.get("next")),
    )
    response.delete_cookie(signin.STEP_COOKIE, path=sessions.COOKIE_PATH)
    return response


def _form_token(request: Request) -> str:
    """The code form's CSRF token: an HMAC of this login's step token (an HttpOnly cookie), so
    a login page opened meanwhile in another tab does not spoil it."""
    return login_form_token(request, "mfa:" + request.cookies.get(signin.STEP_COOKIE, ""))


async def _code_page(
    request: Request, *, status: int = 200, error: str = "", enrolment=None
) -> HTTPResponse:
    return await page_response(
        request,
        "console/login_code.html",
        None,
        status=status,
        token=_form_token(request),
        error=error,
        enrolment=enrolment,
        next=safe_next(request.args.get("next") or (request.form or {}).get("next")),
        ttl_minutes=mfa.STEP_TOKEN_TTL // 60,
    )


@bp.get("/login/code")
@page(public=True)
async def code_form(request: Request) -> HTTPResponse:
    """Ask for the code; while enrolling, show the new secret's QR code first (each visit makes
    a new pending secret, as `POST /auth/mfa/enrolment` does — the last one shown counts)."""
    ctx = request.app.ctx
    token = request.cookies.get(signin.STEP_COOKIE)
    if not token:
        return redirect(LOGIN_PATH, status=303)
    try:
        await ctx.ratelimiter.hit(rates.MFA_STEP_PER_SOURCE, _source())
        user, _ = await mfa.read_step_token(ctx.signer, token, redis=ctx.redis)
        enrolment = None
        if not user.totp_secret_enc:
            enrolment = await accounts.start_login_enrolment(
                mfa_token=token, tokens=ctx.tokens, cipher=ctx.cipher, redis=ctx.redis
            )
    except Unauthorized as exc:
        return await _back_to_login(request, exc.message)
    except (RateLimited, Conflict) as exc:
        return await _code_page(request, status=exc.status, error=exc.message)
    return await _code_page(request, enrolment=enrolment)


@bp.post("/login/code")
@page(public=True)
async def code(request: Request) -> HTTPResponse:
    ctx = request.app.ctx
    form = request.form or {}
    token = request.cookies.get(signin.STEP_COOKIE)
    if not token:
        return await _back_to_login(request, STEP_EXPIRED)
    if not secrets.compare_digest(form.get("csrf_token") or "", _form_token(request)):
        return await _code_page(request, status=403, error="页面已过期，请重新输入验证码")
    try:
        await ctx.ratelimiter.hit(rates.MFA_STEP_PER_SOURCE, _source())
        pair = await accounts.login_second_factor(
            mfa_token=token,
            code=(form.get("code") or "").strip()[:32],
            tokens=ctx.tokens,
            gate=LoginGate.from_settings(ctx.redis, ctx.settings),
            source=_source(),
            cipher=ctx.cipher,
            redis=ctx.redis,
        )
    except Unauthorized as exc:
        if exc.code == "MFA_CODE_INVALID":
            return await _code_page(request, status=exc.status, error=exc.message)
        return await _back_to_login(request, exc.message)
    except (AccountLocked, RateLimited, Conflict) as exc:
        return await _code_page(request, status=exc.status, error=exc.message)
    target = safe_next(form.get("next"))
    if pair["recovery_codes"]:
        # Enrolment just finished: the recovery codes are shown this once, then on to work.
        response = await page_response(
            request, "console/login_recovery.html", None, codes=pair["recovery_codes"], next=target
        )
    else:
        response = redirect(target, status=303)
    if not await signin.open_console_session(request, pair, response):
        return await _back_to_login(request, signin.NOT_FOR_CONSOLE, status=403)
    return secure_headers(response)
