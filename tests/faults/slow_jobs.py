"""Jobs for the fault tests, run by a real worker process beside the service's own jobs:

    python -m tests.faults.slow_jobs      (the environment of tests/conftest.py's settings_env)

Each counts its starts and finishes in Redis (`fault:<what>:<name>`), so a test sees how often a
job ran; `slow_submit` wraps the real submission job, whose effects are fenced by version.
"""

from __future__ import annotations

import asyncio
import time

from banzheng import worker
from banzheng.applications.jobs import submit_application
from banzheng.common.cpu import run_cpu
from banzheng.settings import load_settings


async def _count(ctx: dict, what: str, name: str) -> None:
    await ctx["queue"].redis.incr(f"fault:{what}:{name}")


async def slow_submit(
    ctx: dict,
    *,
    application_id: str,
    actor_id: str,
    version: int,
    seconds: float,
    rerun_seconds: float = 1.0,
) -> str:
    """The real submission after some work: `seconds` on the first attempt (long enough to be
    caught in flight by a kill), `rerun_seconds` on a later one."""
    await _count(ctx, "starts", application_id)
    await asyncio.sleep(seconds if ctx["job"].attempts == 1 else rerun_seconds)
    status = await submit_application(
        ctx, application_id=application_id, actor_id=actor_id, version=version
    )
    await _count(ctx, "done", application_id)
    return status


def spin(seconds: float) -> int:
    """Pure CPU for `seconds` (what decoding a video does to a core)."""
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        n += 1
    return n


async def long_job(ctx: dict, *, name: str, seconds: float) -> int:
    """A job far longer than any heartbeat: CPU bursts in the pool and waits, for `seconds`."""
    await _count(ctx, "starts", name)
    end, spins = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        spins += await run_cpu(spin, 0.5)
        await asyncio.sleep(0.5)
    await _count(ctx, "done", name)
    return spins


if __name__ == "__main__":
    asyncio.run(worker.run(load_settings(), functions=[*worker.FUNCTIONS, slow_submit, long_job]))
