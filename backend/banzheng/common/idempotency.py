"""`Idempotency-Key` for writes a phone may retry (IETF draft-ietf-httpapi-idempotency-key-header-07).

Owners submit from phones on weak networks and tap 提交 several times; the mini-program sends one
key per logical action and reuses it on every retry (miniprogram/services/idempotency.js). A route
opts in by placing `@idempotent()` *under* `@endpoint(...)` (so the caller is authenticated and the
body validated first) and declaring `parameters=IDEMPOTENCY_PARAMETERS`, `errors=IDEMPOTENCY_ERRORS`.

The published policy (the draft requires the resource server to publish it, §2.4 and §2.5):

- Key: an sf-string (`"…"`) or the bare text, 1–255 printable ASCII characters; one header only.
  Anything else answers 400 `IDEMPOTENCY_KEY_INVALID`. The key is optional unless the route says
  `required=True` (then a missing key answers 400 `IDEMPOTENCY_KEY_REQUIRED`): old clients of
  `submit` send none and are protected by the job key alone.
- Scope: a key belongs to the authenticated caller (user id); another user's identical key is a
  different key (§5: a composite lookup key, so keys cannot be guessed across clients).
- Fingerprint: method, path, query string and the SHA-256 of the body. The same key with another
  fingerprint answers 422 `IDEMPOTENCY_KEY_REUSED` (§2.7).
- While the first request runs, a retry answers 409 `IDEMPOTENCY_IN_FLIGHT` (§2.6 "concurrent
  request") with a Chinese message saying it is still being processed and `Retry-After: 1`: most
  first requests finish within a second, and the phone asks again with the same key. The
  in-flight lock is a lease: `SET NX` with a short TTL (`IDEMPOTENCY_LOCK_SECONDS`, 5 s) that the
  process renews while the request runs (`LeaseKeeper`: all its leases in one round trip), so
  a long request keeps its key and an API process killed mid-request frees it within that
  TTL — the owner's retries (the mini-program asks up to five times) then run it instead of
  meeting 409 for half a minute.
- Replay: a retry after completion gets the first answer again — status, body and the handler's
  headers — plus `Idempotent-Replayed: true` (and its own `X-Request-ID`).
- Expiry: answers are kept `IDEMPOTENCY_TTL_SECONDS` (at least 24 h); after that the key is new.

Which answers are stored for replay. The draft: "respond with the result of the previously
completed operation, success or an error" — an operation is *completed* when its answer is final.
- 2xx: stored. This is the case the header exists for (the 202 ticket whose answer got lost).
- 4xx that a retry of the *same* request cannot change (400, 404, 405, 410, 413, 415, 422):
  stored; the draft expects the client to correct the request and use a new key.
- 4xx that say "try again" — 401/403 (credentials are refreshed and the request retried: the
  mini-program does this on 401), 408, 409 (state conflict: the state may change), 423, 425,
  429 (`QUEUE_FULL` means "later", storing it would make it "never"): not stored, the lock is
  released and the next retry runs the request anew. Such refusals changed nothing.
- 5xx and unexpected exceptions: not stored (the draft leaves them to the server; we let them be
  retried — the handlers behind them are idempotent by their own job keys and state checks).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import hashlib
import json
import logging
import secrets
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError
from sanic import Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response
from sanic_ext.extensions.openapi.definitions import Parameter

from banzheng.common import rediskeys
from banzheng.common.errors import ApiError, Conflict, ValidationFailed

log = logging.getLogger(__name__)

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
MAX_KEY_LENGTH = 255
IN_FLIGHT_RETRY_AFTER = 1  # seconds: a live holder usually answers within one

# Refusals that mean "try again": never replayed (see the module docstring).
RETRYABLE_CLIENT_ERRORS = frozenset({401, 403, 408, 409, 423, 425, 429})
# Headers of the first answer that are not part of it: each answer gets its own.
_NOT_REPLAYED = frozenset({"content-length", "x-request-id", "date", "set-cookie", "connection"})

IDEMPOTENCY_PARAMETERS = [
    Parameter(
        HEADER,
        str,
        "header",
        description="同一操作的重试请携带同一个键（1–255 个 ASCII 字符，建议 UUID），24 小时内有效",
    )
]
IDEMPOTENCY_ERRORS = (400, 409, 422)


class IdempotencyKeyInvalid(ApiError):
    status = 400
    code = "IDEMPOTENCY_KEY_INVALID"
    message = "请求标识（Idempotency-Key）无效：须为 1–255 个 ASCII 字符"


class IdempotencyKeyRequired(ApiError):
    status = 400
    code = "IDEMPOTENCY_KEY_REQUIRED"
    message = "此操作须携带请求标识（Idempotency-Key）"


class IdempotencyKeyReused(ValidationFailed):
    code = "IDEMPOTENCY_KEY_REUSED"
    message = "该请求标识已用于另一项内容不同的操作，请为新操作生成新的标识"


class IdempotencyInFlight(Conflict):
    code = "IDEMPOTENCY_IN_FLIGHT"
    message = "您的上一次请求仍在处理中，请稍等几秒后再试，无需重新填写"


def read_key(request: Request, *, required: bool = False) -> str | None:
    """The client's key, unwrapped from its sf-string quotes; None when absent and optional."""
    values = request.headers.getall(HEADER, [])
    if not values:
        if required:
            raise IdempotencyKeyRequired()
        return None
    if len(values) > 1:
        raise IdempotencyKeyInvalid("只能携带一个请求标识（Idempotency-Key）")
    key = values[0].strip()
    if len(key) >= 2 and key[0] == key[-1] == '"':
        key = key[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if not 1 <= len(key) <= MAX_KEY_LENGTH or not (key.isascii() and key.isprintable()):
        raise IdempotencyKeyInvalid()
    return key


def fingerprint(request: Request) -> str:
    """What makes two requests "the same" (§2.4): method, target and the exact body."""
    body = hashlib.sha256(request.body or b"").hexdigest()
    target = f"{request.method}\n{request.path}\n{request.query_string}\n{body}"
    return hashlib.sha256(target.encode()).hexdigest()


@dataclass(frozen=True)
class StoredAnswer:
    """A completed request's answer, as kept in Redis for replay."""

    status: int
    body: bytes
    content_type: str | None
    headers: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, response: HTTPResponse) -> StoredAnswer:
        headers = tuple(
            (name, value)
            for name, value in response.headers.items()
            if name.lower() not in _NOT_REPLAYED and name.lower() != "content-type"
        )
        return cls(response.status, response.body or b"", response.content_type, headers)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "body": base64.b64encode(self.body).decode(),
            "content_type": self.content_type,
            "headers": [list(h) for h in self.headers],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredAnswer:
        return cls(
            data["status"],
            base64.b64decode(data["body"]),
            data["content_type"],
            tuple((name, value) for name, value in data["headers"]),
        )

    def replay(self) -> HTTPResponse:
        response = HTTPResponse(
            self.body, status=self.status, content_type=self.content_type or "application/json"
        )
        for name, value in self.headers:
            response.headers.add(name, value)
        response.headers[REPLAYED_HEADER] = "true"
        return response


