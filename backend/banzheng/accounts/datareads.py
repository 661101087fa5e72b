"""Reads of an owner's sensitive personal data: audited, and shown to the owner.

《个人信息保护法》第四十五条 gives the owner the right to consult how their personal data is
processed; 第二十八条 counts identity documents, faces and voices as sensitive. Every read of
such data (a download link issued, a file fetched, an identity video watched) is one audit event
(who, from where, which object; never the data) and, when the reader is not the owner, one row
the owner sees at `GET /api/v1/me/data-access`.
"""

from __future__ import annotations

from collections.abc import Iterable

from banzheng.accounts.models import DataRead, User
from banzheng.common import audit

ACTION_LABELS = {
    "material.link_issued": "获取了材料的下载链接",
    "material.downloaded": "下载了材料",
    "identity.video_link_issued": "获取了视频核验录像的播放链接",
    "identity.video_viewed": "观看了视频核验录像",
}


async def record_read(
    *,
    reader: User,
    action: str,
    object_type: str,
    object_id: object,
    owner_ids: Iterable[object],
    what: str | None = None,
) -> None:
    owners = sorted({str(owner_id) for owner_id in owner_ids if owner_id is not None})
    details = {"owners": owners} | ({"what": what} if what else {})
    await audit.record(action, object_type=object_type, object_id=object_id, details=details)
    organisation = getattr(reader, "organisation", None) if reader.organisation_id else None
    await DataRead.bulk_create(
        [
            DataRead(
                owner_id=owner,
                actor_id=str(reader.id),
                actor_role=reader.role.value,
                organisation_name=organisation.name if organisation is not None else None,
                action=action,
                object_type=object_type,
                object_id=str(object_id),
                what=what,
            )
            for owner in owners
            if owner != str(reader.id)
        ]
    )


async def reads_of(owner: User, *, page: int, size: int) -> tuple[list[DataRead], int]:
    query = DataRead.filter(owner_id=owner.id)
    total = await query.count()
    rows = await query.order_by("-at").offset((page - 1) * size).limit(size)
    return rows, total
