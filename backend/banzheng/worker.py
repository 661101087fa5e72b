"""The queue worker: every background job is registered here, in one place.

To add a job (docs/decisions/0003-job-queue.md has the details):

1. write it as `async def my_job(ctx: dict, *, arg: str, …) -> JSON-able` in your domain's
   `jobs.py` — idempotent (it may run twice), its CPU-heavy part in `common.cpu.run_cpu`, its
   database changes in one short transaction that re-checks the state it expects;
2. append it to FUNCTIONS below (and, if periodic, a `CronJob(my_job, cron="*/5 * * * *")` to
   CRON_JOBS);
3. enqueue it with `await queue.enqueue(request.app.ctx.queue, "my_job", key=…, arg=…)` —
   `key` makes the enqueue idempotent (one live job per key); arguments are JSON.

`ctx` holds the storage, the size limits, the field cipher (`job_context`) and `ctx["job"]`
(queue.Job: key, attempts…). `@queue.beating` is accepted and does nothing: every job is covered
by its worker's liveness, however long it runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime

from croniter import croniter
from redis.exceptions import RedisError

from banzheng import db, metrics, queue, redisdb
from banzheng.accounts.cache import watch_changes
from banzheng.applications import jobs as application_jobs
from banzheng.applications import workflow
from banzheng.certificates import jobs as certificate_jobs
from banzheng.certificates import service as certificate_service
from banzheng.common import audit, cpu, logs, rediskeys, workdays
from banzheng.identity import jobs as identity_jobs
from banzheng.materials import jobs as material_jobs
from banzheng.notifications import config as notify_config
from banzheng.notifications import jobs as notification_jobs
from banzheng.notifications import service as notify_service
from banzheng.queue import CronJob, Job
from banzheng.settings import Settings, load_settings
from banzheng.signatures import jobs as signature_jobs
from banzheng.stats import jobs as stats_jobs
from banzheng.transparency import service as transparency
from banzheng.transparency.sequencer import keep_sequencing

log = logging.getLogger("banzheng.worker")


@queue.beating
async def verify_audit_chain(ctx: dict) -> dict:
    """Nightly check of the audit rows against the signed checkpoints; a break is an error."""
    report = await audit.verify(ctx["log_key"], ctx["checkpoints"])
    if not report.ok:
        log.error("audit chain broken", extra={"seq": report.broken_at, "reason": report.reason})
    return {"ok": report.ok, "checked": report.checked}


SHUTDOWN_GRACE_SECONDS = 20
CONCURRENCY = 10
FUNCTIONS = [
    verify_audit_chain,
    application_jobs.submit_application,
    application_jobs.scan_deadlines,
    identity_jobs.precheck_identity_video,
    identity_jobs.identity_housekeeping,
    identity_jobs.pull_provider_results,
    signature_jobs.seal_signing_request,
    signature_jobs.signature_housekeeping,
    application_jobs.run_event_handler,
    application_jobs.sweep_outbox,
    notification_jobs.deliver_message,
    notification_jobs.sweep_deliveries,
    notification_jobs.plan_broadcast,
    notification_jobs.send_broadcast_batch,
    stats_jobs.snapshot_estates,
    certificate_jobs.finish_certificate,
    certificate_jobs.sweep_certificates,
    material_jobs.sweep_uploads,
]
CRON_JOBS = [
    CronJob(verify_audit_chain, cron="30 2 * * *", timeout=600),
    CronJob(application_jobs.scan_deadlines, cron="*/5 * * * *", timeout=240),
    CronJob(identity_jobs.identity_housekeeping, cron="*/10 * * * *", timeout=300),
    CronJob(identity_jobs.pull_provider_results, cron="*/2 * * * *", timeout=110),
    CronJob(signature_jobs.signature_housekeeping, cron="7 * * * *", timeout=300),
    CronJob(application_jobs.sweep_outbox, cron="* * * * *", timeout=60),
    CronJob(notification_jobs.sweep_deliveries, cron="* * * * *", timeout=60),
    CronJob(stats_jobs.snapshot_estates, cron="10 1 * * *", timeout=600),
    CronJob(certificate_jobs.sweep_certificates, cron="*/5 * * * *", timeout=240),
    CronJob(material_jobs.sweep_uploads, cron="*/15 * * * *", timeout=300),
]
SEQUENCED_LOGS = (transparency.PUBLIC_LOG, audit.AUDIT_LOG)
"""Merkle logs whose queued leaves this worker's sequencer loop integrates (`transparency`)."""
# A cron fire time is enqueued if a worker is up within this many seconds of it (no backfill of
# fire times missed while every worker was down, as saq did).
CRON_CATCH_UP_SECONDS = 120


