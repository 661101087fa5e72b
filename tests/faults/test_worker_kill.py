"""Workers that long jobs can trust (issue #9 item 6), with real worker processes:

- SIGKILL a worker with 10 jobs in flight (20 s each on their first attempt, 1 s when run again):
  a second, freshly started worker finishes all 10 within 10 s of the kill, and each submission
  takes effect once (the job runs twice; its effects are fenced by version);
- a job killed on its last attempt lands in the dead-letter list with its arguments;
- a 60 s job beside a second live worker runs once, and its worker's liveness never lapses.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import time

import pytest

from banzheng.applications import checklists, jobs, lifecycle
from banzheng.applications.models import Application, ApplicationKind, Status
from banzheng.common import rediskeys
from banzheng.queue import LIVENESS_TTL, JobState
from banzheng.security.roles import Role
from tests import factories
from tests.faults.conftest import CORE, events, wait_for
from tests.helpers import login_as

pytestmark = pytest.mark.slow

WORKER = [sys.executable, "-m", "tests.faults.slow_jobs"]


async def drafts(n: int) -> list[tuple[Application, object]]:
    orgs = await factories.org_tree()
    estate = await factories.community(orgs.heping, "幸福里小区")
    made = []
    for i in range(n):
        owner = await factories.owner(f"owner-{i}")
        house = await factories.house(orgs.heping, owner=owner, room=str(300 + i), estate=estate)
        application = await lifecycle.create_draft(
            user=owner, house_id=house.id, kind=ApplicationKind.transfer_registration
        )
        for code in CORE:
            await checklists.provide_material(
                application=application, code=code, object_id=f"obj-{code}-{i}", actor=owner
            )
        made.append((application, owner))
    return made


async def counter(redis, what: str, name: str) -> int:
    return int(await redis.get(f"fault:{what}:{name}") or 0)


async def live_workers(redis) -> set[str]:
    keys = await redis.keys(rediskeys.queue_worker("banzheng", "*"))
    return {k.decode().rsplit(":", 1)[1] for k in keys}


def start_worker(processes, settings_env, tmp_path, name: str):
    return processes.start(WORKER, env=settings_env, log=tmp_path / f"{name}.log")


async def test_ten_jobs_in_flight_survive_a_sigkill_and_take_effect_once(
    app, settings_env, processes, tmp_path
):
    redis, q = app.ctx.redis, app.ctx.queue
    made = await drafts(10)
    first = start_worker(processes, settings_env, tmp_path, "worker1")
    await wait_for(lambda: live_workers(redis), seconds=30, what="the first worker")
    for application, owner in made:
        await q.enqueue(
            "slow_submit",
            key=jobs.submission_key(application.id, application.version),
            application_id=str(application.id),
            actor_id=str(owner.id),
            version=application.version,
            seconds=20,
        )

    async def all_started():
        return all([await counter(redis, "starts", str(a.id)) == 1 for a, _ in made])

    await wait_for(all_started, seconds=30, what="10 jobs in flight in the first worker")
    assert await q.count("active") == 10
    # A fresh worker, started now: it finds nothing to take (all 10 are the first worker's and
    # none is waiting) until the first one dies.
    start_worker(processes, settings_env, tmp_path, "worker2")

    async def two_alive():
        return len(await live_workers(redis)) == 2

    await wait_for(two_alive, seconds=30, what="the second worker")
    assert all([await counter(redis, "starts", str(a.id)) == 1 for a, _ in made])
    first.send_signal(signal.SIGKILL)
    killed_at = time.monotonic()
    first.wait(timeout=10)

    async def all_done():
        states = [await q.state(jobs.submission_key(a.id, a.version)) for a, _ in made]
        return all(s is JobState.complete for s in states)

    await wait_for(all_done, seconds=30, interval=0.1, what="the 10 jobs to complete")
    finished_after = time.monotonic() - killed_at
    print(f"\nall 10 finished {finished_after:.1f} s after the SIGKILL")
    assert finished_after <= 10, f"finished {finished_after:.1f} s after the kill"
    for application, _owner in made:
        name = str(application.id)
        assert await counter(redis, "starts", name) == 2  # killed attempt + the one that finished
        assert await counter(redis, "done", name) == 1
        assert (await Application.get(id=application.id)).status is Status.pre_review
        actions = await events(name)
        assert actions.count("submit") == 1 and actions.count("start_pre_review") == 1, actions


async def test_a_job_killed_on_its_last_attempt_is_kept_as_a_dead_letter(
    app, client, settings_env, processes, tmp_path
):
    redis, q = app.ctx.redis, app.ctx.queue
    [(application, owner)] = await drafts(1)
    await factories.staff("admin", Role.admin, (await factories.org_tree()).city)
    first = start_worker(processes, settings_env, tmp_path, "worker1")
    await wait_for(lambda: live_workers(redis), seconds=30, what="the first worker")
    key = jobs.submission_key(application.id, application.version)
    kwargs = {
        "application_id": str(application.id),
        "actor_id": str(owner.id),
        "version": application.version,
        "seconds": 30,
    }
    await q.enqueue("slow_submit", key=key, retries=1, **kwargs)

    async def started():
        return await counter(redis, "starts", str(application.id)) == 1

    await wait_for(started, seconds=30, what="the job to start")
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    start_worker(processes, settings_env, tmp_path, "worker2")

    async def dead():
        return await q.state(key) is JobState.failed

    await wait_for(dead, seconds=LIVENESS_TTL + 15, what="the job to be given up")
    admin = await login_as(client, "admin")
    listed = (await client.get("/api/v1/admin/dead-letters", headers=admin)).json()
    [entry] = [e for e in listed["items"] if e["job_key"] == key]  # cron jobs may be there too
    assert entry["function"] == "slow_submit" and entry["kwargs"] == kwargs
    assert entry["job_key"] == key and entry["attempts"] == 1
    assert "stopped answering" in entry["error"]
    assert await counter(redis, "starts", str(application.id)) == 1  # not run again
    assert (await Application.get(id=application.id)).status is Status.draft


async def test_a_sixty_second_job_beside_a_live_worker_runs_once(
    app, settings_env, processes, tmp_path
):
    redis, q = app.ctx.redis, app.ctx.queue
    start_worker(processes, settings_env, tmp_path, "worker1")
    start_worker(processes, settings_env, tmp_path, "worker2")

    async def both_up():
        return len(await live_workers(redis)) == 2

    await wait_for(both_up, seconds=30, what="two workers")
    await q.enqueue("long_job", key="long", name="long", seconds=60)
    gaps = []
    started = time.monotonic()
    while await q.state("long") is not JobState.complete:
        assert time.monotonic() - started < 90, "the 60 s job did not finish within 90 s"
        alive = await live_workers(redis)
        if len(alive) != 2:
            gaps.append((round(time.monotonic() - started, 1), sorted(alive)))
        await asyncio.sleep(0.5)
    job = await q.job("long")
    assert not gaps, f"a worker's liveness lapsed during the job: {gaps}"
    assert await counter(redis, "starts", "long") == 1 and await counter(redis, "done", "long") == 1
    assert job.attempts == 1 and job.result > 0
