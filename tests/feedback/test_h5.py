"""The H5 rating page in real headless Chromium, as a phone camera opens it."""

from __future__ import annotations

import shutil
from pathlib import Path

from banzheng.feedback.models import Rating, RectificationCase

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


async def test_a_phone_rates_on_the_h5_page_and_a_second_rating_is_refused(
    live_server, browser, targets, tmp_path
):
    context = await browser.new_context(
        viewport={"width": 375, "height": 812}, device_scale_factor=2, locale="zh-CN"
    )
    page = await context.new_page()
    try:
        url = f"{live_server}/q/{targets.window.code}"
        resp = await page.goto(url)
        assert resp.status == 200
        assert await page.title() == "评价 和平街道 3 号窗口 - 小区办证"
        await page.screenshot(path=str(tmp_path / "h5-rate.png"), full_page=True)
        await page.click("text=不满意")
        await page.select_option("#ind-attitude", "2")
        await page.fill("textarea[name=comment]", "排队太久<script>alert(1)</script>")
        await page.screenshot(path=str(tmp_path / "h5-rate-filled.png"), full_page=True)
        await page.click("#submit")
        await page.wait_for_selector("#result")
        assert "感谢您的评价" in await page.inner_text("header")
        assert "规定时限内回访" in await page.inner_text("#result")
        await page.screenshot(path=str(tmp_path / "h5-done.png"), full_page=True)

        rating = await Rating.get(target_id=targets.window.id)
        assert (rating.level, rating.comment, rating.source.value) == (2, "排队太久", "h5")
        assert rating.indicators == {"attitude": 2, "overall": 2}
        assert await RectificationCase.exists(rating=rating)

        await page.goto(url)  # the same phone, the same visit
        await page.click("text=非常满意")
        await page.click("#submit")
        await page.wait_for_selector("#result")
        assert "您本次已评价过" in await page.inner_text("#message")
        await page.screenshot(path=str(tmp_path / "h5-again.png"), full_page=True)
        assert await Rating.filter(target_id=targets.window.id).count() == 1

        missing = await page.goto(f"{live_server}/q/abcdefghjk")
        assert missing.status == 404
        assert "二维码无效" in await page.inner_text("body")
    finally:
        await context.close()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for shot in tmp_path.glob("h5-*.png"):
        shutil.copy(shot, SHOTS / shot.name)
