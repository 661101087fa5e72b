"""The supervisors' dashboard: the stats service's figures, scoped, with the API's exports."""

from __future__ import annotations

from tests.console.conftest import console_login


async def test_supervisor_sees_the_dashboard_and_exports_csv(client, console_world):
    resp = await console_login(client, "supervisor")
    assert resp.status_code == 303
    home = await client.get("/console/")
    assert home.headers["location"] == "/console/dashboard"
    page = await client.get("/console/dashboard?by=estate")
    assert page.status_code == 200
    assert "办证率" in page.text and "幸福里小区" in page.text
    assert 'type="application/json" id="data-chart-rate"' in page.text
    csv = await client.get("/console/dashboard/export?report=certificate_rate&format=csv&by=estate")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    text = csv.content.decode("utf-8")
    assert text.startswith("\ufeff名称") and "幸福里小区" in text
    bad = await client.get("/console/dashboard/export?report=nothing")
    assert bad.status_code == 422


async def test_a_clerk_has_no_dashboard(client, console_world):
    await console_login(client, "clerk")
    assert (await client.get("/console/dashboard")).status_code == 403
