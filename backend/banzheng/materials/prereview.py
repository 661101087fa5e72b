"""Automatic pre-review (材料预审) of a submission, run by the queue worker.

Every problem is found in one pass and sent back at once (一次性告知, plan requirement 3):
missing core materials, and for each stored file its type, size, structure, resolution, blur
and PDF safety; the same file uploaded for two items; the applicant's ID number (GB 11643).
Each file's verdict is recorded, so the automatic audit can be measured against the clerk's
final decision (target ≥ 98 % agreement, requirement 4) — see `record_clerk_decision`.
Warnings go to the clerk; refusals send the application back for supplement.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from tortoise.transactions import in_transaction

from banzheng.accounts.models import User
from banzheng.applications import checklists
from banzheng.applications.models import Application, MaterialRequirement, Status
from banzheng.applications.workflow import Action, transition
from banzheng.materials.findings import Finding, reject, warn
from banzheng.materials.idnumber import mask_id_number, normalize, validate_id_number
from banzheng.materials.inspect import find_duplicates, inspect_file
from banzheng.materials.intake import accepted_media
from banzheng.materials.limits import SizeLimits
from banzheng.materials.models import MaterialFile, PreReviewVerdict, Verdict
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.storage import ObjectStore, make_thumbnail, new_object_id

log = logging.getLogger(__name__)

# Checklist items that are photos of a person's card rather than pages of a document are still
# documents for legibility; identity videos (later) are not.
FACE_ONLY_ITEMS: frozenset[str] = frozenset()
ID_CARD_ITEM = "owner_id_card"


async def run(
    *, application_id: object, store: ObjectStore, limits: SizeLimits, cipher: FieldCipher
) -> bool:
    """Pre-review a submitted application; idempotent (a re-run finds it no longer submitted)."""
    async with in_transaction():
        application = await Application.filter(id=application_id).select_for_update().first()
        if application is None or application.status is not Status.submitted:
            return False
        await transition(application, Action.start_pre_review)
        problems = await checklists.missing_core(application)
        files = await MaterialFile.filter(application_id=application.id, current=True)
        requirements = {
            r.code: r
            for r in await MaterialRequirement.filter(application_type_id=application.kind)
        }
        names = {code: r.name for code, r in requirements.items()}
        duplicates = find_duplicates([(f.requirement_code, f.sha256) for f in files], names=names)
        identity = await _identity_findings(application, cipher)
        await PreReviewVerdict.filter(
            application_id=application.id, clerk_agrees__isnull=True
        ).delete()
        for file in files:
            findings = await _inspect(
                file, store, limits, requirements[file.requirement_code].formats
            )
            findings += [
                d for d in duplicates if file.requirement_code in d.details.get("requirements", [])
            ]
            if file.requirement_code == ID_CARD_ITEM:
                findings += identity
            await _verdict(application, file, findings)
            problems += [
                (file.requirement_code, _problem(names, file, f))
                for f in findings
                if f.severity == "reject"
            ]
            if file.kind in ("jpeg", "png") and file.thumbnail_id is None:
                await _thumbnail(file, store)
        if problems:
            await transition(
                application,
                Action.request_supplement,
                items=_unique(problems),
                note="材料预审发现以下问题，请一次补正",
            )
        return True


async def _inspect(
    file: MaterialFile, store: ObjectStore, limits: SizeLimits, formats: list[str]
) -> list[Finding]:
    """The worker reads the file whole (≤ the size limit): decoding needs it, and the API
    process, which must stay lean, never does this."""
    data = bytearray()
    async for chunk in await store.open_stream(file.object_id):
        data += chunk
    inspection = inspect_file(
        bytes(data),
        limits=limits,
        accepted=accepted_media(formats),
        document=file.requirement_code not in FACE_ONLY_ITEMS,
    )
    return list(inspection.findings)


async def _identity_findings(application: Application, cipher: FieldCipher) -> list[Finding]:
    """The ID number written on the form must be a valid GB 11643 number and the applicant's
    own: it is matched against the real-name profile (both shown masked if they differ)."""
    applicant = (
        await User.get_or_none(id=application.applicant_id) if application.applicant_id else None
    )
    if applicant is None:
        return []
    profile = (
        cipher.decrypt(applicant.id_number_enc, field="id_number")
        if applicant.id_number_enc
        else None
    )
    declared = (
        cipher.decrypt(application.declared_id_number_enc, field="declared_id_number")
        if application.declared_id_number_enc
        else None
    )
    if declared is None:
        if profile is None:
            return [warn("PROFILE_ID_MISSING", "您尚未完成实名认证，窗口人员将人工核对身份证。")]
        return validate_id_number(profile)
    findings = validate_id_number(declared)
    if profile is None:
        findings.append(
            warn("PROFILE_ID_MISSING", "您尚未完成实名认证，窗口人员将人工核对身份证。")
        )
    elif not findings and normalize(declared) != normalize(profile):
        findings.append(
            reject(
                "ID_NUMBER_MISMATCH",
                f"申请表中填写的身份证号码（{mask_id_number(declared)}）与您实名认证的号码"
                f"（{mask_id_number(profile)}）不一致，请核对后修改；如实名信息有误，请联系窗口更正。",
            )
        )
    return findings


async def _verdict(application: Application, file: MaterialFile, findings: list[Finding]) -> None:
    severities = {f.severity for f in findings}
    verdict = (
        Verdict.reject if "reject" in severities else Verdict.warn if severities else Verdict.ok
    )
    await PreReviewVerdict.create(
        application=application,
        requirement_code=file.requirement_code,
        object_id=file.object_id,
        verdict=verdict,
        findings=[f.to_dict() for f in findings],
    )


async def _thumbnail(file: MaterialFile, store: ObjectStore) -> None:
    try:
        data = await make_thumbnail(await store.open_stream(file.object_id))
    except Exception:  # a photo the checks already refused, or one Pillow cannot shrink
        log.info("no thumbnail", extra={"object": file.object_id})
        return
    thumbnail_id = new_object_id()
    await store.put_bytes(thumbnail_id, data)
    file.thumbnail_id = thumbnail_id
    await file.save(update_fields=["thumbnail_id"])


def _problem(names: dict[str, str], file: MaterialFile, finding: Finding) -> str:
    return f"「{names.get(file.requirement_code, file.requirement_code)}」：{finding.message}"


def _unique(items: Iterable[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    return list(dict.fromkeys(items))


async def record_clerk_decision(
    *, application: Application, refused_codes: Iterable[str] = ()
) -> None:
    """The clerk decided (accepted, or asked for supplement on `refused_codes`): mark whether each
    automatic verdict agreed — a passed file the clerk refused, or a refused one the clerk
    accepted, is a disagreement."""
    refused = set(refused_codes)
    for verdict in await PreReviewVerdict.filter(
        application=application, clerk_agrees__isnull=True
    ):
        clerk_refused = verdict.requirement_code in refused
        verdict.clerk_agrees = clerk_refused == (verdict.verdict is Verdict.reject)
        await verdict.save(update_fields=["clerk_agrees"])


async def agreement(*, scope_path: str) -> dict[str, float | int | None]:
    """Share of automatic verdicts the clerks agreed with, within a region."""
    decided = PreReviewVerdict.filter(
        clerk_agrees__isnull=False, application__scope_path__startswith=scope_path
    )
    total = await decided.count()
    agreed = await decided.filter(clerk_agrees=True).count()
    return {"decided": total, "agreed": agreed, "rate": round(agreed / total, 4) if total else None}
