"""Rate limits are counted in Redis, per client address, before the route does any work."""

import httpx

from banzheng.security.rates import STAFF_LOGIN_PER_SOURCE as STAFF_LOGIN_PER_IP
from tests.helpers import assert_error


async def _login(client, username="nobody"):
    return await client.post(
        "/api/v1/auth/staff-login", json={"username": username, "password": "guess-guess"}
    )


async def test_staff_login_beyond_its_rate_answers_429_with_retry_after(client):
    allowed = STAFF_LOGIN_PER_IP.item.amount
    for i in range(allowed):  # a different name each time: the lockout (per name) stays out of it
        assert (await _login(client, f"nobody-{i}")).status_code == 401
    refused = await _login(client)
    error = assert_error(refused, 429, "RATE_LIMITED")
    wait = int(refused.headers["retry-after"])
    assert 1 <= wait <= 60
    assert error["details"]["retry_after"] == wait
    assert "秒" in error["message"]


async def test_the_limit_counts_per_address(app, client):
    for i in range(STAFF_LOGIN_PER_IP.item.amount):
        await _login(client, f"nobody-{i}")
    assert (await _login(client)).status_code == 429
    elsewhere = httpx.ASGITransport(app=app, client=("198.51.100.9", 50000))
    async with httpx.AsyncClient(transport=elsewhere, base_url="http://banzheng.test") as other:
        assert (await _login(other)).status_code == 401
