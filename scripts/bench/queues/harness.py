"""One queue library's producer or worker, for `scripts/bench/queues.py` (read its docstring).

Run by that script in a subprocess, with the interpreter of the venv that holds the library
(`/tmp/qbench-venv` for saq, streaq and taskiq-redis; `/tmp/qbench-venv-arq` for arq, which
needs redis-py < 6). Not part of the service: nothing here is imported by `backend/`.

    harness.py produce --lib saq --url redis://127.0.0.1:PORT/0 --kind noop --n 5000
    harness.py work    --lib saq --url redis://127.0.0.1:PORT/0 --n 5000 [--beat] [--poll 0.05]

Every job kind is the same for every library (only the registration differs):
- `noop(jid)`    — counts itself in memory;
- `real(jid)`    — ~ our submission job in Redis terms: 3 round trips on a SEPARATE client
                   (GET of a string, HSET, INCR) and `asyncio.sleep(0.002)`;
- `sleepy(jid, secs)` — for the kill test: records its start (`bench:first_start` NX,
                   `HINCRBY bench:started jid 1`), sleeps, then records its completion
                   (`HINCRBY bench:done jid 1`, `HSET bench:done_at jid <time>`): a count of 2 is a
                   duplicate execution.
When the worker has run `--n` jobs it writes `bench:drain` = {first start, last end, count}
(and rewrites it for every further job, so a duplicate shows as count > n).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import sys
import time
from typing import Any

QUEUE = "banzheng-bench"
CONCURRENCY = 10  # our worker's saq concurrency; the same for every library

# saq: exactly backend/banzheng/queue.py's `enqueue` settings and worker.py's timers.
SAQ_JOB = dict(retries=5, timeout=120, heartbeat=10, retry_delay=1.0, retry_backoff=True)
SAQ_TIMERS = {"sweep": 5, "abort": 1, "schedule": 1, "stats": 10}

ARGS: argparse.Namespace
_side = None
_state: dict[str, Any] = {"count": 0, "first": None}


def side():
    """The handlers' own client (redis-py asyncio), separate from the library's connections."""
    global _side
    if _side is None:
        from redis.asyncio import Redis

        _side = Redis.from_url(ARGS.url)
    return _side


def _begin() -> None:
    if _state["first"] is None:
        _state["first"] = time.time()


async def _end() -> None:
    _state["count"] += 1
    if _state["count"] >= ARGS.n:
        await side().set(
            "bench:drain",
            json.dumps({"first": _state["first"], "last": time.time(), "count": _state["count"]}),
        )


async def do_noop(jid: int) -> None:
    _begin()
    await _end()


async def do_real(jid: int) -> None:
    _begin()
    r = side()
    await r.get(f"bench:owner:{jid}")
    await r.hset(f"bench:app:{jid}", mapping={"status": "submitted", "at": time.time()})
    await r.incr("bench:submitted")
    await asyncio.sleep(0.002)
    await _end()


async def do_sleepy(jid: int, secs: float) -> None:
    _begin()
    r = side()
    async with r.pipeline(transaction=False) as p:
        p.set("bench:first_start", time.time(), nx=True)
        p.hincrby("bench:started", str(jid), 1)
        await p.execute()
    await asyncio.sleep(secs)
    async with r.pipeline(transaction=False) as p:
        p.hincrby("bench:done", str(jid), 1)
        p.hset("bench:done_at", str(jid), time.time())
        await p.execute()
    await _end()


def beating(function):
    """A copy of backend/banzheng/queue.py `beating` (the project venv is not imported here):
    refresh the saq job's heartbeat every third of it while the job runs."""

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


# ---------------------------------------------------------------- saq 0.26.4
def _saq_queue():
    from redis.asyncio import Redis
    from saq.queue.redis import RedisQueue

    return RedisQueue(Redis.from_url(ARGS.url), name=QUEUE)


async def saq_produce(calls):
    queue = _saq_queue()
    await queue.connect()
    await queue.redis.ping()
    t0 = time.perf_counter()
    for function, kwargs in calls:
        await queue.enqueue(function, **SAQ_JOB, **kwargs)
    return time.perf_counter() - t0


async def saq_work():
    from saq import Worker

    async def noop(ctx, *, jid):
        await do_noop(jid)

    async def real(ctx, *, jid):
        await do_real(jid)

    async def sleepy(ctx, *, jid, secs):
        await do_sleepy(jid, secs)

    functions = [
        ("noop", noop),
        ("real", real),
        ("sleepy", beating(sleepy) if ARGS.beat else sleepy),
    ]
    worker = Worker(
        _saq_queue(),
        functions=functions,
        concurrency=CONCURRENCY,
        shutdown_grace_period_s=20,
        timers=SAQ_TIMERS,
    )
    await worker.start()


