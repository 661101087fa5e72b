"""The materials side of the automatic pre-review (材料预审): inspect stored files, judge the
applicant's ID number, and keep each file's verdict.

The pre-review itself — which application, in which state, what happens to it — is run by the
applications domain (`applications/prereview.py`); this module knows nothing of applications'
states. Every problem is found in one pass (一次性告知, plan requirement 3). Each file's verdict
is recorded, so the automatic audit can be measured against the clerk's final decision (target
≥ 98 % agreement, requirement 4) — see `record_clerk_decision`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from banzheng.common.cpu import run_cpu
from banzheng.common.errors import NotFound
from banzheng.materials.findings import Finding, reject, warn
from banzheng.materials.idnumber import mask_id_number, normalize, validate_id_number
from banzheng.materials.limits import SizeLimits
from banzheng.materials.models import MaterialFile, PreReviewVerdict, Verdict
from banzheng.storage import ObjectStore, make_thumbnail, new_object_id

log = logging.getLogger(__name__)

# Checklist items that are photos of a person's card rather than pages of a document are still
# documents for legibility; identity videos (later) are not.
FACE_ONLY_ITEMS: frozenset[str] = frozenset()
ID_CARD_ITEM = "owner_id_card"


def find_duplicates(items, *, names):
    """The same file uploaded twice in one application (materials.inspect.find_duplicates)."""
    from banzheng.materials.inspect import find_duplicates as find

    return find(items, names=names)


async def current_files(application_id: object) -> list[MaterialFile]:
    return await MaterialFile.filter(application_id=application_id, current=True)


async def inspect_stored(
    file: MaterialFile, store: ObjectStore, *, limits: SizeLimits, formats: list[str]
) -> list[Finding]:
    """Every check of one stored file. The bytes are read here (≤ the size limit: decoding
    needs them whole) and inspected in the CPU pool, off the event loop: decoding a photo or
    walking a PDF takes up to seconds, and the worker's other jobs and heartbeats go on."""
    data = bytearray()
    async for chunk in await store.open_stream(file.object_id):
        data += chunk
    return await run_cpu(
        _inspect,
        bytes(data),
        limits=limits,
        formats=formats,
        document=file.requirement_code not in FACE_ONLY_ITEMS,
    )


def _inspect(data: bytes, *, limits: SizeLimits, formats: list[str], document: bool) -> list:
    """Runs in a CPU-pool child, which alone imports the decoders (Pillow, pypdf): the worker
    process stays small and starts fast."""
    from banzheng.materials.inspect import inspect_file
    from banzheng.materials.intake import accepted_media

    inspection = inspect_file(
        data, limits=limits, accepted=accepted_media(formats), document=document
    )
    return list(inspection.findings)


def identity_findings(*, declared: str | None, profile: str | None) -> list[Finding]:
    """The ID number written on the form must be a valid GB 11643 number and the applicant's
    own: it is matched against the real-name profile (both shown masked if they differ)."""
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


@dataclass(frozen=True)
class FileVerdict:
    file: MaterialFile
    findings: list[Finding]

    @property
    def verdict(self) -> Verdict:
        severities = {f.severity for f in self.findings}
        if "reject" in severities:
            return Verdict.reject
        return Verdict.warn if severities else Verdict.ok


async def replace_verdicts(application_id: object, verdicts: Iterable[FileVerdict]) -> None:
    """This pre-review's verdicts replace the previous run's undecided ones (call inside the
    caller's transaction)."""
    await PreReviewVerdict.filter(application_id=application_id, clerk_agrees__isnull=True).delete()
    rows = [
        PreReviewVerdict(
            application_id=application_id,
            requirement_code=v.file.requirement_code,
            object_id=v.file.object_id,
            verdict=v.verdict,
            findings=[f.to_dict() for f in v.findings],
        )
        for v in verdicts
    ]
    if rows:
        await PreReviewVerdict.bulk_create(rows)


async def ensure_thumbnail(file: MaterialFile, store: ObjectStore) -> None:
    """A small JPEG for the clerk's list (photos only); best effort, in a thread."""
    if file.kind not in ("jpeg", "png") or file.thumbnail_id is not None:
        return
    try:
        data = await make_thumbnail(await store.open_stream(file.object_id))
    except Exception:  # a photo the checks already refused, or one Pillow cannot shrink
        log.info("no thumbnail", extra={"object": file.object_id})
        return
    thumbnail_id = new_object_id()
    await store.put_bytes(thumbnail_id, data)
    file.thumbnail_id = thumbnail_id
    await file.save(update_fields=["thumbnail_id"])


async def record_clerk_decision(
    *, application_id: object, refused_codes: Iterable[str] = ()
) -> None:
    """The clerk decided (accepted, or asked for supplement on `refused_codes`): mark whether each
    automatic verdict agreed — a passed file the clerk refused, or a refused one the clerk
    accepted, is a disagreement."""
    refused = set(refused_codes)
    for verdict in await PreReviewVerdict.filter(
        application_id=application_id, clerk_agrees__isnull=True
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


async def record_verdict_opinion(
    *, application_id: object, verdict_id: object, agrees: bool
) -> None:
    """The clerk says, for one automatic verdict, whether it was right (the console's 同意 /
    不同意 beside each material). An explicit opinion stands: a later acceptance or supplement
    request grades only the verdicts still undecided (`record_clerk_decision`)."""
    updated = await PreReviewVerdict.filter(id=verdict_id, application_id=application_id).update(
        clerk_agrees=agrees
    )
    if not updated:
        raise NotFound("未找到该预审结论")
