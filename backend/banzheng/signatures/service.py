"""Signing requests: render, sign in turn, seal, expire (the rules; no HTTP here).

Signing follows the house style for CPU-heavy work: *inspect* (read the request, the owner's
identity pass, the current PDF) without a transaction, *sign* off the event loop
(`asyncio.to_thread`: pyHanko, the key generation and the TSA call), store the new revision, then
*one short transaction* re-checks that nothing moved (same version, same document hash, still the
signer's turn) and writes. If something moved, the new revision is deleted and the owner is asked
to look again.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PIL import Image, ImageChops, UnidentifiedImageError
from tortoise.transactions import in_transaction

from banzheng.accounts.models import User
from banzheng.common import audit
from banzheng.common.errors import ApiError, Conflict, NotFound, ValidationFailed
from banzheng.identity import service as identity
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.permissions import can_see
from banzheng.security.roles import Role
from banzheng.signatures import documents, render, sealing
from banzheng.signatures.keys import Keyring
from banzheng.signatures.models import (
    DocumentKind,
    PartyStatus,
    RequestStatus,
    SignatureEvidence,
    SigningParty,
    SigningRequest,
)
from banzheng.storage import ObjectStore, new_object_id

REQUEST_NOT_FOUND = "未找到该签署文件"
MAX_SIGNATURE_PNG_BYTES = 512 * 1024
"""A signature drawn on a phone canvas is 10–80 KB as PNG; half a megabyte leaves room for
high-density screens and refuses anything that is not a signature."""
MIN_INK_PIXELS = 200
"""Fewer dark pixels than this is an empty or accidental canvas (a tap), not a signature."""
REVIEW_STAFF = frozenset({Role.clerk, Role.department_reviewer, Role.supervisor})


class IdentityCheckRequired(ApiError):
    status = 403
    code = "IDENTITY_CHECK_REQUIRED"
    message = "签署前请先完成视频身份核验"


class RequestExpired(ApiError):
    status = 410
    code = "SIGNING_REQUEST_EXPIRED"
    message = "该文件的签署期限已过，请重新发起签署"


def now_utc() -> datetime:
    return datetime.now(UTC)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- visibility ----------------------------------------------------------------------------------


async def visible_request(user: User, request_id: object) -> SigningRequest:
    """Parties see their own requests; staff whose scope covers the estate see them; anyone else
    gets 404."""
    request = await SigningRequest.get_or_none(id=request_id)
    if request is None:
        raise NotFound(REQUEST_NOT_FOUND)
    if user.role is Role.owner:
        if not await SigningParty.filter(request_id=request.id, user_id=user.id).exists():
            raise NotFound(REQUEST_NOT_FOUND)
    elif user.role not in REVIEW_STAFF or not can_see(user, scope_path=request.scope_path):
        raise NotFound(REQUEST_NOT_FOUND)
    return request


# --- creating --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    user: User
    person: documents.Person


async def create(
    *,
    kind: DocumentKind,
    facts: documents.Facts,
    signers: list[Signer],
    created_by: User,
    scope_path: str,
    store: ObjectStore,
    settings,
    application_id: object | None = None,
    requirement_code: str | None = None,
) -> SigningRequest:
    """Render the document with one signature box per signer (in order) and the seal's, store
    it, and open the request: the first signer's turn."""
    if not signers:
        raise ValidationFailed("没有需要签署的人", code="NO_SIGNERS")
    document = documents.build(kind, facts)
    pdf = await asyncio.to_thread(_render_prepared, document)
    stored = await store.put_bytes(new_object_id(), pdf)
    try:
        async with in_transaction():
            request = await SigningRequest.create(
                kind=kind,
                title=document.title,
                application_id=application_id,
                requirement_code=requirement_code,
                created_by_id=created_by.id,
                scope_path=scope_path,
                original_object_id=stored.object_id,
                original_sha256=stored.sha256,
                current_object_id=stored.object_id,
                current_sha256=stored.sha256,
                details={"case_number": facts.case_number, "requirement": requirement_code},
                expires_at=now_utc() + timedelta(days=settings.SIGNATURE_REQUEST_TTL_DAYS),
            )
            for position, signer in enumerate(signers, start=1):
                await SigningParty.create(
                    request=request,
                    user_id=signer.user.id,
                    position=position,
                    field_name=documents.field_name(position),
                    role_label=signer.person.role,
                    status=PartyStatus.pending if position == 1 else PartyStatus.waiting,
                )
            await audit.record(
                "signature.request_created",
                object_type="signing_request",
                object_id=request.id,
                actor_id=created_by.id,
                details={
                    "kind": kind.value,
                    "sha256": stored.sha256,
                    "signers": len(signers),
                    "application": str(application_id) if application_id else None,
                },
            )
    except BaseException:
        await store.delete(stored.object_id)
        raise
    return request


