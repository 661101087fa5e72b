"""Shaping signing requests and verification reports for the API (masked names, labels, times)."""

from __future__ import annotations

from banzheng.accounts.models import User
from banzheng.common import workdays
from banzheng.security.fieldcrypt import FieldCipher, mask_name
from banzheng.signatures.labels import PARTY_LABELS, REQUEST_LABELS
from banzheng.signatures.models import PartyStatus, RequestStatus, SigningParty, SigningRequest
from banzheng.signatures.schemas import (
    PartyPublic,
    RequestPublic,
    SignatureCheck,
    VerificationPublic,
)
from banzheng.signatures.sealing import VerifyReport


def iso(value) -> str | None:
    return value.astimezone(workdays.OFFICE_TZ).isoformat() if value else None


async def request_view(
    request: SigningRequest, *, viewer: User, cipher: FieldCipher
) -> RequestPublic:
    parties = (
        await SigningParty.filter(request_id=request.id).order_by("position").select_related("user")
    )
    base = f"/api/v1/signatures/requests/{request.id}"

    def name(user: User) -> str:
        real = cipher.reveal(user, "real_name_enc")
        return mask_name(real) if real else user.display_name

    mine = next((p for p in parties if str(p.user_id) == str(viewer.id)), None)
    return RequestPublic(
        id=str(request.id),
        kind=request.kind.value,
        title=request.title,
        status=request.status.value,
        status_label=REQUEST_LABELS[request.status],
        application_id=str(request.application_id) if request.application_id else None,
        requirement_code=request.requirement_code,
        document_sha256=request.current_sha256,
        document_url=f"{base}/document",
        evidence_url=f"{base}/evidence" if request.status is RequestStatus.completed else None,
        my_turn=mine is not None
        and mine.status is PartyStatus.pending
        and request.status is RequestStatus.pending,
        parties=[
            PartyPublic(
                position=p.position,
                role=p.role_label,
                name=name(p.user),
                status=p.status.value,
                status_label=PARTY_LABELS[p.status],
                signed_at=iso(p.signed_at),
                is_me=p is mine,
            )
            for p in parties
        ],
        expires_at=iso(request.expires_at),
        completed_at=iso(request.completed_at),
        created_at=iso(request.created_at),
    )


def verification_view(report: VerifyReport, document_sha256: str) -> VerificationPublic:
    if not report.readable:
        message = report.problem
    elif not report.signatures:
        message = "文件中没有电子签名"
    elif report.valid:
        message = f"全部 {len(report.signatures)} 个签名完好、证书可信，签名后文件未被篡改"
    else:
        broken = sum(1 for s in report.signatures if not s.ok)
        message = f"{len(report.signatures)} 个签名中有 {broken} 个未通过核验"
    return VerificationPublic(
        valid=report.valid,
        readable=report.readable,
        document_sha256=document_sha256,
        message=message,
        signatures=[
            SignatureCheck(
                field=s.field,
                signer=s.signer,
                signer_organisation=s.signer_organisation,
                issuer=s.issuer,
                certificate_sha256=s.certificate_sha256,
                intact=s.intact,
                trusted=s.trusted,
                signing_time=iso(s.signing_time),
                timestamp=iso(s.timestamp),
                timestamp_valid=s.timestamp_valid,
                covers_whole_document=s.covers_whole_document,
                modified_after_signing=s.modified_after_signing,
                later_changes=s.later_changes,
                problem=s.problem,
            )
            for s in report.signatures
        ],
    )
