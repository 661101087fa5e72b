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

import uuid
from dataclasses import dataclass
from enum import Enum

from redis.asyncio import Redis

from banzheng.common import rediskeys
from banzheng.security.tokens import InvalidToken, TokenSigner

# KEYS[1]=family key; ARGV: presented jti, new jti, ttl. Returns 1 rotated, 0 reuse, -1 unknown.
_ROTATE = """
local current = redis.call('HGET', KEYS[1], 'current')
if not current then return -1 end
if current ~= ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('HSET', KEYS[1], 'current', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
"""


class TokenReused(InvalidToken):
    """A refresh token that was already rotated came back: a theft signal; the family is gone."""

    def __init__(self, *, user_id: str, family: str) -> None:
        super().__init__("refresh token reused: family revoked")
        self.user_id = user_id
        self.family = family


class Rotation(Enum):
    rotated = 1
    reused = 0
    unknown = -1


@dataclass(frozen=True, slots=True)
class SessionCheck:
    family_active: bool
    epoch: int

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
    def __init__(self, redis: Redis, ttl: int) -> None:
        self.redis = redis
        self.ttl = ttl
        self._rotate = redis.register_script(_ROTATE)

    async def start(self, *, family: str, user_id: str, jti: str) -> None:
        key = rediskeys.token_family(family)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={"user": user_id, "current": jti})
            pipe.expire(key, self.ttl)
            await pipe.execute()

    async def rotate(self, *, family: str, presented: str, new: str) -> Rotation:
        result = await self._rotate(
            keys=[rediskeys.token_family(family)], args=[presented, new, self.ttl]
        )
        return Rotation(int(result))

    async def is_active(self, family: str) -> bool:
        return bool(await self.redis.exists(rediskeys.token_family(family)))

    async def check(self, *, family: str, user_id: str) -> SessionCheck:
        """Both revocation checks of a request in one round trip (a pipeline, no transaction)."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.exists(rediskeys.token_family(family))
            pipe.get(rediskeys.user_epoch(user_id))
            exists, epoch = await pipe.execute()
        return SessionCheck(family_active=bool(exists), epoch=int(epoch or 0))

    async def epoch(self, user_id: str) -> int:
        return int(await self.redis.get(rediskeys.user_epoch(user_id)) or 0)

    async def revoke(self, family: str) -> None:
        await self.redis.delete(rediskeys.token_family(family))


class TokenService:
    """Issues login token pairs and rotates them; the only user of TokenFamilies."""

    def __init__(
        self, *, signer: TokenSigner, families: TokenFamilies, access_ttl: int, refresh_ttl: int
    ) -> None:
        self.signer = signer
        self.families = families
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl

    def _pair(self, *, user_id: str, role: str, family: str, epoch: int) -> tuple[dict, str]:
        access, _ = self.signer.issue(
            subject=user_id,
            token_type="access",
            family=family,
            ttl=self.access_ttl,
            role=role,
            ep=epoch,
        )
        refresh, refresh_jti = self.signer.issue(
            subject=user_id,
            token_type="refresh",
            family=family,
            ttl=self.refresh_ttl,
            role=role,
            ep=epoch,
        )
        pair = {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "Bearer",
            "expires_in": self.access_ttl,
        }
        return pair, refresh_jti

    async def login(self, *, user_id: str, role: str) -> dict:
        family = uuid.uuid4().hex
        epoch = await self.families.epoch(user_id)
        pair, jti = self._pair(user_id=user_id, role=role, family=family, epoch=epoch)
        await self.families.start(family=family, user_id=user_id, jti=jti)
        return pair

    async def refresh(self, refresh_token: str) -> dict:
        """Rotate; raises InvalidToken for bad, unknown or reused tokens (reuse kills the family)."""
        claims = self.signer.verify(refresh_token, token_type="refresh")
        family = claims["fam"]
        epoch = await self.families.epoch(claims["sub"])
        if int(claims.get("ep", 0)) != epoch:
            raise InvalidToken("every session of this user was revoked")
        pair, jti = self._pair(
            user_id=claims["sub"], role=claims["role"], family=family, epoch=epoch
        )
        outcome = await self.families.rotate(family=family, presented=claims["jti"], new=jti)
        if outcome is Rotation.reused:
            raise TokenReused(user_id=claims["sub"], family=family)
        if outcome is Rotation.unknown:
            raise InvalidToken("family revoked or expired")
        return pair
