"""Small helpers so tests read as specifications."""

from __future__ import annotations

from contextlib import asynccontextmanager

from tortoise import Tortoise


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
