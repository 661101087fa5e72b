"""What the clerk accepts (一窗受理): an application's current files, each with the automatic
pre-review's verdicts, a thumbnail and a short-lived download link.

The verdicts listed are the `PreReviewVerdict` rows of each file, newest first;
`awaiting_clerk_decision` marks exactly the rows `prereview.record_clerk_decision` will compare
against the clerk's accept or supplement request (those not yet decided), so the clerk sees
what the 预审一致率 (requirement 4) will measure. Links are signed for the caller only
(`storage.links`) and live `DOWNLOAD_LINK_TTL` seconds; issuing them is audited, as opening an
owner's ID card scan is an access to personal data.
"""

from __future__ import annotations

import time

from banzheng.accounts.models import User
from banzheng.applications import lifecycle
from banzheng.applications.models import Application, MaterialRequirement
from banzheng.common import audit
from banzheng.common.workdays import OFFICE_TZ
from banzheng.materials import service
from banzheng.materials.labels import NOT_REVIEWED_LABEL, VERDICT_LABELS
from banzheng.materials.models import MaterialFile, PreReviewVerdict
from banzheng.security.permissions import Action, document_subject
from banzheng.storage import sign_download

FILES_ROUTE = "/api/v1/files/"


def issue_link(object_id: str, *, user: User, settings) -> tuple[str, int]:
    """A download URL for `object_id` valid for the caller only, and its expiry (Unix s)."""
    token = sign_download(
        object_id,
        audience_user_id=str(user.id),
        expires_in=settings.DOWNLOAD_LINK_TTL,
        secret=service.link_secret(settings),
    )
    return FILES_ROUTE + token, int(time.time()) + settings.DOWNLOAD_LINK_TTL


def _verdict_view(row: PreReviewVerdict) -> dict:
    return {
        "id": str(row.id),
        "verdict": row.verdict.value,
        "verdict_label": VERDICT_LABELS[row.verdict],
        "findings": [
            {"code": f["code"], "message": f["message"], "severity": f["severity"]}
            for f in row.findings
        ],
        "reviewed_at": row.created_at.astimezone(OFFICE_TZ).isoformat(),
        "awaiting_clerk_decision": row.clerk_agrees is None,
        "clerk_agrees": row.clerk_agrees,
    }


async def materials_for_review(*, application: Application, user: User, settings) -> dict:
    """The current file of every checklist item `user` may download (security/permissions.py:
    an owner's documents only for the owner and the officials deciding on them), in checklist
    order, with links for `user`."""
    files = [
        f
        for f in await MaterialFile.filter(application_id=application.id, current=True)
        if await lifecycle.may_access(
            user,
            application,
            subject=document_subject(f.requirement_code),
            action=Action.download,
        )
    ]
    requirements = {
        r.code: r for r in await MaterialRequirement.filter(application_type_id=application.kind)
    }
    files.sort(
        key=lambda f: (
            requirements[f.requirement_code].position if f.requirement_code in requirements else 99,
            f.created_at,
        )
    )
    verdicts: dict[str, list[PreReviewVerdict]] = {}
    for row in await PreReviewVerdict.filter(
        application_id=application.id, object_id__in=[f.object_id for f in files]
    ).order_by("-created_at"):
        verdicts.setdefault(row.object_id, []).append(row)
    items, issued = [], []
    for file in files:
        url, expires_at = issue_link(file.object_id, user=user, settings=settings)
        issued.append(file.object_id)
        thumbnail_url = None
        if file.thumbnail_id:
            thumbnail_url, _ = issue_link(file.thumbnail_id, user=user, settings=settings)
        rows = verdicts.get(file.object_id, [])
        requirement = requirements.get(file.requirement_code)
        items.append(
            {
                "object_id": file.object_id,
                "requirement_code": file.requirement_code,
                "requirement_name": requirement.name if requirement else "其他材料",
                "kind": file.kind,
                "size": file.size,
                "sha256": file.sha256,
                "display_name": file.display_name,
                "uploaded_at": file.created_at.astimezone(OFFICE_TZ).isoformat(),
                "verdict": rows[0].verdict.value if rows else None,
                "verdict_label": VERDICT_LABELS[rows[0].verdict] if rows else NOT_REVIEWED_LABEL,
                "verdicts": [_verdict_view(r) for r in rows],
                "thumbnail_url": thumbnail_url,
                "download_url": url,
                "links_expire_at": expires_at,
            }
        )
    if issued:
        await audit.record(
            "material.links_issued",
            object_type="application",
            object_id=application.id,
            details={"object_ids": issued, "ttl": settings.DOWNLOAD_LINK_TTL},
        )
    return {"application_id": str(application.id), "items": items}
