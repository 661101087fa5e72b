"""Background jobs of the identity domain (registered in banzheng/worker.py).

Delivery is at-least-once: each job re-checks the state it expects before writing, so a re-run
after a crash changes nothing twice.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from datetime import timedelta

from banzheng.common import cpu
from banzheng.identity import service, uploads
from banzheng.identity.models import CheckStatus, IdentityCheck
from banzheng.identity.precheck import inspect_video
from banzheng.identity.providers import ProviderError, make_provider
from banzheng.queue import beating
from banzheng.storage import ObjectStore

log = logging.getLogger(__name__)

STUCK_AFTER = timedelta(minutes=2)
"""A check still `checking` this long after its upload lost its job (e.g. Redis was down when
the upload finished): the housekeeping job queues it again."""


PULL_AFTER = timedelta(minutes=3)
"""An external provider's session with no result this long after it started: its callback was
lost (or never sent) and the owner may never come back to tap 刷新, so the worker pulls it."""
PULL_BATCH = 50


@beating
async def pull_provider_results(ctx: dict) -> int:
    """Every two minutes: pull, by the token we hold, the result of provider sessions that no
    callback or refresh settled within PULL_AFTER; returns how many were decided."""
    settings = ctx["settings"]
    if settings.IDENTITY_PROVIDER == "manual":
        return 0
    due = (
        await IdentityCheck.filter(
            status=CheckStatus.awaiting_provider,
            provider_token__isnull=False,
            created_at__lte=service.now_utc() - PULL_AFTER,
        )
        .order_by("created_at")
        .limit(PULL_BATCH)
    )
    if not due:
        return 0
    provider = ctx.get("identity_provider") or make_provider(settings)
    decided = 0
    try:
        for check in due:
            try:
                after = await service.settle_from_provider(
                    check=check,
                    provider=provider,
                    settings=settings,
                    cipher=ctx["cipher"],
                    trigger="poll",
                )
            except ProviderError as exc:  # the provider is down: the next run tries again
                log.warning(
                    "provider pull failed", extra={"check": str(check.id), "error": exc.code}
                )
                continue
            decided += after.status is not CheckStatus.awaiting_provider
    finally:
        if "identity_provider" not in ctx:
            await provider.aclose()
    return decided


@beating
async def precheck_identity_video(ctx: dict, *, check_id: str) -> str:
    """Decode the video (in the CPU pool, outside any transaction), then record the verdict in one
    short transaction that re-checks the check is still waiting for it."""
    check = await IdentityCheck.get_or_none(id=check_id)
    if check is None or check.status is not CheckStatus.checking or not check.video_object_id:
        return "skipped"
    object_id = check.video_object_id
    path = await _spool(ctx["storage"], object_id)
    try:
        # Decoding is CPU-bound: the worker's shared process pool, never the event loop.
        result = await cpu.run_cpu(inspect_video, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    written = await service.record_precheck(check_id=check_id, object_id=object_id, result=result)
    return ("passed" if result.passed else "retake") if written else "skipped"


async def _spool(store: ObjectStore, object_id: str) -> str:
    """Decrypt the video to a private temporary file: the decoder needs to seek."""
    handle = tempfile.NamedTemporaryFile(prefix="bz-video-", delete=False)
    try:
        async for chunk in await store.open_stream(object_id):
            handle.write(chunk)
    except BaseException:
        handle.close()
        os.unlink(handle.name)
        raise
    handle.close()
    return handle.name


@beating
async def identity_housekeeping(ctx: dict) -> dict[str, int]:
    """Every ten minutes: delete videos past their retention (the decision record stays), end
    challenges that ran out, and re-queue pre-checks that lost their job."""
    settings = ctx["settings"]
    report = await service.purge_videos(
        store=ctx["storage"], retention_days=settings.IDENTITY_VIDEO_RETENTION_DAYS
    )
    stuck = await IdentityCheck.filter(
        status=CheckStatus.checking,
        video_uploaded_at__lte=service.now_utc() - STUCK_AFTER,
    )
    for check in stuck:
        await uploads.enqueue_precheck(ctx["queue"], check.id)
    if report.deleted or stuck:
        log.info(
            "identity housekeeping",
            extra={"videos_deleted": report.deleted, "requeued": len(stuck)},
        )
    return {"videos_deleted": report.deleted, "expired": report.expired, "requeued": len(stuck)}
