"""The estates archive (一小区一档案 / 一小区一方案) through HTTP: CRUD within the caller's scope."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from banzheng.applications.models import Application, ApplicationKind, Status
from banzheng.common.models import AuditEvent
from banzheng.communities.models import (
    Building,
    Company,
    CompanyKind,
    House,
    Milestone,
    Problem,
    ProblemKind,
)
from tests.communities.conftest import estate
from tests.helpers import assert_error, writes_nothing

HUAWEI = "914403001922038216"  # a real, valid unified social credit code
VALID_CODE = "91350100M000100Y43"  # the standard's worked example


def names(resp):
    assert resp.status_code == 200, resp.text
    return sorted(item["name"] for item in resp.json()["items"])


# ---- creating and reading estates ------------------------------------------------------------


async def test_clerk_opens_an_estate_file_in_their_street_and_reads_it_back(api, world):
    developer = await Company.create(name="和平置业", kind=CompanyKind.developer)
    manager = await Company.create(name="安居物业", kind=CompanyKind.property_manager)
    resp = await api.send(
        "clerk-heping",
        "POST",
        "/api/v1/communities",
        {
            "name": "  和平二期 ",
            "address": "和平路 2 号",
            "street_id": str(world.orgs.heping.id),
            "build_year": 1998,
            "land_nature": "allocated",
            "developer_id": str(developer.id),
            "property_manager_id": str(manager.id),
        },
    )
    assert resp.status_code == 201, resp.text
    created = resp.json()
    detail = (await api.get("clerk-heping", f"/api/v1/communities/{created['id']}")).json()
    assert detail == created
    assert detail["name"] == "和平二期"
    assert detail["street"] == {"id": str(world.orgs.heping.id), "name": "和平街道"}
    assert detail["district"] == {"id": str(world.orgs.east.id), "name": "东区"}
    assert (detail["era"], detail["era_label"]) == ("before_2000", "2000年以前建成")
    assert (detail["land_nature"], detail["land_nature_label"]) == ("allocated", "划拨")
    assert detail["developer"]["name"] == "和平置业"
    assert detail["property_manager"]["kind_label"] == "物业服务企业"
    assert detail["building_count"] == detail["house_count"] == 0
    assert detail["certificates_issued"] == detail["open_problem_count"] == 0
    assert detail["problems"] == [] and detail["plan"] is None
    event = await AuditEvent.get(action="community.created")
    assert event.object_id == created["id"] and event.actor_role == "clerk"


async def test_a_street_outside_the_callers_scope_answers_404_like_a_missing_one(api, world):
    body = {"name": "越界小区", "address": "x", "build_year": 2005, "land_nature": "granted"}
    async with writes_nothing():
        other = await api.send(
            "clerk-heping",
            "POST",
            "/api/v1/communities",
            {**body, "street_id": str(world.orgs.jianshe.id)},
        )
        missing = await api.send(
            "clerk-heping",
            "POST",
            "/api/v1/communities",
            {**body, "street_id": str(uuid.uuid4())},
        )
    assert assert_error(other, 404, "NOT_FOUND") == assert_error(missing, 404, "NOT_FOUND")


async def test_a_district_admin_creates_in_any_of_its_streets_but_not_on_the_district(api, world):
    body = {"name": "建设三期", "address": "x", "build_year": 2005, "land_nature": "granted"}
    ok = await api.send(
        "admin-east",
        "POST",
        "/api/v1/communities",
        {**body, "street_id": str(world.orgs.jianshe.id)},
    )
    assert ok.status_code == 201 and ok.json()["street"]["name"] == "建设街道"
    async with writes_nothing():
        district = await api.send(
            "admin-east",
            "POST",
            "/api/v1/communities",
            {**body, "street_id": str(world.orgs.east.id)},
        )
    assert_error(district, 422, "NOT_A_STREET")


@pytest.mark.parametrize(("login", "status"), [("supervisor-city", 403), ("alice", 403)])
async def test_supervisors_and_owners_may_not_create_estates(api, world, login, status):
    body = {
        "name": "x",
        "address": "x",
        "street_id": str(world.orgs.heping.id),
        "build_year": 2005,
        "land_nature": "granted",
    }
    async with writes_nothing():
        resp = await api.send(login, "POST", "/api/v1/communities", body)
    assert_error(resp, status, "FORBIDDEN")


async def test_bad_bodies_are_refused_with_422(api, world):
    base = {
        "name": "x",
        "address": "x",
        "street_id": str(world.orgs.heping.id),
        "build_year": 2005,
        "land_nature": "granted",
    }
    for body in (
        {**base, "land_nature": "leased"},
        {**base, "build_year": 1800},
        {**base, "floors": 6},  # unknown fields are refused, not ignored
    ):
        assert_error(
            await api.send("clerk-heping", "POST", "/api/v1/communities", body),
            422,
            "VALIDATION_ERROR",
        )
    future = await api.send(
        "clerk-heping", "POST", "/api/v1/communities", {**base, "build_year": 2999}
    )
    assert_error(future, 422, "BUILD_YEAR_IN_FUTURE")


@pytest.mark.parametrize(
    ("login", "estate_name", "visible"),
    [
        ("clerk-heping", "heping_estate", True),
        ("clerk-heping", "jianshe_estate", False),  # another street of the same district
        ("clerk-xinhua", "heping_estate", False),
        ("admin-east", "heping_estate", True),  # a district sees its streets
        ("admin-east", "jianshe_estate", True),
        ("admin-east", "xinhua_estate", False),
        ("tax-east", "jianshe_estate", True),  # a district department sees the district
        ("supervisor-city", "xinhua_estate", True),
    ],
)
async def test_staff_read_estates_only_in_their_scope(api, world, login, estate_name, visible):
    resp = await api.get(login, f"/api/v1/communities/{getattr(world, estate_name).id}")
    if visible:
        assert resp.status_code == 200 and resp.json()["id"] == str(getattr(world, estate_name).id)
    else:
        hidden = assert_error(resp, 404, "NOT_FOUND")
        missing = await api.get(login, f"/api/v1/communities/{uuid.uuid4()}")
        assert assert_error(missing, 404, "NOT_FOUND")["message"] == hidden["message"]


async def test_owners_get_403_on_the_archive(api, world):
    assert_error(await api.get("alice", "/api/v1/communities"), 403, "FORBIDDEN")
    path = f"/api/v1/communities/{world.heping_estate.id}"
    assert_error(await api.get("alice", path), 403, "FORBIDDEN")


async def test_the_list_holds_only_the_callers_region(api, world):
    assert names(await api.get("clerk-heping", "/api/v1/communities")) == ["和平花园"]
    assert names(await api.get("admin-east", "/api/v1/communities")) == [
        "和平花园",
        "建设新村",
    ]
    assert len(names(await api.get("supervisor-city", "/api/v1/communities"))) == 3


async def test_era_filter_boundaries(api, world):
    for year in (1999, 2000, 2017, 2018):
        await estate(world.orgs.heping, f"年代{year}", build_year=year)
    by_era = {}
    for era in ("before_2000", "2000_2017", "from_2018"):
        resp = await api.get("clerk-heping", "/api/v1/communities", era=era, q="年代")
        by_era[era] = sorted(item["build_year"] for item in resp.json()["items"])
        assert {item["era"] for item in resp.json()["items"]} == {era}
    assert by_era == {"before_2000": [1999], "2000_2017": [2000, 2017], "from_2018": [2018]}
    bad = await api.get("clerk-heping", "/api/v1/communities", era="1990s")
    assert_error(bad, 422, "VALIDATION_ERROR")


async def test_filters_by_street_name_and_open_problems(api, world):
    await Problem.create(community=world.jianshe_estate, kind=ProblemKind.land_dispute)
    await Problem.create(community=world.heping_estate, kind=ProblemKind.other, status="resolved")
    path = "/api/v1/communities"
    street = str(world.orgs.jianshe.id)
    assert names(await api.get("admin-east", path, street_id=street)) == ["建设新村"]
    assert names(await api.get("admin-east", path, q="花园")) == ["和平花园"]
    assert names(await api.get("admin-east", path, has_open_problems="true")) == ["建设新村"]
    assert names(await api.get("admin-east", path, has_open_problems="false")) == ["和平花园"]
    # another region's street filters to nothing rather than widening the scope
    west = str(world.orgs.xinhua.id)
    assert names(await api.get("admin-east", path, street_id=west)) == []
    items = (await api.get("admin-east", path, street_id=street)).json()["items"]
    assert items[0]["open_problem_count"] == 1


async def test_pages_have_a_hard_maximum_size(api, world):
    for n in range(5):
        await estate(world.orgs.heping, f"分页{n}")
    resp = await api.get("clerk-heping", "/api/v1/communities", q="分页", page=2, size=2)
    assert resp.status_code == 200
    page = resp.json()
    assert (page["page"], page["size"], page["total"]) == (2, 2, 5)
    assert [item["name"] for item in page["items"]] == ["分页2", "分页3"]
    too_big = await api.get("clerk-heping", "/api/v1/communities", size=101)
    assert_error(too_big, 422, "BAD_PAGINATION")
    assert (await api.get("clerk-heping", "/api/v1/communities", size=100)).status_code == 200


async def test_detail_counts_buildings_houses_and_issued_certificates(api, world):
    community = world.heping_estate
    b1 = await Building.create(community=community, number="1")
    b2 = await Building.create(community=community, number="2")
    houses = [
        await House.create(building=b, unit="1", room=room, contract_area=Decimal("88.00"))
        for b in (b1, b2)
        for room in ("101", "102")
    ]
    for n, (house, status) in enumerate(
        zip(houses, (Status.certificate_issued, Status.delivered, Status.accepted), strict=False)
    ):
        await Application.create(
            number=f"BZ{n}",
            kind=ApplicationKind.transfer_registration,
            status=status,
            house=house,
            scope_path=community.scope_path,
        )
    detail = (await api.get("clerk-heping", f"/api/v1/communities/{community.id}")).json()
    assert (detail["building_count"], detail["house_count"]) == (2, 4)
    assert detail["certificates_issued"] == 2
    page = (
        await api.get("clerk-heping", f"/api/v1/communities/{community.id}/houses", page=2, size=3)
    ).json()
    assert page["total"] == 4
    assert [(h["building"], h["room"]) for h in page["items"]] == [("2", "102")]
    other = await api.get("clerk-xinhua", f"/api/v1/communities/{community.id}/houses")
    assert_error(other, 404, "NOT_FOUND")


async def test_patch_changes_only_given_fields_and_is_audited(api, world):
    developer = await Company.create(name="建设集团", kind=CompanyKind.developer)
    path = f"/api/v1/communities/{world.heping_estate.id}"
    resp = await api.send(
        "clerk-heping",
        "PATCH",
        path,
        {"build_year": 2018, "developer_id": str(developer.id)},
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["era"] == "from_2018" and resp.json()["name"] == "和平花园"
    assert resp.json()["developer"]["id"] == str(developer.id)
    event = await AuditEvent.get(action="community.updated")
    assert event.details["build_year"] == [2010, 2018]
    cleared = await api.send("clerk-heping", "PATCH", path, {"developer_id": None})
    assert cleared.json()["developer"] is None


async def test_patch_refusals(api, world):
    manager = await Company.create(name="安居物业", kind=CompanyKind.property_manager)
    path = f"/api/v1/communities/{world.heping_estate.id}"
    async with writes_nothing():
        wrong_kind = await api.send(
            "clerk-heping", "PATCH", path, {"developer_id": str(manager.id)}
        )
        moved = await api.send(
            "clerk-heping", "PATCH", path, {"street_id": str(world.orgs.jianshe.id)}
        )
        foreign = await api.send("clerk-xinhua", "PATCH", path, {"name": "改名"})
        supervisor = await api.send("supervisor-city", "PATCH", path, {"name": "改名"})
    assert_error(wrong_kind, 422, "COMPANY_KIND_MISMATCH")
    assert_error(moved, 422, "VALIDATION_ERROR")
    assert_error(foreign, 404, "NOT_FOUND")
    assert_error(supervisor, 403, "FORBIDDEN")
    assert not await AuditEvent.filter(action="community.updated").exists()


# ---- companies -------------------------------------------------------------------------------


async def test_companies_are_registered_with_a_checked_credit_code(api, world):
    resp = await api.send(
        "clerk-heping",
        "POST",
        "/api/v1/companies",
        {"name": "华为技术有限公司", "kind": "developer", "credit_code": HUAWEI.lower()},
    )
    assert resp.status_code == 201, resp.text
    assert resp.json()["credit_code"] == HUAWEI and resp.json()["kind_label"] == "开发商"
    assert await AuditEvent.filter(action="company.created").count() == 1
    again = await api.send(
        "admin-east",
        "POST",
        "/api/v1/companies",
        {"name": "重复", "kind": "developer", "credit_code": HUAWEI},
    )
    assert_error(again, 409, "COMPANY_EXISTS")
    no_code = await api.send(
        "admin-east",
        "POST",
        "/api/v1/companies",
        {"name": "无代码物业", "kind": "property_manager"},
    )
    assert no_code.status_code == 201 and no_code.json()["credit_code"] is None


@pytest.mark.parametrize(
    "code",
    [
        VALID_CODE[:17] + "4",  # wrong check character
        VALID_CODE[:17],  # 17 characters
        VALID_CODE + "0",  # 19 characters
        "91350100I000100Y43",  # I is not in the alphabet
    ],
)
async def test_bad_credit_codes_are_refused(api, world, code):
    async with writes_nothing():
        resp = await api.send(
            "clerk-heping",
            "POST",
            "/api/v1/companies",
            {"name": "某公司", "kind": "developer", "credit_code": code},
        )
    assert_error(resp, 422, "CREDIT_CODE_INVALID")


async def test_company_list_filters_and_is_for_clerks_and_admins(api, world):
    await Company.create(name="甲开发", kind=CompanyKind.developer, credit_code=VALID_CODE)
    await Company.create(name="乙物业", kind=CompanyKind.property_manager)
    resp = await api.get("clerk-heping", "/api/v1/companies", kind="property_manager")
    assert names(resp) == ["乙物业"] and resp.json()["total"] == 1
    assert len(names(await api.get("admin-east", "/api/v1/companies"))) == 2
    assert_error(await api.get("supervisor-city", "/api/v1/companies"), 403, "FORBIDDEN")
    assert_error(await api.get("alice", "/api/v1/companies"), 403, "FORBIDDEN")


# ---- problems --------------------------------------------------------------------------------


async def test_problems_are_recorded_and_resolved(api, world):
    community = world.heping_estate
    resp = await api.send(
        "clerk-heping",
        "POST",
        f"/api/v1/communities/{community.id}/problems",
        {"kind": "developer_missing", "description": "开发商已注销"},
    )
    assert resp.status_code == 201, resp.text
    problem = resp.json()
    assert (problem["kind_label"], problem["status"], problem["status_label"]) == (
        "开发商失联",
        "open",
        "待处理",
    )
    detail = (await api.get("clerk-heping", f"/api/v1/communities/{community.id}")).json()
    assert detail["open_problem_count"] == 1 and detail["problems"][0]["id"] == problem["id"]

    path = f"/api/v1/problems/{problem['id']}"
    resolved = (await api.send("clerk-heping", "PATCH", path, {"status": "resolved"})).json()
    assert resolved["status"] == "resolved" and resolved["resolved_at"] is not None
    detail = (await api.get("clerk-heping", f"/api/v1/communities/{community.id}")).json()
    assert detail["open_problem_count"] == 0
    reopened = (await api.send("clerk-heping", "PATCH", path, {"status": "in_progress"})).json()
    assert reopened["status_label"] == "处理中" and reopened["resolved_at"] is None
    actions = await AuditEvent.filter(object_id=problem["id"]).values_list("action", flat=True)
    assert sorted(actions) == ["problem.created", "problem.updated", "problem.updated"]


async def test_problems_of_another_region_are_not_found(api, world):
    problem = await Problem.create(community=world.xinhua_estate, kind=ProblemKind.other)
    async with writes_nothing():
        add = await api.send(
            "clerk-heping",
            "POST",
            f"/api/v1/communities/{world.xinhua_estate.id}/problems",
            {"kind": "other"},
        )
        patch = await api.send(
            "clerk-heping",
            "PATCH",
            f"/api/v1/problems/{problem.id}",
            {"status": "resolved"},
        )
        bad_kind = await api.send(
            "clerk-heping",
            "POST",
            f"/api/v1/communities/{world.heping_estate.id}/problems",
            {"kind": "weather"},
        )
    assert_error(add, 404, "NOT_FOUND")
    assert_error(patch, 404, "NOT_FOUND")
    assert_error(bad_kind, 422, "VALIDATION_ERROR")
    await problem.refresh_from_db()
    assert problem.status == "open"


# ---- disposal plan ---------------------------------------------------------------------------


def plan_body(organisation, *milestones):
    return {
        "summary": "补办规划核实，分批办证",
        "responsible_organisation_id": str(organisation.id),
        "milestones": [{"title": t, "due_date": d} for t, d in milestones],
    }


async def test_a_plan_is_set_replaced_whole_and_its_milestones_ticked_off(api, world):
    path = f"/api/v1/communities/{world.heping_estate.id}/plan"
    first = await api.send(
        "supervisor-east",
        "PUT",
        path,
        plan_body(world.orgs.heping, ("规划核实", "2026-12-31"), ("首批发证", "2027-03-31")),
    )
    assert first.status_code == 200, first.text
    plan = first.json()
    assert plan["responsible"]["name"] == "和平街道"
    assert [m["title"] for m in plan["milestones"]] == ["规划核实", "首批发证"]

    done = await api.send(
        "clerk-heping", "POST", f"/api/v1/milestones/{plan['milestones'][0]['id']}/done"
    )
    assert done.status_code == 200 and done.json()["done_at"] is not None
    again = await api.send(
        "clerk-heping", "POST", f"/api/v1/milestones/{plan['milestones'][0]['id']}/done"
    )
    assert again.json()["done_at"] == done.json()["done_at"]

    second = await api.send(
        "clerk-heping",
        "PUT",
        path,
        plan_body(world.orgs.heping, ("规划核实", "2026-12-31"), ("全部发证", "2027-06-30")),
    )
    assert second.json()["id"] == plan["id"]
    kept, new = second.json()["milestones"]
    assert kept["done_at"] == done.json()["done_at"]  # the same milestone stays done
    assert new["title"] == "全部发证" and new["done_at"] is None
    assert await Milestone.all().count() == 2

    detail = (await api.get("clerk-heping", f"/api/v1/communities/{world.heping_estate.id}")).json()
    assert detail["plan"] == second.json()
    actions = await AuditEvent.all().order_by("id").values_list("action", flat=True)
    assert [a for a in actions if a != "auth.login"] == [
        "plan.replaced",
        "milestone.done",
        "plan.replaced",
    ]


async def test_plan_refusals_write_nothing(api, world):
    path = f"/api/v1/communities/{world.heping_estate.id}/plan"
    await api.send("clerk-heping", "PUT", path, plan_body(world.orgs.heping, ("a", "2027-01-01")))
    milestone = await Milestone.get()
    async with writes_nothing():
        outside = await api.send(
            "clerk-heping", "PUT", path, plan_body(world.orgs.xinhua, ("b", "2027-01-01"))
        )
        foreign = await api.send(
            "clerk-xinhua",
            "PUT",
            path,
            plan_body(world.orgs.xinhua, ("b", "2027-01-01")),
        )
        bad_date = await api.send(
            "clerk-heping", "PUT", path, plan_body(world.orgs.heping, ("b", "soon"))
        )
        tick = await api.send("clerk-xinhua", "POST", f"/api/v1/milestones/{milestone.id}/done")
        owner = await api.send("alice", "POST", f"/api/v1/milestones/{milestone.id}/done")
    assert_error(outside, 404, "NOT_FOUND")
    assert_error(foreign, 404, "NOT_FOUND")
    assert_error(bad_date, 422, "VALIDATION_ERROR")
    assert_error(tick, 404, "NOT_FOUND")
    assert_error(owner, 403, "FORBIDDEN")
    assert [m.title for m in await Milestone.all()] == ["a"]


async def test_a_search_with_control_characters_is_refused_not_sent_to_the_database(api, world):
    # PostgreSQL refuses NUL in text: before, a NUL in ?q= answered 500
    error = assert_error(
        await api.get("clerk-heping", "/api/v1/communities", q="和平\x00"), 422, "VALIDATION_ERROR"
    )
    [field] = error["details"]["fields"]
    assert field["field"] == "q" and "控制字符" in field["message"]
    assert (await api.get("clerk-heping", "/api/v1/communities", q="和平")).status_code == 200
