"""Which of an owner's applications the registry must keep when the owner deletes the account
(注销), and erasing the rest. Used by accounts/flows.py.

An application that reached acceptance (受理) is part of the registration file (不动产登记资料):
《不动产登记暂行条例》第九条、第十三条 and 《不动产登记资料查询暂行办法》 keep registration
material for the registry, so it stays, whole, linked to the anonymised account. One that never
reached acceptance (a draft, a submission still in pre-review, one returned or withdrawn before
acceptance) is the owner's own unfinished paperwork and is erased with its materials.
"""

from __future__ import annotations

from dataclasses import dataclass

from banzheng.applications.models import Application
from banzheng.applications.workflow import TERMINAL


@dataclass(frozen=True)
class OwnerApplications:
    kept: list[Application]  # reached acceptance: the registry's legal record
    erasable: list[Application]  # never accepted: erased with the account

    @property
    def in_progress(self) -> list[Application]:
        """Accepted and not finished: the registry may still need the owner (deferred
        materials, area confirmation, collecting the certificate)."""
        return [a for a in self.kept if a.status not in TERMINAL]


async def owner_applications(owner_id: object) -> OwnerApplications:
    mine = await Application.filter(applicant_id=owner_id).order_by("created_at")
    return OwnerApplications(
        kept=[a for a in mine if a.accepted_at is not None],
        erasable=[a for a in mine if a.accepted_at is None],
    )


async def erase(applications: list[Application]) -> int:
    """Delete never-accepted applications; their checklist state, events, verdicts, files rows
    and upload sessions go with them (ON DELETE CASCADE). Stored bytes are the materials
    domain's to delete first (materials/retention.py)."""
    if not applications:
        return 0
    if any(a.accepted_at is not None for a in applications):
        raise ValueError("an accepted application is part of the registration file")
    ids = [a.id for a in applications]
    await Application.filter(id__in=ids).delete()
    return len(ids)
