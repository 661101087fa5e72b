"""Staff accounts without SQL (issue #13): administrators create, disable, enable and reset them
(audited); temporary passwords must be changed first; the password policy on every change."""

from __future__ import annotations

import pytest

from banzheng.accounts.models import User
from banzheng.common.models import AuditEvent
from banzheng.communities.models import Company, CompanyKind
from banzheng.security import mfa, password_policy
from banzheng.security.roles import Role
from tests import factories
from tests.helpers import assert_error, login_as, writes_nothing

NEW_PASSWORD = "Quiet-Lantern-42"


@pytest.fixture
async def orgs():
    return await factories.org_tree()


@pytest.fixture
async def admin(client, orgs):
    await factories.staff("admin-li", Role.admin, orgs.city)
    return await login_as(client, "admin-li")


def bearer(pair: dict) -> dict:
    return {"Authorization": f"Bearer {pair['access_token']}"}


async def create(client, admin, orgs, **overrides):
    body = {
        "username": "clerk-zhou",
        "display_name": "周敏",
        "role": "clerk",
        "organisation_id": str(orgs.heping.id),
        **overrides,
    }
    return await client.post("/api/v1/admin/staff", json=body, headers=admin)


async def password_login(client, username, password):
    return await client.post(
        "/api/v1/auth/staff-login", json={"username": username, "password": password}
    )


async def test_a_created_account_must_change_its_temporary_password_first(client, admin, orgs):
    created = await create(client, admin, orgs)
    assert created.status_code == 201, created.text
    issued = created.json()
    assert issued["staff"]["must_change_password"] is True
    temporary = issued["temporary_password"]
    assert password_policy.problems(temporary, username="clerk-zhou") == []
    event = await AuditEvent.get(action="staff.created", object_id=issued["staff"]["id"])
    assert temporary not in str(event.details) and event.details["role"] == "clerk"

    pair = (await password_login(client, "clerk-zhou", temporary)).json()
    assert_error(
        await client.get("/api/v1/work-queue", headers=bearer(pair)),
        403,
        "PASSWORD_CHANGE_REQUIRED",
    )
    me = (await client.get("/api/v1/me", headers=bearer(pair))).json()
    assert me["must_change_password"] is True

    weak = await client.post(
        "/api/v1/me/password",
        json={"current_password": temporary, "new_password": "clerk-zhou1"},
        headers=bearer(pair),
    )
    error = assert_error(weak, 422, "PASSWORD_TOO_WEAK")
    assert set(error["details"]["problems"]) == {"too_short", "contains_username"}

    changed = await client.post(
        "/api/v1/me/password",
        json={"current_password": temporary, "new_password": NEW_PASSWORD},
        headers=bearer(pair),
    )
    assert changed.status_code == 200, changed.text
    # every earlier session ends; the answer is this device's new one
    assert_error(await client.get("/api/v1/me", headers=bearer(pair)), 401, "TOKEN_REVOKED")
    assert (
        await client.get("/api/v1/work-queue", headers=bearer(changed.json()))
    ).status_code == 200
    assert_error(await password_login(client, "clerk-zhou", temporary), 401, "BAD_CREDENTIALS")
    assert (await password_login(client, "clerk-zhou", NEW_PASSWORD)).status_code == 200
    assert await AuditEvent.filter(action="auth.password_changed").count() == 1


async def test_a_password_change_needs_the_current_password_and_counts_guesses(client, orgs, app):
    await factories.staff("clerk-wu", Role.clerk, orgs.heping, password=NEW_PASSWORD)
    pair = (await password_login(client, "clerk-wu", NEW_PASSWORD)).json()
    for _ in range(app.ctx.settings.LOGIN_MAX_FAILURES):
        assert_error(
            await client.post(
                "/api/v1/me/password",
                json={"current_password": "guess", "new_password": "Another-Long-77"},
                headers=bearer(pair),
            ),
            401,
            "BAD_CREDENTIALS",
        )
    assert_error(
        await client.post(
            "/api/v1/me/password",
            json={"current_password": NEW_PASSWORD, "new_password": "Another-Long-77"},
            headers=bearer(pair),
        ),
        423,
        "ACCOUNT_LOCKED",
    )


