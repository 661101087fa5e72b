"""Applications: from draft to certificate, with parallel department review.

Rules only; HTTP lives in routes.py. Every status change goes through `workflow.transition`.
Functions that change an application load it with `for_update` inside a transaction, so two
clerks, or a phone that taps three times, cannot act on the same state twice.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from tortoise.transactions import in_transaction

from banzheng.accounts.models import Organisation, User
from banzheng.applications import rules, sla
from banzheng.applications.models import (
    Application,
    ApplicationKind,
    ApplicationMaterial,
    ApplicationType,
    ApprovalStep,
    MaterialRequirement,
    MaterialState,
    PostCheckTask,
    Status,
    StepKind,
    StepStatus,
)
from banzheng.applications.workflow import OPEN, Action, next_status, record, transition
from banzheng.common import audit, workdays
from banzheng.common.errors import ApiError, Conflict, NotFound, ValidationFailed
from banzheng.communities.models import Community, House, HouseOwner
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.permissions import can_see
from banzheng.security.roles import Role

# Which department reviews which step (并联审批).
STEP_DEPARTMENTS = {
    StepKind.planning_check: "planning",
    StepKind.survey_check: "survey",
    StepKind.tax_check: "tax",
    StepKind.fund_check: "housing",
    StepKind.registry_review: "registry",
}
STEP_LABELS = {
    StepKind.planning_check: "规划核实",
    StepKind.survey_check: "测绘成果核验",
    StepKind.tax_check: "完税核验",
    StepKind.fund_check: "维修资金核验",
    StepKind.registry_review: "登记审核",
}
# States in which the owner may still change materials.
EDITABLE = frozenset({Status.draft, Status.supplement_required})
# After acceptance only deferred (容缺) items may still arrive.
AFTER_ACCEPTANCE = frozenset({Status.accepted, Status.department_review, Status.registry_review})

APPLICATION_NOT_FOUND = "未找到该申请"


class Unprocessable(ApiError):
    status = 422
    code = "UNPROCESSABLE"


# --- loading and visibility ----------------------------------------------------------------------


async def visible_application(
    user: User, application_id: object, *, lock: bool = False
) -> Application:
    """The application if `user` may see it (its applicant, or staff whose scope covers it)."""
    query = Application.filter(id=application_id)
    if lock:
        query = query.select_for_update()
    application = await query.first()
    if application is None or not can_see(
        user, scope_path=application.scope_path, owner_ids=[application.applicant_id]
    ):
        raise NotFound(APPLICATION_NOT_FOUND)
    return application


# --- drafts and materials ------------------------------------------------------------------------


def _case_number(today: date) -> str:
    """受理编号: date plus 8 random digits — unguessable, readable over the phone."""
    return f"BZ{today:%Y%m%d}{secrets.randbelow(10**8):08d}"


async def create_draft(
    *,
    user: User,
    house_id: object,
    kind: ApplicationKind,
    contract_price: Decimal | None = None,
    home_count: int = 1,
    declared_id_number: str | None = None,
    cipher: FieldCipher | None = None,
) -> Application:
    """A draft for the caller's house. The ID number written on the form is kept encrypted for
    the pre-review, which checks it and matches it against the real-name profile."""
    house = await House.get_or_none(id=house_id).select_related("building__community")
    owner_ids = (
        await HouseOwner.filter(house_id=house_id).values_list("owner_id", flat=True)
        if house
        else []
    )
    if house is None or not can_see(
        user, scope_path=house.building.community.scope_path, owner_ids=owner_ids
    ):
        raise NotFound("未找到该房屋")
    async with in_transaction():
        application = await _create(
            house=house,
            kind=kind,
            applicant_id=user.id if user.role is Role.owner else None,
            actor=user,
            contract_price=contract_price,
            home_count=home_count,
        )
        if declared_id_number:
            application.declared_id_number_enc = cipher.encrypt(
                declared_id_number.strip().upper(), field="declared_id_number"
            )
            await application.save(update_fields=["declared_id_number_enc"])
        return application


async def _create(
    *,
    house: House,
    kind: ApplicationKind,
    applicant_id: object | None,
    actor: User,
    contract_price: Decimal | None = None,
    home_count: int = 1,
) -> Application:
    """Create an application (inside the caller's transaction); one open one per house and kind.

    The house row is locked first, so two simultaneous requests cannot both create one."""
    await House.filter(id=house.id).select_for_update().first()
    existing = await Application.filter(house_id=house.id, kind=kind, status__in=list(OPEN)).first()
    if existing is not None:
        raise Conflict(
            "该房屋已有一件同类申请正在办理，请勿重复申请",
            code="APPLICATION_EXISTS",
            details={"application_id": str(existing.id)},
        )
    app_type = await ApplicationType.get_or_none(code=kind)
    if app_type is None:
        raise NotFound("没有这种申请类型")
    ratio = (
        rules.area_error_ratio(house.contract_area, house.measured_area)
        if house.measured_area is not None
        else None
    )
    application = await Application.create(
        number=_case_number(datetime.now(workdays.OFFICE_TZ).date()),
        kind=kind,
        house=house,
        applicant_id=applicant_id,
        scope_path=house.building.community.scope_path,
        contract_price=contract_price,
        home_count=home_count,
        area_error_ratio=ratio,
    )
    codes = await MaterialRequirement.filter(application_type=app_type).values_list(
        "code", flat=True
    )
    await ApplicationMaterial.bulk_create(
        [ApplicationMaterial(application=application, requirement_code=code) for code in codes]
    )
    await record(application, "create", actor=actor, details={"kind": kind.value})
    return application


async def _material(
    application: Application, code: str
) -> tuple[ApplicationMaterial, MaterialRequirement]:
    material = await ApplicationMaterial.get_or_none(application=application, requirement_code=code)
    requirement = await MaterialRequirement.get_or_none(
        application_type_id=application.kind, code=code
    )
    if material is None or requirement is None:
        raise ValidationFailed(f"该申请不需要材料「{code}」", code="UNKNOWN_REQUIREMENT")
    return material, requirement


async def provide_material(
    *, application: Application, code: str, object_id: str, actor: User
) -> None:
    """Record a stored file as this application's material `code` (call inside a transaction).

    Before submission any item may be replaced; after acceptance only a deferred (容缺) item
    may still arrive, and it is then marked provided on the timeline.
    """
    material, requirement = await _material(application, code)
    late = check_material_editable(application, material)
    material.state, material.object_id = MaterialState.provided, object_id
    material.provided_at, material.deferred_until = datetime.now(UTC), None
    await material.save()
    if late:
        await record(
            application,
            "deferred_material_provided",
            actor=actor,
            details={"requirement": code},
            note=f"已补交容缺材料「{requirement.name}」",
        )


async def material_state(application: Application, code: str) -> ApplicationMaterial:
    return (await _material(application, code))[0]


def check_material_editable(application: Application, material: ApplicationMaterial) -> bool:
    """Whether a file may arrive for `material` now; True when it is a late deferred (容缺) one.
    Before submission any item may be replaced; after acceptance only deferred ones arrive."""
    late = application.status in AFTER_ACCEPTANCE and material.state is MaterialState.deferred
    if application.status not in EDITABLE and not late:
        raise Conflict("当前阶段不能再修改材料", code="MATERIALS_LOCKED")
    return late


async def commit_instead(*, application: Application, code: str, actor: User) -> None:
    """告知承诺制: the owner's signed commitment letter replaces a material that allows it."""
    material, requirement = await _material(application, code)
    if application.status not in EDITABLE:
        raise Conflict("当前阶段不能再修改材料", code="MATERIALS_LOCKED")
    if not requirement.commitment_allowed:
        raise Unprocessable(
            f"「{requirement.name}」不适用告知承诺制，请上传材料", code="COMMITMENT_NOT_ALLOWED"
        )
    material.state, material.object_id = MaterialState.commitment, None
    await material.save()
    await record(
        application,
        "commitment_signed",
        actor=actor,
        details={"requirement": code},
        note=f"签署告知承诺书，代替「{requirement.name}」",
    )


# --- submission (the automatic pre-review is materials/prereview.py, run by the worker) ------------


async def submit(*, application: Application, actor: User) -> None:
    """Draft (or supplemented) → submitted; the pre-review job takes it from there."""
    await transition(application, Action.submit, actor=actor)


async def missing_core(application: Application) -> list[tuple[str, str]]:
    requirements = {
        r.code: r for r in await MaterialRequirement.filter(application_type_id=application.kind)
    }
    materials = await ApplicationMaterial.filter(application=application)
    return [
        (m.requirement_code, f"缺少必交材料「{requirements[m.requirement_code].name}」，请上传")
        for m in sorted(materials, key=lambda m: requirements[m.requirement_code].position)
        if m.state is MaterialState.missing and requirements[m.requirement_code].core
    ]


# --- acceptance (受理), 容缺, 告知承诺 -------------------------------------------------------------


@dataclass(frozen=True)
class Deferral:
    code: str
    due: date


async def accept(
    *, application: Application, clerk: User, limit_workdays: int, deferred: Iterable[Deferral] = ()
) -> None:
    """受理: every missing item must be deferred (non-core only) with a due date; the parallel
    department steps start at once and the whole process is due in `limit_workdays`."""
    next_status(application.status, Action.accept, clerk.role.value)  # 409 before anything else
    deferrals = {d.code: d.due for d in deferred}
    requirements = {
        r.code: r for r in await MaterialRequirement.filter(application_type_id=application.kind)
    }
    materials = sorted(
        await ApplicationMaterial.filter(application=application),
        key=lambda m: requirements[m.requirement_code].position,
    )
    today = datetime.now(workdays.OFFICE_TZ).date()
    problems = []
    for material in materials:
        requirement = requirements[material.requirement_code]
        due = deferrals.get(material.requirement_code)
        if material.state is not MaterialState.missing:
            if due:
                problems.append(f"「{requirement.name}」已提交，无需容缺")
        elif due is None:
            problems.append(f"「{requirement.name}」尚未提交：请要求补正，或对非核心材料容缺受理")
        elif requirement.core:
            problems.append(f"「{requirement.name}」是核心材料，不能容缺")
        elif not today < due <= today + timedelta(days=sla.MAX_DEFERRAL_DAYS):
            problems.append(
                f"「{requirement.name}」的补交期限须在今后 {sla.MAX_DEFERRAL_DAYS} 日内"
            )
    problems += [f"该申请不需要材料「{code}」" for code in deferrals.keys() - requirements.keys()]
    if problems:
        raise Unprocessable(
            "；".join(problems), code="CANNOT_ACCEPT", details={"problems": problems}
        )

    await transition(application, Action.accept, actor=clerk)
    now = datetime.now(UTC)
    application.due_at = await workdays.due_at(now, workdays=limit_workdays)
    await application.save(update_fields=["due_at"])
    for material in materials:
        if material.state is MaterialState.missing:
            material.state = MaterialState.deferred
            material.deferred_until = deferrals[material.requirement_code]
            await material.save(update_fields=["state", "deferred_until"])
        elif material.state is MaterialState.commitment:
            await PostCheckTask.get_or_create(
                application=application, requirement_code=material.requirement_code
            )
    await _start_steps(application, await _step_kinds(application), now)
    await transition(application, Action.begin_review)


async def _step_kinds(application: Application) -> list[StepKind]:
    app_type = await ApplicationType.get(code=application.kind)
    return [StepKind(kind) for kind in app_type.steps]


async def _department_organisation(department: str, scope_path: str) -> Organisation | None:
    """The most local organisation of `department` whose region covers the application."""
    candidates = await Organisation.filter(department=department)
    covering = [o for o in candidates if scope_path.startswith(o.scope_path)]
    return max(covering, key=lambda o: len(o.scope_path), default=None)


async def _start_steps(application: Application, kinds: Iterable[StepKind], now: datetime) -> None:
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


async def batch_create(
    *, community_id: object, clerk: User, kind: ApplicationKind, house_ids: list[str]
) -> list[dict]:
    """批量受理: one application per listed house of an estate, applicant = its owner of record.

    Safe to retry: a house that already has an open application of this kind answers `exists`
    with that application's id. Each house is its own transaction, so a dropped connection
    halfway keeps what was created and the retry completes the rest."""
    community = await Community.get_or_none(id=community_id)
    if community is None or not can_see(clerk, scope_path=community.scope_path):
        raise NotFound("未找到该小区")
    results = []
    for house_id in dict.fromkeys(house_ids):
        house = await _house_in(community, house_id)
        if house is None:
            results.append(
                {
                    "house_id": house_id,
                    "outcome": "not_found",
                    "application_id": None,
                    "message": "本小区没有这套房屋",
                }
            )
            continue
        owner = await HouseOwner.filter(house_id=house.id).order_by("-share_percent").first()
        owner_id = owner.owner_id if owner else None
        try:
            async with in_transaction():
                application = await _create(
                    house=house, kind=kind, applicant_id=owner_id, actor=clerk
                )
            results.append(
                {
                    "house_id": house_id,
                    "outcome": "created",
                    "application_id": str(application.id),
                    "message": "已创建",
                }
            )
        except Conflict as exc:
            results.append(
                {
                    "house_id": house_id,
                    "outcome": "exists",
                    "application_id": exc.details["application_id"],
                    "message": exc.message,
                }
            )
    return results


async def _house_in(community: Community, house_id: str) -> House | None:
    try:
        uuid.UUID(house_id)
    except ValueError:
        return None
    return await House.get_or_none(id=house_id, building__community_id=community.id).select_related(
        "building__community"
    )


# --- supplement, return, rejection, withdrawal -----------------------------------------------------


async def request_supplement(
    *, application: Application, actor: User, items: list[tuple[str | None, str]]
) -> None:
    """补正 with every problem listed at once (一次性告知)."""
    await _known_codes(application, [code for code, _ in items])
    await transition(application, Action.request_supplement, actor=actor, items=items)


async def return_application(*, application: Application, clerk: User, reasons: list[str]) -> None:
    await transition(application, Action.return_, actor=clerk, items=[(None, r) for r in reasons])


async def reject(*, application: Application, clerk: User, reason: str) -> None:
    await transition(application, Action.reject, actor=clerk, note=reason)
    await _close_steps(application)


async def withdraw(*, application: Application, owner: User) -> None:
    await transition(application, Action.withdraw, actor=owner)
    await _close_steps(application)


async def _close_steps(application: Application) -> None:
    await ApprovalStep.filter(
        application=application, status__in=[StepStatus.active, StepStatus.waiting]
    ).update(status=StepStatus.rejected, finished_at=datetime.now(UTC))


async def _known_codes(application: Application, codes: Iterable[str | None]) -> None:
    known = set(
        await MaterialRequirement.filter(application_type_id=application.kind).values_list(
            "code", flat=True
        )
    )
    unknown = [code for code in codes if code is not None and code not in known]
    if unknown:
        raise ValidationFailed(
            f"该申请不需要材料：{'、'.join(unknown)}", code="UNKNOWN_REQUIREMENT"
        )


# --- department steps (并联审批) and registration (登簿) -------------------------------------------


async def decide_step(
    *, application: Application, step_id: object, reviewer: User, approve: bool, opinion: str
) -> ApprovalStep:
    """A department's decision on its step. The last parallel approval opens registry review;
    approving registry review registers (登簿) once no deferred material is outstanding and any
    area difference beyond 3 % has been confirmed by the owner. A refusal sends the application
    back for supplement with the department's opinion."""
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
        await _check_registrable(application)
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
        await _start_steps(application, [StepKind.registry_review], now)
    return step


async def _check_registrable(application: Application) -> None:
    outstanding = await ApplicationMaterial.filter(
        application=application, state=MaterialState.deferred
    )
    problems = [
        f"容缺材料「{m.requirement_code}」尚未补交（期限 {m.deferred_until}）" for m in outstanding
    ]
    if application.area_error_ratio is not None and rules.needs_settlement(
        application.area_error_ratio
    ):
        if application.area_confirmed_at is None:
            problems.append(
                f"面积误差比 {application.area_error_ratio}% 超过 {rules.AREA_TOLERANCE_PERCENT}%，"
                "业主尚未确认结算"
            )
    if problems:
        raise Conflict(
            "暂不能登簿：" + "；".join(problems),
            code="NOT_REGISTRABLE",
            details={"problems": problems},
        )


async def issue_certificate(*, application: Application, clerk: User) -> None:
    await transition(application, Action.issue_certificate, actor=clerk)


async def deliver(*, application: Application, clerk: User) -> None:
    await transition(application, Action.deliver, actor=clerk)


async def confirm_area(*, application: Application, owner: User) -> None:
    """The owner confirms the settlement of an area difference beyond 3 % (requirement 10)."""
    ratio = application.area_error_ratio
    if ratio is None or not rules.needs_settlement(ratio):
        raise Conflict(
            f"该房屋面积误差在 {rules.AREA_TOLERANCE_PERCENT}% 以内，无需确认",
            code="NO_AREA_DIFFERENCE",
        )
    if application.status not in OPEN:
        raise Conflict("该申请已办结", code="APPLICATION_CLOSED")
    if application.area_confirmed_at is None:
        application.area_confirmed_at = datetime.now(UTC)
        await application.save(update_fields=["area_confirmed_at"])
        await record(application, "area_confirmed", actor=owner, details={"ratio": str(ratio)})


# --- fees and area (公开费用计算依据) ------------------------------------------------------------


def deed_tax_rates(settings) -> rules.DeedTaxRates:
    return rules.DeedTaxRates(
        area_threshold=settings.DEED_TAX_AREA_THRESHOLD,
        only_home_small=settings.DEED_TAX_ONLY_HOME_SMALL,
        only_home_large=settings.DEED_TAX_ONLY_HOME_LARGE,
        second_home_small=settings.DEED_TAX_SECOND_HOME_SMALL,
        second_home_large=settings.DEED_TAX_SECOND_HOME_LARGE,
        general=settings.DEED_TAX_GENERAL,
    )


async def fees(*, application: Application, settings) -> list[rules.FeeLine]:
    house = await House.get(id=application.house_id)
    area = house.measured_area or house.contract_area
    lines = [rules.maintenance_fund(area=area, per_square_metre=settings.MAINTENANCE_FUND_PER_M2)]
    if (
        application.contract_price is not None
        and application.kind is not ApplicationKind.first_registration
    ):
        lines.insert(
            0,
            rules.deed_tax(
                price=application.contract_price,
                area=area,
                home_count=application.home_count,
                rates=deed_tax_rates(settings),
            ),
        )
    return lines


async def area_settlement(application: Application) -> rules.AreaSettlement | None:
    house = await House.get(id=application.house_id)
    if house.measured_area is None or application.contract_price is None:
        return None
    unit_price = application.contract_price / house.contract_area
    return rules.settle_area_difference(
        contract_area=house.contract_area, measured_area=house.measured_area, unit_price=unit_price
    )


# --- checklist administration and commitment post-checks ------------------------------------------


async def update_requirement(
    *, kind: ApplicationKind, code: str, changes: dict, admin: User
) -> MaterialRequirement:
    """Administrators tune a checklist item (name, wording, core, commitment, formats)."""
    requirement = await MaterialRequirement.get_or_none(application_type_id=kind, code=code)
    if requirement is None:
        raise NotFound("没有这项材料要求")
    before = {field: getattr(requirement, field) for field in changes}
    for field, value in changes.items():
        setattr(requirement, field, value)
    await requirement.save(update_fields=list(changes))
    await audit.record(
        "checklist.updated",
        object_type="material_requirement",
        object_id=requirement.id,
        actor_id=admin.id,
        details={"kind": kind.value, "code": code, "before": before, "after": changes},
    )
    return requirement


async def complete_post_check(*, task_id: object, reviewer: User, outcome: str) -> PostCheckTask:
    """告知承诺制: a registry reviewer records the after-the-fact check of a commitment."""
    task = await PostCheckTask.get_or_none(id=task_id).select_related("application")
    if (
        task is None
        or reviewer.organisation is None
        or reviewer.organisation.department != "registry"
        or not can_see(reviewer, scope_path=task.application.scope_path)
    ):
        raise NotFound("未找到该核查任务")
    if task.done_at is not None:
        raise Conflict("该核查任务已完成", code="POST_CHECK_DONE")
    task.done_at, task.outcome = datetime.now(UTC), outcome
    await task.save(update_fields=["done_at", "outcome"])
    await record(
        task.application,
        "post_check_done",
        actor=reviewer,
        details={"requirement": task.requirement_code},
        note=outcome,
    )
    return task