def _render_prepared(document: render.Document) -> bytes:
    pdf, boxes = render.render(document)
    return sealing.prepare(pdf, boxes)


# --- signing ---------------------------------------------------------------------------------------


def check_signature_png(data: bytes) -> None:
    """A real PNG of a plausible size with some ink on it; refused otherwise (422)."""
    problem = None
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or len(data) > MAX_SIGNATURE_PNG_BYTES:
        problem = "签名图片须为 PNG，且不超过 512 KB"
    else:
        try:
            with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
                if not (50 <= image.width <= 4000 and 30 <= image.height <= 4000):
                    problem = "签名图片尺寸不对，请重新手写签名"
                else:
                    image.load()
                    rgba = image.convert("RGBA")
                    opaque = rgba.getchannel("A").point(lambda a: 255 if a > 128 else 0)
                    dark = rgba.convert("L").point(lambda v: 255 if v < 128 else 0)
                    ink = ImageChops.multiply(opaque, dark).histogram()[255]
                    if ink < MIN_INK_PIXELS:
                        problem = "没有识别到签名笔迹，请在签名区域内手写签名"
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
            problem = "签名图片无法读取，请重新手写签名"
    if problem:
        raise ValidationFailed(problem, code="SIGNATURE_IMAGE_INVALID")


async def _read(store: ObjectStore, object_id: str) -> bytes:
    chunks = [chunk async for chunk in await store.open_stream(object_id)]
    return b"".join(chunks)


