"""The console's login second factor and window intake in real headless Chromium (Debian's,
through Playwright): a clerk with an authenticator logs in with password + TOTP (a wrong code is
refused, the password alone opens nothing), starts an application for a walk-in owner from the
ID-card reader's output, uploads two scans and submits; the pre-review's verdicts and the queue
show it. A clerk of another street gets the 404 page. Screenshots at 1366 × 768 go to
var/screenshots/ (linked from the README)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyotp
import pytest

from banzheng.communities import binding
from tests.console.conftest import enrol_totp
from tests.console.test_browser import WINDOW, _person, _shot
from tests.console.test_intake import CARD, GOOD_ID
from tests.materials import samples

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
ZOOM_200 = {"width": 683, "height": 384}  # 200 % browser zoom: half the CSS pixels


async def _readable_at_200(page, tmp_path, name: str) -> None:
    """The page at 200 % zoom scrolls only downwards; a screenshot of its first screen."""
    await page.set_viewport_size(ZOOM_200)
    await _no_sideways_scroll(page)
    await page.screenshot(path=str(tmp_path / f"console-{name}-200.png"))
    await page.set_viewport_size(WINDOW)


async def _no_sideways_scroll(page) -> None:
    overflow = await page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1, f"{page.url} scrolls sideways by {overflow}px"


@pytest.fixture
async def walk_in(app, console_world):
    """The clerk has an authenticator; the house has an owner of record without an account."""
    await binding.new_owner_record(
        console_world.house.id,
        name="张三",
        id_number=GOOD_ID,
        share_percent=100,
        cipher=app.ctx.cipher,
    ).save()
    console_world.secret = await enrol_totp(app, "clerk")
    return console_world


async def test_totp_login_then_window_intake_for_a_walk_in_owner(
    app, walk_in, live_server, browser, drain, tmp_path
):
    world = walk_in
    contexts = []
    try:
        context, clerk = await _person(browser, live_server, "clerk")
        contexts.append(context)
        # the password alone: the code page, and no way into the console yet
        assert "/console/login/code" in clerk.url
        code_input = clerk.locator("input[name=code]")
        assert await code_input.get_attribute("autocomplete") == "one-time-code"
        assert await code_input.get_attribute("inputmode") == "numeric"
        await _shot(clerk, tmp_path, "login-code")
        probe = await context.new_page()
        await probe.goto(f"{live_server}/console/queue")
        assert "/console/login" in probe.url and "/code" not in probe.url
        await probe.close()

        totp = pyotp.TOTP(world.secret)
        wrong = "000000" if totp.now() != "000000" else "111111"
        await code_input.fill(wrong)
        await clerk.click("button[type=submit]")
        await clerk.wait_for_selector("text=验证码错误或已使用")
        await clerk.fill("input[name=code]", totp.now())
        await clerk.click("button[type=submit]")
        await clerk.wait_for_url("**/console/queue")
        assert "和平街道" in await clerk.inner_text("header")

        # window intake: house, the reader's output pasted, what was read shown masked
        await clerk.click("nav.menu >> text=窗口受理")
        await clerk.wait_for_url("**/console/intake")
        await clerk.select_option("select[name=community]", str(world.estate.id))
        await clerk.wait_for_selector(
            f"#house-select option[value='{world.house.id}']", state="attached"
        )
        await clerk.select_option("#house-select", str(world.house.id))
        await clerk.fill("#card-text", CARD)
        await clerk.wait_for_selector("#card-id-number")
        assert await clerk.inner_text("#card-id-number") == "110***********8515"
        assert "号码校验通过" in await clerk.inner_text("#card-reading")
        await clerk.check("input[name=confirmed]")
        await _no_sideways_scroll(clerk)
        await _shot(clerk, tmp_path, "intake")
        await _readable_at_200(clerk, tmp_path, "intake")
        await clerk.click("#start-intake")
        await clerk.wait_for_url("**/console/intake/*")
        number = (await clerk.inner_text("#intake-number")).strip()
        assert "已为申请人创建申请" in await clerk.inner_text("main")

        # two scans from the document scanner, each to its checklist item
        scans = [tmp_path / "身份证.jpg", tmp_path / "购房合同.pdf"]
        scans[0].write_bytes(samples.jpeg(1400, 900))
        scans[1].write_bytes(samples.pdf(2))
        await clerk.set_input_files("input[name=scans]", [str(p) for p in scans])
        await clerk.wait_for_selector("select[data-scan-index='1']")
        await clerk.select_option("select[data-scan-index='0']", "owner_id_card")
        await clerk.select_option("select[data-scan-index='1']", "purchase_contract")
        await _shot(clerk, tmp_path, "intake-scans-chosen")
        await _readable_at_200(clerk, tmp_path, "intake-scans-chosen")
        await clerk.click("#upload-scans")
        await clerk.wait_for_selector("#scan-outcomes")
        assert (await clerk.inner_text("#scan-outcomes")).count("已上传") == 2
        assert "已提交" in await clerk.inner_text("#checklist tr[data-code=owner_id_card]")
        assert "已提交" in await clerk.inner_text("#checklist tr[data-code=purchase_contract]")
        await _no_sideways_scroll(clerk)
        await _shot(clerk, tmp_path, "intake-scans")
        await clerk.click("#submit-intake")
        await clerk.wait_for_selector("text=已提交，正在排队预审")

        # the queue worker pre-reviews it; the application page shows the verdicts
        await drain()
        await clerk.goto(clerk.url.split("?")[0])
        materials = clerk.locator("article.material")
        assert await materials.count() == 2
        assert await clerk.locator("article.material.verdict-none").count() == 0
        assert GOOD_ID not in await clerk.content()
        await _shot(clerk, tmp_path, "intake-application")
        await clerk.click("nav.menu >> text=我的待办")
        assert number in await clerk.inner_text("#queue-table")

        # another street's clerk cannot start intake for this house
        other_context, other = await _person(browser, live_server, "clerk-xinhua")
        contexts.append(other_context)
        response = await other.goto(f"{live_server}/console/intake?house={world.house.id}")
        assert response.status == 404
        assert "不在您的辖区内" in await other.inner_text("main")

        # where STAFF_MFA requires it, a first login enrols with the QR code
        app.ctx.settings = app.ctx.settings.model_copy(update={"STAFF_MFA": "required"})
        enrol_context, enrolling = await _person(browser, live_server, "registry")
        contexts.append(enrol_context)
        assert "绑定身份验证器" in await enrolling.inner_text("main")
        assert await enrolling.locator(".enrol-qr img").get_attribute("src")
        await _shot(enrolling, tmp_path, "mfa-enrol")
    finally:
        for context in contexts:
            await context.close()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for shot in tmp_path.glob("console-*.png"):
        shutil.copy(shot, SHOTS / shot.name)
