"""The application state machine: one table of allowed transitions, enforced in one place —
and the one place where what happens to an application has side effects.

Every change of `Application.status` goes through `transition`, which checks the table (source
states and who may act), updates the row under an optimistic lock (a phone retry or two clerks
at once cannot apply a transition twice), records an `ApplicationEvent` for the owner's timeline
and an audit event. An illegal transition raises `Conflict` (HTTP 409) with a Chinese message.

Events and their handlers
-------------------------
Every `ApplicationEvent` (a transition, or a decision `record`ed without one: a step approved,
an SLA warning, a deferral reminder…) is dispatched to the handlers registered for its action.
No route or service calls a notifier, a certificate issuer or a statistics counter by hand:

    from banzheng.applications.workflow import Phase, on

    @on("request_supplement", "accept")              # after commit, in a queue job
    async def tell_owner(event: ApplicationEvent) -> None: ...

    @on(Action.reject, Action.withdraw, phase=Phase.transaction)
    async def close_steps(event: ApplicationEvent) -> None: ...

- `Phase.after_commit` (default): the handler runs only once the transaction that recorded the
  event has committed — never when it rolls back — in the queue worker. `record` writes an
  `EventOutbox` row per handler in the event's own transaction; after COMMIT a job
  `run_event_handler(event_id, handler)` is enqueued (`db.after_commit`); the job runs the
  handler inside a transaction that also deletes that row, so the handler's database work
  happens exactly once per event even when the job runs twice (a retry, a re-queued dead
  letter, the sweep). A handler that talks to the outside world (WeChat, SMS) writes rows here
  and enqueues its own idempotent job with `db.after_commit` (see notifications/). If a process
  dies between COMMIT and enqueue, `sweep_outbox` (worker cron, every minute) enqueues the
  rows left behind. `event.application` is loaded for the handler.
- `Phase.transaction`: the handler runs inside the recording transaction, right after the event
  row is written, and commits or rolls back with it: for state that must change together with
  the status (closing the department steps of a rejected application). Database work only.

Registration without import cycles: a domain puts its handlers in a module (decorated with
`on`) and lists that module's dotted name in `HANDLER_MODULES` below. The modules are imported
by `load_handlers()` — at API and worker start, and lazily by the first `record` in any other
process (scripts, the demo seeder) — so no process records an event without knowing its handlers,
and applications/ never imports another domain at import time. Tests register a handler for
one test with `dispatcher.temporarily(handler, *actions)`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import logging
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from banzheng import db, queue
from banzheng.accounts.models import User
from banzheng.applications.labels import STATUS_LABELS
from banzheng.applications.models import (
    Application,
    ApplicationEvent,
    EventOutbox,
    Status,
    SupplementItem,
)
from banzheng.common import audit
from banzheng.common.errors import Conflict
from banzheng.security.roles import Role

log = logging.getLogger(__name__)

S = Status
SYSTEM = "system"  # the queue worker and periodic jobs


class Action(StrEnum):
    submit = "submit"
    start_pre_review = "start_pre_review"
    request_supplement = "request_supplement"
    accept = "accept"
    begin_review = "begin_review"
    finish_department_review = "finish_department_review"
    register = "register"
    issue_certificate = "issue_certificate"
    deliver = "deliver"
    return_ = "return"
    withdraw = "withdraw"
    reject = "reject"


@dataclass(frozen=True)
class Rule:
    sources: frozenset[Status]
    target: Status
    actors: frozenset[str]  # Role values, or SYSTEM
    label: str  # what the action is called, for messages


def _rule(sources: Iterable[Status], target: Status, actors: Iterable[str], label: str) -> Rule:
    return Rule(frozenset(sources), target, frozenset(actors), label)


CLERK, REVIEWER, OWNER = Role.clerk.value, Role.department_reviewer.value, Role.owner.value
REVIEW_STATES = (S.pre_review, S.department_review, S.registry_review)

TRANSITIONS: dict[Action, Rule] = {
    Action.submit: _rule((S.draft, S.supplement_required), S.submitted, (OWNER, CLERK), "提交申请"),
    Action.start_pre_review: _rule((S.submitted,), S.pre_review, (SYSTEM,), "开始预审"),
    Action.request_supplement: _rule(
        REVIEW_STATES, S.supplement_required, (SYSTEM, CLERK, REVIEWER), "要求补正"
    ),
    Action.accept: _rule((S.pre_review,), S.accepted, (CLERK,), "受理"),
    Action.begin_review: _rule((S.accepted,), S.department_review, (SYSTEM,), "开始并联审批"),
    Action.finish_department_review: _rule(
        (S.department_review,), S.registry_review, (SYSTEM,), "进入登记审核"
    ),
    Action.register: _rule((S.registry_review,), S.registered, (REVIEWER,), "登簿"),
    Action.issue_certificate: _rule((S.registered,), S.certificate_issued, (CLERK,), "缮证"),
    Action.deliver: _rule((S.certificate_issued,), S.delivered, (CLERK,), "发证"),
    Action.return_: _rule((S.pre_review,), S.returned, (CLERK,), "退件"),
    Action.withdraw: _rule(
        (
            S.draft,
            S.submitted,
            S.pre_review,
            S.supplement_required,
            S.accepted,
            S.department_review,
        ),
        S.withdrawn,
        (OWNER,),
        "撤回申请",
    ),
    Action.reject: _rule(REVIEW_STATES, S.rejected, (CLERK,), "不予登记"),
}

TERMINAL = frozenset({S.delivered, S.returned, S.withdrawn, S.rejected})
OPEN = frozenset(Status) - TERMINAL
# Derived from the table, so they cannot drift from it:
# the owner may still change materials wherever a submission may start;
EDITABLE = TRANSITIONS[Action.submit].sources
# after acceptance and until registration only deferred (容缺) items may still arrive.
AFTER_ACCEPTANCE = frozenset(
    {TRANSITIONS[Action.accept].target}
    | TRANSITIONS[Action.finish_department_review].sources
    | TRANSITIONS[Action.register].sources
)


# The main path, in order: the actions that move an application forward from draft to delivered.
# Every other action loops back (补正) or ends the case (退件, 不予登记, 撤回).
FORWARD: tuple[Action, ...] = (
    Action.submit,
    Action.start_pre_review,
    Action.accept,
    Action.begin_review,
    Action.finish_department_review,
    Action.register,
    Action.issue_certificate,
    Action.deliver,
)


def _phases() -> dict[Status, int]:
    """Each state's phase on the main path (draft 0 … delivered 8), walked from the table; a
    state off the path that leads back to it (补正) shares the earliest phase it is entered from."""
    phase = {S.draft: 0}
    for number, action in enumerate(FORWARD, start=1):
        rule = TRANSITIONS[action]
        if not rule.sources & phase.keys():
            raise AssertionError(f"{action} does not continue the main path")
        phase[rule.target] = number
    for rule in TRANSITIONS.values():
        if rule.target not in phase and rule.target not in TERMINAL:
            phase[rule.target] = min(phase[s] for s in rule.sources if s in phase)
    return phase


PHASE: dict[Status, int] = _phases()


def next_tasks(role: str) -> dict[Status, Action]:
    """What `role` does next for an application in each state: the forward actions it takes.
    An action the owner may take (submit) waits on the owner, so it is no staff member's task
    even where staff may take it on the owner's behalf."""
    return {
        source: action
        for action in FORWARD
        if role in TRANSITIONS[action].actors
        and (role == OWNER or OWNER not in TRANSITIONS[action].actors)
        for source in TRANSITIONS[action].sources
    }


