"""Video identity check (远程视频核验身份): owners start and follow checks, clerks review them,
an external provider may notify us of a result."""

from __future__ import annotations

import time
from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, ResponseStream

from banzheng.accounts import datareads
from banzheng.accounts.models import User
from banzheng.common.errors import ApiError, Conflict, NotFound
from banzheng.common.http import PUBLIC, endpoint, respond
from banzheng.common.pagination import PAGE_PARAMETERS, page_params
from banzheng.common.ratelimit import By, Limit
from banzheng.identity import flows, service, views
from banzheng.identity.models import IdentityCheck
from banzheng.identity.providers.faceid import CALLBACK_MAX_SKEW_SECONDS
from banzheng.identity.schemas import (
    CallbackAck,
    CheckPage,
    CheckPublic,
    CheckReview,
    CheckStart,
    Decision,
    FaceConsent,
    IdentityStatus,
    ReviewPage,
    VideoLink,
)
from banzheng.materials import service as materials
from banzheng.security.permissions import Action, Subject, roles_for, staff_scope
from banzheng.security.roles import Role
from banzheng.storage import LinkExpired, LinkInvalid, sign_download, verify_download

bp = Blueprint("identity", url_prefix="/api/v1")
TAG = "视频核验"
OWNER = {Role.owner}
CLERK = {Role.clerk}
VIDEO_READERS = roles_for(Action.download, Subject.identity_video)
VIDEO_TYPES = {"mp4": "video/mp4", "mov": "video/quicktime"}


@bp.get("/identity/consent")
@endpoint(
    summary="人脸信息处理单独同意书（开始核验前阅读）", roles=OWNER, response=FaceConsent, tag=TAG
)
async def identity_consent(request: Request, user: User) -> HTTPResponse:
    settings = request.app.ctx.settings
    text = service.consent_for(settings)
    return respond(
        FaceConsent(
            version=text.version,
            sha256=text.sha256,
            text=text.text,
            retention_days=settings.IDENTITY_VIDEO_RETENTION_DAYS,
        )
    )


@bp.post("/identity/checks")
@endpoint(
    summary="同意处理人脸信息并开始一次视频核验（返回动作码）",
    roles=OWNER,
    body=CheckStart,
    response=CheckPublic,
    status=201,
    errors=(409, 429, 502),
    rate_limits=(Limit("20/hour", By.user),),
    tag=TAG,
)
async def start_check(request: Request, user: User, body: CheckStart) -> HTTPResponse:
    ctx = request.app.ctx
    check = await service.start(
        owner=user,
        consent_version=body.consent_version,
        consent_sha256=body.consent_sha256,
        settings=ctx.settings,
        provider=ctx.identity_provider,
        cipher=ctx.cipher,
    )
    return respond(views.public(check, ctx.settings), status=201)


