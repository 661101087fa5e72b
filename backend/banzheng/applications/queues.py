"""Staff work queues: what each person must act on, in their scope, overdue first.

The order (overdue, then warned, then the rest; earliest due first; then the case number) and the
page are computed by the database in one query, whatever the length of the queue: a clerk of a
busy street after a submission peak has thousands of cases waiting, and a page must not load
them all. The page's rows are then loaded with their house and estate in one query more.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise import Tortoise

from banzheng.accounts.models import User
from banzheng.applications import progress
from banzheng.applications.labels import STATUS_LABELS, STEP_LABELS, TASK_LABELS
from banzheng.applications.models import (
    Application,
    ApprovalStep,
    MaterialRequirement,
    PostCheckTask,
    StepStatus,
    WarningLevel,
)
from banzheng.applications.progress import _iso
from banzheng.applications.workflow import CLERK, next_tasks
from banzheng.common import workdays
from banzheng.security.permissions import staff_scope
from banzheng.security.roles import Role

# What a clerk does next for an application in each state, from the transition table.
CLERK_TASKS = {
    status: (action.value, TASK_LABELS[action.value])
    for status, action in next_tasks(CLERK).items()
}

# How urgent a step is: 0 overdue, 1 warned, 2 neither (the SLA scan writes the warnings).
_STEP_URGENCY = (
    "CASE WHEN EXISTS (SELECT 1 FROM sla_warning w WHERE w.step_id = s.id AND w.level = ?) "
    "THEN 0 WHEN EXISTS (SELECT 1 FROM sla_warning w WHERE w.step_id = s.id) THEN 1 ELSE 2 END"
)
_URGENCY_NAMES = {0: WarningLevel.overdue.value, 1: WarningLevel.warning.value, 2: None}


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class _Sources:
    """UNION ALL branches of one work queue: (kind, id, application id, urgency, due, number)."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.branches: list[str] = []
        self.params: list[Any] = []

    def _id(self, value: object) -> object:
        return value if self.dialect == "postgres" else str(value)

    def clerk(self, scope: str) -> None:
        states = list(CLERK_TASKS)
        self.branches.append(
            "SELECT 'application' AS kind, a.id AS id, a.id AS application_id, 2 AS urgency, "  # noqa: S608 - constant SQL, values bound
            "COALESCE(a.due_at, a.submitted_at) AS due_at, a.number AS number FROM application a "
            f"WHERE a.scope_path LIKE ? ESCAPE '\\' AND a.status IN ({', '.join('?' * len(states))})"
        )
        self.params += [_like_prefix(scope), *(s.value for s in states)]

    def steps_of(self, organisation_id: object) -> None:
        self.branches.append(
            f"SELECT 'step' AS kind, s.id AS id, s.application_id AS application_id, "  # noqa: S608 - constant SQL, values bound
            f"{_STEP_URGENCY} AS urgency, s.due_at AS due_at, a.number AS number "
            "FROM approval_step s JOIN application a ON a.id = s.application_id "
            "WHERE s.status = ? AND s.organisation_id = ?"
        )
        self.params += [
            WarningLevel.overdue.value,
            StepStatus.active.value,
            self._id(organisation_id),
        ]

    def warned_steps(self, scope: str) -> None:
        self.branches.append(
            f"SELECT 'step' AS kind, s.id AS id, s.application_id AS application_id, "  # noqa: S608 - constant SQL, values bound
            f"{_STEP_URGENCY} AS urgency, s.due_at AS due_at, a.number AS number "
            "FROM approval_step s JOIN application a ON a.id = s.application_id "
            "WHERE s.status = ? AND a.scope_path LIKE ? ESCAPE '\\' "
            "AND EXISTS (SELECT 1 FROM sla_warning w WHERE w.step_id = s.id)"
        )
        self.params += [WarningLevel.overdue.value, StepStatus.active.value, _like_prefix(scope)]

    def post_checks(self, scope: str) -> None:
        self.branches.append(
            "SELECT 'post_check' AS kind, t.id AS id, t.application_id AS application_id, "
            "2 AS urgency, a.due_at AS due_at, a.number AS number "
            "FROM post_check_task t JOIN application a ON a.id = t.application_id "
            "WHERE t.done_at IS NULL AND a.scope_path LIKE ? ESCAPE '\\'"
        )
        self.params.append(_like_prefix(scope))

    async def page(self, *, page: int, size: int) -> tuple[list[dict[str, Any]], int]:
        """One query: the page in queue order, and the queue's length (a window count)."""
        if not self.branches:
            return [], 0
        union = " UNION ALL ".join(self.branches)
        sql = (
            "SELECT kind, id, application_id, urgency, COUNT(*) OVER () AS total "  # noqa: S608 - constant SQL, values bound
            f"FROM ({union}) q "
            "ORDER BY urgency, CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, number "
            "LIMIT ? OFFSET ?"
        )
        params = [*self.params, size, (page - 1) * size]
        conn = Tortoise.get_connection("default")
        rows = await conn.execute_query_dict(_placeholders(sql, self.dialect), params)
        if rows:
            return rows, int(rows[0]["total"])
        if page == 1:
            return [], 0
        count_sql = f"SELECT COUNT(*) AS total FROM ({union}) q"  # noqa: S608
        counted = await conn.execute_query_dict(_placeholders(count_sql, self.dialect), self.params)
        return [], int(counted[0]["total"])