def is_final(status: int) -> bool:
    """Whether an answer is replayed to retries (the policy in the module docstring)."""
    return 200 <= status < 300 or (400 <= status < 500 and status not in RETRYABLE_CLIENT_ERRORS)


# Store the answer only while the record is still our own lock (or gone: the lock expired and
# nobody took over); a request that outlived its lock must not overwrite a newer owner's record.
_STORE = """
local current = redis.call('GET', KEYS[1])
if current == false or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


class LeaseKeeper:
    """Renews the in-flight leases of one process, all in one pipeline every third of their
    TTL. A renewal per request cost a fifth of the API's CPU under the submission peak
    (scripts/bench/README.md): when a process is overloaded its requests live for seconds, so
    they renewed more, which overloaded it further. Requests never wait for or cancel a
    renewal; the keeper's loop runs while any lease is held and ends when none is."""

    def __init__(self, redis: Redis, lock_ttl: int) -> None:
        self.redis, self.lock_ttl = redis, lock_ttl
        self.leases: dict[tuple[str, str], None] = {}  # (redis key, lock) in arrival order
        self._task: asyncio.Task | None = None

    def hold(self, claim: Claim) -> None:
        self.leases[claim.redis_key, claim.lock] = None
        loop = asyncio.get_running_loop()
        if self._task is None or self._task.done() or self._task.get_loop() is not loop:
            self._task = loop.create_task(self._renew_while_held())

    def let_go(self, claim: Claim) -> None:
        self.leases.pop((claim.redis_key, claim.lock), None)

    async def _renew_while_held(self) -> None:
        while self.leases:
            await asyncio.sleep(self.lock_ttl / 3)
            leases = list(self.leases)
            if not leases:
                return
            try:
                async with self.redis.pipeline(transaction=False) as pipe:
                    for redis_key, lock in leases:
                        pipe.eval(_RENEW, 1, redis_key, lock, self.lock_ttl)
                    renewed = await pipe.execute()
            except RedisError as exc:  # the requests go on; a retry may then run one anew
                log.warning("idempotency leases not renewed", extra={"error": type(exc).__name__})
                continue
            for lease, ours in zip(leases, renewed, strict=True):
                if not ours:  # expired or taken over: nothing left to keep
                    self.leases.pop(lease, None)


