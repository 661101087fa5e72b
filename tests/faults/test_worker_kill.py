"""A worker killed with SIGKILL in the middle of a submission job: the job is swept and run again
by a fresh worker, and the submission takes effect exactly once.

The job is caught mid-way legitimately: the test holds a PostgreSQL row lock on the application,
so the job blocks inside `select_for_update` (applications/jobs.py) while saq shows it "active".
SQLite has no row locks (one writer for the whole file), so this runs on PostgreSQL only.

Reclaim waits for the job's heartbeat (`queue.JOB_HEARTBEAT`, 30 s) to lapse plus one sweep
period (5 s) and the retry delay: this test takes ~35–40 s.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import time

import asyncpg
import pytest
from saq.job import Status as JobStatus

from banzheng import db, queue
from banzheng.applications.models import Application, Status
from tests.faults.conftest import draft_with_core_materials, events, wait_for
from tests.helpers import login_as

pytestmark = pytest.mark.slow


def _pg_dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


async def test_sigkilled_worker_job_is_reclaimed_and_applied_exactly_once(
    app, client, settings, settings_env, processes, tmp_path
):
    if db.dialect(settings.database_url) != "postgres":
        pytest.skip("needs PostgreSQL row locks to catch the job mid-way (SQLite locks the file)")
    application, _ = await draft_with_core_materials()
    headers = await login_as(client, "alice")

    # Hold the application's row: the job will block in SELECT … FOR UPDATE.
    blocker = await asyncpg.connect(_pg_dsn(settings.database_url))
    lock = blocker.transaction()
    await lock.start()
    await blocker.execute("SELECT 1 FROM application WHERE id = $1 FOR UPDATE", application.id)
    try:
        # Start the worker first and let it settle: a job already queued when a worker starts can
        # be caught by saq's start-up sweep between BLMOVE and "active" (aborted and re-queued).
        first = processes.start(
            [sys.executable, "-m", "banzheng", "worker"],
            env=settings_env,
            log=tmp_path / "worker1.log",
        )

        async def worker_up():
            return await app.ctx.queue.job("cron:scan_deadlines") is not None

        await wait_for(worker_up, seconds=30, what="the first worker to start")
        await asyncio.sleep(0.5)

        resp = await client.post(f"/api/v1/applications/{application.id}/submit", headers=headers)
        assert resp.status_code == 202, resp.text
        key = resp.json()["ticket"]

        async def active():
            job = await app.ctx.queue.job(key)
            return job is not None and job.status is JobStatus.ACTIVE

        holder = await blocker.fetchval("SELECT pg_backend_pid()")

        async def waiting_on_our_lock():
            # a connection of its own: inside a transaction pg_stat_activity is a frozen snapshot
            probe = await asyncpg.connect(_pg_dsn(settings.database_url))
            try:
                return await probe.fetchval(
                    "SELECT count(*) FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))",
                    holder,
                )
            finally:
                await probe.close()

        await wait_for(active, seconds=30, what="the job to become active in the first worker")
        await wait_for(waiting_on_our_lock, seconds=10, what="the job to block on the row lock")
        first.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        first.wait(timeout=10)
    finally:
        await lock.rollback()
        await blocker.close()

    job = await app.ctx.queue.job(key)
    assert job.status is JobStatus.ACTIVE  # nobody marked it: its worker died holding it
    assert (await Application.get(id=application.id)).status is Status.draft

    second = processes.start(
        [sys.executable, "-m", "banzheng", "worker"],
        env=settings_env,
        log=tmp_path / "worker2.log",
    )
    try:

        async def done():
            job = await app.ctx.queue.job(key)
            return job is not None and job.status is JobStatus.COMPLETE

        budget = queue.JOB_HEARTBEAT + 25
        await wait_for(done, seconds=budget, interval=0.25, what="the swept job to complete")
        reclaimed_after = time.monotonic() - killed_at
    finally:
        # SIGKILL, not SIGTERM: `python -m banzheng worker` does not exit on SIGTERM today (saq's
        # Worker.start replaces worker.run's signal handlers; see the report). Nothing is in flight.
        second.kill()
        second.wait(timeout=10)

    print(f"\nreclaimed and completed {reclaimed_after:.1f} s after SIGKILL")
    job = await app.ctx.queue.job(key)
    assert job.attempts >= 2, job.info(True)  # killed attempt + the one that completed
    assert (await Application.get(id=application.id)).status is Status.pre_review
    actions = await events(str(application.id))
    assert actions.count("submit") == 1, actions
    assert actions.count("start_pre_review") == 1, actions
    ticket = await client.get(f"/api/v1/tickets/{key}", headers=headers)
    assert ticket.json()["state"] == "done"
