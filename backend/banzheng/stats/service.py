"""Statistics for supervisors (MISSION req. 16), each scoped to the viewer's region.

Every figure is one SQL aggregation over the stored rows (no rows are loaded into Python to be
counted), portable between SQLite and PostgreSQL. Definitions, written once here:

- 办证率 certificate rate: houses holding a certificate (an application of theirs reached 缮证 or
  发证) ÷ houses in the archive; per estate, street, district or era (the plan's grouping by
  build year: before 2000, 2000–2017, 2018 on).
- processing time: statutory working days from acceptance to 发证 (`Application.workdays_taken`),
  median (mean of the two middle values for an even count) and p90 (nearest rank), per type.
- 环节超时率 overdue rate: started steps that were marked overdue (the 100 % warning) ÷ started
  steps, per step and department (the plan: 15 % → 3 %).
- 退件率 return rate: applications returned at the window ÷ those the window decided (accepted or
  returned) (target ≤ 5 %, requirement 4).
- 网办率 online share: submitted applications whose owner submitted from the phone ÷ all
  submitted (the rest were submitted by a clerk at the window).
- 预审一致率: automatic pre-review verdicts the clerk agreed with (≥ 98 %, requirement 4).
- department step progress: the parallel steps of applications in the region, by step and state
  (waiting, in review, approved, returned) — the work in hand, not a rate.
- disposal-plan progress: for estates with historical problems, problems resolved and plan
  milestones done or overdue.
- 满意率 satisfaction and 差评率 complaint rate: ratings given in the period to targets in the
  scope (windows, staff, estate stations, receipts), voided ones (appeal upheld) left out; the
  formula is feedback/stats.py's (targets: satisfaction ≥ 95 %, complaints ≤ 1 %, requirement 8).
Flow figures accept a period (Beijing dates, `start` inclusive, `end` inclusive).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from tortoise.transactions import in_transaction

from banzheng import db
from banzheng.accounts.labels import DEPARTMENT_LABELS
from banzheng.applications.labels import KIND_LABELS, STEP_LABELS
from banzheng.applications.models import Status, StepKind, StepStatus
from banzheng.common import workdays
from banzheng.feedback.labels import BAD_LEVELS
from banzheng.feedback.stats import Figures
from banzheng.materials import prereview
from banzheng.stats.models import EstateSnapshot

# An application "holds a certificate" from 缮证 on.
CERTIFIED = (Status.certificate_issued.value, Status.delivered.value)
# The plan's eras of estates (一小区一档案: 按建成年代分类).
ERA_BREAKS = (2000, 2018)
RETURN_RATE_TARGET = 0.05  # 退件率 ≤ 5 % (requirement 4)
PREREVIEW_AGREEMENT_TARGET = 0.98  # 预审准确率 ≥ 98 % (requirement 4)
OVERDUE_RATE_TARGET = 0.03  # 环节超时率 → 3 % (requirement 2)
SATISFACTION_TARGET = 0.95  # 满意度 ≥ 95 % (requirement 8)
COMPLAINT_RATE_TARGET = 0.01  # 投诉率 ≤ 1 % (requirement 8)
MAX_TREND_DAYS = 366


class Grouping(StrEnum):
    estate = "estate"
    street = "street"
    district = "district"
    era = "era"


ERA_LABELS = {
    "before_2000": f"{ERA_BREAKS[0]} 年以前建成",
    "2000_2017": f"{ERA_BREAKS[0]}—{ERA_BREAKS[1] - 1} 年建成",
    "since_2018": f"{ERA_BREAKS[1]} 年以后建成",
}


@dataclass(frozen=True)
class Period:
    """Beijing calendar dates, both inclusive; None = unbounded."""

    start: date | None = None
    end: date | None = None

    def bounds(self) -> tuple[datetime, datetime]:
        low = self.start or date(1970, 1, 1)
        high = (self.end or date(9998, 12, 31)) + timedelta(days=1)
        return (
            datetime.combine(low, time(), workdays.OFFICE_TZ).astimezone(UTC),
            datetime.combine(high, time(), workdays.OFFICE_TZ).astimezone(UTC),
        )


def rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


async def _rows(sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    """Run one aggregation; `?` placeholders become `$n` on PostgreSQL. Statistics tolerate a
    few seconds of lag: they read the replica when DATABASE_REPLICA_URL is set."""
    conn = db.lag_tolerant_connection()
    _, rows = await conn.execute_query(
        db.placeholders(sql, conn.capabilities.dialect), list(params)
    )
    return [dict(row) for row in rows]


def _like(scope: str) -> str:
    return scope + "%"


_ERA_SQL = (
    f"CASE WHEN c.build_year < {ERA_BREAKS[0]} THEN 'before_2000' "
    f"WHEN c.build_year < {ERA_BREAKS[1]} THEN '2000_2017' ELSE 'since_2018' END"
)
_GROUP_SQL = {
    Grouping.estate: ("c.id", "c.name", ""),
    Grouping.street: ("o.id", "o.name", 'JOIN "organisation" o ON o.id = c.organisation_id'),
    Grouping.district: (
        "d.id",
        "d.name",
        'JOIN "organisation" o ON o.id = c.organisation_id '
        'JOIN "organisation" d ON d.id = o.parent_id',
    ),
    Grouping.era: (_ERA_SQL, _ERA_SQL, ""),
}


async def certificate_rate(*, scope: str, by: Grouping) -> list[dict[str, Any]]:
    key, name, joins = _GROUP_SQL[by]  # fixed SQL fragments chosen by an enum, never input
    rows = await _rows(
        f"""
        SELECT {key} AS key, {name} AS name, COUNT(h.id) AS houses, COUNT(cert.house_id) AS certified
        FROM "community" c {joins}
        LEFT JOIN "building" b ON b.community_id = c.id
        LEFT JOIN "house" h ON h.building_id = b.id
        LEFT JOIN (SELECT DISTINCT house_id FROM "application" WHERE status IN (?, ?)) cert
               ON cert.house_id = h.id
        WHERE c.scope_path LIKE ?
        GROUP BY {key}, {name}
        ORDER BY {name}
        """,  # noqa: S608
        [*CERTIFIED, _like(scope)],
    )
    return [
        {
            "key": str(r["key"]),
            "name": ERA_LABELS.get(r["name"], r["name"]) if by is Grouping.era else r["name"],
            "houses": r["houses"],
            "certified": r["certified"],
            "rate": rate(r["certified"], r["houses"]),
        }
        for r in rows
    ]


async def processing_time(
    *, scope: str, period: Period, limit_workdays: int
) -> list[dict[str, Any]]:
    """`over_limit` counts cases that took longer than `limit_workdays` (APPLICATION_WORKDAYS)."""
    low, high = period.bounds()
    rows = await _rows(
        """
        WITH t AS (
          SELECT kind, workdays_taken AS d,
                 ROW_NUMBER() OVER (PARTITION BY kind ORDER BY workdays_taken) AS rn,
                 COUNT(*) OVER (PARTITION BY kind) AS n
          FROM "application"
          WHERE status = ? AND workdays_taken IS NOT NULL AND scope_path LIKE ?
            AND finished_at >= ? AND finished_at < ?
        )
        SELECT kind, MAX(n) AS n,
               AVG(CASE WHEN rn = (n + 1) / 2 OR rn = (n + 2) / 2 THEN d END) AS median,
               MIN(CASE WHEN rn * 10 >= 9 * n THEN d END) AS p90,
               AVG(d) AS mean,
               SUM(CASE WHEN d > ? THEN 1 ELSE 0 END) AS over_limit
        FROM t GROUP BY kind ORDER BY kind
        """,
        [Status.delivered.value, _like(scope), low, high, limit_workdays],
    )
    return [
        {
            "kind": r["kind"],
            "kind_label": KIND_LABELS[r["kind"]],
            "finished": r["n"],
            "median_workdays": round(float(r["median"]), 1),
            "p90_workdays": r["p90"],
            "mean_workdays": round(float(r["mean"]), 2),
            "over_limit": r["over_limit"],
        }
        for r in rows
    ]


async def overdue_rate(*, scope: str, period: Period) -> list[dict[str, Any]]:
    low, high = period.bounds()
    rows = await _rows(
        """
        SELECT s.kind AS kind, s.department AS department, COUNT(*) AS steps,
               SUM(CASE WHEN EXISTS (SELECT 1 FROM "sla_warning" w
                                     WHERE w.step_id = s.id AND w.level = 'overdue')
                        THEN 1 ELSE 0 END) AS overdue
        FROM "approval_step" s JOIN "application" a ON a.id = s.application_id
        WHERE a.scope_path LIKE ? AND s.started_at >= ? AND s.started_at < ?
        GROUP BY s.kind, s.department ORDER BY s.kind, s.department
        """,
        [_like(scope), low, high],
    )
    return [
        {
            "step": r["kind"],
            "step_label": STEP_LABELS[StepKind(r["kind"])],
            "department": r["department"],
            "department_label": DEPARTMENT_LABELS.get(r["department"], r["department"]),
            "steps": r["steps"],
            "overdue": r["overdue"],
            "rate": rate(r["overdue"], r["steps"]),
        }
        for r in rows
    ]


async def step_progress(*, scope: str) -> list[dict[str, Any]]:
    """Department steps by step and state, for applications in the region."""
    rows = await _rows(
        """
        SELECT s.kind AS kind, s.status AS status, COUNT(*) AS n
        FROM "approval_step" s JOIN "application" a ON a.id = s.application_id
        WHERE a.scope_path LIKE ?
        GROUP BY s.kind, s.status
        """,
        [_like(scope)],
    )
    by_kind: dict[str, dict[str, Any]] = {}
    for r in rows:
        entry = by_kind.setdefault(
            r["kind"],
            {
                "step": r["kind"],
                "step_label": STEP_LABELS[StepKind(r["kind"])],
                **{state.value: 0 for state in StepStatus},
            },
        )
        entry[r["status"]] = r["n"]
    order = list(StepKind)
    return sorted(by_kind.values(), key=lambda e: order.index(StepKind(e["step"])))


async def window_outcomes(*, scope: str, period: Period) -> dict[str, Any]:
    """退件率 and 网办率 over the period."""
    low, high = period.bounds()
    [decided] = await _rows(
        """
        SELECT SUM(CASE WHEN accepted_at >= ? AND accepted_at < ? THEN 1 ELSE 0 END) AS accepted,
               SUM(CASE WHEN status = ? AND finished_at >= ? AND finished_at < ? THEN 1 ELSE 0 END)
                 AS returned
        FROM "application" WHERE scope_path LIKE ?
        """,
        [low, high, Status.returned.value, low, high, _like(scope)],
    )
    [submitted] = await _rows(
        """
        SELECT COUNT(DISTINCT e.application_id) AS submitted,
               COUNT(DISTINCT CASE WHEN e.actor_role = 'owner' THEN e.application_id END) AS online
        FROM "application_event" e JOIN "application" a ON a.id = e.application_id
        WHERE e.action = 'submit' AND a.scope_path LIKE ? AND e.at >= ? AND e.at < ?
        """,
        [_like(scope), low, high],
    )
    accepted, returned = decided["accepted"] or 0, decided["returned"] or 0
    return {
        "accepted": accepted,
        "returned": returned,
        "return_rate": rate(returned, accepted + returned),
        "return_rate_target": RETURN_RATE_TARGET,
        "submitted": submitted["submitted"],
        "online": submitted["online"],
        "online_rate": rate(submitted["online"], submitted["submitted"]),
    }


async def disposal_progress(*, scope: str, today: date | None = None) -> list[dict[str, Any]]:
    today = today or datetime.now(workdays.OFFICE_TZ).date()
    rows = await _rows(
        """
        SELECT c.id AS id, c.name AS name,
               (SELECT COUNT(*) FROM "community_problem" p WHERE p.community_id = c.id) AS problems,
               (SELECT COUNT(*) FROM "community_problem" p
                 WHERE p.community_id = c.id AND p.status = 'resolved') AS resolved,
               (SELECT COUNT(*) FROM "disposal_milestone" m
                  JOIN "disposal_plan" dp ON dp.id = m.plan_id WHERE dp.community_id = c.id)
                 AS milestones,
               (SELECT COUNT(*) FROM "disposal_milestone" m
                  JOIN "disposal_plan" dp ON dp.id = m.plan_id
                 WHERE dp.community_id = c.id AND m.done_at IS NOT NULL) AS done,
               (SELECT COUNT(*) FROM "disposal_milestone" m
                  JOIN "disposal_plan" dp ON dp.id = m.plan_id
                 WHERE dp.community_id = c.id AND m.done_at IS NULL AND m.due_date < ?)
                 AS overdue,
               EXISTS (SELECT 1 FROM "disposal_plan" dp WHERE dp.community_id = c.id) AS has_plan
        FROM "community" c
        WHERE c.scope_path LIKE ?
          AND EXISTS (SELECT 1 FROM "community_problem" p WHERE p.community_id = c.id)
        ORDER BY c.name
        """,
        [today, _like(scope)],
    )
    return [
        {
            "community_id": str(r["id"]),
            "name": r["name"],
            "problems": r["problems"],
            "resolved": r["resolved"],
            "has_plan": bool(r["has_plan"]),
            "milestones": r["milestones"],
            "milestones_done": r["done"],
            "milestones_overdue": r["overdue"],
            "progress": rate(r["done"], r["milestones"]),
        }
        for r in rows
    ]


async def satisfaction(*, scope: str, period: Period) -> dict[str, Any]:
    """满意率 and 差评率 of the ratings given in the period within the scope."""
    low, high = period.bounds()
    bad = sorted(int(level) for level in BAD_LEVELS)
    [row] = await _rows(
        f"""
        SELECT COUNT(*) AS ratings,
               SUM(CASE WHEN r.level IN ({", ".join("?" * len(bad))}) THEN 1 ELSE 0 END)
                 AS complaints
        FROM "feedback_rating" r JOIN "feedback_target" t ON t.id = r.target_id
        WHERE r.voided = ? AND t.scope_path LIKE ? AND r.created_at >= ? AND r.created_at < ?
        """,  # noqa: S608 - placeholders only
        [*bad, False, _like(scope), low, high],
    )
    complaints = row["complaints"] or 0
    figures = Figures(
        ratings=row["ratings"], satisfied=row["ratings"] - complaints, complaints=complaints
    )
    return {
        "ratings": figures.ratings,
        "satisfied": figures.satisfied,
        "complaints": figures.complaints,
        "satisfaction_rate": _float(figures.satisfaction_rate),
        "satisfaction_target": SATISFACTION_TARGET,
        "complaint_rate": _float(figures.complaint_rate),
        "complaint_rate_target": COMPLAINT_RATE_TARGET,
    }


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


async def overview(*, scope: str, period: Period) -> dict[str, Any]:
    """The dashboard's headline figures in one answer."""
    houses = await _scope_certificate_rate(scope)
    steps = await overdue_rate(scope=scope, period=period)
    overdue = sum(s["overdue"] for s in steps)
    started = sum(s["steps"] for s in steps)
    agreement = await prereview.agreement(scope_path=scope)
    return {
        "houses": houses["houses"],
        "certified": houses["certified"],
        "certificate_rate": houses["rate"],
        "overdue_steps": overdue,
        "started_steps": started,
        "overdue_rate": rate(overdue, started),
        "overdue_rate_target": OVERDUE_RATE_TARGET,
        **await window_outcomes(scope=scope, period=period),
        "prereview_agreement": agreement["rate"],
        "prereview_agreement_target": PREREVIEW_AGREEMENT_TARGET,
        **await satisfaction(scope=scope, period=period),
    }


