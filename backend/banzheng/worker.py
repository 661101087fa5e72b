"""The queue worker: every background job is registered here, in one place."""

from __future__ import annotations

import asyncio
import logging
import time

from saq import CronJob, Worker
from saq.job import Status

from banzheng import db, metrics, queue, redisdb
from banzheng.applications import jobs as application_jobs
from banzheng.applications import workflow
from banzheng.common import audit, logs
from banzheng.identity import jobs as identity_jobs
from banzheng.ops import service as dead_letters
from banzheng.settings import Settings, load_settings
from banzheng.signatures import jobs as signature_jobs
from banzheng.stats import jobs as stats_jobs

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


_OUTCOMES = {
    Status.COMPLETE: "complete",
    Status.FAILED: "failed",
    Status.ABORTED: "aborted",
    Status.QUEUED: "retried",  # failed an attempt; saq queued the next one
}


async def record_job_metrics(ctx: dict) -> None:
    job = ctx.get("job")
    if job is None or not job.started:
        return
    outcome = _OUTCOMES.get(job.status, job.status.value)
    metrics.observe_job(job.function, outcome, time.time() - job.started / 1000)


async def after_job(ctx: dict) -> None:
    """saq `after_process` hook (one hook per worker): metrics, then the dead-letter copy."""
    await record_job_metrics(ctx)
    await keep_dead_letter(ctx)


SHUTDOWN_GRACE_SECONDS = 20
FUNCTIONS = [
    verify_audit_chain,
    application_jobs.submit_application,
    application_jobs.scan_deadlines,
    identity_jobs.precheck_identity_video,
    identity_jobs.identity_housekeeping,
    signature_jobs.seal_signing_request,
    signature_jobs.signature_housekeeping,
    application_jobs.run_event_handler,
    application_jobs.sweep_outbox,
    stats_jobs.snapshot_estates,
]
CRON_JOBS = [
    CronJob(verify_audit_chain, cron="30 2 * * *", timeout=600),
    CronJob(application_jobs.scan_deadlines, cron="*/5 * * * *", timeout=240),
    CronJob(identity_jobs.identity_housekeeping, cron="*/10 * * * *", timeout=300),
    CronJob(signature_jobs.signature_housekeeping, cron="7 * * * *", timeout=300),
    CronJob(application_jobs.sweep_outbox, cron="* * * * *", timeout=60),
    CronJob(stats_jobs.snapshot_estates, cron="10 1 * * *", timeout=600),
]


def build_worker(settings: Settings, redis) -> Worker:
    jobs_queue = queue.make_queue(redis, replica_acks=settings.REDIS_REPLICA_ACKS)
    workflow.load_handlers()
    workflow.dispatcher.bind(jobs_queue)  # handlers' events recorded by jobs are queued here
    worker = Worker(
        jobs_queue,
        functions=FUNCTIONS,
        cron_jobs=CRON_JOBS,
        after_process=after_job,
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
    from banzheng.signatures.keys import load_keyring
    from banzheng.signatures.sealing import make_timestamper

    return {
        "settings": settings,
        "keyring": load_keyring(settings),
        "timestamper": make_timestamper(settings.SIGNING_TSA_URL, settings.SIGNING_TSA_TIMEOUT),
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


PROBE_EVERY_SECONDS = 5


async def keep_probing(health: metrics.WorkerHealth, redis) -> None:
    """Every few seconds, from the worker's own event loop: ping the database and Redis and
    record the answer (the probe thread only reads it; a blocked loop stops the beat)."""
    while True:
        checks = {}
        for name, probe in (("database", db.ping), ("redis", redis.ping)):
            try:
                await asyncio.wait_for(probe(), timeout=PROBE_EVERY_SECONDS)
                checks[name] = "ok"
            except Exception as exc:  # any failure means "not ready"; the reason is reported
                checks[name] = type(exc).__name__
        health.probed(checks)
        await asyncio.sleep(PROBE_EVERY_SECONDS)


async def run(settings: Settings) -> None:
    logs.configure(settings.LOG_LEVEL)
    await db.open_database(settings)
    url, _server = redisdb.resolve_url(settings)
    redis = redisdb.connect(url)
    worker = build_worker(settings, redis)
    scrape = probing = None
    if settings.WORKER_METRICS_PORT:
        health = metrics.WorkerHealth()
        probing = asyncio.create_task(keep_probing(health, redis))
        scrape = metrics.serve_worker_metrics(
            settings.WORKER_METRICS_HOST,
            settings.WORKER_METRICS_PORT,
            token=settings.METRICS_TOKEN,
            networks=settings.metrics_networks,
            health=health,
        )
    log.info(
        "worker started",
        extra={"queue": queue.QUEUE_NAME, "metrics_port": settings.WORKER_METRICS_PORT or None},
    )
    try:
        # saq installs its own SIGINT/SIGTERM handlers: start() returns after a graceful stop.
        await worker.start()
    finally:
        await worker.context["storage"].close()
        await redis.aclose()
        if probing is not None:
            probing.cancel()
        if scrape is not None:
            scrape.shutdown()
            scrape.server_close()
    await db.close_database()
    log.info("worker stopped")


if __name__ == "__main__":
    asyncio.run(run(load_settings()))
