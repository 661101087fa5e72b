"""TRUSTED_PROXIES: X-Forwarded-For names the client only when the connection comes from one of
TRUSTED_PROXY_NETWORKS. A caller on the internet who writes the header itself keeps its own
address — in the audit log and for every per-source limit (login lockout, rate limits)."""

from __future__ import annotations

import httpx
import pytest

from banzheng.common.models import AuditEvent
from banzheng.settings import parse_networks


@pytest.fixture
def behind_nginx(app):
    """The app as deployed behind one nginx on a private network."""
    app.config.PROXIES_COUNT = 1
    app.ctx.proxy_networks = parse_networks("10.0.0.0/8,127.0.0.0/8")
    return app


async def _failed_login_ip(app, peer: str, forwarded: str) -> str:
    transport = httpx.ASGITransport(app=app, client=(peer, 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://banzheng.test") as http:
        resp = await http.post(
            "/api/v1/auth/staff-login",
            json={"username": "nobody", "password": "wrong-password-1"},
            headers={"X-Forwarded-For": forwarded},
        )
    assert resp.status_code == 401, resp.text
    row = await AuditEvent.filter(action="auth.login_failed").order_by("-id").first()
    return row.ip


async def test_forwarded_address_is_read_only_from_a_trusted_proxy(behind_nginx):
    # nginx on the private network relays a phone's address: that is the client
    assert await _failed_login_ip(behind_nginx, "10.0.0.5", "198.51.100.23") == "198.51.100.23"
    # a caller from the internet forging the header stays itself
    assert await _failed_login_ip(behind_nginx, "203.0.113.7", "10.9.9.9") == "203.0.113.7"
    assert await _failed_login_ip(behind_nginx, "203.0.113.7", "127.0.0.1") == "203.0.113.7"


async def test_without_proxies_the_header_is_never_read(app):
    assert await _failed_login_ip(app, "10.0.0.5", "198.51.100.23") == "10.0.0.5"
