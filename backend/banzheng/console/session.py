"""Console sessions: an opaque random cookie naming a Redis hash, never a token in the browser.

A session belongs to one login (token family) of `security/sessions.py`, so everything that ends
API sessions ends console sessions too: logout revokes the family, `revoke_user_sessions` (lockout,
deactivation, role change) bumps the user's epoch, and `common.http.authenticate`'s two checks are
made here the same way. The idle timeout is the hash's TTL, renewed by each request; a session
also ends `CONSOLE_SESSION_HOURS` after login however active (an unattended window PC).
"""

from __future__ import annotations

import hmac
import secrets
import time
from dataclasses import dataclass

from redis.asyncio import Redis

from banzheng.common import rediskeys

COOKIE = "bz_console"
COOKIE_PATH = "/console"


@dataclass(frozen=True)
class ConsoleSession:
    id: str
    user_id: str
    family: str
    epoch: int
    csrf: str
    started: int

    def csrf_matches(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.csrf.encode())


async def open_session(
    redis: Redis, *, user_id: str, family: str, epoch: int, idle_seconds: int
) -> ConsoleSession:
    session = ConsoleSession(
        id=secrets.token_urlsafe(32),
        user_id=user_id,
        family=family,
        epoch=epoch,
        csrf=secrets.token_urlsafe(32),
        started=int(time.time()),
    )
    key = rediskeys.console_session(session.id)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(
            key,
            mapping={
                "user": session.user_id,
                "fam": session.family,
                "ep": session.epoch,
                "csrf": session.csrf,
                "started": session.started,
            },
        )
        pipe.expire(key, idle_seconds)
        await pipe.execute()
    return session


async def load_session(
    redis: Redis, session_id: str | None, *, idle_seconds: int, max_seconds: int
) -> ConsoleSession | None:
    """The session if it is alive, its idle clock restarted; None when unknown, idle too long
    or older than `max_seconds` (then it is deleted)."""
    if not session_id or len(session_id) > 64:
        return None
    key = rediskeys.console_session(session_id)
    async with redis.pipeline(transaction=False) as pipe:
        pipe.hgetall(key)
        pipe.expire(key, idle_seconds)  # a no-op for a key that is gone
        raw, _ = await pipe.execute()
    if not raw:
        return None
    values = {k.decode() if isinstance(k, bytes) else k: v for k, v in raw.items()}
    text = {k: v.decode() if isinstance(v, bytes) else str(v) for k, v in values.items()}
    session = ConsoleSession(
        id=session_id,
        user_id=text["user"],
        family=text["fam"],
        epoch=int(text["ep"]),
        csrf=text["csrf"],
        started=int(text["started"]),
    )
    if time.time() - session.started > max_seconds:
        await redis.delete(key)
        return None
    return session


async def close_session(redis: Redis, session_id: str) -> None:
    await redis.delete(rediskeys.console_session(session_id))
