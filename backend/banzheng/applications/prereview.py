"""Automatic pre-review (材料预审) of a submitted application, run by the queue worker.

Inspect first, decide after, in one short transaction. Reading and decoding every file takes up
to seconds per file (in the CPU pool, `materials.prereview.inspect_stored`), so it happens
before any row is locked: a long transaction here would hold the application's row — and every
audited write behind it — for the whole inspection. Then one short transaction re-locks the
application, re-checks that it is still the submission that was inspected (same state, same
version: a withdrawal meanwhile wins), writes the verdicts and makes the transitions.

Every problem is sent back at once (一次性告知, plan requirement 3): missing core materials, each
file's findings, the same file uploaded for two items, the applicant's ID number (GB 11643).
Warnings go to the clerk; refusals send the application back for supplement.
"""

from __future__ import annotations

from collections.abc import Iterable

from tortoise.transactions import in_transaction

from banzheng.accounts.models import User
from banzheng.applications import checklists
from banzheng.applications.models import Application, MaterialRequirement, Status
from banzheng.applications.workflow import Action, transition
from banzheng.materials import prereview as materials
from banzheng.materials.limits import SizeLimits
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.storage import ObjectStore

SUPPLEMENT_NOTE = "材料预审发现以下问题，请一次补正"


async def run(
    *, application_id: object, store: ObjectStore, limits: SizeLimits, cipher: FieldCipher
) -> bool:
    """Pre-review a submitted application; idempotent (a re-run finds it no longer submitted).
    Returns whether this run decided it."""
    application = await Application.get_or_none(id=application_id)
    if application is None or application.status is not Status.submitted:
        return False
    inspected_version = application.version
    requirements = {
        r.code: r for r in await MaterialRequirement.filter(application_type_id=application.kind)
    }
    names = {code: r.name for code, r in requirements.items()}
    files = await materials.current_files(application.id)
    duplicates = materials.find_duplicates(
        [(f.requirement_code, f.sha256) for f in files], names=names
    )
    identity = await _identity_findings(application, cipher)
    verdicts = []
    for file in files:
        findings = await materials.inspect_stored(
            file, store, limits=limits, formats=requirements[file.requirement_code].formats
        )
        findings += [
            d for d in duplicates if file.requirement_code in d.details.get("requirements", [])
        ]
        if file.requirement_code == materials.ID_CARD_ITEM:
            findings += identity
        verdicts.append(materials.FileVerdict(file, findings))
    file_problems = [
        (v.file.requirement_code, f"「{names.get(v.file.requirement_code, '材料')}」：{f.message}")
        for v in verdicts
        for f in v.findings
        if f.rejects
    ]

    async with in_transaction():
        application = await Application.filter(id=application_id).select_for_update().first()
        if (
            application is None
            or application.status is not Status.submitted
            or application.version != inspected_version
        ):
            return False  # withdrawn, or decided by another run, while we inspected
        await transition(application, Action.start_pre_review)
        problems = await checklists.missing_core(application) + file_problems
        await materials.replace_verdicts(application.id, verdicts)
        if problems:
            await transition(
                application,
                Action.request_supplement,
                items=_unique(problems),
                note=SUPPLEMENT_NOTE,
            )
    for file in files:
        await materials.ensure_thumbnail(file, store)
    return True


async def _identity_findings(application: Application, cipher: FieldCipher) -> list:
    applicant = (
        await User.get_or_none(id=application.applicant_id) if application.applicant_id else None
    )
    if applicant is None:
        return []
    profile = cipher.reveal(applicant, "id_number_enc")
    declared = cipher.reveal(application, "declared_id_number_enc")
    return materials.identity_findings(declared=declared, profile=profile)


def _unique(items: Iterable[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    return list(dict.fromkeys(items))
