"""An application's life from draft to certificate: create, submit, accept (容缺 and 告知承诺),
supplement, return, reject, withdraw, issue and deliver; batch creation for a whole estate.

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

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from banzheng import db
from banzheng.accounts.models import User
from banzheng.applications import checklists, rules, sla, steps
from banzheng.applications.models import (
    Application,
    ApplicationKind,
    ApplicationMaterial,
    ApplicationType,
    MaterialRequirement,
    MaterialState,
    PostCheckTask,
)
from banzheng.applications.workflow import (
    EDITABLE,
    OPEN,
    Action,
    next_status,
    record,
    transition,
)
from banzheng.common import workdays
from banzheng.common.errors import Conflict, Forbidden, NotFound, Unprocessable
from banzheng.communities.models import Community, House, HouseOwner
from banzheng.security import permissions
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.permissions import COMPANY_FIELD, Subject, can_see, visible
from banzheng.security.roles import ROLE_LABELS, Role

APPLICATION_NOT_FOUND = "未找到该申请"
APPLICATION_EXISTS = "该房屋已有一件同类申请正在办理，请勿重复申请"
HOUSE_NOT_IN_ESTATE = "本小区没有这套房屋"
# Houses in one 批量受理 request (API body, console confirm): each is its own transaction, and the
# answer lists every house, so a batch stays well inside one request's time.
BATCH_MAX_HOUSES = 500


async def visible_application(
    user: User,
    application_id: object,
    *,
    lock: bool = False,
    subject: Subject = Subject.application,
    action: permissions.Action = permissions.Action.read,
) -> Application:
    """The application if `user` may see it (its applicant, or staff whose scope covers it) —
    or, with `subject`/`action`, do that to one of its parts (download an owner's document)."""
    if lock:
        application = await Application.filter(id=application_id).select_for_update().first()
    else:
        application = await application_by_id(application_id)
    if application is None or not await may_access(
        user, application, subject=subject, action=action
    ):
        raise NotFound(APPLICATION_NOT_FOUND)
    return application


async def may_access(
    user: User,
    application: Application,
    *,
    subject: Subject = Subject.application,
    action: permissions.Action = permissions.Action.read,
) -> bool:
    """The matrix's answer (security/permissions.py) for one application or one of its parts."""
    return can_see(
        user,
        scope_path=application.scope_path,
        owner_ids=[application.applicant_id],
        estate=await _estate_for(user, application),
        subject=subject,
        action=action,
    )


async def _estate_for(user: User, application: Application) -> Community | None:
    """The application's estate, loaded only for the company-bound roles that need it (the
    hot path — owners and clerks — stays one query)."""
    if user.role not in COMPANY_FIELD:
        return None
    return await Community.get_or_none(buildings__houses__id=application.house_id)


async def visible_house(user: User, house_id: object) -> House:
    """The house if `user` owns it or staff's scope covers it; 404 otherwise."""
    try:
        uuid.UUID(str(house_id))
    except ValueError:
        raise NotFound("未找到该房屋") from None
    house = await House.get_or_none(id=house_id).select_related("building__community")
    owner_ids = (
        await HouseOwner.filter(house_id=house_id).values_list("owner_id", flat=True)
        if house
        else []
    )
    if house is None or not can_see(
        user,
        scope_path=house.building.community.scope_path,
        owner_ids=owner_ids,
        estate=house.building.community,
        subject=Subject.house,
    ):
        raise NotFound("未找到该房屋")
    return house


def listed(*, user: User, filters, cipher: FieldCipher) -> QuerySet[Application]:
    """The applications `user` may list (their own, or their scope's), filtered in the
    database; a person is found by the keyed hash of the exact name or phone number."""
    query = Application.filter(
        visible(
            user,
            Subject.application,
            estate_path="house__building__community__",
            owner_field="applicant_id",
            scope_field="scope_path",
        )
    )
    if filters.status:
        query = query.filter(status=filters.status)
    if filters.type:
        query = query.filter(kind=filters.type)
    if filters.community_id:
        query = query.filter(house__building__community_id=filters.community_id)
    if filters.number:
        query = query.filter(number=filters.number.upper())
    if filters.owner_name:
        hashed = cipher.lookup_hash(filters.owner_name, field="real_name")
        query = query.filter(applicant__real_name_hash=hashed)
    if filters.owner_phone:
        hashed = cipher.lookup_hash(filters.owner_phone, field="phone")
        query = query.filter(applicant__phone_hash=hashed)
    return query


async def application_by_id(application_id: object) -> Application | None:
    """The hottest read of a peak (submit, ticket, progress)."""
    try:
        key = uuid.UUID(str(application_id))
    except ValueError:
        return None
    return await db.row_by_id(Application, key)


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
    applicant_id: object | None = None,
) -> Application:
    """A draft for the caller's house. The ID number written on the form is kept encrypted for
    the pre-review, which checks it and matches it against the real-name profile. A clerk
    creating one at the window names the owner's account, when the owner has one
    (`applicant_id`, applications/window.py)."""
    house = await visible_house(user, house_id)
    async with in_transaction():
        application = await _create(
            house=house,
            kind=kind,
            applicant_id=user.id if user.role is Role.owner else applicant_id,
            actor=user,
            contract_price=contract_price,
            home_count=home_count,
        )
        if declared_id_number:
            cipher.seal(application, "declared_id_number_enc", declared_id_number.strip().upper())
            await application.save(update_fields=["declared_id_number_enc"])
        return application


