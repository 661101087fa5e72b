"""Issue #8, "wrong or confusing": commitments, supplement requests, rejection, deferral
deadlines, acceptance tasks and warnings that name what they are about."""

from datetime import date, timedelta

from banzheng.applications import sla
from banzheng.applications.models import ApprovalStep
from tests.applications.conftest import TRANSFER_CORE, draft, provide, step, submitted
from tests.helpers import assert_error, office_today


async def test_signing_a_commitment_twice_records_one_event(act, world, drain):
    detail = await draft(act, world)
    owner = await act("alice")
    path = f"/api/v1/applications/{detail['id']}/commitments"
    for _ in range(2):
        resp = await owner.post(path, json={"requirement_code": "marital_status"})
        assert resp.status_code == 200, resp.text
    events = resp.json()["events"]
    assert [e["action"] for e in events].count("commitment_signed") == 1


async def test_a_supplement_request_has_a_due_date_and_flagged_items_do_not_read_submitted(
    act, world, drain
):
    detail = await submitted(act, world, drain)
    clerk, owner = await act("clerk"), await act("alice")
    resp = await clerk.post(
        f"/api/v1/applications/{detail['id']}/supplement-request",
        json={"items": [{"requirement_code": "purchase_contract", "problem": "合同缺第 3 页"}]},
    )
    assert resp.status_code == 200, resp.text
    mine = (await owner.get(f"/api/v1/applications/{detail['id']}")).json()
    contract = next(m for m in mine["materials"] if m["code"] == "purchase_contract")
    assert (contract["state"], contract["state_label"]) == ("needs_supplement", "需补正")
    item = next(a for a in mine["next_actions"] if a["code"] == "supplement")
    due = date.fromisoformat(item["due_date"])
    assert due == office_today() + timedelta(days=sla.SUPPLEMENT_DAYS) or due == (
        office_today() + timedelta(days=sla.SUPPLEMENT_DAYS + 1)  # the office day may be tomorrow
    )
    resubmit = next(a for a in mine["next_actions"] if a["code"] == "submit")
    assert f"{due:%Y年%m月%d日}" in resubmit["label"]
    await provide(act, detail["id"], "purchase_contract")
    again = (await owner.get(f"/api/v1/applications/{detail['id']}")).json()
    contract = next(m for m in again["materials"] if m["code"] == "purchase_contract")
    assert (contract["state"], contract["state_label"]) == ("provided", "已提交")


async def test_a_deferral_due_after_the_case_deadline_is_refused(act, world, drain):
    detail = await submitted(act, world, drain, codes=TRANSFER_CORE)
    clerk = await act("clerk")
    late = (office_today() + timedelta(days=20)).isoformat()
    refused = await clerk.post(
        f"/api/v1/applications/{detail['id']}/accept",
        json={
            "deferred": [
                {"requirement_code": code, "due_date": late}
                for code in (
                    "purchase_invoice",
                    "deed_tax_receipt",
                    "maintenance_fund_receipt",
                    "marital_status",
                )
            ]
        },
    )
    error = assert_error(refused, 422, "CANNOT_ACCEPT")
    assert "不晚于本案办结期限" in error["message"] and "购房发票" in error["message"]


async def test_the_acceptance_task_has_a_due_time(act, world, drain):
    detail = await submitted(act, world, drain)
    queue = (await (await act("clerk")).get("/api/v1/work-queue")).json()
    [task] = [i for i in queue["items"] if i["application_id"] == detail["id"]]
    assert task["task"] == "accept" and task["due_at"] is not None


async def test_warnings_and_reminders_name_their_step_and_material(act, world, drain):
    detail = await submitted(act, world, drain, codes=[*TRANSFER_CORE, "deed_tax_receipt"])
    clerk = await act("clerk")
    soon = (office_today() + timedelta(days=1)).isoformat()
    accepted = await clerk.post(
        f"/api/v1/applications/{detail['id']}/accept",
        json={
            "deferred": [
                {"requirement_code": c, "due_date": soon}
                for c in ("purchase_invoice", "maintenance_fund_receipt", "marital_status")
            ]
        },
    )
    assert accepted.status_code == 200, accepted.text
    tax_step = await ApprovalStep.get(id=step(accepted.json(), "tax_check")["id"])
    await sla.scan(now=tax_step.due_at - timedelta(hours=1))
    await sla.scan(now=tax_step.due_at + timedelta(days=1))
    events = (await (await act("alice")).get(f"/api/v1/applications/{detail['id']}")).json()[
        "events"
    ]
    overdue = [e["note"] for e in events if e["action"] == "sla_overdue"]
    warned = [e["note"] for e in events if e["action"] == "sla_warning"]
    assert any("「完税核验」已超过办理时限" in n for n in overdue), overdue
    assert any("「完税核验」已用去 80% 办理时限" in n for n in warned), warned
    reminders = [e["note"] for e in events if e["action"] == "deferred_reminder"]
    assert any("「购房发票」" in n for n in reminders), reminders


async def test_owners_cannot_open_the_developers_first_registration(act, world):
    owner, clerk = await act("alice"), await act("clerk")
    types = {t["code"]: t for t in (await owner.get("/api/v1/application-types")).json()["items"]}
    assert types["first_registration"]["applicant_roles"] == ["clerk"]
    assert types["first_registration"]["applicants_label"] == "登记窗口人员"
    assert "owner" in types["transfer_registration"]["applicant_roles"]
    body = {"house_id": str(world.house.id), "type": "first_registration"}
    error = assert_error(
        await owner.post("/api/v1/applications", json=body), 403, "APPLICANT_ROLE_NOT_ALLOWED"
    )
    assert "首次登记" in error["message"]
    created = await clerk.post("/api/v1/applications", json=body)
    assert created.status_code == 201, created.text
