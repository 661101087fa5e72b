"""One rule for times in the API: ISO 8601 with the service's UTC offset.

The service's zone is the `TIME_ZONE` setting (default Asia/Shanghai, the registry's zone):
API answers, the database session (SQLite stores text in it) and the working-day calendar's
office hours all use it. A moment fresh from `datetime.now(UTC)` and the same moment read back
from the database therefore answer identically (`2026-12-01T09:30:00+08:00`), never `Z` in one
place and `+08:00` in another. Response models declare such fields as `Instant`;
tests/test_times.py proves every response field holding a moment does.

The zone is read from the environment when this module is imported, because module-level
constants (`workdays.OFFICE_TZ`) and the database configuration need it before any settings
object exists; `Settings` validates the same variable at start and refuses a zone name that does
not exist (this module then falls back to the default, which is never used: the process exits).
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import PlainSerializer, WithJsonSchema

DEFAULT_TIME_ZONE = "Asia/Shanghai"


def zone(name: str | None) -> ZoneInfo:
    """The zone called `name`; ValueError when there is none."""
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None


def _from_environment() -> ZoneInfo:
    try:
        return zone(os.environ.get("TIME_ZONE"))
    except ValueError:
        return ZoneInfo(DEFAULT_TIME_ZONE)


SERVICE_TZ: ZoneInfo = _from_environment()


def local(moment: datetime) -> datetime:
    """`moment` in the service's zone (a naive value is taken as UTC, as the database keeps it)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(SERVICE_TZ)


def iso(value: datetime | date | None) -> str | None:
    """A moment as ISO 8601 with the service's offset; a calendar date as `YYYY-MM-DD`."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return local(value).isoformat()
    return value.isoformat()


def _serialise(value: datetime) -> str:
    return local(value).isoformat()


# A moment in a response: accepts a datetime or an ISO string in any offset, answers in the
# service's offset.
Instant = Annotated[
    datetime,
    PlainSerializer(_serialise, return_type=str),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
