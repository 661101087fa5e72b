"""Use cases that cross the materials and applications domains: a checked, stored file
becomes an application's material."""

from __future__ import annotations

from collections.abc import AsyncIterator

from tortoise.transactions import in_transaction

from banzheng.accounts.models import User
from banzheng.applications import checklists
from banzheng.applications.models import Application, MaterialRequirement
from banzheng.common.errors import ValidationFailed
from banzheng.materials import service
from banzheng.materials.models import MaterialFile, UploadSession, UploadState
from banzheng.storage import ObjectStore


async def requirement_formats(application: Application, code: str) -> list[str]:
    requirement = await MaterialRequirement.get_or_none(
        application_type_id=application.kind, code=code
    )
    if requirement is None:
        raise ValidationFailed(f"该申请不需要材料「{code}」", code="UNKNOWN_REQUIREMENT")
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
    display_name: str,
    declared_length: int | None,
    store: ObjectStore,
    settings,
) -> MaterialFile:
    formats = await check_can_upload(application, code, user)
    intake = service.new_intake(formats=formats, settings=settings, declared_length=declared_length)
    stored = await service.store_checked(store=store, chunks=chunks, intake=intake)
    return await _attach(
        application_id=application.id,
        code=code,
        user=user,
        stored=stored,
        intake=intake,
        display_name=display_name,
        store=store,
    )


async def _attach(
    *, application_id, code, user, stored, intake, display_name, store
) -> MaterialFile:
    try:
        async with in_transaction():
            application = await Application.filter(id=application_id).select_for_update().first()
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
            return file
    except BaseException:
        await store.delete(stored.object_id)  # the state changed meanwhile: keep no orphan
        raise


async def finish_session(
    *, session: UploadSession, user: User, store: ObjectStore, settings
) -> MaterialFile:
    """The last PATCH arrived: check the whole file as one stream and attach it."""
    application = await Application.get(id=session.application_id)
    formats = await check_can_upload(application, session.requirement_code, user)
    intake = service.new_intake(formats=formats, settings=settings, declared_length=session.length)
    try:
        stored = await service.store_checked(
            store=store, chunks=service.read_parts(session, store), intake=intake
        )
        file = await _attach(
            application_id=application.id,
            code=session.requirement_code,
            user=user,
            stored=stored,
            intake=intake,
            display_name=session.display_name,
            store=store,
        )
    except BaseException:
        session.state = UploadState.failed
        await session.save(update_fields=["state"])
        await service.discard_parts(session, store)
        raise
    session.state, session.object_id = UploadState.complete, stored.object_id
    await session.save(update_fields=["state", "object_id"])
    await service.discard_parts(session, store)
    return file
