"""The public verification page in real headless Chromium, as a phone camera opens the QR code:
a current, a revoked and an unknown certificate."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx

from banzheng.transparency import service as transparency
from tests.applications.conftest import Actor
from tests.certificates.conftest import another_registered_house, issue, mine, registered
from tests.helpers import login_as

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


async def test_the_page_says_current_revoked_or_unknown_with_the_holder_masked(
    world, drain, live_server, browser, tmp_path
):
    # Once the app serves on a real port its ASGI client is gone: the API is called over it too.
    http = httpx.AsyncClient(base_url=live_server, timeout=60)
    actors: dict[str, Actor] = {}

    async def act(login: str) -> Actor:
        if login not in actors:
            actors[login] = Actor(http, await login_as(http, login))
        return actors[login]

    shared = await registered(world)  # alice and bob's house
    await issue(act, shared)
    await issue(act, await another_registered_house(world, "402"))  # alice's alone
    await drain()
    by_application = {c["application_id"]: c for c in await mine(act)}
    current = by_application.pop(str(shared.id))
    [cancelled] = by_application.values()
    clerk = await act("clerk")
    resp = await clerk.post(
        f"/api/v1/certificates/{cancelled['id']}/cancel", json={"reason": "依申请注销"}
    )
    assert resp.status_code == 200, resp.text
    await drain()
    await transparency.integrate()  # the worker's sequencer does this every second

    def page_url(certificate: dict) -> str:
        return live_server + "/v/" + certificate["verify_url"].rsplit("/v/", 1)[1]

    context = await browser.new_context(
        viewport={"width": 375, "height": 812}, device_scale_factor=2, locale="zh-CN"
    )
    page = await context.new_page()
    try:
        for name, url, status, state, heading in (
            ("current", page_url(current), 200, "current", "证照有效"),
            ("revoked", page_url(cancelled), 200, "revoked", "证照已作废"),
            ("unknown", f"{live_server}/v/{'x' * 32}", 404, "unknown", "查无此证"),
        ):
            resp = await page.goto(url)
            assert resp.status == status, name
            assert await page.title() == "电子证照核验 - 小区办证"
            assert await page.get_attribute("#verdict", "data-state") == state
            verdict = await page.inner_text("#verdict")
            assert heading in verdict
            if state == "revoked":
                assert "已注销" in verdict
            body = await page.inner_text("body")
            assert "王小丽" not in body and "欧阳大壮" not in body  # never the full name
            if state != "unknown":
                shown = current if state == "current" else cancelled
                holder = "王**、欧***" if state == "current" else "王**"
                assert await page.inner_text("#holder") == holder
                assert await page.inner_text("#number") == shown["number"]
                log = await page.inner_text("#log-state")
                records = "签发记录" if state == "current" else "签发和作废记录"
                assert log == f"已核对：本证的{records}在透明日志中，未被篡改", log
            else:
                assert await page.locator("#number").count() == 0
            width = await page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375, f"{name}: the page scrolls sideways on a phone ({width}px)"
            shot = tmp_path / f"verify-{name}.png"
            await page.screenshot(path=str(shot), full_page=True)
            SHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, SHOTS / shot.name)
    finally:
        await context.close()
        await http.aclose()
