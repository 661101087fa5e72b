"""The work queue page: the domain's queue (overdue first, paginated in the database) with the
SLA clock in working days and the console's filters."""

from __future__ import annotations

from tests.applications.conftest import submitted
from tests.console.conftest import console_login


async def test_clerk_queue_lists_the_application_with_its_clock_and_filters(
    client, console_world, act, drain
):
    application = await submitted(act, console_world, drain)
    await console_login(client, "clerk")
    page = await client.get("/console/queue")
    assert page.status_code == 200
    assert application["number"] in page.text
    assert "预审受理" in page.text and "/1 工作日" in page.text
    assert f"/console/applications/{application['id']}" in page.text
    # htmx asks for the table only; a filter on another type empties it
    partial = await client.get(
        "/console/queue?kind=first_registration", headers={"HX-Request": "true"}
    )
    assert partial.status_code == 200 and "<html" not in partial.text
    assert application["number"] not in partial.text and "没有待办事项" in partial.text
    estate = await client.get(f"/console/queue?community={console_world.estate.id}")
    assert application["number"] in estate.text
    # not answered to a supplement request yet
    answered = await client.get("/console/queue?tab=answered")
    assert application["number"] not in answered.text


async def test_another_streets_clerk_does_not_see_it(client, console_world, act, drain):
    application = await submitted(act, console_world, drain)
    await console_login(client, "clerk-xinhua")
    page = await client.get("/console/queue")
    assert application["number"] not in page.text and "新华街道" in page.text
