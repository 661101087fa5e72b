"""Staff password lockout: atomic, counted before the password is checked, and per source.

The rules (issue #13 items 1 and 2):

* **Atomic and first.** An attempt is counted in Redis (one Lua script) *before* Argon2 runs, and
  refused outright when its counter is full. Fifteen wrong passwords sent in parallel therefore
  get `LOGIN_MAX_FAILURES` password checks between them, not fifteen. A correct password gives
  its reservation back.
* **Per account and source.** The counter is keyed by the login name *and* the client's address
  (an IPv6 client by its /64), so someone guessing from one place locks only themselves out of
  that account; the clerk at their usual desk still logs in. Locking a staff member out at will
  would need their own network.
* **Distributed guessing.** Failures of one account from every source are also counted; beyond
  `LOGIN_ACCOUNT_MAX_FAILURES` in the same window only sources that have logged into that account
  before (remembered `KNOWN_SOURCE_DAYS`) may still try. Guessing from a botnet stops; the
  account's owner, at a known desk, is not locked out.
* **No enumeration.** The key is the login name as typed (case-folded), whether or not such an
  account exists, so an unknown name locks, answers and costs exactly like a known one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from redis.asyncio import Redis

from banzheng.common import rediskeys
from banzheng.common.errors import ApiError

KNOWN_SOURCE_DAYS = 30
"""How long a source that logged in successfully stays trusted through a distributed attack on
its account: staff log in at least monthly from their office."""

# KEYS: per-source counter, account-wide counter, known sources.
# ARGV: max per source, window (s), max per account, this source.
# Returns {attempt number, 0} when the attempt may go ahead, {0, seconds to wait} when refused.
_RESERVE = """
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n >= tonumber(ARGV[1]) then
  return {0, math.max(redis.call('TTL', KEYS[1]), 1)}
end
local total = tonumber(redis.call('GET', KEYS[2]) or '0')
if total >= tonumber(ARGV[3]) and redis.call('SISMEMBER', KEYS[3], ARGV[4]) == 0 then
  return {0, math.max(redis.call('TTL', KEYS[2]), 1)}
end
n = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return {n, 0}
"""

# A correct password: this source's failures are forgiven, its reservation leaves the
# account-wide count, and the source becomes known. ARGV: source, known-source TTL.
_SUCCEED = """
redis.call('DEL', KEYS[1])
if tonumber(redis.call('GET', KEYS[2]) or '0') > 0 then redis.call('DECR', KEYS[2]) end
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('EXPIRE', KEYS[3], ARGV[2])
return 1
"""


class AccountLocked(ApiError):
    status = 423
    code = "ACCOUNT_LOCKED"

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, -(-retry_after // 60))
        super().__init__(
            f"密码错误次数过多，账号已暂时锁定，请 {minutes} 分钟后再试",
            details={"retry_after": retry_after},
            headers={"Retry-After": str(retry_after)},
        )


@dataclass(frozen=True)
class Attempt:
    account: str
    source: str
    number: int  # this attempt's place in the source's window (1 … max)
    locks: bool  # failing this attempt fills the counter: the account locks for this source


def account_key(login_name: str) -> str:
    """A fixed-length key for any typed name (never the name itself in a Redis key)."""
    return hashlib.sha256(login_name.strip().casefold().encode()).hexdigest()[:32]


class LoginGate:
    def __init__(
        self,
        redis: Redis,
        *,
        max_failures: int,
        window_seconds: int,
        account_max_failures: int,
    ) -> None:
        self.redis = redis
        self.max_failures = max_failures
        self.window = window_seconds
        self.account_max = account_max_failures
        self._reserve = redis.register_script(_RESERVE)
        self._succeed = redis.register_script(_SUCCEED)

    @classmethod
    def from_settings(cls, redis: Redis, settings) -> LoginGate:
        """The gate every staff login uses (API and console count the same attempts)."""
        return cls(
            redis,
            max_failures=settings.LOGIN_MAX_FAILURES,
            window_seconds=settings.LOGIN_LOCKOUT_SECONDS,
            account_max_failures=settings.LOGIN_ACCOUNT_MAX_FAILURES,
        )

    def _keys(self, account: str, source: str) -> list[str]:
        return [
            rediskeys.login_failures(account, source),
            rediskeys.login_account_failures(account),
            rediskeys.login_known_sources(account),
        ]

    async def reserve(self, *, login_name: str, source: str) -> Attempt:
        """Count this attempt as a failure until it proves otherwise; `AccountLocked` if full."""
        account = account_key(login_name)
        number, wait = await self._reserve(
            keys=self._keys(account, source),
            args=[self.max_failures, self.window, self.account_max, source],
        )
        if int(number) == 0:
            raise AccountLocked(int(wait))
        return Attempt(account, source, int(number), int(number) >= self.max_failures)

    async def succeeded(self, attempt: Attempt) -> None:
        await self._succeed(
            keys=self._keys(attempt.account, attempt.source),
            args=[attempt.source, KNOWN_SOURCE_DAYS * 86400],
        )