async def sign(
    *,
    request_id: object,
    user: User,
    png: bytes,
    document_sha256: str,
    ip: str | None,
    user_agent: str,
    store: ObjectStore,
    keyring: Keyring,
    settings,
    cipher: FieldCipher,
    timestamper=None,
) -> tuple[SigningRequest, bool]:
    """The owner signs their turn. Returns the request and whether it is now ready for the seal."""
    request = await visible_request(user, request_id)
    party = await SigningParty.get(request_id=request.id, user_id=user.id)
    now = now_utc()
    _check_can_sign(request, party, document_sha256, now)
    check = await identity.valid_pass(user.id, now)
    if check is None:
        raise IdentityCheckRequired(details={"identity_status": "/api/v1/identity/status"})
    check_signature_png(png)
    # The request's user may come from the per-process user cache: read the name of record.
    record = await User.get(id=user.id)
    name = cipher.reveal(record, "real_name_enc")
    if not name:
        raise Conflict("请先在“我的”页面完成实名信息后再签署", code="REAL_NAME_REQUIRED")
    before = await _read(store, request.current_object_id)
    if sha256(before) != request.current_sha256:  # the store and the record disagree: stop
        raise Conflict("文件校验失败，请稍后重试", code="DOCUMENT_INTEGRITY")
    signer = keyring.owner_signer(name=name, subject_id=f"BZ-{str(user.id)[:8].upper()}")
    after = await asyncio.to_thread(
        sealing.sign_pdf,
        before,
        signer=signer,
        field_name=party.field_name,
        name=name,
        reason=f"{party.role_label}签署《{request.title}》",
        image_png=png,
        timestamper=timestamper,
    )
    stored = await store.put_bytes(new_object_id(), after)
    image = await store.put_bytes(new_object_id(), png)
    timestamp_at = (
        await asyncio.to_thread(_timestamp_of, after, party.field_name, keyring)
        if timestamper
        else None
    )
    try:
        async with in_transaction():
            locked = await SigningRequest.filter(id=request.id).select_for_update().first()
            party = await SigningParty.get(id=party.id)
            if locked.version != request.version or locked.current_sha256 != document_sha256:
                raise Conflict(
                    "文件刚刚有人签署或已更新，请重新预览后签署", code="DOCUMENT_CHANGED"
                )
            _check_can_sign(locked, party, document_sha256, now_utc())
            party.status, party.signed_at = PartyStatus.signed, now_utc()
            await party.save(update_fields=["status", "signed_at"])
            following = (
                await SigningParty.filter(request_id=locked.id, status=PartyStatus.waiting)
                .order_by("position")
                .first()
            )
            if following is not None:
                following.status = PartyStatus.pending
                await following.save(update_fields=["status"])
            else:
                locked.status = RequestStatus.sealing
            locked.current_object_id, locked.current_sha256 = stored.object_id, stored.sha256
            locked.version += 1
            await locked.save()
            evidence = await _new_evidence(
                cipher,
                name,
                request_id=locked.id,
                party_id=party.id,
                signer_kind="owner",
                signer_id=user.id,
                field_name=party.field_name,
                certificate_sha256=signer.signing_cert.sha256.hex(),
                certificate_issuer=signer.signing_cert.issuer.human_friendly[:200],
                identity_check_id=check.id,
                identity_result=_identity_summary(check),
                sha256_before=document_sha256,
                sha256_after=stored.sha256,
                object_id_after=stored.object_id,
                image_object_id=image.object_id,
                image_sha256=image.sha256,
                signed_at=party.signed_at,
                timestamp_at=timestamp_at,
                ip=ip,
                user_agent=user_agent[:300],
            )
            await audit.record(
                "signature.signed",
                object_type="signing_request",
                object_id=locked.id,
                actor_id=user.id,
                details={
                    "evidence": str(evidence.id),
                    "field": party.field_name,
                    "sha256_before": document_sha256,
                    "sha256_after": stored.sha256,
                    "identity_check": str(check.id),
                },
            )
    except BaseException:
        await store.delete(stored.object_id)
        await store.delete(image.object_id)
        raise
    return locked, locked.status is RequestStatus.sealing


def _check_can_sign(
    request: SigningRequest, party: SigningParty, document_sha256: str, now: datetime
) -> None:
    if request.status is RequestStatus.pending and request.expires_at <= now:
        raise RequestExpired()
    if request.status is RequestStatus.expired:
        raise RequestExpired()
    if request.status is not RequestStatus.pending:
        raise Conflict("该文件已签署完成，不能再签", code="SIGNING_CLOSED")
    if party.status is PartyStatus.signed:
        raise Conflict("您已经签署过这份文件", code="ALREADY_SIGNED")
    if party.status is PartyStatus.waiting:
        raise Conflict("请等前一位签署人签署后再签", code="NOT_YOUR_TURN")
    if document_sha256 != request.current_sha256:
        raise Conflict("文件已更新，请重新预览后签署", code="DOCUMENT_CHANGED")


def _identity_summary(check) -> dict:
    return {
        "status": check.status.value,
        "provider": check.provider,
        "decided_at": check.decided_at.isoformat() if check.decided_at else None,
        "decided_by": str(check.decided_by_id) if check.decided_by_id else None,
        "passed_until": check.passed_until.isoformat() if check.passed_until else None,
        "score": str(check.provider_score) if check.provider_score is not None else None,
    }


def _timestamp_of(pdf: bytes, field_name: str, keyring: Keyring) -> datetime | None:
    report = sealing.verify_pdf(pdf, trust_roots=keyring.trust_roots)
    return next((s.timestamp for s in report.signatures if s.field == field_name), None)


# --- the registry seal (worker) --------------------------------------------------------------------


