"""Upload quotas (issue #13 item 4): a cap on unfinished uploads per owner, their bytes per
owner, and the bytes and files per application; the numbers and their reasons are in limits.py.

Checked when an upload starts (nothing stored yet) and, for one-shot uploads whose length is
known only at the end, again when the file is attached. The per-owner checks run under a lock of
the owner's own row, so a burst of parallel starts is counted one by one (no global lock).
"""

from __future__ import annotations

from datetime import UTC, datetime

from banzheng.accounts.models import User
from banzheng.common.dbtime import for_query
from banzheng.common.errors import ApiError
from banzheng.materials import limits
from banzheng.materials.models import MaterialFile, UploadSession, UploadState

MB = limits.MB


class TooManyUploads(ApiError):
    status = 429
    code = "UPLOAD_SESSIONS_LIMIT"

    def __init__(self) -> None:
        super().__init__(
            f"未完成的上传已有 {limits.MAX_OPEN_UPLOADS_PER_OWNER} 个，请先完成或等待其过期后再上传",
            details={"limit": limits.MAX_OPEN_UPLOADS_PER_OWNER},
            headers={"Retry-After": "60"},
        )


class QuotaExceeded(ApiError):
    status = 413
    code = "UPLOAD_QUOTA_EXCEEDED"


def _open_sessions(**filters):
    return UploadSession.filter(
        state=UploadState.receiving, expires_at__gt=for_query(datetime.now(UTC)), **filters
    )


async def lock_owner(owner_id: object) -> None:
    """Take the owner's row lock for the rest of the transaction (a no-op on SQLite, whose
    writers are serialised anyway)."""
    await User.filter(id=owner_id).select_for_update().only("id").first()


async def check_owner(*, owner_id: object, length: int) -> None:
    """Inside the caller's transaction, after `lock_owner`."""
    # At most MAX_OPEN_UPLOADS_PER_OWNER rows: read them, no aggregate needed.
    lengths = await _open_sessions(owner_id=owner_id).values_list("length", flat=True)
    count, total = len(lengths), sum(lengths)
    if count >= limits.MAX_OPEN_UPLOADS_PER_OWNER:
        raise TooManyUploads()
    if total + length > limits.MAX_OPEN_UPLOAD_BYTES_PER_OWNER:
        limit_mb = limits.MAX_OPEN_UPLOAD_BYTES_PER_OWNER // MB
        raise QuotaExceeded(
            f"同时上传的文件合计不能超过 {limit_mb} MB，请等前面的文件传完再继续",
            details={
                "quota": "owner_open_bytes",
                "limit": limits.MAX_OPEN_UPLOAD_BYTES_PER_OWNER,
                "used": total,
                "length": length,
            },
        )


async def check_application(*, application_id: object, length: int) -> None:
    """Stored files of the application plus its unfinished uploads, plus this one."""
    # Bounded by MAX_APPLICATION_FILES (+ open sessions): read the sizes, no aggregate needed.
    sizes = await MaterialFile.filter(application_id=application_id).values_list("size", flat=True)
    pending = await _open_sessions(application_id=application_id).values_list("length", flat=True)
    files, used = len(sizes), sum(sizes) + sum(pending)
    if files >= limits.MAX_APPLICATION_FILES:
        raise QuotaExceeded(
            f"本申请已上传 {files} 个文件，达到上限，如需继续请联系办证窗口",
            details={
                "quota": "application_files",
                "limit": limits.MAX_APPLICATION_FILES,
                "used": files,
            },
        )
    if used + length > limits.MAX_APPLICATION_BYTES:
        raise QuotaExceeded(
            f"本申请的材料合计不能超过 {limits.MAX_APPLICATION_BYTES // MB} MB，如需继续请联系办证窗口",
            details={
                "quota": "application_bytes",
                "limit": limits.MAX_APPLICATION_BYTES,
                "used": used,
                "length": length,
            },
        )
