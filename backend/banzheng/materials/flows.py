"""Use cases that cross the materials and applications domains: a checked, stored file
becomes an application's material."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from uuid import UUID

from tortoise.transactions import in_transaction

from banzheng.accounts.models import User
from banzheng.applications import checklists, lifecycle
from banzheng.applications.checklists import unknown_requirement
from banzheng.applications.models import Application, MaterialRequirement
from banzheng.common import audit
from banzheng.common.errors import NotFound
from banzheng.identity import uploads as identity_uploads
from banzheng.identity.uploads import UploadedVideo
from banzheng.materials import quotas, service
from banzheng.materials.models import MaterialFile, UploadSession, UploadState
from banzheng.storage import ObjectStore


async def requirement_formats(application: Application, code: str) -> list[str]:
    requirement = await MaterialRequirement.get_or_none(
        application_type_id=application.kind, code=code
    )
    if requirement is None:
        raise unknown_requirement([code])
    return requirement.formats


async def check_can_upload(application: Application, code: str, user: User) -> list[str]:
    """Refuse early (before any byte is stored) when the item cannot take a file now."""
    formats = await requirement_formats(application, code)
    checklists.check_material_editable(
        application, await checklists.material_state(application, code)
    )
    return formats


async def upload_once(
    *,
    application: Application,
    code: str,
    user: User,
    chunks: AsyncIterator[bytes],
    display_name: Callable[[], str],
    declared_length: int | None,
    store: ObjectStore,
    settings,
) -> MaterialFile:
    formats = await check_can_upload(application, code, user)
    await quotas.check_application(application_id=application.id, length=declared_length or 0)
    intake = service.new_intake(formats=formats, settings=settings, declared_length=declared_length)
    stored = await service.store_checked(store=store, chunks=chunks, intake=intake)
    return await _attach(
        application_id=application.id,
        code=code,
        user=user,
        stored=stored,
        intake=intake,
        display_name=display_name(),
        store=store,
        recheck_quota=True,
    )


async def _attach(
    *, application_id, code, user, stored, intake, display_name, store, recheck_quota=False
) -> MaterialFile:
    try:
        async with in_transaction():
            application = await Application.filter(id=application_id).select_for_update().first()
            if recheck_quota:  # a one-shot upload's length is known only now
                await quotas.check_application(application_id=application_id, length=stored.size)
            file = await service.record_file(
                stored=stored,
                intake=intake,
                application_id=application_id,
                requirement_code=code,
                uploaded_by=user.id,
                display_name=display_name,
            )
            await checklists.provide_material(
                application=application, code=code, object_id=stored.object_id, actor=user
            )
            # A security event of its own (issue #13 item 6): what came in, by its digest.
            await audit.record(
                "material.uploaded",
                object_type="material_file",
                object_id=file.object_id,
                details={
                    "application_id": str(application_id),
                    "requirement": code,
                    "kind": file.kind,
                    "size": file.size,
                    "sha256": file.sha256,
                },
            )
            return file
    except BaseException:
        await store.delete(stored.object_id)  # the state changed meanwhile: keep no orphan
        raise


async def finish_session(
    *, session: UploadSession, user: User, store: ObjectStore, settings, queue
) -> MaterialFile | UploadedVideo:
    """The last PATCH arrived: check the whole file as one stream and attach it to the session's
    target (a checklist item, or an identity check's video). Refused → nothing is kept."""
    try:
        if session.identity_check_id is not None:
            finished = await identity_uploads.finish_upload(
                session=session, store=store, settings=settings, queue=queue
            )
        else:
            finished = await _finish_material(
                session=session, user=user, store=store, settings=settings
            )
    except BaseException:
        session.state = UploadState.failed
        await session.save(update_fields=["state"])
        await service.discard_parts(session, store)
        raise
    session.state, session.object_id = UploadState.complete, finished.object_id
    await session.save(update_fields=["state", "object_id"])
    await service.discard_parts(session, store)
    return finished


async def _finish_material(
    *, session: UploadSession, user: User, store: ObjectStore, settings
) -> MaterialFile:
    application = await Application.get(id=session.application_id)
    formats = await check_can_upload(application, session.requirement_code, user)
    intake = service.new_intake(formats=formats, settings=settings, declared_length=session.length)
    stored = await service.store_checked(
        store=store, chunks=service.read_parts(session, store), intake=intake
    )
    return await _attach(
        application_id=application.id,
        code=session.requirement_code,
        user=user,
        stored=stored,
        intake=intake,
        display_name=session.display_name,
        store=store,
    )


async def open_session(*, user: User, meta: dict[str, str], length: int, settings) -> UploadSession:
    """Start a resumable upload for the target its metadata names: `identity_check_id` (an
    identity video) or `application_id` + `requirement` (a checklist item). Everything that can
    be refused is refused here, before any byte is stored."""
    check_id = meta.get(identity_uploads.METADATA_KEY)
    if check_id is not None:
        try:
            UUID(check_id)
        except ValueError:
            raise NotFound("未找到该核验记录") from None
        check, formats = await identity_uploads.open_upload(owner=user, check_id=check_id)
        target = {"identity_check_id": check.id}
    else:
        try:
            application_id = UUID(meta.get("application_id", ""))
        except ValueError:
            raise NotFound("未找到该申请") from None
        application = await lifecycle.visible_application(user, application_id)
        code = meta.get("requirement", "")
        formats = await check_can_upload(application, code, user)
        target = {"application_id": application.id, "requirement_code": code}
    return await service.create_session(
        owner_id=user.id,
        length=length,
        display_name=meta.get("filename", ""),
        formats=formats,
        settings=settings,
        **target,
    )