async def test_the_same_password_again_is_refused(client, orgs):
    await factories.staff("clerk-wu", Role.clerk, orgs.heping, password=NEW_PASSWORD)
    pair = (await password_login(client, "clerk-wu", NEW_PASSWORD)).json()
    resp = await client.post(
        "/api/v1/me/password",
        json={"current_password": NEW_PASSWORD, "new_password": NEW_PASSWORD},
        headers=bearer(pair),
    )
    assert assert_error(resp, 422, "PASSWORD_TOO_WEAK")["details"]["problems"] == ["unchanged"]


async def test_disabling_ends_every_session_at_once_and_enabling_restores_login(
    client, admin, orgs
):
    await factories.staff("clerk-wu", Role.clerk, orgs.heping, password=NEW_PASSWORD)
    clerk_id = str((await User.get(username="clerk-wu")).id)
    pair = (await password_login(client, "clerk-wu", NEW_PASSWORD)).json()
    disabled = await client.post(f"/api/v1/admin/staff/{clerk_id}/disable", headers=admin)
    assert disabled.status_code == 200 and disabled.json()["is_active"] is False
    assert (await client.get("/api/v1/me", headers=bearer(pair))).status_code == 401
    assert_error(await password_login(client, "clerk-wu", NEW_PASSWORD), 401, "BAD_CREDENTIALS")
    enabled = await client.post(f"/api/v1/admin/staff/{clerk_id}/enable", headers=admin)
    assert enabled.json()["is_active"] is True
    assert (await password_login(client, "clerk-wu", NEW_PASSWORD)).status_code == 200
    actions = [e.action for e in await AuditEvent.filter(object_id=clerk_id).order_by("id")]
    assert "staff.disabled" in actions and "staff.enabled" in actions


async def test_a_reset_gives_a_new_temporary_password_and_forgets_the_authenticator(
    client, admin, orgs
):
    clerk = await factories.staff("clerk-wu", Role.clerk, orgs.heping, password=NEW_PASSWORD)
    pair = (await password_login(client, "clerk-wu", NEW_PASSWORD)).json()
    start = await client.post("/api/v1/me/mfa/enrolment", headers=bearer(pair))
    secret = start.json()["secret"]
    code = mfa.code_at(secret, mfa.current_step())
    confirm = await client.post(
        "/api/v1/me/mfa/enrolment/confirm", json={"code": code}, headers=bearer(pair)
    )
    assert confirm.status_code == 200
    reset = await client.post(f"/api/v1/admin/staff/{clerk.id}/reset", headers=admin)
    assert reset.status_code == 200, reset.text
    issued = reset.json()
    assert issued["staff"]["mfa_enabled"] is False and issued["staff"]["must_change_password"]
    assert_error(await client.get("/api/v1/me", headers=bearer(pair)), 401, "TOKEN_REVOKED")
    assert_error(await password_login(client, "clerk-wu", NEW_PASSWORD), 401, "BAD_CREDENTIALS")
    # the temporary password logs in without the old authenticator (MFA optional in tests)
    assert (
        await password_login(client, "clerk-wu", issued["temporary_password"])
    ).status_code == 200
    assert await AuditEvent.filter(action="staff.reset", object_id=str(clerk.id)).count() == 1


@pytest.mark.parametrize(
    ("overrides", "status", "code"),
    [
        ({"role": "owner"}, 422, "VALIDATION_ERROR"),
        ({"role": "clerk", "organisation": "east"}, 422, "ROLE_ORGANISATION_MISMATCH"),
        (
            {"role": "department_reviewer", "organisation": "heping"},
            422,
            "ROLE_ORGANISATION_MISMATCH",
        ),
        ({"role": "admin", "organisation": "east"}, 422, "ROLE_ORGANISATION_MISMATCH"),
        ({"username": "admin-li"}, 409, "USERNAME_TAKEN"),
        ({"username": "Bad Name"}, 422, "VALIDATION_ERROR"),
        (
            {"organisation_id": "00000000-0000-4000-8000-000000000000"},
            404,
            "ORGANISATION_NOT_FOUND",
        ),
    ],
)
async def test_bad_accounts_are_refused_and_write_nothing(
    client, admin, orgs, overrides, status, code
):
    if "organisation" in overrides:
        overrides["organisation_id"] = str(getattr(orgs, overrides.pop("organisation")).id)
    async with writes_nothing():
        resp = await create(client, admin, orgs, **overrides)
    assert_error(resp, status, code)


