"""Objects in an S3-compatible store (MinIO, AWS S3) for deployments on several machines.

Client: aiobotocore, the asyncio port of botocore that aioboto3 itself is built on; we need only
the low-level client, not aioboto3's resource layer. Keys: `<prefix><id>.obj` (sealed body) and
`<prefix><id>.env` (envelope; written last, removed first: the commit marker).

Bodies larger than one part go up as a multipart upload with parts of `part_size` (S3 wants
≥ 5 MiB for every part but the last); on any failure, cancellation included, the upload is
aborted so no partial object and no billed orphan parts remain. At most one part is held in
memory. Checksums are left to us (`when_required`): S3-compatible servers differ in support for
botocore's newer default CRC headers, and every segment already carries a GCM tag.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Self

from aiobotocore.config import AioConfig
from aiobotocore.session import get_session
from botocore.exceptions import ClientError

from banzheng.storage.base import ObjectStore
from banzheng.storage.envelope import SEGMENT_SIZE
from banzheng.storage.errors import ObjectNotFound

MIN_PART_SIZE = 5 * 1024 * 1024  # S3's floor for every part but the last
PART_SIZE = 8 * 1024 * 1024
MAX_PARTS = 10_000  # S3's ceiling: with 8 MiB parts, objects up to 78 GiB
READ_CHUNK = 256 * 1024
_NOT_FOUND = {"404", "NoSuchKey", "NotFound"}


class S3Storage(ObjectStore):
    """Use as `async with S3Storage(...) as store:` or call `open()` / `close()` (app listeners)."""

    def __init__(
        self,
        *,
        master_keys: Mapping[str, bytes],
        bucket: str,
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        prefix: str = "objects/",
        part_size: int = PART_SIZE,
        segment_size: int = SEGMENT_SIZE,
    ) -> None:
        super().__init__(master_keys=master_keys, segment_size=segment_size)
        if part_size < MIN_PART_SIZE:
            raise ValueError(f"part_size must be at least {MIN_PART_SIZE} bytes")
        self.bucket = bucket
        self.prefix = prefix
        self.part_size = part_size
        self._client_args: dict[str, Any] = {
            "endpoint_url": endpoint_url,
            "region_name": region,
            "aws_access_key_id": access_key_id,
            "aws_secret_access_key": secret_access_key,
            "config": AioConfig(
                signature_version="s3v4",
                s3={"addressing_style": "path"},  # MinIO and most self-hosted stores
                retries={"mode": "standard", "max_attempts": 3},
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
            ),
        }
        self._exit_stack: contextlib.AsyncExitStack | None = None
        self._client: Any = None

    async def open(self) -> Self:
        if self._client is None:
            stack = contextlib.AsyncExitStack()
            self._client = await stack.enter_async_context(
                get_session().create_client("s3", **self._client_args)
            )
            self._exit_stack = stack
        return self

    async def close(self) -> None:
        if self._exit_stack is not None:
            stack, self._exit_stack, self._client = self._exit_stack, None, None
            await stack.aclose()

    async def __aenter__(self) -> Self:
        return await self.open()

    @property
    def client(self) -> Any:
        if self._client is None:
            raise RuntimeError("S3Storage is not open")
        return self._client

    def _key(self, object_id: str, kind: str) -> str:
        return f"{self.prefix}{object_id}.{kind}"

    async def _write(
        self, object_id: str, body: AsyncIterator[bytes], envelope: Callable[[], bytes]
    ) -> None:
        key = self._key(object_id, "obj")
        await self._upload(key, body)
        try:
            await self._put(self._key(object_id, "env"), envelope())
        except BaseException:
            await _shielded(self.client.delete_object(Bucket=self.bucket, Key=key))
            raise

    async def _upload(self, key: str, body: AsyncIterator[bytes]) -> None:
        part = io.BytesIO()
        upload_id: str | None = None
        parts: list[dict[str, Any]] = []
        try:
            async for segment in body:
                part.write(segment)
                if part.tell() >= self.part_size:
                    if upload_id is None:
                        created = await self.client.create_multipart_upload(
                            Bucket=self.bucket, Key=key
                        )
                        upload_id = created["UploadId"]
                    parts.append(await self._upload_part(key, upload_id, len(parts) + 1, part))
                    part = io.BytesIO()
            if upload_id is None:
                await self._put(key, part)
                return
            if part.tell():
                parts.append(await self._upload_part(key, upload_id, len(parts) + 1, part))
            await self.client.complete_multipart_upload(
                Bucket=self.bucket,
                Key=key,
                UploadId=upload_id,
                MultipartUpload={"Parts": parts},
            )
        except BaseException:
            if upload_id is not None:
                await _shielded(
                    self.client.abort_multipart_upload(
                        Bucket=self.bucket, Key=key, UploadId=upload_id
                    )
                )
            raise

    async def _upload_part(
        self, key: str, upload_id: str, number: int, data: io.BytesIO
    ) -> dict[str, Any]:
        if number > MAX_PARTS:
            raise ValueError("object too large for a multipart upload")
        data.seek(0)
        answer = await self.client.upload_part(
            Bucket=self.bucket, Key=key, UploadId=upload_id, PartNumber=number, Body=data
        )
        return {"ETag": answer["ETag"], "PartNumber": number}

    async def _put(self, key: str, data: bytes | io.BytesIO) -> None:
        """Bodies go as file objects: aiohttp warns that large raw bytes block the loop."""
        body = data if isinstance(data, io.BytesIO) else io.BytesIO(data)
        body.seek(0)
        await self.client.put_object(Bucket=self.bucket, Key=key, Body=body)

    async def _read_envelope(self, object_id: str) -> bytes:
        try:
            answer = await self.client.get_object(
                Bucket=self.bucket, Key=self._key(object_id, "env")
            )
        except ClientError as exc:
            raise _not_found_or(exc, object_id) from exc
        async with answer["Body"] as stream:
            return await stream.read()

    async def _replace_envelope(self, object_id: str, envelope: bytes) -> None:
        if not await self._has_envelope(object_id):
            raise ObjectNotFound(object_id)
        await self._put(self._key(object_id, "env"), envelope)

    async def _has_envelope(self, object_id: str) -> bool:
        try:
            await self.client.head_object(Bucket=self.bucket, Key=self._key(object_id, "env"))
        except ClientError as exc:
            if _error_code(exc) in _NOT_FOUND:
                return False
            raise
        return True

    async def _read_body(self, object_id: str) -> AsyncIterator[bytes]:
        try:
            answer = await self.client.get_object(
                Bucket=self.bucket, Key=self._key(object_id, "obj")
            )
        except ClientError as exc:
            raise _not_found_or(exc, object_id) from exc
        async with answer["Body"] as stream:
            while chunk := await stream.read(READ_CHUNK):
                yield chunk

    async def _delete(self, object_id: str) -> None:
        await self.client.delete_object(Bucket=self.bucket, Key=self._key(object_id, "env"))
        await self.client.delete_object(Bucket=self.bucket, Key=self._key(object_id, "obj"))

    async def _list_ids(self) -> AsyncIterator[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        async for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix):
            for item in page.get("Contents", []):
                key = item["Key"]
                if key.endswith(".env"):
                    yield key[len(self.prefix) :].removesuffix(".env")


def _error_code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def _not_found_or(exc: ClientError, object_id: str) -> Exception:
    return ObjectNotFound(object_id) if _error_code(exc) in _NOT_FOUND else exc


async def _shielded(cleanup: Any) -> None:
    """Best-effort cleanup that a second cancellation cannot interrupt; its own failure must
    not hide the error that caused it (a lifecycle rule on the bucket is the backstop)."""
    with contextlib.suppress(Exception, asyncio.CancelledError):
        await asyncio.shield(cleanup)
