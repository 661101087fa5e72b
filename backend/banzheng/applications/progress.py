"""What an owner (or a clerk) sees of an application: timeline, next actions, expected date.

Progress transparency is requirement 5 (awareness of progress 40 % → 98 %): every step, who acts,
when it started, finished or is due, and what the owner must do next, in plain Chinese.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from banzheng import db
from banzheng.accounts.models import User
from banzheng.applications import checklists, rules, sla
from banzheng.applications.labels import (
    EVENT_LABELS,
    FLAGGED_LABEL,
    FLAGGED_STATE,
    KIND_LABELS,
    MATERIAL_STATE_LABELS,
    STATUS_LABELS,
    STEP_LABELS,
    STEP_STATUS_LABELS,
)
from banzheng.applications.models import (
    Application,
    ApplicationEvent,
    ApplicationMaterial,
    ApprovalStep,
    MaterialRequirement,
    MaterialState,
    Status,
    StepKind,
    StepStatus,
    SupplementItem,
)
from banzheng.applications.workflow import FORWARD, PHASE, TERMINAL, TRANSITIONS, Action
from banzheng.common import workdays
from banzheng.security.roles import Role

# The end of the main path: its phase is done, not active, once reached.
_LAST = TRANSITIONS[FORWARD[-1]].target
# Acceptance normally happens within one working day of submission (一窗受理).
ACCEPTANCE_WORKDAYS = 1


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value else None


# The house as the detail shows it: with its building and estate, one join.
_HOUSE_SQL = (
    'SELECT h."id", h."unit", h."room", b."number" AS "building", c."name" AS "community_name",'
    ' c."address" FROM "house" h JOIN "building" b ON b."id" = h."building_id"'
    ' JOIN "community" c ON c."id" = b."community_id" WHERE h."id" = ?'
)
# The steps with the names of their organisations (the column's alias starts with "_").
_STEPS_SQL = (
    'SELECT s.*, o."name" AS "_organisation" FROM "approval_step" s'
    ' LEFT JOIN "organisation" o ON o."id" = s."organisation_id" WHERE s."application_id" = ?'
)


async def detail(application: Application, *, viewer: User, limit_workdays: int) -> dict[str, Any]:
    """Read by SQL written once (`db.rows_where` and the statements above): the query builder
    was the largest share of the API's CPU while a thousand owners read their progress
    (scripts/bench/README.md)."""
    house = (await db.execute_dict(_HOUSE_SQL, [str(application.house_id)]))[0]
    requirements = {
        r.code: r
        for r in await db.rows_where(
            MaterialRequirement, "application_type_id", application.kind.value
        )
    }
    materials = sorted(
        await db.rows_where(ApplicationMaterial, "application_id", application.id),
        key=lambda m: requirements[m.requirement_code].position,
    )
    steps: list[ApprovalStep] = []
    organisations: dict[str, str | None] = {}
    for row in await db.execute_dict(_STEPS_SQL, [str(application.id)]):
        organisations[str(row["id"])] = row.pop("_organisation")
        steps.append(ApprovalStep._init_from_db(**row))
    events = await db.rows_where(ApplicationEvent, "application_id", application.id, order="id")
    items: dict[int, list[SupplementItem]] = {}
    if events:  # the query Tortoise's prefetch made: items never change, so they come as written
        listed = ", ".join("?" for _ in events)
        for row in await db.execute_dict(
            f'SELECT * FROM "supplement_item" WHERE "event_id" IN ({listed})',  # noqa: S608
            [e.id for e in events],
        ):
            item = SupplementItem._init_from_db(**row)
            items.setdefault(item.event_id, []).append(item)
    flagged = _flagged(application, materials, events, items)
    return {
        "id": str(application.id),
        "number": application.number,
        "kind": application.kind.value,
        "kind_label": KIND_LABELS[application.kind.value],
        "status": application.status.value,
        "status_label": STATUS_LABELS[application.status],
        "house": {
            "id": str(house["id"]),
            "community_name": house["community_name"],
            "address": house["address"],
            "building": house["building"],
            "unit": house["unit"],
            "room": house["room"],
        },
        "declared": {
            "contract_price": str(application.contract_price)
            if application.contract_price is not None
            else None,
            "home_count": application.home_count,
            "applicant_id_number_given": application.declared_id_number_enc is not None,
        },
        "created_at": _iso(application.created_at),
        "submitted_at": _iso(application.submitted_at),
        "accepted_at": _iso(application.accepted_at),
        "due_at": _iso(application.due_at),
        "expected_completion_date": _iso(await expected_completion(application, limit_workdays)),
        "area": _area(application),
        "materials": [
            {
                "code": m.requirement_code,
                "name": requirements[m.requirement_code].name,
                "core": requirements[m.requirement_code].core,
                "commitment_allowed": requirements[m.requirement_code].commitment_allowed,
                "state": FLAGGED_STATE if m.requirement_code in flagged else m.state.value,
                "state_label": FLAGGED_LABEL
                if m.requirement_code in flagged
                else MATERIAL_STATE_LABELS[m.state],
                "deferred_until": _iso(m.deferred_until),
                "provided_at": _iso(m.provided_at),
            }
            for m in materials
        ],
        "steps": [
            _step(s, organisations[str(s.id)])
            for s in sorted(steps, key=lambda s: list(StepKind).index(s.kind))
        ],
        "timeline": _timeline(application, steps, events, organisations),
        "events": [
            {
                "at": _iso(e.at),
                "action": e.action,
                "label": EVENT_LABELS.get(e.action, e.action),
                "note": e.note,
                "items": [
                    {"requirement_code": i.requirement_code, "problem": i.problem}
                    for i in items.get(e.id, [])
                ],
            }
            for e in events
        ],
        "next_actions": _next_actions(application, materials, requirements, events, items)
        if viewer.role is Role.owner
        else [],
    }


def _last_supplement_request(events: list[ApplicationEvent]) -> ApplicationEvent | None:
    return next((e for e in reversed(events) if e.action == "request_supplement"), None)


def supplement_due(request: ApplicationEvent) -> date:
    """The day by which a 补正 should be made (sla.SUPPLEMENT_DAYS after the request)."""
    return request.at.astimezone(workdays.OFFICE_TZ).date() + timedelta(days=sla.SUPPLEMENT_DAYS)


def _flagged(
    application: Application,
    materials: list[ApplicationMaterial],
    events: list[ApplicationEvent],
    items: dict[int, list[SupplementItem]],
) -> set[str]:
    """Items the open supplement request lists and the owner has not provided again: they
    must not read 已提交."""
    request = _last_supplement_request(events)
    if application.status is not Status.supplement_required or request is None:
        return set()
    by_code = {m.requirement_code: m for m in materials}
    return {
        i.requirement_code
        for i in items.get(request.id, [])
        if i.requirement_code
        and not checklists.provided_since(by_code.get(i.requirement_code), request.at)
    }


def _area(application: Application) -> dict[str, Any] | None:
    ratio = application.area_error_ratio
    if ratio is None:
        return None
    return {
        "error_ratio": str(ratio),
        "needs_settlement": rules.needs_settlement(ratio),
        "confirmed_at": _iso(application.area_confirmed_at),
    }


def _step(step: ApprovalStep, organisation: str | None) -> dict[str, Any]:
    return {
        "id": str(step.id),
        "kind": step.kind.value,
        "label": STEP_LABELS[step.kind],
        "organisation": organisation,
        "status": step.status.value,
        "status_label": STEP_STATUS_LABELS[step.status],
        "started_at": _iso(step.started_at),
        "due_at": _iso(step.due_at),
        "finished_at": _iso(step.finished_at),
        "opinion": step.opinion,
    }


def _first_event(events: list[ApplicationEvent], action: str) -> datetime | None:
    return next((e.at for e in events if e.action == action), None)


def _last_event(events: list[ApplicationEvent], action: str) -> datetime | None:
    return next((e.at for e in reversed(events) if e.action == action), None)


def _submitted_by(events: list[ApplicationEvent]) -> str:
    """Who submitted: the owner from the phone, or the window for a walk-in owner."""
    first = next((e for e in events if e.action == Action.submit.value), None)
    return "登记窗口" if first is not None and first.actor_role == Role.clerk.value else "业主"


def _timeline(
    application: Application,
    steps: list[ApprovalStep],
    events: list[ApplicationEvent],
    organisations: dict[str, str | None],
) -> list[dict[str, Any]]:
    """Every phase with its state: done, active, waiting — or stopped when the case ended early.
    `organisations`: each step's organisation name by step id (None: not assigned yet)."""
    position = PHASE.get(application.status)
    stopped = application.status in TERMINAL and position is None

    def phase(
        key: str, label: str, action: Action, *, actor: str, started=None, finished=None, due=None
    ):
        """A main-path phase, done once the application has moved past the state `action`
        leads to (the numbers come from the transition table: workflow.PHASE)."""
        order = PHASE[TRANSITIONS[action].target]
        if position is not None and position > order:
            state = "done"
        elif position == order and application.status is not _LAST:
            state = "active"
        elif position == order:
            state = "done"
        else:
            state = "stopped" if stopped else "waiting"
        return {
            "key": key,
            "label": label,
            "state": state,
            "actor": actor,
            "started_at": _iso(started),
            "finished_at": _iso(finished),
            "due_at": _iso(due),
        }

    phases = [
        phase(
            "submit",
            "提交申请",
            Action.submit,
            actor=_submitted_by(events),
            finished=application.submitted_at,
        ),
        phase(
            "pre_review",
            "材料预审",
            Action.start_pre_review,
            actor="登记窗口",
            started=application.submitted_at,
            finished=application.accepted_at,
        ),
        phase("accept", "受理", Action.accept, actor="登记窗口", finished=application.accepted_at),
    ]
    by_kind = {s.kind: s for s in steps}
    for kind, step in sorted(by_kind.items(), key=lambda kv: list(StepKind).index(kv[0])):
        if kind is StepKind.registry_review:
            continue
        state = {
            StepStatus.approved: "done",
            StepStatus.active: "active",
            StepStatus.rejected: "returned",
            StepStatus.cancelled: "stopped",
            StepStatus.waiting: "waiting",
        }[step.status]
        phases.append(
            {
                "key": kind.value,
                "label": STEP_LABELS[kind],
                "state": state,
                "actor": organisations[str(step.id)] or "待分派",
                "started_at": _iso(step.started_at),
                "finished_at": _iso(step.finished_at),
                "due_at": _iso(step.due_at),
            }
        )
    registry = by_kind.get(StepKind.registry_review)
    phases += [
        phase(
            "registry_review",
            "登记审核",
            Action.finish_department_review,
            actor="不动产登记机构",
            started=registry.started_at if registry else None,
            finished=registry.finished_at if registry else None,
            due=registry.due_at if registry else None,
        ),
        phase(
            "register",
            "登簿",
            Action.register,
            actor="不动产登记机构",
            finished=_first_event(events, "register"),
        ),
        phase(
            "issue_certificate",
            "缮证",
            Action.issue_certificate,
            actor="登记窗口",
            finished=_first_event(events, "issue_certificate"),
        ),
        phase(
            "deliver",
            "发证",
            Action.deliver,
            actor="登记窗口",
            finished=_first_event(events, "deliver"),
        ),
    ]
    return phases


