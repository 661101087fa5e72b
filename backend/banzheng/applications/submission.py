"""Submitting from a phone: the 202 ticket at once, the work in the queue, and what the ticket
says when the owner polls it.

A submission is a job keyed by (application, version): a repeated tap on the same state is the
same job (the queue keeps one per key) and the job applies only to that version (fencing), so a
phone that retries, or a job that runs twice, submits once. The application's own state decides
a ticket first: the queue is at-least-once and may show "queued" for work already done.
"""

from __future__ import annotations

from banzheng import queue as jobs
from banzheng.accounts.models import User
from banzheng.applications import checklists, lifecycle
from banzheng.applications.models import Application, Status
from banzheng.applications.schemas import Ticket
from banzheng.applications.workflow import Action, next_status
from banzheng.common.errors import NotFound

JOB = "submit_application"
TICKET_NOT_FOUND = "未找到该凭条"


def submission_key(application_id: object, version: int) -> str:
    """The job key (and the owner's ticket) of one submission of one application state."""
    return f"submit:{application_id}:{version}"


def parse_submission_key(key: str) -> tuple[str, int] | None:
    kind, _, rest = key.partition(":")
    application_id, _, version = rest.partition(":")
    if kind != "submit" or not version.isdigit() or len(application_id) != 36:
        return None
    return application_id, int(version)


async def request_submission(
    *, user: User, application_id: object, queue, max_depth: int, drain_rate: float
) -> Ticket:
    """Queue the submission of the application as the caller sees it now: 409 when its state
    cannot be submitted, 422 while a 补正 item was not provided again, 429 `QUEUE_FULL` (with Retry-After) when the queue is full."""
    application = await lifecycle.visible_application(user, application_id)
    next_status(application.status, Action.submit, user.role.value)  # 409 now, not in the worker
    await checklists.check_supplement_redone(application)  # 422 now, naming what to redo
    key = submission_key(application.id, application.version)
    ahead = await jobs.enqueue_admitted(
        queue,
        JOB,
        key=key,
        max_depth=max_depth,
        drain_rate=drain_rate,
        application_id=str(application.id),
        actor_id=str(user.id),
        version=application.version,
    )
    # The line length just before enqueueing is the new job's place: no scan under a peak.
    if ahead is None:
        return await _ticket(queue, key, application, drain_rate)
    return _shape(key, application, "queued", ahead, drain_rate)


async def ticket_state(*, user: User, ticket: str, queue, drain_rate: float) -> Ticket:
    """Where a submission stands; another owner's ticket (or nonsense) is not found."""
    parsed = parse_submission_key(ticket)
    if parsed is None:
        raise NotFound(TICKET_NOT_FOUND)
    application = await lifecycle.visible_application(user, parsed[0])
    return await _ticket(queue, ticket, application, drain_rate)


async def _ticket(queue, key: str, application: Application, drain_rate: float) -> Ticket:
    submitted_version = parse_submission_key(key)[1]
    if application.version > submitted_version + 1 or (
        application.version == submitted_version + 1 and application.status is not Status.submitted
    ):
        return _shape(key, application, "done", None, drain_rate)
    if application.version == submitted_version + 1:
        return _shape(key, application, "processing", None, drain_rate)  # pre-review next
    state = await jobs.job_state(queue, key)
    if state in (jobs.JobState.missing, jobs.JobState.failed):
        return _shape(key, application, "failed", None, drain_rate)
    if state is jobs.JobState.queued:
        return _shape(key, application, "queued", await jobs.position(queue, key), drain_rate)
    # active, or complete a moment before the application row we read was committed
    return _shape(key, application, "processing", None, drain_rate)


def _shape(
    key: str, application: Application, state: str, position: int | None, drain_rate: float
) -> Ticket:
    return Ticket(
        ticket=key,
        state=state,
        position=position,
        estimated_wait_seconds=None
        if position is None
        else jobs.estimated_wait(position, drain_rate),
        application_id=str(application.id),
        application_status=application.status.value,
    )
