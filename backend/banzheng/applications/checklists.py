"""Checklists and materials of an application: which item may still change, a file recorded as
an item, 告知承诺 instead of an item, what core items are missing; checklist administration and
the after-the-fact checks of commitments (告知承诺事后核查).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from banzheng.accounts.models import User
from banzheng.applications.models import (
    Application,
    ApplicationEvent,
    ApplicationKind,
    ApplicationMaterial,
    MaterialRequirement,
    MaterialState,
    PostCheckTask,
    Status,
    SupplementItem,
)
from banzheng.applications.workflow import (
    AFTER_ACCEPTANCE,
    EDITABLE,
    Action,
    record,
)
from banzheng.common import audit
from banzheng.common.dbtime import for_query
from banzheng.common.errors import Conflict, NotFound, Unprocessable, ValidationFailed
from banzheng.security.permissions import can_see
from banzheng.security.roles import Role

UNKNOWN_REQUIREMENT_MESSAGE = "该申请的材料清单中没有这一项，请按清单选择材料"


def unknown_requirement(codes: Iterable[str]) -> ValidationFailed:
    """A code the client sent that the checklist lacks: the codes go in `details`, not in the
    text a person reads."""
    return ValidationFailed(
        UNKNOWN_REQUIREMENT_MESSAGE,
        code="UNKNOWN_REQUIREMENT",
        details={"requirements": list(codes)},
    )


async def requirement_material(
    application: Application, code: str
) -> tuple[ApplicationMaterial, MaterialRequirement]:
    material = await ApplicationMaterial.get_or_none(application=application, requirement_code=code)
    requirement = await MaterialRequirement.get_or_none(
        application_type_id=application.kind, code=code
    )
    if material is None or requirement is None:
        raise unknown_requirement([code])
    return material, requirement


async def provide_material(
    *, application: Application, code: str, object_id: str, actor: User
) -> None:
    """Record a stored file as this application's material `code` (call inside a transaction).

    Before submission any item may be replaced; after acceptance only a deferred (容缺) item
    may still arrive, and it is then marked provided on the timeline.
    """
    material, requirement = await requirement_material(application, code)
    late = check_material_editable(application, material)
    material.state, material.object_id = MaterialState.provided, object_id
    material.provided_at, material.deferred_until = datetime.now(UTC), None
    await material.save()
    if actor.role is not Role.owner:
        # 一窗受理: the clerk scans a paper at the window for the applicant. The timeline and the
        # audit log say who uploaded it and for whom.
        await record(
            application,
            "material_uploaded_for_applicant",
            actor=actor,
            details={"requirement": code, "applicant": str(application.applicant_id)},
            note=f"登记窗口代申请人上传「{requirement.name}」",
        )
    if late:
        await record(
            application,
            "deferred_material_provided",
            actor=actor,
            details={"requirement": code},
            note=f"已补交容缺材料「{requirement.name}」",
        )


async def material_state(application: Application, code: str) -> ApplicationMaterial:
    return (await requirement_material(application, code))[0]


def check_material_editable(application: Application, material: ApplicationMaterial) -> bool:
    """Whether a file may arrive for `material` now; True when it is a late deferred (容缺) one.
    Before submission any item may be replaced; after acceptance only deferred ones arrive."""
    late = application.status in AFTER_ACCEPTANCE and material.state is MaterialState.deferred
    if application.status not in EDITABLE and not late:
        raise Conflict("当前阶段不能再修改材料", code="MATERIALS_LOCKED")
    return late


async def commit_instead(*, application: Application, code: str, actor: User) -> None:
    """告知承诺制: a commitment letter replaces a material that allows it. The letter is a PDF the
    owners sign electronically (signatures domain); registration checks that signature."""
    material, requirement = await requirement_material(application, code)
    if application.status not in EDITABLE:
        raise Conflict("当前阶段不能再修改材料", code="MATERIALS_LOCKED")
    if not requirement.commitment_allowed:
        raise Unprocessable(
            f"「{requirement.name}」不适用告知承诺制，请上传材料", code="COMMITMENT_NOT_ALLOWED"
        )
    if material.state is MaterialState.commitment and not await _flagged_since(
        application, code, material.provided_at
    ):
        return  # a second tap changes nothing and tells nothing new
    material.state, material.object_id = MaterialState.commitment, None
    material.provided_at = datetime.now(UTC)
    await material.save()
    await record(
        application,
        "commitment_signed",
        actor=actor,
        details={"requirement": code},
        note=f"选择以告知承诺书代替「{requirement.name}」，请电子签署承诺书",
    )


async def _flagged_since(application: Application, code: str, since: datetime | None) -> bool:
    """Whether a supplement request (补正) listed item `code` after `since`: signing again
    then answers it."""
    flagged = SupplementItem.filter(
        event__application_id=application.id,
        event__action="request_supplement",
        requirement_code=code,
    )
    if since is not None:
        flagged = flagged.filter(event__at__gt=for_query(since))
    return await flagged.exists()


SUPPLEMENT_PENDING = "SUPPLEMENT_ITEMS_PENDING"


def provided_since(material: ApplicationMaterial | None, moment: datetime) -> bool:
    """补正: an item flagged by a supplement request counts as redone when it was provided again
    (a new file or a commitment letter) after the request."""
    return bool(material and material.provided_at and material.provided_at > moment)


async def check_supplement_redone(application: Application) -> None:
    """一次性告知 lists every item to redo; the case goes back to the window only when each one
    was provided again, else 422 `SUPPLEMENT_ITEMS_PENDING` naming them (the re-submit would
    only be sent back once more)."""
    if application.status is not Status.supplement_required:
        return
    request = (
        await ApplicationEvent.filter(
            application_id=application.id, action=Action.request_supplement.value
        )
        .order_by("-id")
        .prefetch_related("items")
        .first()
    )
    codes = dict.fromkeys(i.requirement_code for i in request.items if i.requirement_code)
    if not codes:
        return
    materials = {
        m.requirement_code: m
        for m in await ApplicationMaterial.filter(
            application_id=application.id, requirement_code__in=list(codes)
        )
    }
    names = dict(
        await MaterialRequirement.filter(
            application_type_id=application.kind, code__in=list(codes)
        ).values_list("code", "name")
    )
    pending = [c for c in codes if not provided_since(materials.get(c), request.at)]
    if pending:
        listed = "、".join(f"「{names.get(c, c)}」" for c in pending)
        raise Unprocessable(
            f"补正材料尚未重新上传：{listed}。请逐项重新上传后再提交",
            code=SUPPLEMENT_PENDING,
            details={"items": [{"requirement_code": c, "name": names.get(c, c)} for c in pending]},
        )


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


async def known_codes(application: Application, codes: Iterable[str | None]) -> None:
    known = set(
        await MaterialRequirement.filter(application_type_id=application.kind).values_list(
            "code", flat=True
        )
    )
    unknown = [code for code in codes if code is not None and code not in known]
    if unknown:
        raise unknown_requirement(unknown)


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
