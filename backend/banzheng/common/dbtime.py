"""Datetimes in query filters: always in the service's zone (Asia/Shanghai).

Tortoise stores aware datetimes on SQLite as text in the configured zone ("…+08:00") and compares
them as text. A filter value in another zone ("…+00:00") is compared character by character, so
`expires_at__lte=datetime.now(UTC)` silently gives wrong answers on the embedded default (seen:
a pass that ran out an hour ago counted as valid). PostgreSQL compares `timestamptz` correctly
either way; converting every filter value with `for_query` makes both agree.
"""

from __future__ import annotations

from datetime import datetime

from banzheng.common.workdays import OFFICE_TZ


def for_query(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime in a query filter")
    return value.astimezone(OFFICE_TZ)
