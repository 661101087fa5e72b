"""Certificates through the HTTP API: alice (60 %) and bob (40 %) own a registered house; the
clerk of its street issues the certificate and the worker numbers, seals and publishes it."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from banzheng.accounts.models import User
from banzheng.accounts.service import seal_personal_data
from banzheng.applications.models import Application, ApplicationKind, Status
from banzheng.communities.models import HouseOwner
from tests import factories
from tests.applications.conftest import act, world  # noqa: F401

PEOPLE = {"alice": ("王小丽", "11010519491231002X"), "bob": ("欧阳大壮", "110105194912310037")}


@pytest.fixture(autouse=True)
async def people(app, world):  # noqa: F811 - the shared world fixture
    for login, (name, id_number) in PEOPLE.items():
        user = await User.get(username=login)
        seal_personal_data(user, cipher=app.ctx.cipher, real_name=name, id_number=id_number)
        await user.save()
    bob = await User.get(username="bob")
    await HouseOwner.filter(house_id=world.house.id).update(share_percent=60)
    await HouseOwner.create(house=world.house, owner=bob, share_percent=40)
    return world


_cases = iter(range(10**6))


async def registered(world, house=None) -> Application:  # noqa: F811
    """An application that reached 登簿 (the way there is tested in tests/applications)."""
    house = house or world.house
    alice = await User.get(username="alice")
    return await Application.create(
        number=f"BZ20261201{next(_cases):08d}",
        kind=ApplicationKind.transfer_registration,
        status=Status.registered,
        house=house,
        applicant=alice,
        scope_path=world.orgs.heping.scope_path,
    )


async def another_registered_house(world, room: str) -> Application:  # noqa: F811
    alice = await User.get(username="alice")
    house = await factories.house(world.orgs.heping, owner=alice, room=room, estate=world.estate)
    return await registered(world, house)


async def issue(act, application: Application) -> dict:  # noqa: F811
    clerk = await act("clerk")
    resp = await clerk.post(f"/api/v1/applications/{application.id}/issue-certificate")
    assert resp.status_code == 200, resp.text
    return resp.json()


async def mine(act, login: str = "alice") -> list[dict]:  # noqa: F811
    owner = await act(login)
    resp = await owner.get("/api/v1/me/certificates")
    assert resp.status_code == 200, resp.text
    return resp.json()["items"]


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def pdf_keywords(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).metadata.get("/Keywords", "")
