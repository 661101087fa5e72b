"""The after-commit event dispatcher (applications/workflow.py): handlers run only for committed
events, once per event, even when their job runs twice or fails half-way."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from tortoise.transactions import in_transaction

from banzheng import db
from banzheng.applications import lifecycle, sla
from banzheng.applications.models import (
    Application,
    ApplicationEvent,
    ApprovalStep,
    EventOutbox,
    Status,
    StepStatus,
)
from banzheng.applications.workflow import SWEEP_AFTER, Phase, dispatcher, handler_name
from banzheng.common import audit
from banzheng.common.models import AuditEvent
from tests.applications.conftest import draft, submitted


class Calls:
    """A test handler that remembers what it saw (and what the database said at that moment)."""

    def __init__(self, fail_times: int = 0) -> None:
        self.seen: list[tuple[int, str, str]] = []
        self.fail_times = fail_times

    async def __call__(self, event: ApplicationEvent) -> None:
        current = await Application.get(id=event.application.id)
        await audit.record("test.effect", object_type="event", object_id=event.id)
        if self.fail_times:
            self.fail_times -= 1
            raise RuntimeError("handler failed half-way")
        self.seen.append((event.id, event.action, current.status.value))


def calls(fail_times: int = 0):
    """A handler function with a unique, stable name for the registry."""
    recorder = Calls(fail_times)

    async def remember(event: ApplicationEvent) -> None:
        await recorder(event)

    remember.recorder = recorder
    return remember


async def effects() -> int:
    return await AuditEvent.filter(action="test.effect").count()


async def test_a_handler_runs_after_commit_once_per_event(act, world, drain, app):
    handler = calls()
    application = await draft(act, world)
    with dispatcher.temporarily(handler, "withdraw"):
        owner = await act("alice")
        resp = await owner.post(f"/api/v1/applications/{application['id']}/withdraw")
        assert resp.status_code == 200, resp.text
        # Committed and queued, not yet run: the route does no side effect itself.
        assert handler.recorder.seen == []
        owed = await EventOutbox.get(handler=handler_name(handler))
        await drain()
        event = await ApplicationEvent.get(application_id=application["id"], action="withdraw")
        assert handler.recorder.seen == [(event.id, "withdraw", "withdrawn")]
        assert not await EventOutbox.exists(id=owed.id)
        # The job again (a retry, a re-queued dead letter, the sweep): nothing happens twice.
        assert await dispatcher.run(event_id=event.id, handler=handler_name(handler)) is False
        await app.ctx.queue.enqueue(
            "run_event_handler",
            key=f"event:{event.id}:{handler_name(handler)}",
            event_id=event.id,
            handler=handler_name(handler),
        )
        await drain()
        assert await dispatcher.sweep(now=datetime.now(UTC) + timedelta(hours=1)) == 0
        assert len(handler.recorder.seen) == 1
        assert await effects() == 1


async def test_no_handler_runs_when_the_transaction_rolls_back(act, world, drain, app):
    handler = calls()
    application = await draft(act, world)
    owner_user = await _user("alice")
    with dispatcher.temporarily(handler, "withdraw"):
        with pytest.raises(RuntimeError):
            async with in_transaction():
                loaded = await Application.get(id=application["id"])
                await lifecycle.withdraw(application=loaded, owner=owner_user)
                assert await EventOutbox.exists()  # owed inside the transaction…
                raise RuntimeError("something later in the request failed")
        assert not await EventOutbox.exists()  # …and gone with it
        assert await app.ctx.queue.count("queued") == 0
        await drain()
        assert await dispatcher.sweep(now=datetime.now(UTC) + timedelta(hours=1)) == 0
        assert handler.recorder.seen == []
        assert (await Application.get(id=application["id"])).status is Status.draft


async def test_a_handler_that_fails_half_way_is_retried_and_its_work_done_once(act, world):
    handler = calls(fail_times=1)
    application = await draft(act, world)
    with dispatcher.temporarily(handler, "withdraw"):
        owner = await act("alice")
        await owner.post(f"/api/v1/applications/{application['id']}/withdraw")
        event = await ApplicationEvent.get(application_id=application["id"], action="withdraw")
        name = handler_name(handler)
        with pytest.raises(RuntimeError):  # the first run dies after writing its effect
            await dispatcher.run(event_id=event.id, handler=name)
        assert await effects() == 0  # rolled back with the run
        assert (await EventOutbox.get(event_id=event.id)).attempts == 1
        assert await dispatcher.run(event_id=event.id, handler=name) is True
        assert await dispatcher.run(event_id=event.id, handler=name) is False
        assert await effects() == 1
        assert len(handler.recorder.seen) == 1


async def test_an_enqueue_lost_after_commit_is_picked_up_by_the_sweep(act, world, drain, app):
    handler = calls()
    application = await draft(act, world)
    with dispatcher.temporarily(handler, "withdraw"):
        dispatcher.bind(None)  # as in a script with no queue, or a crash right after COMMIT
        try:
            owner = await act("alice")
            await owner.post(f"/api/v1/applications/{application['id']}/withdraw")
        finally:
            dispatcher.bind(app.ctx.queue)
        assert await app.ctx.queue.count("queued") == 0
        assert await dispatcher.sweep() == 0  # too fresh: its own enqueue may still be coming
        assert await dispatcher.sweep(now=datetime.now(UTC) + SWEEP_AFTER * 2) == 1
        await drain()
        assert [action for _, action, _ in handler.recorder.seen] == ["withdraw"]


async def test_sla_warnings_and_reminders_reach_their_handlers(act, world, drain):
    handler = calls()
    detail = await submitted(act, world, drain)
    clerk = await act("clerk")
    resp = await clerk.post(f"/api/v1/applications/{detail['id']}/accept", json={})
    assert resp.status_code == 200, resp.text
    with dispatcher.temporarily(handler, "sla_warning", "sla_overdue"):
        steps = await ApprovalStep.filter(application_id=detail["id"], status=StepStatus.active)
        late = max(s.due_at for s in steps) + timedelta(days=10)
        raised = await sla.scan(now=late)
        await drain()
    expected = raised["warning"] + raised["overdue"]
    assert expected == 2 * len(steps)
    assert sorted(a for _, a, _ in handler.recorder.seen) == sorted(
        ["sla_warning"] * len(steps) + ["sla_overdue"] * len(steps)
    )


async def test_transaction_handlers_change_state_with_the_transition(act, world, drain):
    """Closing the department steps is a handler of reject/withdraw, inside their transaction."""
    detail = await submitted(act, world, drain)
    clerk = await act("clerk")
    await clerk.post(f"/api/v1/applications/{detail['id']}/accept", json={})
    registered = dispatcher.handlers("withdraw", Phase.transaction)
    assert [r.name for r in registered] == ["banzheng.applications.steps.close_steps"]
    owner = await act("alice")
    body = (await owner.post(f"/api/v1/applications/{detail['id']}/withdraw")).json()
    assert body["status"] == "withdrawn"
    assert {s["status"] for s in body["steps"]} == {"cancelled"}


async def test_after_commit_callbacks_wait_for_the_commit_and_skip_a_rollback(app):
    seen: list[str] = []

    async def note(label: str) -> None:
        seen.append(label)

    await db.after_commit(lambda: note("no transaction: at once"))
    assert seen == ["no transaction: at once"]
    async with in_transaction():
        await db.after_commit(lambda: note("committed"))
        async with in_transaction():  # a nested block waits for the outermost commit
            await db.after_commit(lambda: note("nested"))
        assert seen == ["no transaction: at once"]
    assert seen == ["no transaction: at once", "committed", "nested"]
    with pytest.raises(LookupError):
        async with in_transaction():
            await db.after_commit(lambda: note("rolled back"))
            raise LookupError
    assert "rolled back" not in seen


async def _user(username: str):
    from banzheng.accounts.models import User

    return await User.get(username=username)
