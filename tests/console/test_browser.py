"""The console in real headless Chromium (Debian's, through Playwright): a clerk accepts with one
容缺 material, the tax office approves its step, the supervisor's dashboard shows it; another
street's clerk gets the console's 404. Screenshots of the main pages at 1366 × 768 and at 200 %
zoom go to var/screenshots/ (linked from the README)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.applications.conftest import TRANSFER_ALL, submitted
from tests.console.conftest import PASSWORD

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
WINDOW = {"width": 1366, "height": 768}
# 200 % browser zoom: the same screen shows half as many CSS pixels, each drawn twice as large.
ZOOM_200 = {"width": 683, "height": 384}


async def _person(browser, live_server, username: str, *, zoomed: bool = False):
    context = await browser.new_context(
        viewport=ZOOM_200 if zoomed else WINDOW,
        device_scale_factor=2 if zoomed else 1,
        locale="zh-CN",
    )
    page = await context.new_page()
    await page.goto(f"{live_server}/console/login")
    await page.fill("input[name=username]", username)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_load_state("networkidle")
    return context, page


async def _shot(page, tmp_path, name: str, *, full: bool = True) -> None:
    await page.screenshot(path=str(tmp_path / f"console-{name}.png"), full_page=full)


async def _approved(page, step: str) -> str:
    return (await page.inner_text(f"#step-progress tr[data-step={step}] td.n-approved")).strip()


@pytest.fixture
async def waiting_application(console_world, act, drain):
    """Made through the API before the live server starts (the ASGI client cannot run beside it)."""
    codes = [c for c in TRANSFER_ALL if c != "marital_status"]
    return await submitted(act, console_world, drain, codes=codes)


async def test_accept_approve_and_the_dashboard_shows_it(
    waiting_application, live_server, browser, tmp_path
):
    application = waiting_application
    url = f"{live_server}/console/applications/{application['id']}"
    contexts = []
    try:
        # the supervisor's dashboard before anything happened
        sup_context, supervisor = await _person(browser, live_server, "supervisor")
        contexts.append(sup_context)
        assert supervisor.url.endswith("/console/dashboard")
        assert await supervisor.inner_text("#kpi-accepted") == "0"

        clerk_context, clerk = await _person(browser, live_server, "clerk")
        contexts.append(clerk_context)
        assert clerk.url.endswith("/console/queue")
        assert "登记窗口人员" in await clerk.inner_text("header")
        assert application["number"] in await clerk.inner_text("#queue-table")
        await _shot(clerk, tmp_path, "queue")
        await clerk.click(f"text={application['number']}")
        await clerk.wait_for_load_state("networkidle")
        # the image viewer: zoom and rotate change the picture's transform
        viewer = clerk.locator("[data-viewer]").first
        await viewer.locator("[data-view=zoom-in]").click()
        await viewer.locator("[data-view=rotate]").click()
        transform = await viewer.locator("img").get_attribute("style")
        assert "scale(1.25)" in transform and "rotate(90deg)" in transform
        await viewer.locator("[data-view=reset]").click()
        # agree with the first verdict through htmx: the answer replaces the buttons
        await clerk.locator("form.opinion button[value='1']").first.click()
        await clerk.wait_for_selector("text=已标记：同意预审结论")
        await _shot(clerk, tmp_path, "application")
        assert await clerk.input_value("input[name=defer_marital_status]")
        await clerk.click("#accept-button")
        await clerk.wait_for_selector("text=已受理；部门并联审批已开始。")
        assert "容缺，待补交" in await clerk.inner_text("body")

        reviewer_context, reviewer = await _person(browser, live_server, "tax")
        contexts.append(reviewer_context)
        await reviewer.click(f"text={application['number']}")
        await reviewer.fill("form:has(#approve-tax_check) input[name=opinion]", "核验无误")
        await reviewer.click("#approve-tax_check")
        await reviewer.wait_for_selector("text=已审批通过。")
        assert "核验无误" in await reviewer.inner_text("body")
        # the tax reviewer cannot accept: there is no accept form, and posting it is refused
        status = await reviewer.evaluate(
            """async (url) => {
                const token = document.querySelector("input[name=csrf_token]").value;
                const body = new URLSearchParams({csrf_token: token});
                return (await fetch(url + "/accept", {method: "POST", body})).status;
            }""",
            url,
        )
        assert status == 403

        await supervisor.reload()
        assert await supervisor.inner_text("#kpi-accepted") == "1"
        assert await _approved(supervisor, "tax_check") == "1"
        await supervisor.wait_for_function("document.querySelector('[data-chart] canvas') !== null")
        await _shot(supervisor, tmp_path, "dashboard")

        other_context, other = await _person(browser, live_server, "clerk-xinhua")
        contexts.append(other_context)
        response = await other.goto(url)
        assert response.status == 404
        assert "不在您的辖区内" in await other.inner_text("main")

        # readable at 200 % zoom: the same pages, half the CSS pixels, nothing cut off sideways
        for username, path, name in (
            ("clerk", "/console/queue", "queue-200"),
            ("clerk", f"/console/applications/{application['id']}", "application-200"),
            ("supervisor", "/console/dashboard", "dashboard-200"),
        ):
            zoom_context, zoomed = await _person(browser, live_server, username, zoomed=True)
            contexts.append(zoom_context)
            await zoomed.goto(f"{live_server}{path}")
            await zoomed.wait_for_load_state("networkidle")
            overflow = await zoomed.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 1, f"{path} scrolls sideways at 200 % zoom by {overflow}px"
            await _shot(zoomed, tmp_path, name, full=False)
    finally:
        for context in contexts:
            await context.close()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for shot in tmp_path.glob("console-*.png"):
        shutil.copy(shot, SHOTS / shot.name)


async def test_an_owner_cannot_log_into_the_console_in_the_browser(
    live_server, browser, console_world
):
    from banzheng.accounts.models import User
    from banzheng.security.passwords import hash_password

    await User.filter(username="alice").update(password_hash=hash_password(PASSWORD))
    context, page = await _person(browser, live_server, "alice")
    try:
        assert page.url.startswith(f"{live_server}/console/login")
        assert "用户名或密码错误" in await page.inner_text("main")
    finally:
        await context.close()
