"""Issue #8: a house's measured area corrected after import (audited, followed by its open
applications); a district named 牵头单位 of an estate's disposal plan."""

from decimal import Decimal

from banzheng.accounts.models import User
from banzheng.applications.models import Application, ApplicationKind
from banzheng.common.models import AuditEvent
from tests import factories
from tests.helpers import assert_error, writes_nothing


async def test_a_clerk_corrects_a_measured_area_and_the_open_application_follows(api, world):
    alice = await User.get(username="alice")
    house = await factories.house(
        world.orgs.heping,
        owner=alice,
        contract_area="100.00",
        measured_area="101.00",
        estate=world.heping_estate,
    )
    application = await Application.create(
        number="BZ2026120100000001",
        kind=ApplicationKind.transfer_registration,
        house=house,
        applicant=alice,
        scope_path=world.heping_estate.scope_path,
        area_error_ratio=Decimal("1.00"),
    )
    resp = await api.send(
        "clerk-heping",
        "PATCH",
        f"/api/v1/houses/{house.id}",
        {"measured_area": "104.50", "reason": "复测报告 2026-118 号"},
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["measured_area"] == "104.50"
    await application.refresh_from_db()
    assert str(application.area_error_ratio) == "4.50"
    audit = await AuditEvent.get(action="house.area_corrected", object_id=str(house.id))
    assert audit.details == {
        "before": "101.00",
        "after": "104.50",
        "reason": "复测报告 2026-118 号",
    }
    detail = (await api.get("alice", f"/api/v1/applications/{application.id}")).json()
    assert detail["area"]["needs_settlement"] is True
    [event] = [e for e in detail["events"] if e["action"] == "area_corrected"]
    assert event["label"] == "实测面积更正" and "104.50 平方米" in event["note"]


async def test_area_corrections_outside_the_scope_or_without_a_reason_are_refused(api, world):
    house = await factories.house(world.orgs.heping, estate=world.heping_estate)
    path = f"/api/v1/houses/{house.id}"
    async with writes_nothing():
        foreign = await api.send(
            "clerk-xinhua", "PATCH", path, {"measured_area": "90.00", "reason": "复测"}
        )
        no_reason = await api.send("clerk-heping", "PATCH", path, {"measured_area": "90.00"})
        owner = await api.send("alice", "PATCH", path, {"measured_area": "90.00", "reason": "x"})
    assert_error(foreign, 404, "NOT_FOUND")
    assert_error(no_reason, 422, "VALIDATION_ERROR")
    assert_error(owner, 403, "FORBIDDEN")


async def test_a_street_clerk_names_the_district_as_lead_of_a_disposal_plan(api, world):
    resp = await api.send(
        "clerk-heping",
        "PUT",
        f"/api/v1/communities/{world.heping_estate.id}/plan",
        {
            "summary": "区政府牵头补办规划手续",
            "responsible_organisation_id": str(world.orgs.east.id),
            "milestones": [],
        },
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["responsible"] == {"id": str(world.orgs.east.id), "name": "东区"}
    # the other district does not cover this estate
    assert_error(
        await api.send(
            "clerk-heping",
            "PUT",
            f"/api/v1/communities/{world.heping_estate.id}/plan",
            {"summary": "x", "responsible_organisation_id": str(world.orgs.west.id)},
        ),
        404,
        "NOT_FOUND",
    )
