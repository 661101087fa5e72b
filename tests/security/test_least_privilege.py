"""Least privilege (issue #13 item 3): every cell of the role × action × object matrix of
security/permissions.py, through HTTP. A property manager and a developer's representative never
get an owner's ID card; a developer's representative reads only the estates it developed."""

from __future__ import annotations

import pytest

from banzheng.accounts.models import User
from banzheng.communities.models import Company, CompanyKind
from banzheng.security import permissions
from banzheng.security.permissions import MATRIX, Action, Reach, Subject
from banzheng.security.roles import Role
from tests import factories
from tests.helpers import assert_error
from tests.materials import samples

# Logins of the people below; each is on the estate's side unless named "-other".
PEOPLE = {
    "alice": Role.owner,
    "bob": Role.owner,
    "clerk": Role.clerk,
    "clerk-xinhua": Role.clerk,
    "tax": Role.department_reviewer,
    "supervisor": Role.supervisor,
    "admin": Role.admin,
    "pm": Role.property_manager,
    "pm-other": Role.property_manager,
    "dev": Role.developer_rep,
    "dev-other": Role.developer_rep,
}
# Who reaches alice's application / her estate, per reach: the matrix decides which reach applies.
REACHES = {
    "alice": Reach.own,
    "clerk": Reach.region,
    "tax": Reach.region,
    "supervisor": Reach.region,
    "admin": Reach.region,
    "pm": Reach.company,
    "dev": Reach.company,
}


@pytest.fixture
async def estate_world(world, act):
    developer = await Company.create(name="宏达置业", kind=CompanyKind.developer)
    other_developer = await Company.create(name="远方置业", kind=CompanyKind.developer)
    manager = await Company.create(name="安居物业", kind=CompanyKind.property_manager)
    other_manager = await Company.create(name="宜家物业", kind=CompanyKind.property_manager)
    world.estate.developer, world.estate.property_manager = developer, manager
    await world.estate.save()
    orgs = world.orgs
    for login, role, org, company in (
        ("admin", Role.admin, orgs.city, None),
        ("pm", Role.property_manager, orgs.heping, manager),
        ("pm-other", Role.property_manager, orgs.heping, other_manager),
        ("dev", Role.developer_rep, orgs.east, developer),
        ("dev-other", Role.developer_rep, orgs.east, other_developer),
    ):
        user = await factories.staff(login, role, org)
        user.company = company
        await user.save()
    # an estate of another developer in the same street, with bob's application
    bob = await User.get(username="bob")
    other_estate = await factories.community(orgs.heping, "远方小区")
    other_estate.developer = other_developer
    await other_estate.save()
    bobs_house = await factories.house(orgs.heping, owner=bob, room="102", estate=other_estate)
    owner = await act("alice")
    application = (
        await owner.post(
            "/api/v1/applications",
            json={"house_id": str(world.house.id), "type": "combined"},
        )
    ).json()
    files = {}
    for code in ("owner_id_card", "planning_acceptance"):
        resp = await owner.client.post(
            f"/api/v1/applications/{application['id']}/materials",
            params={"requirement": code, "filename": f"{code}.png"},
            content=samples.png(),
            headers={**owner.headers, "Content-Type": "image/png"},
        )
        assert resp.status_code == 201, resp.text
        files[code] = resp.json()["object_id"]
    bobs = await (await act("bob")).post(
        "/api/v1/applications",
        json={"house_id": str(bobs_house.id), "type": "transfer_registration"},
    )
    assert bobs.status_code == 201, bobs.text
    return {
        "application": application["id"],
        "bobs_application": bobs.json()["id"],
        "house": str(world.house.id),
        "bobs_house": str(bobs_house.id),
        "estate": str(world.estate.id),
        "other_estate": str(other_estate.id),
        "files": files,
    }


def expected(login: str, subject: Subject, action: Action) -> bool:
    """What the matrix says for alice's object: the role's reach for it, and this person's."""
    how = MATRIX[(subject, action)].get(PEOPLE[login])
    return how is not None and REACHES.get(login) is how


