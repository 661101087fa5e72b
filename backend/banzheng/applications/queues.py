"""Staff work queues: what each person must act on, in their scope, overdue first.

The order (overdue, then warned, then the rest; earliest due first; then the case number) and the
page are computed by the database in one query, whatever the length of the queue: a clerk of a
busy street after a submission peak has thousands of cases waiting, and a page must not load
them all. The page's rows are then loaded with their house and estate in one query more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise import Tortoise

from banzheng import db
from banzheng.accounts.models import User
from banzheng.applications import sla
from banzheng.applications.labels import STATUS_LABELS, STEP_LABELS, TASK_LABELS
from banzheng.applications.models import (
    Application,
    ApprovalStep,
    MaterialRequirement,
    PostCheckTask,
    Status,
    StepStatus,
    WarningLevel,
)
from banzheng.applications.progress import ACCEPTANCE_WORKDAYS, _iso
from banzheng.applications.workflow import CLERK, next_tasks
from banzheng.common import workdays
from banzheng.communities.labels import house_label
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


@dataclass(frozen=True)
class QueueFilter:
    """Narrowing a work queue (the console's filters); every field optional.

    `answered`: applications back in pre-review after a supplement request (补正已答复);
    `urgent`: only overdue or warned items.
    """

    community_id: str | None = None
    kind: str | None = None
    status: str | None = None
    answered: bool = False
    urgent: bool = False


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class _Sources:
    """UNION ALL branches of one work queue: (kind, id, application id, urgency, due, number)."""

    def __init__(self, dialect: str, filters: QueueFilter | None = None) -> None:
        self.dialect = dialect
        self.filters = filters or QueueFilter()
        self.branches: list[str] = []
        self.params: list[Any] = []

    def _narrow(self) -> str:
        """The filters as conditions on the branch's application `a` (values appended)."""
        f, conditions = self.filters, []
        if f.community_id:
            conditions.append(
                "a.house_id IN (SELECT h.id FROM house h JOIN building b ON b.id = h.building_id "
                "WHERE b.community_id = ?)"
            )
            self.params.append(self._id(f.community_id))
        if f.kind:
            conditions.append("a.kind = ?")
            self.params.append(f.kind)
        if f.status:
            conditions.append("a.status = ?")
            self.params.append(f.status)
        if f.answered:
            conditions.append(
                "a.status = ? AND EXISTS (SELECT 1 FROM application_event e "
                "WHERE e.application_id = a.id AND e.action = 'request_supplement')"
            )
            self.params.append(Status.pre_review.value)
        return "".join(f" AND {c}" for c in conditions)

    def _id(self, value: object) -> object:
        return value if self.dialect == "postgres" else str(value)

    def clerk(self, scope: str, now: datetime) -> None:
        states = list(CLERK_TASKS)
        self.params += [now, _like_prefix(scope), *(s.value for s in states)]
        self.branches.append(
            "SELECT 'application' AS kind, a.id AS id, a.id AS application_id, "  # noqa: S608 - constant SQL, values bound
            "CASE WHEN a.due_at IS NOT NULL AND a.due_at < ? THEN 0 ELSE 2 END AS urgency, "
            "COALESCE(a.due_at, a.submitted_at) AS due_at, a.number AS number FROM application a "
            f"WHERE a.scope_path LIKE ? ESCAPE '\\' AND a.status IN ({', '.join('?' * len(states))})"
            + self._narrow()
        )

    def steps_of(self, organisation_id: object) -> None:
        self.params += [
            WarningLevel.overdue.value,
            StepStatus.active.value,
            self._id(organisation_id),
        ]
        self.branches.append(
            f"SELECT 'step' AS kind, s.id AS id, s.application_id AS application_id, "  # noqa: S608 - constant SQL, values bound
            f"{_STEP_URGENCY} AS urgency, s.due_at AS due_at, a.number AS number "
            "FROM approval_step s JOIN application a ON a.id = s.application_id "
            "WHERE s.status = ? AND s.organisation_id = ?" + self._narrow()
        )

    def warned_steps(self, scope: str) -> None:
        self.params += [WarningLevel.overdue.value, StepStatus.active.value, _like_prefix(scope)]
        self.branches.append(
            f"SELECT 'step' AS kind, s.id AS id, s.application_id AS application_id, "  # noqa: S608 - constant SQL, values bound
            f"{_STEP_URGENCY} AS urgency, s.due_at AS due_at, a.number AS number "
            "FROM approval_step s JOIN application a ON a.id = s.application_id "
            "WHERE s.status = ? AND a.scope_path LIKE ? ESCAPE '\\' "
            "AND EXISTS (SELECT 1 FROM sla_warning w WHERE w.step_id = s.id)" + self._narrow()
        )

    def post_checks(self, scope: str) -> None:
        self.params.append(_like_prefix(scope))
        self.branches.append(
            "SELECT 'post_check' AS kind, t.id AS id, t.application_id AS application_id, "
            "2 AS urgency, a.due_at AS due_at, a.number AS number "
            "FROM post_check_task t JOIN application a ON a.id = t.application_id "
            "WHERE t.done_at IS NULL AND a.scope_path LIKE ? ESCAPE '\\'" + self._narrow()
        )

    async def page(self, *, page: int, size: int) -> tuple[list[dict[str, Any]], int]:
        """One query: the page in queue order, and the queue's length (a window count)."""
        if not self.branches:
            return [], 0
        union = " UNION ALL ".join(self.branches)
        where = " WHERE urgency < 2" if self.filters.urgent else ""
        sql = (
            "SELECT kind, id, application_id, urgency, COUNT(*) OVER () AS total "  # noqa: S608 - constant SQL, values bound
            f"FROM ({union}) q{where} "
            "ORDER BY urgency, CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, number "
            "LIMIT ? OFFSET ?"
        )
        params = [*self.params, size, (page - 1) * size]
        rows = await db.execute_dict(sql, params)
        if rows:
            return rows, int(rows[0]["total"])
        if page == 1:
            return [], 0
        count_sql = f"SELECT COUNT(*) AS total FROM ({union}) q{where}"  # noqa: S608
        counted = await db.execute_dict(count_sql, self.params)
        return [], int(counted[0]["total"])


def _dialect() -> str:
    return Tortoise.get_connection("default").capabilities.dialect


async def work_queue(
    user: User,
    *,
    page: int,
    size: int,
    filters: QueueFilter | None = None,
    limit_workdays: int | None = None,
) -> dict[str, Any]:
    """One page of `user`'s queue. With `limit_workdays` (APPLICATION_WORKDAYS) each item carries
    its SLA clock (`sla`): working days used of the limit that applies to it now."""
    scope = staff_scope(user)
    sources = _Sources(_dialect(), filters)
    now = datetime.now(UTC)
    if scope is not None:
        if user.role is Role.clerk:
            sources.clerk(scope, now)
        elif user.role is Role.department_reviewer:
            sources.steps_of(user.organisation_id)
            if user.organisation.department == "registry":
                sources.post_checks(scope)
        elif user.role in (Role.supervisor, Role.admin):
            sources.warned_steps(scope)
    rows, total = await sources.page(page=page, size=size)
    items = await _items(rows)
    for item in items:
        application, step = item.pop("_application"), item.pop("_step", None)
        if limit_workdays is not None:
            item["sla"] = await _clock(application, step, limit_workdays, now)
    return {"items": items, "page": page, "size": size, "total": total}


async def _clock(
    application: Application, step: ApprovalStep | None, limit_workdays: int, now: datetime
) -> dict[str, Any] | None:
    """The limit running for an item: its step's, acceptance's (1 working day from submission)
    or the whole process's (APPLICATION_WORKDAYS from acceptance)."""
    if step is not None and step.started_at and step.due_at:
        start, due, limit = step.started_at, step.due_at, sla.STEP_WORKDAYS[step.kind]
    elif application.accepted_at and application.due_at:
        start, due, limit = application.accepted_at, application.due_at, limit_workdays
    elif application.submitted_at:
        start, limit = application.submitted_at, ACCEPTANCE_WORKDAYS
        due = await workdays.due_at(start, workdays=limit)
    else:
        return None
    c = await sla.clock(start=start, due=due, limit_workdays=limit, now=now)
    return {
        "limit_workdays": c.limit_workdays,
        "used_workdays": c.used_workdays,
        "percent": round(c.fraction * 100),
        "level": c.level.value if c.level else None,
    }


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
                    warning=_URGENCY_NAMES[int(row["urgency"])],
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
                    _step=step,
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
    """The case's due date once accepted; before, acceptance is due ACCEPTANCE_WORKDAYS after
    the submission (一窗受理)."""
    if application.due_at is not None or application.submitted_at is None:
        return application.due_at
    return await workdays.due_at(application.submitted_at, workdays=ACCEPTANCE_WORKDAYS)


def _item(application: Application, **extra: Any) -> dict[str, Any]:
    house = application.house
    return {
        "_application": application,
        "application_id": str(application.id),
        "number": application.number,
        "status": application.status.value,
        "status_label": STATUS_LABELS[application.status],
        "community_name": house.building.community.name,
        "house_label": house_label(house.building.number, house.unit, house.room),
        "step_id": None,
        "step_label": None,
        "warning": None,
        "due_at": _iso(application.due_at),
        **extra,
    }