# Timestamps a transition into a state sets on the application.
_STAMPS = {S.submitted: "submitted_at", S.accepted: "accepted_at"}


def next_status(current: Status, action: Action, actor: str) -> Status:
    """The state after `action`, or Conflict when the table does not allow it."""
    rule = TRANSITIONS[action]
    if current not in rule.sources:
        raise Conflict(
            f"申请当前状态为「{STATUS_LABELS[current]}」，不能{rule.label}",
            code="ILLEGAL_TRANSITION",
            details={"status": current.value, "action": action.value},
        )
    if actor not in rule.actors:
        raise Conflict(
            f"{rule.label}不由您办理",
            code="ILLEGAL_TRANSITION",
            details={"status": current.value, "action": action.value},
        )
    return rule.target


async def transition(
    application: Application,
    action: Action,
    *,
    actor: User | None = None,
    note: str = "",
    details: dict[str, Any] | None = None,
    items: Iterable[tuple[str | None, str]] = (),
) -> ApplicationEvent:
    """Apply `action` (call inside a transaction); `items` are (requirement code, problem) pairs
    listed all at once for a supplement request or a return."""
    actor_name = actor.role.value if actor else SYSTEM
    previous = application.status
    target = next_status(previous, action, actor_name)
    now = datetime.now(UTC)
    changes: dict[str, Any] = {"status": target, "version": application.version + 1}
    if target in _STAMPS:
        changes[_STAMPS[target]] = now
    if target in TERMINAL:
        changes["finished_at"] = now
    updated = await Application.filter(
        id=application.id, version=application.version, status=previous
    ).update(**changes)
    if not updated:
        raise Conflict("申请状态刚刚发生了变化，请刷新后重试", code="STALE_STATE")
    for field, value in changes.items():
        setattr(application, field, value)
    return await record(
        application,
        action.value,
        actor=actor,
        note=note,
        details=details,
        items=items,
        from_status=previous,
        to_status=target,
    )


