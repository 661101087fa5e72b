"""Background jobs of the materials domain (registered in banzheng/worker.py)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from banzheng.common.dbtime import for_query
from banzheng.materials import limits, service
from banzheng.materials.models import UploadSession
from banzheng.queue import beating

log = logging.getLogger(__name__)


@beating
async def sweep_uploads(ctx: dict, *, now: datetime | None = None) -> dict:
    """Remove resumable upload sessions that ran out (issue #13 item 4): an abandoned upload's
    encrypted parts are deleted from the object store, then its row. Finished sessions (their
    file is a MaterialFile or an identity video, their parts already gone) lose only the row.

    At-least-once safe: a part already deleted is not an error, and the row is deleted only
    while it is still the version that was read, so a PATCH racing the sweep (it cannot start
    after the expiry, `session_for`) either wins or finds its row gone and deletes its part."""
    store = ctx["storage"]
    cutoff = (now or datetime.now(UTC)) - timedelta(seconds=limits.UPLOAD_SWEEP_GRACE_SECONDS)
    expired = await UploadSession.filter(expires_at__lt=for_query(cutoff)).limit(
        limits.UPLOAD_SWEEP_BATCH
    )
    parts = 0
    for session in expired:
        await service.discard_parts(session, store)
        parts += len(session.parts)
        await UploadSession.filter(id=session.id, version=session.version).delete()
    if expired:
        log.info("upload sessions swept", extra={"sessions": len(expired), "parts": parts})
    return {"sessions": len(expired), "parts": parts}