class Worker:
    """Runs jobs from the queue, at most `concurrency` at once, and keeps the queue healthy:
    reclaims dead workers' jobs, promotes due retries, fires cron jobs (every `queue.TICK`)."""

    def __init__(
        self,
        q: queue.Queue,
        *,
        functions: Iterable[Callable],
        cron_jobs: Iterable[CronJob] = (),
        concurrency: int = CONCURRENCY,
        redis_url: str | None = None,
    ) -> None:
        self.queue = q
        self.functions = {f.__name__: f for f in functions}
        self.cron_jobs = list(cron_jobs)
        self.concurrency = concurrency
        self.redis_url = redis_url
        self.id = f"{uuid.uuid4().hex[:12]}"
        self.context: dict = {"worker_id": self.id, "queue": q}
        self.running: dict[str, asyncio.Task] = {}
        self._slot = asyncio.Event()
        self._stopping = asyncio.Event()
        self._loop_tick = time.monotonic()
        self._beat_stop = threading.Event()
        self.ran = 0

    # --- one job ---------------------------------------------------------------------------------

    async def run_job(self, job: Job) -> str:
        """Run one started job to its end; returns complete / retry / again / dead / lost."""
        started = time.time()
        outcome = await self._attempt(job)
        metric = {"retry": "retried", "dead": "failed", "again": "aborted"}.get(outcome, outcome)
        metrics.observe_job(job.function, metric, time.time() - started)
        return outcome

    async def _attempt(self, job: Job) -> str:
        function = self.functions.get(job.function)
        try:
            if function is None:
                raise LookupError(f"no job function {job.function!r} in worker.FUNCTIONS")
            result = await asyncio.wait_for(
                function({**self.context, "job": job}, **job.kwargs), timeout=job.timeout
            )
        except asyncio.CancelledError:
            # stopping: the attempt is given back and the job runs again at once elsewhere
            await asyncio.shield(self.queue.fail(job, self.id, "worker stopped", give_back=True))
            raise
        except Exception as exc:
            error = "".join(traceback.format_exception(exc))
            outcome = await self.queue.fail(job, self.id, error)
            level = logging.ERROR if outcome == "dead" else logging.WARNING
            log.log(
                level,
                "job failed",
                extra={
                    "function": job.function,
                    "key": job.key,
                    "attempt": job.attempts,
                    "outcome": outcome,
                    "error": type(exc).__name__,
                },
            )
            return outcome
        finally:
            self.ran += 1
        if not await self.queue.complete(job, self.id, result):
            log.warning("job finished after it was reclaimed", extra={"key": job.key})
            return "lost"
        return "complete"

    def _spawn(self, job: Job) -> None:
        task = asyncio.create_task(self.run_job(job), name=f"job:{job.key}")
        self.running[job.key] = task

        def done(_task: asyncio.Task, key: str = job.key) -> None:
            self.running.pop(key, None)
            self._slot.set()

        task.add_done_callback(done)

    # --- the loops -------------------------------------------------------------------------------

    async def _read_loop(self) -> None:
        while not self._stopping.is_set():
            free = self.concurrency - len(self.running)
            if free <= 0:
                self._slot.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._slot.wait(), timeout=1)
                continue
            try:
                entries = await self.queue.read(self.id, free, block_ms=1000)
                for job in await self.queue.start(self.id, entries):
                    self._spawn(job)
            except (ConnectionError, OSError, RedisError):
                log.warning("queue read failed; retrying", exc_info=True)
                await asyncio.sleep(1)

    async def _tick_loop(self) -> None:
        while not self._stopping.is_set():
            self._loop_tick = time.monotonic()
            try:
                await self.queue.promote()
                reclaimed = await self.queue.reclaim(self.id)
                if reclaimed:
                    log.warning("requeued the jobs of a dead worker", extra=reclaimed)
                await self._fire_crons()
            except Exception:
                log.exception("queue upkeep failed; retrying next tick")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=queue.TICK)

    async def _fire_crons(self, now: float | None = None) -> None:
        now = now or time.time()
        for cron in self.cron_jobs:
            base = datetime.fromtimestamp(now, workdays.OFFICE_TZ)
            fire_at = int(croniter(cron.cron, base).get_prev(float))
            if now - fire_at > CRON_CATCH_UP_SECONDS:
                continue
            if await self.queue.claim_cron(cron.name, fire_at, ttl=CRON_CATCH_UP_SECONDS * 10):
                await self.queue.enqueue(
                    cron.name,
                    key=f"cron:{cron.name}:{fire_at}",
                    timeout=cron.timeout,
                    retries=cron.retries,
                )

    def _beat_thread(self, url: str) -> None:
        """Refresh the liveness key from a thread (with its own event loop and client, so any
        Redis URL works, Sentinel included): a job that keeps the worker's event loop busy does
        not get its worker declared dead; but stop once that loop has not turned for
        LOOP_STALL_LIMIT (a wedged worker must not hold its jobs forever)."""
        asyncio.run(self._beat_forever(url))

    async def _beat_forever(self, url: str) -> None:
        client = redisdb.connect(url, max_connections=2)
        key = rediskeys.queue_worker(self.queue.name, self.id)
        try:
            while not self._beat_stop.is_set():
                if time.monotonic() - self._loop_tick > queue.LOOP_STALL_LIMIT:
                    log.error("event loop stalled: liveness withheld, jobs will be reclaimed")
                else:
                    try:
                        await client.set(key, "1", px=int(queue.LIVENESS_TTL * 1000))
                    except (RedisError, OSError):  # Redis away: keep trying; the TTL decides
                        log.warning("liveness beat failed", exc_info=True)
                await asyncio.sleep(queue.LIVENESS_BEAT)
        finally:
            await client.aclose()

    async def start(self) -> None:
        """Run until SIGTERM/SIGINT (or `stop()`): then stop reading, let running jobs finish
        for SHUTDOWN_GRACE_SECONDS, give the rest back, leave the group."""
        await self.queue.beat(self.id)  # alive before the first read: never reclaimed at birth
        beat = threading.Thread(
            target=self._beat_thread, args=(self.redis_url,), daemon=True, name="liveness"
        )
        if self.redis_url:
            beat.start()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self.stop)
        ticker = asyncio.create_task(self._tick_loop(), name="queue-upkeep")
        reader = asyncio.create_task(self._read_loop(), name="queue-reader")
        try:
            await self._stopping.wait()
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
            if self.running:
                await asyncio.wait(list(self.running.values()), timeout=SHUTDOWN_GRACE_SECONDS)
            for task in list(self.running.values()):
                task.cancel()
            if self.running:
                await asyncio.wait(list(self.running.values()), timeout=5)
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
            self._beat_stop.set()
            if beat.is_alive():
                beat.join(timeout=5)
            await self.queue.leave(self.id)

    def stop(self) -> None:
        self._stopping.set()

    async def process(self, *, wait: float = 0.1) -> bool:
        """Run the next waiting job (after promoting due retries), if one arrives within
        `wait` seconds. For tests and maintenance: no timers, one job at a time."""
        await self.queue.promote()
        entries = await self.queue.read(self.id, 1, block_ms=max(1, int(wait * 1000)))
        jobs = await self.queue.start(self.id, entries)
        for job in jobs:
            await self.run_job(job)
        return bool(entries)


