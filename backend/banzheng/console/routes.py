"""The staff console (`/console/`): server-rendered pages over the same domain services as the API.

A route here is as thin as an API route: read the form, call the service, render. Rules live in
the domains (applications/, materials/, stats/…); the console never decides anything itself.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from pydantic import BaseModel, ValidationError
from sanic import Blueprint, Request
from sanic.response import HTTPResponse, file, redirect

from banzheng.accounts import service as accounts
from banzheng.accounts.mfa import SecondFactorRequired
from banzheng.applications import flows, lifecycle, progress, queues
from banzheng.applications.labels import (
    KIND_LABELS,
    PHASE_STATE_LABELS,
    STATUS_LABELS,
    STEP_STATUS_LABELS,
)
from banzheng.applications.models import ApprovalStep, Status, StepStatus
from banzheng.applications.schemas import (
    AcceptRequest,
    ReturnRequest,
    StepDecision,
    StepRejection,
    SupplementRequest,
)
from banzheng.applications.workflow import TRANSITIONS, Action, next_status
from banzheng.common.context import current_origin
from banzheng.common.errors import Conflict, NotFound, Unauthorized, ValidationFailed
from banzheng.common.ratelimit import RateLimited, client_source
from banzheng.communities.models import Community
from banzheng.console import session as sessions
from banzheng.console import signin
from banzheng.console.guard import (
    CLERKS,
    LOGIN_PATH,
    REVIEWERS,
    SUPERVISORS,
    Viewer,
    current_viewer,
    page,
    safe_next,
)
from banzheng.console.render import STATIC, page_response, secure_headers
from banzheng.identity import flows as identity_flows
from banzheng.identity import service as identity
from banzheng.identity.routes import VIDEO_TYPES
from banzheng.identity.schemas import Decision as IdentityDecision
from banzheng.materials import listing, prereview
from banzheng.materials.models import MaterialFile
from banzheng.materials.routes import CONTENT_TYPES
from banzheng.security import rates
from banzheng.security.lockout import AccountLocked, LoginGate
from banzheng.security.permissions import staff_scope
from banzheng.security.roles import Role
from banzheng.stats import reports
from banzheng.stats import service as stats
from banzheng.stats.schemas import ExportQuery, Report
from banzheng.stats.service import Grouping

bp = Blueprint("console", url_prefix="/console")
QUEUE_PAGE_SIZE = 20
IMMUTABLE = "public, max-age=31536000, immutable"


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
    return await signin.nonce_page(
        request,
        "console/login.html",
        status=status,
        error=error,
        username=username,
        next=safe_next(request.args.get("next") or (request.form or {}).get("next")),
    )


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
    `POST /auth/staff-login`; the session then rides on that login's token family. When a second
    factor is due the browser goes on to the code page (console/second_factor.py)."""
    ctx = request.app.ctx
    form = request.form or {}
    username = (form.get("username") or "").strip()[:64]
    if not signin.form_token_matches(request, form.get("csrf_token")):
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
            mfa_required=ctx.settings.staff_mfa_required,
        )
    except SecondFactorRequired as due:
        return signin.to_code_step(request, due.details["mfa_token"], form.get("next"))
    except (Unauthorized, AccountLocked, RateLimited) as exc:
        return await _login_page(request, status=exc.status, error=exc.message, username=username)
    response = redirect(safe_next(form.get("next")), status=303)
    if not await signin.open_console_session(request, pair, response):
        return await _login_page(
            request, status=403, error=signin.NOT_FOR_CONSOLE, username=username
        )
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


# --- the application page -------------------------------------------------------------------------

DONE = {
    "submitted": "已提交，正在排队预审；预审完成后本页显示各项材料的预审结论。",
    "accept": "已受理；部门并联审批已开始。",
    "supplement": "已发出补正通知，业主将一次性收到全部问题。",
    "return": "已退件，业主将收到退件原因。",
    "approve": "已审批通过。",
    "reject_step": "已退回，意见已记录。",
    "issue_certificate": "已缮证。",
    "deliver": "已发证。",
}
# Clerk actions with no form beyond the button: the lifecycle function each one calls.
CLERK_BUTTONS = {
    Action.issue_certificate: lifecycle.issue_certificate,
    Action.deliver: lifecycle.deliver,
}