async def test_a_property_manager_is_created_for_a_company_and_reaches_only_its_estates(
    client, admin, orgs
):
    anju = await Company.create(name="安居物业", kind=CompanyKind.property_manager)
    other = await Company.create(name="宜家物业", kind=CompanyKind.property_manager)
    ours, theirs = (
        await factories.community(orgs.heping, "安居小区"),
        await factories.community(orgs.heping, "宜家小区"),
    )
    ours.property_manager, theirs.property_manager = anju, other
    await ours.save()
    await theirs.save()
    created = await create(
        client,
        admin,
        orgs,
        username="pm-wang",
        role="property_manager",
        company_id=str(anju.id),
    )
    assert created.status_code == 201, created.text
    issued = created.json()
    assert (issued["staff"]["company_id"], issued["staff"]["company_name"]) == (
        str(anju.id),
        "安居物业",
    )
    event = await AuditEvent.get(action="staff.created", object_id=issued["staff"]["id"])
    assert event.details["company_id"] == str(anju.id)
    listing = (await client.get("/api/v1/admin/staff", headers=admin)).json()
    assert {s["username"]: s["company_name"] for s in listing["items"]}["pm-wang"] == "安居物业"

    pair = (await password_login(client, "pm-wang", issued["temporary_password"])).json()
    await client.post(
        "/api/v1/me/password",
        json={"current_password": issued["temporary_password"], "new_password": NEW_PASSWORD},
        headers=bearer(pair),
    )
    manager = await login_as(client, "pm-wang")
    assert (await client.get(f"/api/v1/communities/{ours.id}", headers=manager)).status_code == 200
    assert_error(
        await client.get(f"/api/v1/communities/{theirs.id}", headers=manager), 404, "NOT_FOUND"
    )


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"role": "property_manager"}, "COMPANY_REQUIRED"),
        ({"role": "developer_rep"}, "COMPANY_REQUIRED"),
        ({"role": "developer_rep", "company": "property_manager"}, "COMPANY_KIND_MISMATCH"),
        ({"role": "clerk", "company": "property_manager"}, "COMPANY_NOT_FOR_ROLE"),
    ],
)
async def test_a_company_is_required_exactly_for_company_roles(
    client, admin, orgs, overrides, code
):
    company = await Company.create(name="安居物业", kind=CompanyKind.property_manager)
    if overrides.pop("company", None):
        overrides["company_id"] = str(company.id)
    async with writes_nothing():
        resp = await create(client, admin, orgs, username="someone", **overrides)
    assert_error(resp, 422, code)


async def test_only_administrators_manage_staff_and_none_disables_themselves(client, admin, orgs):
    await factories.staff("supervisor-he", Role.supervisor, orgs.city)
    supervisor = await login_as(client, "supervisor-he")
    assert_error(await create(client, supervisor, orgs), 403, "FORBIDDEN")
    assert_error(await client.get("/api/v1/admin/staff", headers=supervisor), 403, "FORBIDDEN")
    me = await User.get(username="admin-li")
    assert_error(
        await client.post(f"/api/v1/admin/staff/{me.id}/disable", headers=admin),
        409,
        "CANNOT_DISABLE_SELF",
    )
    owner = await factories.owner("owner-a")
    assert_error(
        await client.post(f"/api/v1/admin/staff/{owner.id}/reset", headers=admin),
        404,
        "STAFF_NOT_FOUND",
    )
    listing = (await client.get("/api/v1/admin/staff", headers=admin)).json()
    assert {s["username"] for s in listing["items"]} == {"admin-li", "supervisor-he"}
    assert listing["total"] == 2


@pytest.mark.parametrize(
    ("password", "problems"),
    [
        ("Short-1a", ["too_short"]),
        ("alllowercaseletters", ["too_simple"]),
        ("P@ssw0rd2026!", ["common"]),
        ("Banzheng@2026", ["common"]),
        ("zhang.wei-Office9", ["contains_username"]),
        ("Correct-Horse-9", []),
        ("我的密码很长很长很长的A1x", []),
    ],
)
def test_password_policy(password, problems):
    assert password_policy.problems(password, username="zhang.wei") == problems
