"""The object store's interface; backends only move opaque bytes (see `envelope.py`).

An object is two records under one id: the sealed body, then the envelope (`StoredObject` as
JSON). The envelope is written last and removed first, so it is the commit marker: an object
exists exactly when its envelope does, and an interrupted upload never shows as an object.
"""

from __future__ import annotations

import re
import secrets
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable, Mapping
from types import TracebackType
from typing import Self

from banzheng.storage.envelope import (
    SEGMENT_SIZE,
    MasterKeys,
    ObjectSealer,
    StoredObject,
    open_sealed,
)
from banzheng.storage.errors import InvalidObjectId, ObjectExists

OBJECT_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_object_id() -> str:
    """32 url-safe characters, 192 random bits: unguessable, and no information in the id."""
    return secrets.token_urlsafe(24)


def check_object_id(object_id: object) -> str:
    """Refuse anything that is not one of our ids before it reaches a path or an S3 key."""
    if not isinstance(object_id, str) or not OBJECT_ID_PATTERN.fullmatch(object_id):
        raise InvalidObjectId(f"invalid object id: {str(object_id)[:80]!r}")
    return object_id


async def _one(data: bytes) -> AsyncIterator[bytes]:
    yield data


class ObjectStore(ABC):
    """Encrypting object store; `LocalStorage` and `S3Storage` supply the byte moving."""

    def __init__(
        self, *, master_keys: Mapping[str, bytes], segment_size: int = SEGMENT_SIZE
    ) -> None:
        self.keys = MasterKeys(master_keys)
        self.segment_size = segment_size

    async def put_stream(self, object_id: str, chunks: AsyncIterator[bytes]) -> StoredObject:
        """Encrypt and store `chunks` as they arrive; nothing is stored if they fail midway."""
        check_object_id(object_id)
        if await self._has_envelope(object_id):
            raise ObjectExists(object_id)
        sealer = ObjectSealer(object_id=object_id, keys=self.keys, segment_size=self.segment_size)
        stored: list[StoredObject] = []

        def envelope() -> bytes:
            stored.append(sealer.envelope())
            return stored[0].to_json()

        await self._write(object_id, sealer.seal(chunks), envelope)
        return stored[0]

    async def put_bytes(self, object_id: str, data: bytes) -> StoredObject:
        """For small objects made in memory anyway, such as thumbnails."""
        return await self.put_stream(object_id, _one(data))

    async def stat(self, object_id: str) -> StoredObject:
        check_object_id(object_id)
        return StoredObject.from_json(await self._read_envelope(object_id))

    async def open_stream(self, object_id: str) -> AsyncIterator[bytes]:
        """Await this to learn now whether the object exists and its key unwraps (so a route can
        still answer 404), then iterate the plaintext. Raises `StorageIntegrityError` on any
        tampering, never returning unauthenticated bytes."""
        stored = await self.stat(object_id)
        self.keys.unwrap(stored)  # fail before the first byte if the envelope is bad
        return open_sealed(stored, self.keys, self._read_body(object_id))

    async def exists(self, object_id: str) -> bool:
        return await self._has_envelope(check_object_id(object_id))

    async def delete(self, object_id: str) -> None:
        """Idempotent: deleting an object that is not there is not an error."""
        await self._delete(check_object_id(object_id))

    async def rewrap(self, stored: StoredObject, new_kid: str) -> StoredObject:
        """Move the object's data key under master key `new_kid`; the body is not read or
        written. Run over all objects before removing an old master key from the settings."""
        check_object_id(stored.object_id)
        if stored.key_id == new_kid:
            return stored
        rewrapped = self.keys.rewrap(stored, new_kid)
        await self._replace_envelope(stored.object_id, rewrapped.to_json())
        return rewrapped

    def list_ids(self) -> AsyncIterator[str]:
        """Every committed object's id (those whose envelope exists), in no particular order."""
        return self._list_ids()

    async def read_sealed(self, object_id: str) -> tuple[bytes, AsyncIterator[bytes]]:
        """The envelope and the sealed body exactly as stored, for backups: still encrypted
        under the master keys, so a backup of the store holds no plaintext."""
        check_object_id(object_id)
        return await self._read_envelope(object_id), self._read_body(object_id)

    async def write_sealed(
        self, object_id: str, envelope: bytes, body: AsyncIterator[bytes]
    ) -> None:
        """Store a sealed object copied from `read_sealed` (restore); the envelope goes last."""
        check_object_id(object_id)
        await self._write(object_id, body, lambda: envelope)

    async def close(self) -> None:
        """Release connections; a no-op where there are none."""
        return

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # What a backend provides. Ids reaching these are already checked.

    @abstractmethod
    async def _write(
        self, object_id: str, body: AsyncIterator[bytes], envelope: Callable[[], bytes]
    ) -> None:
        """Store all of `body`, then `envelope()` (callable only once the body is consumed);
        on any failure leave neither behind."""

    @abstractmethod
    async def _read_envelope(self, object_id: str) -> bytes:
        """The envelope, or raise `ObjectNotFound`."""

    @abstractmethod
    async def _replace_envelope(self, object_id: str, envelope: bytes) -> None:
        """Atomically replace an existing envelope."""

    @abstractmethod
    async def _has_envelope(self, object_id: str) -> bool: ...

    @abstractmethod
    def _read_body(self, object_id: str) -> AsyncIterator[bytes]:
        """The sealed body, streamed; raise `ObjectNotFound` if it is gone."""

    @abstractmethod
    async def _delete(self, object_id: str) -> None:
        """Remove the envelope first, then the body."""

    @abstractmethod
    def _list_ids(self) -> AsyncIterator[str]:
        """Ids of the objects whose envelope exists."""