def _allowed(action: Action, status: Status, role: Role) -> bool:
    """What the transition table lets this role do now (the page shows only those forms)."""
    try:
        next_status(status, action, role.value)
    except Conflict:
        return False
    return True


async def _application_page(
    request: Request, viewer: Viewer, application_id: UUID, *, status: int = 200, **extra
) -> HTTPResponse:
    user, settings = viewer.user, request.app.ctx.settings
    application = await lifecycle.visible_application(user, application_id)
    detail = await progress.detail(
        application, viewer=user, limit_workdays=settings.APPLICATION_WORKDAYS
    )
    files = await listing.materials_for_review(
        application=application, user=user, settings=settings
    )
    my_steps = (
        {
            str(s.id)
            for s in await ApprovalStep.filter(
                application_id=application.id,
                status=StepStatus.active,
                organisation_id=user.organisation_id,
            )
        }
        if user.role is Role.department_reviewer
        else set()
    )
    *_, last_deferral_day = await lifecycle.deferral_window(
        datetime.now(UTC), settings.APPLICATION_WORKDAYS
    )
    return await page_response(
        request,
        "console/application.html",
        viewer,
        status=status,
        app=detail,
        files=files["items"],
        can={
            "accept": _allowed(Action.accept, application.status, user.role),
            "supplement": _allowed(Action.request_supplement, application.status, user.role),
            "return": _allowed(Action.return_, application.status, user.role),
            "verdicts": user.role is Role.clerk,
            "buttons": [a for a in CLERK_BUTTONS if _allowed(a, application.status, user.role)],
        },
        my_steps=my_steps,
        button_labels={a: TRANSITIONS[a].label for a in CLERK_BUTTONS},
        deferral_default=last_deferral_day.isoformat(),
        deferral_max=last_deferral_day.isoformat(),
        done=DONE.get(request.args.get("done", ""), ""),
        step_states={k.value: v for k, v in STEP_STATUS_LABELS.items()},
        phase_states=PHASE_STATE_LABELS,
        **extra,
    )


def _done(application_id: UUID, what: str) -> HTTPResponse:
    return redirect(f"/console/applications/{application_id}?done={what}", status=303)


def _form_body(model: type[BaseModel], data: dict) -> BaseModel:
    """A form read into the API's own request model: the same limits as the JSON route."""
    try:
        return model.model_validate(data)
    except ValidationError:
        raise ValidationFailed("填写的内容不完整或不符合要求，请检查后重新提交") from None


@bp.get("/applications/<application_id:uuid>")
@page()
async def application_page(request: Request, viewer: Viewer, application_id: UUID) -> HTTPResponse:
    return await _application_page(request, viewer, application_id)


@bp.post("/applications/<application_id:uuid>/accept")
@page(roles=CLERKS)
async def accept(request: Request, viewer: Viewer, application_id: UUID) -> HTTPResponse:
    form = request.form or {}
    body = _form_body(
        AcceptRequest,
        {
            "deferred": [
                {"requirement_code": key.removeprefix("defer_"), "due_date": form.get(key)}
                for key in form
                if key.startswith("defer_") and form.get(key)
            ]
        },
    )
    await flows.act(
        viewer.user,
        application_id,
        flows.accept,
        clerk=viewer.user,
        deferred=[lifecycle.Deferral(d.requirement_code, d.due_date) for d in body.deferred],
        limit_workdays=request.app.ctx.settings.APPLICATION_WORKDAYS,
    )
    return _done(application_id, "accept")


