"""Certificate routes: owners list and download their certificates, registry clerks replace or
cancel them, and anyone checks one on the public verification page `/v/<token>` (HTML)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, raw
from sanic_ext import render

from banzheng.accounts.models import User
from banzheng.applications import lifecycle
from banzheng.certificates import public, service
from banzheng.certificates.labels import REVOCATION_LABELS, STATUS_LABELS
from banzheng.certificates.models import Certificate, CertificateStatus
from banzheng.certificates.schemas import (
    CertificateList,
    CertificatePublic,
    CertificateRevocation,
)
from banzheng.common import audit
from banzheng.common.http import PUBLIC, endpoint, respond
from banzheng.common.ratelimit import Limit, RateLimited
from banzheng.feedback import qr
from banzheng.notifications.schemas import iso
from banzheng.security.roles import Role

bp = Blueprint("certificates", url_prefix="/api/v1")
h5 = Blueprint("certificates_h5")
TAG = "电子证照"
READERS = {Role.owner, Role.clerk, Role.department_reviewer, Role.supervisor, Role.admin}
REGISTRARS = {Role.clerk}
VERIFY_VIEWS_PER_IP = Limit("120/hour", scope="verify-view:ip")


async def _public(request: Request, certificate: Certificate) -> CertificatePublic:
    c = certificate.contents
    replaces = (
        await Certificate.filter(id=certificate.supersedes_id).values_list("number", flat=True)
        if certificate.supersedes_id
        else []
    )
    path = f"/api/v1/certificates/{certificate.id}"
    return CertificatePublic(
        id=str(certificate.id),
        application_id=str(certificate.application_id),
        number=certificate.number,
        version=certificate.version,
        status=certificate.status.value,
        status_label=STATUS_LABELS[certificate.status],
        revocation_label=REVOCATION_LABELS[certificate.revocation_kind]
        if certificate.revocation_kind
        else None,
        revocation_reason=certificate.revocation_reason,
        location=c["location"],
        unit_number=c["unit_number"],
        right_type=c["right_type"],
        right_nature=c["right_nature"],
        use=c["use"],
        area=c["area"],
        term=c["term"],
        co_ownership=c["co_ownership"],
        holder_masked=certificate.holder_masked,
        created_at=iso(certificate.created_at),
        issued_at=iso(certificate.issued_at),
        revoked_at=iso(certificate.revoked_at),
        replaces=replaces[0] if replaces else None,
        verify_url=service.verify_url(request.app.ctx.settings.PUBLIC_BASE_URL, certificate.token),
        pdf_url=f"{path}/pdf" if certificate.object_id else None,
        qr_url=f"{path}/qr",
    )


@bp.get("/me/certificates")
@endpoint(
    summary="我的证书（不动产权电子证照）", roles={Role.owner}, response=CertificateList, tag=TAG
)
async def my_certificates(request: Request, user: User) -> HTTPResponse:
    rows = await service.of_owner(user)
    return respond(CertificateList(items=[await _public(request, c) for c in rows]))


@bp.get("/applications/<application_id:uuid>/certificates")
@endpoint(
    summary="这件申请颁发的电子证照（含换发的各版）",
    roles=READERS,
    response=CertificateList,
    errors=(404,),
    tag=TAG,
)
async def application_certificates(
    request: Request, user: User, application_id: UUID
) -> HTTPResponse:
    application = await lifecycle.visible_application(user, application_id)
    query = Certificate.filter(application_id=application.id)
    if user.role is Role.owner:
        query = query.filter(holders__owner_id=user.id)
    rows = await query.order_by("-version")
    return respond(CertificateList(items=[await _public(request, c) for c in rows]))


@bp.get("/certificates/<certificate_id:uuid>")
@endpoint(
    summary="一本电子证照的内容与状态",
    roles=READERS,
    response=CertificatePublic,
    errors=(404,),
    tag=TAG,
)
async def certificate_detail(request: Request, user: User, certificate_id: UUID) -> HTTPResponse:
    certificate = await service.visible_certificate(user, certificate_id)
    return respond(await _public(request, certificate))


@bp.get("/certificates/<certificate_id:uuid>/pdf")
@endpoint(
    summary="下载电子证照（PDF，登记机构电子印章）；每次下载记入审计日志",
    roles=READERS,
    errors=(404, 409),
    tag=TAG,
)
async def certificate_pdf(request: Request, user: User, certificate_id: UUID) -> HTTPResponse:
    certificate = await service.visible_certificate(user, certificate_id)
    body = await service.read_pdf(request.app.ctx.storage, certificate)
    await audit.record(
        "certificate.downloaded",
        object_type="certificate",
        object_id=certificate.id,
        details={"number": certificate.number, "status": certificate.status.value},
    )
    return raw(
        body,
        content_type="application/pdf",
        headers={
            "Content-Disposition": f'inline; filename="certificate-{certificate.year}-'
            f'{certificate.serial:07d}-v{certificate.version}.pdf"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )


@bp.get("/certificates/<certificate_id:uuid>/qr")
@endpoint(summary="电子证照核验二维码（PNG）", roles=READERS, errors=(404,), tag=TAG)
async def certificate_qr(request: Request, user: User, certificate_id: UUID) -> HTTPResponse:
    certificate = await service.visible_certificate(user, certificate_id)
    url = service.verify_url(request.app.ctx.settings.PUBLIC_BASE_URL, certificate.token)
    return raw(qr.png(url), content_type="image/png", headers={"Cache-Control": "private"})


@bp.post("/certificates/<certificate_id:uuid>/replace")
@endpoint(
    summary="换发电子证照：按档案现状制作新一版，新证盖章后旧证作废",
    roles=REGISTRARS,
    body=CertificateRevocation,
    response=CertificatePublic,
    status=202,
    errors=(404, 409),
    tag=TAG,
)
async def replace_certificate(
    request: Request, user: User, certificate_id: UUID, body: CertificateRevocation
) -> HTTPResponse:
    new = await service.replace(certificate_id=certificate_id, clerk=user, reason=body.reason)
    return respond(await _public(request, new), status=202)


@bp.post("/certificates/<certificate_id:uuid>/cancel")
@endpoint(
    summary="注销电子证照（立即作废，记入透明日志）",
    roles=REGISTRARS,
    body=CertificateRevocation,
    response=CertificatePublic,
    errors=(404, 409),
    tag=TAG,
)
async def cancel_certificate(
    request: Request, user: User, certificate_id: UUID, body: CertificateRevocation
) -> HTTPResponse:
    certificate = await service.cancel(
        certificate_id=certificate_id, clerk=user, reason=body.reason
    )
    return respond(await _public(request, certificate))


# ---- the public verification page (any phone camera) -------------------------------------------


async def _page(status: int = 200, **context: Any) -> HTTPResponse:
    response = await render("certificates/verify.html", context=context, status=status)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the URL
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
    )
    return response


@h5.get("/v/<token:pagetoken>")
@endpoint(
    summary="电子证照公开核验页（H5，扫码打开）",
    roles=PUBLIC,
    errors=(404, 429),
    tag=TAG,
    html=True,
)
async def verify_page(request: Request, token: str) -> HTTPResponse:
    ip = request.remote_addr or request.ip or "unknown"
    try:
        await request.app.ctx.ratelimiter.hit(VERIFY_VIEWS_PER_IP, ip)
    except RateLimited as exc:
        return await _page(429, state="limited", message=exc.message)
    certificate = await service.by_token(token)
    if certificate is None or certificate.status is CertificateStatus.issuing:
        return await _page(404, state="unknown")
    check = await public.log_check(certificate)
    return await _page(**public.page_context(certificate, check))
