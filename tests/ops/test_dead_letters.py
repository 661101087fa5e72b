"""Jobs that failed their last retry land in the dead-letter list; admins re-queue or discard."""

import uuid

import pytest

from banzheng.accounts.models import User
from banzheng.applications import jobs
from banzheng.applications.models import Application, ApplicationEvent
from banzheng.common.models import AuditEvent
from banzheng.security.roles import Role
from tests import factories
from tests.applications.conftest import draft
from tests.helpers import assert_error

LIST = "/api/v1/admin/dead-letters"


@pytest.fixture
async def admin(world, act):
    await factories.staff("admin", Role.admin, world.orgs.city)
    return await act("admin")


async def failing_submission(
    app, act, world, *, retries: int = 1, retry_delay: float = 0
) -> tuple[dict, str]:
    """A submission whose actor does not exist: `User.get` raises in the job, every attempt."""
    application = await draft(act, world)
    application["version"] = (await Application.get(id=application["id"])).version
    ghost = str(uuid.uuid4())
    await app.ctx.queue.enqueue(
        "submit_application",
        key=jobs.submission_key(application["id"], application["version"]),
        retries=retries,
        retry_delay=retry_delay,
        application_id=application["id"],
        actor_id=ghost,
        version=application["version"],
    )
    return application, ghost


async def test_a_job_out_of_retries_is_kept_and_can_be_requeued_once_fixed(
    app, act, world, drain, admin
):
    application, ghost = await failing_submission(app, act, world)
    assert await drain() == 1

    listed = await admin.get(LIST)
    assert listed.status_code == 200, listed.text
    page = listed.json()
    assert page["total"] == 1 and page["page"] == 1
    [entry] = page["items"]
    assert entry["function"] == "submit_application" and entry["attempts"] == 1
    assert entry["kwargs"] == {
        "application_id": application["id"],
        "actor_id": ghost,
        "version": application["version"],
    }
    assert entry["job_key"] == jobs.submission_key(application["id"], application["version"])
    assert "DoesNotExist" in entry["error"] and entry["failed_at"]

    await User.create(id=ghost, role=Role.owner, display_name="补录的申请人")  # the fix
    requeued = await admin.post(f"{LIST}/{entry['id']}/requeue")
    assert requeued.status_code == 202, requeued.text
    assert requeued.json()["job_key"] == f"{entry['job_key']}:requeue:{entry['id'][:8]}"
    assert (await admin.get(LIST)).json() == {"items": [], "page": 1, "size": 20, "total": 0}
    audit = await AuditEvent.get(action="dead_letter.requeue")
    assert audit.object_id == entry["id"] and audit.actor_role == "admin"

    assert await drain() == 1
    assert (await Application.get(id=application["id"])).status.value != "draft"
    events = ApplicationEvent.filter(application_id=application["id"], action="submit")
    assert await events.count() == 1
    assert_error(await admin.post(f"{LIST}/{entry['id']}/requeue"), 404, "DEAD_LETTER_NOT_FOUND")


async def test_a_dead_letter_can_be_discarded(app, act, world, drain, admin):
    await failing_submission(app, act, world)
    await drain()
    [entry] = (await admin.get(LIST)).json()["items"]

    gone = await admin.client.delete(f"{LIST}/{entry['id']}", headers=admin.headers)
    assert gone.status_code == 204
    assert (await admin.get(LIST)).json()["total"] == 0
    assert await AuditEvent.filter(action="dead_letter.discard", object_id=entry["id"]).count() == 1
    again = await admin.client.delete(f"{LIST}/{entry['id']}", headers=admin.headers)
    assert_error(again, 404, "DEAD_LETTER_NOT_FOUND")


async def test_a_failure_with_retries_left_is_not_a_dead_letter(app, act, world, drain, admin):
    application, _ = await failing_submission(app, act, world, retries=3, retry_delay=60)
    assert await drain() == 1
    assert (await admin.get(LIST)).json()["total"] == 0
    job = await app.ctx.queue.job(jobs.submission_key(application["id"], application["version"]))
    assert job.status.value == "queued" and job.attempts == 1  # tried again in a minute
    assert await app.ctx.queue.position(job.key) is None  # waiting for its retry, not in line


async def test_only_admins_see_or_touch_dead_letters(app, act, world, drain, admin):
    await failing_submission(app, act, world)
    await drain()
    [entry] = (await admin.get(LIST)).json()["items"]
    for login in ("alice", "clerk", "supervisor"):
        someone = await act(login)
        assert_error(await someone.get(LIST), 403, "FORBIDDEN")
        assert_error(await someone.post(f"{LIST}/{entry['id']}/requeue"), 403, "FORBIDDEN")
        refused = await someone.client.delete(f"{LIST}/{entry['id']}", headers=someone.headers)
        assert_error(refused, 403, "FORBIDDEN")
    assert (await admin.get(LIST)).json()["total"] == 1
    assert await AuditEvent.filter(action__startswith="dead_letter.").count() == 0


async def test_the_list_is_paginated_newest_first(app, act, world, drain, admin):
    first, _ = await failing_submission(app, act, world)
    await drain()
    await Application.filter(id=first["id"]).delete()
    second, _ = await failing_submission(app, act, world)
    await drain()
    page1 = (await admin.get(LIST, params={"size": 1})).json()
    page2 = (await admin.get(LIST, params={"size": 1, "page": 2})).json()
    assert page1["total"] == page2["total"] == 2
    assert page1["items"][0]["kwargs"]["application_id"] == second["id"]
    assert page2["items"][0]["kwargs"]["application_id"] == first["id"]
    assert_error(await admin.get(LIST, params={"size": 1000}), 422, "BAD_PAGINATION")