async def fetch_document(actor, object_id: str) -> int:
    """Both halves of a download: the link, then the file behind it. A role that may download
    no kind of material is refused by the route (403); one that may download some other kind
    finds nothing (404)."""
    link = await actor.get(f"/api/v1/materials/{object_id}/link")
    if link.status_code == 403:
        assert_error(link, 403, "FORBIDDEN")
        return 403
    if link.status_code != 200:
        assert_error(link, 404, "NOT_FOUND")
        return 404
    fetched = await actor.get(link.json()["url"])
    return fetched.status_code


def refusal(login: str) -> int:
    documents = (Subject.personal_document, Subject.estate_document)
    downloads_any = any(PEOPLE[login] in MATRIX[(s, Action.download)] for s in documents)
    return 404 if downloads_any else 403


@pytest.mark.parametrize("login", sorted(PEOPLE))
@pytest.mark.parametrize(
    ("code", "subject"),
    [
        ("owner_id_card", Subject.personal_document),
        ("planning_acceptance", Subject.estate_document),
    ],
)
async def test_document_downloads_follow_the_matrix(act, estate_world, login, code, subject):
    assert permissions.document_subject(code) is subject
    status = await fetch_document(await act(login), estate_world["files"][code])
    assert status == (200 if expected(login, subject, Action.download) else refusal(login))


async def test_company_representatives_never_get_an_owners_id_card(act, estate_world):
    for login in ("pm", "dev"):
        status = await fetch_document(await act(login), estate_world["files"]["owner_id_card"])
        assert status in (403, 404)


@pytest.mark.parametrize("login", sorted(PEOPLE))
async def test_reads_of_an_application_house_and_estate_follow_the_matrix(act, estate_world, login):
    actor = await act(login)
    for subject, path in (
        (Subject.application, f"/api/v1/applications/{estate_world['application']}"),
        (Subject.house, f"/api/v1/houses/{estate_world['house']}"),
        (Subject.estate, f"/api/v1/communities/{estate_world['estate']}"),
    ):
        resp = await actor.get(path)
        if expected(login, subject, Action.read):
            assert resp.status_code == 200, (subject, resp.text)
        elif Role.owner is PEOPLE[login] and subject is Subject.estate:
            assert_error(resp, 403, "FORBIDDEN")  # owners have no estate archive route at all
        else:
            assert_error(resp, 404, "NOT_FOUND")


async def test_a_developer_lists_only_its_own_estates_and_their_applications(act, estate_world):
    dev = await act("dev")
    applications = (await dev.get("/api/v1/applications")).json()["items"]
    assert [a["id"] for a in applications] == [estate_world["application"]]
    estates = (await dev.get("/api/v1/communities")).json()["items"]
    assert [e["id"] for e in estates] == [estate_world["estate"]]
    assert_error(await dev.get(f"/api/v1/houses/{estate_world['bobs_house']}"), 404, "NOT_FOUND")
    other = await dev.get(f"/api/v1/applications/{estate_world['bobs_application']}")
    assert_error(other, 404, "NOT_FOUND")
    # the clerk of the street sees both estates' applications
    clerk = await act("clerk")
    listed = {a["id"] for a in (await clerk.get("/api/v1/applications")).json()["items"]}
    assert listed == {estate_world["application"], estate_world["bobs_application"]}


async def test_a_company_representative_without_a_company_sees_nothing(act, estate_world, world):
    await factories.staff("dev-nocompany", Role.developer_rep, world.orgs.east)
    dev = await act("dev-nocompany")
    assert (await dev.get("/api/v1/applications")).json()["items"] == []
    assert (await dev.get("/api/v1/communities")).json()["items"] == []
    resp = await dev.get(f"/api/v1/applications/{estate_world['application']}")
    assert_error(resp, 404, "NOT_FOUND")


def test_the_readme_shows_the_matrix_as_written_in_code():
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert permissions.matrix_markdown() in readme


def test_the_readme_lists_every_rate_limit_with_its_rate():
    from pathlib import Path

    from banzheng.common.ratelimit import Limit
    from banzheng.security import rates

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    missing = [
        name
        for name, limit in vars(rates).items()
        if isinstance(limit, Limit) and f"| `{name}` | {limit.rate} |" not in readme
    ]
    assert not missing, f"README's rate-limit table lacks {missing}"
