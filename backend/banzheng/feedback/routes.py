"""Feedback routes: the H5 rating page any phone camera opens (`/q/{code}`, HTML), the owner's
rating from the mini-program, and the staff side (targets and their QR codes, rectification
cases, appeals, figures, star ratings)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, raw
from sanic_ext import render
from sanic_ext.extensions.openapi.definitions import Parameter

from banzheng.accounts.models import User
from banzheng.applications import lifecycle
from banzheng.common.errors import ApiError, NotFound, ValidationFailed
from banzheng.common.http import PUBLIC, endpoint, parse_query, query_parameters, respond
from banzheng.common.ratelimit import Limit, RateLimited
from banzheng.feedback import qr, service, stats
from banzheng.feedback.labels import (
    APPEAL_LABELS,
    BAD_LEVELS,
    CASE_LABELS,
    CHANNEL_LABELS,
    INDICATORS,
    LEVEL_LABELS,
    TARGET_CHANNELS,
    TARGET_LABELS,
)
from banzheng.feedback.models import (
    Appeal,
    FeedbackTarget,
    Level,
    Rating,
    RatingChannel,
    RatingSource,
    RectificationCase,
    TargetKind,
)
from banzheng.feedback.schemas import (
    AppealCreate,
    AppealDecision,
    CaseFilters,
    CaseList,
    CasePublic,
    FiguresList,
    Note,
    RatingCreate,
    RatingList,
    RatingPublic,
    StarRatingList,
    TargetCreate,
    TargetList,
    TargetPublic,
)
from banzheng.notifications.schemas import iso
from banzheng.security.permissions import staff_scope
from banzheng.security.roles import Role

bp = Blueprint("feedback", url_prefix="/api/v1")
h5 = Blueprint("feedback_h5")
TAG = "满意度评价"
KEEPERS = {Role.clerk, Role.admin, Role.supervisor}
CASE_WORKERS = {Role.clerk, Role.supervisor}
APPELLANTS = {Role.clerk, Role.department_reviewer}
READERS = {Role.clerk, Role.supervisor, Role.admin}

DEVICE_COOKIE = "bz_device"
# The H5 page is open to any camera: limits per device (cookie) and per IP, counted in Redis.
H5_VIEWS_PER_IP = Limit("120/hour", scope="h5-view:ip")
H5_RATINGS_PER_DEVICE = Limit("10/hour", scope="h5-rate:device")
H5_RATINGS_PER_IP = Limit("30/hour", scope="h5-rate:ip")
OWNER_RATINGS = Limit("30/hour")
RULES = {
    RatingChannel.onsite: "现场服务“一次一评”，每次服务可评价一次",
    RatingChannel.online: "网上服务“一事一评”，每件申请可评价一次",
}
FORMULA = (
    "得分 = 100 × (0.6 × 满意率 + 0.4 × 材料及时率)；≥95 五星，≥85 四星，≥75 三星，≥60 二星，"
    "其余一星；评价数不足时不评星"
)


def _levels() -> list[dict[str, Any]]:
    return [
        {"value": int(level), "label": LEVEL_LABELS[level], "bad": level in BAD_LEVELS}
        for level in sorted(Level, reverse=True)
    ]


def _target(request: Request, target: FeedbackTarget, already: bool | None = None) -> TargetPublic:
    channel = TARGET_CHANNELS[target.kind]
    return TargetPublic(
        id=str(target.id),
        code=target.code,
        kind=target.kind.value,
        kind_label=TARGET_LABELS[target.kind],
        name=target.name,
        url=service.public_url(request.app.ctx.settings.PUBLIC_BASE_URL, target.code),
        channel=channel.value,
        channel_label=CHANNEL_LABELS[channel],
        rule=RULES[channel],
        levels=_levels(),
        indicators=[
            {"code": code, "label": label}
            for code, label in INDICATORS[channel].items()
            if code != "overall"
        ],
        already_rated=already,
    )


async def _case(case: RectificationCase, *, for_staff: bool) -> CasePublic:
    rating = await Rating.get(id=case.rating_id).select_related("target")
    appeals = await Appeal.filter(case_id=case.id).order_by("created_at") if for_staff else []
    return CasePublic(
        id=str(case.id),
        status=case.status.value,
        status_label=CASE_LABELS[case.status],
        due_at=iso(case.due_at),
        visited_at=iso(case.visited_at),
        visit_note=case.visit_note,
        rectified_at=iso(case.rectified_at),
        rectification_note=case.rectification_note,
        target_name=rating.target.name,
        level=rating.level,
        level_label=LEVEL_LABELS[Level(rating.level)],
        comment=rating.comment if for_staff else "",
        appeals=[
            {
                "id": str(a.id),
                "reason": a.reason,
                "status": a.status.value,
                "status_label": APPEAL_LABELS[a.status],
                "decision_note": a.decision_note,
            }
            for a in appeals
        ],
    )


# ---- the H5 page (any phone camera) ----------------------------------------------------------


def _device(request: Request) -> tuple[str, bool]:
    """The device id from its cookie, or a new one (True when it must be set)."""
    given = request.cookies.get(DEVICE_COOKIE, "")
    if len(given) == 32 and all(c in "0123456789abcdef" for c in given):
        return given, False
    return secrets.token_hex(16), True


def _form_token(request: Request, device: str, code: str) -> str:
    key = request.app.ctx.settings.SECRET_KEY.encode()
    return hmac.new(key, f"h5-rate:{device}:{code}".encode(), hashlib.sha256).hexdigest()[:32]


async def _page(template: str, status: int = 200, **context: Any) -> HTTPResponse:
    response = await render(f"feedback/{template}", context=context, status=status)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"
    )
    return response


async def _not_found() -> HTTPResponse:
    return await _page(
        "done.html",
        status=404,
        heading="二维码无效",
        message="该二维码无效或已停用，请扫描窗口或回执上的最新二维码。",
        ok=False,
    )


def _with_device(request: Request, response: HTTPResponse, device: str, new: bool) -> HTTPResponse:
    if new:
        response.add_cookie(
            DEVICE_COOKIE,
            device,
            path="/q",
            max_age=365 * 86400,
            httponly=True,
            samesite="Lax",
            secure=request.scheme == "https",
        )
    return response


def _rate_context(request: Request, target: FeedbackTarget, device: str, **extra) -> dict:
    channel = TARGET_CHANNELS[target.kind]
    return {
        "target_name": target.name,
        "kind_label": TARGET_LABELS[target.kind],
        "channel_label": CHANNEL_LABELS[channel],
        "rule": RULES[channel],
        "levels": _levels(),
        "indicators": [
            {"code": c, "label": label}
            for c, label in INDICATORS[channel].items()
            if c != "overall"
        ],
        "token": _form_token(request, device, target.code),
        "action": f"/q/{target.code}",
        "chosen": None,
        "comment": "",
        "error": "",
        **extra,
    }


@h5.get("/q/<code:qrpage>")
@endpoint(
    summary="扫码评价页（H5，非微信扫码打开）", roles=PUBLIC, errors=(404, 429), tag=TAG, html=True
)
async def rating_page(request: Request, code: str) -> HTTPResponse:
    ip = request.remote_addr or request.ip or "unknown"
    try:
        await request.app.ctx.ratelimiter.hit(H5_VIEWS_PER_IP, ip)
        target = await service.target_by_code(code)
    except NotFound:
        return await _not_found()
    except RateLimited as exc:
        return await _page("done.html", 429, heading="请稍后再试", message=exc.message, ok=False)
    device, new = _device(request)
    response = await _page("rate.html", **_rate_context(request, target, device))
    return _with_device(request, response, device, new)


@h5.post("/q/<code:qrpage>")
@endpoint(
    summary="提交扫码评价（H5 表单）",
    roles=PUBLIC,
    errors=(404, 409, 422, 429),
    tag=TAG,
    html=True,
)
async def submit_rating_page(request: Request, code: str) -> HTTPResponse:
    ctx = request.app.ctx
    ip = request.remote_addr or request.ip or "unknown"
    try:
        target = await service.target_by_code(code)
    except NotFound:
        return await _not_found()
    device, new = _device(request)
    form = request.form or {}
    context = _rate_context(request, target, device, comment=form.get("comment", "")[:500])
    if new or not hmac.compare_digest(form.get("token", ""), context["token"]):
        context["error"] = "页面已过期，请重新扫码后再评价"
        return _with_device(request, await _page("rate.html", 422, **context), device, new)
    try:
        await ctx.ratelimiter.hit(H5_RATINGS_PER_IP, ip)
        await ctx.ratelimiter.hit(H5_RATINGS_PER_DEVICE, device)
        level = int(form.get("level", "0") or 0)
        indicators = {
            key.removeprefix("ind_"): int(form.get(key))
            for key in form
            if key.startswith("ind_") and form.get(key)
        }
        rating = await service.rate(
            target=target,
            rater=service.Rater(
                device_hash=service.device_hash(device, ctx.settings.SECRET_KEY.encode())
            ),
            level=level,
            indicators=indicators,
            comment=form.get("comment", ""),
            source=RatingSource.h5,
            rectify_workdays=ctx.settings.FEEDBACK_RECTIFY_WORKDAYS,
        )
    except ValueError:
        context["error"] = "评价内容不符合要求，请重新选择"
        return await _page("rate.html", 422, **context)
    except ApiError as exc:
        if exc.status == 409 and exc.code == "ALREADY_RATED":
            return await _page("done.html", 409, heading="已评价", message=exc.message, ok=False)
        context["error"] = exc.message
        return await _page("rate.html", exc.status, **context)
    bad = Level(rating.level) in BAD_LEVELS
    return await _page(
        "done.html",
        heading="感谢您的评价",
        message=f"您的评价“{LEVEL_LABELS[Level(rating.level)]}”已提交。",
        detail="我们会在规定时限内回访核实并整改，感谢您的监督。" if bad else "",
        ok=True,
    )


# ---- owners in the mini-program ------------------------------------------------------------


@bp.get("/feedback/t/<code:qrcode>")
@endpoint(
    summary="扫码评价：评价对象（小程序扫码或 q 参数打开）",
    roles={Role.owner},
    response=TargetPublic,
    errors=(404,),
    tag=TAG,
)
async def rating_target(request: Request, user: User, code: str) -> HTTPResponse:
    target = await service.target_by_code(code)
    if target.kind is TargetKind.receipt:  # only its applicant may rate a receipt
        await lifecycle.visible_application(user, target.application_id)
    key = service.visit_key(target, service.Rater(user=user), datetime.now(UTC))
    return respond(_target(request, target, already=await Rating.exists(visit_key=key)))


@bp.post("/feedback/t/<code:qrcode>/ratings")
@endpoint(
    summary="提交评价（一次一评 / 一事一评）",
    roles={Role.owner},
    body=RatingCreate,
    response=RatingPublic,
    status=201,
    errors=(404, 409),
    rate_limits=(OWNER_RATINGS,),
    tag=TAG,
)
async def rate_target(request: Request, user: User, code: str, body: RatingCreate) -> HTTPResponse:
    target = await service.target_by_code(code)
    rating = await service.rate(
        target=target,
        rater=service.Rater(user=user),
        level=body.level,
        indicators=body.indicators,
        comment=body.comment,
        source=RatingSource.mini_program,
        rectify_workdays=request.app.ctx.settings.FEEDBACK_RECTIFY_WORKDAYS,
    )
    return respond(await _rating(rating), status=201)


async def _rating(rating: Rating) -> RatingPublic:
    target = await FeedbackTarget.get(id=rating.target_id)
    case = await RectificationCase.get_or_none(rating_id=rating.id)
    return RatingPublic(
        id=str(rating.id),
        target_name=target.name,
        target_kind_label=TARGET_LABELS[target.kind],
        level=rating.level,
        level_label=LEVEL_LABELS[Level(rating.level)],
        comment=rating.comment,
        created_at=iso(rating.created_at),
        case=await _case(case, for_staff=False) if case else None,
    )


@bp.get("/me/ratings")
@endpoint(summary="我的评价及差评整改进度", roles={Role.owner}, response=RatingList, tag=TAG)
async def my_ratings(request: Request, user: User) -> HTTPResponse:
    ratings = await Rating.filter(user_id=user.id).order_by("-created_at").limit(100)
    return respond(RatingList(items=[await _rating(r) for r in ratings]))


@bp.get("/applications/<application_id:uuid>/rating-target")
@endpoint(
    summary="这件申请受理回执上的评价码（一事一评）",
    roles={Role.owner, Role.clerk},
    response=TargetPublic,
    errors=(404,),
    tag=TAG,
)
async def application_rating_target(
    request: Request, user: User, application_id: UUID
) -> HTTPResponse:
    application = await lifecycle.visible_application(user, application_id)
    return respond(_target(request, await service.receipt_target(application)))


# ---- staff: targets and QR codes --------------------------------------------------------------


async def _visible_target(user: User, target_id: UUID) -> FeedbackTarget:
    target = await FeedbackTarget.get_or_none(id=target_id)
    if target is None or not service.visible_target(user, target):
        raise NotFound("未找到评价对象")
    return target


@bp.post("/feedback/targets")
@endpoint(
    summary="新建评价对象（窗口、工作人员、小区服务站）",
    roles=KEEPERS,
    body=TargetCreate,
    response=TargetPublic,
    status=201,
    errors=(404, 422),
    tag=TAG,
)
async def create_target(request: Request, user: User, body: TargetCreate) -> HTTPResponse:
    ids = {}
    for name in ("organisation_id", "staff_id", "community_id"):
        value = getattr(body, name)
        if value is not None:
            try:
                ids[name] = UUID(value)
            except ValueError:
                raise NotFound("未找到评价对象") from None
    target = await service.create_target(creator=user, kind=body.kind, name=body.name, **ids)
    return respond(_target(request, target), status=201)


@bp.get("/feedback/targets")
@endpoint(summary="辖区内的评价对象", roles=KEEPERS, response=TargetList, tag=TAG)
async def list_targets(request: Request, user: User) -> HTTPResponse:
    scope = staff_scope(user) or "\x00"
    targets = (
        await FeedbackTarget.filter(scope_path__startswith=scope, active=True)
        .exclude(kind=TargetKind.receipt)
        .order_by("name")
    )
    return respond(TargetList(items=[_target(request, t) for t in targets]))


QR_FORMATS = {
    "qr.png": ("image/png", qr.png),
    "qr.svg": ("image/svg+xml", qr.svg),
}


@bp.get("/feedback/targets/<target_id:uuid>/<name:qrfile>")
@endpoint(
    summary="评价二维码：qr.png / qr.svg / poster.pdf（A4 张贴）",
    roles=KEEPERS,
    errors=(404,),
    tag=TAG,
)
async def target_qr(request: Request, user: User, target_id: UUID, name: str) -> HTTPResponse:
    target = await _visible_target(user, target_id)
    url = service.public_url(request.app.ctx.settings.PUBLIC_BASE_URL, target.code)
    if name == "poster.pdf":
        body = qr.poster(url=url, title=target.name, kind_label=TARGET_LABELS[target.kind])
        return raw(
            body,
            content_type="application/pdf",
            headers={"Content-Disposition": f'inline; filename="poster-{target.code}.pdf"'},
        )
    if name not in QR_FORMATS:
        raise NotFound("没有这种格式")
    content_type, make = QR_FORMATS[name]
    return raw(make(url), content_type=content_type)


# ---- staff: rectification and appeals ------------------------------------------------------


@bp.get("/feedback/cases")
@endpoint(
    summary="差评整改事项（辖区内，逾期在前）",
    roles=READERS | APPELLANTS,
    response=CaseList,
    parameters=query_parameters(CaseFilters),
    errors=(422,),
    tag=TAG,
)
async def list_cases(request: Request, user: User) -> HTTPResponse:
    filters = parse_query(request, CaseFilters)
    scope = staff_scope(user) or "\x00"
    query = RectificationCase.filter(scope_path__startswith=scope)
    if filters.status is not None:
        query = query.filter(status=filters.status)
    cases = await query.order_by("due_at").limit(200)
    return respond(CaseList(items=[await _case(c, for_staff=True) for c in cases]))


@bp.post("/feedback/cases/<case_id:uuid>/visit")
@endpoint(
    summary="登记回访核实",
    roles=CASE_WORKERS,
    body=Note,
    response=CasePublic,
    errors=(404, 409),
    tag=TAG,
)
async def visit_case(request: Request, user: User, case_id: UUID, body: Note) -> HTTPResponse:
    case = await service.visible_case(user, case_id)
    await service.record_visit(case=case, clerk=user, note=body.note)
    return respond(await _case(case, for_staff=True))


@bp.post("/feedback/cases/<case_id:uuid>/rectify")
@endpoint(
    summary="登记整改结果",
    roles=CASE_WORKERS,
    body=Note,
    response=CasePublic,
    errors=(404, 409),
    tag=TAG,
)
async def rectify_case(request: Request, user: User, case_id: UUID, body: Note) -> HTTPResponse:
    case = await service.visible_case(user, case_id)
    await service.record_rectification(case=case, clerk=user, note=body.note)
    return respond(await _case(case, for_staff=True))


@bp.post("/feedback/cases/<case_id:uuid>/appeal")
@endpoint(
    summary="对差评申诉（恶意或误评）",
    roles=APPELLANTS,
    body=AppealCreate,
    response=CasePublic,
    status=201,
    errors=(404, 409),
    tag=TAG,
)
async def appeal_case(request: Request, user: User, case_id: UUID, body: AppealCreate):
    case = await service.visible_case(user, case_id)
    await service.appeal(case=case, appellant=user, reason=body.reason)
    return respond(await _case(case, for_staff=True), status=201)


@bp.post("/feedback/cases/<case_id:uuid>/appeal/decision")
@endpoint(
    summary="督导复核申诉",
    roles={Role.supervisor},
    body=AppealDecision,
    response=CasePublic,
    errors=(404, 409),
    tag=TAG,
)
async def decide_appeal(request: Request, user: User, case_id: UUID, body: AppealDecision):
    case = await service.visible_case(user, case_id)
    await service.decide_appeal(case=case, supervisor=user, upheld=body.upheld, note=body.note)
    return respond(await _case(case, for_staff=True))


# ---- figures ---------------------------------------------------------------------------------


def _str(value) -> str | None:
    return None if value is None else str(value)


@bp.get("/feedback/figures")
@endpoint(
    summary="满意率与差评率：按窗口、工作人员、小区、物业企业",
    roles=READERS,
    response=FiguresList,
    parameters=[Parameter("group", str, "query", description="window / staff / estate / company")],
    errors=(422,),
    tag=TAG,
)
async def figures(request: Request, user: User) -> HTTPResponse:
    group = request.args.get("group", "window")
    if group not in ("window", "staff", "estate", "company"):
        raise ValidationFailed("group 只能是 window、staff、estate 或 company", code="BAD_FILTER")
    rows = await stats.by_group(group, scope_path=staff_scope(user) or "\x00")
    items = [
        {
            **r,
            "satisfaction_rate": _str(r["satisfaction_rate"]),
            "complaint_rate": _str(r["complaint_rate"]),
        }
        for r in rows
    ]
    return respond(FiguresList(group=group, items=items))


@bp.get("/feedback/star-ratings")
@endpoint(
    summary="物业办证服务星级评定",
    roles={Role.supervisor, Role.admin},
    response=StarRatingList,
    tag=TAG,
)
async def star_ratings(request: Request, user: User) -> HTTPResponse:
    settings = request.app.ctx.settings
    rows = await stats.star_ratings(
        scope_path=staff_scope(user) or "\x00",
        materials_workdays=settings.FEEDBACK_MATERIALS_WORKDAYS,
        min_ratings=settings.FEEDBACK_STAR_MIN_RATINGS,
    )
    items = [
        {
            **r,
            **{k: _str(r[k]) for k in ("satisfaction_rate", "timeliness_rate", "score")},
        }
        for r in rows
    ]
    return respond(StarRatingList(formula=FORMULA, items=items))
