"""Rate limits shared by every API process, kept in Redis (the `limits` library, sliding window).

A route declares its limits once, in `endpoint(rate_limits=…)`; a limit counts per client IP, per
logged-in account, or per any key a service chooses (`RateLimiter.hit`). Going over answers 429
`RATE_LIMITED` with `Retry-After` and a Chinese message, before any work is done. Limits live in
Redis, so two API processes behind nginx share them (MISSION req. 13, 14).
"""

from __future__ import annotations

import ipaddress
import math
import time
from dataclasses import dataclass
from enum import StrEnum

from limits import RateLimitItem, parse
from limits.aio.storage import RedisStorage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from redis.asyncio import Redis

from banzheng.common.errors import TooManyRequests

KEY_PREFIX = "banzheng:rl"


class By(StrEnum):
    ip = "ip"  # the client address (behind nginx: from X-Forwarded-For, TRUSTED_PROXIES)
    user = "user"  # the logged-in account; falls back to the IP before authentication


@dataclass(frozen=True)
class Limit:
    """`rate` in the `limits` notation, e.g. "10/minute", "1000/day", "5 per 15 minutes"."""

    rate: str
    by: By = By.ip
    scope: str = ""  # counter name; defaults to the route's operation name

    @property
    def item(self) -> RateLimitItem:
        return parse(self.rate)


class RateLimited(TooManyRequests):
    code = "RATE_LIMITED"
    message = "操作过于频繁，请稍后再试"


class RateLimiter:
    """One per process, over the process's Redis connection pool."""

    def __init__(self, redis: Redis) -> None:
        storage = RedisStorage(
            "async+redis://",
            implementation="redispy",
            key_prefix=KEY_PREFIX,
            connection_pool=redis.connection_pool,
        )
        self._strategy = SlidingWindowCounterRateLimiter(storage)

    async def hit(self, limit: Limit, *identifiers: str) -> None:
        """Count one request; raise `RateLimited` (429 + Retry-After) when over the limit."""
        item = limit.item
        if await self._strategy.hit(item, limit.scope, *identifiers):
            return
        stats = await self._strategy.get_window_stats(item, limit.scope, *identifiers)
        wait = max(1, math.ceil(stats.reset_time - time.time()))
        raise RateLimited(
            f"操作过于频繁，请 {_readable(wait)}后再试",
            details={"retry_after": wait},
            headers={"Retry-After": str(wait)},
        )

    async def clear(self, limit: Limit, *identifiers: str) -> None:
        await self._strategy.clear(limit.item, limit.scope, *identifiers)


def client_source(ip: str | None) -> str:
    """The key a client is counted under: its IPv4 address, or its IPv6 /64 (one subscriber's
    allocation — counting single v6 addresses would let anyone rotate through 2^64 of them)."""
    if not ip:
        return "unknown"
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return "unknown"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def _readable(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} 秒"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} 分钟" if minutes < 60 else f"{math.ceil(minutes / 60)} 小时"
