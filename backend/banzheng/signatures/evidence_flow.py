"""Assembling the evidence report of a completed request (reads users and identity checks)."""

from __future__ import annotations

import asyncio

from banzheng.accounts.models import User
from banzheng.applications.models import Application
from banzheng.identity.models import IdentityCheck
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.signatures import evidence, sealing, service
from banzheng.signatures.keys import Keyring
from banzheng.signatures.models import SignatureEvidence, SigningParty, SigningRequest
from banzheng.storage import ObjectStore


async def report_pdf(
    request: SigningRequest,
    *,
    store: ObjectStore,
    keyring: Keyring,
    cipher: FieldCipher,
    timestamper=None,
) -> bytes:
    rows = await SignatureEvidence.filter(request_id=request.id).order_by("signed_at")
    parties = {str(p.id): p for p in await SigningParty.filter(request_id=request.id)}
    lines = []
    for row in rows:
        party = parties.get(str(row.party_id)) if row.party_id else None
        check = (
            await IdentityCheck.get_or_none(id=row.identity_check_id)
            if row.identity_check_id
            else None
        )
        reviewer = (
            await User.get_or_none(id=check.decided_by_id)
            if check is not None and check.decided_by_id
            else None
        )
        lines.append(
            evidence.EvidenceLine(
                signer_kind=row.signer_kind,
                signer_name=cipher.reveal(row, "signer_name_enc"),
                role=party.role_label if party else "登记机构",
                field_name=row.field_name,
                certificate_sha256=row.certificate_sha256,
                certificate_issuer=row.certificate_issuer,
                identity_check_id=str(row.identity_check_id) if row.identity_check_id else None,
                identity_result=row.identity_result,
                identity_reviewer=reviewer.display_name if reviewer else None,
                sha256_before=row.sha256_before,
                sha256_after=row.sha256_after,
                signed_at=row.signed_at,
                timestamp_at=row.timestamp_at,
                ip=row.ip,
                user_agent=row.user_agent,
            )
        )
    current = await service._read(store, request.current_object_id)
    verification = await asyncio.to_thread(service.verify_document, current, keyring=keyring)
    application = (
        await Application.get_or_none(id=request.application_id) if request.application_id else None
    )
    pdf = await asyncio.to_thread(
        evidence.render_report,
        title=request.title,
        request_id=str(request.id),
        case_number=application.number if application else None,
        original_sha256=request.original_sha256,
        current_sha256=request.current_sha256,
        lines=lines,
        verification=verification,
        generated_at=service.now_utc(),
    )
    return await asyncio.to_thread(
        sealing.seal_pdf, pdf, as_=keyring.registry, reason="证据报告", timestamper=timestamper
    )
