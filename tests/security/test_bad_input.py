"""Bad input is a 4xx with a code, never a 5xx (issue #13 item 8), and every path parameter
carries its real format in the route and in openapi/openapi.yaml (common/pathparams.py)."""

from __future__ import annotations

import pytest
import yaml

from banzheng.security.roles import Role
from banzheng.settings import REPO_ROOT
from tests import factories
from tests.helpers import assert_error, login_as

LONG = "A" * 300


@pytest.fixture
async def people(app):
    orgs = await factories.org_tree()
    await factories.owner("alice")
    await factories.staff("admin", Role.admin, orgs.city)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", f"/api/v1/materials/{LONG}/link"),
        ("GET", "/api/v1/materials/short/link"),
        ("HEAD", f"/api/v1/uploads/{LONG}"),
        ("PATCH", f"/api/v1/uploads/{LONG}"),
        ("GET", f"/api/v1/files/{LONG}"),
        ("GET", f"/api/v1/tickets/{LONG}"),
        ("GET", "/api/v1/tickets/submit:x:99999999999999999999"),
        ("GET", f"/api/v1/identity/videos/{LONG}"),
        ("GET", f"/api/v1/guides/faq/{LONG}"),
        ("GET", "/api/v1/applications/not-a-uuid"),
    ],
)
async def test_ids_out_of_format_are_404_not_500(client, people, method, path):
    headers = await login_as(client, "alice")
    resp = await client.request(method, path, headers=headers)
    assert resp.status_code == 404, resp.text
    if method != "HEAD":
        assert_error(resp, 404, "NOT_FOUND")


@pytest.mark.parametrize("year", ["0", "1", "99999999999999999999", "-1", "3000"])
async def test_a_year_out_of_range_is_404_not_500(client, people, year):
    headers = await login_as(client, "admin")
    assert_error(
        await client.get(f"/api/v1/admin/workdays/{year}", headers=headers), 404, "NOT_FOUND"
    )
    assert (await client.get("/api/v1/admin/workdays/2026", headers=headers)).status_code == 200


@pytest.mark.parametrize("page", ["99999999999999999999", "10001", "0", "-5"])
async def test_huge_or_silly_page_numbers_are_422(client, people, page):
    headers = await login_as(client, "alice")
    resp = await client.get("/api/v1/applications", params={"page": page}, headers=headers)
    assert_error(resp, 422, "BAD_PAGINATION")


def test_every_path_parameter_in_the_spec_has_a_real_format():
    spec = yaml.safe_load((REPO_ROOT / "openapi" / "openapi.yaml").read_text(encoding="utf-8"))
    loose = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["in"] != "path":
                    continue
                schema = parameter["schema"]
                bounded = (
                    schema.get("format") in ("uuid", "date")
                    or "enum" in schema
                    or ("pattern" in schema and "maxLength" in schema)
                    or ("minimum" in schema and "maximum" in schema)
                )
                if not bounded:
                    loose.append(f"{method.upper()} {path} {parameter['name']}: {schema}")
    assert not loose, loose