def _next_actions(
    application: Application,
    materials: list[ApplicationMaterial],
    requirements: dict[str, MaterialRequirement],
    events: list[ApplicationEvent],
    items: dict[int, list[SupplementItem]],
) -> list[dict[str, Any]]:
    status = application.status
    actions: list[dict[str, Any]] = []
    if status is Status.draft:
        for m in materials:
            if m.state is MaterialState.missing:
                req = requirements[m.requirement_code]
                hint = "（可签署告知承诺书代替）" if req.commitment_allowed else ""
                optional = "" if req.core else "（非必需，可容缺）"
                actions.append(
                    {
                        "code": "upload",
                        "requirement_code": m.requirement_code,
                        "label": f"上传「{req.name}」{optional}{hint}",
                    }
                )
        actions.append({"code": "submit", "label": "确认材料无误后提交申请"})
    elif status is Status.supplement_required:
        last = _last_supplement_request(events)
        by_code = {m.requirement_code: m for m in materials}
        due = _iso(supplement_due(last)) if last else None
        for item in items.get(last.id, []) if last else []:
            actions.append(
                {
                    "code": "supplement",
                    "requirement_code": item.requirement_code,
                    "label": item.problem,
                    "due_date": due,
                    # provided again (upload or commitment letter) after the request: the owner
                    # sees it as done and may re-submit once every flagged item is resolved
                    "resolved": checklists.provided_since(
                        by_code.get(item.requirement_code), last.at
                    ),
                }
            )
        label = "补正后重新提交"
        if last:
            label = f"请于 {supplement_due(last):%Y年%m月%d日} 前补正后重新提交"
        actions.append({"code": "submit", "label": label, "due_date": due})
    elif status in (Status.accepted, Status.department_review, Status.registry_review):
        for m in materials:
            if m.state is MaterialState.deferred:
                actions.append(
                    {
                        "code": "upload_deferred",
                        "requirement_code": m.requirement_code,
                        "due_date": _iso(m.deferred_until),
                        "label": f"请于 {m.deferred_until:%Y年%m月%d日} 前补交「{requirements[m.requirement_code].name}」",
                    }
                )
    if status is Status.certificate_issued:
        actions.append({"code": "collect", "label": "证书已制作完成，请领取或选择邮寄"})
    area = _area(application)
    if area and area["needs_settlement"] and not area["confirmed_at"] and status not in TERMINAL:
        actions.append(
            {
                "code": "confirm_area",
                "label": f"面积误差比 {area['error_ratio']}%，超过 {rules.AREA_TOLERANCE_PERCENT}%，"
                "请查看结算明细并确认",
            }
        )
    return actions


async def expected_completion(application: Application, limit_workdays: int) -> date | None:
    """The finish date if finished, the legal due date once accepted, else an estimate:
    acceptance within ACCEPTANCE_WORKDAYS, then `limit_workdays` (APPLICATION_WORKDAYS)."""
    if application.finished_at:
        return application.finished_at.astimezone(workdays.OFFICE_TZ).date()
    if application.status in TERMINAL:
        return None
    if application.due_at:
        return application.due_at.astimezone(workdays.OFFICE_TZ).date()
    start = application.submitted_at or datetime.now(UTC)
    return await workdays.add_workdays(start, ACCEPTANCE_WORKDAYS + limit_workdays)
