"""Issue #8: an owner corrects what they declared; a clerk at the window works batch-created
applications (applicant of record, uploads for the applicant, audited)."""

from banzheng.accounts.models import User
from banzheng.applications.models import Application
from banzheng.common.models import AuditEvent
from tests import factories
from tests.applications.conftest import TRANSFER_ALL, draft, provide, submitted
from tests.helpers import assert_error, writes_nothing
from tests.materials import samples

GOOD_ID = "110101199003078515"


async def test_owner_corrects_the_declared_fields_of_a_draft_and_the_timeline_says_so(act, world):
    detail = await draft(
        act, world, contract_price="1500000.00", applicant_id_number="110101199003078514"
    )
    owner = await act("alice")
    resp = await owner.client.patch(
        f"/api/v1/applications/{detail['id']}",
        json={"applicant_id_number": GOOD_ID, "contract_price": "1600000.00"},
        headers=owner.headers,
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["declared"] == {
        "contract_price": "1600000.00",
        "home_count": 1,
        "applicant_id_number_given": True,
    }
    [event] = [e for e in body["events"] if e["action"] == "declared_fields_changed"]
    assert event["label"] == "修改申请信息"
    assert "申请人身份证号" in event["note"] and "1500000.00 → 1600000.00" in event["note"]
    assert GOOD_ID not in resp.text  # named, never shown
    fees = (await owner.get(f"/api/v1/applications/{detail['id']}/fees")).json()
    deed_tax = next(line for line in fees["lines"] if line["code"] == "deed_tax")
    assert deed_tax["amount"] == "16000.00"  # 1 % of the corrected price


async def test_patch_refuses_unknown_fields_other_owners_and_submitted_applications(
    act, world, drain
):
    detail = await draft(act, world)
    owner, bob = await act("alice"), await act("bob")
    url = f"/api/v1/applications/{detail['id']}"
    async with writes_nothing():
        assert_error(
            await owner.client.patch(url, json={"status": "delivered"}, headers=owner.headers),
            422,
            "VALIDATION_ERROR",
        )
        assert_error(
            await owner.client.patch(url, json={}, headers=owner.headers), 422, "NOTHING_TO_UPDATE"
        )
        assert_error(
            await bob.client.patch(url, json={"home_count": 2}, headers=bob.headers),
            404,
            "NOT_FOUND",
        )
    await provide(act, detail["id"], *TRANSFER_ALL)
    assert (await owner.post(f"{url}/submit")).status_code == 202
    await drain()
    assert_error(
        await owner.client.patch(url, json={"home_count": 2}, headers=owner.headers),
        409,
        "APPLICATION_LOCKED",
    )


async def test_owner_corrects_the_id_number_during_a_supplement_round(act, world, drain):
    detail = await submitted(act, world, drain, applicant_id_number=GOOD_ID)
    clerk, owner = await act("clerk"), await act("alice")
    resp = await clerk.post(
        f"/api/v1/applications/{detail['id']}/supplement-request",
        json={"items": [{"requirement_code": None, "problem": "身份证号与身份证不一致"}]},
    )
    assert resp.json()["status"] == "supplement_required", resp.text
    resp = await owner.client.patch(
        f"/api/v1/applications/{detail['id']}",
        json={"applicant_id_number": "11010119900307851x", "home_count": 2},
        headers=owner.headers,
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["declared"]["home_count"] == 2
    assert any(e["action"] == "declared_fields_changed" for e in resp.json()["events"])


async def test_batch_creation_takes_the_owner_of_record_and_leaves_out_a_house_without_one(
    act, world
):
    estate = world.estate
    nobody = await factories.house(world.orgs.heping, room="999", estate=estate)
    clerk = await act("clerk")
    resp = await clerk.post(
        f"/api/v1/communities/{estate.id}/batch-applications",
        json={"type": "transfer_registration", "house_ids": [str(world.house.id), str(nobody.id)]},
    )
    body = resp.json()
    assert (body["created"], body["existing"], body["failed"]) == (1, 0, 1), body
    created, skipped = body["results"]
    application = await Application.get(id=created["application_id"])
    alice = await User.get(username="alice")
    assert application.applicant_id == alice.id
    assert skipped["outcome"] == "no_owner" and skipped["application_id"] is None
    assert "登记业主" in skipped["message"]
    assert not await Application.filter(house_id=nobody.id).exists()


async def test_clerk_uploads_for_the_applicant_at_the_window_audited_as_such(act, world):
    clerk = await act("clerk")
    resp = await clerk.post(
        f"/api/v1/communities/{world.estate.id}/batch-applications",
        json={"type": "transfer_registration", "house_ids": [str(world.house.id)]},
    )
    application_id = resp.json()["results"][0]["application_id"]
    upload = await clerk.client.post(
        f"/api/v1/applications/{application_id}/materials",
        params={"requirement": "owner_id_card", "filename": "身份证.png"},
        content=samples.png(),
        headers={**clerk.headers, "Content-Type": "image/png"},
    )
    assert upload.status_code == 201, upload.text
    detail = (await clerk.get(f"/api/v1/applications/{application_id}")).json()
    assert next(m for m in detail["materials"] if m["code"] == "owner_id_card")["state"] == (
        "provided"
    )
    [event] = [e for e in detail["events"] if e["action"] == "material_uploaded_for_applicant"]
    assert event["note"] == "登记窗口代申请人上传「申请人身份证」"
    clerk_user = await User.get(username="clerk")
    alice = await User.get(username="alice")
    audit = await AuditEvent.get(
        action="application.material_uploaded_for_applicant", object_id=application_id
    )
    assert audit.actor_id == str(clerk_user.id) and audit.actor_role == "clerk"
    assert audit.details["applicant"] == str(alice.id)
    # The owner sees the file as theirs; a clerk of another street cannot upload at all.
    mine = (await (await act("alice")).get(f"/api/v1/applications/{application_id}")).json()
    assert any(e["action"] == "material_uploaded_for_applicant" for e in mine["events"])
    other = await act("clerk-xinhua")
    assert_error(
        await other.client.post(
            f"/api/v1/applications/{application_id}/materials",
            params={"requirement": "purchase_contract"},
            content=samples.png(),
            headers={**other.headers, "Content-Type": "image/png"},
        ),
        404,
        "NOT_FOUND",
    )
