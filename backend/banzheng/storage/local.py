"""Objects as files under one directory: the embedded default (VAR_DIR/objects).

Layout: `<root>/<h[0:2]>/<h[2:4]>/<id>.obj` (sealed body) and `<id>.env` (envelope), where `h` is
the SHA-256 hex of the id. The fan-out uses a hash of the id rather than the id's own first
characters so it stays even for time-ordered ids (ULIDs share their leading characters for
months) and is lower-case on case-insensitive file systems.

Writes go to `<root>/.tmp/` first, are fsynced, then renamed into place (same file system, so
the rename is atomic): a crash or a failed upload never leaves a partial object, and at most a
temp file that `remove_stale_temp_files` clears. Blocking file calls run in a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import secrets
import time
from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path
from typing import BinaryIO

from banzheng.common.cpu import ThreadBatches
from banzheng.storage.base import ObjectStore
from banzheng.storage.envelope import SEGMENT_SIZE
from banzheng.storage.errors import ObjectNotFound

READ_CHUNK = 256 * 1024
WRITE_BATCH = 1024 * 1024
TEMP_DIR = ".tmp"
_FILE_MODE = 0o600
_DIR_MODE = 0o700


class LocalStorage(ObjectStore):
    def __init__(
        self, root: Path, *, master_keys: Mapping[str, bytes], segment_size: int = SEGMENT_SIZE
    ) -> None:
        super().__init__(master_keys=master_keys, segment_size=segment_size)
        self.root = Path(root)
        self.temp_dir = self.root / TEMP_DIR
        self.temp_dir.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)

    def _paths(self, object_id: str) -> tuple[Path, Path]:
        digest = hashlib.sha256(object_id.encode()).hexdigest()
        folder = self.root / digest[:2] / digest[2:4]
        return folder / f"{object_id}.obj", folder / f"{object_id}.env"

    async def _write(
        self, object_id: str, body: AsyncIterator[bytes], envelope: Callable[[], bytes]
    ) -> None:
        body_path, envelope_path = self._paths(object_id)
        body_temp = await asyncio.to_thread(self._open_temp)
        # One thread hop per WRITE_BATCH, not per 64 KiB segment (the hops, not the disk, were
        # the cost), and the disk writes one batch while the next is sealed: the write thread
        # releases the GIL (scripts/bench/README.md, uploads).
        writes = ThreadBatches(body_temp.file.writelines, WRITE_BATCH)
        try:
            async for segment in body:
                await writes.add(segment)
            await writes.flush()
            await asyncio.to_thread(body_temp.commit, body_path)
        except BaseException:
            await writes.abandon()  # the thread is done with the file before it is discarded
            body_temp.discard()
            raise
        try:
            await asyncio.to_thread(self._write_file, envelope_path, envelope())
        except BaseException:
            body_path.unlink(missing_ok=True)
            raise

    async def _read_envelope(self, object_id: str) -> bytes:
        try:
            return await asyncio.to_thread(self._paths(object_id)[1].read_bytes)
        except FileNotFoundError:
            raise ObjectNotFound(object_id) from None

    async def _replace_envelope(self, object_id: str, envelope: bytes) -> None:
        path = self._paths(object_id)[1]
        if not await asyncio.to_thread(path.exists):
            raise ObjectNotFound(object_id)
        await asyncio.to_thread(self._write_file, path, envelope)

    async def _has_envelope(self, object_id: str) -> bool:
        return await asyncio.to_thread(self._paths(object_id)[1].exists)

    async def _read_body(self, object_id: str) -> AsyncIterator[bytes]:
        try:
            handle = await asyncio.to_thread(self._paths(object_id)[0].open, "rb")
        except FileNotFoundError:
            raise ObjectNotFound(object_id) from None
        try:
            while chunk := await asyncio.to_thread(handle.read, READ_CHUNK):
                yield chunk
        finally:
            handle.close()

    async def _delete(self, object_id: str) -> None:
        body_path, envelope_path = self._paths(object_id)
        await asyncio.to_thread(envelope_path.unlink, missing_ok=True)
        await asyncio.to_thread(body_path.unlink, missing_ok=True)

    async def _list_ids(self) -> AsyncIterator[str]:
        # two fan-out levels of folders (see _paths); `.tmp` holds no envelopes
        for path in await asyncio.to_thread(lambda: sorted(self.root.glob("??/??/*.env"))):
            yield path.name.removesuffix(".env")

    def remove_stale_temp_files(self, older_than: float = 86400) -> int:
        """Clear what a killed process left in `.tmp/`; run from a periodic job."""
        cutoff = time.time() - older_than
        removed = 0
        for path in self.temp_dir.iterdir():
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
        return removed

    def _open_temp(self) -> _TempFile:
        path = self.temp_dir / f"{secrets.token_hex(12)}.part"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE)
        return _TempFile(path, os.fdopen(fd, "wb"))

    def _write_file(self, path: Path, data: bytes) -> None:
        temp = self._open_temp()
        try:
            temp.file.write(data)
            temp.commit(path)
        except BaseException:
            temp.discard()
            raise


class _TempFile:
    def __init__(self, path: Path, file: BinaryIO) -> None:
        self.path = path
        self.file = file

    def commit(self, target: Path) -> None:
        """Durable, then visible: fsync the data, rename, fsync the folder holding the name."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        target.parent.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
        os.replace(self.path, target)
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)

    def discard(self) -> None:
        self.file.close()
        self.path.unlink(missing_ok=True)
