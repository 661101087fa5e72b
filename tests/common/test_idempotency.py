"""The Idempotency-Key store and its rules, on a real Redis (the HTTP side: tests/applications/
test_submission_queue.py)."""

import asyncio
import contextlib
from types import SimpleNamespace

import pytest
from sanic.compat import Header
from sanic.response import json

from banzheng.common.errors import ApiError
from banzheng.common.idempotency import (
    Claim,
    IdempotencyStore,
    StoredAnswer,
    is_final,
    read_key,
)

FP = "a" * 64


def request_with(*values: str) -> SimpleNamespace:
    return SimpleNamespace(headers=Header([("Idempotency-Key", v) for v in values]))


@pytest.fixture
def store(redis):
    return IdempotencyStore(redis, ttl=86400, lock_ttl=2)


def test_the_key_is_read_from_its_sf_string_or_bare_form():
    assert read_key(request_with('"abc-1"')) == read_key(request_with("abc-1")) == "abc-1"
    assert read_key(request_with(r'"say \"hi\""')) == 'say "hi"'
    assert read_key(request_with()) is None


@pytest.mark.parametrize("value", ["", '""', "x" * 256, "é", "a\x01b"])
def test_a_bad_key_is_a_400(value):
    with pytest.raises(ApiError) as refused:
        read_key(request_with(value))
    assert (refused.value.status, refused.value.code) == (400, "IDEMPOTENCY_KEY_INVALID")


def test_two_keys_or_a_missing_required_key_are_400s():
    with pytest.raises(ApiError) as two:
        read_key(request_with("a", "b"))
    assert two.value.code == "IDEMPOTENCY_KEY_INVALID"
    with pytest.raises(ApiError) as missing:
        read_key(request_with(), required=True)
    assert (missing.value.status, missing.value.code) == (400, "IDEMPOTENCY_KEY_REQUIRED")


def test_only_final_answers_are_replayed():
    assert all(is_final(s) for s in (200, 201, 202, 204, 400, 404, 413, 422))
    assert not any(is_final(s) for s in (401, 403, 408, 409, 423, 429, 500, 502, 503))


async def test_a_completed_answer_is_replayed_with_its_headers(store, redis):
    claim = await store.claim(scope="u1", key="k", fp=FP)
    assert isinstance(claim, Claim)
    await claim.complete(
        StoredAnswer.of(json({"ticket": "t"}, status=202, headers={"Location": "/t"}))
    )
    replay = (await store.claim(scope="u1", key="k", fp=FP)).replay()
    assert replay.status == 202 and replay.body == b'{"ticket":"t"}'
    assert replay.headers["location"] == "/t" and replay.headers["idempotent-replayed"] == "true"
    assert 86390 < await redis.ttl(store.redis_key("u1", "k")) <= 86400


async def test_in_flight_other_fingerprint_and_other_scope(store):
    await store.claim(scope="u1", key="k", fp=FP)
    with pytest.raises(ApiError) as busy:
        await store.claim(scope="u1", key="k", fp=FP)
    assert (busy.value.status, busy.value.headers) == (409, {"Retry-After": "1"})
    with pytest.raises(ApiError) as reused:
        await store.claim(scope="u1", key="k", fp="b" * 64)
    assert (reused.value.status, reused.value.code) == (422, "IDEMPOTENCY_KEY_REUSED")
    assert isinstance(await store.claim(scope="u2", key="k", fp=FP), Claim)


async def test_a_retryable_answer_frees_the_key(store, redis):
    claim = await store.claim(scope="u1", key="k", fp=FP)
    await claim.complete(StoredAnswer.of(json({}, status=429)))
    assert await redis.exists(store.redis_key("u1", "k")) == 0
    assert isinstance(await store.claim(scope="u1", key="k", fp=FP), Claim)


async def test_a_crashed_request_frees_the_key_after_the_lock_ttl(store):
    await store.claim(scope="u1", key="k", fp=FP)  # never completes: the process died
    await asyncio.sleep(2.1)
    assert isinstance(await store.claim(scope="u1", key="k", fp=FP), Claim)


async def test_a_running_request_renews_its_lease_and_a_killed_one_frees_the_key_soon(store):
    """The lease is short (here 2 s) because a live request renews it: one that runs longer
    keeps its key; one whose process was killed stops renewing, and the owner's retry is told
    in seconds when to come back, then runs."""
    slow = await store.claim(scope="u1", key="k", fp=FP)
    async with slow.held():
        await asyncio.sleep(3.0)  # longer than the lease
        with pytest.raises(ApiError) as busy:
            await store.claim(scope="u1", key="k", fp=FP)
    assert busy.value.code == "IDEMPOTENCY_IN_FLIGHT"
    assert "仍在处理中" in busy.value.message
    await slow.release()

    await store.claim(scope="u2", key="k", fp=FP)  # the process dies here: no renewal
    await asyncio.sleep(0.5)
    with pytest.raises(ApiError) as retry:
        await store.claim(scope="u2", key="k", fp=FP)
    assert retry.value.headers["Retry-After"] == "1"
    await asyncio.sleep(1.6)  # a later try of the phone's, past the dead holder's 2 s lease
    assert isinstance(await store.claim(scope="u2", key="k", fp=FP), Claim)


async def test_a_request_that_outlived_its_lock_does_not_overwrite_the_next_one(store, redis):
    slow = await store.claim(scope="u1", key="k", fp=FP)
    await redis.delete(store.redis_key("u1", "k"))  # its lock expired…
    fast = await store.claim(scope="u1", key="k", fp=FP)  # …and a retry took the key
    await fast.complete(StoredAnswer.of(json({"n": 2}, status=202)))
    await slow.complete(StoredAnswer.of(json({"n": 1}, status=202)))
    assert (await store.claim(scope="u1", key="k", fp=FP)).body == b'{"n":2}'


async def test_a_process_renews_all_its_leases_in_one_round_trip(redis, monkeypatch):
    """Renewing per request made an overloaded API slower still (its requests live longer, so
    they renewed more); the process renews every lease it holds in one pipeline instead."""
    store = IdempotencyStore(redis, ttl=86400, lock_ttl=1)  # renewed every third of a second
    claims = [await store.claim(scope=f"u{n}", key="k", fp=FP) for n in range(5)]
    pipelines = []
    real = redis.pipeline
    monkeypatch.setattr(redis, "pipeline", lambda **kw: pipelines.append(kw) or real(**kw))
    async with contextlib.AsyncExitStack() as held:
        for claim in claims:
            await held.enter_async_context(claim.held())
        await asyncio.sleep(1.6)  # past every lease's 1 s
        for n in range(5):  # all still held
            with pytest.raises(ApiError) as busy:
                await store.claim(scope=f"u{n}", key="k", fp=FP)
            assert busy.value.code == "IDEMPOTENCY_IN_FLIGHT"
    assert 3 <= len(pipelines) <= 5, pipelines  # ~4 rounds for five leases, not ~20 calls
    await asyncio.sleep(1.2)  # let go and not renewed: the leases lapse
    assert isinstance(await store.claim(scope="u0", key="k", fp=FP), Claim)
