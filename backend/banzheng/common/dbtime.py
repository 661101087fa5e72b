"""Datetimes on SQLite: one canonical text, so that comparing text compares instants.

SQLite has no datetime type: Tortoise hands an aware datetime to the driver, whose adapter
writes `isoformat(" ")` in whatever offset the value carries, and every comparison (`__lt`,
`__range`, `ORDER BY`, raw SQL `finished_at >= ?`, an optimistic `claimed_at = ?`) compares
that text character by character. A value written or compared in UTC ("…16:30:00+00:00") against
one in Beijing time ("…00:30:00+08:00", the same instant) silently gave wrong answers on the
embedded default: a pass that ran out an hour ago counted as valid; a case finished at 23:30
Beijing time fell out of that day's statistics.

The fix is at the driver, for every query at once: `install()` replaces the sqlite3 adapter for
datetimes, so every aware datetime that reaches SQLite — stored value, filter value, raw SQL
parameter — becomes `YYYY-MM-DD HH:MM:SS.ffffff+08:00`: one fixed offset (the service's zone,
Asia/Shanghai, without its pre-1991 summer time) and always six fractional digits, so equal
instants are equal text and text order is time order. No call site converts anything.
`normalise_sqlite()` rewrites rows stored before this rule; `migrate` runs it.
PostgreSQL stores `timestamptz` and compares instants; none of this applies there.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from typing import Any

# The offset every datetime is written in on SQLite: Beijing time, fixed (no DST rules).
STORAGE_OFFSET = timezone(timedelta(hours=8))
# GLOB pattern of the canonical text: rows that do not match are rewritten by normalise_sqlite.
_CANONICAL_GLOB = (
    "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
    ".[0-9][0-9][0-9][0-9][0-9][0-9]+08:00"
)


def to_storage_text(value: datetime) -> str:
    """The text SQLite stores and compares for `value`. A naive datetime (no zone: nothing to
    convert from) keeps the driver's former form; Tortoise warns about those on its fields."""
    if value.tzinfo is None:
        return value.isoformat(" ")
    return value.astimezone(STORAGE_OFFSET).isoformat(" ", timespec="microseconds")


def install() -> None:
    """Register the adapter, after Tortoise's SQLite executor registered its own (an import
    runs once, so nothing registers over ours later)."""
    import tortoise.backends.sqlite.executor  # noqa: F401  (registers Tortoise's adapter first)

    sqlite3.register_adapter(datetime, to_storage_text)


def for_query(value: datetime) -> datetime:
    """Former per-call conversion of filter values, now done for every value by `install()`.
    Kept (unchanged value, naive refused) so branches written before still import; new code
    passes datetimes as they are."""
    if value.tzinfo is None:
        raise ValueError("naive datetime in a query filter")
    return value


async def normalise_sqlite(conn: Any, models: list[Any]) -> int:
    """Rewrite every stored datetime that is not in the canonical text (rows written before
    `install` existed); returns how many values changed. Idempotent and cheap when nothing is
    left: one indexed-or-scanned `GLOB` per datetime column."""
    from tortoise.fields import DatetimeField

    changed = 0
    for model in models:
        table = model._meta.db_table
        for field in model._meta.fields_map.values():
            if not isinstance(field, DatetimeField):
                continue
            column = field.source_field or field.model_field_name
            rows = await conn.execute_query_dict(
                f'SELECT rowid AS r, "{column}" AS v FROM "{table}" '  # noqa: S608 - model names
                f'WHERE "{column}" IS NOT NULL AND "{column}" NOT GLOB ?',
                [_CANONICAL_GLOB],
            )
            for row in rows:
                value = datetime.fromisoformat(str(row["v"]))
                if value.tzinfo is None:  # written naive: Tortoise reads those as its zone
                    value = value.replace(tzinfo=STORAGE_OFFSET)
                await conn.execute_query(
                    f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',  # noqa: S608
                    [to_storage_text(value), row["r"]],
                )
                changed += 1
    return changed
