"""The job queue (banzheng/queue.py) on a real Redis: one live job per key, backpressure in the
same round trip, retries with backoff, the dead-letter list, leases, reclaim of a dead worker's
jobs (and never of a live one's), cron fire times claimed once."""

from __future__ import annotations

import asyncio

import pytest

from banzheng import queue
from banzheng.common import rediskeys
from banzheng.queue import JobState, Queue, QueueFull
from banzheng.worker import Worker


@pytest.fixture
async def q(redis):
    return Queue(redis, name="test")


def worker_with(q: Queue, *functions, concurrency: int = 10) -> Worker:
    return Worker(q, functions=functions, concurrency=concurrency)


async def test_one_live_job_per_key_and_positions_in_line(q):
    assert await q.enqueue("noop", key="a") == 0
    assert await q.enqueue("noop", key="b") == 1
    assert await q.enqueue("noop", key="a") is None  # already waiting: nothing added
    assert await q.count("queued") == 2
    assert [await q.position("a"), await q.position("b")] == [0, 1]
    assert await q.state("a") is JobState.queued and await q.state("zzz") is JobState.missing


async def test_a_full_queue_refuses_in_the_same_script_that_enqueues(q):
    for n in range(3):
        await q.enqueue("noop", key=f"f{n}", max_depth=3)
    with pytest.raises(QueueFull) as refused:
        await q.enqueue("noop", key="late", max_depth=3, drain_rate=0.5)
    assert refused.value.headers == {"Retry-After": "8"}
    assert await q.state("late") is JobState.missing and await q.count("queued") == 3
    assert await q.enqueue("noop", key="f1", max_depth=3) is None  # its own job is admitted


async def test_a_job_runs_completes_and_keeps_its_result(q):
    ran = []

    async def add(ctx, *, a, b):
        ran.append(ctx["job"].attempts)
        return a + b

    await q.enqueue("add", key="sum", a=2, b=3)
    worker = worker_with(q, add)
    assert await worker.process() is True
    job = await q.job("sum")
    assert job.status is JobState.complete and job.result == 5 and ran == [1]
    assert await q.count("queued") == 0 and await q.count("active") == 0
    assert await q.redis.ttl(q.job_key("sum")) > 0  # finished records expire
    assert await q.enqueue("add", key="sum", a=1, b=1) == 0  # a finished key may run again


async def test_failures_retry_with_backoff_then_land_in_the_dead_letter_list(q, redis):
    async def boom(ctx, *, n):
        raise RuntimeError(f"boom {n}")

    await q.enqueue("boom", key="b", retries=2, retry_delay=0.2, n=7)
    worker = worker_with(q, boom)
    assert await worker.process() is True
    job = await q.job("b")
    assert job.status is JobState.queued and job.attempts == 1 and job.due_ms > 0
    assert await q.position("b") is None  # waiting for its retry, not in line
    assert await worker.process(wait=0.05) is False  # not due yet
    await asyncio.sleep(0.25)
    assert await worker.process() is True  # promoted, second and last attempt
    job = await q.job("b")
    assert job.status is JobState.failed and job.attempts == 2 and "boom 7" in job.error
    [letter] = await redis.zrange(rediskeys.DEAD_LETTERS, 0, -1)
    entry = await redis.hgetall(rediskeys.dead_letter(letter.decode()))
    assert entry[b"function"] == b"boom" and entry[b"kwargs"] == b'{"n": 7}'
    assert entry[b"job_key"] == b"b" and entry[b"attempts"] == b"2"


async def test_a_job_taking_longer_than_its_timeout_is_a_failure(q):
    async def slow(ctx):
        await asyncio.sleep(5)

    await q.enqueue("slow", key="s", timeout=0.1, retries=1)
    await worker_with(q, slow).process()
    job = await q.job("s")
    assert job.status is JobState.failed and "TimeoutError" in job.error


async def test_a_dead_workers_jobs_are_requeued_a_live_workers_never(q):
    await q.enqueue("noop", key="x")
    await q.enqueue("noop", key="y")
    await q.beat("alive")
    await q.beat("doomed")
    [first] = await q.start("alive", await q.read("alive", 1, None))
    [second] = await q.start("doomed", await q.read("doomed", 1, None))
    await q.redis.delete(rediskeys.queue_worker("test", "doomed"))  # its TTL ran out

    # entries are reclaimed only once idle for LIVENESS_TTL: backdate by waiting that long would
    # be slow, so look at the pending list as a reclaimer would after the TTL
    original = queue.LIVENESS_TTL
    queue.LIVENESS_TTL = 0
    try:
        outcome = await q.reclaim("reaper")
    finally:
        queue.LIVENESS_TTL = original
    assert outcome == {"again": 1}
    assert (await q.job(second.key)).status is JobState.queued
    assert (await q.job(first.key)).status is JobState.active  # its worker lives
    assert await q.complete(second, "doomed", None) is False  # the lease is gone
    assert await q.complete(first, "alive", None) is True


async def test_a_job_killed_on_its_last_attempt_is_dead_lettered_with_its_arguments(q, redis):
    await q.enqueue("noop", key="last", retries=1, application_id="A-1")
    await q.beat("doomed")
    await q.start("doomed", await q.read("doomed", 1, None))
    await redis.delete(rediskeys.queue_worker("test", "doomed"))
    original = queue.LIVENESS_TTL
    queue.LIVENESS_TTL = 0
    try:
        assert await q.reclaim("reaper") == {"dead": 1}
    finally:
        queue.LIVENESS_TTL = original
    assert (await q.job("last")).status is JobState.failed
    [letter] = await redis.zrange(rediskeys.DEAD_LETTERS, 0, -1)
    entry = await redis.hgetall(rediskeys.dead_letter(letter.decode()))
    assert (
        entry[b"kwargs"] == b'{"application_id": "A-1"}' and b"stopped answering" in entry[b"error"]
    )


async def test_a_cron_fire_time_is_claimed_by_one_worker(q):
    ran = []

    async def tick(ctx):
        ran.append(1)

    cron = queue.CronJob(tick, cron="* * * * *")
    first, second = worker_with(q, tick), worker_with(q, tick)
    first.cron_jobs = second.cron_jobs = [cron]
    await first._fire_crons()
    await second._fire_crons()
    assert await q.count("queued") == 1
    assert await first.process() is True and ran == [1]


async def test_beating_is_a_pass_through_kept_for_the_call_shape():
    async def submit_application(ctx):
        return "ok"

    assert queue.beating(submit_application) is submit_application