def build_worker(
    settings: Settings,
    redis,
    *,
    functions: Iterable[Callable] | None = None,
    url: str | None = None,
) -> Worker:
    jobs_queue = queue.make_queue(redis, replica_acks=settings.REDIS_REPLICA_ACKS)
    workflow.load_handlers()
    workflow.dispatcher.bind(jobs_queue)  # handlers' events recorded by jobs are queued here
    notify_config.configure(notify_config.from_settings(settings))
    notify_service.bind(jobs_queue)
    certificate_service.configure(
        prefix=settings.CERTIFICATE_NUMBER_PREFIX, region=settings.CERTIFICATE_REGION
    )
    worker = Worker(
        jobs_queue,
        functions=FUNCTIONS if functions is None else functions,
        cron_jobs=CRON_JOBS,
        redis_url=url,
    )
    worker.context.update(job_context(settings))
    watch_changes(redis)  # jobs that change accounts reach the API processes' user caches
    worker.context["notify_senders"] = notification_jobs.senders(settings, redis)
    transparency.configure(worker.context["log_key"], worker.context["checkpoints"])
    return worker


def job_context(settings: Settings) -> dict:
    """What jobs need besides the database: the object store and the checks' settings."""
    from banzheng.materials.limits import size_limits
    from banzheng.security.fieldcrypt import FieldCipher
    from banzheng.signatures.keys import load_keyring
    from banzheng.signatures.sealing import make_timestamper
    from banzheng.storage.factory import make_storage
    from banzheng.transparency.checkpoint import checkpoint_store, load_log_key

    return {
        "log_key": load_log_key(settings),
        "checkpoints": checkpoint_store(settings),
        "settings": settings,
        "keyring": load_keyring(settings),
        "timestamper": make_timestamper(settings.SIGNING_TSA_URL, settings.SIGNING_TSA_TIMEOUT),
        "storage": make_storage(settings),
        "size_limits": size_limits(settings),
        "cipher": FieldCipher(settings.FIELD_KEYS, settings.LOOKUP_HMAC_KEY.encode()),
    }


