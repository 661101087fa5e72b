"""Rendering console pages: the shared context (who is logged in, their role and organisation, the
CSRF token, the menu) and the headers every console page carries."""

from __future__ import annotations

import functools
import hashlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sanic import Request
from sanic.response import HTTPResponse
from sanic_ext import render

from banzheng.common import workdays
from banzheng.security.roles import ROLE_LABELS, Role

if TYPE_CHECKING:
    from banzheng.console.guard import Viewer

STATIC = Path(__file__).parent / "static"
TEMPLATES = Path(__file__).parent / "templates"

# Everything is served by us: scripts and styles only from /console/static (no inline script),
# inline style attributes allowed (htmx's indicator, the image viewer's transform).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; object-src 'self'; frame-src 'self'; frame-ancestors 'self'; "
    "form-action 'self'; base-uri 'none'"
)

# The menu, by role: (path, label).
ESTATES = ("/console/estates", "小区档案")
MENU = {
    Role.clerk: [
        ("/console/queue", "我的待办"),
        ("/console/intake", "窗口受理"),
        ("/console/identity", "视频核验"),
        ESTATES,
    ],
    Role.department_reviewer: [("/console/queue", "我的待办"), ESTATES],
    Role.supervisor: [("/console/dashboard", "督导看板"), ("/console/queue", "预警办件"), ESTATES],
    Role.admin: [("/console/dashboard", "督导看板"), ("/console/queue", "预警办件"), ESTATES],
}


def when(value: str | datetime | None) -> str:
    """A time from a service (ISO text or a datetime) as the clerk reads it: 12月03日 17:30
    (Beijing time); a bare date as 2026年12月03日."""
    if not value:
        return "—"
    if isinstance(value, str) and len(value) == 10:
        return f"{datetime.fromisoformat(value):%Y年%m月%d日}"
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return f"{moment.astimezone(workdays.OFFICE_TZ):%m月%d日 %H:%M}"


@functools.cache
def _fingerprint(path: str, mtime: float) -> str:
    return hashlib.sha256((STATIC / path).read_bytes()).hexdigest()[:12]


def asset(path: str) -> str:
    """URL of a static file with its content hash: cached for a year, changed when it changes."""
    file = STATIC / path
    return f"/console/static/{path}?v={_fingerprint(path, file.stat().st_mtime)}"


def secure_headers(response: HTTPResponse) -> HTTPResponse:
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return response


async def page_response(
    request: Request,
    template: str,
    viewer: Viewer | None,
    *,
    status: int = 200,
    **context: Any,
) -> HTTPResponse:
    shared: dict[str, Any] = {
        "asset": asset,
        "when": when,
        "path": request.path,
        "viewer": None,
        "idle_minutes": request.app.ctx.settings.CONSOLE_IDLE_MINUTES,
    }
    if viewer is not None:
        user = viewer.user
        shared["viewer"] = {
            "name": user.display_name,
            "role": user.role.value,
            "role_label": ROLE_LABELS[user.role],
            "organisation": user.organisation.name if user.organisation else "未关联机构",
            "csrf": viewer.session.csrf,
            "menu": MENU.get(user.role, []),
        }
    response = await render(template, context={**shared, **context}, status=status)
    return secure_headers(response)
