"""Submitting from a phone on a weak network: Idempotency-Key on submit, and backpressure."""

import asyncio

from banzheng import queue
from banzheng.accounts.models import User
from banzheng.applications.models import ApplicationEvent
from banzheng.common.idempotency import IdempotencyStore
from tests import factories
from tests.applications.conftest import draft
from tests.helpers import assert_error, login_as, writes_nothing

KEY = "8e03978e-40d5-43e8-bc93-6894a57f9324"


async def ready(act, world) -> dict:
    """A draft to submit (without materials: pre-review lists them; submitting is what counts)."""
    return await draft(act, world)


def submit_path(application: dict) -> str:
    return f"/api/v1/applications/{application['id']}/submit"


def with_key(owner, key=KEY) -> dict:
    return {**owner.headers, "Idempotency-Key": key}


def override(app, **values) -> None:
    app.ctx.settings = app.ctx.settings.model_copy(update=values)


async def test_twenty_concurrent_taps_with_one_key_queue_one_job_and_submit_once(
    app, act, world, drain
):
    owner = await act("alice")
    application = await ready(act, world)
    answers = await asyncio.gather(
        *(owner.client.post(submit_path(application), headers=with_key(owner)) for _ in range(20))
    )

    assert {a.status_code for a in answers} <= {202, 409}
    accepted = [a for a in answers if a.status_code == 202]
    first = [a for a in accepted if "idempotent-replayed" not in a.headers]
    assert len(first) == 1, [a.headers.get("idempotent-replayed") for a in accepted]
    assert {a.json()["ticket"] for a in accepted} == {first[0].json()["ticket"]}
    assert all(a.headers["idempotent-replayed"] == "true" for a in accepted if a not in first)
    for busy in (a for a in answers if a.status_code == 409):
        assert_error(busy, 409, "IDEMPOTENCY_IN_FLIGHT")
        assert busy.headers["retry-after"] == "1"
    assert await app.ctx.queue.count("queued") == 1

    await drain()  # the submission (and the jobs of the events it records: a 补正 notice)
    events = ApplicationEvent.filter(application_id=application["id"], action="submit")
    assert await events.count() == 1

    later = await owner.client.post(submit_path(application), headers=with_key(owner))
    assert later.status_code == 202 and later.headers["idempotent-replayed"] == "true"
    assert later.json() == first[0].json()  # the first answer, not today's state
    assert later.headers["x-request-id"] != first[0].headers["x-request-id"]


async def test_the_same_key_for_another_request_is_refused(app, act, world):
    owner = await act("alice")
    application = await ready(act, world)
    assert (await owner.client.post(submit_path(application), headers=with_key(owner))).is_success

    other_body = await owner.client.post(
        submit_path(application), headers=with_key(owner), json={"note": "再提交一次"}
    )
    assert_error(other_body, 422, "IDEMPOTENCY_KEY_REUSED")
    other_path = await owner.client.post(
        "/api/v1/applications/00000000-0000-4000-8000-000000000000/submit",
        headers=with_key(owner),
    )
    assert_error(other_path, 422, "IDEMPOTENCY_KEY_REUSED")
    assert await app.ctx.queue.count("queued") == 1


async def test_keys_belong_to_the_caller(app, act, world):
    alice = await act("alice")
    alices = await ready(act, world)
    bob = await factories.owner("bob-2")
    house = await factories.house(world.orgs.heping, owner=bob, room="302", estate=world.estate)
    bob_headers = await login_as(alice.client, "bob-2")
    created = await alice.client.post(
        "/api/v1/applications",
        headers=bob_headers,
        json={"house_id": str(house.id), "type": "transfer_registration"},
    )
    assert created.status_code == 201, created.text
    bobs = created.json()
    first = await alice.client.post(submit_path(alices), headers=with_key(alice))
    assert first.status_code == 202

    # Bob's identical key is his own: a fresh answer for his request, not Alice's replayed.
    own = await alice.client.post(
        submit_path(bobs), headers={**bob_headers, "Idempotency-Key": KEY}
    )
    assert own.status_code == 202 and "idempotent-replayed" not in own.headers
    assert own.json()["ticket"] != first.json()["ticket"]
    assert await app.ctx.queue.count("queued") == 2

    again_alice = await alice.client.post(submit_path(alices), headers=with_key(alice))
    again_bob = await alice.client.post(
        submit_path(bobs), headers={**bob_headers, "Idempotency-Key": KEY}
    )
    assert again_alice.json() == first.json() and again_bob.json() == own.json()
    assert again_alice.headers["idempotent-replayed"] == again_bob.headers["idempotent-replayed"]


