"""A small world for driving applications through the HTTP API."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import timedelta

import pytest

from banzheng.security.roles import Role
from tests import factories
from tests.helpers import login_as, office_today
from tests.materials import samples

TRANSFER_CORE = ["owner_id_card", "purchase_contract"]
TRANSFER_ALL = [
    "owner_id_card",
    "purchase_contract",
    "purchase_invoice",
    "deed_tax_receipt",
    "maintenance_fund_receipt",
    "marital_status",
]


@dataclass
class World:
    orgs: factories.Orgs
    house: object
    estate: object


@pytest.fixture
async def world(app):
    orgs = await factories.org_tree()
    alice = await factories.owner("alice")
    await factories.owner("bob")
    for login, role, org in (
        ("clerk", Role.clerk, orgs.heping),
        ("clerk-xinhua", Role.clerk, orgs.xinhua),
        ("tax", Role.department_reviewer, orgs.east_tax),
        ("housing", Role.department_reviewer, orgs.east_housing),
        ("planning", Role.department_reviewer, orgs.east_planning),
        ("survey", Role.department_reviewer, orgs.city_survey),
        ("registry", Role.department_reviewer, orgs.city_registry),
        ("supervisor", Role.supervisor, orgs.city),
    ):
        await factories.staff(login, role, org)
    estate = await factories.community(orgs.heping, "幸福里小区")
    house = await factories.house(
        orgs.heping,
        owner=alice,
        room="301",
        contract_area="100.00",
        measured_area="101.50",
        estate=estate,
    )
    return World(orgs=orgs, house=house, estate=estate)


class Actor:
    """One logged-in person talking to the API."""

    def __init__(self, client, headers):
        self.client, self.headers = client, headers

    async def get(self, path, **kw):
        return await self.client.get(path, headers=self.headers, **kw)

    async def post(self, path, json=None, **kw):
        return await self.client.post(path, json=json, headers=self.headers, **kw)

    async def put(self, path, json=None, **kw):
        return await self.client.put(path, json=json, headers=self.headers, **kw)


@pytest.fixture
def act(client):
    cache = {}

    async def as_(login: str) -> Actor:
        if login not in cache:
            cache[login] = Actor(client, await login_as(client, login))
        return cache[login]

    return as_


_pages = itertools.count()


async def provide(act, application_id: str, *codes: str) -> None:
    """Upload a real (small) photo for each checklist item, as the mini-program does."""
    owner = await act("alice")
    for code in codes:
        resp = await owner.client.post(
            f"/api/v1/applications/{application_id}/materials",
            params={"requirement": code, "filename": f"{code}.png"},
            content=samples.png(640 + next(_pages) % 1500, 800),  # a different page per upload
            headers={**owner.headers, "Content-Type": "image/png"},
        )
        assert resp.status_code == 201, resp.text


def in_days(n: int) -> str:
    return (office_today() + timedelta(days=n)).isoformat()


async def draft(act, world, **extra) -> dict:
    owner = await act("alice")
    resp = await owner.post(
        "/api/v1/applications",
        json={"house_id": str(world.house.id), "type": "transfer_registration", **extra},
    )
    assert resp.status_code == 201, resp.text
    return resp.json()


async def submitted(act, world, drain, codes=TRANSFER_ALL, **extra) -> dict:
    """A draft with `codes` provided, submitted and pre-reviewed by the worker."""
    application = await draft(act, world, **extra)
    await provide(act, application["id"], *codes)
    owner = await act("alice")
    resp = await owner.post(f"/api/v1/applications/{application['id']}/submit")
    assert resp.status_code == 202, resp.text
    await drain()
    return (await owner.get(f"/api/v1/applications/{application['id']}")).json()


def step(detail: dict, kind: str) -> dict:
    return next(s for s in detail["steps"] if s["kind"] == kind)
