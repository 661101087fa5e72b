"""The demo finishes (issue #8 dead end 3): README's "Demo" section, walked through HTTP with only
the logins it lists — a fresh account binds a house, and both demo owners, one in each district,
reach 发证 with every department that has a step approving it; the area case is visible."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from banzheng import demo
from banzheng.settings import REPO_ROOT
from tests.helpers import assert_error, login_as
from tests.materials import samples

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Demo: walk an application to 发证", 1)[1].split("\n## ", 1)[0]
LOGINS = set(
    re.findall(r"`((?:owner|clerk|reviewer|property|developer|supervisor|admin)-[a-z-]+)`", SECTION)
)
TRANSFER = [
    "owner_id_card",
    "purchase_contract",
    "purchase_invoice",
    "deed_tax_receipt",
    "maintenance_fund_receipt",
    "marital_status",
]
COMBINED = [*TRANSFER, "planning_acceptance", "survey_report"]


class Person:
    """One README login talking to the API."""

    def __init__(self, client, headers):
        self.client, self.headers = client, headers

    async def get(self, path, **params):
        resp = await self.client.get(path, params=params, headers=self.headers)
        return resp

    async def post(self, path, json=None, **kw):
        return await self.client.post(path, json=json, headers=self.headers, **kw)


@pytest.fixture
async def as_(app, client):
    assert await demo.load(app.ctx.cipher)
    people = {}

    async def login(name: str) -> Person:
        assert name in LOGINS, f"{name} is not a login the README's demo section lists"
        if name not in people:
            people[name] = Person(client, await login_as(client, name))
        return people[name]

    return login


def test_the_readme_lists_every_demo_login_and_nothing_else():
    loaded = {s[0] for s in demo.DEMO_STAFF} | {o[0] for o in demo.DEMO_OWNERS}
    assert LOGINS == loaded | {demo.NEW_OWNER_LOGIN}


async def _house(owner: Person, estate: str, room: str) -> str:
    houses = (await owner.get("/api/v1/me/houses")).json()["items"]
    return next(h["id"] for h in houses if h["community_name"] == estate and h["room"] == room)


async def _apply(owner: Person, house_id: str, kind: str, codes: list[str], drain) -> str:
    resp = await owner.post("/api/v1/applications", {"house_id": house_id, "type": kind})
    assert resp.status_code == 201, resp.text
    application_id = resp.json()["id"]
    for n, code in enumerate(codes):
        resp = await owner.client.post(
            f"/api/v1/applications/{application_id}/materials",
            params={"requirement": code, "filename": f"{code}.png"},
            content=samples.png(1200 + 37 * n, 1600),  # a different page each time
            headers={**owner.headers, "Content-Type": "image/png"},
        )
        assert resp.status_code == 201, resp.text
    ticket = await owner.post(f"/api/v1/applications/{application_id}/submit")
    assert ticket.status_code == 202, ticket.text
    await drain()
    polled = (await owner.get(f"/api/v1/tickets/{ticket.json()['ticket']}")).json()
    assert polled["state"] == "done" and polled["application_status"] == "pre_review", polled
    return application_id


async def _accept(clerk: Person, application_id: str, files: int) -> dict:
    queue = (await clerk.get("/api/v1/work-queue")).json()["items"]
    assert application_id in {i["application_id"] for i in queue}
    materials = (await clerk.get(f"/api/v1/applications/{application_id}/materials")).json()
    assert len(materials["items"]) == files
    assert all(m["verdict"] == "ok" and m["download_url"] for m in materials["items"])
    resp = await clerk.post(f"/api/v1/applications/{application_id}/accept", {})
    assert resp.status_code == 200, resp.text
    assert resp.json()["status"] == "department_review"
    return resp.json()


async def _approve(reviewer: Person, application_id: str) -> dict:
    """The reviewer finds their step in their own work queue and approves it."""
    queue = (await reviewer.get("/api/v1/work-queue")).json()["items"]
    mine = [i for i in queue if i["application_id"] == application_id and i["step_id"]]
    assert len(mine) == 1, queue
    resp = await reviewer.post(
        f"/api/v1/applications/{application_id}/steps/{mine[0]['step_id']}/approve",
        {"opinion": "同意"},
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


async def _finish(clerk: Person, application_id: str) -> dict:
    issued = await clerk.post(f"/api/v1/applications/{application_id}/issue-certificate")
    assert issued.json()["status"] == "certificate_issued", issued.text
    delivered = await clerk.post(f"/api/v1/applications/{application_id}/deliver")
    assert delivered.json()["status"] == "delivered", delivered.text
    return delivered.json()


async def test_a_new_owner_binds_the_demo_house_waiting_for_them(as_):
    newcomer = await as_("owner-new")
    assert (await newcomer.get("/api/v1/me/houses")).json()["items"] == []
    estates = (await newcomer.get("/api/v1/estate-directory", q="阳光")).json()["items"]
    name, id_number, contract, _ = demo.NEW_OWNER_RECORD
    body = {"real_name": name, "id_number": id_number, "community_id": estates[0]["id"]}
    wrong = await newcomer.post("/api/v1/me/houses/bind", {**body, "contract_number": "WQ0000"})
    assert "建设街道" in assert_error(wrong, 422, "OWNER_NOT_MATCHED")["message"]
    bound = await newcomer.post("/api/v1/me/houses/bind", {**body, "contract_number": contract})
    assert bound.status_code == 200, bound.text
    assert [(h["community_name"], h["room"]) for h in bound.json()["houses"]] == [
        ("阳光花园", "101")
    ]


async def test_both_demo_owners_reach_delivery_in_both_districts(as_, drain):
    # B. 幸福里小区 (东城区), 转移登记: 完税核验 + 维修资金核验
    zhang = await as_("owner-demo")
    east = await _apply(
        zhang, await _house(zhang, "幸福里小区", "301"), "transfer_registration", TRANSFER, drain
    )
    accepted = await _accept(await as_("clerk-demo"), east, len(TRANSFER))
    assert {s["kind"]: s["organisation"] for s in accepted["steps"]} == {
        "tax_check": "东城区税务局",
        "fund_check": "东城区住建局",
    }
    await _approve(await as_("reviewer-tax-demo"), east)
    after = await _approve(await as_("reviewer-housing-demo"), east)
    assert after["status"] == "registry_review"
    registered = await _approve(await as_("reviewer-registry-demo"), east)
    assert registered["status"] == "registered"
    await _finish(await as_("clerk-demo"), east)
    mine = (await zhang.get(f"/api/v1/applications/{east}")).json()
    assert mine["status"] == "delivered"
    assert all(p["state"] == "done" for p in mine["timeline"]), mine["timeline"]

    # C. 新华小区 (西城区), 合并办理: four parallel steps, then 登记审核
    liu = await as_("owner-remote")
    west = await _apply(liu, await _house(liu, "新华小区", "1202"), "combined", COMBINED, drain)
    accepted = await _accept(await as_("clerk-xinhua"), west, len(COMBINED))
    assert {s["kind"]: s["organisation"] for s in accepted["steps"]} == {
        "planning_check": "西城区规划分局",
        "survey_check": "市房产测绘中心",
        "tax_check": "西城区税务局",
        "fund_check": "西城区住建局",
    }
    for reviewer in (
        "reviewer-planning-xicheng",
        "reviewer-survey-demo",
        "reviewer-tax-xicheng",
        "reviewer-housing-xicheng",
    ):
        after = await _approve(await as_(reviewer), west)
    assert after["status"] == "registry_review"
    await _approve(await as_("reviewer-registry-demo"), west)
    assert (await _finish(await as_("clerk-xinhua"), west))["status"] == "delivered"

    # D. the supervisor sees a certificate in each district
    supervisor = await as_("supervisor-demo")
    rates = (await supervisor.get("/api/v1/stats/certificate-rate", by="district")).json()["items"]
    assert {r["name"]: r["certified"] for r in rates} == {"东城区": 1, "西城区": 1}


async def test_the_area_case_is_beyond_three_percent(as_):
    zhang = await as_("owner-demo")
    house_id = await _house(zhang, "幸福里小区", "302")
    preview = await zhang.get("/api/v1/fees/preview", house_id=house_id, contract_price="900000")
    settlement = preview.json()["area_settlement"]
    assert settlement["within_tolerance"] is False
    assert Decimal(settlement["ratio"]) == Decimal("6.21")
    assert (settlement["contract_area"], settlement["measured_area"]) == ("121.36", "128.90")
