"""Progress reads at peak (requirement 5 × requirement 14): the owner's progress page answered
from a cache that cannot serve a stale state.

After a submission peak a thousand owners poll their progress. Building the detail takes seven
queries; most polls find nothing changed. Each read makes ONE query — the application row with
the id of its latest event and the time its latest material arrived — and serves the detail
built for exactly that revision if one is cached (Redis, shared by every API process). Every
change a detail shows moves one of these: a transition or decision records an event (DESIGN:
"every state change records an event"), a file arriving sets `provided_at`, an edit of the
application changes its row. What moves none of them — an estate renamed, a checklist item
reworded, a working-day override — shows within `TTL_SECONDS` (five minutes: those are rare
administrative edits, and an owner polling through a peak's drain keeps being served from the
cache). The date is part of the key: an unaccepted application's expected date is counted from
today.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from redis.asyncio import Redis

from banzheng import db
from banzheng.accounts.models import User
from banzheng.applications import lifecycle, progress
from banzheng.applications.lifecycle import APPLICATION_NOT_FOUND
from banzheng.applications.models import Application
from banzheng.applications.schemas import ApplicationDetail
from banzheng.common import rediskeys, workdays
from banzheng.common.errors import NotFound
from banzheng.security.roles import Role

TTL_SECONDS = 300

_REVISION_SQL = (
    'SELECT a.*, (SELECT MAX(e."id") FROM "application_event" e WHERE e."application_id" = a."id")'
    ' AS "_last_event", (SELECT MAX(m."provided_at") FROM "application_material" m'
    ' WHERE m."application_id" = a."id") AS "_materials_at" FROM "application" a WHERE a."id" = ?'
)


async def _row(application_id: object) -> dict[str, Any] | None:
    rows = await db.execute_dict(_REVISION_SQL, [str(application_id)])
    return rows[0] if rows else None


def _revision(row: dict[str, Any]) -> str:
    """A digest of everything the row says plus its latest event and material times."""
    canonical = "\x1f".join(f"{k}={row[k]}" for k in sorted(row))
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


async def detail_json(
    *, user: User, application_id: object, limit_workdays: int, redis: Redis
) -> bytes:
    """The detail of an application the caller may see, as JSON bytes (404 otherwise)."""
    row = await _row(application_id)
    application = None
    if row is not None:
        application = Application._init_from_db(
            **{k: v for k, v in row.items() if not k.startswith("_")}
        )
    if application is None or not await lifecycle.may_access(user, application):
        raise NotFound(APPLICATION_NOT_FOUND)
    audience = "owner" if user.role is Role.owner else "staff"
    today = datetime.now(workdays.OFFICE_TZ).date().isoformat()
    key = rediskeys.progress(str(application.id), _revision(row), audience, today)
    cached = await redis.get(key)
    if cached is not None:
        return cached
    body = await progress.detail(application, viewer=user, limit_workdays=limit_workdays)
    encoded = ApplicationDetail(**body).model_dump_json().encode()
    await redis.set(key, encoded, ex=TTL_SECONDS)
    return encoded
