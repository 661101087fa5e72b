"""Satisfaction figures per window, staff member, estate and property company, and the
property company's star rating (物业办证服务星级评定). Voided ratings (appeal upheld) do not count.

    satisfaction rate (满意率)  = ratings 非常满意 + 满意 + 基本满意 ÷ all ratings
    complaint rate (差评率)     = ratings 不满意 + 非常不满意 ÷ all ratings

Star rating of a property-management company, over the estates it manages:

    S = satisfaction rate of the ratings of those estates (their service stations and the
        receipts of applications for their houses)
    T = materials timeliness: the share of those estates' submitted applications whose
        materials were timely — first submitted within FEEDBACK_MATERIALS_WORKDAYS working days
        of the draft, and every deferred (容缺) item provided by its due date
    score = 100 × (0.6 × S + 0.4 × T), rounded to one decimal
    stars = 5 if score ≥ 95, 4 if ≥ 85, 3 if ≥ 75, 2 if ≥ 60, else 1;
            none ("样本不足") below FEEDBACK_STAR_MIN_RATINGS ratings or with no application
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count

from banzheng.applications.models import Application, ApplicationEvent, ApplicationMaterial
from banzheng.common import workdays
from banzheng.communities.models import Community, Company
from banzheng.feedback.labels import BAD_LEVELS
from banzheng.feedback.models import Rating, TargetKind

SATISFACTION_WEIGHT = Decimal("0.6")
TIMELINESS_WEIGHT = Decimal("0.4")
STAR_THRESHOLDS = ((Decimal(95), 5), (Decimal(85), 4), (Decimal(75), 3), (Decimal(60), 2))


@dataclass(frozen=True)
class Figures:
    ratings: int
    satisfied: int
    complaints: int

    @property
    def satisfaction_rate(self) -> Decimal | None:
        return _rate(self.satisfied, self.ratings)

    @property
    def complaint_rate(self) -> Decimal | None:
        return _rate(self.complaints, self.ratings)


def _rate(part: int, whole: int) -> Decimal | None:
    return (
        (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), ROUND_HALF_UP)
        if whole
        else None
    )


async def _counts(group_by: str, where: Q, *names: str) -> list[dict[str, Any]]:
    """Ratings and 差评 per value of `group_by` (and `names`, carried along), counted by the
    database over the ratings `where` selects; voided ratings never count."""
    return await (
        Rating.filter(where, voided=False)
        .annotate(
            ratings=Count("id"),
            complaints=Count("id", _filter=Q(level__in=[int(level) for level in BAD_LEVELS])),
        )
        .group_by(group_by, *names)
        .values(group_by, *names, "ratings", "complaints")
    )


async def by_group(group: str, *, scope_path: str) -> list[dict[str, Any]]:
    """Figures per window, staff member, estate or property company, within a scope. The
    database counts; Python only adds an estate's two sources (its stations and the receipts
    of applications for its houses) and its estates into a company."""
    in_scope = Q(target__scope_path__startswith=scope_path)
    totals: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    names: dict[Any, str] = {}
    if group in ("window", "staff"):
        for row in await _counts(
            "target_id", in_scope & Q(target__kind=TargetKind(group)), "target__name"
        ):
            totals[row["target_id"]] = [row["ratings"], row["complaints"]]
            names[row["target_id"]] = row["target__name"]
    else:
        receipt = Q(target__kind=TargetKind.receipt, target__application_id__isnull=False)
        per_estate: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
        for key, where in (
            # a receipt counts for the estate of its application's house …
            ("target__application__house__building__community_id", in_scope & receipt),
            # … every other target for the estate it names (a station)
            ("target__community_id", in_scope & ~receipt & Q(target__community_id__isnull=False)),
        ):
            for row in await _counts(key, where):
                if row[key] is not None:
                    per_estate[row[key]][0] += row["ratings"]
                    per_estate[row[key]][1] += row["complaints"]
        communities = await Community.filter(id__in=list(per_estate))
        companies = {
            c.id: c.name
            for c in await Company.filter(
                id__in={c.property_manager_id for c in communities if c.property_manager_id}
            )
        }
        for community in communities:
            key = community.id if group == "estate" else community.property_manager_id
            if key is None:
                continue
            counted = per_estate[community.id]
            totals[key][0] += counted[0]
            totals[key][1] += counted[1]
            names[key] = community.name if group == "estate" else companies[key]
    result = []
    for key, (ratings, complaints) in totals.items():
        f = Figures(ratings=ratings, satisfied=ratings - complaints, complaints=complaints)
        result.append(
            {
                "id": str(key),
                "name": names[key],
                "ratings": f.ratings,
                "satisfied": f.satisfied,
                "complaints": f.complaints,
                "satisfaction_rate": f.satisfaction_rate,
                "complaint_rate": f.complaint_rate,
            }
        )
    return sorted(result, key=lambda r: (r["name"], r["id"]))


# ---- star rating of property companies ---------------------------------------------------


async def _timely(
    where: dict[str, Any], applications: list[tuple[Any, datetime]], within: int, today: date
) -> set[Any]:
    """Of `applications` (id, created at: those `Application.filter(**where)` finds), the ones
    whose materials were timely: first submitted within `within` working days of the draft,
    every deferred item provided by its due date. Three queries whatever their number (submit
    events, deferred items, one calendar), each selecting by `where` through a join rather than
    by a list of ids that a city's applications would make too long for one statement."""
    if not applications:
        return set()
    ids = [application_id for application_id, _ in applications]
    through = {f"application__{field}": value for field, value in where.items()}
    first_submit: dict[Any, date] = {}
    for application_id, at in await (
        ApplicationEvent.filter(action="submit", **through)
        .order_by("id")
        .values_list("application_id", "at")
    ):
        first_submit.setdefault(application_id, at.astimezone(workdays.OFFICE_TZ).date())
    late: set[Any] = set()
    for application_id, due, provided_at in await ApplicationMaterial.filter(
        deferred_until__isnull=False, **through
    ).values_list("application_id", "deferred_until", "provided_at"):
        provided = provided_at.astimezone(workdays.OFFICE_TZ).date() if provided_at else None
        if (provided is None and due < today) or (provided is not None and provided > due):
            late.add(application_id)
    drafted = {
        application_id: created.astimezone(workdays.OFFICE_TZ).date()
        for application_id, created in applications
    }
    spans = [(drafted[a], first_submit[a]) for a in ids if a in first_submit]
    if not spans:
        return set()
    days = [day for span in spans for day in span]
    calendar = await workdays.calendar(min(days) + workdays.ONE_DAY, max(days))
    return {
        a
        for a in ids
        if a in first_submit
        and a not in late
        and calendar.workdays_between(drafted[a], first_submit[a]) <= within
    }