# What the owner declared on the form, as the timeline names it.
DECLARED_FIELDS = {
    "contract_price": "合同总价",
    "home_count": "家庭第几套住房",
    "applicant_id_number": "申请人身份证号",
}


async def update_declared(
    *, application: Application, actor: User, changes: dict, cipher: FieldCipher
) -> None:
    """Correct what was declared on the form (an ID number typed wrong, the contract price) while
    the owner may still change materials: in a draft or a 补正. The change is on the timeline;
    an ID number is named there, never shown."""
    if application.status not in EDITABLE:
        raise Conflict(
            "申请已进入审核，不能再修改申请信息；如需更正请联系登记窗口",
            code="APPLICATION_LOCKED",
        )
    changed: list[str] = []
    shown: list[str] = []
    for field, value in changes.items():
        if field == "applicant_id_number":
            before = cipher.reveal(application, "declared_id_number_enc")
            value = value.strip().upper() if value else None
            if value != before:
                cipher.seal(application, "declared_id_number_enc", value or None)
                changed.append("declared_id_number_enc")
                shown.append(DECLARED_FIELDS[field])
        elif getattr(application, field) != value:
            before = getattr(application, field)
            setattr(application, field, value)
            changed.append(field)
            shown.append(f"{DECLARED_FIELDS[field]}（{_shown(before)} → {_shown(value)}）")
    if not changed:
        return
    await application.save(update_fields=changed)
    await record(
        application,
        "declared_fields_changed",
        actor=actor,
        note="修改了" + "、".join(shown),
        details={"fields": sorted(changes)},
    )


def _shown(value: object) -> str:
    return "未填" if value is None else str(value)


async def _open_application(house_id: object, kind: ApplicationKind) -> Application | None:
    """The house's application of this kind still being processed: one at a time per house."""
    return await Application.filter(house_id=house_id, kind=kind, status__in=list(OPEN)).first()


async def _application_type(kind: ApplicationKind, actor: User) -> ApplicationType:
    """The type, if `actor`'s role may start one (the catalogue names its applicants)."""
    app_type = await ApplicationType.get_or_none(code=kind)
    if app_type is None:
        raise NotFound("没有这种申请类型")
    if actor.role.value not in (app_type.applicant_roles or ()):
        who = "、".join(ROLE_LABELS[Role(r)] for r in app_type.applicant_roles or ())
        raise Forbidden(
            f"「{app_type.name}」由{who or '登记机构'}申请，您不能创建",
            code="APPLICANT_ROLE_NOT_ALLOWED",
        )
    return app_type


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
    existing = await _open_application(house.id, kind)
    if existing is not None:
        raise Conflict(
            APPLICATION_EXISTS,
            code="APPLICATION_EXISTS",
            details={"application_id": str(existing.id)},
        )
    app_type = await _application_type(kind, actor)
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


async def submit(*, application: Application, actor: User) -> None:
    """Draft (or supplemented) → submitted; the pre-review job takes it from there."""
    await checklists.check_supplement_redone(application)
    await transition(application, Action.submit, actor=actor)


@dataclass(frozen=True)
class Deferral:
    code: str
    due: date


async def deferral_window(now: datetime, limit_workdays: int) -> tuple[date, datetime, date]:
    """Today (at the office), the case's deadline and the last day a 容缺 material may be due,
    for a case accepted at `now`.
    Registration waits for every deferred material (steps._check_registrable), so a deferral
    due after the case's own deadline would make the case overdue by design: refused."""
    today = now.astimezone(workdays.OFFICE_TZ).date()
    case_due = await workdays.due_at(now, workdays=limit_workdays)
    last_day = min(
        case_due.astimezone(workdays.OFFICE_TZ).date(),
        today + timedelta(days=sla.MAX_DEFERRAL_DAYS),
    )
    return today, case_due, last_day


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
    now = datetime.now(UTC)
    today, case_due, last_day = await deferral_window(now, limit_workdays)
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
        elif not today < due <= last_day:
            problems.append(
                f"「{requirement.name}」的补交期限须晚于今天、不晚于本案办结期限"
                f"（{last_day:%Y年%m月%d日}）：登簿前须补齐容缺材料"
            )
    if deferrals.keys() - requirements.keys():
        problems.append(checklists.UNKNOWN_REQUIREMENT_MESSAGE)
    if problems:
        raise Unprocessable(
            "；".join(problems), code="CANNOT_ACCEPT", details={"problems": problems}
        )

    await transition(application, Action.accept, actor=clerk)
    application.due_at = case_due
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
    await steps.start_steps(application, await steps.step_kinds(application), now)
    await transition(application, Action.begin_review)


