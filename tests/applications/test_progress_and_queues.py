"""Deadlines, warnings, work queues, batch acceptance, fees and the area difference."""

from datetime import datetime, timedelta
from decimal import Decimal

from banzheng.applications import sla
from banzheng.applications.models import Application, ApprovalStep, SlaWarning
from banzheng.common import workdays
from tests import factories
from tests.applications.conftest import draft, in_days, step, submitted
from tests.helpers import assert_error
from tests.signatures.conftest import give_real_names, pass_identity, sign_as

BEIJING = workdays.OFFICE_TZ


async def accepted(act, world, drain, **extra):
    detail = await submitted(act, world, drain, **extra)
    resp = await (await act("clerk")).post(f"/api/v1/applications/{detail['id']}/accept", json={})
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_application_types_list_their_checklists_within_eight_items(act, world):
    owner = await act("alice")
    types = {t["code"]: t for t in (await owner.get("/api/v1/application-types")).json()["items"]}
    assert set(types) == {"first_registration", "transfer_registration", "combined"}
    transfer = types["transfer_registration"]
    assert len(transfer["requirements"]) <= 8
    assert [r["code"] for r in transfer["requirements"] if r["core"]] == [
        "owner_id_card",
        "purchase_contract",
    ]
    assert {r["code"] for r in transfer["requirements"] if r["commitment_allowed"]} == {
        "maintenance_fund_receipt",
        "marital_status",
    }


async def test_the_whole_process_is_due_five_working_days_after_acceptance_across_national_day(
    act, world, drain
):
    detail = await accepted(act, world, drain)
    application = await Application.get(id=detail["id"])
    # Re-run the rule with an acceptance on the eve of the 2026 National Day holiday:
    # 10-01…10-07 are off, Saturday 10-10 is a make-up workday.
    eve = datetime(2026, 9, 30, 10, 0, tzinfo=BEIJING)
    assert await workdays.due_at(eve, workdays=5) == datetime(2026, 10, 13, 17, 30, tzinfo=BEIJING)
    assert application.due_at is not None
    assert (
        detail["expected_completion_date"]
        == application.due_at.astimezone(BEIJING).date().isoformat()
    )


async def test_a_2027_deadline_falls_back_to_weekdays_and_an_admin_override_wins(app, caplog):
    start = datetime(2027, 2, 5, 9, 0, tzinfo=BEIJING)  # a Friday; 2027 is not in chinesecalendar
    assert (await workdays.due_at(start, workdays=1)).date().isoformat() == "2027-02-08"
    from banzheng.common.models import WorkdayOverride

    await WorkdayOverride.create(date=datetime(2027, 2, 8).date(), is_workday=False, name="春节")
    assert (await workdays.due_at(start, workdays=1)).date().isoformat() == "2027-02-09"


async def test_steps_warn_at_80_percent_and_go_overdue_at_100_percent(act, world, drain):
    detail = await accepted(act, world, drain)
    tax_step = await ApprovalStep.get(id=step(detail, "tax_check")["id"])
    span = tax_step.due_at - tax_step.started_at
    assert await sla.scan(now=tax_step.started_at + span * 0.1) == {
        "warning": 0,
        "overdue": 0,
        "reminders": 0,
    }
    # far enough that at least 80 % of the working time has passed, but not 100 %
    almost = tax_step.due_at - timedelta(hours=1)
    raised = await sla.scan(now=almost)
    assert raised["warning"] == 2 and raised["overdue"] == 0  # both parallel steps
    assert (await sla.scan(now=almost))["warning"] == 0  # idempotent
    late = tax_step.due_at + timedelta(days=1)
    assert (await sla.scan(now=late))["overdue"] == 2
    assert await SlaWarning.filter(step=tax_step).count() == 2

    tax_queue = (await (await act("tax")).get("/api/v1/work-queue")).json()
    assert [(i["task"], i["warning"]) for i in tax_queue["items"]] == [("review_step", "overdue")]
    supervisor_queue = (await (await act("supervisor")).get("/api/v1/work-queue")).json()
    assert {i["step_label"] for i in supervisor_queue["items"]} == {"完税核验", "维修资金核验"}
    assert all(i["warning"] == "overdue" for i in supervisor_queue["items"])
    events = (await (await act("alice")).get(f"/api/v1/applications/{detail['id']}")).json()[
        "events"
    ]
    assert [e["action"] for e in events].count("sla_overdue") == 2


