"""The staff console (`/console/`): server-rendered pages over the same domain services as the API.

A route here is as thin as an API route: read the form, call the service, render. Rules live in
the domains (applications/, materials/, stats/…); the console never decides anything itself.
"""

from __future__ import annotations

import secrets

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, file, redirect

from banzheng.accounts import service as accounts
from banzheng.applications import queues
from banzheng.applications.labels import KIND_LABELS, STATUS_LABELS
from banzheng.applications.models import Status
from banzheng.common.context import current_origin
from banzheng.common.errors import NotFound, Unauthorized
from banzheng.common.ratelimit import RateLimited, client_source
from banzheng.communities.models import Community
from banzheng.console import session as sessions
from banzheng.console.guard import (
    CONSOLE_ROLES,
    LOGIN_PATH,
    SUPERVISORS,
    Viewer,
    cookie_secure,
    current_viewer,
    idle_seconds,
    login_form_token,
    page,
    safe_next,
)
from banzheng.console.render import STATIC, page_response, secure_headers
from banzheng.security import rates
from banzheng.security.lockout import AccountLocked, LoginGate
from banzheng.security.permissions import staff_scope

bp = Blueprint("console", url_prefix="/console")
LOGIN_NONCE_COOKIE = "bz_console_login"
QUEUE_PAGE_SIZE = 20
IMMUTABLE = "public, max-age=31536000, immutable"


def _set_cookie(request: Request, response: HTTPResponse, name: str, value: str, **kw) -> None:
    response.add_cookie(
        name,
        value,
        path=sessions.COOKIE_PATH,
        httponly=True,
        samesite="Strict",
        secure=cookie_secure(request),
        **kw,
    )


# --- static files (htmx, Pico CSS, ECharts, our own css/js) ---------------------------------------


@bp.get("/static/<name:path>")
@page(public=True)
async def static(request: Request, name: str) -> HTTPResponse:
    target = (STATIC / name).resolve()
    if not target.is_file() or not target.is_relative_to(STATIC.resolve()) or name.startswith("."):
        raise NotFound()
    cache = IMMUTABLE if request.args.get("v") else "public, max-age=3600"
    return await file(target, headers={"Cache-Control": cache, "X-Content-Type-Options": "nosniff"})


# --- logging in and out ---------------------------------------------------------------------------


async def _login_page(
    request: Request, *, status: int = 200, error: str = "", username: str = ""
) -> HTTPResponse:
    nonce = secrets.token_urlsafe(24)
    response = await page_response(
        request,
        "console/login.html",
        None,
        status=status,
        error=error,
        username=username,
        next=safe_next(request.args.get("next") or (request.form or {}).get("next")),
        token=login_form_token(request, nonce),
    )
    _set_cookie(request, response, LOGIN_NONCE_COOKIE, nonce, max_age=3600)
    return response


@bp.get("/login")
@page(public=True)
async def login_form(request: Request) -> HTTPResponse:
    if await current_viewer(request) is not None:
        return redirect(safe_next(request.args.get("next")), status=303)
    return await _login_page(request)


