"""The queue worker: every background job is registered here, in one place."""

from __future__ import annotations

import asyncio
import logging

from saq import CronJob, Worker

from banzheng import db, queue, redisdb
from banzheng.applications import jobs as application_jobs
from banzheng.common import audit, logs
from banzheng.identity import jobs as identity_jobs
from banzheng.ops import service as dead_letters
from banzheng.settings import Settings, load_settings

log = logging.getLogger("banzheng.worker")


@queue.beating
async def verify_audit_chain(ctx: dict) -> dict:
    """Nightly check that no audit row was edited or deleted; a break is logged as an error."""
    report = await audit.verify()
    if not report.ok:
        log.error("audit chain broken", extra={"seq": report.broken_at, "reason": report.reason})
    return {"ok": report.ok, "checked": report.checked}


async def keep_dead_letter(ctx: dict) -> None:
    """saq `after_process` hook: a job that failed its last retry is copied, with its arguments,
    to our dead-letter list (saq forgets it after its ttl and cannot re-queue it)."""
    job = ctx.get("job")
    if job is not None and dead_letters.is_dead(job):
        entry = await dead_letters.record(job.queue.redis, job)
        log.error(
            "job failed for good; kept as a dead letter",
            extra={"function": job.function, "job_key": job.key, "dead_letter": entry.id},
        )


SHUTDOWN_GRACE_SECONDS = 20
FUNCTIONS = [
    verify_audit_chain,
    application_jobs.submit_application,
    application_jobs.scan_deadlines,
    identity_jobs.precheck_identity_video,
    identity_jobs.identity_housekeeping,
]
CRON_JOBS = [
    CronJob(verify_audit_chain, cron="30 2 * * *", timeout=600),
    CronJob(application_jobs.scan_deadlines, cron="*/5 * * * *", timeout=240),
    CronJob(identity_jobs.identity_housekeeping, cron="*/10 * * * *", timeout=300),
]


def build_worker(settings: Settings, redis) -> Worker:
    worker = Worker(
        queue.make_queue(redis),
        functions=FUNCTIONS,
        cron_jobs=CRON_JOBS,
        after_process=keep_dead_letter,
        concurrency=10,
        # On stop, let running jobs finish; a job still running after this is cancelled and,
        # being at-least-once, swept and run again by another worker.
        shutdown_grace_period_s=SHUTDOWN_GRACE_SECONDS,
        timers={"sweep": 5, "abort": 1, "schedule": 1, "stats": 10},
    )
    worker.context.update(job_context(settings))
    return worker


def job_context(settings: Settings) -> dict:
    """What jobs need besides the database: the object store and the checks' settings."""
    from banzheng.app import make_storage
    from banzheng.materials.service import size_limits
    from banzheng.security.fieldcrypt import FieldCipher

    return {
        "settings": settings,
        "storage": make_storage(settings),
        "size_limits": size_limits(settings),
        "cipher": FieldCipher(settings.FIELD_KEYS, settings.LOOKUP_HMAC_KEY.encode()),
    }


async def run_until_empty(worker: Worker, *, wait: float = 0.1) -> int:
    """Process waiting jobs one at a time until none arrives within `wait` seconds; returns
    how many ran. For tests and maintenance: no timers, no sweep racing the jobs."""
    worker.dequeue_timeout = wait
    count = 0
    while await worker.process():
        count += 1
    return count


async def run(settings: Settings) -> None:
    logs.configure(settings.LOG_LEVEL)
    await db.open_database(settings)
    url, _server = redisdb.resolve_url(settings)
    redis = redisdb.connect(url)
    worker = build_worker(settings, redis)
    log.info("worker started", extra={"queue": queue.QUEUE_NAME})
    try:
        # saq installs its own SIGINT/SIGTERM handlers: start() returns after a graceful stop.
        await worker.start()
    finally:
        await worker.context["storage"].close()
        await redis.aclose()
    await db.close_database()
    log.info("worker stopped")


if __name__ == "__main__":
    asyncio.run(run(load_settings()))