async def seal(
    *,
    request_id: object,
    store: ObjectStore,
    keyring: Keyring,
    cipher: FieldCipher,
    timestamper=None,
) -> SigningRequest | None:
    """Seal a request whose owners have all signed; None when there is nothing to do (a re-run)."""
    request = await SigningRequest.get_or_none(id=request_id)
    if request is None or request.status is not RequestStatus.sealing:
        return None
    before = await _read(store, request.current_object_id)
    after = await asyncio.to_thread(
        sealing.seal_pdf, before, as_=keyring.registry, timestamper=timestamper
    )
    stored = await store.put_bytes(new_object_id(), after)
    timestamp_at = (
        await asyncio.to_thread(_timestamp_of, after, sealing.SEAL_FIELD, keyring)
        if timestamper
        else None
    )
    try:
        async with in_transaction():
            locked = await SigningRequest.filter(id=request.id).select_for_update().first()
            if (
                locked.status is not RequestStatus.sealing
                or locked.current_sha256 != request.current_sha256
            ):
                raise _Moved()
            locked.status, locked.completed_at = RequestStatus.completed, now_utc()
            locked.current_object_id, locked.current_sha256 = stored.object_id, stored.sha256
            locked.version += 1
            await locked.save()
            cert = keyring.registry.certificate
            await _new_evidence(
                cipher,
                keyring.registry.name,
                request_id=locked.id,
                signer_kind="seal",
                field_name=sealing.SEAL_FIELD,
                certificate_sha256=cert.sha256.hex(),
                certificate_issuer=cert.issuer.human_friendly[:200],
                sha256_before=request.current_sha256,
                sha256_after=stored.sha256,
                object_id_after=stored.object_id,
                signed_at=locked.completed_at,
                timestamp_at=timestamp_at,
            )
            await audit.record(
                "signature.sealed",
                object_type="signing_request",
                object_id=locked.id,
                actor_role="system",
                details={"sha256_before": request.current_sha256, "sha256_after": stored.sha256},
            )
    except _Moved:
        await store.delete(stored.object_id)
        return None
    except BaseException:
        await store.delete(stored.object_id)
        raise
    return locked


class _Moved(Exception):
    """The request changed while the seal was being computed (another worker sealed it)."""


# --- expiry and reminders --------------------------------------------------------------------------


async def expire_due(now: datetime | None = None) -> list[SigningRequest]:
    """Requests still waiting for an owner past their deadline end; returns those that did."""
    now = now or now_utc()
    ended = []
    for request in await SigningRequest.filter(status=RequestStatus.pending, expires_at__lte=now):
        updated = await SigningRequest.filter(
            id=request.id, status=RequestStatus.pending, version=request.version
        ).update(status=RequestStatus.expired, version=request.version + 1)
        if updated:
            request.status = RequestStatus.expired
            ended.append(request)
            await audit.record(
                "signature.request_expired",
                object_type="signing_request",
                object_id=request.id,
                actor_role="system",
            )
    return ended


async def due_reminders(*, every_hours: int, now: datetime | None = None) -> list[SigningParty]:
    """Pending signers not reminded in the last `every_hours` (and asked at least that long ago);
    each is marked reminded here, so a re-run does not remind twice."""
    now = now or now_utc()
    cutoff = now - timedelta(hours=every_hours)
    due = []
    parties = await SigningParty.filter(
        status=PartyStatus.pending,
        request__status=RequestStatus.pending,
        request__created_at__lte=cutoff,
    ).select_related("request")
    for party in parties:
        if party.reminded_at is not None and party.reminded_at > cutoff:
            continue
        updated = await SigningParty.filter(id=party.id, reminders=party.reminders).update(
            reminded_at=now, reminders=party.reminders + 1
        )
        if updated:
            due.append(party)
    return due


def verify_document(pdf: bytes, *, keyring: Keyring) -> sealing.VerifyReport:
    """Every signature of `pdf` against the roots this service trusts (CPU: call off the loop)."""
    return sealing.verify_pdf(pdf, trust_roots=keyring.trust_roots)


async def _new_evidence(
    cipher: FieldCipher, signer_name: str, **values: object
) -> SignatureEvidence:
    """Insert an evidence row, the signer's name sealed in the row's own cell (its UUID id is
    assigned when the model is built, so the name is bound before the insert)."""
    row = SignatureEvidence(**values)
    cipher.seal(row, "signer_name_enc", signer_name)
    await row.save(force_create=True)
    return row