async def record(
    application: Application,
    action: str,
    *,
    actor: User | None = None,
    note: str = "",
    details: dict[str, Any] | None = None,
    items: Iterable[tuple[str | None, str]] = (),
    from_status: Status | None = None,
    to_status: Status | None = None,
) -> ApplicationEvent:
    """One event on the application's timeline, audited; used for transitions and for
    decisions that change no status (a step approved, a material provided late…)."""
    actor_name = actor.role.value if actor else SYSTEM
    event = await ApplicationEvent.create(
        application=application,
        action=action,
        from_status=from_status.value if from_status else None,
        to_status=to_status.value if to_status else None,
        actor=actor,
        actor_role=actor_name,
        note=note,
        details=details or {},
    )
    items = list(items)
    if items:
        await SupplementItem.bulk_create(
            [
                SupplementItem(event=event, requirement_code=code, problem=problem)
                for code, problem in items
            ]
        )
    summary = {"from": event.from_status, "to": event.to_status} if to_status else {}
    await audit.record(
        f"application.{action}",
        object_type="application",
        object_id=application.id,
        actor_id=actor.id if actor else None,
        actor_role=actor_name,
        details={**summary, **(details or {}), **({"note": note} if note else {})},
    )
    event.application = application
    await dispatcher.dispatch(event)
    return event


# ---------------------------------------------------------------------------------------------
# The event dispatcher

# Modules whose `@on(...)` handlers must be known wherever events are recorded. Add yours here.
HANDLER_MODULES: tuple[str, ...] = (
    "banzheng.applications.steps",
    "banzheng.notifications.handlers",
    "banzheng.certificates.handlers",
)

# The job that runs one after-commit handler for one event (registered in banzheng/worker.py).
HANDLER_JOB = "run_event_handler"
# Outbox rows older than this are re-enqueued by the sweep (the after-commit enqueue is lost
# only when a process dies between COMMIT and enqueue, or Redis was unreachable then).
SWEEP_AFTER = timedelta(seconds=30)
# A handler whose job has used all its retries is left to the dead-letter list (ops/), where an
# administrator can re-queue it; the sweep does not start it over again and again.
MAX_ATTEMPTS = queue.JOB_RETRIES
SWEEP_BATCH = 500

Handler = Callable[[ApplicationEvent], Awaitable[None]]


class Phase(StrEnum):
    transaction = "transaction"  # inside the recording transaction
    after_commit = "after_commit"  # in a queue job, after the recording transaction commits


@dataclass(frozen=True)
class Registration:
    name: str  # module.qualname: stable across processes, stored in EventOutbox.handler
    function: Handler
    phase: Phase


def handler_name(function: Handler) -> str:
    return f"{function.__module__}.{function.__qualname__}"


