"""Uploads: one-shot and resumable (tus 1.0 core), encrypted storage, download links.

A file never touches a path named after it: objects are stored under random ids, encrypted
(storage package), and the cleaned display name is kept for people only. A refused or broken
upload leaves no object behind.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncIterator
from contextlib import aclosing
from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from banzheng.common.cpu import ThreadBatches, joined, start_in_thread
from banzheng.common.errors import ApiError, Conflict, NotFound
from banzheng.materials import limits, quotas, reencode
from banzheng.materials.filenames import safe_display_name
from banzheng.materials.intake import Intake, UploadRefused, accepted_media
from banzheng.materials.limits import SizeLimits
from banzheng.materials.models import MaterialFile, UploadSession, UploadState
from banzheng.materials.sniff import MediaClass
from banzheng.storage import ObjectStore, StoredObject, new_object_id


class UploadError(ApiError):
    status = 400
    code = "UPLOAD_INVALID"


def size_limits(settings) -> SizeLimits:
    return limits.size_limits(settings)


def link_secret(settings) -> bytes:
    """Download links are signed with a key derived from SECRET_KEY for this purpose only."""
    return hmac.new(
        settings.SECRET_KEY.encode(), b"banzheng download links", hashlib.sha256
    ).digest()


async def store_checked(
    *, store: ObjectStore, chunks: AsyncIterator[bytes], intake: Intake
) -> StoredObject:
    """Store `chunks` encrypted while `intake` checks them; refused → nothing is kept. A photo
    is then encoded again without its metadata and only that is kept (reencode.py)."""
    object_id = new_object_id()
    checks = _ChecksInThread(intake)
    try:
        stored = await store.put_stream(object_id, checks.alongside(chunks))
        photo = intake.photo_bytes()
        if photo is None:
            return stored
        # A photo is kept as its pixels only (reencode.py): the checked original is replaced.
        try:
            clean = await reencode.pixels_only_async(photo, intake.kind.value)
            return await store.put_bytes(new_object_id(), clean)
        finally:
            await store.delete(object_id)
    finally:
        await checks.batches.abandon()  # the thread is done with the intake before it closes
        intake.close()


# How many bytes the checks take at once in their thread. Larger batches were not faster and
# kept more of the file alive at once (first upload: RSS growth 31 MiB at 1 MiB, 25 at 256 KiB).
CHECK_BATCH = 256 * 1024


class _ChecksInThread:
    """Runs the intake's checks (a scan of every byte, the PDF or photo spool, pypdf at the end:
    ~9 ms per MiB on the event loop, scripts/bench/README.md) in a worker thread, one batch
    behind the bytes being sealed, so a 20 MiB upload does not hold the event loop for the
    others. The first bytes are checked at once: a file of the wrong type is refused before
    anything else is read."""

    def __init__(self, intake: Intake) -> None:
        self.intake = intake
        self.batches = ThreadBatches(self._feed, CHECK_BATCH)

    async def alongside(self, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        # aclosing: a refusal mid-file closes the parts being read now, not when collected
        async with aclosing(chunks) as source:
            async for chunk in source:
                if self.intake.kind is None:  # still sniffing the type: check inline
                    self.intake.feed(chunk)
                else:
                    await self.batches.add(chunk)  # a refusal (UploadRefused) is raised here
                yield chunk
        await self.batches.flush()
        # joined: even cancelled, the intake is not closed under the thread; raising here makes
        # put_stream keep nothing
        await joined(start_in_thread(self.intake.finish))

    def _feed(self, batch: list[bytes]) -> None:
        for chunk in batch:
            self.intake.feed(chunk)


def new_intake(*, formats: list[str], settings, declared_length: int | None = None) -> Intake:
    return Intake(
        limits=size_limits(settings),
        accepted=accepted_media(formats),
        declared_length=declared_length,
    )


async def record_file(
    *,
    stored: StoredObject,
    intake: Intake,
    application_id: object,
    requirement_code: str,
    uploaded_by: object,
    display_name: str,
) -> MaterialFile:
    """The new file becomes the current one for its checklist item."""
    await MaterialFile.filter(
        application_id=application_id, requirement_code=requirement_code, current=True
    ).update(current=False)
    return await MaterialFile.create(
        object_id=stored.object_id,
        application_id=application_id,
        requirement_code=requirement_code,
        uploaded_by_id=uploaded_by,
        kind=intake.kind.value,
        size=stored.size,
        sha256=stored.sha256,
        display_name=safe_display_name(display_name),
    )


# --- resumable uploads (tus 1.0 core: POST creates, HEAD tells the offset, PATCH appends) ------


async def create_session(
    *,
    owner_id: object,
    length: int,
    display_name: str,
    formats: list[str],
    settings,
    application_id: object | None = None,
    requirement_code: str | None = None,
    identity_check_id: object | None = None,
) -> UploadSession:
    """A session for one target: an application's checklist item, or an identity check."""
    if length <= 0:
        raise UploadRefused([_empty()])
    media = accepted_media(formats)
    largest = max((_limit(m, size_limits(settings)) for m in media), default=0)
    if length > largest:
        raise ApiError(
            f"文件大小超过了本项材料 {largest // (1024 * 1024)} MB 的上限，请压缩后再上传",
            code="MATERIAL_TOO_LARGE",
            status=413,
            details={"limit": largest, "length": length},
        )
    async with in_transaction():
        await quotas.lock_owner(owner_id)
        await quotas.check_owner(owner_id=owner_id, length=length)
        if application_id is not None:
            await quotas.check_application(application_id=application_id, length=length)
        return await UploadSession.create(
            id=new_object_id(),
            owner_id=owner_id,
            application_id=application_id,
            requirement_code=requirement_code,
            identity_check_id=identity_check_id,
            length=length,
            display_name=safe_display_name(display_name),
            expires_at=datetime.now(UTC) + timedelta(seconds=settings.UPLOAD_SESSION_TTL),
        )


