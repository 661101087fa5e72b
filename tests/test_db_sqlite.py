"""The embedded default (SQLite) with the API and the worker writing at once (scripts/dev.sh)."""

from __future__ import annotations

import sqlite3

import pytest
from tortoise.transactions import in_transaction

from banzheng import db
from banzheng.common.models import WorkdayOverride


async def test_a_transaction_holds_the_write_lock_from_its_start(settings, database):
    """A transaction that reads, then writes, must not fail because another process wrote in
    between: the other process waits for it instead (a 500 "database is locked" before)."""
    if db.dialect(settings.database_url) != "sqlite":
        pytest.skip("SQLite's locking; PostgreSQL locks rows")
    path = settings.database_url.removeprefix("sqlite://")
    other = sqlite3.connect(path, timeout=0.2, isolation_level=None)  # another process's writer
    try:
        async with in_transaction():
            assert await WorkdayOverride.filter(name="mine").count() == 0  # read first
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute(  # waits 0.2 s for our transaction, then gives up
                    "INSERT INTO workday_override (id, date, is_workday, name, created_at)"
                    " VALUES ('00000000-0000-0000-0000-000000000001', '2031-01-01', 1, 'theirs',"
                    " '2030-12-31 00:00:00.000000+08:00')"
                )
            await WorkdayOverride.create(date="2031-01-02", is_workday=True, name="mine")
    finally:
        other.close()
    assert await WorkdayOverride.filter(name="mine").count() == 1
