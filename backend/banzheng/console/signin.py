"""What the console's two login pages share: the cookies of a login in progress and the opening
of the console session once every factor has passed.

A login is the API's (accounts/service.py): the password step answers a token pair, or refuses
with `SecondFactorRequired` carrying a single-use step token. The console keeps that step token in
an HttpOnly cookie (never in the page), sends the browser to the code page, and opens its session
only from a token pair — so a password alone never yields a console session.
"""

from __future__ import annotations

import secrets
from urllib.parse import quote

from sanic import Request
from sanic.response import HTTPResponse, redirect

from banzheng.accounts.mfa import STEP_TOKEN_TTL
from banzheng.console import session as sessions
from banzheng.console.guard import (
    CONSOLE_ROLES,
    cookie_secure,
    idle_seconds,
    login_form_token,
    safe_next,
)
from banzheng.console.render import page_response, secure_headers

LOGIN_NONCE_COOKIE = "bz_console_login"
STEP_COOKIE = "bz_console_mfa"
"""The password step's `mfa_token` (accounts/mfa.py): signed, five minutes, spent by the code."""

CODE_PATH = "/console/login/code"
NOT_FOR_CONSOLE = "该账号无权使用工作台"


def set_cookie(request: Request, response: HTTPResponse, name: str, value: str, **kw) -> None:
    response.add_cookie(
        name,
        value,
        path=sessions.COOKIE_PATH,
        httponly=True,
        samesite="Strict",
        secure=cookie_secure(request),
        **kw,
    )


def form_token_matches(request: Request, given: str | None) -> bool:
    """The login pages' CSRF check (no session yet): the token is an HMAC of the nonce cookie."""
    nonce = request.cookies.get(LOGIN_NONCE_COOKIE, "")
    return bool(nonce) and secrets.compare_digest(given or "", login_form_token(request, nonce))


async def nonce_page(
    request: Request, template: str, *, status: int = 200, **context
) -> HTTPResponse:
    """A login page with a fresh CSRF nonce (cookie) and its form token."""
    nonce = secrets.token_urlsafe(24)
    response = await page_response(
        request, template, None, status=status, token=login_form_token(request, nonce), **context
    )
    set_cookie(request, response, LOGIN_NONCE_COOKIE, nonce, max_age=3600)
    return response


def to_code_step(request: Request, step_token: str, next_path: str) -> HTTPResponse:
    """The password was right and a second factor is due: on to the code page."""
    target = f"{CODE_PATH}?next={quote(safe_next(next_path), safe='')}"
    response = redirect(target, status=303)
    set_cookie(request, response, STEP_COOKIE, step_token, max_age=STEP_TOKEN_TTL)
    return secure_headers(response)


async def open_console_session(request: Request, pair: dict, response: HTTPResponse) -> bool:
    """Every factor passed (`pair` is the login's tokens): the console session rides on the
    login's token family. A role that does not work in the console ends that login at once
    (answers False, nothing set)."""
    ctx = request.app.ctx
    claims = ctx.signer.verify(pair["access_token"], token_type="access")
    if claims["role"] not in CONSOLE_ROLES:
        await ctx.families.revoke(claims["fam"])
        return False
    session = await sessions.open_session(
        ctx.redis,
        user_id=claims["sub"],
        family=claims["fam"],
        epoch=int(claims.get("ep", 0)),
        idle_seconds=idle_seconds(request),
    )
    set_cookie(request, response, sessions.COOKIE, session.id)
    for name in (LOGIN_NONCE_COOKIE, STEP_COOKIE):
        response.delete_cookie(name, path=sessions.COOKIE_PATH)
    return True
