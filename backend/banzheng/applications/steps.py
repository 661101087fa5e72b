"""Parallel department steps (并联审批) and registration (登簿): who reviews which step, starting
and closing steps, a department's decision, and the conditions for entering the register.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from banzheng.accounts.models import Organisation, User
from banzheng.applications import rules, sla
from banzheng.applications.labels import STEP_LABELS
from banzheng.applications.models import (
    Application,
    ApplicationEvent,
    ApplicationMaterial,
    ApplicationType,
    ApprovalStep,
    MaterialRequirement,
    MaterialState,
    StepKind,
    StepStatus,
)
from banzheng.applications.workflow import (
    Action,
    Phase,
    on,
    record,
    transition,
)
from banzheng.common import workdays
from banzheng.common.errors import Conflict, NotFound

# Which department reviews which step (并联审批).
STEP_DEPARTMENTS = {
    StepKind.planning_check: "planning",
    StepKind.survey_check: "survey",
    StepKind.tax_check: "tax",
    StepKind.fund_check: "housing",
    StepKind.registry_review: "registry",
}


async def step_kinds(application: Application) -> list[StepKind]:
    app_type = await ApplicationType.get(code=application.kind)
    return [StepKind(kind) for kind in app_type.steps]


async def _department_organisation(department: str, scope_path: str) -> Organisation | None:
    """The most local organisation of `department` whose region covers the application."""
    candidates = await Organisation.filter(department=department)
    covering = [o for o in candidates if scope_path.startswith(o.scope_path)]
    return max(covering, key=lambda o: len(o.scope_path), default=None)


async def start_steps(application: Application, kinds: Iterable[StepKind], now: datetime) -> None:
    """Start (or, after a supplement round, restart) the given steps; approved ones stay approved."""
    for kind in kinds:
        step = await ApprovalStep.get_or_none(application=application, kind=kind)
        if step is None:
            step = ApprovalStep(
                application=application,
                kind=kind,
                department=STEP_DEPARTMENTS[kind],
                organisation=await _department_organisation(
                    STEP_DEPARTMENTS[kind], application.scope_path
                ),
            )
        elif step.status is StepStatus.approved:
            continue
        step.status, step.started_at, step.finished_at = StepStatus.active, now, None
        step.due_at = await workdays.due_at(now, workdays=sla.STEP_WORKDAYS[kind])
        await step.save()


@on(Action.reject, Action.withdraw, phase=Phase.transaction)
async def close_steps(event: ApplicationEvent) -> None:
    """A rejected or withdrawn application's open steps close with it, in its transaction: as
    cancelled, not rejected — no department decided them."""
    await ApprovalStep.filter(
        application_id=event.application_id, status__in=[StepStatus.active, StepStatus.waiting]
    ).update(status=StepStatus.cancelled, finished_at=datetime.now(UTC))


# Signed documents registration asks for, by the signatures domain's kind names.
COMMITMENT_LETTER = "commitment_letter"
AREA_CONFIRMATION = "area_confirmation"


async def decide_step(
    *,
    application: Application,
    step_id: object,
    reviewer: User,
    approve: bool,
    opinion: str,
    signed_documents: frozenset[tuple[str, str | None]] = frozenset(),
) -> ApprovalStep:
    """A department's decision on its step. The last parallel approval opens registry review;
    approving registry review registers (登簿) once no deferred material is outstanding, every
    commitment letter and any area-difference confirmation (beyond 3 %) is signed and sealed —
    `signed_documents` lists the (kind, material) pairs whose PDFs were verified before this
    transaction (signatures.flows.verified_documents). A refusal sends the application back for
    supplement with the department's opinion."""
    step = await ApprovalStep.get_or_none(id=step_id, application=application)
    if (
        step is None
        or reviewer.organisation_id is None
        or step.organisation_id != reviewer.organisation_id
    ):
        raise NotFound("未找到该审批环节")
    if step.status is not StepStatus.active:
        raise Conflict("该环节当前不在审批中", code="STEP_NOT_ACTIVE")
    if approve and step.kind is StepKind.registry_review:
        await _check_registrable(application, signed_documents)
    now = datetime.now(UTC)
    step.status = StepStatus.approved if approve else StepStatus.rejected
    step.finished_at, step.decided_by, step.opinion = now, reviewer, opinion
    await step.save()
    label = STEP_LABELS[step.kind]
    await record(
        application,
        "step_approved" if approve else "step_rejected",
        actor=reviewer,
        note=f"{label}：{opinion}" if opinion else label,
        details={"step": step.kind.value},
    )
    if not approve:
        await transition(
            application,
            Action.request_supplement,
            actor=reviewer,
            items=[(None, f"{label}未通过：{opinion}")],
        )
    elif step.kind is StepKind.registry_review:
        await transition(application, Action.register, actor=reviewer)
    elif (
        not await ApprovalStep.filter(application=application)
        .exclude(status=StepStatus.approved)
        .exists()
    ):
        await transition(application, Action.finish_department_review)
        await start_steps(application, [StepKind.registry_review], now)
    return step


async def _check_registrable(
    application: Application, signed: frozenset[tuple[str, str | None]]
) -> None:
    outstanding = await ApplicationMaterial.filter(
        application=application, state=MaterialState.deferred
    )
    names = dict(
        await MaterialRequirement.filter(
            application_type_id=application.kind,
            code__in=[m.requirement_code for m in outstanding],
        ).values_list("code", "name")
    )
    problems = [
        f"容缺材料「{names.get(m.requirement_code, '未知材料')}」尚未补交（期限 {m.deferred_until:%Y年%m月%d日}）"
        for m in outstanding
    ]
    committed = await ApplicationMaterial.filter(
        application=application, state=MaterialState.commitment
    )
    names = dict(
        await MaterialRequirement.filter(application_type_id=application.kind).values_list(
            "code", "name"
        )
    )
    problems += [
        f"代替「{names.get(m.requirement_code, m.requirement_code)}」的告知承诺书"
        "尚未由全部业主电子签署并加盖电子印章"
        for m in committed
        if (COMMITMENT_LETTER, m.requirement_code) not in signed
    ]
    if (
        application.area_error_ratio is not None
        and rules.needs_settlement(application.area_error_ratio)
        and (AREA_CONFIRMATION, None) not in signed
    ):
        problems.append(
            f"面积误差比 {application.area_error_ratio}% 超过 {rules.AREA_TOLERANCE_PERCENT}%，"
            "面积差异确认书尚未由业主电子签署"
        )
    if problems:
        raise Conflict(
            "暂不能登簿：" + "；".join(problems),
            code="NOT_REGISTRABLE",
            details={"problems": problems},
        )
