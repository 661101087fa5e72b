"""An organisation tree with staff at each level, and estates in three streets."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from banzheng.accounts.models import Organisation
from banzheng.communities.models import Community, LandNature
from banzheng.security.roles import Role
from tests import factories
from tests.helpers import login_as


@dataclass
class World:
    orgs: factories.Orgs
    heping_estate: Community  # 和平街道, 东区
    jianshe_estate: Community  # 建设街道, 东区
    xinhua_estate: Community  # 新华街道, 西区


async def estate(
    street: Organisation, name: str, *, build_year: int = 2010, **fields: object
) -> Community:
    return await Community.create(
        name=name,
        address=f"{street.name}测试路 8 号",
        organisation=street,
        scope_path=street.scope_path,
        build_year=build_year,
        land_nature=fields.pop("land_nature", LandNature.granted),
        **fields,
    )


@pytest.fixture
async def world(app) -> World:
    orgs = await factories.org_tree()
    for username, role, org in (
        ("clerk-heping", Role.clerk, orgs.heping),
        ("clerk-xinhua", Role.clerk, orgs.xinhua),
        ("admin-east", Role.admin, orgs.east),
        ("tax-east", Role.department_reviewer, orgs.east_tax),
        ("supervisor-city", Role.supervisor, orgs.city),
        ("supervisor-east", Role.supervisor, orgs.east),
    ):
        await factories.staff(username, role, org)
    await factories.owner("alice")
    return World(
        orgs=orgs,
        heping_estate=await estate(orgs.heping, "和平花园"),
        jianshe_estate=await estate(orgs.jianshe, "建设新村", build_year=1995),
        xinhua_estate=await estate(orgs.xinhua, "新华苑", build_year=2019),
    )


class Api:
    """The HTTP client with every world user logged in up front, so that a block checked with
    `writes_nothing` holds only the request under test (logging in writes an audit row)."""

    def __init__(self, client, headers: dict[str, dict[str, str]]) -> None:
        self.client, self.headers = client, headers

    async def get(self, login: str, path: str, **params: object):
        return await self.client.get(path, params=params, headers=self.headers[login])

    async def send(self, login: str, method: str, path: str, body: object = None, **kwargs):
        if body is not None:
            kwargs["json"] = body
        headers = {**self.headers[login], **kwargs.pop("headers", {})}
        return await self.client.request(method, path, headers=headers, **kwargs)


@pytest.fixture
async def api(client, world) -> Api:
    logins = (
        "clerk-heping",
        "clerk-xinhua",
        "admin-east",
        "tax-east",
        "supervisor-city",
        "supervisor-east",
        "alice",
    )
    return Api(client, {login: await login_as(client, login) for login in logins})
