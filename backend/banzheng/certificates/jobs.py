"""Background jobs of the certificate domain (registered in banzheng/worker.py)."""

from __future__ import annotations

import logging
from datetime import datetime

from banzheng.certificates import service

log = logging.getLogger(__name__)


async def finish_certificate(ctx: dict, *, certificate_id: str) -> str:
    """Render, seal and publish one numbered certificate (idempotent: a re-run skips)."""
    done = await service.finish(
        certificate_id=certificate_id,
        store=ctx["storage"],
        keyring=ctx["keyring"],
        cipher=ctx["cipher"],
        base_url=ctx["settings"].PUBLIC_BASE_URL,
        timestamper=ctx["timestamper"],
    )
    return "issued" if done is not None else "skipped"


async def sweep_certificates(ctx: dict, *, now: datetime | None = None) -> int:
    """Every few minutes: re-queue certificates whose finishing job was lost (a crash between
    COMMIT and enqueue); the queue's job key keeps one live job per certificate."""
    waiting = await service.unfinished(now)
    for certificate_id in waiting:
        await service.enqueue_finish(certificate_id)
    if waiting:
        log.info("certificates re-queued", extra={"count": len(waiting)})
    return len(waiting)
