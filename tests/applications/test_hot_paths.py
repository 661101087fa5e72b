"""Query counts on the routes a peak hits (submit, progress detail, ticket, work queue), the way
Zulip's tests count queries: a regression that adds a query per request, or one per row, fails
here before it shows in scripts/bench/peak.py."""

from __future__ import annotations

from banzheng.accounts.cache import UserCache
from banzheng.applications import lifecycle
from banzheng.applications.models import Application, ApplicationKind, Status
from banzheng.common import rediskeys
from tests import factories
from tests.applications.conftest import Actor, draft, provide, submitted
from tests.helpers import login_as, queries

# The application row (visibility, state, version); the caller comes from the token and the
# per-process user cache (a WeChat or demo login leaves its user there).
SUBMIT_QUERIES = 1
# Built on a cache miss: house with building and estate; checklist; materials; steps with their
# organisations; events; their supplement items; the working-day overrides of the expected
# date (+ the one revision query of every read).
DETAIL_QUERIES = 7
# The page in queue order with the queue's length (one query); the page's applications with
# house and estate; for steps, the steps.
CLERK_QUEUE_QUERIES = 2


async def test_submit_right_after_login_costs_one_query(act, world, app, client):
    """Under a peak every owner logs in and submits once: the login leaves the account in the
    serving process's cache, so the submit loads nothing but the application."""
    application = await draft(act, world)
    app.ctx.users = UserCache()  # as in a process that has served none of this yet
    owner = Actor(client, await login_as(client, "alice"))
    with queries() as q:
        resp = await owner.post(f"/api/v1/applications/{application['id']}/submit")
    assert resp.status_code == 202, resp.text
    assert q.count == SUBMIT_QUERIES, q


async def test_ticket_costs_one_query(act, world):
    application = await draft(act, world)
    owner = await act("alice")
    ticket = (await owner.post(f"/api/v1/applications/{application['id']}/submit")).json()
    with queries() as q:
        resp = await owner.get(f"/api/v1/tickets/{ticket['ticket']}")
    assert resp.status_code == 200 and resp.json()["state"] == "queued", resp.text
    assert q.count == 1, q


async def forget_cached_details(redis) -> None:
    keys = await redis.keys(rediskeys.PROGRESS + "*")
    if keys:
        await redis.delete(*keys)


async def test_progress_detail_costs_the_same_whatever_its_history(act, world, drain, app):
    detail = await submitted(act, world, drain, codes=["owner_id_card"])
    owner = await act("alice")
    path = f"/api/v1/applications/{detail['id']}"
    await forget_cached_details(app.ctx.redis)  # both reads below build the detail
    with queries() as short:
        assert (await owner.get(path)).status_code == 200
    await provide(act, detail["id"], "purchase_contract", "purchase_invoice")
    resubmitted = await owner.post(f"{path}/submit")
    assert resubmitted.status_code == 202
    await drain()
    await forget_cached_details(app.ctx.redis)
    with queries() as long:
        resp = await owner.get(path)
    assert resp.status_code == 200 and len(resp.json()["events"]) > len(detail["events"])
    assert short.count == long.count <= 1 + DETAIL_QUERIES, long


async def test_an_unchanged_detail_is_served_with_one_query_and_never_stale(act, world, drain):
    detail = await submitted(act, world, drain, codes=["owner_id_card"])
    owner, clerk = await act("alice"), await act("clerk")
    path = f"/api/v1/applications/{detail['id']}"
    first = (await owner.get(path)).json()
    with queries() as q:
        again = await owner.get(path)
    assert again.json() == first and q.count == 1, q  # the revision query; the rest is cached
    assert (await clerk.get(path)).json()["next_actions"] == []  # staff have their own entry

    await provide(act, detail["id"], "purchase_contract")  # no event: a material's time moves
    contract = next(
        m for m in (await owner.get(path)).json()["materials"] if m["code"] == "purchase_contract"
    )
    assert contract["state"] == "provided"
    await owner.post(f"{path}/withdraw")  # an event
    assert (await owner.get(path)).json()["status"] == "withdrawn"
    await Application.filter(id=detail["id"]).update(home_count=2)  # a row edit, no event
    assert (await owner.get(path)).status_code == 200
    with queries() as q:
        (await owner.get(path)).json()
    assert q.count == 1


async def test_work_queue_costs_the_same_for_one_case_or_many(act, world):
    clerk = await act("clerk")

    async def awaiting(n: int) -> None:
        alice = await factories.owner(f"owner-{n}")
        house = await factories.house(
            world.orgs.heping, owner=alice, room=str(400 + n), estate=world.estate
        )
        application = await lifecycle.create_draft(
            user=alice, house_id=house.id, kind=ApplicationKind.transfer_registration
        )
        await Application.filter(id=application.id).update(status=Status.pre_review)

    await awaiting(0)
    await clerk.get("/api/v1/me")  # the login's first request loads the user into the cache
    with queries() as one:
        first = (await clerk.get("/api/v1/work-queue")).json()
    for n in range(1, 13):
        await awaiting(n)
    with queries() as many:
        page = (await clerk.get("/api/v1/work-queue", params={"size": 5, "page": 2})).json()
    assert first["total"] == 1 and page["total"] == 13 and len(page["items"]) == 5
    assert one.count == many.count == CLERK_QUEUE_QUERIES, many
    numbers = [i["number"] for i in page["items"]]
    assert numbers == sorted(numbers)  # no due date yet: by case number, page 2 of 3


async def test_work_queue_pages_cover_the_queue_once_in_order(act, world):
    for n in range(7):
        alice = await factories.owner(f"pager-{n}")
        house = await factories.house(
            world.orgs.heping, owner=alice, room=str(500 + n), estate=world.estate
        )
        application = await lifecycle.create_draft(
            user=alice, house_id=house.id, kind=ApplicationKind.transfer_registration
        )
        await Application.filter(id=application.id).update(status=Status.pre_review)
    clerk = await act("clerk")
    pages = [
        (await clerk.get("/api/v1/work-queue", params={"size": 3, "page": p})).json()
        for p in (1, 2, 3, 4)
    ]
    seen = [i["application_id"] for p in pages for i in p["items"]]
    assert [len(p["items"]) for p in pages] == [3, 3, 1, 0]
    assert {p["total"] for p in pages} == {7}
    assert len(set(seen)) == 7
    everything = (await clerk.get("/api/v1/work-queue", params={"size": 50})).json()["items"]
    assert [i["application_id"] for i in everything] == seen