async def run_until_empty(worker: Worker, *, wait: float = 0.1) -> int:
    """Process waiting jobs one at a time until none arrives within `wait` seconds; returns
    how many ran. For tests and maintenance: no timers, no reclaim racing the jobs."""
    count = 0
    while await worker.process(wait=wait):
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


async def run(settings: Settings, *, functions: Iterable[Callable] | None = None) -> None:
    logs.configure(settings.LOG_LEVEL)
    await db.open_database(settings)
    url, _server = redisdb.resolve_url(settings)
    redis = redisdb.connect(url)
    worker = build_worker(settings, redis, functions=functions, url=url)
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
        extra={
            "queue": queue.QUEUE_NAME,
            "worker": worker.id,
            "metrics_port": settings.WORKER_METRICS_PORT or None,
        },
    )
    sequencer = asyncio.create_task(
        keep_sequencing(SEQUENCED_LOGS, worker.context["log_key"], worker.context["checkpoints"]),
        name="sequencer",
    )
    try:
        await worker.start()
    finally:
        sequencer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sequencer
        await worker.context["storage"].close()
        await worker.context["notify_senders"].aclose()
        await redis.aclose()
        cpu.shutdown()
        if probing is not None:
            probing.cancel()
        if scrape is not None:
            scrape.shutdown()
            scrape.server_close()
    await db.close_database()
    log.info("worker stopped")


if __name__ == "__main__":
    asyncio.run(run(load_settings()))
