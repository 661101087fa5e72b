"""Supervisors' statistics, checked against a small data set whose answers are worked out by hand
in the comments, and scoped to the viewer's organisation."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from banzheng.applications.models import (
    Application,
    ApplicationEvent,
    ApplicationKind,
    ApprovalStep,
    SlaWarning,
    Status,
    StepKind,
    StepStatus,
    WarningLevel,
)
from banzheng.communities.models import (
    Building,
    Community,
    DisposalPlan,
    House,
    LandNature,
    Milestone,
    Problem,
    ProblemKind,
    ProblemStatus,
)
from banzheng.feedback.models import FeedbackTarget, Rating, RatingChannel, RatingSource, TargetKind
from banzheng.security.roles import Role
from banzheng.stats import service
from tests import factories
from tests.helpers import assert_error, login_as, office_today

JUNE = datetime(2026, 6, 10, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
MARCH = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)


async def _estate(street, name: str, build_year: int, rooms: int) -> list[House]:
    estate = await Community.create(
        name=name,
        address="统计路 1 号",
        organisation=street,
        scope_path=street.scope_path,
        build_year=build_year,
        land_nature=LandNature.granted,
    )
    building = await Building.create(community=estate, number="1")
    return [
        await House.create(
            building=building, unit="1", room=f"{i + 1:02d}", contract_area=Decimal("80")
        )
        for i in range(rooms)
    ]


_numbers = iter(range(10**6))


async def _application(
    house: House,
    status: Status,
    *,
    kind=ApplicationKind.transfer_registration,
    accepted_at=None,
    finished_at=None,
    workdays_taken=None,
    submitted_by: str | None = None,
    submitted_at=JUNE,
) -> Application:
    estate = await Community.get(buildings__houses__id=house.id)
    application = await Application.create(
        number=f"BZ{next(_numbers):016d}",
        kind=kind,
        house=house,
        scope_path=estate.scope_path,
        status=status,
        accepted_at=accepted_at,
        finished_at=finished_at,
        workdays_taken=workdays_taken,
        submitted_at=submitted_at if submitted_by else None,
    )
    if submitted_by:
        event = await ApplicationEvent.create(
            application=application, action="submit", actor_role=submitted_by
        )
        await ApplicationEvent.filter(id=event.id).update(at=submitted_at)
    return application


async def _step(application, kind: StepKind, department: str, *warnings: WarningLevel):
    step = await ApprovalStep.create(
        application=application,
        kind=kind,
        department=department,
        status=StepStatus.approved,
        started_at=JUNE,
    )
    for level in warnings:
        await SlaWarning.create(step=step, application=application, level=level)


@pytest.fixture
async def dataset(app):
    """Three estates in two districts:

    A 幸福里 (和平街道, 东区, built 1995), 4 houses: a1 delivered (3 working days), a2 delivered
      (4), a3 certificate issued, a4 nothing                       → 3 of 4 certified
    B 建设苑 (建设街道, 东区, built 2010), 2 houses: b1 returned, b2 registered → 0 of 2
    C 新华园 (新华街道, 西区, built 2020), 5 houses: c1 delivered (5), c2 withdrawn once then
      delivered in March (8), c3–c5 nothing                       → 2 of 5
    """
    orgs = await factories.org_tree()
    a = await _estate(orgs.heping, "幸福里", 1995, 4)
    b = await _estate(orgs.jianshe, "建设苑", 2010, 2)
    c = await _estate(orgs.xinhua, "新华园", 2020, 5)
    june = dict(accepted_at=JUNE, finished_at=JUNE)
    a1 = await _application(a[0], Status.delivered, workdays_taken=3, submitted_by="owner", **june)
    await _application(a[1], Status.delivered, workdays_taken=4, submitted_by="owner", **june)
    await _application(a[2], Status.certificate_issued, accepted_at=JUNE, submitted_by="clerk")
    await _application(b[0], Status.returned, finished_at=JUNE, submitted_by="owner")
    await _application(b[1], Status.registered, accepted_at=JUNE, submitted_by="clerk")
    c1 = await _application(c[0], Status.delivered, workdays_taken=5, submitted_by="owner", **june)
    await _application(c[1], Status.withdrawn, finished_at=MARCH)
    await _application(
        c[1], Status.delivered, accepted_at=MARCH, finished_at=MARCH, workdays_taken=8
    )
    # Steps: planning 2 (1 overdue), tax 1 (a warning only), survey 2 (1 overdue).
    await _step(a1, StepKind.planning_check, "planning", WarningLevel.warning, WarningLevel.overdue)
    await _step(a1, StepKind.tax_check, "tax", WarningLevel.warning)
    await _step(a1, StepKind.survey_check, "survey")
    await _step(c1, StepKind.planning_check, "planning")
    await _step(c1, StepKind.survey_check, "survey", WarningLevel.overdue)
    # A's historical problems: 2 (1 resolved); its plan has 3 milestones: 1 done, 1 overdue.
    estate_a = await Community.get(name="幸福里")
    await Problem.create(community=estate_a, kind=ProblemKind.area_difference)
    await Problem.create(
        community=estate_a, kind=ProblemKind.planning_incomplete, status=ProblemStatus.resolved
    )
    plan = await DisposalPlan.create(
        community=estate_a, summary="补办规划手续", responsible=orgs.east
    )
    await Milestone.create(plan=plan, title="测绘", due_date=date(2026, 1, 1), done_at=JUNE)
    await Milestone.create(plan=plan, title="补办", due_date=date(2026, 2, 1))
    await Milestone.create(plan=plan, title="发证", due_date=date(2099, 1, 1))
    await factories.staff("city-supervisor", Role.supervisor, orgs.city)
    await factories.staff("east-supervisor", Role.supervisor, orgs.east)
    await factories.staff("west-admin", Role.admin, orgs.west)
    await factories.staff("heping-clerk", Role.clerk, orgs.heping)
    return orgs


async def _get(client, login, path, **params):
    resp = await client.get(path, params=params, headers=await login_as(client, login))
    assert resp.status_code == 200, resp.text
    return resp.json()


def _rates(body) -> dict[str, tuple[int, int, float | None]]:
    return {i["name"]: (i["certified"], i["houses"], i["rate"]) for i in body["items"]}


async def test_certificate_rate_by_estate_street_district_and_era(client, dataset):
    path = "/api/v1/stats/certificate-rate"
    assert _rates(await _get(client, "city-supervisor", path, by="estate")) == {
        "幸福里": (3, 4, 0.75),
        "建设苑": (0, 2, 0.0),
        "新华园": (2, 5, 0.4),
    }
    assert _rates(await _get(client, "city-supervisor", path, by="street")) == {
        "和平街道": (3, 4, 0.75),
        "建设街道": (0, 2, 0.0),
        "新华街道": (2, 5, 0.4),
    }
    assert _rates(await _get(client, "city-supervisor", path, by="district")) == {
        "东区": (3, 6, 0.5),
        "西区": (2, 5, 0.4),
    }
    assert _rates(await _get(client, "city-supervisor", path, by="era")) == {
        "2000 年以前建成": (3, 4, 0.75),
        "2000—2017 年建成": (0, 2, 0.0),
        "2018 年以后建成": (2, 5, 0.4),
    }


async def test_a_district_supervisor_sees_only_their_district(client, dataset):
    by_estate = await _get(client, "east-supervisor", "/api/v1/stats/certificate-rate")
    assert set(_rates(by_estate)) == {"幸福里", "建设苑"}
    by_district = await _get(
        client, "east-supervisor", "/api/v1/stats/certificate-rate", by="district"
    )
    assert _rates(by_district) == {"东区": (3, 6, 0.5)}
    overview = await _get(client, "east-supervisor", "/api/v1/stats/overview")
    assert (overview["certified"], overview["houses"]) == (3, 6)
    west = await _get(client, "west-admin", "/api/v1/stats/disposal-progress")
    assert west["items"] == []  # 幸福里's plan is in 东区


async def test_processing_time_median_and_p90_per_type_and_period(client, dataset):
    # transfer, all time: 3, 4, 5, 8 → median (4+5)/2 = 4.5, p90 = 4th of 4 = 8, mean 5.0,
    # one case beyond the 5-working-day limit.
    body = await _get(client, "city-supervisor", "/api/v1/stats/processing-time")
    assert body["limit_workdays"] == 5
    [transfer] = body["items"]
    assert transfer == {
        "kind": "transfer_registration",
        "kind_label": "转移登记",
        "finished": 4,
        "median_workdays": 4.5,
        "p90_workdays": 8,
        "mean_workdays": 5.0,
        "over_limit": 1,
    }
    # June only (the March case drops out): 3, 4, 5 → median 4, p90 = 3rd of 3 = 5, mean 4.0.
    june = await _get(
        client,
        "city-supervisor",
        "/api/v1/stats/processing-time",
        start="2026-06-01",
        end="2026-06-30",
    )
    [transfer] = june["items"]
    assert (transfer["finished"], transfer["median_workdays"], transfer["p90_workdays"]) == (
        3,
        4,
        5,
    )
    assert transfer["over_limit"] == 0


async def test_overdue_rate_per_step_and_department(client, dataset):
    body = await _get(client, "city-supervisor", "/api/v1/stats/overdue-rate")
    rows = {
        (r["step_label"], r["department_label"]): (r["overdue"], r["steps"], r["rate"])
        for r in body["items"]
    }
    assert rows == {
        ("规划核实", "规划"): (1, 2, 0.5),
        ("测绘成果核验", "测绘"): (1, 2, 0.5),
        ("完税核验", "税务"): (0, 1, 0.0),  # a warning at 80 % is not an overdue step
    }
    assert body["target"] == 0.03


async def test_overview_return_rate_online_share_and_overdue(client, dataset):
    # June: accepted a1 a2 a3 b2 c1 = 5, returned b1 = 1 → 1/6; submitted 6, by owners 4 → 4/6.
    june = await _get(
        client, "city-supervisor", "/api/v1/stats/overview", start="2026-06-01", end="2026-06-30"
    )
    assert (june["accepted"], june["returned"], june["return_rate"]) == (5, 1, 0.1667)
    assert (june["online"], june["submitted"], june["online_rate"]) == (4, 6, 0.6667)
    assert (june["overdue_steps"], june["started_steps"], june["overdue_rate"]) == (2, 5, 0.4)
    assert (june["certified"], june["houses"], june["certificate_rate"]) == (5, 11, 0.4545)
    assert june["prereview_agreement"] is None  # no clerk decisions in this data set


async def _rated(target: FeedbackTarget, at: datetime, *levels: int, voided: bool = False):
    for level in levels:
        rating = await Rating.create(
            target=target,
            level=level,
            channel=RatingChannel.onsite,
            source=RatingSource.h5,
            visit_key=f"test:{next(_numbers)}",
            voided=voided,
        )
        await Rating.filter(id=rating.id).update(created_at=at)


async def test_overview_satisfaction_and_complaint_rate(client, dataset):
    """Ratings (5 非常满意 … 1 非常不满意; 2 and 1 are 差评):
    东区 和平 window, June: 5 4 3 2          → 4 ratings, 1 差评
    东区 建设 station, June: 5 1, and a 4 voided by an upheld appeal → 2 ratings, 1 差评
    西区 新华 staff, June: 5 5               → 2 ratings, 0 差评
    东区 和平 window, July: 1                → outside June
    City, June: 8 ratings, 2 差评 → 满意率 6/8 = 0.75, 差评率 2/8 = 0.25.
    东区, June: 6 ratings, 2 差评 → 4/6 = 0.6667, 2/6 = 0.3333.
    东区, all time: 7 ratings, 3 差评 → 4/7 = 0.5714, 3/7 = 0.4286.
    """
    orgs = dataset
    window = await FeedbackTarget.create(
        code="W1", kind=TargetKind.window, name="和平窗口", scope_path=orgs.heping.scope_path
    )
    station = await FeedbackTarget.create(
        code="S1", kind=TargetKind.station, name="建设苑服务站", scope_path=orgs.jianshe.scope_path
    )
    staff = await FeedbackTarget.create(
        code="P1", kind=TargetKind.staff, name="新华办事员", scope_path=orgs.xinhua.scope_path
    )
    await _rated(window, JUNE, 5, 4, 3, 2)
    await _rated(station, JUNE, 5, 1)
    await _rated(station, JUNE, 4, voided=True)
    await _rated(staff, JUNE, 5, 5)
    await _rated(window, datetime(2026, 7, 2, 2, 0, tzinfo=UTC), 1)

    def figures(body):
        return (
            body["ratings"],
            body["complaints"],
            body["satisfaction_rate"],
            body["complaint_rate"],
        )

    june = {"start": "2026-06-01", "end": "2026-06-30"}
    path = "/api/v1/stats/overview"
    city = await _get(client, "city-supervisor", path, **june)
    assert figures(city) == (8, 2, 0.75, 0.25)
    assert (city["satisfaction_target"], city["complaint_rate_target"]) == (0.95, 0.01)
    assert figures(await _get(client, "east-supervisor", path, **june)) == (6, 2, 0.6667, 0.3333)
    assert figures(await _get(client, "east-supervisor", path)) == (7, 3, 0.5714, 0.4286)
    west = await _get(client, "west-admin", path, start="2026-07-01", end="2026-07-31")
    assert figures(west) == (0, 0, None, None)


async def test_disposal_plan_progress(client, dataset):
    body = await _get(client, "east-supervisor", "/api/v1/stats/disposal-progress")
    [row] = body["items"]
    assert row["name"] == "幸福里"
    assert (row["problems"], row["resolved"], row["has_plan"]) == (2, 1, True)
    assert (row["milestones"], row["milestones_done"], row["milestones_overdue"]) == (3, 1, 1)
    assert row["progress"] == 0.3333


async def test_nightly_snapshots_make_the_trend(client, dataset):
    today = office_today()
    assert await service.take_snapshot(today.replace(day=1) if today.day > 1 else today) == 3
    await _application(
        await House.get(room="05", building__community__name="新华园"),
        Status.delivered,
        accepted_at=JUNE,
        finished_at=JUNE,
        workdays_taken=2,
    )
    assert await service.take_snapshot(today) == 3
    assert await service.take_snapshot(today) == 3  # twice on one day replaces, not adds
    body = await _get(client, "city-supervisor", "/api/v1/stats/trend", days=31)
    points = [(p["certified"], p["houses"]) for p in body["items"]]
    assert points[-1] == (6, 11)
    if today.day > 1:
        assert points == [(5, 11), (6, 11)]
    west = await _get(client, "west-admin", "/api/v1/stats/trend", days=31)
    assert [(p["certified"], p["houses"]) for p in west["items"]][-1] == (3, 5)


async def test_exports_as_csv_and_xlsx(client, dataset):
    headers = await login_as(client, "east-supervisor")
    resp = await client.get(
        "/api/v1/stats/export",
        params={"report": "certificate_rate", "by": "estate", "format": "csv"},
        headers=headers,
    )
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig"))))
    assert rows == [
        ["名称", "房屋（套）", "已办证（套）", "办证率"],
        ["幸福里", "4", "3", "0.75"],
        ["建设苑", "2", "0", "0.0"],
    ]
    resp = await client.get(
        "/api/v1/stats/export", params={"report": "overdue_rate"}, headers=headers
    )
    assert resp.status_code == 200
    sheet = load_workbook(io.BytesIO(resp.content), read_only=True).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == ["审批环节", "部门", "环节数", "超时数", "超时率"]
    assert ["规划核实", "规划", 1, 1, 1.0] in values  # 东区 only: a1's planning step


async def test_bad_queries_and_wrong_roles_are_refused(client, dataset):
    headers = await login_as(client, "city-supervisor")
    assert_error(
        await client.get(
            "/api/v1/stats/certificate-rate", params={"group": "estate"}, headers=headers
        ),
        422,
        "VALIDATION_ERROR",
    )
    assert_error(
        await client.get(
            "/api/v1/stats/overview",
            params={"start": "2026-07-01", "end": "2026-06-01"},
            headers=headers,
        ),
        422,
        "VALIDATION_ERROR",
    )
    assert_error(
        await client.get("/api/v1/stats/trend", params={"days": "100000"}, headers=headers),
        422,
        "VALIDATION_ERROR",
    )
    clerk = await login_as(client, "heping-clerk")
    assert_error(await client.get("/api/v1/stats/overview", headers=clerk), 403, "FORBIDDEN")