@bp.post("/applications/<application_id:uuid>/supplement-request")
@page(roles=CLERKS)
async def supplement_request(
    request: Request, viewer: Viewer, application_id: UUID
) -> HTTPResponse:
    """一次性告知: every ticked material with its problem, and any other problem, in one request."""
    form = request.form or {}
    items = [
        {"requirement_code": code, "problem": (form.get(f"problem_{code}") or "").strip()}
        for code in form.getlist("item", [])
    ]
    if other := (form.get("other") or "").strip():
        items.append({"requirement_code": None, "problem": other})
    body = _form_body(SupplementRequest, {"items": items})
    await flows.act(
        viewer.user,
        application_id,
        flows.request_supplement,
        actor=viewer.user,
        items=[(i.requirement_code, i.problem) for i in body.items],
    )
    return _done(application_id, "supplement")


@bp.post("/applications/<application_id:uuid>/return")
@page(roles=CLERKS)
async def return_application(
    request: Request, viewer: Viewer, application_id: UUID
) -> HTTPResponse:
    lines = (request.form or {}).get("reasons") or ""
    body = _form_body(
        ReturnRequest, {"reasons": [r.strip() for r in lines.splitlines() if r.strip()]}
    )
    await flows.act(
        viewer.user,
        application_id,
        lifecycle.return_application,
        clerk=viewer.user,
        reasons=body.reasons,
    )
    return _done(application_id, "return")


async def _clerk_button(viewer: Viewer, application_id: UUID, action: Action) -> HTTPResponse:
    await flows.act(viewer.user, application_id, CLERK_BUTTONS[action], clerk=viewer.user)
    return _done(application_id, action.value)


@bp.post("/applications/<application_id:uuid>/issue-certificate")
@page(roles=CLERKS)
async def issue_certificate(request: Request, viewer: Viewer, application_id: UUID) -> HTTPResponse:
    return await _clerk_button(viewer, application_id, Action.issue_certificate)


@bp.post("/applications/<application_id:uuid>/deliver")
@page(roles=CLERKS)
async def deliver(request: Request, viewer: Viewer, application_id: UUID) -> HTTPResponse:
    return await _clerk_button(viewer, application_id, Action.deliver)


async def _decide(
    request: Request, viewer: Viewer, application_id: UUID, step_id: UUID, *, approve: bool
) -> HTTPResponse:
    opinion = ((request.form or {}).get("opinion") or "").strip()
    body = _form_body(StepDecision if approve else StepRejection, {"opinion": opinion})
    ctx = request.app.ctx
    await flows.decide_step(
        reviewer=viewer.user,
        application_id=application_id,
        step_id=step_id,
        approve=approve,
        opinion=body.opinion,
        store=ctx.storage,
        keyring=ctx.keyring,
    )
    return _done(application_id, "approve" if approve else "reject_step")


@bp.post("/applications/<application_id:uuid>/steps/<step_id:uuid>/approve")
@page(roles=REVIEWERS)
async def approve_step(
    request: Request, viewer: Viewer, application_id: UUID, step_id: UUID
) -> HTTPResponse:
    return await _decide(request, viewer, application_id, step_id, approve=True)


@bp.post("/applications/<application_id:uuid>/steps/<step_id:uuid>/reject")
@page(roles=REVIEWERS)
async def reject_step(
    request: Request, viewer: Viewer, application_id: UUID, step_id: UUID
) -> HTTPResponse:
    return await _decide(request, viewer, application_id, step_id, approve=False)


@bp.post("/applications/<application_id:uuid>/verdicts/<verdict_id:uuid>")
@page(roles=CLERKS)
async def verdict_opinion(
    request: Request, viewer: Viewer, application_id: UUID, verdict_id: UUID
) -> HTTPResponse:
    """同意 / 不同意 one automatic verdict (feeds the 预审一致率); htmx swaps the answer in."""
    await lifecycle.visible_application(viewer.user, application_id)
    agrees = (request.form or {}).get("agrees") == "1"
    await prereview.record_verdict_opinion(
        application_id=application_id, verdict_id=verdict_id, agrees=agrees
    )
    if request.headers.get("hx-request"):
        return await page_response(request, "console/_verdict_opinion.html", viewer, agrees=agrees)
    return redirect(f"/console/applications/{application_id}", status=303)