async def test_work_queue_puts_overdue_first(act, world, drain):
    first = await accepted(act, world, drain)
    other_house = await factories.house(
        world.orgs.heping, owner=await _alice(), room="302", estate=world.estate
    )
    world.house = other_house
    second = await accepted(act, world, drain)
    late_step = await ApprovalStep.get(id=step(second, "tax_check")["id"])
    await sla.scan(now=late_step.due_at + timedelta(days=1))
    await ApprovalStep.filter(id=step(first, "tax_check")["id"]).update(
        due_at=late_step.due_at + timedelta(days=30)
    )
    await SlaWarning.filter(step_id=step(first, "tax_check")["id"]).delete()
    items = (await (await act("tax")).get("/api/v1/work-queue")).json()["items"]
    assert [i["application_id"] for i in items] == [second["id"], first["id"]]
    assert items[0]["warning"] == "overdue" and items[1]["warning"] is None


async def _alice():
    from banzheng.accounts.models import User

    return await User.get(username="alice")


async def test_clerk_queue_lists_what_awaits_acceptance_in_scope_only(act, world, drain):
    detail = await submitted(act, world, drain)
    mine = (await (await act("clerk")).get("/api/v1/work-queue")).json()
    assert [(i["application_id"], i["task"]) for i in mine["items"]] == [(detail["id"], "accept")]
    assert (await (await act("clerk-xinhua")).get("/api/v1/work-queue")).json()["total"] == 0
    assert_error(await (await act("alice")).get("/api/v1/work-queue"), 403, "FORBIDDEN")
    assert_error(
        await (await act("clerk")).get("/api/v1/work-queue?size=1000"), 422, "BAD_PAGINATION"
    )


async def test_owners_are_reminded_before_a_deferred_material_is_due(act, world, drain):
    detail = await submitted(
        act,
        world,
        drain,
        codes=[
            "owner_id_card",
            "purchase_contract",
            "deed_tax_receipt",
            "maintenance_fund_receipt",
            "marital_status",
        ],
    )
    await (await act("clerk")).post(
        f"/api/v1/applications/{detail['id']}/accept",
        json={
            "deferred": [{"requirement_code": "purchase_invoice", "due_date": in_days(2)}],
        },
    )
    assert (await sla.scan())["reminders"] == 1
    assert (await sla.scan())["reminders"] == 0
    events = (await (await act("alice")).get(f"/api/v1/applications/{detail['id']}")).json()[
        "events"
    ]
    reminder = next(e for e in events if e["action"] == "deferred_reminder")
    assert "前补交" in reminder["note"]


async def test_batch_acceptance_of_fifty_houses_is_idempotent(act, world):
    estate = await factories.community(world.orgs.heping, "新建小区")
    houses = [
        await factories.house(
            world.orgs.heping, owner=await _alice(), room=f"{n:03d}", estate=estate
        )
        for n in range(50)
    ]
    clerk = await act("clerk")
    body = {"type": "combined", "house_ids": [str(h.id) for h in houses]}
    first = (
        await clerk.post(f"/api/v1/communities/{estate.id}/batch-applications", json=body)
    ).json()
    assert (first["created"], first["existing"], first["failed"]) == (50, 0, 0)
    again = (
        await clerk.post(
            f"/api/v1/communities/{estate.id}/batch-applications",
            json={
                **body,
                "house_ids": [*body["house_ids"], str(world.house.id), "not-a-uuid"],
            },
        )
    ).json()
    assert (again["created"], again["existing"], again["failed"]) == (0, 50, 2)
    assert [r["application_id"] for r in again["results"][:50]] == [
        r["application_id"] for r in first["results"]
    ]
    assert await Application.filter(house__building__community_id=estate.id).count() == 50
    other = await act("clerk-xinhua")
    assert_error(
        await other.post(f"/api/v1/communities/{estate.id}/batch-applications", json=body),
        404,
        "NOT_FOUND",
    )


