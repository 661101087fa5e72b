"""Satisfaction and complaint rates per window, staff, estate and company, and the property
company's star rating, against a data set whose right answers are worked out by hand below."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from banzheng.accounts.models import User
from banzheng.applications.models import (
    Application,
    ApplicationEvent,
    ApplicationKind,
    ApplicationMaterial,
    MaterialState,
    Status,
)
from banzheng.common.workdays import OFFICE_TZ
from banzheng.communities.models import Company, CompanyKind
from banzheng.feedback import service, stats
from banzheng.feedback.models import RatingSource, TargetKind
from tests import factories
from tests.helpers import queries


def at(day: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, 10, 0, tzinfo=OFFICE_TZ)


async def rate_all(target, levels: list[int]) -> None:
    for n, level in enumerate(levels):
        await service.rate(
            target=target,
            rater=service.Rater(device_hash=f"device-{target.code}-{n}"),
            level=level,
            indicators={},
            comment="",
            source=RatingSource.h5,
            rectify_workdays=15,
        )


async def application(house, *, created: datetime, submitted: datetime, deferred=None) -> None:
    app = await Application.create(
        number=f"BZ-{house.id.hex[:10]}",
        kind=ApplicationKind.transfer_registration,
        house=house,
        scope_path="/",
        status=Status.accepted,
        submitted_at=submitted,
    )
    await Application.filter(id=app.id).update(created_at=created)
    event = await ApplicationEvent.create(application=app, action="submit", actor_role="owner")
    await ApplicationEvent.filter(id=event.id).update(at=submitted)
    if deferred:
        due, provided = deferred
        await ApplicationMaterial.create(
            application=app,
            requirement_code="purchase_invoice",
            state=MaterialState.provided,
            deferred_until=due,
            provided_at=provided,
        )


async def test_figures_and_star_ratings_match_the_hand_computed_answers(act, world, targets):
    anju = await Company.create(name="安居物业", kind=CompanyKind.property_manager)
    yijia = await Company.create(name="宜家物业", kind=CompanyKind.property_manager)
    e1 = world.estate  # 幸福里小区 — 安居物业
    e2 = await factories.community(world.orgs.heping, "和园小区")  # 安居物业
    e3 = await factories.community(world.orgs.heping, "宜家小区")  # 宜家物业
    for estate, company in ((e1, anju), (e2, anju), (e3, yijia)):
        estate.property_manager = company
        await estate.save()
    clerk = await User.get(username="clerk").select_related("organisation")
    station2 = await service.create_target(
        creator=clerk, kind=TargetKind.station, name="和园服务站", community_id=e2.id
    )
    station3 = await service.create_target(
        creator=clerk, kind=TargetKind.station, name="宜家服务站", community_id=e3.id
    )
    await rate_all(targets.station, [5, 5, 4, 3, 2])  # e1: 4 satisfied, 1 差评
    await rate_all(station2, [1, 5])  # e2: 1 satisfied, 1 差评
    await rate_all(station3, [5, 5, 5])  # e3: 3 satisfied
    await rate_all(targets.window, [4, 2])  # window: 1 satisfied, 1 差评

    # Materials timeliness (5 working days; 2026-11: weekends 7–8 and 14–15 off):
    h = [await factories.house(world.orgs.heping, room=f"7{n}", estate=e1) for n in range(3)]
    h.append(await factories.house(world.orgs.heping, room="80", estate=e2))
    h.append(await factories.house(world.orgs.heping, room="90", estate=e3))
    await application(h[0], created=at(2), submitted=at(4))  # 2 workdays: timely
    await application(h[1], created=at(2), submitted=at(16))  # 10 workdays: late
    await application(  # submitted in 1, but the 容缺 item came 2 days after its due date
        h[2], created=at(2), submitted=at(3), deferred=(date(2026, 11, 10), at(12))
    )
    await application(  # 4 workdays, 容缺 item on time: timely
        h[3], created=at(9), submitted=at(13), deferred=(date(2026, 11, 20), at(18))
    )
    await application(h[4], created=at(2), submitted=at(9))  # exactly 5 workdays: timely

    scope = world.orgs.city.scope_path
    by_window = await stats.by_group("window", scope_path=scope)
    assert [
        (r["name"], r["ratings"], r["satisfaction_rate"], r["complaint_rate"]) for r in by_window
    ] == [("和平街道 3 号窗口", 2, Decimal("0.5000"), Decimal("0.5000"))]
    by_estate = {r["name"]: r for r in await stats.by_group("estate", scope_path=scope)}
    assert by_estate["幸福里小区"]["satisfaction_rate"] == Decimal("0.8000")  # 4 / 5
    assert by_estate["和园小区"]["complaint_rate"] == Decimal("0.5000")  # 1 / 2
    by_company = {r["name"]: r for r in await stats.by_group("company", scope_path=scope)}
    # 安居: e1 + e2 = 7 ratings, 5 satisfied, 2 差评 → 5/7 = 0.714285… → 0.7143; 2/7 → 0.2857
    assert (by_company["安居物业"]["ratings"], by_company["安居物业"]["satisfaction_rate"]) == (
        7,
        Decimal("0.7143"),
    )
    assert by_company["安居物业"]["complaint_rate"] == Decimal("0.2857")
    assert by_company["宜家物业"]["satisfaction_rate"] == Decimal("1.0000")

    stars = {
        r["name"]: r
        for r in await stats.star_ratings(
            scope_path=scope, materials_workdays=5, min_ratings=3, today=date(2026, 12, 1)
        )
    }
    # 安居: T = 2 timely of 4 = 0.5; score = 100 × (0.6 × 0.7143 + 0.4 × 0.5)
    #      = 100 × (0.42858 + 0.2) = 62.858 → 62.9 → ≥ 60: 2 stars
    anju_row = stars["安居物业"]
    assert (anju_row["applications"], anju_row["timely"], anju_row["timeliness_rate"]) == (
        4,
        2,
        Decimal("0.5000"),
    )
    assert (anju_row["score"], anju_row["stars"]) == (Decimal("62.9"), 2)
    # 宜家: S = 1, T = 1/1 → 100 → 5 stars
    assert (stars["宜家物业"]["score"], stars["宜家物业"]["stars"]) == (Decimal("100.0"), 5)

    # The rating costs the same queries whatever the number of applications (it once made
    # three per application: a city's page took minutes).
    async def rating_queries() -> int:
        with queries() as q:
            await stats.star_ratings(scope_path=scope, materials_workdays=5, min_ratings=3)
        return q.count

    before = await rating_queries()
    for n in range(3):
        house = await factories.house(world.orgs.heping, room=f"6{n}", estate=e2)
        await application(
            house, created=at(9), submitted=at(10), deferred=(date(2026, 11, 20), None)
        )
    assert await rating_queries() == before <= 10

    # Through the API with the default sample minimum (10 ratings): too few to rate.
    supervisor = await act("supervisor")
    body = (await supervisor.get("/api/v1/feedback/star-ratings")).json()
    assert "0.6 × 满意率 + 0.4 × 材料及时率" in body["formula"]
    assert {r["name"]: r["stars"] for r in body["items"]} == {"安居物业": None, "宜家物业": None}
    figures = (await supervisor.get("/api/v1/feedback/figures?group=company")).json()
    assert {r["name"]: r["satisfaction_rate"] for r in figures["items"]} == {
        "安居物业": "0.7143",
        "宜家物业": "1.0000",
    }