@bp.get("/files/<object_id:str>")
@page()
async def material_file(request: Request, viewer: Viewer, object_id: str) -> HTTPResponse:
    """A material shown inline (image viewer, PDF pages) to staff whose scope covers it."""
    found = await MaterialFile.get_or_none(object_id=object_id)
    if found is None:
        raise NotFound()
    await lifecycle.visible_application(viewer.user, found.application_id)
    return await _stream_inline(request, object_id, CONTENT_TYPES[found.kind])


async def _stream_inline(request: Request, object_id: str, content_type: str) -> HTTPResponse:
    """A stored object decrypted in chunks to the browser, shown inline, never cached."""
    body = await request.app.ctx.storage.open_stream(object_id)
    response = await request.respond(
        content_type=content_type,
        headers={
            "Content-Disposition": "inline",
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )
    async for chunk in body:
        await response.send(chunk)
    await response.eof()
    return response


# --- identity review (远程视频核验, manual provider) ----------------------------------------------


@bp.get("/identity")
@page(roles=CLERKS)
async def identity_reviews(request: Request, viewer: Viewer) -> HTTPResponse:
    ctx = request.app.ctx
    try:
        number = max(1, int(request.args.get("page", "1")))
    except ValueError:
        number = 1
    checks, total = await identity.review_queue(
        scope=_scope_of(viewer), page=number, size=QUEUE_PAGE_SIZE
    )
    items = [
        await identity_flows.review_view(
            c, viewer=viewer.user, settings=ctx.settings, cipher=ctx.cipher
        )
        for c in checks
    ]
    return await page_response(
        request,
        "console/identity_list.html",
        viewer,
        items=items,
        total=total,
        page_number=number,
        pages=max(1, -(-total // QUEUE_PAGE_SIZE)),
    )


async def _identity_page(request: Request, viewer: Viewer, check_id: UUID, **extra) -> HTTPResponse:
    ctx = request.app.ctx
    check = await identity.visible_check(viewer.user, check_id)
    review = await identity_flows.review_view(
        check, viewer=viewer.user, settings=ctx.settings, cipher=ctx.cipher
    )
    return await page_response(
        request, "console/identity_review.html", viewer, check=review, **extra
    )


@bp.get("/identity/<check_id:uuid>")
@page(roles=CLERKS)
async def identity_review(request: Request, viewer: Viewer, check_id: UUID) -> HTTPResponse:
    done = {"approved": "已核验通过。", "rejected": "已记录不通过及原因，业主将收到通知。"}
    return await _identity_page(
        request, viewer, check_id, done=done.get(request.args.get("done", ""), "")
    )


@bp.post("/identity/<check_id:uuid>/decision")
@page(roles=CLERKS)
async def identity_decision(request: Request, viewer: Viewer, check_id: UUID) -> HTTPResponse:
    form = request.form or {}
    body = _form_body(
        IdentityDecision,
        {"approve": form.get("approve") == "1", "reason": (form.get("reason") or "").strip()},
    )
    await identity.decide(
        check_id=check_id,
        clerk=viewer.user,
        approve=body.approve,
        reason=body.reason,
        settings=request.app.ctx.settings,
    )
    outcome = "approved" if body.approve else "rejected"
    return redirect(f"/console/identity/{check_id}?done={outcome}", status=303)


@bp.get("/identity/<check_id:uuid>/video")
@page(roles=CLERKS)
async def identity_video(request: Request, viewer: Viewer, check_id: UUID) -> HTTPResponse:
    check = await identity.visible_check(viewer.user, check_id)
    if check.video_object_id is None:
        raise NotFound()
    kind = VIDEO_TYPES.get(check.video_kind or "", "application/octet-stream")
    return await _stream_inline(request, check.video_object_id, kind)


# --- the supervisors' dashboard -------------------------------------------------------------------

GROUPINGS = {
    Grouping.district: "按区",
    Grouping.street: "按街道",
    Grouping.estate: "按小区",
    Grouping.era: "按建成年代",
}
REPORT_LINKS = [
    (Report.certificate_rate, "办证率"),
    (Report.processing_time, "办理用时"),
    (Report.overdue_rate, "环节超时率"),
    (Report.disposal_progress, "处置方案进度"),
]
TREND_DAYS = 30


def _scope_of(viewer: Viewer) -> str:
    scope = staff_scope(viewer.user)
    if scope is None:  # a supervisor attached to no organisation sees nothing
        raise NotFound()
    return scope


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _bar(names: list[str], series: list[dict], *, percent: bool = False) -> dict:
    """An ECharts bar chart's option (the page's script only hands it to echarts.init)."""
    return {
        "tooltip": {"trigger": "axis"},
        "legend": {"top": 0} if len(series) > 1 else {"show": False},
        "grid": {"left": 48, "right": 16, "top": 32, "bottom": 56},
        "xAxis": {"type": "category", "data": names, "axisLabel": {"interval": 0, "rotate": 20}},
        "yAxis": {
            "type": "value",
            **({"max": 100, "name": "%"} if percent else {"minInterval": 1}),
        },
        "series": [{"type": "bar", **s} for s in series],
    }


@bp.get("/dashboard")
@page(roles=SUPERVISORS)
async def dashboard(request: Request, viewer: Viewer) -> HTTPResponse:
    scope = _scope_of(viewer)
    by = Grouping(request.args.get("by")) if request.args.get("by") in GROUPINGS else None
    by = by or Grouping.street
    period = stats.Period()
    overview = await stats.overview(scope=scope, period=period)
    rates = await stats.certificate_rate(scope=scope, by=by)
    overdue = await stats.overdue_rate(scope=scope, period=period)
    steps = await stats.step_progress(scope=scope)
    trend = await stats.trend(scope=scope, days=TREND_DAYS)
    step_states = [(s, STEP_STATUS_LABELS[s]) for s in StepStatus]
    charts = {
        "chart-rate": _bar(
            [r["name"] for r in rates],
            [{"name": "办证率", "data": [round((r["rate"] or 0) * 100, 1) for r in rates]}],
            percent=True,
        ),
        "chart-steps": _bar(
            [s["step_label"] for s in steps],
            [
                {"name": label, "stack": "steps", "data": [s[state.value] for s in steps]}
                for state, label in step_states
            ],
        ),
        "chart-overdue": _bar(
            [f"{o['step_label']}·{o['department_label'] or ''}" for o in overdue],
            [{"name": "超时率", "data": [round((o["rate"] or 0) * 100, 1) for o in overdue]}],
            percent=True,
        ),
        "chart-trend": {
            "tooltip": {"trigger": "axis"},
            "grid": {"left": 48, "right": 16, "top": 24, "bottom": 32},
            "xAxis": {"type": "category", "data": [t["day"] for t in trend]},
            "yAxis": {"type": "value", "max": 100, "name": "%"},
            "series": [
                {
                    "type": "line",
                    "name": "办证率",
                    "data": [round((t["rate"] or 0) * 100, 1) for t in trend],
                }
            ],
        },
    }
    return await page_response(
        request,
        "console/dashboard.html",
        viewer,
        overview=overview,
        pct=_percent,
        rates=rates,
        steps=steps,
        step_states=step_states,
        overdue=overdue,
        trend=trend,
        charts=charts,
        by=by.value,
        groupings={g.value: label for g, label in GROUPINGS.items()},
        reports=[(r.value, label) for r, label in REPORT_LINKS],
    )


@bp.get("/dashboard/export")
@page(roles=SUPERVISORS)
async def dashboard_export(request: Request, viewer: Viewer) -> HTTPResponse:
    """The API's report export (`stats/reports.py`), for the logged-in supervisor's scope."""
    query = _form_body(ExportQuery, {name: request.args.get(name) for name in request.args})
    return await reports.stream_report(
        request,
        query,
        scope=_scope_of(viewer),
        limit_workdays=request.app.ctx.settings.APPLICATION_WORKDAYS,
    )


# Pages kept in modules of their own register on this blueprint when imported here.
from banzheng.console import estates  # noqa: E402, F401