async def batch_create(
    *, community_id: object, clerk: User, kind: ApplicationKind, house_ids: list[str]
) -> list[dict]:
    """批量受理: one application per listed house of an estate, applicant = its owner of record
    (the largest share); a house without one is left out, with the reason in its result.

    Safe to retry: a house that already has an open application of this kind answers `exists`
    with that application's id. Each house is its own transaction, so a dropped connection
    halfway keeps what was created and the retry completes the rest."""
    community = await _batch_community(community_id, clerk)
    results = []
    for house_id in dict.fromkeys(house_ids):
        house, owner_id, refused = await _batch_candidate(community, house_id)
        if refused is not None:
            results.append(refused)
            continue
        try:
            async with in_transaction():
                application = await _create(
                    house=house, kind=kind, applicant_id=owner_id, actor=clerk
                )
            results.append(_batch_result(house_id, "created", "已创建", application.id))
        except Conflict as exc:
            results.append(
                _batch_result(house_id, "exists", exc.message, exc.details["application_id"])
            )
    return results


async def batch_preview(
    *, community_id: object, clerk: User, kind: ApplicationKind, house_ids: list[str]
) -> list[dict]:
    """批量受理's dry run, writing nothing: what `batch_create` would answer for each house now,
    with `create` where it would create one — the clerk checks the list before confirming.
    The same checks in the same order; `batch_create` makes them again when confirmed, so a
    house that changed in between is answered as it is then."""
    community = await _batch_community(community_id, clerk)
    await _application_type(kind, clerk)  # a kind the clerk may not start is refused at once
    results = []
    for house_id in dict.fromkeys(house_ids):
        house, _, refused = await _batch_candidate(community, house_id)
        if refused is not None:
            results.append(refused)
        elif (existing := await _open_application(house.id, kind)) is not None:
            results.append(_batch_result(house_id, "exists", APPLICATION_EXISTS, existing.id))
        else:
            results.append(
                _batch_result(house_id, "create", "确认后创建，申请人为档案中的登记业主")
            )
    return results


async def _batch_community(community_id: object, clerk: User) -> Community:
    community = await Community.get_or_none(id=community_id)
    if community is None or not can_see(clerk, scope_path=community.scope_path):
        raise NotFound("未找到该小区")
    return community


def _batch_result(house_id: str, outcome: str, message: str, application_id: object = None) -> dict:
    return {
        "house_id": house_id,
        "outcome": outcome,
        "application_id": str(application_id) if application_id else None,
        "message": message,
    }


async def _batch_candidate(
    community: Community, house_id: str
) -> tuple[House | None, object | None, dict | None]:
    """(house, applicant) for one listed house, or the result that leaves it out."""
    house = await _house_in(community, house_id)
    if house is None:
        return None, None, _batch_result(house_id, "not_found", HOUSE_NOT_IN_ESTATE)
    owner = await HouseOwner.filter(house_id=house.id).order_by("-share_percent").first()
    if owner is None:
        # An application nobody can supply materials for or sign would strand the clerk:
        # the house is left out, and the answer says why and what to do.
        return (
            house,
            None,
            _batch_result(
                house_id,
                "no_owner",
                "档案中没有这套房屋的登记业主，未创建申请：请先核实产权人并为业主绑定房屋，"
                "再批量受理",
            ),
        )
    return house, owner.owner_id, None


async def _house_in(community: Community, house_id: str) -> House | None:
    try:
        uuid.UUID(house_id)
    except ValueError:
        return None
    return await House.get_or_none(id=house_id, building__community_id=community.id).select_related(
        "building__community"
    )


async def request_supplement(
    *, application: Application, actor: User, items: list[tuple[str | None, str]]
) -> None:
    """补正 with every problem listed at once (一次性告知)."""
    await checklists.known_codes(application, [code for code, _ in items])
    await transition(application, Action.request_supplement, actor=actor, items=items)


async def return_application(*, application: Application, clerk: User, reasons: list[str]) -> None:
    await transition(application, Action.return_, actor=clerk, items=[(None, r) for r in reasons])


async def reject(*, application: Application, clerk: User, reason: str) -> None:
    await transition(application, Action.reject, actor=clerk, note=reason)


async def withdraw(*, application: Application, owner: User) -> None:
    await transition(application, Action.withdraw, actor=owner)


async def issue_certificate(*, application: Application, clerk: User) -> None:
    await transition(application, Action.issue_certificate, actor=clerk)


async def deliver(*, application: Application, clerk: User) -> None:
    """发证; the working days the case took are kept for the processing-time statistics."""
    await transition(application, Action.deliver, actor=clerk)
    if application.accepted_at is not None:
        application.workdays_taken = await workdays.workdays_between(
            application.accepted_at, application.finished_at
        )
        await application.save(update_fields=["workdays_taken"])
