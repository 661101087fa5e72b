"""Small helpers so tests read as specifications."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from tortoise import Tortoise

from banzheng.common.times import SERVICE_TZ


async def login_as(client, login: str) -> dict[str, str]:
    """Log in with the dev login; returns the Authorization header."""
    resp = await client.post("/api/v1/auth/dev-login", json={"login": login})
    assert resp.status_code == 200, resp.text
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


def assert_error(resp, status: int, code: str) -> dict:
    """The response is our error shape with this status and code, and a Chinese message."""
    assert resp.status_code == status, f"{resp.status_code} != {status}: {resp.text}"
    error = resp.json()["error"]
    assert error["code"] == code, error
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error["message"]), error["message"]
    assert resp.headers.get("x-request-id")
    return error


async def _row_counts() -> dict[str, int]:
    counts = {}
    conn = Tortoise.get_connection("default")
    for model in Tortoise.apps["models"].values():
        table = model._meta.db_table
        _, rows = await conn.execute_query(f'SELECT COUNT(*) AS n FROM "{table}"')
        counts[table] = rows[0]["n"] if isinstance(rows[0], dict) else rows[0][0]
    return counts


@asynccontextmanager
async def writes_nothing():
    """Asserts that the block (a refused request) inserted or deleted no row anywhere."""
    before = await _row_counts()
    yield
    after = await _row_counts()
    changed = {t: (before[t], after[t]) for t in before if before[t] != after[t]}
    assert not changed, f"a refused request wrote rows: {changed}"


@dataclass
class QueryLog:
    """The SQL statements run inside a `queries()` block, in order."""

    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)

    def __str__(self) -> str:
        return "\n".join(f"{n}. {q[:200]}" for n, q in enumerate(self.statements, 1))


class _Capture(logging.Handler):
    def __init__(self, log: QueryLog) -> None:
        super().__init__(logging.DEBUG)
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        query = record.args[0] if isinstance(record.args, tuple) and record.args else record.msg
        if isinstance(query, str) and query.lstrip().split(" ", 1)[0].upper() in _STATEMENTS:
            self.log.statements.append(query)


_STATEMENTS = {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"}


@contextmanager
def queries():
    """Count the database queries of a block, the way Zulip's `queries_captured` does: every
    statement Tortoise sends (it logs each one on `tortoise.db_client` at DEBUG).

        with queries() as q:
            resp = await client.get(...)
        assert q.count <= 3, q
    """
    log = QueryLog()
    logger = logging.getLogger("tortoise.db_client")
    handler = _Capture(log)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield log
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def office_today() -> date:
    """Today at the registry (the service's zone): from 16:00 UTC it is already tomorrow in
    Beijing, so `date.today()` on a UTC machine would be yesterday to the service."""
    return datetime.now(SERVICE_TZ).date()