@dataclass
class Dispatcher:
    """Handlers per event action; see the module docstring for the contract."""

    by_action: dict[str, list[Registration]] = dataclasses.field(default_factory=dict)
    by_name: dict[str, Registration] = dataclasses.field(default_factory=dict)
    queue: Any = None  # the process's job queue (banzheng/queue.py), bound at API / worker start
    loaded: bool = False

    def on(self, *actions: str, phase: Phase = Phase.after_commit) -> Callable[[Handler], Handler]:
        def register(function: Handler) -> Handler:
            self.add(function, *actions, phase=phase)
            return function

        return register

    def add(self, function: Handler, *actions: str, phase: Phase = Phase.after_commit) -> None:
        if not actions:
            raise ValueError(f"{handler_name(function)}: name at least one event action")
        registration = Registration(handler_name(function), function, phase)
        known = self.by_name.get(registration.name)
        if known is not None and known.function is not function:
            raise ValueError(f"two event handlers are named {registration.name}")
        self.by_name[registration.name] = registration
        for action in actions:
            handlers = self.by_action.setdefault(str(action), [])
            if all(r.name != registration.name for r in handlers):
                handlers.append(registration)

    def remove(self, function: Handler) -> None:
        name = handler_name(function)
        self.by_name.pop(name, None)
        for handlers in self.by_action.values():
            handlers[:] = [r for r in handlers if r.name != name]

    @contextlib.contextmanager
    def temporarily(
        self, function: Handler, *actions: str, phase: Phase = Phase.after_commit
    ) -> Iterator[None]:
        """Register a handler for the duration of a block (tests)."""
        self.add(function, *actions, phase=phase)
        try:
            yield
        finally:
            self.remove(function)

    def bind(self, queue: Any) -> None:
        """Use this queue for after-commit jobs (API and worker start; tests' app fixture)."""
        self.queue = queue

    def load(self) -> None:
        if not self.loaded:
            for module in HANDLER_MODULES:
                importlib.import_module(module)
            self.loaded = True

    def handlers(self, action: str, phase: Phase) -> list[Registration]:
        self.load()
        return [r for r in self.by_action.get(action, ()) if r.phase is phase]

    async def dispatch(self, event: ApplicationEvent) -> None:
        """Called by `record` inside the event's transaction."""
        for registration in self.handlers(event.action, Phase.transaction):
            await registration.function(event)
        later = self.handlers(event.action, Phase.after_commit)
        if not later:
            return
        await EventOutbox.bulk_create(
            [EventOutbox(event_id=event.id, handler=r.name) for r in later]
        )
        names = [r.name for r in later]

        async def enqueue() -> None:
            for name in names:
                await self.enqueue(event.id, name)

        await db.after_commit(enqueue)

    async def enqueue(self, event_id: int, name: str) -> None:
        if self.queue is None:  # a script with no queue: the worker's sweep takes it
            return
        await queue.enqueue(
            self.queue, HANDLER_JOB, key=f"event:{event_id}:{name}", event_id=event_id, handler=name
        )

    async def run(self, *, event_id: int, handler: str) -> bool:
        """Run one after-commit handler for one event, once: True when it ran now, False when
        it had already run (or its event was never committed)."""
        registration = self.by_name.get(handler)
        if registration is None:
            self.load()
            registration = self.by_name.get(handler)
        if registration is None:
            raise LookupError(f"no event handler named {handler}")
        await EventOutbox.filter(event_id=event_id, handler=handler).update(
            attempts=F("attempts") + 1
        )
        async with in_transaction():
            owed = (
                await EventOutbox.filter(event_id=event_id, handler=handler)
                .select_for_update()
                .first()
            )
            if owed is None:
                return False
            event = await ApplicationEvent.get(id=event_id).select_related("application")
            await registration.function(event)
            await owed.delete()
        return True

    async def sweep(self, now: datetime | None = None) -> int:
        """Enqueue handlers whose after-commit enqueue was lost; returns how many."""
        before = (now or datetime.now(UTC)) - SWEEP_AFTER
        rows = (
            await EventOutbox.filter(created_at__lt=before, attempts__lt=MAX_ATTEMPTS)
            .order_by("id")
            .limit(SWEEP_BATCH)
        )
        for row in rows:
            await self.enqueue(row.event_id, row.handler)
        if rows:
            log.info("event outbox swept", extra={"enqueued": len(rows)})
        return len(rows)


dispatcher = Dispatcher()
on = dispatcher.on
load_handlers = dispatcher.load