def stars_for(score: Decimal) -> int:
    for threshold, stars in STAR_THRESHOLDS:
        if score >= threshold:
            return stars
    return 1


async def star_ratings(
    *, scope_path: str, materials_workdays: int, min_ratings: int, today: date | None = None
) -> list[dict[str, Any]]:
    today = today or datetime.now(workdays.OFFICE_TZ).date()
    per_company = {row["id"]: row for row in await by_group("company", scope_path=scope_path)}
    companies = await Company.filter(kind="property_manager").order_by("name")
    managed = defaultdict(list)  # company id → its estates in the scope
    for estate_id, company_id in await Community.filter(
        scope_path__startswith=scope_path, property_manager_id__isnull=False
    ).values_list("id", "property_manager_id"):
        managed[company_id].append(estate_id)
    where = {  # the submitted applications of the managed estates in the scope
        "submitted_at__isnull": False,
        "house__building__community__scope_path__startswith": scope_path,
        "house__building__community__property_manager_id__isnull": False,
    }
    submitted = defaultdict(list)  # estate id → (application id, created at)
    listed = []
    for application_id, created, estate_id in await Application.filter(**where).values_list(
        "id", "created_at", "house__building__community_id"
    ):
        submitted[estate_id].append((application_id, created))
        listed.append((application_id, created))
    timely_ids = await _timely(where, listed, materials_workdays, today)
    result = []
    for company in companies:
        estates = managed.get(company.id)
        if not estates:
            continue
        timely = [a in timely_ids for e in estates for a, _ in submitted[e]]
        t_rate = _rate(sum(timely), len(timely))
        rated = per_company.get(str(company.id))
        s_rate = rated["satisfaction_rate"] if rated else None
        count = rated["ratings"] if rated else 0
        score = stars = None
        if count >= min_ratings and t_rate is not None and s_rate is not None:
            score = (
                Decimal(100) * (SATISFACTION_WEIGHT * s_rate + TIMELINESS_WEIGHT * t_rate)
            ).quantize(Decimal("0.1"), ROUND_HALF_UP)
            stars = stars_for(score)
        result.append(
            {
                "company_id": str(company.id),
                "name": company.name,
                "ratings": count,
                "satisfaction_rate": s_rate,
                "applications": len(timely),
                "timely": sum(timely),
                "timeliness_rate": t_rate,
                "score": score,
                "stars": stars,
            }
        )
    return result