_keepers: weakref.WeakKeyDictionary[Redis, LeaseKeeper] = weakref.WeakKeyDictionary()


def _keeper(redis: Redis, lock_ttl: int) -> LeaseKeeper:
    keeper = _keepers.get(redis)
    if keeper is None or keeper.lock_ttl != lock_ttl:
        keeper = _keepers[redis] = LeaseKeeper(redis, lock_ttl)
    return keeper


class Claim:
    """The in-flight lock one request holds on one key until it stores its answer or lets go."""

    def __init__(self, store: IdempotencyStore, redis_key: str, lock: str, fp: str) -> None:
        self.store, self.redis_key, self.lock, self.fingerprint = store, redis_key, lock, fp

    @contextlib.asynccontextmanager
    async def held(self):
        """Keep the lease alive while the block runs (the process's `LeaseKeeper`)."""
        keeper = _keeper(self.store.redis, self.store.lock_ttl)
        keeper.hold(self)
        try:
            yield self
        finally:
            keeper.let_go(self)

    async def complete(self, answer: StoredAnswer) -> None:
        if not is_final(answer.status):
            await self.release()
            return
        record = json.dumps({"state": "done", "fp": self.fingerprint, **answer.to_json()})
        await self.store.redis.eval(_STORE, 1, self.redis_key, self.lock, record, self.store.ttl)

    async def release(self) -> None:
        await self.store.redis.eval(_RELEASE, 1, self.redis_key, self.lock)


class IdempotencyStore:
    """Keys and answers in Redis (prefix `rediskeys.IDEMPOTENCY`), one record per user and key."""

    def __init__(self, redis: Redis, *, ttl: int, lock_ttl: int) -> None:
        self.redis, self.ttl, self.lock_ttl = redis, ttl, lock_ttl

    @staticmethod
    def redis_key(scope: object, key: str) -> str:
        return rediskeys.idempotency(scope, hashlib.sha256(key.encode()).hexdigest())

    async def claim(self, *, scope: object, key: str, fp: str) -> Claim | StoredAnswer:
        """Take the key for this request (a Claim), or answer as the key's record says:
        a StoredAnswer to replay, or raise 422 (another request) / 409 (still running)."""
        redis_key = self.redis_key(scope, key)
        lock = json.dumps({"state": "in_flight", "fp": fp, "token": secrets.token_hex(16)})
        for _ in range(3):  # the record may expire between SET NX and GET
            if await self.redis.set(redis_key, lock, nx=True, ex=self.lock_ttl):
                return Claim(self, redis_key, lock, fp)
            raw = await self.redis.get(redis_key)
            if raw is None:
                continue
            record = json.loads(raw)
            if record["fp"] != fp:
                raise IdempotencyKeyReused()
            if record["state"] == "in_flight":
                raise self._in_flight()
            return StoredAnswer.from_json(record)
        raise self._in_flight()

    @staticmethod
    def _in_flight() -> IdempotencyInFlight:
        return IdempotencyInFlight(headers={"Retry-After": str(IN_FLIGHT_RETRY_AFTER)})


def store_for(request: Request) -> IdempotencyStore:
    settings = request.app.ctx.settings
    return IdempotencyStore(
        request.app.ctx.redis,
        ttl=settings.IDEMPOTENCY_TTL_SECONDS,
        lock_ttl=settings.IDEMPOTENCY_LOCK_SECONDS,
    )


def idempotent(*, required: bool = False) -> Callable:
    """Make a write route honour `Idempotency-Key`; place it under `@endpoint(...)`."""

    def decorate(handler: Callable) -> Callable:
        @functools.wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            key = read_key(request, required=required)
            if key is None:
                return await handler(request, *args, **kwargs)
            user = kwargs.get("user")
            if user is None:
                raise RuntimeError("idempotent() needs an authenticated route (scope = caller)")
            claim = await store_for(request).claim(scope=user.id, key=key, fp=fingerprint(request))
            if isinstance(claim, StoredAnswer):
                return claim.replay()
            try:
                async with claim.held():
                    response = await handler(request, *args, **kwargs)
            except ApiError as exc:
                await claim.complete(
                    StoredAnswer.of(
                        json_response(exc.body(), status=exc.status, headers=exc.headers)
                    )
                )
                raise
            except BaseException:
                await claim.release()
                raise
            await claim.complete(StoredAnswer.of(response))
            return response

        return wrapper

    return decorate