async def test_a_key_is_kept_a_day_and_is_new_again_after_it_expires(app, act, world, redis):
    owner = await act("alice")
    application = await ready(act, world)
    first = await owner.client.post(submit_path(application), headers=with_key(owner))
    assert first.status_code == 202
    alice = await User.get(username="alice")
    record = IdempotencyStore.redis_key(alice.id, KEY)
    assert 86400 - 5 < await redis.ttl(record) <= 86400

    await redis.pexpire(record, 1)
    await asyncio.sleep(0.01)
    fresh = await owner.client.post(
        submit_path(application), headers=with_key(owner), json={"note": "新的内容"}
    )
    assert fresh.status_code == 202 and "idempotent-replayed" not in fresh.headers


async def test_a_malformed_key_is_refused_before_anything_happens(app, act, world):
    owner = await act("alice")
    application = await ready(act, world)
    for bad in ("", "   ", "k" * 256, "提交".encode(), "tab\tinside"):
        async with writes_nothing():
            resp = await owner.client.post(submit_path(application), headers=with_key(owner, bad))
        assert_error(resp, 400, "IDEMPOTENCY_KEY_INVALID")
    assert await app.ctx.queue.count("queued") == 0

    quoted = await owner.client.post(submit_path(application), headers=with_key(owner, f'"{KEY}"'))
    bare = await owner.client.post(submit_path(application), headers=with_key(owner, KEY))
    assert quoted.status_code == bare.status_code == 202
    assert bare.headers["idempotent-replayed"] == "true"  # the sf-string and bare forms are one key


async def test_submitting_without_a_key_still_works_for_old_clients(app, act, world, drain):
    owner = await act("alice")
    application = await ready(act, world)
    taps = [await owner.post(submit_path(application)) for _ in range(3)]
    assert [t.status_code for t in taps] == [202, 202, 202]
    assert await app.ctx.queue.count("queued") == 1
    await drain()
    events = ApplicationEvent.filter(application_id=application["id"], action="submit")
    assert await events.count() == 1


async def test_a_full_queue_answers_429_with_retry_after_and_queues_nothing(app, act, world):
    owner = await act("alice")
    application = await ready(act, world)
    override(app, QUEUE_MAX_DEPTH=3, QUEUE_DRAIN_RATE=0.5)
    for n in range(3):
        await queue.enqueue(app.ctx.queue, "scan_deadlines", key=f"filler-{n}")

    async with writes_nothing():
        full = await owner.client.post(submit_path(application), headers=with_key(owner))
    error = assert_error(full, 429, "QUEUE_FULL")
    assert full.headers["retry-after"] == "8"  # (3 waiting + this one) / 0.5 per second
    assert error["details"]["retry_after"] == 8 and "8 秒" in error["message"]
    assert await app.ctx.queue.count("queued") == 3

    # "Later" is not stored as the key's answer: the retry with the same key goes through.
    override(app, QUEUE_MAX_DEPTH=10)
    retried = await owner.client.post(submit_path(application), headers=with_key(owner))
    assert retried.status_code == 202 and "idempotent-replayed" not in retried.headers
    ticket = retried.json()
    assert ticket["state"] == "queued" and ticket["position"] == 3
    assert ticket["estimated_wait_seconds"] == 8


async def test_retry_after_is_clamped_to_a_minute(app, act, world):
    owner = await act("alice")
    application = await ready(act, world)
    override(app, QUEUE_MAX_DEPTH=1, QUEUE_DRAIN_RATE=0.001)
    await queue.enqueue(app.ctx.queue, "scan_deadlines", key="filler")
    full = await owner.post(submit_path(application))
    assert_error(full, 429, "QUEUE_FULL")
    assert full.headers["retry-after"] == "60"


async def test_a_repeated_tap_is_admitted_when_its_own_job_is_already_waiting(app, act, world):
    owner = await act("alice")
    application = await ready(act, world)
    first = await owner.post(submit_path(application))
    assert first.status_code == 202
    override(app, QUEUE_MAX_DEPTH=1)
    again = await owner.post(submit_path(application))
    assert again.status_code == 202 and again.json()["ticket"] == first.json()["ticket"]
    assert again.json()["position"] == 0 and again.json()["estimated_wait_seconds"] >= 1