@bp.post("/login")
@page(public=True)
async def login(request: Request) -> HTTPResponse:
    """Staff password login, through the same service, lockout and rate limits as the API's
    `POST /auth/staff-login`; the session then rides on that login's token family."""
    ctx = request.app.ctx
    form = request.form or {}
    username = (form.get("username") or "").strip()[:64]
    nonce = request.cookies.get(LOGIN_NONCE_COOKIE, "")
    if not nonce or not secrets.compare_digest(
        form.get("csrf_token", ""), login_form_token(request, nonce)
    ):
        return await _login_page(
            request, status=403, error="页面已过期，请重新登录", username=username
        )
    source = client_source(current_origin.get().ip)
    try:
        for limit in (rates.STAFF_LOGIN_PER_SOURCE, rates.STAFF_LOGIN_PER_SOURCE_DAILY):
            await ctx.ratelimiter.hit(limit, source)
        pair = await accounts.login_staff(
            username=username,
            password=form.get("password") or "",
            tokens=ctx.tokens,
            gate=LoginGate.from_settings(ctx.redis, ctx.settings),
            source=source,
        )
    except (Unauthorized, AccountLocked, RateLimited) as exc:
        return await _login_page(request, status=exc.status, error=exc.message, username=username)
    claims = ctx.signer.verify(pair["access_token"], token_type="access")
    if claims["role"] not in CONSOLE_ROLES:
        await ctx.families.revoke(claims["fam"])
        return await _login_page(
            request, status=403, error="该账号无权使用工作台", username=username
        )
    session = await sessions.open_session(
        ctx.redis,
        user_id=claims["sub"],
        family=claims["fam"],
        epoch=int(claims.get("ep", 0)),
        idle_seconds=idle_seconds(request),
    )
    response = redirect(safe_next(form.get("next")), status=303)
    _set_cookie(request, response, sessions.COOKIE, session.id)
    response.delete_cookie(LOGIN_NONCE_COOKIE, path=sessions.COOKIE_PATH)
    return secure_headers(response)


@bp.post("/logout")
@page()
async def logout(request: Request, viewer: Viewer) -> HTTPResponse:
    ctx = request.app.ctx
    await accounts.logout(user=viewer.user, family=viewer.session.family, tokens=ctx.tokens)
    await sessions.close_session(ctx.redis, viewer.session.id)
    response = redirect(LOGIN_PATH, status=303)
    response.delete_cookie(sessions.COOKIE, path=sessions.COOKIE_PATH)
    return secure_headers(response)


@bp.get("/")
@page()
async def home(request: Request, viewer: Viewer) -> HTTPResponse:
    target = "/console/dashboard" if viewer.user.role in SUPERVISORS else "/console/queue"
    return redirect(target, status=303)


# --- the work queue -------------------------------------------------------------------------------

QUEUE_TABS = {
    "all": ("全部待办", {}),
    "urgent": ("超时与预警", {"urgent": True}),
    "answered": ("补正已答复", {"answered": True}),
}


def _choice(value: str | None, allowed) -> str | None:
    return value if value in allowed else None


@bp.get("/queue")
@page()
async def queue(request: Request, viewer: Viewer) -> HTTPResponse:
    args = request.args
    tab = _choice(args.get("tab"), QUEUE_TABS) or "all"
    community = args.get("community") or None
    communities = await Community.filter(
        scope_path__startswith=staff_scope(viewer.user) or "\0"
    ).order_by("name")
    if community not in {str(c.id) for c in communities}:
        community = None
    filters = queues.QueueFilter(
        community_id=community,
        kind=_choice(args.get("kind"), KIND_LABELS),
        status=_choice(args.get("status"), {s.value for s in Status}),
        **QUEUE_TABS[tab][1],
    )
    try:
        number = max(1, int(args.get("page", "1")))
    except ValueError:
        number = 1
    result = await queues.work_queue(
        viewer.user,
        page=number,
        size=QUEUE_PAGE_SIZE,
        filters=filters,
        limit_workdays=request.app.ctx.settings.APPLICATION_WORKDAYS,
    )
    pages = max(1, -(-result["total"] // QUEUE_PAGE_SIZE))
    template = (
        "console/_queue_table.html" if request.headers.get("hx-request") else "console/queue.html"
    )
    return await page_response(
        request,
        template,
        viewer,
        queue=result,
        pages=pages,
        tab=tab,
        tabs={k: v[0] for k, v in QUEUE_TABS.items()},
        filters={
            "community": community or "",
            "kind": filters.kind or "",
            "status": filters.status or "",
        },
        communities=communities,
        kinds=KIND_LABELS,
        statuses={s.value: STATUS_LABELS[s] for s in Status},
    )
