"""The job queue: saq on Redis (see docs/decisions/0001-job-queue.md for why saq).

saq's defaults lose a job whose worker is killed (retries=1, no heartbeat): every job we enqueue
goes through `enqueue`, which sets retries, a heartbeat, a timeout and exponential backoff, so a
killed worker's job is swept and run again. Handlers must therefore be idempotent.
"""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis
from saq.queue.redis import RedisQueue

QUEUE_NAME = "banzheng"

# Delivery guarantees for every job (at-least-once). Times in seconds.
JOB_RETRIES = 5
JOB_TIMEOUT = 120
JOB_HEARTBEAT = 30
JOB_RETRY_DELAY = 1.0


def make_queue(redis: Redis) -> RedisQueue:
    return RedisQueue(redis, name=QUEUE_NAME)


async def enqueue(queue: RedisQueue, function: str, *, key: str | None = None, **kwargs: Any):
    """Queue `function(**kwargs)`; `key` makes the enqueue itself idempotent (saq dedupes by key)."""
    return await queue.enqueue(
        function,
        key=key,
        retries=JOB_RETRIES,
        timeout=JOB_TIMEOUT,
        heartbeat=JOB_HEARTBEAT,
        retry_delay=JOB_RETRY_DELAY,
        retry_backoff=True,
        **kwargs,
    )


async def position(queue: RedisQueue, job_key: str) -> int | None:
    """How many jobs are ahead of this one (0: next), or None when it is not waiting."""
    found = await queue.redis.lpos(queue.namespace("queued"), queue.job_id(job_key))
    return None if found is None else int(found)
