"""Roles × organisation scope: owners see only their own, staff only their region (404 otherwise)."""

import uuid

import pytest

from banzheng.security.roles import Role
from tests import factories
from tests.helpers import assert_error, login_as


@pytest.fixture
async def world():
    orgs = await factories.org_tree()
    alice = await factories.owner("alice")
    bob = await factories.owner("bob")
    for name, role, org in (
        ("clerk-heping", Role.clerk, orgs.heping),
        ("clerk-jianshe", Role.clerk, orgs.jianshe),
        ("clerk-xinhua", Role.clerk, orgs.xinhua),
        ("tax-east", Role.department_reviewer, orgs.east_tax),
        ("supervisor-city", Role.supervisor, orgs.city),
    ):
        await factories.staff(name, role, org)
    return {
        "alice_house": await factories.house(orgs.heping, owner=alice, room="101"),
        "bob_house": await factories.house(orgs.xinhua, owner=bob, room="202"),
    }


async def get_house(client, login, house):
    return await client.get(f"/api/v1/houses/{house.id}", headers=await login_as(client, login))


async def test_owner_reads_own_house(client, world):
    resp = await get_house(client, "alice", world["alice_house"])
    assert resp.status_code == 200
    assert resp.json()["room"] == "101" and resp.json()["share_percent"] == 100


async def test_owner_reading_another_owners_house_gets_404_like_a_missing_one(client, world):
    other = assert_error(await get_house(client, "alice", world["bob_house"]), 404, "NOT_FOUND")
    missing = await client.get(
        f"/api/v1/houses/{uuid.uuid4()}", headers=await login_as(client, "alice")
    )
    assert assert_error(missing, 404, "NOT_FOUND")["message"] == other["message"]


async def test_my_houses_lists_only_mine(client, world):
    resp = await client.get("/api/v1/me/houses", headers=await login_as(client, "alice"))
    assert [h["id"] for h in resp.json()["items"]] == [str(world["alice_house"].id)]


@pytest.mark.parametrize(
    ("login", "house", "visible"),
    [
        ("clerk-heping", "alice_house", True),
        ("clerk-jianshe", "alice_house", False),  # another street in the same district
        ("clerk-xinhua", "alice_house", False),  # another district
        ("clerk-xinhua", "bob_house", True),
        ("tax-east", "alice_house", True),  # a district department sees its district's streets
        ("tax-east", "bob_house", False),
        ("supervisor-city", "alice_house", True),
        ("supervisor-city", "bob_house", True),
    ],
)
async def test_staff_see_only_houses_in_their_scope(client, world, login, house, visible):
    resp = await get_house(client, login, world[house])
    if visible:
        assert resp.status_code == 200
        assert resp.json()["share_percent"] is None  # staff are not told an owner's share here
    else:
        assert_error(resp, 404, "NOT_FOUND")


async def test_staff_without_an_organisation_see_nothing(client, world):
    await factories.owner("placeholder")
    from banzheng.accounts.models import User

    await User.create(username="pm-unattached", role=Role.property_manager, display_name="pm")
    assert_error(await get_house(client, "pm-unattached", world["alice_house"]), 404, "NOT_FOUND")


async def test_an_owner_only_route_refuses_staff_with_403(client, world):
    resp = await client.get("/api/v1/me/houses", headers=await login_as(client, "clerk-heping"))
    assert_error(resp, 403, "FORBIDDEN")