def _limit(media: MediaClass, limits: SizeLimits) -> int:
    return {
        MediaClass.IMAGE: limits.image,
        MediaClass.PDF: limits.pdf,
        MediaClass.VIDEO: limits.video,
    }[media]


def _empty():
    from banzheng.materials.findings import reject

    return reject("MATERIAL_EMPTY", "文件是空的，请重新选择文件上传。")


async def session_for(*, upload_id: str, owner_id: object) -> UploadSession:
    """The caller's own live session; anyone else's (or an expired one) is not found."""
    session = await UploadSession.get_or_none(id=upload_id, owner_id=owner_id)
    if session is None or session.expires_at < datetime.now(UTC):
        raise NotFound("上传任务不存在或已过期，请重新上传", code="UPLOAD_NOT_FOUND")
    return session


async def append(
    *,
    session: UploadSession,
    offset: int,
    chunks: AsyncIterator[bytes],
    store: ObjectStore,
    length_header: int | None,
) -> UploadSession:
    """Append one PATCH body as an encrypted part. The offset must be exactly where the upload
    stands (a retried or overlapping chunk is refused with the current offset, so the phone can
    resume from there); the declared length may not change; nothing past it is accepted."""
    if session.state is not UploadState.receiving:
        raise Conflict(
            "该文件已上传完成", code="UPLOAD_FINISHED", details={"offset": session.offset}
        )
    if length_header is not None and length_header != session.length:
        raise UploadError(
            "文件总大小与开始上传时不一致，请重新上传",
            code="UPLOAD_LENGTH_CHANGED",
            details={"length": session.length},
        )
    if offset != session.offset:
        raise Conflict(
            "上传位置不对，请从已确认的位置继续",
            code="UPLOAD_OFFSET_MISMATCH",
            details={"offset": session.offset},
        )
    room = session.length - session.offset
    received = 0

    async def bounded() -> AsyncIterator[bytes]:
        nonlocal received
        async for chunk in chunks:
            received += len(chunk)
            if received > room:
                raise ApiError(
                    "上传的内容超过了声明的文件大小",
                    code="UPLOAD_TOO_LONG",
                    status=413,
                    details={"offset": session.offset, "length": session.length},
                )
            yield chunk

    part = await store.put_stream(new_object_id(), bounded())
    if part.size == 0:
        await store.delete(part.object_id)
        raise UploadError(
            "这一段没有内容，请继续从已确认的位置上传",
            code="UPLOAD_EMPTY_CHUNK",
            details={"offset": session.offset},
        )
    changes = {
        "offset": session.offset + part.size,
        "parts": [*session.parts, [part.object_id, part.size]],
        "version": session.version + 1,
    }
    updated = await UploadSession.filter(
        id=session.id, version=session.version, offset=session.offset
    ).update(**changes)
    if not updated:  # another PATCH for the same offset won the race
        await store.delete(part.object_id)
        await session.refresh_from_db()
        raise Conflict(
            "上传位置不对，请从已确认的位置继续",
            code="UPLOAD_OFFSET_MISMATCH",
            details={"offset": session.offset},
        )
    for field, value in changes.items():  # what the update wrote: no read back
        setattr(session, field, value)
    return session


async def read_parts(session: UploadSession, store: ObjectStore) -> AsyncIterator[bytes]:
    for object_id, _size in session.parts:
        async with aclosing(await store.open_stream(object_id)) as part:
            async for chunk in part:
                yield chunk


async def discard_parts(session: UploadSession, store: ObjectStore) -> None:
    for object_id, _size in session.parts:
        await store.delete(object_id)


async def latest_owner_file(*, owner_id: object, requirement_code: str) -> MaterialFile | None:
    """The newest current file an owner uploaded for a checklist item in any application (the
    identity review shows the clerk the owner's ID card photo)."""
    return (
        await MaterialFile.filter(
            uploaded_by_id=owner_id, requirement_code=requirement_code, current=True
        )
        .order_by("-created_at")
        .first()
    )
