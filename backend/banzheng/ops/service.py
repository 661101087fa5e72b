"""The dead-letter list: jobs that failed their last attempt — raised, timed out, or died with
their worker — kept with their arguments until an administrator re-queues or discards them.

The queue writes an entry in the same script that gives up on the job (banzheng/queue.py), so a
job killed on its last attempt is kept too. Entries live in Redis (`rediskeys.DEAD_LETTER` hash
per entry, `DEAD_LETTERS` sorted set by failure time) with no TTL: a dead letter is an owner's
submission nobody has handled yet, so it stays until someone decides.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis

from banzheng import queue as jobqueue
from banzheng.common import audit, rediskeys
from banzheng.common.errors import NotFound


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
            "failed_at_ms": str(int(self.failed_at.timestamp() * 1000)),
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
            failed_at=datetime.fromtimestamp(int(text["failed_at_ms"]) / 1000, UTC),
        )


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


async def requeue(*, queue: jobqueue.Queue, entry_id: str) -> tuple[DeadLetter, str]:
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
