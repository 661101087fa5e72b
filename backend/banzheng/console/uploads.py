"""A spreadsheet held between its preview and the clerk's confirmation.

The console previews an import before anything is written (一次性告知 of every bad row); the
file the clerk confirms must be the very file previewed, without uploading it again. It waits in
Redis under a random token carried by the confirm form, sealed with the field cipher (a house
list names owners and their ID numbers) and bound to the clerk and the estate, so another
session's token opens nothing. It lives half an hour and is gone once imported.
"""

from __future__ import annotations

import base64
import secrets

from redis.asyncio import Redis

from banzheng.common import rediskeys
from banzheng.common.errors import ApiError
from banzheng.security.fieldcrypt import Cell, DecryptionError, FieldCipher

UPLOAD_TTL_SECONDS = 30 * 60
TOKEN_LENGTH = 32  # secrets.token_urlsafe(24)


class UploadExpired(ApiError):
    status = 410
    code = "UPLOAD_EXPIRED"
    message = (
        f"该表格已导入或已过期（预览后 {UPLOAD_TTL_SECONDS // 60} 分钟内有效），"
        "请查看小区档案，或重新上传"
    )


def _cell(token: str, user_id: object, estate_id: object) -> Cell:
    """The associated data: the Redis key's token as the row, the clerk and estate as the
    column, so a sealed file opens only under its own token for the same clerk and estate."""
    return Cell("redis:console_upload", token, f"{user_id}:{estate_id}")


async def stage(
    redis: Redis, cipher: FieldCipher, *, user_id: object, estate_id: object, data: bytes
) -> str:
    token = secrets.token_urlsafe(24)
    sealed = cipher.encrypt(base64.b64encode(data).decode(), at=_cell(token, user_id, estate_id))
    await redis.set(rediskeys.console_upload(token), sealed, ex=UPLOAD_TTL_SECONDS)
    return token


async def staged(
    redis: Redis, cipher: FieldCipher, *, user_id: object, estate_id: object, token: str
) -> bytes:
    """The file previewed under `token` by this clerk for this estate, or UploadExpired."""
    if len(token) != TOKEN_LENGTH:
        raise UploadExpired()
    sealed = await redis.get(rediskeys.console_upload(token))
    if sealed is None:
        raise UploadExpired()
    try:
        text = cipher.decrypt(sealed.decode(), at=_cell(token, user_id, estate_id))
    except DecryptionError:
        raise UploadExpired() from None
    return base64.b64decode(text)


async def discard(redis: Redis, token: str) -> None:
    await redis.delete(rediskeys.console_upload(token))
