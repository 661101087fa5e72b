"""The public verification page in real headless Chromium, as a phone camera opens the QR code:
a current, a revoked and an unknown certificate."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.certificates.conftest import another_registered_house, issue, mine, registered

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


async def test_the_page_says_current_revoked_or_unknown_with_the_holder_masked(
    act, world, drain, live_server, browser, tmp_path
):
    await issue(act, await registered(world))
    await issue(act, await another_registered_house(world, "402"))
    await drain()
    current, cancelled = sorted(await mine(act), key=lambda c: c["number"])
    clerk = await act("clerk")
    resp = await clerk.post(
        f"/api/v1/certificates/{cancelled['id']}/cancel", json={"reason": "依申请注销"}
    )
    assert resp.status_code == 200, resp.text
    await drain()

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
                assert await page.inner_text("#holder") == "王**、欧***"
                number = current["number"] if state == "current" else cancelled["number"]
                assert await page.inner_text("#number") == number
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
