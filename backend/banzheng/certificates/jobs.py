"""Background jobs of the certificate domain (registered in banzheng/worker.py)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from banzheng.applications.workflow import dispatcher
from banzheng.certificates import service
from banzheng.common import rediskeys

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


# A certificate whose finishing keeps failing (the seal's key unreadable, the timestamp authority
# down for hours) is re-queued less and less often — 5 min, 10, 20, … at most every 6 h — so
# each failure costs one dead-letter entry per back-off step, not one every five minutes.
SWEEP_BACKOFF_FIRST = timedelta(minutes=5)
SWEEP_BACKOFF_MAX = timedelta(hours=6)
SWEEP_MEMORY = timedelta(days=7)  # how long a certificate's attempts are remembered
SWEEP_WARN_AFTER = 3  # attempts after which the log says it is stuck


def sweep_backoff(attempts: int) -> timedelta:
    """The wait after the sweep's `attempts`-th re-queue of one certificate."""
    doublings = min(attempts - 1, 16)  # 5 min × 2**16 is far past the cap; more would overflow
    return min(SWEEP_BACKOFF_FIRST * 2**doublings, SWEEP_BACKOFF_MAX)


async def sweep_certificates(ctx: dict, *, now: datetime | None = None) -> int:
    """Every few minutes: re-queue certificates whose finishing job was lost (a crash between
    COMMIT and enqueue) or failed to its last retry, backing off per certificate; the queue's
    job key keeps one live job per certificate. Returns how many were re-queued."""
    now = now or datetime.now(UTC)
    requeued = 0
    for certificate_id in await service.unfinished(now):
        if dispatcher.queue is None:  # a script without a queue
            break
        redis = dispatcher.queue.redis
        key = rediskeys.certificate_sweep(certificate_id)
        state = await redis.hgetall(key)
        if state and float(state[b"next"]) > now.timestamp():
            continue
        if not await service.enqueue_finish(certificate_id):
            continue  # its job is waiting or running: nothing to do yet
        requeued += 1
        attempts = int(state.get(b"attempts", 0)) + 1
        wait = sweep_backoff(attempts)
        async with redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={"attempts": attempts, "next": (now + wait).timestamp()})
            pipe.expire(key, SWEEP_MEMORY)
            await pipe.execute()
        if attempts >= SWEEP_WARN_AFTER:
            log.warning(
                "certificate still not sealed after repeated attempts",
                extra={"certificate_id": str(certificate_id), "attempts": attempts},
            )
    if requeued:
        log.info("certificates re-queued", extra={"count": requeued})
    return requeued
