"""Refresh-token families in Redis: rotation with reuse detection, and revocation.

Auth0's semantics: each login starts a family; refreshing with its current token A returns B and
makes B current. Presenting A again means A was stolen or replayed: the family is deleted, so B and
every access token of the family stop working at once. Logout deletes the family too.

Revoking every session of one user (logout everywhere, an account deactivated, locked, or its
role or organisation changed): `revoke_user_sessions(redis, user_id)` bumps the user's
revocation epoch. Tokens carry the epoch they were issued under (`ep`); a token of an older epoch
is refused, and so is a refresh with it. Callers that change a user's standing call it AFTER
their database transaction commits (the security domain decides when: deactivation, lockout…).

Every authenticated request makes ONE Redis round trip for both checks (`SessionCheck`): the
family still exists, and the user's current epoch. The same epoch keys the per-process user
cache (accounts/cache.py), so a bump reaches every API process on its next request: nothing
waits for a cache to expire.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from redis.asyncio import Redis

from banzheng.common import rediskeys
from banzheng.security.tokens import InvalidToken, TokenSigner

# KEYS[1]=family key; ARGV: presented jti, new jti, idle ttl, now (s), max age (s), grace (s).
# Returns {outcome, jti of the refresh token to issue, seconds the family has left}:
# 1 rotated, 2 a retry within the grace window (answered with the current jti), 0 reuse (the
# family is deleted), -1 unknown or past its absolute lifetime (deleted).
_ROTATE = """
local f = redis.call('HMGET', KEYS[1], 'current', 'previous', 'rotated', 'born')
local current = f[1]
if not current then return {-1, '', 0} end
local now = tonumber(ARGV[4])
local left = tonumber(f[4] or ARGV[4]) + tonumber(ARGV[5]) - now
if left <= 0 then
  redis.call('DEL', KEYS[1])
  return {-1, '', 0}
end
if current == ARGV[1] then
  redis.call('HSET', KEYS[1], 'current', ARGV[2], 'previous', ARGV[1], 'rotated', ARGV[4])
  redis.call('EXPIRE', KEYS[1], math.min(tonumber(ARGV[3]), left))
  return {1, ARGV[2], left}
end
if f[2] == ARGV[1] and now - tonumber(f[3] or '0') <= tonumber(ARGV[6]) then
  return {2, current, left}
end
redis.call('DEL', KEYS[1])
return {0, '', 0}
"""


class TokenReused(InvalidToken):
    """A refresh token that was already rotated came back: a theft signal; the family is gone."""

    def __init__(self, *, user_id: str, family: str) -> None:
        super().__init__("refresh token reused: family revoked")
        self.user_id = user_id
        self.family = family


class Rotation(Enum):
    rotated = 1
    retried = 2
    reused = 0
    unknown = -1


@dataclass(frozen=True, slots=True)
class Rotated:
    outcome: Rotation
    jti: str  # of the refresh token to hand out
    seconds_left: int  # until the family's absolute end


@dataclass(frozen=True, slots=True)
class SessionCheck:
    family_active: bool
    epoch: int
    revision: int = 0  # of the user's account (accounts/cache.py): a change reloads it

    def admits(self, claims: dict) -> bool:
        """The token's family is alive and the token is of the user's current epoch."""
        return self.family_active and int(claims.get("ep", 0)) == self.epoch


async def revoke_user_sessions(redis: Redis, user_id: object, *, ttl: int) -> int:
    """End every session of a user at once, on every API process: their access tokens are
    refused and their refresh tokens cannot be used from the next request on. Call after the
    change that motivates it has committed (deactivation, lockout, role or scope change,
    "log out everywhere"). `ttl` is REFRESH_TOKEN_TTL: the epoch must outlive every token issued
    before it. Returns the new epoch."""
    key = rediskeys.user_epoch(user_id)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.incr(key)
        pipe.expire(key, ttl)
        epoch, _ = await pipe.execute()
    return int(epoch)


class TokenFamilies:
    """Login families in Redis. `ttl` is the idle limit (each rotation extends it); `max_age`
    the absolute one, counted from the login (OWASP ASVS 3.3.3: re-authenticate periodically
    however active the session); `grace` how long the token just rotated may still be
    presented by the same phone's parallel or retried refresh (Auth0's reuse interval)."""

    def __init__(self, redis: Redis, ttl: int, *, max_age: int | None = None, grace: int = 0):
        self.redis = redis
        self.ttl = ttl
        self.max_age = max_age or ttl
        self.grace = grace
        self._rotate = redis.register_script(_ROTATE)

    async def start(self, *, family: str, user_id: str, jti: str) -> None:
        key = rediskeys.token_family(family)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={"user": user_id, "current": jti, "born": int(time.time())})
            pipe.expire(key, min(self.ttl, self.max_age))
            await pipe.execute()

    async def rotate(self, *, family: str, presented: str, new: str) -> Rotated:
        outcome, jti, left = await self._rotate(
            keys=[rediskeys.token_family(family)],
            args=[presented, new, self.ttl, int(time.time()), self.max_age, self.grace],
        )
        jti = jti.decode() if isinstance(jti, bytes) else jti
        return Rotated(Rotation(int(outcome)), jti, int(left))

    async def is_active(self, family: str) -> bool:
        return bool(await self.redis.exists(rediskeys.token_family(family)))

    async def check(self, *, family: str, user_id: str) -> SessionCheck:
        """Both revocation checks of a request in one round trip (a pipeline, no transaction)."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.exists(rediskeys.token_family(family))
            pipe.get(rediskeys.user_epoch(user_id))
            pipe.get(rediskeys.user_revision(user_id))
            exists, epoch, revision = await pipe.execute()
        return SessionCheck(
            family_active=bool(exists), epoch=int(epoch or 0), revision=int(revision or 0)
        )

    async def epoch(self, user_id: str) -> int:
        return int(await self.redis.get(rediskeys.user_epoch(user_id)) or 0)

    async def standing(self, user_id: str) -> tuple[int, int]:
        """The user's revocation epoch and account revision, in one round trip."""
        epoch, revision = await self.redis.mget(
            rediskeys.user_epoch(user_id), rediskeys.user_revision(user_id)
        )
        return int(epoch or 0), int(revision or 0)

    async def revoke(self, family: str) -> None:
        await self.redis.delete(rediskeys.token_family(family))


