"""The users behind access tokens, cached per API process and re-validated on every request.

Loading the caller (user + organisation, a join) was the single largest cost of a submit under a
peak (scripts/bench/README.md, profile before). An entry is used only while it was loaded under
the user's CURRENT revocation epoch, which the request reads from Redis anyway (one round trip
for the token family and the epoch: security/sessions.py). Whatever makes a user's standing
change — deactivation, a new role or organisation, logout everywhere — bumps the epoch
(`revoke_user_sessions`), so every process reloads that user on its next request. The short TTL
bounds what an unannounced change (a display name) may lag.

Each request gets its own copy of the cached model instances: handlers may set attributes on
`user`, and must not leak them into another request.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from copy import copy
from dataclasses import dataclass

from banzheng import db
from banzheng.accounts.models import Organisation, User

CACHE_TTL_SECONDS = 300.0  # bounds only what changes without an epoch bump (a display name)
CACHE_MAX_USERS = 50_000  # ~2 KB each: ~100 MB at worst; a city's active logins fit


@dataclass(frozen=True, slots=True)
class _Entry:
    epoch: int
    loaded: float
    user: User
    organisation: Organisation | None


class UserCache:
    def __init__(self, *, ttl: float = CACHE_TTL_SECONDS, max_users: int = CACHE_MAX_USERS) -> None:
        self.ttl, self.max_users = ttl, max_users
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self.hits = self.misses = 0

    async def get(self, user_id: str, *, epoch: int) -> User | None:
        """The active user `user_id` as of `epoch`; None when gone or inactive."""
        now = time.monotonic()
        entry = self._entries.get(user_id)
        if entry is None or entry.epoch != epoch or now - entry.loaded > self.ttl:
            self.misses += 1
            entry = await self._load(user_id, epoch, now)
            if entry is None:
                return None
        else:
            self.hits += 1
            self._entries.move_to_end(user_id)
        mine = copy(entry.user)
        # set even when None: an unloaded relation would read as an awaitable, not as None
        mine.organisation = copy(entry.organisation) if entry.organisation is not None else None
        return mine

    async def _load(self, user_id: str, epoch: int, now: float) -> _Entry | None:
        user = await db.row_by_id(User, user_id)
        if user is None or not user.is_active:
            self._entries.pop(user_id, None)
            return None
        return await self.remember(user, epoch=epoch, now=now)

    async def remember(self, user: User, *, epoch: int, now: float | None = None) -> _Entry:
        """Keep `user` as of `epoch` (a login leaves its user here: the owner's next request,
        usually their first submit, then loads nothing)."""
        organisation = None
        if user.organisation_id is not None:
            organisation = await db.row_by_id(Organisation, user.organisation_id)
        entry = _Entry(epoch, time.monotonic() if now is None else now, copy(user), organisation)
        self._entries[str(user.id)] = entry
        self._entries.move_to_end(str(user.id))
        while len(self._entries) > self.max_users:
            self._entries.popitem(last=False)
        return entry

    def forget(self, user_id: str) -> None:
        self._entries.pop(user_id, None)
