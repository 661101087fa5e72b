"""Administrators tune checklists; registry reviewers post-check commitment letters."""

from banzheng.applications.models import MaterialRequirement, PostCheckTask
from banzheng.common.models import AuditEvent
from banzheng.security.roles import Role
from tests import factories
from tests.applications.conftest import draft, provide
from tests.helpers import assert_error, writes_nothing

PATH = "/api/v1/application-types/transfer_registration/requirements/purchase_invoice"


async def test_an_admin_tunes_a_checklist_item_and_new_applications_follow_it(act, world):
    await factories.staff("admin", Role.admin, world.orgs.city)
    admin = await act("admin")
    resp = await admin.client.patch(
        PATH, json={"core": True, "name": "购房发票（原件照片）"}, headers=admin.headers
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["core"] is True and resp.json()["name"] == "购房发票（原件照片）"
    stored = await MaterialRequirement.get(
        application_type_id="transfer_registration", code="purchase_invoice"
    )
    assert stored.core is True
    assert await AuditEvent.filter(action="checklist.updated").count() == 1
    types = (await (await act("alice")).get("/api/v1/application-types")).json()["items"]
    transfer = next(t for t in types if t["code"] == "transfer_registration")
    assert "purchase_invoice" in [r["code"] for r in transfer["requirements"] if r["core"]]


async def test_only_admins_change_checklists_and_bad_changes_are_refused(act, world):
    await factories.staff("admin", Role.admin, world.orgs.city)
    clerk, admin = await act("clerk"), await act("admin")
    async with writes_nothing():
        refused = await clerk.client.patch(PATH, json={"core": True}, headers=clerk.headers)
    assert_error(refused, 403, "FORBIDDEN")
    assert_error(
        await admin.client.patch(PATH, json={"formats": ["gif"]}, headers=admin.headers),
        422,
        "VALIDATION_ERROR",
    )
    assert_error(
        await admin.client.patch(PATH, json={}, headers=admin.headers), 422, "NOTHING_TO_UPDATE"
    )
    missing = "/api/v1/application-types/transfer_registration/requirements/nothing"
    assert_error(
        await admin.client.patch(missing, json={"core": True}, headers=admin.headers),
        404,
        "NOT_FOUND",
    )


async def test_a_commitment_becomes_a_post_check_for_the_registry(act, world, drain):
    created = await draft(act, world)
    owner = await act("alice")
    await owner.post(
        f"/api/v1/applications/{created['id']}/commitments",
        json={"requirement_code": "marital_status"},
    )
    await provide(
        act,
        created["id"],
        "owner_id_card",
        "purchase_contract",
        "purchase_invoice",
        "deed_tax_receipt",
        "maintenance_fund_receipt",
    )
    await owner.post(f"/api/v1/applications/{created['id']}/submit")
    await drain()
    await (await act("clerk")).post(f"/api/v1/applications/{created['id']}/accept", json={})

    registry = await act("registry")
    queue = (await registry.get("/api/v1/work-queue")).json()["items"]
    task = next(i for i in queue if i["task"] == "post_check")
    assert task["application_id"] == created["id"]
    tax = await act("tax")  # another department's reviewer may not close it
    assert_error(
        await tax.post(f"/api/v1/post-checks/{task['step_id']}/done", json={"outcome": "x"}),
        404,
        "NOT_FOUND",
    )
    done = await registry.post(
        f"/api/v1/post-checks/{task['step_id']}/done", json={"outcome": "民政婚姻登记信息核验一致"}
    )
    assert done.status_code == 200 and done.json()["outcome"] == "民政婚姻登记信息核验一致"
    assert (await PostCheckTask.get(id=task["step_id"])).done_at is not None
    assert_error(
        await registry.post(
            f"/api/v1/post-checks/{task['step_id']}/done", json={"outcome": "again"}
        ),
        409,
        "POST_CHECK_DONE",
    )
    events = (await owner.get(f"/api/v1/applications/{created['id']}")).json()["events"]
    assert events[-1]["action"] == "post_check_done"
