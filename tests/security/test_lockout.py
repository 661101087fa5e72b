"""Staff password lockout under attack (issue #13 items 1 and 2): atomic, counted before the
password is checked, per account and source, the same for unknown names, and never on the loop."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from banzheng.common.models import AuditEvent
from banzheng.security import passwords
from banzheng.security.roles import Role
from tests import factories
from tests.helpers import assert_error

PASSWORD = "Correct-Horse-9-Battery"


@pytest.fixture
async def clerk():
    orgs = await factories.org_tree()
    return await factories.staff("clerk-wang", Role.clerk, orgs.heping, password=PASSWORD)


@pytest.fixture
def checks(monkeypatch):
    """Every Argon2 verification: the thread it ran on."""
    seen: list[int] = []
    real = passwords._hasher

    class Counting:
        def verify(self, hash_, password):
            seen.append(threading.get_ident())
            return real.verify(hash_, password)

        def hash(self, password):
            return real.hash(password)

    monkeypatch.setattr(passwords, "_hasher", Counting())
    return seen


def client_at(app, ip: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(ip, 50000))
    return httpx.AsyncClient(transport=transport, base_url="http://banzheng.test")


async def login(client, username="clerk-wang", password=PASSWORD):
    return await client.post(
        "/api/v1/auth/staff-login", json={"username": username, "password": password}
    )


async def test_a_parallel_burst_gets_no_more_password_checks_than_the_limit(
    client, clerk, app, checks
):
    limit = app.ctx.settings.LOGIN_MAX_FAILURES
    answers = await asyncio.gather(*(login(client, password=f"guess-{i}") for i in range(15)))
    statuses = sorted(r.status_code for r in answers)
    assert statuses == [401] * limit + [423] * (15 - limit), statuses
    assert len(checks) == limit  # the other ten were refused before Argon2 ran
    assert_error(await login(client), 423, "ACCOUNT_LOCKED")


async def test_the_password_is_checked_off_the_event_loop(client, clerk, checks):
    loop_thread = threading.get_ident()
    assert (await login(client)).status_code == 200
    assert_error(await login(client, password="wrong"), 401, "BAD_CREDENTIALS")
    assert len(checks) == 2 and loop_thread not in checks


async def test_an_unknown_name_costs_answers_and_locks_like_a_known_one(client, clerk, app, checks):
    limit = app.ctx.settings.LOGIN_MAX_FAILURES
    for name in ("clerk-wang", "ghost"):
        for _ in range(limit):
            assert_error(await login(client, name, "wrong"), 401, "BAD_CREDENTIALS")
    assert len(checks) == 2 * limit  # one hash check each, known or not
    known = assert_error(await login(client, "clerk-wang", "wrong"), 423, "ACCOUNT_LOCKED")
    unknown = assert_error(await login(client, "ghost", "wrong"), 423, "ACCOUNT_LOCKED")
    assert known["message"] == unknown["message"]


async def test_a_lockout_holds_only_for_the_source_that_caused_it(app, clerk):
    async with client_at(app, "198.51.100.66") as attacker, client_at(app, "10.1.2.3") as office:
        for _ in range(app.ctx.settings.LOGIN_MAX_FAILURES):
            await login(attacker, password="guess")
        assert_error(await login(attacker), 423, "ACCOUNT_LOCKED")
        assert (await login(office)).status_code == 200  # the clerk at their desk is not locked out


async def test_ipv6_guessers_are_counted_per_64_not_per_address(app, clerk):
    for i in range(app.ctx.settings.LOGIN_MAX_FAILURES):
        async with client_at(app, f"2001:db8:1:2::{i + 1:x}") as guesser:
            await login(guesser, password="guess")
    async with client_at(app, "2001:db8:1:2::ffff") as same_network:
        assert_error(await login(same_network), 423, "ACCOUNT_LOCKED")


async def test_guessing_from_many_sources_stops_but_a_known_desk_still_logs_in(app, clerk):
    app.ctx.settings = app.ctx.settings.model_copy(
        update={"LOGIN_MAX_FAILURES": 3, "LOGIN_ACCOUNT_MAX_FAILURES": 6}
    )
    async with client_at(app, "10.1.2.3") as desk:
        assert (await login(desk)).status_code == 200  # the desk becomes a known source
    for bot in ("203.0.113.1", "203.0.113.2"):
        async with client_at(app, bot) as guesser:
            for _ in range(3):
                assert_error(await login(guesser, password="guess"), 401, "BAD_CREDENTIALS")
    async with client_at(app, "203.0.113.3") as new_bot:
        assert_error(await login(new_bot), 423, "ACCOUNT_LOCKED")  # even the right password
    async with client_at(app, "10.1.2.3") as desk:
        assert (await login(desk)).status_code == 200


async def test_failed_logins_and_lockouts_are_audited_without_the_password(client, clerk, app):
    for _ in range(app.ctx.settings.LOGIN_MAX_FAILURES):
        await login(client, password="S3cret-guess!")
    await login(client, "ghost", "S3cret-guess!")
    failed = await AuditEvent.filter(action="auth.login_failed").order_by("id")
    assert len(failed) == app.ctx.settings.LOGIN_MAX_FAILURES + 1
    assert failed[0].object_id == str(clerk.id) and failed[0].ip == "203.0.113.7"
    assert failed[-1].object_id is None and len(failed[-1].details["login_name_digest"]) == 32
    locked = await AuditEvent.get(action="auth.locked")
    assert locked.object_id == str(clerk.id)
    everything = "".join(str(e.details) for e in await AuditEvent.all())
    assert "S3cret-guess!" not in everything and "ghost" not in everything
