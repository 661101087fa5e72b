"""Deleting the stored bytes of an owner's erased applications and unfinished uploads when the
owner deletes the account (accounts/flows.py). Rows go with their application (ON DELETE
CASCADE); the encrypted objects in the store must be deleted explicitly, and first, so that a
failure leaves the rows (and a retry finds them) rather than rows pointing at nothing."""

from __future__ import annotations

from collections.abc import Iterable

from banzheng.materials.models import MaterialFile, UploadSession
from banzheng.storage.base import ObjectStore


async def erase_stored_files(*, application_ids: Iterable[object], store: ObjectStore) -> int:
    """Delete every stored file (and thumbnail) of these applications from the object store."""
    ids = list(application_ids)
    if not ids:
        return 0
    files = await MaterialFile.filter(application_id__in=ids)
    for file in files:
        await store.delete(file.object_id)
        if file.thumbnail_id:
            await store.delete(file.thumbnail_id)
    return len(files)


async def erase_unfinished_uploads(*, owner_id: object, store: ObjectStore) -> int:
    """Delete the owner's resumable uploads that never completed (their parts and rows); a
    completed session's file is a MaterialFile and follows its application's fate."""
    sessions = await UploadSession.filter(owner_id=owner_id, object_id=None)
    for session in sessions:
        for object_id, _size in session.parts:
            await store.delete(object_id)
    if sessions:
        await UploadSession.filter(id__in=[s.id for s in sessions]).delete()
    return len(sessions)
