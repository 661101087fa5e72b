"""Two API processes share nothing in memory: a login made on one works on the other, a logout on
one is seen by the other, an Idempotency-Key answered by one is replayed by the other, and a rate
limit counts requests to both (everything lives in PostgreSQL/SQLite and Redis).

Two real `python -m banzheng serve` processes on loopback ports, on the test database and Redis.
"""

from __future__ import annotations

import asyncio
import sys
import time

import httpx
import pytest

from banzheng.security.rates import STAFF_LOGIN_PER_SOURCE
from tests.faults.conftest import draft_with_core_materials, free_port, processes  # noqa: F401
from tests.helpers import assert_error

pytestmark = pytest.mark.slow


async def _serving(procs, settings_env, tmp_path, name: str) -> str:
    port = free_port()
    env = {**settings_env, "PORT": str(port), "API_WORKERS": "1"}
    log = tmp_path / f"{name}.log"
    proc = procs.start([sys.executable, "-m", "banzheng", "serve"], log=log, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180  # a busy 2-core machine imports slowly
    async with httpx.AsyncClient(base_url=base, timeout=5) as http:
        while True:
            assert proc.poll() is None, log.read_text()[-3000:]
            try:
                if (await http.get("/readyz")).status_code == 200:
                    return base
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, f"{name} not ready"
            await asyncio.sleep(0.2)


async def test_nothing_lives_in_one_api_process(app, settings_env, migrated, processes, tmp_path):  # noqa: F811
    application, _alice = await draft_with_core_materials()
    one, two = await asyncio.gather(
        _serving(processes, settings_env, tmp_path, "api-one"),
        _serving(processes, settings_env, tmp_path, "api-two"),
    )
    async with (
        httpx.AsyncClient(base_url=one, timeout=20) as a,
        httpx.AsyncClient(base_url=two, timeout=20) as b,
    ):
        # a login made on one process is honoured by the other
        login = await a.post("/api/v1/auth/dev-login", json={"login": "alice"})
        assert login.status_code == 200, login.text
        bearer = {"Authorization": f"Bearer {login.json()['access_token']}"}
        me = await b.get("/api/v1/me", headers=bearer)
        assert me.status_code == 200 and me.json()["role"] == "owner", me.text

        # the same Idempotency-Key: answered by one, replayed by the other
        submit = f"/api/v1/applications/{application.id}/submit"
        keyed = {**bearer, "Idempotency-Key": "tap-提交-once".encode().hex()}
        first = await a.post(submit, headers=keyed)
        assert first.status_code == 202, first.text
        again = await b.post(submit, headers=keyed)
        assert again.status_code == 202 and again.json() == first.json()
        assert again.headers.get("idempotent-replayed") == "true"

        # a rate limit counts requests to both processes (a new name each time: the per-account
        # lockout must not be what refuses)
        def attempt(i: int) -> dict:
            return {"username": f"nobody-{i}", "password": "guess-guess"}

        limit = STAFF_LOGIN_PER_SOURCE.item.amount
        for i in range(limit):
            answer = await (a, b)[i % 2].post("/api/v1/auth/staff-login", json=attempt(i))
            assert answer.status_code == 401, answer.text
        for i, http in enumerate((a, b)):
            refused = await http.post("/api/v1/auth/staff-login", json=attempt(limit + i))
            assert_error(refused, 429, "RATE_LIMITED")

        # a logout on one process revokes the login on the other at once
        assert (await b.post("/api/v1/auth/logout", headers=bearer)).status_code == 204
        assert_error(await a.get("/api/v1/me", headers=bearer), 401, "TOKEN_REVOKED")
