"""The console's one guard, as `common.http.endpoint` is the API's: every console route goes
through `page()`, which finds the staff member behind the session cookie, checks the role, checks
the CSRF token of every unsafe request and turns the domain's errors into console pages.

Who is behind a session is decided exactly as for a bearer token (`common.http.authenticate`):
the login's token family must be alive and the user's revocation epoch unchanged; the user comes
from the per-process cache. Bearer tokens are never read here, so an owner's token opens nothing.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from sanic import Request
from sanic.response import HTTPResponse, redirect
from sanic_ext import openapi

from banzheng.accounts.models import User
from banzheng.common.context import Origin, current_origin
from banzheng.common.errors import ApiError, NotFound
from banzheng.console import session as sessions
from banzheng.console.render import page_response
from banzheng.security.roles import Role
from banzheng.settings import Env

# Who works in the console: property managers and developers have their own channels.
CONSOLE_ROLES = frozenset({Role.clerk, Role.department_reviewer, Role.supervisor, Role.admin})
CLERKS = frozenset({Role.clerk})
REVIEWERS = frozenset({Role.department_reviewer})
SUPERVISORS = frozenset({Role.supervisor, Role.admin})
SAFE_METHODS = frozenset({"GET", "HEAD"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
LOGIN_PATH = "/console/login"


@dataclass(frozen=True)
class Viewer:
    """The staff member of a console request, with their session (for the CSRF token)."""

    user: User
    session: sessions.ConsoleSession


def cookie_secure(request: Request) -> bool:
    """`Secure` always, except on a development/test server reached over plain http (the
    embedded default on 127.0.0.1); production is https behind nginx (TRUSTED_PROXIES)."""
    return request.app.ctx.settings.ENV is Env.production or request.scheme == "https"


def idle_seconds(request: Request) -> int:
    return request.app.ctx.settings.CONSOLE_IDLE_MINUTES * 60


async def current_viewer(request: Request) -> Viewer | None:
    ctx, settings = request.app.ctx, request.app.ctx.settings
    found = await sessions.load_session(
        ctx.redis,
        request.cookies.get(sessions.COOKIE),
        idle_seconds=idle_seconds(request),
        max_seconds=settings.CONSOLE_SESSION_HOURS * 3600,
    )
    if found is None:
        return None
    check = await ctx.families.check(family=found.family, user_id=found.user_id)
    if not check.family_active or check.epoch != found.epoch:
        await sessions.close_session(ctx.redis, found.id)
        return None
    user = await ctx.users.get(found.user_id, epoch=check.epoch, revision=check.revision)
    if user is None or user.role not in CONSOLE_ROLES:
        return None
    return Viewer(user, found)


def safe_next(target: str | None) -> str:
    """Only a console path of ours is a place to go after login (no open redirect)."""
    if not target:
        return "/console/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/console/"):
        return "/console/"
    if parts.path.startswith(LOGIN_PATH):
        return "/console/"
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _to_login(request: Request) -> HTTPResponse:
    target = request.path + (f"?{request.query_string}" if request.query_string else "")
    url = f"{LOGIN_PATH}?next={quote(target, safe='')}"
    if request.headers.get("hx-request"):
        return HTTPResponse(status=401, headers={"HX-Redirect": url})
    return redirect(url, status=303)


def _same_origin(request: Request) -> bool:
    """Browsers send Origin on every POST; one from elsewhere is refused before the token."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.host


def _csrf_given(request: Request) -> str | None:
    if CSRF_HEADER in request.headers:
        return request.headers[CSRF_HEADER]
    form = (
        request.form
        if request.content_type.startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        )
        else None
    )
    return form.get(CSRF_FIELD) if form else None


def login_form_token(request: Request, nonce: str) -> str:
    """The login form's CSRF token (no session yet): an HMAC of the random nonce cookie."""
    key = request.app.ctx.settings.SECRET_KEY.encode()
    return hmac.new(key, f"console-login:{nonce}".encode(), hashlib.sha256).hexdigest()


def page(*, roles: Iterable[Role] = CONSOLE_ROLES, public: bool = False) -> Callable:
    """Declare a console route. The handler receives `viewer` (unless `public`)."""
    allowed = frozenset(roles)

    def decorate(handler: Callable) -> Callable:
        @functools.wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            viewer = None
            if not public:
                viewer = await current_viewer(request)
                if viewer is None:
                    return _to_login(request)
                origin = current_origin.get()
                current_origin.set(
                    Origin(
                        origin.request_id, origin.ip, str(viewer.user.id), viewer.user.role.value
                    )
                )
                kwargs["viewer"] = viewer
            if request.method not in SAFE_METHODS and not public:
                if not _same_origin(request) or not viewer.session.csrf_matches(
                    _csrf_given(request)
                ):
                    return await page_response(
                        request,
                        "console/error.html",
                        viewer,
                        status=403,
                        heading="页面已过期",
                        message="表单校验失败（页面可能已过期），请刷新页面后重试。",
                    )
            if viewer is not None and viewer.user.role not in allowed:
                return await page_response(
                    request,
                    "console/error.html",
                    viewer,
                    status=403,
                    heading="无权操作",
                    message="您的岗位没有此项操作的权限。",
                )
            try:
                return await handler(request, *args, **kwargs)
            except NotFound:
                return await not_found(request, viewer)
            except ApiError as exc:
                return await page_response(
                    request,
                    "console/error.html",
                    viewer,
                    status=exc.status,
                    heading="未能完成操作",
                    message=exc.message,
                    problems=(exc.details or {}).get("problems", []),
                    back=_back(request),
                )

        wrapper.guarded_by_console = True  # checked by tests/test_routes.py
        wrapper.allowed_roles = frozenset() if public else allowed
        return openapi.exclude()(wrapper)  # HTML pages are not part of the API document

    return decorate


def _back(request: Request) -> str:
    referer = request.headers.get("referer", "")
    parts = urlsplit(referer)
    if parts.netloc == request.host and parts.path.startswith("/console/"):
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return "/console/"


async def not_found(request: Request, viewer: Viewer | None) -> HTTPResponse:
    """The console's 404: the same page for a missing object and one outside the scope."""
    return await page_response(
        request,
        "console/error.html",
        viewer,
        status=404,
        heading="未找到",
        message="没有找到该页面或办件，或它不在您的辖区内。",
    )