@bp.get("/identity/checks")
@endpoint(
    summary="我的视频核验记录",
    roles=OWNER,
    response=CheckPage,
    errors=(422,),
    parameters=PAGE_PARAMETERS,
    tag=TAG,
)
async def my_checks(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    query = IdentityCheck.filter(owner_id=user.id)
    items = await query.order_by("-created_at").offset((page - 1) * size).limit(size)
    settings = request.app.ctx.settings
    return respond(
        CheckPage(
            items=[views.public(await service.expire_if_due(c), settings) for c in items],
            total=await query.count(),
            page=page,
            size=size,
        )
    )


@bp.get("/identity/status")
@endpoint(summary="我当前的核验状态（能否签署文件）", roles=OWNER, response=IdentityStatus, tag=TAG)
async def identity_status(request: Request, user: User) -> HTTPResponse:
    settings = request.app.ctx.settings
    passed = await service.valid_pass(user.id)
    latest = await service.latest(user.id)
    if latest is not None:
        await service.expire_if_due(latest)
    return respond(
        IdentityStatus(
            verified=passed is not None,
            valid_until=views.iso(passed.passed_until) if passed else None,
            latest=views.public(latest, settings) if latest else None,
        )
    )


@bp.get("/identity/checks/<check_id:uuid>")
@endpoint(
    summary="查看一次核验的状态和结果", roles=OWNER, response=CheckPublic, errors=(404,), tag=TAG
)
async def check_detail(request: Request, user: User, check_id: UUID) -> HTTPResponse:
    check = await service.expire_if_due(await service.visible_check(user, check_id))
    return respond(views.public(check, request.app.ctx.settings))


@bp.post("/identity/checks/<check_id:uuid>/refresh")
@endpoint(
    summary="从人脸核身服务拉取结果（返回本页后调用；不信任跳转参数）",
    roles=OWNER,
    response=CheckPublic,
    errors=(404, 502),
    rate_limits=(Limit("30/minute", By.user),),
    tag=TAG,
)
async def refresh_check(request: Request, user: User, check_id: UUID) -> HTTPResponse:
    ctx = request.app.ctx
    check = await service.visible_check(user, check_id)
    check = await service.settle_from_provider(
        check=check,
        provider=ctx.identity_provider,
        settings=ctx.settings,
        cipher=ctx.cipher,
        trigger="owner_refresh",
    )
    return respond(views.public(check, ctx.settings))


@bp.post("/identity/providers/faceid/callback")
@endpoint(
    summary="人脸核身服务的结果通知（签名校验、拒绝重放和过期时间戳，再按令牌拉取结果）",
    roles=PUBLIC,
    response=CallbackAck,
    errors=(400, 401, 404, 409, 502),
    rate_limits=(Limit("600/minute"),),
    tag=TAG,
)
async def provider_callback(request: Request) -> HTTPResponse:
    ctx = request.app.ctx
    verified = ctx.identity_provider.verify_callback(
        headers=request.headers, body=request.body or b"", now=time.time()
    )
    if not await service.remember_nonce(ctx.redis, verified.nonce, 2 * CALLBACK_MAX_SKEW_SECONDS):
        raise Conflict("重复的回调（随机数已使用）", code="CALLBACK_REPLAYED")
    check = await service.check_by_token(verified.token)
    check = await service.settle_from_provider(
        check=check,
        provider=ctx.identity_provider,
        settings=ctx.settings,
        cipher=ctx.cipher,
        trigger="provider_callback",
    )
    return respond(CallbackAck(received=True, status=check.status.value))


# --- the video ------------------------------------------------------------------------------------


@bp.get("/identity/checks/<check_id:uuid>/video-link")
@endpoint(
    summary="获取核验视频的短时播放链接（本人或辖区登记人员）",
    roles=VIDEO_READERS,
    response=VideoLink,
    errors=(404,),
    tag=TAG,
)
async def video_link(request: Request, user: User, check_id: UUID) -> HTTPResponse:
    check = await service.visible_check(user, check_id)
    if check.video_object_id is None:
        raise NotFound("视频不存在或已按期删除", code="VIDEO_GONE")
    await datareads.record_read(
        reader=user,
        action="identity.video_link_issued",
        object_type="identity_check",
        object_id=check.id,
        owner_ids=[check.owner_id],
    )
    settings = request.app.ctx.settings
    token = sign_download(
        check.video_object_id,
        audience_user_id=str(user.id),
        expires_in=settings.DOWNLOAD_LINK_TTL,
        secret=materials.link_secret(settings),
    )
    return respond(
        VideoLink(
            url=f"/api/v1/identity/videos/{token}",
            expires_at=int(time.time()) + settings.DOWNLOAD_LINK_TTL,
        )
    )


@bp.get("/identity/videos/<token:linktoken>")
@endpoint(
    summary="按链接播放核验视频（链接只对申请它的人有效）",
    roles=VIDEO_READERS,
    status=200,
    errors=(404, 410),
    tag=TAG,
)
async def video(request: Request, user: User, token: str) -> HTTPResponse:
    settings = request.app.ctx.settings
    try:
        object_id = verify_download(
            token, user_id=str(user.id), secret=materials.link_secret(settings)
        )
    except LinkInvalid:
        raise NotFound("链接无效") from None
    except LinkExpired:
        raise ApiError("链接已过期，请重新获取", code="LINK_EXPIRED", status=410) from None
    check = await IdentityCheck.get_or_none(video_object_id=object_id)
    if check is None or not await service.can_see_check(user, check):
        raise NotFound("链接无效")
    await datareads.record_read(
        reader=user,
        action="identity.video_viewed",
        object_type="identity_check",
        object_id=check.id,
        owner_ids=[check.owner_id],
    )
    body = await request.app.ctx.storage.open_stream(object_id)

    async def stream(response):
        async for chunk in body:
            await response.write(chunk)

    return ResponseStream(
        stream,
        content_type=VIDEO_TYPES.get(check.video_kind or "", "application/octet-stream"),
        headers={
            "Content-Disposition": f'inline; filename="identity.{check.video_kind}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )


# --- clerks' review -------------------------------------------------------------------------------


@bp.get("/identity/reviews")
@endpoint(
    summary="待审核的视频核验（本辖区业主；最早的在前）",
    roles=CLERK,
    response=ReviewPage,
    errors=(422,),
    parameters=PAGE_PARAMETERS,
    tag=TAG,
)
async def reviews(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    scope = staff_scope(user)
    if scope is None:
        raise NotFound("没有可审核的核验")
    items, total = await service.review_queue(scope=scope, page=page, size=size)
    ctx = request.app.ctx
    return respond(
        ReviewPage(
            items=[
                await flows.review_view(c, viewer=user, settings=ctx.settings, cipher=ctx.cipher)
                for c in items
            ],
            total=total,
            page=page,
            size=size,
        )
    )


@bp.get("/identity/reviews/<check_id:uuid>")
@endpoint(
    summary="审核一次视频核验：动作码、预检结果、身份证照片",
    roles=CLERK,
    response=CheckReview,
    errors=(404,),
    tag=TAG,
)
async def review_detail(request: Request, user: User, check_id: UUID) -> HTTPResponse:
    ctx = request.app.ctx
    check = await service.visible_check(user, check_id)
    return respond(
        await flows.review_view(check, viewer=user, settings=ctx.settings, cipher=ctx.cipher)
    )


@bp.post("/identity/reviews/<check_id:uuid>/decision")
@endpoint(
    summary="登记人员作出核验结论（不通过须写明原因）",
    roles=CLERK,
    body=Decision,
    response=CheckReview,
    errors=(404, 409),
    tag=TAG,
)
async def decide(request: Request, user: User, check_id: UUID, body: Decision) -> HTTPResponse:
    ctx = request.app.ctx
    check = await service.decide(
        check_id=check_id,
        clerk=user,
        approve=body.approve,
        reason=body.reason,
        settings=ctx.settings,
    )
    return respond(
        await flows.review_view(check, viewer=user, settings=ctx.settings, cipher=ctx.cipher)
    )
