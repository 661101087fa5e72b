"""Our queue layer (banzheng/queue.py) measured the way scripts/bench/queues.py measured the
libraries: 5,000 no-op jobs enqueued one `await` at a time by one producer, then drained by ONE
worker process (concurrency 10), on a private redis-server (no persistence); median of 3.

    .venv/bin/python scripts/bench/queue_layer.py [--jobs 5000] [--runs 3]

Also times the reclaim after a SIGKILL with 10 jobs in flight (2 s jobs; a fresh worker is
started at once), like the libraries' kill test. Written to results/queue-layer-<date>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "backend"))

from redis.asyncio import Redis  # noqa: E402

from banzheng import queue  # noqa: E402

WORKER = """
import asyncio, sys
sys.path.insert(0, {backend!r})
from redis.asyncio import Redis
from banzheng import queue
from banzheng.worker import Worker

async def noop(ctx):
    return None

async def sleepy(ctx, *, seconds):
    await ctx["queue"].redis.incr("bench:starts")
    await asyncio.sleep(seconds)
    await ctx["queue"].redis.incr("bench:done")

async def main():
    redis = Redis.from_url({url!r})
    worker = Worker(queue.Queue(redis, name="bench"), functions=[noop, sleepy], redis_url={url!r})
    await worker.start()

asyncio.run(main())
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_worker(url: str, log: Path) -> subprocess.Popen:
    code = WORKER.format(backend=str(ROOT / "backend"), url=url)
    return subprocess.Popen(
        [sys.executable, "-c", code], stdout=open(log, "ab"), stderr=subprocess.STDOUT
    )


async def until(predicate, seconds: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        if await predicate():
            return time.perf_counter() - start
        await asyncio.sleep(0.02)
    raise TimeoutError


async def throughput(url: str, jobs: int, work: Path) -> dict:
    redis = Redis.from_url(url)
    await redis.flushdb()
    q = queue.Queue(redis, name="bench")
    t = time.perf_counter()
    for n in range(jobs):
        await q.enqueue("noop", key=f"j{n}")
    enqueue_s = time.perf_counter() - t
    worker = start_worker(url, work / "worker.log")
    try:
        await until(lambda: q.count("queued"), 30)  # counts are ready; start timing on first read

        async def drained():
            return await q.count("queued") == 0 and await q.count("active") == 0

        t = time.perf_counter()
        drain_s = await until(drained, 300)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
        await redis.aclose()
    return {"enqueue_per_s": round(jobs / enqueue_s), "drain_per_s": round(jobs / drain_s)}


async def kill_test(url: str, work: Path) -> dict:
    redis = Redis.from_url(url)
    await redis.flushdb()
    q = queue.Queue(redis, name="bench")
    first = start_worker(url, work / "kill1.log")
    await until(lambda: redis.keys("bz:q:bench:worker:*"), 30)
    for n in range(10):
        await q.enqueue("sleepy", key=f"s{n}", seconds=2)

    async def in_flight():
        return int(await redis.get("bench:starts") or 0) == 10

    await until(in_flight, 30)
    first.send_signal(signal.SIGKILL)
    killed = time.perf_counter()
    first.wait(timeout=10)
    second = start_worker(url, work / "kill2.log")
    try:

        async def done():
            return int(await redis.get("bench:done") or 0) >= 10

        await until(done, 60)
        finished = time.perf_counter() - killed
        return {
            "in_flight": 10,
            "all_finished_after_kill_s": round(finished, 1),
            "starts": int(await redis.get("bench:starts")),
            "done": int(await redis.get("bench:done")),
        }
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=30)
        await redis.aclose()


async def run(args) -> dict:
    work = Path(tempfile.mkdtemp(prefix="banzheng-qlayer-"))
    binary = shutil.which("redis-server")
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        await asyncio.sleep(0.5)
        runs = [await throughput(url, args.jobs, work) for _ in range(args.runs)]
        kill = await kill_test(url, work)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    return {
        "benchmark": "queue-layer",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "jobs": args.jobs,
        "runs": runs,
        "median": {
            k: statistics.median(r[k] for r in runs) for k in ("enqueue_per_s", "drain_per_s")
        },
        "kill": kill,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    result = asyncio.run(run(args))
    out = (
        Path(__file__).resolve().parent
        / "results"
        / f"queue-layer-{datetime.now(UTC):%Y-%m-%d}.json"
    )
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
