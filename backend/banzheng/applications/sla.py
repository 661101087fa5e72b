"""Time limits (时限) in statutory working days, and the periodic scan that raises warnings.

The plan: the whole process within 5 working days (a setting, APPLICATION_WORKDAYS), per-step
limits, and automatic overdue warnings that bring the step-overdue rate from 15 % to 3 %
(requirement 2). A step warns at 80 % of its working time and is overdue at 100 %.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from banzheng.applications.labels import STEP_LABELS
from banzheng.applications.models import (
    ApplicationMaterial,
    ApprovalStep,
    MaterialRequirement,
    MaterialState,
    SlaWarning,
    StepKind,
    StepStatus,
    WarningLevel,
)
from banzheng.applications.workflow import record
from banzheng.common import workdays
from banzheng.db import lag_tolerant

log = logging.getLogger(__name__)

# Parallel department steps share the first 3 of the 5 working days; registry review (登簿)
# takes 1 and the certificate (缮证/发证) the last. Local plan numbers; kept here together.
STEP_WORKDAYS = {
    StepKind.planning_check: 3,
    StepKind.survey_check: 3,
    StepKind.tax_check: 3,
    StepKind.fund_check: 3,
    StepKind.registry_review: 1,
}
WARNING_AT = 0.8  # share of a step's working time after which its assignee is warned
OVERDUE_AT = 1.0

# 容缺受理: a deferred material is due within this many calendar days of acceptance (local
# practice, commonly 30 days), and the owner is reminded this many days before it is due.
MAX_DEFERRAL_DAYS = 30
DEFERRAL_REMINDER_DAYS = 3
# 补正: the owner is asked to supply everything listed within this many calendar days of the
# request (local practice, as for 容缺); the date is shown with the request.
SUPPLEMENT_DAYS = 30


@dataclass(frozen=True)
class Clock:
    """How much of a time limit is used, in working time (the work queue's SLA clock)."""

    limit_workdays: int
    used_workdays: float
    fraction: float

    @property
    def level(self) -> WarningLevel | None:
        if self.fraction >= OVERDUE_AT:
            return WarningLevel.overdue
        return WarningLevel.warning if self.fraction >= WARNING_AT else None


async def clock(
    *, start: datetime, due: datetime, limit_workdays: int, now: datetime | None = None
) -> Clock:
    """The clock of one limit, with the same thresholds as the scan's warnings."""
    fraction = await workdays.elapsed_fraction(start, due, now or datetime.now(UTC))
    return Clock(limit_workdays, round(fraction * limit_workdays, 1), fraction)


async def scan(now: datetime | None = None) -> dict[str, int]:
    """Raise warnings and overdue marks for active steps; remind owners of deferred materials.

    Idempotent: a warning is unique per (step, level) and a reminder is recorded once per
    material, so running the scan twice (or on two workers) raises nothing twice.
    """
    now = now or datetime.now(UTC)
    raised = {"warning": 0, "overdue": 0, "reminders": 0}
    steps = await ApprovalStep.filter(
        status=StepStatus.active, due_at__isnull=False
    ).select_related("application")
    for step in steps:
        fraction = await workdays.elapsed_fraction(step.started_at, step.due_at, now)
        for level, threshold in (
            (WarningLevel.warning, WARNING_AT),
            (WarningLevel.overdue, OVERDUE_AT),
        ):
            if fraction >= threshold and await _raise(step, level):
                raised[level.value] += 1
    raised["reminders"] = await _remind_deferred(now)
    return raised


async def _raise(step: ApprovalStep, level: WarningLevel) -> bool:
    """Create the warning once. Its `sla_warning` / `sla_overdue` event goes through the event
    dispatcher (workflow.py): handlers registered for it (the staff notification) run after
    this transaction commits."""
    if await SlaWarning.exists(step=step, level=level):
        return False
    try:
        async with in_transaction():
            await SlaWarning.create(
                step=step,
                application=step.application,
                level=level,
                organisation_id=step.organisation_id,
            )
            await record(
                step.application,
                f"sla_{level.value}",
                details={"step": step.kind.value, "due_at": step.due_at.isoformat()},
                note=_warning_note(step, level),
            )
    except IntegrityError:  # another worker raised it first
        return False
    log.info(
        "sla %s",
        level.value,
        extra={"application": str(step.application_id), "step": step.kind.value},
    )
    return True


def _warning_note(step: ApprovalStep, level: WarningLevel) -> str:
    """Which step, handled by whom, due when: a warning that names nothing helps nobody."""
    due = f"{step.due_at.astimezone(workdays.OFFICE_TZ):%Y年%m月%d日 %H:%M}"
    label = STEP_LABELS[step.kind]
    if level is WarningLevel.overdue:
        return f"「{label}」已超过办理时限（应于 {due} 前办结）"
    return f"「{label}」已用去 {WARNING_AT:.0%} 办理时限，请于 {due} 前办结"


async def _remind_deferred(now: datetime) -> int:
    horizon = (now + timedelta(days=DEFERRAL_REMINDER_DAYS)).astimezone(workdays.OFFICE_TZ).date()
    due_soon = await ApplicationMaterial.filter(
        state=MaterialState.deferred, deferred_until__lte=horizon
    ).select_related("application")
    names = dict(
        await MaterialRequirement.filter(
            code__in=list({m.requirement_code for m in due_soon})
        ).values_list("code", "name")
    )
    count = 0
    for material in due_soon:
        if await _reminded(material):
            continue
        name = names.get(material.requirement_code, "容缺材料")
        await record(
            material.application,
            "deferred_reminder",
            details={
                "requirement": material.requirement_code,
                "due": material.deferred_until.isoformat(),
            },
            note=f"容缺材料「{name}」请于 {material.deferred_until:%Y年%m月%d日} 前补交",
        )
        count += 1
    return count


async def _reminded(material: ApplicationMaterial) -> bool:
    events = await material.application.events.filter(action="deferred_reminder").values_list(
        "details", flat=True
    )
    return any(d.get("requirement") == material.requirement_code for d in events)


async def step_counts() -> dict[str, int]:
    """Running steps and how many of them are overdue now (for /metrics and its overdue-rate
    alert against the plan's 3 % target). A few seconds of replica lag do not matter here."""
    running = ApprovalStep.filter(status=StepStatus.active)
    return {
        "active": await lag_tolerant(running).count(),
        "overdue": await lag_tolerant(running.filter(warnings__level=WarningLevel.overdue)).count(),
    }
