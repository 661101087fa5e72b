"""E-signature (电子签章): owners preview and sign documents in turn; the registry seals them; anyone
may verify a signed PDF."""

from __future__ import annotations

import asyncio
import base64
import binascii
from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, raw

from banzheng import queue
from banzheng.accounts.models import User
from banzheng.applications import lifecycle
from banzheng.common.context import current_origin
from banzheng.common.errors import ApiError, ValidationFailed
from banzheng.common.http import PUBLIC, endpoint, respond
from banzheng.common.idempotency import IDEMPOTENCY_ERRORS, IDEMPOTENCY_PARAMETERS, idempotent
from banzheng.common.pagination import PAGE_PARAMETERS, page_params
from banzheng.common.ratelimit import By, Limit
from banzheng.security.roles import Role
from banzheng.signatures import evidence_flow, flows, jobs, service, views
from banzheng.signatures.models import PartyStatus, RequestStatus, SigningParty, SigningRequest
from banzheng.signatures.schemas import (
    RequestCreate,
    RequestPage,
    RequestPublic,
    SignBody,
    VerificationPublic,
)

bp = Blueprint("signatures", url_prefix="/api/v1")
TAG = "电子签章"
OWNER = {Role.owner}
READERS = {Role.owner, *service.REVIEW_STAFF}
VERIFY_PER_SOURCE = Limit("10/minute")
"""Public verification parses an untrusted PDF and checks every signature (≈ 0.1–1 s of CPU):
ten a minute from one address serves a person checking documents by hand and stops a flood."""
VERIFY_PER_SOURCE_DAILY = Limit("200/day")


