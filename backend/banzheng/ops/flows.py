"""Operations that read across domains: the shared figures every /metrics scrape reports."""

from __future__ import annotations

import time
from typing import Any

from redis.asyncio import Redis

from banzheng import queue as jobqueue
from banzheng.applications import sla
from banzheng.ops import service
from banzheng.queue import Queue as RedisQueue


async def shared_metrics(*, queue: RedisQueue, redis: Redis) -> dict[str, Any]:
    """Queue depth and dead letters (Redis), running and overdue steps (database replica)."""
    started = time.perf_counter()
    figures: dict[str, Any] = {
        "queue": await jobqueue.depth(queue),
        "dead_letters": await service.count(redis),
        "sla": await sla.step_counts(),
    }
    figures["read_seconds"] = time.perf_counter() - started
    return figures
