"""The job queue: saq on Redis (see docs/decisions/0001-job-queue.md for why saq).

saq's defaults lose a job whose worker is killed (retries=1, no heartbeat): every job we enqueue
goes through `enqueue`, which sets retries, a heartbeat, a timeout and exponential backoff, so a
killed worker's job is swept and run again. Handlers must therefore be idempotent.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import math
from typing import Any

from redis.asyncio import Redis
from saq.job import Status
from saq.queue.redis import RedisQueue

from banzheng import redisdb
from banzheng.common.errors import ServiceUnavailable, TooManyRequests

QUEUE_NAME = "banzheng"

# Retry-After of a full queue is clamped to this range (seconds): never "now", never a minute+.
RETRY_AFTER_MIN = 1
RETRY_AFTER_MAX = 60

# Delivery guarantees for every job (at-least-once). Times in seconds.
JOB_RETRIES = 5
JOB_TIMEOUT = 120
# A running job beats every third of this (see `beating`); a dead worker's jobs are reclaimed by
# the sweep (every 5 s) once their heartbeat is this old.
JOB_HEARTBEAT = 10
# The sweep reclaims stuck jobs one at a time and waits this long for each one's worker to
# acknowledge the abort. saq waits 5 s; a killed worker never answers, so with 10 jobs in flight
# the last was reclaimed after 63 s (docs/decisions/0001-job-queue.md). A live worker whose job
# is stuck has had JOB_HEARTBEAT seconds already; one more second is enough.
SWEEP_ABORT_WAIT = 1.0
JOB_RETRY_DELAY = 1.0


class Queue(RedisQueue):
    # Replicas that must hold a job before `enqueue` returns (REDIS_REPLICA_ACKS; 0 = none).
    replica_acks: int = 0

    async def sweep(self, lock: int = 60, abort: float = SWEEP_ABORT_WAIT) -> list[str]:
        return await super().sweep(lock=lock, abort=abort)


def make_queue(redis: Redis, *, replica_acks: int = 0) -> RedisQueue:
    queue = Queue(redis, name=QUEUE_NAME)
    queue.replica_acks = replica_acks
    return queue


class NotReplicated(ServiceUnavailable):
    """The job reached the master but no replica confirmed it: a failover now would lose it,
    so the owner is asked to retry (the same Idempotency-Key and job key make it one job)."""

    code = "SERVICE_BUSY"
    message = "系统繁忙，请稍后重试"


async def enqueue(queue: RedisQueue, function: str, *, key: str | None = None, **kwargs: Any):
    """Queue `function(**kwargs)`; `key` makes the enqueue itself idempotent (saq dedupes by key).

    With `replica_acks` set, returns only once that many replicas hold the job (else 503)."""
    job = await queue.enqueue(
        function,
        key=key,
        retries=JOB_RETRIES,
        timeout=JOB_TIMEOUT,
        heartbeat=JOB_HEARTBEAT,
        retry_delay=JOB_RETRY_DELAY,
        retry_backoff=True,
        **kwargs,
    )
    replicas = getattr(queue, "replica_acks", 0)
    if replicas and not await redisdb.confirm_replicated(queue.redis, replicas):
        raise NotReplicated(headers={"Retry-After": "2"})
    return job


async def depth(queue: RedisQueue) -> dict[str, int]:
    """Jobs waiting and running now, for /metrics and the queue-depth autoscaler."""
    return {"queued": await queue.count("queued"), "active": await queue.count("active")}


async def position(queue: RedisQueue, job_key: str) -> int | None:
    """How many jobs are ahead of this one (0: next), or None when it is not waiting."""
    found = await queue.redis.lpos(queue.namespace("queued"), queue.job_id(job_key))
    return None if found is None else int(found)


def estimated_wait(jobs_ahead: int, drain_rate: float) -> int:
    """Seconds until a job with `jobs_ahead` jobs before it starts, at `drain_rate` jobs/s."""
    return math.ceil((jobs_ahead + 1) / drain_rate)


class QueueFull(TooManyRequests):
    code = "QUEUE_FULL"
    message = "当前提交人数较多，系统正在排队处理，请稍后再试"


async def admit(
    queue: RedisQueue, job_key: str, *, max_depth: int, drain_rate: float
) -> int | None:
    """Backpressure before an enqueue: refuse with 429 `QUEUE_FULL` while `max_depth` jobs are
    already waiting, telling the client when to come back (depth / drain rate, clamped).

    A job already waiting or running under `job_key` is admitted: re-enqueueing it adds nothing
    (saq dedupes by key) and the owner gets the ticket they already hold. The check and the
    enqueue are not atomic, so a burst may pass `max_depth` by the number of requests in flight
    at that instant: a soft limit, which is enough to keep the workers' backlog bounded.
    Returns how many jobs wait ahead (the new job's place in line), or None when it is live.
    """
    live = await queue.job(job_key)
    if live is not None and live.status in (Status.QUEUED, Status.ACTIVE):
        return None
    depth = await queue.count("queued")
    if depth >= max_depth:
        wait = min(max(estimated_wait(depth, drain_rate), RETRY_AFTER_MIN), RETRY_AFTER_MAX)
        raise QueueFull(
            f"当前提交人数较多，系统正在排队处理，请约 {wait} 秒后再试",
            details={"queued": depth, "retry_after": wait},
            headers={"Retry-After": str(wait)},
        )
    return depth


def beating(function):
    """Wrap a job so it refreshes its heartbeat while it runs.

    saq only sweeps a job whose heartbeat is older than `heartbeat` seconds, and it never
    refreshes the heartbeat by itself: without this, a job that runs longer than
    JOB_HEARTBEAT would be swept and run a second time while still running. The beat stops
    (and is awaited) before the job returns, so it never overwrites the job's final state."""

    @functools.wraps(function)
    async def wrapper(ctx: dict, **kwargs: Any) -> Any:
        job = ctx.get("job")
        if job is None or not job.heartbeat:
            return await function(ctx, **kwargs)

        async def beat() -> None:
            while True:
                await asyncio.sleep(job.heartbeat / 3)
                await job.update()

        task = asyncio.create_task(beat())
        try:
            return await function(ctx, **kwargs)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return wrapper
