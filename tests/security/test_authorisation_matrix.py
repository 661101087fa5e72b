"""Every route × every kind of caller, with the status each must get (issue #13).

The routes come from the app's route table: a route without a row in `EXPECTED` fails
`test_every_route_has_a_row`, so nobody adds an endpoint without deciding who may call it.
Each row names who gets through (`ok`: any answer but 401/403/404 and never a 5xx — a 422 for
the empty body sent, a 409 for a state that does not allow it…), who is told the object does
not exist (`hidden`: 404, as for a missing id), and everyone else gets 403 (anonymous: 401).
Public routes admit the anonymous caller too.

Objects are alice's: her house and draft application in 和平街道 (东区), its estate (developed
and managed by the companies of `developer_rep` and `property_manager`), her ID card scan and a
download link issued to her. Ids the world has no object for are random (every caller who gets
through then gets 404: those rows test the role gate). Each route gets a fresh world and fresh
tokens, so a route that logs out or withdraws does not change another's answers.

Bodies are `{}`: the role gate and the scope are checked before the body is read only for
routes without one, so for routes with a body the scope is the business of
tests/security/test_least_privilege.py and of each domain's tests.

Set MATRIX_RECORD=<file> to write the observed rows instead of asserting (to review a change).
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field

import pytest

from banzheng.accounts.models import User
from banzheng.communities.models import Company, CompanyKind
from banzheng.materials import listing
from banzheng.security.roles import Role
from tests import factories
from tests.materials import samples

PERSONS = [
    "anonymous",
    "owner",
    "other_owner",
    "clerk",
    "clerk_other_street",
    "planning",
    "housing",
    "tax",
    "survey",
    "registry",
    "property_manager",
    "developer_rep",
    "supervisor",
    "supervisor_other_district",
    "admin",
]
OK, HIDDEN = "ok", 404


@dataclass
class Row:
    ok: frozenset[str]
    hidden: frozenset[str] = field(default_factory=frozenset)
    anonymous: int = 401  # what a caller without a token gets when not let through

    def expected(self, person: str) -> str | int:
        if person in self.ok:
            return OK
        if person in self.hidden:
            return HIDDEN
        return self.anonymous if person == "anonymous" else 403


def row(ok: str = "", hidden: str = "", anonymous: int = 401) -> Row:
    return Row(frozenset(ok.split()), frozenset(hidden.split()), anonymous)


def _load_expected() -> dict[str, Row]:
    from tests.security.authorisation_table import TABLE

    return {key: row(**cells) for key, cells in TABLE.items()}


EXPECTED = _load_expected()


def route_keys(app) -> set[str]:
    keys = set()
    for route in app.router.routes:
        # the API: every route declared with endpoint(); the staff console's pages (cookie
        # sessions, console/) have their own guard and tests
        if not getattr(route.handler, "guarded_by_endpoint", False) or route.path.startswith(
            "docs/"
        ):
            continue  # the API docs' static assets are not part of the API
        path = "/" + "/".join(
            "{" + part[1:-1].split(":")[0] + "}" if part.startswith("<") else part
            for part in route.path.split("/")
        )
        for method in route.methods:
            keys.add(f"{method} {path}")
    return keys


async def test_every_route_has_a_row(app):
    keys = route_keys(app)
    missing = sorted(keys - EXPECTED.keys())
    stale = sorted(EXPECTED.keys() - keys)
    assert not missing, f"routes without a row in the authorisation matrix: {missing}"
    assert not stale, f"rows for routes that no longer exist: {stale}"


async def test_every_public_route_declares_a_rate_limit(app):
    """security/rates.py: what anyone may call, anyone may call a million times."""
    unlimited = sorted(
        f"{sorted(route.methods)} /{route.path}"
        for route in app.router.routes
        if getattr(route.handler, "guarded_by_endpoint", False)
        and not route.handler.allowed_roles
        and not route.handler.rate_limits
        and route.path not in UNLIMITED_PUBLIC
    )
    assert not unlimited, f"public routes without a rate limit: {unlimited}"


UNLIMITED_PUBLIC = {
    "healthz",  # liveness costs nothing and must answer a load balancer however often it asks
    # the H5 rating page counts its own limits (H5_VIEWS_PER_IP, H5_RATINGS_PER_IP) to answer
    # a phone's browser with a page, not JSON
    "q/<code:qrpage>",
    "v/<token:pagetoken>",  # the certificate verification page: VERIFY_VIEWS_PER_IP, likewise
    "docs/assets/<name:str>",  # static files of the API docs (not in production)
}


# --- the world ---------------------------------------------------------------------------------


@dataclass
class World:
    users: dict[str, User]
    values: dict[str, str]


async def make_world(app, client) -> World:
    orgs = await factories.org_tree()
    developer = await Company.create(name="宏达置业", kind=CompanyKind.developer)
    manager = await Company.create(name="安居物业", kind=CompanyKind.property_manager)
    estate = await factories.community(orgs.heping, "幸福里小区")
    estate.developer, estate.property_manager = developer, manager
    await estate.save()
    alice = await factories.owner("alice")
    bob = await factories.owner("bob")
    house = await factories.house(orgs.heping, owner=alice, room="301", estate=estate)
    await factories.house(orgs.xinhua, owner=bob, room="202")
    staff = {
        "clerk": (Role.clerk, orgs.heping, None),
        "clerk_other_street": (Role.clerk, orgs.jianshe, None),
        "planning": (Role.department_reviewer, orgs.east_planning, None),
        "housing": (Role.department_reviewer, orgs.east_housing, None),
        "tax": (Role.department_reviewer, orgs.east_tax, None),
        "survey": (Role.department_reviewer, orgs.city_survey, None),
        "registry": (Role.department_reviewer, orgs.city_registry, None),
        "property_manager": (Role.property_manager, orgs.heping, manager),
        "developer_rep": (Role.developer_rep, orgs.east, developer),
        "supervisor": (Role.supervisor, orgs.east, None),
        "supervisor_other_district": (Role.supervisor, orgs.west, None),
        "admin": (Role.admin, orgs.city, None),
    }
    users = {"owner": alice, "other_owner": bob}
    for name, (role, org, company) in staff.items():
        user = await factories.staff(name, role, org)
        user.company = company
        await user.save()
        users[name] = user
    return World(users=users, values={"house_id": str(house.id), "community_id": str(estate.id)})


async def bearer(app, user: User) -> dict[str, str]:
    pair = await app.ctx.tokens.login(user_id=str(user.id), role=user.role.value)
    return {"Authorization": f"Bearer {pair['access_token']}"}


async def path_value(name: str, world: World, app, client) -> str:
    """A value for one path parameter: alice's object when the world has one, else a random id
    of the right format."""
    if name in world.values:
        return world.values[name]
    owner = await bearer(app, world.users["owner"])
    if name == "application_id":
        resp = await client.post(
            "/api/v1/applications",
            json={"house_id": world.values["house_id"], "type": "transfer_registration"},
            headers=owner,
        )
        assert resp.status_code == 201, resp.text
        value = resp.json()["id"]
    elif name in ("object_id", "token"):
        application_id = await path_value("application_id", world, app, client)
        resp = await client.post(
            f"/api/v1/applications/{application_id}/materials",
            params={"requirement": "owner_id_card", "filename": "id.png"},
            content=samples.png(),
            headers={**owner, "Content-Type": "image/png"},
        )
        assert resp.status_code == 201, resp.text
        world.values["object_id"] = resp.json()["object_id"]
        url, _ = listing.issue_link(
            world.values["object_id"], user=world.users["owner"], settings=app.ctx.settings
        )
        world.values["token"] = url.rsplit("/", 1)[1]
        value = world.values[name]
    elif name == "ticket":
        value = f"submit:{await path_value('application_id', world, app, client)}:0"
    else:
        value = FIXED.get(name) or str(uuid.uuid4())
    world.values[name] = value
    return value


FIXED = {
    "kind": "transfer_registration",
    "code": "owner_id_card",
    "key": "owner_id_card",
    "name": "qr.png",
    "day": "2026-10-08",
    "year": "2026",
    "upload_id": "A" * 32,
}
# the QR code routes take a code of their own format
QR_ROUTES = ("/api/v1/feedback/t/{code}", "/q/{code}")


async def call(client, method: str, path: str, headers: dict[str, str]):
    if method in ("POST", "PUT", "PATCH"):
        return await client.request(method, path, json={}, headers=headers)
    if method == "DELETE":
        return await client.request(method, path, json={}, headers=headers)
    return await client.request(method, path, headers=headers)


def _append(path: str, line: str) -> None:
    with open(path, "a", encoding="utf-8") as out:
        out.write(line + "\n")


def observed(status: int) -> str | int:
    if status in (401, 403, 404):
        return status
    return OK if status < 500 else status


@pytest.mark.parametrize("key", sorted(EXPECTED))
async def test_route_answers_each_caller_as_the_matrix_says(app, client, key):
    method, template = key.split(" ", 1)
    world = await make_world(app, client)
    path = template
    for part in template.split("/"):
        if part.startswith("{"):
            name = part[1:-1]
            if name == "code" and template.startswith(QR_ROUTES):
                value = "23456789ab"  # a QR code's format, no such target
            elif template.startswith("/v/"):
                value = "A" * 32  # a verification token's format, no such certificate
            else:
                value = await path_value(name, world, app, client)
            path = path.replace(part, value)
    got: dict[str, str | int] = {}
    for person in PERSONS:
        headers = {} if person == "anonymous" else await bearer(app, world.users[person])
        resp = await call(client, method, path, headers)
        assert resp.status_code < 500, (person, resp.status_code, resp.text)
        got[person] = observed(resp.status_code)
    record = os.environ.get("MATRIX_RECORD")
    if record:
        _append(record, json.dumps({"key": key, "got": got}, ensure_ascii=False))
        return
    expected = {person: EXPECTED[key].expected(person) for person in PERSONS}
    wrong = {p: (got[p], expected[p]) for p in PERSONS if got[p] != expected[p]}
    assert not wrong, f"{key}: person → (got, expected): {wrong}"
