"""An identity video arrives through the same resumable upload (tus 1.0) as materials.

The upload session belongs to the check instead of a checklist item (`UploadSession.
identity_check`); the bytes go through the same streaming checks (type from the bytes: MP4/MOV
only; `UPLOAD_MAX_VIDEO_BYTES`; structure scan) and the same encrypted store. Once the last chunk
is in, the video is attached to the check and the pre-checks are queued for the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.transactions import in_transaction

from banzheng import queue as jobs
from banzheng.accounts.models import User
from banzheng.identity import service
from banzheng.identity.models import IdentityCheck
from banzheng.materials import service as materials
from banzheng.materials.models import UploadSession
from banzheng.storage import ObjectStore

VIDEO_FORMATS = ["mp4", "mov"]
METADATA_KEY = "identity_check_id"  # tus Upload-Metadata key naming the check


@dataclass(frozen=True)
class UploadedVideo:
    object_id: str
    kind: str
    size: int
    sha256: str
    display_name: str
    created_at: datetime
    identity_check_id: str
    requirement_code: None = None


def precheck_key(check_id: object) -> str:
    return f"identity-precheck:{check_id}"


async def open_upload(*, owner: User, check_id: str) -> tuple[IdentityCheck, list[str]]:
    check = await service.open_video_upload(owner=owner, check_id=check_id)
    return check, VIDEO_FORMATS


async def finish_upload(
    *, session: UploadSession, store: ObjectStore, settings, queue
) -> UploadedVideo:
    """Check the whole file as one stream, attach it to the check, queue the pre-checks."""
    intake = materials.new_intake(
        formats=VIDEO_FORMATS, settings=settings, declared_length=session.length
    )
    stored = await materials.store_checked(
        store=store, chunks=materials.read_parts(session, store), intake=intake
    )
    try:
        async with in_transaction():
            check = await service.attach_video(
                check_id=session.identity_check_id,
                object_id=stored.object_id,
                kind=intake.kind.value,
                size=stored.size,
                sha256=stored.sha256,
            )
    except BaseException:
        await store.delete(stored.object_id)  # the check moved on meanwhile: keep no orphan
        raise
    await enqueue_precheck(queue, check.id)
    return UploadedVideo(
        object_id=stored.object_id,
        kind=intake.kind.value,
        size=stored.size,
        sha256=stored.sha256,
        display_name=session.display_name,
        created_at=check.video_uploaded_at,
        identity_check_id=str(check.id),
    )


async def enqueue_precheck(queue, check_id: object) -> None:
    await jobs.enqueue(
        queue, "precheck_identity_video", key=precheck_key(check_id), check_id=str(check_id)
    )