async def _scope_certificate_rate(scope: str) -> dict[str, Any]:
    [row] = await _rows(
        """
        SELECT COUNT(h.id) AS houses, COUNT(cert.house_id) AS certified
        FROM "community" c
        JOIN "building" b ON b.community_id = c.id
        JOIN "house" h ON h.building_id = b.id
        LEFT JOIN (SELECT DISTINCT house_id FROM "application" WHERE status IN (?, ?)) cert
               ON cert.house_id = h.id
        WHERE c.scope_path LIKE ?
        """,
        [*CERTIFIED, _like(scope)],
    )
    return {**row, "rate": rate(row["certified"], row["houses"])}


# --- the trend: a snapshot per estate per night -----------------------------------------------


async def take_snapshot(day: date | None = None) -> int:
    """Record every estate's houses and certified houses for `day` (today, Beijing); running it
    twice on one day replaces that day's rows."""
    day = day or datetime.now(workdays.OFFICE_TZ).date()
    rows = await _rows(
        """
        SELECT c.id AS id, c.scope_path AS scope_path, COUNT(h.id) AS houses,
               COUNT(cert.house_id) AS certified
        FROM "community" c
        LEFT JOIN "building" b ON b.community_id = c.id
        LEFT JOIN "house" h ON h.building_id = b.id
        LEFT JOIN (SELECT DISTINCT house_id FROM "application" WHERE status IN (?, ?)) cert
               ON cert.house_id = h.id
        GROUP BY c.id, c.scope_path
        """,
        list(CERTIFIED),
    )
    async with in_transaction():
        await EstateSnapshot.filter(day=day).delete()
        await EstateSnapshot.bulk_create(
            [
                EstateSnapshot(
                    day=day,
                    community_id=r["id"],
                    scope_path=r["scope_path"],
                    houses=r["houses"],
                    certified=r["certified"],
                )
                for r in rows
            ]
        )
    return len(rows)


async def trend(*, scope: str, days: int, today: date | None = None) -> list[dict[str, Any]]:
    today = today or datetime.now(workdays.OFFICE_TZ).date()
    rows = await _rows(
        """
        SELECT day, SUM(houses) AS houses, SUM(certified) AS certified
        FROM "stats_estate_snapshot"
        WHERE scope_path LIKE ? AND day > ? AND day <= ?
        GROUP BY day ORDER BY day
        """,
        [_like(scope), today - timedelta(days=days), today],
    )
    return [
        {
            "day": r["day"] if isinstance(r["day"], str) else r["day"].isoformat(),
            "houses": r["houses"],
            "certified": r["certified"],
            "rate": rate(r["certified"], r["houses"]),
        }
        for r in rows
    ]