async def test_fees_show_each_line_with_its_legal_basis(act, world):
    detail = await draft(act, world, contract_price="1500000.00", home_count=2)
    fees = (await (await act("alice")).get(f"/api/v1/applications/{detail['id']}/fees")).json()
    lines = {line["code"]: line for line in fees["lines"]}
    # measured 101.5 m² ≤ 140 m², second home → 1 %
    assert lines["deed_tax"]["amount"] == "15000.00"
    assert (
        "公告2024年第16号" in lines["deed_tax"]["basis"]
        and "家庭的第二套住房" in lines["deed_tax"]["basis"]
    )
    assert lines["maintenance_fund"]["amount"] == "8120.00"  # 101.5 m² × 80 元
    # 住宅类不动产登记费 80 元/件 (发改价格规〔2016〕2559号)
    assert lines["registration_fee"]["amount"] == "80.00"
    assert "2559号" in lines["registration_fee"]["basis"]
    assert Decimal(fees["total"]) == Decimal("23200.00")
    assert (
        fees["area_settlement"]["ratio"] == "1.50" and fees["area_settlement"]["within_tolerance"]
    )


async def test_an_area_difference_beyond_3_percent_must_be_confirmed_before_registration(
    act, app, world, drain
):
    world.house.measured_area = Decimal("104.00")  # +4 %
    await world.house.save()
    detail = await accepted(act, world, drain, contract_price="1000000.00")
    assert detail["area"] == {"error_ratio": "4.00", "needs_settlement": True, "confirmed_at": None}
    owner = await act("alice")
    mine = (await owner.get(f"/api/v1/applications/{detail['id']}")).json()
    assert "confirm_area" in [a["code"] for a in mine["next_actions"]]
    fees = (await owner.get(f"/api/v1/applications/{detail['id']}/fees")).json()
    assert Decimal(fees["area_settlement"]["developer_bears"]) == Decimal(
        "10000.00"
    )  # 1 m² × 10,000

    for login, kind in (("tax", "tax_check"), ("housing", "fund_check")):
        await (await act(login)).post(
            f"/api/v1/applications/{detail['id']}/steps/{step(detail, kind)['id']}/approve", json={}
        )
    in_registry = (await owner.get(f"/api/v1/applications/{detail['id']}")).json()
    path = f"/api/v1/applications/{detail['id']}/steps/{step(in_registry, 'registry_review')['id']}/approve"
    registry = await act("registry")
    assert (
        "超过 3%"
        in assert_error(await registry.post(path, json={}), 409, "NOT_REGISTRABLE")["message"]
    )
    confirmed = (await owner.post(f"/api/v1/applications/{detail['id']}/area-confirmation")).json()
    assert confirmed["area"]["confirmed_at"] is not None
    # The tap (old clients) opened the 面积差异确认书; registration checks its signature, not a flag.
    blocked = assert_error(await registry.post(path, json={}), 409, "NOT_REGISTRABLE")
    assert "面积差异确认书" in blocked["message"]
    [document] = (await owner.get("/api/v1/signatures/requests", params={"pending": "1"})).json()[
        "items"
    ]
    assert document["kind"] == "area_confirmation"
    await give_real_names(app)
    await pass_identity("alice")
    signed = await sign_as(owner, document)
    assert signed.status_code == 200, signed.text
    await drain()  # the registry seal
    assert (await registry.post(path, json={})).json()["status"] == "registered"


async def test_no_area_confirmation_within_tolerance(act, world):
    detail = await draft(act, world)  # +1.5 %
    resp = await (await act("alice")).post(f"/api/v1/applications/{detail['id']}/area-confirmation")
    assert_error(resp, 409, "NO_AREA_DIFFERENCE")