class TokenService:
    """Issues login token pairs and rotates them; the only user of TokenFamilies."""

    def __init__(
        self,
        *,
        signer: TokenSigner,
        families: TokenFamilies,
        access_ttl: int,
        refresh_ttl: int,
        on_login: Callable[[Any, int, int], Awaitable[object]] | None = None,
    ) -> None:
        self.signer = signer
        self.families = families
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self.on_login = on_login  # given the logged-in user, its tokens' epoch, its revision

    def _pair(
        self,
        *,
        user_id: str,
        role: str,
        family: str,
        epoch: int,
        jti: str | None = None,
        seconds_left: int | None = None,
    ) -> tuple[dict, str]:
        """An access and a refresh token; neither outlives the family's absolute end."""
        left = seconds_left if seconds_left is not None else self.families.max_age
        access, _ = self.signer.issue(
            subject=user_id,
            token_type="access",
            family=family,
            ttl=min(self.access_ttl, left),
            role=role,
            ep=epoch,
        )
        refresh, refresh_jti = self.signer.issue(
            subject=user_id,
            token_type="refresh",
            family=family,
            ttl=min(self.refresh_ttl, left),
            jti=jti,
            role=role,
            ep=epoch,
        )
        pair = {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "Bearer",
            "expires_in": min(self.access_ttl, left),
        }
        return pair, refresh_jti

    async def login(self, *, user_id: str, role: str, user: Any = None) -> dict:
        """A new family for `user_id`; `user` (the account just checked) goes to `on_login`."""
        family = uuid.uuid4().hex
        epoch, revision = await self.families.standing(user_id)
        pair, jti = self._pair(user_id=user_id, role=role, family=family, epoch=epoch)
        await self.families.start(family=family, user_id=user_id, jti=jti)
        if user is not None and self.on_login is not None:
            await self.on_login(user, epoch, revision)
        return pair

    async def refresh(self, refresh_token: str) -> dict:
        """Rotate; raises InvalidToken for bad, unknown, expired or reused tokens (reuse kills
        the family). The token rotated a moment ago, presented again within the grace window
        (the phone's parallel or retried refresh), gets tokens of the current rotation instead:
        whichever answer the phone keeps, its next refresh works."""
        claims = self.signer.verify(refresh_token, token_type="refresh")
        family = claims["fam"]
        epoch = await self.families.epoch(claims["sub"])
        if int(claims.get("ep", 0)) != epoch:
            raise InvalidToken("every session of this user was revoked")
        rotated = await self.families.rotate(
            family=family, presented=claims["jti"], new=uuid.uuid4().hex
        )
        if rotated.outcome is Rotation.reused:
            raise TokenReused(user_id=claims["sub"], family=family)
        if rotated.outcome is Rotation.unknown:
            raise InvalidToken("family revoked or expired")
        pair, _ = self._pair(
            user_id=claims["sub"],
            role=claims["role"],
            family=family,
            epoch=epoch,
            jti=rotated.jti,
            seconds_left=rotated.seconds_left,
        )
        return pair