def _placeholders(sql: str, dialect: str) -> str:
    """`?` for SQLite; `$1, $2…` for asyncpg (the queries here hold no literal `?`)."""
    if dialect != "postgres":
        return sql
    parts = sql.split("?")
    return "".join(f"{part}${n}" for n, part in enumerate(parts[:-1], start=1)) + parts[-1]


def _dialect() -> str:
    return Tortoise.get_connection("default").capabilities.dialect


async def work_queue(user: User, *, page: int, size: int) -> dict[str, Any]:
    scope = staff_scope(user)
    sources = _Sources(_dialect())
    if scope is not None:
        if user.role is Role.clerk:
            sources.clerk(scope)
        elif user.role is Role.department_reviewer:
            sources.steps_of(user.organisation_id)
            if user.organisation.department == "registry":
                sources.post_checks(scope)
        elif user.role in (Role.supervisor, Role.admin):
            sources.warned_steps(scope)
    rows, total = await sources.page(page=page, size=size)
    return {"items": await _items(rows), "page": page, "size": size, "total": total}


async def _items(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's rows with their application, house and estate: a fixed number of queries."""
    if not rows:
        return []
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(str(row["id"]))
    applications = {
        str(a.id): a
        for a in await Application.filter(
            id__in=list({str(r["application_id"]) for r in rows})
        ).select_related("house__building__community")
    }
    steps = (
        {str(s.id): s for s in await ApprovalStep.filter(id__in=by_kind["step"])}
        if "step" in by_kind
        else {}
    )
    checks, names = {}, {}
    if "post_check" in by_kind:
        checks = {str(t.id): t for t in await PostCheckTask.filter(id__in=by_kind["post_check"])}
        names = {
            (r.application_type_id, r.code): r.name
            for r in await MaterialRequirement.filter(
                code__in=list({t.requirement_code for t in checks.values()})
            )
        }
    items = []
    for row in rows:
        application = applications[str(row["application_id"])]
        key = str(row["id"])
        if row["kind"] == "application":
            task = CLERK_TASKS[application.status]
            items.append(
                _item(
                    application,
                    task=task[0],
                    task_label=task[1],
                    due_at=_iso(await _task_due(application)),
                )
            )
        elif row["kind"] == "step":
            step = steps[key]
            label = STEP_LABELS[step.kind]
            items.append(
                _item(
                    application,
                    task="review_step",
                    task_label=f"{TASK_LABELS['review_step']}：{label}",
                    step_id=key,
                    step_label=label,
                    warning=_URGENCY_NAMES[int(row["urgency"])],
                    due_at=_iso(step.due_at),
                )
            )
        else:
            check = checks[key]
            name = names.get((application.kind.value, check.requirement_code), "材料")
            items.append(
                _item(
                    application,
                    task="post_check",
                    task_label=f"{TASK_LABELS['post_check']}：{name}",
                    step_id=key,
                )
            )
    return items


async def _task_due(application: Application) -> datetime | None:
    """The case's due date once accepted; before, acceptance is due within
    progress.ACCEPTANCE_WORKDAYS of the submission (一窗受理)."""
    if application.due_at is not None or application.submitted_at is None:
        return application.due_at
    return await workdays.due_at(application.submitted_at, workdays=progress.ACCEPTANCE_WORKDAYS)


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