# ---------------------------------------------------------------- streaq 7.2.0
def _streaq():
    from streaq import Worker

    worker = Worker(redis_url=ARGS.url, queue_name=QUEUE, concurrency=CONCURRENCY, idle_timeout=5)

    @worker.task(name="noop")
    async def noop(jid: int) -> None:
        await do_noop(jid)

    @worker.task(name="real")
    async def real(jid: int) -> None:
        await do_real(jid)

    @worker.task(name="sleepy")
    async def sleepy(jid: int, secs: float) -> None:
        await do_sleepy(jid, secs)

    return worker, {"noop": noop, "real": real, "sleepy": sleepy}


async def streaq_produce(calls):
    worker, tasks = _streaq()
    async with worker:
        t0 = time.perf_counter()
        for function, kwargs in calls:
            await tasks[function].enqueue(**kwargs)
        return time.perf_counter() - t0


async def streaq_work():
    worker, _ = _streaq()
    await worker.run_async()


# ---------------------------------------------------------------- taskiq 0.13 + taskiq-redis 1.2.4
def _taskiq():
    from taskiq_redis import RedisStreamBroker

    broker = RedisStreamBroker(ARGS.url, queue_name=QUEUE, idle_timeout=5000)

    @broker.task(task_name="noop")
    async def noop(jid: int) -> None:
        await do_noop(jid)

    @broker.task(task_name="real")
    async def real(jid: int) -> None:
        await do_real(jid)

    @broker.task(task_name="sleepy")
    async def sleepy(jid: int, secs: float) -> None:
        await do_sleepy(jid, secs)

    return broker, {"noop": noop, "real": real, "sleepy": sleepy}


async def taskiq_produce(calls):
    broker, tasks = _taskiq()
    await broker.startup()  # creates the consumer group (at "$") before anything is sent
    try:
        t0 = time.perf_counter()
        for function, kwargs in calls:
            await tasks[function].kiq(**kwargs)
        return time.perf_counter() - t0
    finally:
        await broker.shutdown()


async def taskiq_work():
    from taskiq.acks import AcknowledgeType
    from taskiq.receiver import Receiver

    broker, _ = _taskiq()
    broker.is_worker_process = True
    receiver = Receiver(broker, max_async_tasks=CONCURRENCY, ack_type=AcknowledgeType.WHEN_SAVED)
    await receiver.listen(asyncio.Event())


# ---------------------------------------------------------------- arq 0.28.0
async def arq_produce(calls):
    from arq import create_pool
    from arq.connections import RedisSettings

    pool = await create_pool(RedisSettings.from_dsn(ARGS.url), default_queue_name=QUEUE)
    await pool.ping()
    t0 = time.perf_counter()
    for function, kwargs in calls:
        await pool.enqueue_job(function, **kwargs)
    return time.perf_counter() - t0


async def arq_work():
    from arq import func
    from arq.connections import RedisSettings
    from arq.worker import Worker

    async def noop(ctx, jid):
        await do_noop(jid)

    async def real(ctx, jid):
        await do_real(jid)

    async def sleepy(ctx, jid, secs):
        await do_sleepy(jid, secs)

    worker = Worker(
        functions=[func(noop, name="noop"), func(real, name="real"), func(sleepy, name="sleepy")],
        redis_settings=RedisSettings.from_dsn(ARGS.url),
        queue_name=QUEUE,
        max_jobs=CONCURRENCY,
        job_timeout=5,
        poll_delay=ARGS.poll or 0.5,
    )
    await worker.main()


LIBS = {
    "saq": (saq_produce, saq_work),
    "streaq": (streaq_produce, streaq_work),
    "taskiq": (taskiq_produce, taskiq_work),
    "arq": (arq_produce, arq_work),
}


def main() -> None:
    global ARGS
    p = argparse.ArgumentParser()
    p.add_argument("role", choices=["produce", "work"])
    p.add_argument("--lib", choices=list(LIBS), required=True)
    p.add_argument("--url", required=True)
    p.add_argument("--kind", choices=["noop", "real", "sleepy"], default="noop")
    p.add_argument("--n", type=int, default=5000)
    p.add_argument("--first-jid", type=int, default=0)
    p.add_argument("--secs", type=float, default=2.0)
    p.add_argument("--beat", action="store_true", help="saq: wrap `sleepy` in `beating`")
    p.add_argument("--poll", type=float, default=None, help="arq: poll_delay (default 0.5)")
    ARGS = p.parse_args()
    produce, work = LIBS[ARGS.lib]
    if ARGS.role == "produce":
        extra = {"secs": ARGS.secs} if ARGS.kind == "sleepy" else {}
        calls = [(ARGS.kind, {"jid": ARGS.first_jid + i, **extra}) for i in range(ARGS.n)]
        elapsed = asyncio.run(produce(calls))
        print(json.dumps({"n": ARGS.n, "seconds": elapsed, "per_s": ARGS.n / elapsed}), flush=True)
    else:
        asyncio.run(work())


if __name__ == "__main__":
    sys.exit(main())
