"""Revocation is honoured on the very next request, although the caller is cached per process:
logout, a revoked refresh family, every session of a user (deactivation, logout everywhere),
each with the cache warm."""

from __future__ import annotations

import asyncio

from tortoise.transactions import in_transaction

from banzheng.accounts.cache import UserCache
from banzheng.accounts.models import User
from banzheng.security.sessions import revoke_user_sessions
from tests import factories
from tests.helpers import assert_error, queries


async def login(client, name: str = "alice") -> dict:
    resp = await client.post("/api/v1/auth/dev-login", json={"login": name})
    assert resp.status_code == 200, resp.text
    return resp.json()


def family_of(app, pair: dict) -> str:
    return app.ctx.signer.verify(pair["access_token"], token_type="access")["fam"]


def bearer(pair: dict) -> dict:
    return {"Authorization": f"Bearer {pair['access_token']}"}


async def warm(client, pair: dict) -> None:
    """Two requests: the first loads the user, the second is served from the cache."""
    assert (await client.get("/api/v1/me", headers=bearer(pair))).status_code == 200
    with queries() as q:
        assert (await client.get("/api/v1/me", headers=bearer(pair))).status_code == 200
    assert q.count == 0, q  # the cache is warm: this is what revocation must cut through


async def test_logout_ends_the_login_at_once(client, app):
    await factories.owner("alice")
    pair = await login(client)
    await warm(client, pair)
    assert (await client.post("/api/v1/auth/logout", headers=bearer(pair))).status_code == 204
    assert_error(await client.get("/api/v1/me", headers=bearer(pair)), 401, "TOKEN_REVOKED")


async def test_a_reused_refresh_token_ends_its_family_at_once(client, app):
    await factories.owner("alice")
    pair = await login(client)
    await warm(client, pair)
    rotated = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]}
    )
    assert rotated.status_code == 200
    app.ctx.families.grace = 0  # past the phone's retry window (tests/security/test_sessions.py)
    await asyncio.sleep(1.1)
    reused = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]}
    )
    assert_error(reused, 401, "REFRESH_INVALID")
    for tokens in (pair, rotated.json()):
        assert_error(await client.get("/api/v1/me", headers=bearer(tokens)), 401, "TOKEN_REVOKED")


async def test_revoking_a_user_ends_every_login_and_refresh_but_not_other_users(client, app):
    alice = await factories.owner("alice")
    await factories.owner("bob")
    phone, laptop, bobs = await login(client), await login(client), await login(client, "bob")
    for pair in (phone, laptop, bobs):
        await warm(client, pair)

    await revoke_user_sessions(app.ctx.redis, alice.id, ttl=app.ctx.settings.REFRESH_TOKEN_TTL)

    for pair in (phone, laptop):
        assert_error(await client.get("/api/v1/me", headers=bearer(pair)), 401, "TOKEN_REVOKED")
        refused = await client.post(
            "/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]}
        )
        assert_error(refused, 401, "REFRESH_INVALID")
    assert (await client.get("/api/v1/me", headers=bearer(bobs))).status_code == 200
    again = await login(client)  # a new login after the revocation works
    assert (await client.get("/api/v1/me", headers=bearer(again))).status_code == 200


async def test_a_deactivated_user_stops_on_the_next_request_in_every_process(client, app):
    alice = await factories.owner("alice")
    pair = await login(client)
    await warm(client, pair)
    other_process = UserCache()  # a second API process has the user cached too
    assert await other_process.get(str(alice.id), epoch=0) is not None

    await User.filter(id=alice.id).update(is_active=False)
    epoch = await revoke_user_sessions(
        app.ctx.redis, alice.id, ttl=app.ctx.settings.REFRESH_TOKEN_TTL
    )

    # the account is gone (reloaded under the new epoch), not merely its sessions revoked
    assert_error(await client.get("/api/v1/me", headers=bearer(pair)), 401, "TOKEN_INVALID")
    assert await other_process.get(str(alice.id), epoch=epoch) is None  # reloaded: inactive


async def test_a_saved_account_change_shows_on_the_next_request_in_every_process(client, app):
    """The user cache keeps an account for minutes; a change saved anywhere (binding a phone,
    taking a real name) bumps the account's revision after its commit, so no process answers
    with the old account."""
    alice = await factories.owner("alice")
    pair = await login(client)
    await warm(client, pair)
    other_process = UserCache()
    check = await app.ctx.families.check(family=family_of(app, pair), user_id=str(alice.id))
    assert (await other_process.get(str(alice.id), epoch=0, revision=check.revision)).display_name

    async with in_transaction():
        account = await User.get(id=alice.id)
        account.display_name = "王阿姨"
        await account.save(update_fields=["display_name"])
        during = await app.ctx.families.check(family=family_of(app, pair), user_id=str(alice.id))
        assert during.revision == check.revision  # not before the commit

    me = await client.get("/api/v1/me", headers=bearer(pair))
    assert me.status_code == 200 and me.json()["display_name"] == "王阿姨", me.text
    after = await app.ctx.families.check(family=family_of(app, pair), user_id=str(alice.id))
    assert after.revision > check.revision
    reloaded = await other_process.get(str(alice.id), epoch=0, revision=after.revision)
    assert reloaded.display_name == "王阿姨"


async def test_revocation_costs_one_redis_round_trip_and_no_query(client, app):
    await factories.owner("alice")
    pair = await login(client)
    await warm(client, pair)
    calls = []
    original = app.ctx.families.check

    async def counted(**kwargs):
        calls.append(kwargs)
        return await original(**kwargs)

    app.ctx.families.check = counted
    with queries() as q:
        assert (await client.get("/api/v1/me", headers=bearer(pair))).status_code == 200
    assert len(calls) == 1 and q.count == 0
