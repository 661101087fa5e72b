"""The dead-letter list: jobs that failed their last retry, kept with their arguments until an
administrator re-queues or discards them.

saq keeps a failed job only for its `ttl` (600 s) and has no re-queue; docs/decisions/0001 says we
build our own. Entries live in Redis (`rediskeys.DEAD_LETTER` hash per entry, `DEAD_LETTERS`
sorted set by failure time) with no TTL: a dead letter is an owner's submission nobody has
handled yet, so it stays until someone decides.

Only jobs failed *in a worker* arrive here (the worker's `after_process` hook). A job whose
worker was killed on its last attempt is finished ABORTED by saq's sweep, which runs no hook.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from saq.job import Job, Status
from saq.queue.redis import RedisQueue

from banzheng import queue as jobqueue
from banzheng.common import audit, rediskeys
from banzheng.common.errors import NotFound

MAX_ERROR_CHARS = 8000  # the traceback's tail: where the cause is
_ENTRY_NAMESPACE = uuid.UUID("5b1f8a52-3c4e-4b8e-9d0a-6a2f4f1d7e10")


@dataclass(frozen=True)
class DeadLetter:
    id: str
    function: str
    kwargs: dict[str, Any]
    job_key: str
    error: str
    attempts: int
    failed_at: datetime

    def to_redis(self) -> dict[str, str]:
        return {
            "id": self.id,
            "function": self.function,
            "kwargs": json.dumps(self.kwargs, ensure_ascii=False),
            "job_key": self.job_key,
            "error": self.error,
            "attempts": str(self.attempts),
            "failed_at": self.failed_at.isoformat(),
        }

    @classmethod
    def from_redis(cls, data: dict[bytes, bytes]) -> DeadLetter:
        text = {k.decode(): v.decode() for k, v in data.items()}
        return cls(
            id=text["id"],
            function=text["function"],
            kwargs=json.loads(text["kwargs"]),
            job_key=text["job_key"],
            error=text["error"],
            attempts=int(text["attempts"]),
            failed_at=datetime.fromisoformat(text["failed_at"]),
        )


def is_dead(job: Job) -> bool:
    """Failed, and no retry left: saq will not run it again."""
    return job.status is Status.FAILED and job.attempts >= job.retries


def entry_id(job: Job) -> str:
    """Deterministic per failure, so recording the same failure twice keeps one entry."""
    return str(uuid.uuid5(_ENTRY_NAMESPACE, f"{job.id}:{job.completed}"))


async def record(redis: Redis, job: Job) -> DeadLetter:
    failed_ms = job.completed or int(datetime.now(UTC).timestamp() * 1000)
    entry = DeadLetter(
        id=entry_id(job),
        function=job.function,
        kwargs=dict(job.kwargs or {}),
        job_key=job.key,
        error=(job.error or "")[-MAX_ERROR_CHARS:],
        attempts=job.attempts,
        failed_at=datetime.fromtimestamp(failed_ms / 1000, UTC),
    )
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(rediskeys.dead_letter(entry.id), mapping=entry.to_redis())
        pipe.zadd(rediskeys.DEAD_LETTERS, {entry.id: failed_ms})
        await pipe.execute()
    return entry


async def page(redis: Redis, *, page: int, size: int) -> tuple[list[DeadLetter], int]:
    """Newest failure first."""
    start = (page - 1) * size
    ids = await redis.zrevrange(rediskeys.DEAD_LETTERS, start, start + size - 1)
    total = await redis.zcard(rediskeys.DEAD_LETTERS)
    async with redis.pipeline(transaction=False) as pipe:
        for raw in ids:
            pipe.hgetall(rediskeys.dead_letter(raw.decode()))
        rows = await pipe.execute()
    return [DeadLetter.from_redis(row) for row in rows if row], total


async def count(redis: Redis) -> int:
    return await redis.zcard(rediskeys.DEAD_LETTERS)


async def _take(redis: Redis, entry_id: str) -> DeadLetter:
    """Remove the entry from the index, once: of two admins acting at once, one gets it."""
    if not await redis.zrem(rediskeys.DEAD_LETTERS, entry_id):
        raise NotFound("未找到该死信，可能已被处理", code="DEAD_LETTER_NOT_FOUND")
    data = await redis.hgetall(rediskeys.dead_letter(entry_id))
    if not data:
        raise NotFound("未找到该死信，可能已被处理", code="DEAD_LETTER_NOT_FOUND")
    return DeadLetter.from_redis(data)


def requeue_key(entry: DeadLetter) -> str:
    """A new job key (saq would dedupe the old one), stable per entry so a repeat is one job."""
    return f"{entry.job_key}:requeue:{entry.id[:8]}"


async def requeue(*, queue: RedisQueue, entry_id: str) -> tuple[DeadLetter, str]:
    """Run the job again with the same arguments (after its cause was fixed), audited."""
    redis = queue.redis
    entry = await _take(redis, entry_id)
    key = requeue_key(entry)
    try:
        await jobqueue.enqueue(queue, entry.function, key=key, **entry.kwargs)
    except BaseException:
        await redis.zadd(rediskeys.DEAD_LETTERS, {entry.id: entry.failed_at.timestamp() * 1000})
        raise
    await redis.delete(rediskeys.dead_letter(entry.id))
    await audit.record(
        "dead_letter.requeue",
        object_type="dead_letter",
        object_id=entry.id,
        details={"function": entry.function, "job_key": entry.job_key, "new_job_key": key},
    )
    return entry, key


async def discard(*, redis: Redis, entry_id: str) -> DeadLetter:
    """Drop the entry for good (the job is obsolete or handled by hand), audited."""
    entry = await _take(redis, entry_id)
    await redis.delete(rediskeys.dead_letter(entry.id))
    await audit.record(
        "dead_letter.discard",
        object_type="dead_letter",
        object_id=entry.id,
        details={"function": entry.function, "job_key": entry.job_key, "kwargs": entry.kwargs},
    )
    return entry
