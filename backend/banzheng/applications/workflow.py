"""The application state machine: one table of allowed transitions, enforced in one place.

Every change of `Application.status` goes through `transition`, which checks the table (source
states and who may act), updates the row under an optimistic lock (a phone retry or two clerks
at once cannot apply a transition twice), records an `ApplicationEvent` for the owner's timeline
and an audit event. An illegal transition raises `Conflict` (HTTP 409) with a Chinese message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from banzheng.accounts.models import User
from banzheng.applications.labels import STATUS_LABELS
from banzheng.applications.models import Application, ApplicationEvent, Status, SupplementItem
from banzheng.common import audit
from banzheng.common.errors import Conflict
from banzheng.security.roles import Role

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
    return event
