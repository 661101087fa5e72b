"""Whole applications driven through the HTTP API, from draft to certificate."""

from banzheng.applications.models import PostCheckTask
from banzheng.common.models import AuditEvent
from tests.applications.conftest import (
    TRANSFER_CORE,
    draft,
    in_days,
    provide,
    step,
    submitted,
)
from tests.helpers import assert_error, writes_nothing


async def approve(act, login, detail, kind, opinion="同意"):
    reviewer = await act(login)
    resp = await reviewer.post(
        f"/api/v1/applications/{detail['id']}/steps/{step(detail, kind)['id']}/approve",
        json={"opinion": opinion},
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_happy_path_from_draft_to_delivered_certificate(act, world, drain):
    owner = await act("alice")
    created = await draft(act, world, contract_price="1200000.00")
    assert created["status"] == "draft" and created["number"].startswith("BZ")
    assert [a["code"] for a in created["next_actions"]].count("upload") == 6
    await provide(
        act,
        created["id"],
        "owner_id_card",
        "purchase_contract",
        "purchase_invoice",
        "deed_tax_receipt",
        "maintenance_fund_receipt",
        "marital_status",
    )

    ticket = await owner.post(f"/api/v1/applications/{created['id']}/submit")
    assert ticket.status_code == 202
    assert ticket.json()["state"] == "queued" and ticket.json()["position"] == 0
    await drain()
    polled = await owner.get(f"/api/v1/tickets/{ticket.json()['ticket']}")
    assert polled.json()["state"] == "done" and polled.json()["application_status"] == "pre_review"

    clerk = await act("clerk")
    accepted = (await clerk.post(f"/api/v1/applications/{created['id']}/accept", json={})).json()
    assert accepted["status"] == "department_review"
    assert {s["kind"]: s["organisation"] for s in accepted["steps"]} == {
        "tax_check": "东区税务局",
        "fund_check": "东区住建局",
    }
    assert accepted["due_at"] and accepted["expected_completion_date"] == accepted["due_at"][:10]

    await approve(act, "tax", accepted, "tax_check")
    after_fund = await approve(act, "housing", accepted, "fund_check")
    assert after_fund["status"] == "registry_review"
    assert step(after_fund, "registry_review")["organisation"] == "市不动产登记中心"

    registered = await approve(act, "registry", after_fund, "registry_review")
    assert registered["status"] == "registered"
    issued = (await clerk.post(f"/api/v1/applications/{created['id']}/issue-certificate")).json()
    assert issued["status"] == "certificate_issued"
    mine = (await owner.get(f"/api/v1/applications/{created['id']}")).json()
    assert [a["code"] for a in mine["next_actions"]] == ["collect"]
    delivered = (await clerk.post(f"/api/v1/applications/{created['id']}/deliver")).json()
    assert delivered["status"] == "delivered"
    assert all(p["state"] == "done" for p in delivered["timeline"]), delivered["timeline"]
    actions = [e["action"] for e in delivered["events"]]
    assert actions[:4] == ["create", "submit", "start_pre_review", "accept"]
    assert actions[-3:] == ["register", "issue_certificate", "deliver"]
    assert await AuditEvent.filter(action="application.deliver").count() == 1
    # delivered the day it was accepted: 0 working days, counted in the supervisors' figures
    supervisor = await act("supervisor")
    times = (await supervisor.get("/api/v1/stats/processing-time")).json()["items"]
    assert [(t["kind"], t["finished"], t["median_workdays"]) for t in times] == [
        ("transfer_registration", 1, 0)
    ]
    rates = (await supervisor.get("/api/v1/stats/certificate-rate")).json()["items"]
    assert [(r["name"], r["certified"], r["houses"]) for r in rates] == [("幸福里小区", 1, 1)]


async def test_missing_core_materials_are_all_listed_at_once_and_a_resubmission_goes_through(
    act, world, drain
):
    owner = await act("alice")
    detail = await submitted(act, world, drain, codes=[])
    assert detail["status"] == "supplement_required"
    problems = [a for a in detail["next_actions"] if a["code"] == "supplement"]
    assert [p["requirement_code"] for p in problems] == TRANSFER_CORE  # both, in one go
    assert "申请人身份证" in problems[0]["label"]

    await provide(act, detail["id"], *TRANSFER_CORE)
    assert (await owner.post(f"/api/v1/applications/{detail['id']}/submit")).status_code == 202
    await drain()
    again = (await owner.get(f"/api/v1/applications/{detail['id']}")).json()
    assert again["status"] == "pre_review"


async def test_deferred_material_blocks_registration_until_it_arrives(act, world, drain):
    detail = await submitted(
        act,
        world,
        drain,
        codes=[*TRANSFER_CORE, "deed_tax_receipt", "maintenance_fund_receipt", "marital_status"],
    )
    clerk = await act("clerk")
    refused = await clerk.post(f"/api/v1/applications/{detail['id']}/accept", json={})
    assert "购房发票" in assert_error(refused, 422, "CANNOT_ACCEPT")["message"]
    core = await clerk.post(
        f"/api/v1/applications/{detail['id']}/accept",
        json={
            "deferred": [{"requirement_code": "owner_id_card", "due_date": in_days(3)}],
        },
    )
    assert_error(core, 422, "CANNOT_ACCEPT")

    accepted = (
        await clerk.post(
            f"/api/v1/applications/{detail['id']}/accept",
            json={
                "deferred": [{"requirement_code": "purchase_invoice", "due_date": in_days(3)}],
            },
        )
    ).json()
    invoice = next(m for m in accepted["materials"] if m["code"] == "purchase_invoice")
    assert invoice["state"] == "deferred" and invoice["deferred_until"] == in_days(3)
    owner_view = (await (await act("alice")).get(f"/api/v1/applications/{detail['id']}")).json()
    assert owner_view["next_actions"][0]["code"] == "upload_deferred"

    await approve(act, "tax", accepted, "tax_check")
    in_registry = await approve(act, "housing", accepted, "fund_check")
    registry = await act("registry")
    path = f"/api/v1/applications/{detail['id']}/steps/{step(in_registry, 'registry_review')['id']}"
    blocked = await registry.post(f"{path}/approve", json={})
    message = assert_error(blocked, 409, "NOT_REGISTRABLE")["message"]
    assert "容缺材料「购房发票」尚未补交" in message, message
    assert "purchase_invoice" not in message  # owners and staff read names, never codes

    await provide(act, detail["id"], "purchase_invoice")  # the late material
    registered = await registry.post(f"{path}/approve", json={})
    assert registered.json()["status"] == "registered"
    assert "deferred_material_provided" in [e["action"] for e in registered.json()["events"]]


async def test_commitment_letter_replaces_a_material_and_creates_a_post_check(act, world, drain):
    created = await draft(act, world)
    owner = await act("alice")
    refused = await owner.post(
        f"/api/v1/applications/{created['id']}/commitments",
        json={"requirement_code": "purchase_contract"},
    )
    assert_error(refused, 422, "COMMITMENT_NOT_ALLOWED")
    signed = await owner.post(
        f"/api/v1/applications/{created['id']}/commitments",
        json={"requirement_code": "marital_status"},
    )
    marital = next(m for m in signed.json()["materials"] if m["code"] == "marital_status")
    assert marital["state"] == "commitment"
    await provide(
        act,
        created["id"],
        *TRANSFER_CORE,
        "purchase_invoice",
        "deed_tax_receipt",
        "maintenance_fund_receipt",
    )
    await owner.post(f"/api/v1/applications/{created['id']}/submit")
    await drain()
    clerk = await act("clerk")
    accepted = await clerk.post(f"/api/v1/applications/{created['id']}/accept", json={})
    assert accepted.json()["status"] == "department_review"
    tasks = await PostCheckTask.filter(application_id=created["id"])
    assert [t.requirement_code for t in tasks] == ["marital_status"]


async def test_clerk_supplement_request_lists_every_problem(act, world, drain):
    detail = await submitted(act, world, drain)
    clerk = await act("clerk")
    resp = await clerk.post(
        f"/api/v1/applications/{detail['id']}/supplement-request",
        json={
            "items": [
                {"requirement_code": "owner_id_card", "problem": "身份证照片反光，请重新拍摄"},
                {"requirement_code": "purchase_contract", "problem": "合同缺第 5 页"},
            ],
        },
    )
    assert resp.json()["status"] == "supplement_required"
    owner_view = (await (await act("alice")).get(f"/api/v1/applications/{detail['id']}")).json()
    labels = [a["label"] for a in owner_view["next_actions"]]
    assert labels[:2] == ["身份证照片反光，请重新拍摄", "合同缺第 5 页"]
    assert labels[2].startswith("请于 ") and labels[2].endswith(" 前补正后重新提交")
    assert [a["resolved"] for a in owner_view["next_actions"][:2]] == [False, False]

    # Re-uploading one flagged item marks that one resolved (the app then enables 重新提交
    # only when every flagged item is resolved); the other stays open.
    await provide(act, detail["id"], "owner_id_card")
    owner_view = (await (await act("alice")).get(f"/api/v1/applications/{detail['id']}")).json()
    resolved = {a["requirement_code"]: a["resolved"] for a in owner_view["next_actions"][:2]}
    assert resolved == {"owner_id_card": True, "purchase_contract": False}
    provided = {m["code"]: m["provided_at"] for m in owner_view["materials"]}
    assert provided["owner_id_card"] > provided["purchase_contract"]


async def test_resubmit_is_refused_until_every_flagged_item_is_provided_again(act, world, drain):
    """#15: the server, not only the app, holds a 补正 re-submit back while a flagged material
    was not uploaded again, naming it; once every one is, the case goes back to the window."""
    detail = await submitted(act, world, drain)
    clerk = await act("clerk")
    await clerk.post(
        f"/api/v1/applications/{detail['id']}/supplement-request",
        json={
            "items": [
                {"requirement_code": "owner_id_card", "problem": "身份证照片反光，请重新拍摄"},
                {"requirement_code": "purchase_contract", "problem": "合同缺第 5 页"},
                {"requirement_code": "purchase_contract", "problem": "合同未签名"},
                {"requirement_code": None, "problem": "请核对共有人信息"},
            ],
        },
    )
    await provide(act, detail["id"], "owner_id_card")
    owner = await act("alice")
    async with writes_nothing():
        error = assert_error(
            await owner.post(f"/api/v1/applications/{detail['id']}/submit"),
            422,
            "SUPPLEMENT_ITEMS_PENDING",
        )
    assert error["message"] == "补正材料尚未重新上传：「商品房买卖合同」。请逐项重新上传后再提交"
    assert error["details"]["items"] == [
        {"requirement_code": "purchase_contract", "name": "商品房买卖合同"}
    ]
    await drain()  # the worker, if anything had been queued, would submit it now
    assert (await owner.get(f"/api/v1/applications/{detail['id']}")).json()["status"] == (
        "supplement_required"
    )

    await provide(act, detail["id"], "purchase_contract")
    resp = await owner.post(f"/api/v1/applications/{detail['id']}/submit")
    assert resp.status_code == 202, resp.text
    await drain()
    after = (await owner.get(f"/api/v1/applications/{detail['id']}")).json()
    assert after["status"] != "supplement_required"


async def test_return_with_reasons_ends_the_case(act, world, drain):
    detail = await submitted(act, world, drain)
    clerk = await act("clerk")
    returned = await clerk.post(
        f"/api/v1/applications/{detail['id']}/return",
        json={"reasons": ["该房屋已被法院查封，暂不能办理转移登记"]},
    )
    body = returned.json()
    assert body["status"] == "returned" and body["status_label"] == "已退件"
    assert body["events"][-1]["items"][0]["problem"].startswith("该房屋已被法院查封")
    # a returned case accepts nothing more
    assert_error(
        await clerk.post(f"/api/v1/applications/{detail['id']}/accept", json={}),
        409,
        "ILLEGAL_TRANSITION",
    )


async def test_rejection_during_review_closes_every_step(act, world, drain):
    detail = await submitted(act, world, drain)
    clerk = await act("clerk")
    await clerk.post(f"/api/v1/applications/{detail['id']}/accept", json={})
    rejected = await clerk.post(
        f"/api/v1/applications/{detail['id']}/reject", json={"reason": "申请人非该房屋权利人"}
    )
    body = rejected.json()
    assert body["status"] == "rejected"
    # no department decided: the steps are cancelled with the case, not rejected
    assert {s["status"] for s in body["steps"]} == {"cancelled"}
    assert {s["status_label"] for s in body["steps"]} == {"已终止（申请已结束）"}
    assert body["expected_completion_date"] is not None  # the date it ended


async def test_department_refusal_sends_the_case_back_for_supplement(act, world, drain):
    detail = await submitted(act, world, drain)
    clerk = await act("clerk")
    accepted = (await clerk.post(f"/api/v1/applications/{detail['id']}/accept", json={})).json()
    tax = await act("tax")
    path = f"/api/v1/applications/{detail['id']}/steps/{step(accepted, 'tax_check')['id']}"
    assert_error(await tax.post(f"{path}/reject", json={"opinion": ""}), 422, "VALIDATION_ERROR")
    resp = await tax.post(f"{path}/reject", json={"opinion": "契税未足额缴纳"})
    assert resp.json()["status"] == "supplement_required"
    owner_view = (await (await act("alice")).get(f"/api/v1/applications/{detail['id']}")).json()
    assert owner_view["next_actions"][0]["label"] == "完税核验未通过：契税未足额缴纳"


async def test_illegal_transitions_answer_409_and_change_nothing(act, world, drain):
    created = await draft(act, world)
    clerk = await act("clerk")
    async with writes_nothing():
        resp = await clerk.post(f"/api/v1/applications/{created['id']}/accept", json={})
    error = assert_error(resp, 409, "ILLEGAL_TRANSITION")
    assert "草稿" in error["message"] and "受理" in error["message"]
    owner = await act("alice")
    await provide(act, created["id"], *TRANSFER_CORE)
    await owner.post(f"/api/v1/applications/{created['id']}/submit")
    await drain()
    async with writes_nothing():
        again = await owner.post(f"/api/v1/applications/{created['id']}/submit")
    assert_error(again, 409, "ILLEGAL_TRANSITION")
    assert_error(
        await clerk.post(f"/api/v1/applications/{created['id']}/deliver"), 409, "ILLEGAL_TRANSITION"
    )


async def test_one_open_application_per_house_and_type(act, world):
    first = await draft(act, world)
    owner = await act("alice")
    resp = await owner.post(
        "/api/v1/applications",
        json={
            "house_id": str(world.house.id),
            "type": "transfer_registration",
        },
    )
    assert assert_error(resp, 409, "APPLICATION_EXISTS")["details"]["application_id"] == first["id"]


async def test_another_owner_and_another_streets_clerk_get_404(act, world, drain):
    detail = await submitted(act, world, drain)
    bob = await act("bob")
    assert_error(await bob.get(f"/api/v1/applications/{detail['id']}"), 404, "NOT_FOUND")
    assert_error(await bob.post(f"/api/v1/applications/{detail['id']}/withdraw"), 404, "NOT_FOUND")
    other_clerk = await act("clerk-xinhua")
    assert_error(await other_clerk.get(f"/api/v1/applications/{detail['id']}"), 404, "NOT_FOUND")
    async with writes_nothing():
        resp = await other_clerk.post(f"/api/v1/applications/{detail['id']}/accept", json={})
    assert_error(resp, 404, "NOT_FOUND")
    # bob cannot start an application on alice's house either
    resp = await bob.post(
        "/api/v1/applications",
        json={
            "house_id": str(world.house.id),
            "type": "transfer_registration",
        },
    )
    assert_error(resp, 404, "NOT_FOUND")
    assert (await bob.get("/api/v1/applications")).json()["total"] == 0


async def test_a_reviewer_of_another_department_cannot_decide_a_step(act, world, drain):
    detail = await submitted(act, world, drain)
    accepted = (
        await (await act("clerk")).post(f"/api/v1/applications/{detail['id']}/accept", json={})
    ).json()
    planning = await act("planning")
    resp = await planning.post(
        f"/api/v1/applications/{detail['id']}/steps/{step(accepted, 'tax_check')['id']}/approve",
        json={},
    )
    assert_error(resp, 404, "NOT_FOUND")


async def test_withdrawal_by_the_owner(act, world, drain):
    detail = await submitted(act, world, drain)
    owner = await act("alice")
    body = (await owner.post(f"/api/v1/applications/{detail['id']}/withdraw")).json()
    assert body["status"] == "withdrawn"
    # the house is free for a new application
    assert (await draft(act, world))["status"] == "draft"
