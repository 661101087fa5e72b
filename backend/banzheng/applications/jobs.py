"""Background jobs of the applications domain (registered in banzheng/worker.py).

Delivery is at-least-once (docs/decisions/0001-job-queue.md): each job checks the state it
expects before changing anything, so a re-run after a crash changes nothing twice.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from banzheng.accounts.models import User
from banzheng.applications import lifecycle, prereview, sla
from banzheng.applications.models import Application
from banzheng.applications.submission import parse_submission_key, submission_key
from banzheng.applications.workflow import EDITABLE, HANDLER_JOB, dispatcher
from banzheng.queue import beating

__all__ = ["parse_submission_key", "scan_deadlines", "submission_key", "submit_application"]


@beating
async def submit_application(ctx: dict, *, application_id: str, actor_id: str, version: int) -> str:
    """Submit the application as it was when the owner tapped 提交, then pre-review it.

    Fenced by version: the submission applies only to the state the owner saw (a second run, or
    a tap on an older state, finds another version and changes nothing)."""
    async with in_transaction():
        application = await Application.filter(id=application_id).select_for_update().first()
        if application and application.version == version and application.status in EDITABLE:
            await lifecycle.submit(application=application, actor=await User.get(id=actor_id))
    await prereview.run(
        application_id=application_id,
        store=ctx["storage"],
        limits=ctx["size_limits"],
        cipher=ctx["cipher"],
    )
    application = await Application.get(id=application_id)
    return application.status.value


@beating
async def scan_deadlines(ctx: dict) -> dict[str, int]:
    """Every few minutes: warnings at 80 %, overdue at 100 %, deferred-material reminders."""
    return await sla.scan()


@beating
async def run_event_handler(ctx: dict, *, event_id: int, handler: str) -> bool:
    """One after-commit handler for one event (workflow.py); a re-run changes nothing."""
    return await dispatcher.run(event_id=event_id, handler=handler)


assert run_event_handler.__name__ == HANDLER_JOB  # the dispatcher enqueues it by this name


@beating
async def sweep_outbox(ctx: dict) -> int:
    """Every minute: handlers whose after-commit enqueue was lost (a process died) are queued."""
    return await dispatcher.sweep()
