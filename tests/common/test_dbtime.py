"""Datetimes compare as instants on both databases, whatever offset a value was written or
compared in — checked with times on both sides of a Beijing/UTC day boundary.

16:30 UTC on 1 December is 00:30 on 2 December in Beijing: as text, "2026-12-01 16:30+00:00"
sorts before "2026-12-01 23:30+08:00" though it is the later instant. SQLite stores text, so
before `common/dbtime.py` these gave wrong answers on the embedded default.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tortoise import Tortoise

from banzheng.accounts.models import User
from banzheng.applications.models import Application, ApplicationKind, Status
from banzheng.common import dbtime
from banzheng.common.workdays import OFFICE_TZ
from banzheng.stats import service as stats
from tests import factories
from tests.stats.test_stats import _application, _estate

# 23:30 Beijing, 1 December = 15:30 UTC, 1 December.
LATE_EVENING = datetime(2026, 12, 1, 23, 30, tzinfo=OFFICE_TZ)
# 00:30 Beijing, 2 December = 16:30 UTC, 1 December: an hour later.
AFTER_MIDNIGHT = datetime(2026, 12, 1, 16, 30, tzinfo=UTC)
# Between the two: 00:00 Beijing, 2 December, given in UTC (16:00 UTC, 1 December).
MIDNIGHT_UTC = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)


def _sqlite() -> bool:
    return Tortoise.get_connection("default").capabilities.dialect == "sqlite"


async def _stamped(username: str, until: datetime) -> User:
    user = await factories.owner(username)
    user.password_changed_at = until
    await user.save()
    return user


async def _names(**filters) -> list[str]:
    return sorted(await User.filter(**filters).values_list("username", flat=True))


async def test_filters_and_order_compare_instants_across_offsets(app):
    # Written in two offsets: the later instant in UTC, the earlier in Beijing time.
    await _stamped("evening", LATE_EVENING)
    await _stamped("after-midnight", AFTER_MIDNIGHT)

    assert await _names(password_changed_at__lt=MIDNIGHT_UTC) == ["evening"]
    assert await _names(password_changed_at__gte=MIDNIGHT_UTC) == ["after-midnight"]
    assert await _names(password_changed_at__lte=MIDNIGHT_UTC.astimezone(OFFICE_TZ)) == ["evening"]
    assert await _names(password_changed_at__gt=LATE_EVENING.astimezone(UTC)) == ["after-midnight"]
    assert await _names(
        password_changed_at__range=(MIDNIGHT_UTC, MIDNIGHT_UTC + timedelta(hours=1))
    ) == ["after-midnight"]
    # Equality with the same instant in another offset (optimistic checks compare like this).
    assert await _names(password_changed_at=AFTER_MIDNIGHT.astimezone(OFFICE_TZ)) == [
        "after-midnight"
    ]
    ordered = await User.filter(password_changed_at__isnull=False).order_by("-password_changed_at")
    assert [u.username for u in ordered] == ["after-midnight", "evening"]


async def test_statistics_period_counts_the_beijing_day(app):
    """Period.bounds() feeds raw SQL: a case finished at 23:30 Beijing time belongs to that day,
    one finished half an hour after midnight to the next."""
    orgs = await factories.org_tree()
    houses = await _estate(orgs.heping, "边界苑", 2010, 2)
    for house, finished in zip(houses, (LATE_EVENING, AFTER_MIDNIGHT), strict=True):
        await _application(
            house,
            Status.delivered,
            kind=ApplicationKind.transfer_registration,
            accepted_at=finished - timedelta(days=3),
            finished_at=finished,
            workdays_taken=3,
        )
    scope = orgs.city.scope_path
    first = stats.Period(start=date(2026, 12, 1), end=date(2026, 12, 1))
    second = stats.Period(start=date(2026, 12, 2), end=date(2026, 12, 2))

    [day_one] = await stats.processing_time(scope=scope, period=first, limit_workdays=5)
    [day_two] = await stats.processing_time(scope=scope, period=second, limit_workdays=5)
    assert (day_one["finished"], day_two["finished"]) == (1, 1)


async def test_stored_text_is_canonical_and_old_rows_are_rewritten(app):
    user = await _stamped("utc-writer", AFTER_MIDNIGHT)
    if not _sqlite():
        return  # PostgreSQL stores timestamptz; there is no text to check
    conn = Tortoise.get_connection("default")
    [row] = await conn.execute_query_dict(
        "SELECT password_changed_at FROM user_account WHERE id = ?", [str(user.id)]
    )
    assert row["password_changed_at"] == "2026-12-02 00:30:00.000000+08:00"

    # A row as the driver wrote it before: UTC text, no fraction.
    await conn.execute_query(
        "UPDATE user_account SET password_changed_at = ? WHERE id = ?",
        ["2026-12-01 16:30:00+00:00", str(user.id)],
    )
    await _stamped("evening", LATE_EVENING)
    assert await _names(password_changed_at__gt=MIDNIGHT_UTC) == []  # the old text compares wrongly

    models = [m for m in Tortoise.apps["models"].values() if m._meta.db_table != "aerich"]
    assert await dbtime.normalise_sqlite(conn, models) >= 1
    assert await _names(password_changed_at__gt=MIDNIGHT_UTC) == ["utc-writer"]
    assert await dbtime.normalise_sqlite(conn, models) == 0  # nothing left to rewrite


async def test_application_time_written_in_utc_reads_back_as_the_same_instant(app):
    orgs = await factories.org_tree()
    [house] = await _estate(orgs.heping, "读回苑", 2010, 1)
    application = await _application(
        house, Status.delivered, finished_at=AFTER_MIDNIGHT, workdays_taken=1
    )
    stored = await Application.get(id=application.id)
    assert stored.finished_at == AFTER_MIDNIGHT
