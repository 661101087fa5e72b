"""Sessions (issue #13 item 7): log out everywhere, an absolute lifetime for a login however often
it is refreshed, a grace window for the phone's parallel refreshes, and no caching of answers."""

from __future__ import annotations

import asyncio
import time

from banzheng.common import rediskeys
from tests import factories
from tests.helpers import assert_error


async def login(client, name: str = "alice") -> dict:
    resp = await client.post("/api/v1/auth/dev-login", json={"login": name})
    assert resp.status_code == 200, resp.text
    return resp.json()


def bearer(pair: dict) -> dict:
    return {"Authorization": f"Bearer {pair['access_token']}"}


async def refresh(client, token: str):
    return await client.post("/api/v1/auth/refresh", json={"refresh_token": token})


async def test_log_out_everywhere_ends_every_login_of_the_account_only(client):
    await factories.owner("alice")
    await factories.owner("bob")
    phone, tablet, bobs = await login(client), await login(client), await login(client, "bob")
    resp = await client.post("/api/v1/auth/logout-all", headers=bearer(phone))
    assert resp.status_code == 204
    for pair in (phone, tablet):
        assert_error(await client.get("/api/v1/me", headers=bearer(pair)), 401, "TOKEN_REVOKED")
        assert_error(await refresh(client, pair["refresh_token"]), 401, "REFRESH_INVALID")
    assert (await client.get("/api/v1/me", headers=bearer(bobs))).status_code == 200
    again = await login(client)
    assert (await client.get("/api/v1/me", headers=bearer(again))).status_code == 200


async def test_a_login_ends_at_its_absolute_lifetime_however_often_refreshed(client, app):
    await factories.owner("alice")
    pair = await login(client)
    claims = app.ctx.signer.verify(pair["refresh_token"], token_type="refresh")
    max_age = app.ctx.settings.SESSION_MAX_AGE
    assert claims["exp"] <= claims["iat"] + max_age
    # the login began longer ago than SESSION_MAX_AGE (refreshed all along, so never idle)
    born = int(time.time()) - max_age - 1
    await app.ctx.redis.hset(rediskeys.token_family(claims["fam"]), "born", born)
    assert_error(await refresh(client, pair["refresh_token"]), 401, "REFRESH_INVALID")
    assert_error(await client.get("/api/v1/me", headers=bearer(pair)), 401, "TOKEN_REVOKED")


async def test_tokens_of_a_refresh_never_outlive_the_login(client, app):
    await factories.owner("alice")
    pair = await login(client)
    claims = app.ctx.signer.verify(pair["refresh_token"], token_type="refresh")
    born = int(time.time()) - app.ctx.settings.SESSION_MAX_AGE + 120  # two minutes left
    await app.ctx.redis.hset(rediskeys.token_family(claims["fam"]), "born", born)
    resp = await refresh(client, pair["refresh_token"])
    assert resp.status_code == 200, resp.text
    renewed = app.ctx.signer.verify(resp.json()["refresh_token"], token_type="refresh")
    assert renewed["exp"] <= born + app.ctx.settings.SESSION_MAX_AGE
    assert resp.json()["expires_in"] <= 120


async def test_parallel_refreshes_of_one_token_keep_the_phone_logged_in(client):
    await factories.owner("alice")
    pair = await login(client)
    answers = await asyncio.gather(*(refresh(client, pair["refresh_token"]) for _ in range(5)))
    assert [a.status_code for a in answers] == [200] * 5, [a.text for a in answers]
    for answer in answers:  # whichever answer the phone kept, it goes on working
        assert (await client.get("/api/v1/me", headers=bearer(answer.json()))).status_code == 200
    kept = answers[3].json()
    later = await refresh(client, kept["refresh_token"])
    assert later.status_code == 200, later.text
    assert (await client.get("/api/v1/me", headers=bearer(later.json()))).status_code == 200


async def test_the_old_token_after_the_grace_window_is_still_a_theft_signal(client, app):
    await factories.owner("alice")
    pair = await login(client)
    rotated = await refresh(client, pair["refresh_token"])
    assert rotated.status_code == 200
    claims = app.ctx.signer.verify(pair["refresh_token"], token_type="refresh")
    grace = app.ctx.settings.REFRESH_GRACE_SECONDS
    key = rediskeys.token_family(claims["fam"])
    await app.ctx.redis.hset(key, "rotated", int(time.time()) - grace - 1)
    assert_error(await refresh(client, pair["refresh_token"]), 401, "REFRESH_INVALID")
    for tokens in (pair, rotated.json()):  # the whole login is gone
        assert_error(await client.get("/api/v1/me", headers=bearer(tokens)), 401, "TOKEN_REVOKED")


async def test_a_token_two_rotations_old_is_reuse_even_within_the_grace_window(client):
    await factories.owner("alice")
    first = await login(client)
    second = (await refresh(client, first["refresh_token"])).json()
    third = await refresh(client, second["refresh_token"])
    assert third.status_code == 200
    assert_error(await refresh(client, first["refresh_token"]), 401, "REFRESH_INVALID")
    assert_error(await client.get("/api/v1/me", headers=bearer(third.json())), 401, "TOKEN_REVOKED")


async def test_json_answers_with_personal_data_are_never_cached(client):
    await factories.owner("alice")
    pair = await login(client)
    for path in ("/api/v1/me", "/api/v1/me/houses", "/api/v1/applications"):
        resp = await client.get(path, headers=bearer(pair))
        assert resp.status_code == 200
        assert resp.headers["cache-control"] == "no-store", path
    assert (await client.post("/api/v1/auth/dev-login", json={"login": "alice"})).headers[
        "cache-control"
    ] == "no-store"  # tokens too
