"""Admission control (common/admission.py): past API_MAX_IN_FLIGHT a request is refused at once
with 503 SERVICE_BUSY + Retry-After instead of waiting behind the others until it times out."""

import asyncio

from banzheng.common.admission import Admission
from tests import factories
from tests.helpers import assert_error, login_as


async def test_a_full_process_refuses_at_once_and_admits_again_when_a_place_is_free(app, client):
    await factories.owner("alice")
    headers = await login_as(client, "alice")
    app.ctx.admission = Admission(2)
    release, both_inside = asyncio.Event(), asyncio.Event()
    load_user = app.ctx.users.get
    inside = []

    async def slow_user(*args, **kwargs):  # two requests stuck in their handler
        inside.append(1)
        if len(inside) == 2:
            both_inside.set()
        await release.wait()
        return await load_user(*args, **kwargs)

    app.ctx.users.get = slow_user
    held = [asyncio.create_task(client.get("/api/v1/me", headers=headers)) for _ in range(2)]
    await asyncio.wait_for(both_inside.wait(), timeout=30)
    assert app.ctx.admission.in_flight == 2

    busy = await asyncio.wait_for(client.get("/api/v1/me", headers=headers), timeout=5)
    error = assert_error(busy, 503, "SERVICE_BUSY")
    assert busy.headers["retry-after"] == "2"
    assert "繁忙" in error["message"]
    assert (await client.get("/healthz")).status_code == 200  # a busy process is alive

    release.set()
    assert [r.status_code for r in await asyncio.gather(*held)] == [200, 200]
    app.ctx.users.get = load_user
    assert (await client.get("/api/v1/me", headers=headers)).status_code == 200
    assert app.ctx.admission.in_flight == 0


async def test_refusals_and_errors_give_their_place_back(app, client):
    app.ctx.admission = Admission(1)
    assert_error(await client.get("/api/v1/me"), 401, "AUTH_REQUIRED")
    resp = await client.post("/api/v1/auth/dev-login", json={"login": ""})
    assert resp.status_code == 422
    assert app.ctx.admission.in_flight == 0
    assert (await client.get("/readyz")).status_code == 200


async def test_turns_go_in_arrival_order_and_nobody_is_overtaken():
    """Under a peak a request waiting for a turn is never overtaken by a later one (the
    database pool's own queue let newcomers take freed connections: minute-long waits)."""
    admission = Admission(100, working=1)
    order: list[int] = []
    first_in = asyncio.Event()
    release = asyncio.Event()

    async def request(n: int) -> None:
        async with admission.admit():
            if n == 0:
                first_in.set()
                await release.wait()
            order.append(n)

    first = asyncio.create_task(request(0))
    await first_in.wait()
    waiting = [asyncio.create_task(request(n)) for n in (1, 2, 3)]
    await asyncio.sleep(0)
    assert admission.working == 1 and admission.in_flight == 4
    release.set()
    late = asyncio.create_task(request(4))  # arrives as the first one leaves
    await asyncio.gather(first, *waiting, late)
    assert order == [0, 1, 2, 3, 4]
    assert admission.working == 0 and admission.in_flight == 0


async def test_a_request_cancelled_in_line_gives_up_its_place_and_no_turn_is_lost():
    admission = Admission(100, working=1)
    inside, release = asyncio.Event(), asyncio.Event()

    async def holder() -> None:
        async with admission.admit():
            inside.set()
            await release.wait()

    async def later(done: list) -> None:
        async with admission.admit():
            done.append(1)

    held = asyncio.create_task(holder())
    await inside.wait()
    done: list = []
    gone = asyncio.create_task(later(done))
    kept = asyncio.create_task(later(done))
    await asyncio.sleep(0)
    gone.cancel()  # the client went away while waiting
    release.set()
    await asyncio.gather(held, kept)
    assert done == [1] and gone.cancelled()
    assert admission.working == 0 and admission.in_flight == 0
