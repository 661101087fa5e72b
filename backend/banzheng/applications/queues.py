"""Staff work queues: what each person must act on, in their scope, overdue first."""

from __future__ import annotations

from typing import Any

from banzheng.accounts.models import User
from banzheng.applications.labels import STATUS_LABELS, STEP_LABELS
from banzheng.applications.models import (
    Application,
    ApprovalStep,
    PostCheckTask,
    SlaWarning,
    Status,
    StepStatus,
)
from banzheng.applications.progress import _iso
from banzheng.security.permissions import staff_scope
from banzheng.security.roles import Role

# What a clerk does next for an application in each state.
CLERK_TASKS = {
    Status.pre_review: ("accept", "预审受理"),
    Status.registered: ("issue_certificate", "缮证"),
    Status.certificate_issued: ("deliver", "发证"),
}
_URGENCY = {"overdue": 0, "warning": 1, None: 2}


async def work_queue(user: User, *, page: int, size: int) -> dict[str, Any]:
    scope = staff_scope(user)
    items: list[dict[str, Any]] = []
    if scope is not None:
        if user.role is Role.clerk:
            items = await _clerk_items(scope)
        elif user.role is Role.department_reviewer:
            items = await _step_items(ApprovalStep.filter(organisation_id=user.organisation_id))
            if user.organisation.department == "registry":
                items += await _post_check_items(scope)
        elif user.role in (Role.supervisor, Role.admin):
            warned = await SlaWarning.filter(application__scope_path__startswith=scope).values_list(
                "step_id", flat=True
            )
            items = await _step_items(ApprovalStep.filter(id__in=list(set(warned))))
    items.sort(key=lambda i: (_URGENCY[i["warning"]], i["due_at"] or "9999", i["number"]))
    start = (page - 1) * size
    return {"items": items[start : start + size], "page": page, "size": size, "total": len(items)}


def _item(application: Application, **extra: Any) -> dict[str, Any]:
    house = application.house
    return {
        "application_id": str(application.id),
        "number": application.number,
        "status": application.status.value,
        "status_label": STATUS_LABELS[application.status],
        "community_name": house.building.community.name,
        "house_label": f"{house.building.number}栋{house.unit}单元{house.room}室",
        "step_id": None,
        "step_label": None,
        "warning": None,
        "due_at": _iso(application.due_at),
        **extra,
    }


async def _clerk_items(scope: str) -> list[dict[str, Any]]:
    applications = await Application.filter(
        scope_path__startswith=scope, status__in=list(CLERK_TASKS)
    ).select_related("house__building__community")
    return [
        _item(a, task=CLERK_TASKS[a.status][0], task_label=CLERK_TASKS[a.status][1])
        for a in applications
    ]


async def _post_check_items(scope: str) -> list[dict[str, Any]]:
    tasks = await PostCheckTask.filter(
        done_at__isnull=True, application__scope_path__startswith=scope
    ).select_related("application__house__building__community")
    return [
        _item(
            t.application,
            task="post_check",
            task_label=f"告知承诺核查：{t.requirement_code}",
            step_id=str(t.id),
        )
        for t in tasks
    ]


async def _step_items(query) -> list[dict[str, Any]]:
    steps = await query.filter(status=StepStatus.active).select_related(
        "application__house__building__community"
    )
    levels: dict[object, str] = {}
    for warning in await SlaWarning.filter(step_id__in=[s.id for s in steps]):
        if levels.get(warning.step_id) != "overdue":
            levels[warning.step_id] = warning.level.value
    return [
        _item(
            s.application,
            task="review_step",
            task_label=f"审批：{STEP_LABELS[s.kind]}",
            step_id=str(s.id),
            step_label=STEP_LABELS[s.kind],
            warning=levels.get(s.id),
            due_at=_iso(s.due_at),
        )
        for s in steps
    ]