def _pdf(body: bytes, filename: str) -> HTTPResponse:
    return raw(
        body,
        content_type="application/pdf",
        headers={
            "Content-Disposition": f'inline; filename="{filename}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )


@bp.post("/signatures/requests")
@endpoint(
    summary="为申请发起一份需签署的文件（申请书、告知承诺书、面积差异确认书、委托书）",
    roles=OWNER,
    body=RequestCreate,
    response=RequestPublic,
    status=201,
    errors=(404, 409),
    rate_limits=(Limit("30/hour", By.user),),
    tag=TAG,
)
async def create_request(request: Request, user: User, body: RequestCreate) -> HTTPResponse:
    ctx = request.app.ctx
    application = await lifecycle.visible_application(user, body.application_id)
    signing, created = await flows.open_for_application(
        application=application,
        kind=body.kind,
        requester=user,
        store=ctx.storage,
        settings=ctx.settings,
        cipher=ctx.cipher,
        keyring=ctx.keyring,
        requirement_code=body.requirement_code,
        agent=body.agent.model_dump() if body.agent else None,
    )
    view = await views.request_view(signing, viewer=user, cipher=ctx.cipher)
    return respond(view, status=201 if created else 200)


@bp.get("/signatures/requests")
@endpoint(
    summary="我的签署文件（?pending=1 只列待我签署的，即“待签署”；?application_id= 某申请的文件）",
    roles=READERS,
    response=RequestPage,
    errors=(422,),
    parameters=PAGE_PARAMETERS,
    tag=TAG,
)
async def list_requests(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    pending_only = request.args.get("pending") in ("1", "true")
    if user.role is Role.owner:
        parties = SigningParty.filter(user_id=user.id)
        if pending_only:
            parties = parties.filter(
                status=PartyStatus.pending, request__status=RequestStatus.pending
            )
        ids = await parties.values_list("request_id", flat=True)
        query = SigningRequest.filter(id__in=list(ids))
    else:
        from banzheng.security.permissions import staff_scope

        query = SigningRequest.filter(scope_path__startswith=staff_scope(user) or "\x00")
        if pending_only:
            query = query.filter(status=RequestStatus.pending)
    application_id = request.args.get("application_id")
    if application_id:
        try:
            query = query.filter(application_id=UUID(application_id))
        except ValueError:
            raise ValidationFailed("申请编号格式不对", code="BAD_APPLICATION_ID") from None
    items = await query.order_by("-created_at").offset((page - 1) * size).limit(size)
    cipher = request.app.ctx.cipher
    return respond(
        RequestPage(
            items=[await views.request_view(r, viewer=user, cipher=cipher) for r in items],
            total=await query.count(),
            page=page,
            size=size,
        )
    )


@bp.get("/signatures/requests/<request_id:uuid>")
@endpoint(
    summary="签署文件详情：签署人、顺序、状态",
    roles=READERS,
    response=RequestPublic,
    errors=(404,),
    tag=TAG,
)
async def request_detail(request: Request, user: User, request_id: UUID) -> HTTPResponse:
    signing = await service.visible_request(user, request_id)
    return respond(await views.request_view(signing, viewer=user, cipher=request.app.ctx.cipher))


@bp.get("/signatures/requests/<request_id:uuid>/document")
@endpoint(
    summary="预览或下载文件（PDF；签署完成后为带全部签名和电子印章的文件）",
    roles=READERS,
    status=200,
    errors=(404,),
    tag=TAG,
)
async def document(request: Request, user: User, request_id: UUID) -> HTTPResponse:
    signing = await service.visible_request(user, request_id)
    body = await service._read(request.app.ctx.storage, signing.current_object_id)
    return _pdf(body, f"{signing.kind.value}.pdf")


@bp.post("/signatures/requests/<request_id:uuid>/sign")
@endpoint(
    summary="手写签名并签署（须有有效的视频核验；提交预览时的文件摘要）",
    roles=OWNER,
    body=SignBody,
    response=RequestPublic,
    errors=(404, 409, 410, *IDEMPOTENCY_ERRORS),
    parameters=IDEMPOTENCY_PARAMETERS,
    rate_limits=(Limit("30/hour", By.user),),
    tag=TAG,
)
@idempotent()
async def sign(request: Request, user: User, request_id: UUID, body: SignBody) -> HTTPResponse:
    ctx = request.app.ctx
    encoded = (
        body.signature_png.split(",", 1)[-1]
        if body.signature_png.startswith("data:")
        else body.signature_png
    )
    try:
        png = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationFailed(
            "签名图片格式不对，请重新手写签名", code="SIGNATURE_IMAGE_INVALID"
        ) from None
    signing, ready = await service.sign(
        request_id=request_id,
        user=user,
        png=png,
        document_sha256=body.document_sha256.lower(),
        ip=current_origin.get().ip,
        user_agent=request.headers.get("user-agent", ""),
        store=ctx.storage,
        keyring=ctx.keyring,
        settings=ctx.settings,
        cipher=ctx.cipher,
        timestamper=ctx.timestamper,
    )
    await flows.note_on_timeline(signing, "signature_signed", f"业主已签署《{signing.title}》")
    if ready:
        await queue.enqueue(
            ctx.queue,
            "seal_signing_request",
            key=jobs.seal_key(signing.id),
            request_id=str(signing.id),
        )
    return respond(await views.request_view(signing, viewer=user, cipher=ctx.cipher))


@bp.get("/signatures/requests/<request_id:uuid>/evidence")
@endpoint(
    summary="下载电子签名证据报告（PDF，已加盖电子印章）",
    roles=READERS,
    status=200,
    errors=(404, 409),
    tag=TAG,
)
async def evidence_report(request: Request, user: User, request_id: UUID) -> HTTPResponse:
    ctx = request.app.ctx
    signing = await service.visible_request(user, request_id)
    if signing.status is not RequestStatus.completed:
        raise ApiError("文件尚未签署完成，完成后可下载证据报告", code="NOT_COMPLETED", status=409)
    report = await evidence_flow.report_pdf(
        signing,
        store=ctx.storage,
        keyring=ctx.keyring,
        cipher=ctx.cipher,
        timestamper=ctx.timestamper,
    )
    return _pdf(report, f"evidence-{signing.id}.pdf")


@bp.post("/signatures/verify")
@endpoint(
    summary="验证 PDF 中的全部电子签名（请求体为 PDF 文件；任何人可调用，限频）",
    roles=PUBLIC,
    response=VerificationPublic,
    errors=(400, 413, 415),
    rate_limits=(VERIFY_PER_SOURCE, VERIFY_PER_SOURCE_DAILY),
    tag=TAG,
)
async def verify(request: Request) -> HTTPResponse:
    ctx = request.app.ctx
    body = request.body or b""
    if len(body) > ctx.settings.UPLOAD_MAX_PDF_BYTES:
        raise ApiError("文件过大", code="PDF_TOO_LARGE", status=413)
    if not body:
        raise ApiError("请在请求体中提交 PDF 文件", code="PDF_MISSING", status=400)
    if not body.startswith(b"%PDF-"):
        raise ApiError("只能验证 PDF 文件", code="NOT_A_PDF", status=415)
    report = await asyncio.to_thread(service.verify_document, body, keyring=ctx.keyring)
    return respond(views.verification_view(report, service.sha256(body)))
