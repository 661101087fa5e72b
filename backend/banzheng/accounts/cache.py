"""The users behind access tokens, cached per API process and re-validated on every request.

Loading the caller (user + organisation, a join) was the single largest cost of a submit under a
peak (scripts/bench/README.md, profile before). An entry is used only while it was loaded under
the user's CURRENT revocation epoch, which the request reads from Redis anyway (one round trip
for the token family and the epoch: security/sessions.py). Whatever makes a user's standing
change — deactivation, a new role or organisation, logout everywhere — bumps the epoch
(`revoke_user_sessions`), so every process reloads that user on its next request. Any other
saved change of an account (a phone bound, a real name taken at house binding, an authenticator
enrolled) bumps the account's revision after its transaction commits (`watch_changes`, a
`post_save` signal; read in the same round trip), so it shows on the next request in every
process too. The TTL only bounds a change made without `save()` or by a process that does not
watch (a maintenance script).

Each request gets its own copy of the cached model instances: handlers may set attributes on
`user`, and must not leak them into another request.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from copy import copy
from dataclasses import dataclass

from redis.asyncio import Redis
from tortoise.signals import post_save

from banzheng import db
from banzheng.accounts.models import Organisation, User
from banzheng.common import rediskeys

CACHE_TTL_SECONDS = 300.0
REVISION_TTL_SECONDS = 86_400  # far above CACHE_TTL_SECONDS: a lapsed counter reads 0, reloads
CACHE_MAX_USERS = 50_000  # ~2 KB each: ~100 MB at worst; a city's active logins fit


@dataclass(frozen=True, slots=True)
class _Entry:
    epoch: int
    revision: int
    loaded: float
    user: User
    organisation: Organisation | None


class UserCache:
    def __init__(self, *, ttl: float = CACHE_TTL_SECONDS, max_users: int = CACHE_MAX_USERS) -> None:
        self.ttl, self.max_users = ttl, max_users
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self.hits = self.misses = 0

    async def get(self, user_id: str, *, epoch: int, revision: int = 0) -> User | None:
        """The active user `user_id` as of `epoch` and `revision`; None when gone or inactive."""
        now = time.monotonic()
        entry = self._entries.get(user_id)
        if (
            entry is None
            or (entry.epoch, entry.revision) != (epoch, revision)
            or now - entry.loaded > self.ttl
        ):
            self.misses += 1
            entry = await self._load(user_id, epoch, revision, now)
            if entry is None:
                return None
        else:
            self.hits += 1
            self._entries.move_to_end(user_id)
        mine = copy(entry.user)
        # set even when None: an unloaded relation would read as an awaitable, not as None
        mine.organisation = copy(entry.organisation) if entry.organisation is not None else None
        return mine

    async def _load(self, user_id: str, epoch: int, revision: int, now: float) -> _Entry | None:
        user = await db.row_by_id(User, user_id)
        if user is None or not user.is_active:
            self._entries.pop(user_id, None)
            return None
        return await self.remember(user, epoch=epoch, revision=revision, now=now)

    async def remember(
        self, user: User, *, epoch: int, revision: int, now: float | None = None
    ) -> _Entry:
        """Keep `user` as of `epoch` and `revision` (a login leaves its user here: the owner's
        next request, usually their first submit, then loads nothing)."""
        organisation = None
        if user.organisation_id is not None:
            organisation = await db.row_by_id(Organisation, user.organisation_id)
        loaded = time.monotonic() if now is None else now
        entry = _Entry(epoch, revision, loaded, copy(user), organisation)
        self._entries[str(user.id)] = entry
        self._entries.move_to_end(str(user.id))
        while len(self._entries) > self.max_users:
            self._entries.popitem(last=False)
        return entry


def watch_changes(redis: Redis) -> None:
    """Bump an account's revision once each saved change of it commits (every process that
    changes accounts calls this at start: the API and the worker; the latest call's Redis
    is used)."""
    _watching["redis"] = redis


_watching: dict[str, Redis] = {}


@post_save(User)
async def _changed(sender, instance: User, created, using_db, update_fields) -> None:
    redis = _watching.get("redis")
    if redis is None:  # a script that does not serve requests: caches expire on their TTL
        return

    async def bump() -> None:
        key = rediskeys.user_revision(instance.id)
        async with redis.pipeline(transaction=False) as pipe:
            pipe.incr(key)
            pipe.expire(key, REVISION_TTL_SECONDS)
            await pipe.execute()

    await db.after_commit(bump)
