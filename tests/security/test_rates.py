"""Throttling where the penetration test found none (issue #13 item 2): refresh, uploads,
submissions, per account as well as per source, answered 429 with Retry-After in Chinese."""

from __future__ import annotations

import uuid

from banzheng.security import rates
from tests import factories
from tests.helpers import assert_error, login_as


def assert_limited(resp) -> None:
    error = assert_error(resp, 429, "RATE_LIMITED")
    assert int(resp.headers["retry-after"]) == error["details"]["retry_after"] >= 1


async def test_refreshing_one_login_too_often_is_refused(client):
    await factories.owner("alice")
    pair = (await client.post("/api/v1/auth/dev-login", json={"login": "alice"})).json()
    token = pair["refresh_token"]
    for _ in range(rates.REFRESH_PER_SESSION.item.amount):
        resp = await client.post("/api/v1/auth/refresh", json={"refresh_token": token})
        assert resp.status_code == 200, resp.text
        token = resp.json()["refresh_token"]
    assert_limited(await client.post("/api/v1/auth/refresh", json={"refresh_token": token}))


async def test_starting_uploads_is_limited_per_owner(client):
    await factories.owner("alice")
    headers = await login_as(client, "alice")
    meta = {"Upload-Length": "10", "Upload-Metadata": "application_id bm9uZQ=="}
    for _ in range(rates.UPLOAD_START_PER_USER.item.amount):
        resp = await client.post("/api/v1/uploads", headers={**headers, **meta})
        assert resp.status_code == 404  # counted even when refused: the work was asked for
    assert_limited(await client.post("/api/v1/uploads", headers={**headers, **meta}))


async def test_submitting_is_limited_per_account_not_per_address(app, client):
    await factories.owner("alice")
    await factories.owner("bob")
    alice, bob = await login_as(client, "alice"), await login_as(client, "bob")
    path = f"/api/v1/applications/{uuid.uuid4()}/submit"
    for _ in range(rates.SUBMIT_PER_USER.item.amount):
        assert (await client.post(path, headers=alice)).status_code == 404
    assert_limited(await client.post(path, headers=alice))
    assert (await client.post(path, headers=bob)).status_code == 404  # same address, other owner


def test_chunks_by_patch_and_by_post_override_share_one_counter():
    from banzheng.materials import routes

    patch, post = routes.upload_chunk.rate_limits, routes.upload_chunk_override.rate_limits
    assert patch == post and patch[0].scope == "upload_chunk:user"
