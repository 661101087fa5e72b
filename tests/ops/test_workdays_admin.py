"""Administrators enter a year's holiday notice the calendar package does not know yet."""

from datetime import datetime

from banzheng.common import workdays
from banzheng.common.models import AuditEvent
from banzheng.security.roles import Role
from tests import factories
from tests.helpers import assert_error


async def test_an_admin_enters_2027_spring_festival_and_deadlines_follow(act, world):
    await factories.staff("admin", Role.admin, world.orgs.city)
    admin = await act("admin")
    year = (await admin.get("/api/v1/admin/workdays/2027")).json()
    assert year == {"year": 2027, "covered_by_package": False, "overrides": []}
    assert (await admin.get("/api/v1/admin/workdays/2026")).json()["covered_by_package"] is True

    friday = datetime(2027, 2, 5, 9, 0, tzinfo=workdays.OFFICE_TZ)
    assert (await workdays.due_at(friday, workdays=1)).date().isoformat() == "2027-02-08"
    resp = await admin.client.put(
        "/api/v1/admin/workdays/2027-02-08",
        json={"is_workday": False, "name": "春节"},
        headers=admin.headers,
    )
    assert resp.json() == {"date": "2027-02-08", "is_workday": False, "name": "春节"}
    assert (await workdays.due_at(friday, workdays=1)).date().isoformat() == "2027-02-09"
    assert await AuditEvent.filter(action="workday.set").count() == 1

    gone = await admin.client.delete("/api/v1/admin/workdays/2027-02-08", headers=admin.headers)
    assert gone.status_code == 204
    assert (await workdays.due_at(friday, workdays=1)).date().isoformat() == "2027-02-08"


async def test_only_admins_and_well_formed_dates(act, world):
    await factories.staff("admin", Role.admin, world.orgs.city)
    clerk, admin = await act("clerk"), await act("admin")
    assert_error(
        await clerk.client.put(
            "/api/v1/admin/workdays/2027-02-08",
            json={"is_workday": False, "name": "春节"},
            headers=clerk.headers,
        ),
        403,
        "FORBIDDEN",
    )
    assert_error(
        await admin.client.put(
            "/api/v1/admin/workdays/2027-13-40",
            json={"is_workday": False, "name": "春节"},
            headers=admin.headers,
        ),
        422,
        "BAD_DATE",
    )
    assert_error(
        await admin.client.delete("/api/v1/admin/workdays/2027-03-01", headers=admin.headers),
        404,
        "NOT_FOUND",
    )
