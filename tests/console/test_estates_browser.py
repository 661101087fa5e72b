"""The estate pages in real headless Chromium: 批量受理 preview → confirm → confirming again
creates nothing; the archive: a problem, a plan, a milestone done, an import previewed with an
error row; another street's clerk gets the 404 page. Screenshots at 1366 × 768 (and the archive
at 200 % zoom) go to var/screenshots/ (linked from the README)."""

from __future__ import annotations

import shutil

from banzheng.applications.models import Application
from banzheng.communities.models import House, Milestone, Problem
from tests.applications.conftest import in_days
from tests.console.test_browser import SHOTS, _person, _shot
from tests.console.test_estates import HOUSE_LIST, estate_world  # noqa: F401 - fixture

CSV = {"mimeType": "text/csv"}


async def test_batch_acceptance_in_the_browser(estate_world, live_server, browser, tmp_path):  # noqa: F811
    estate = estate_world.estate
    context, clerk = await _person(browser, live_server, "clerk")
    try:
        await clerk.click("nav.menu >> text=小区档案")
        await clerk.click("text=幸福里小区")
        await clerk.click("#batch-link")
        await clerk.select_option("select[name=type]", "transfer_registration")
        await clerk.set_input_files(
            "input[name=file]", {"name": "清单.csv", **CSV, "buffer": HOUSE_LIST.encode()}
        )
        await clerk.click("#preview-button")
        await clerk.wait_for_selector("#batch-preview")
        table = await clerk.inner_text("#batch-rows")
        assert "将创建申请" in table and "不符合条件" in table and "单元不能为空" in table
        assert await Application.all().count() == 0
        await _shot(clerk, tmp_path, "estate-batch-preview")
        # what the back button and 确认 again would post
        again = await clerk.evaluate(
            """() => new URLSearchParams(new FormData(
                   document.querySelector("form[action$='/batch/confirm']"))).toString()"""
        )
        await clerk.dblclick("#batch-confirm")  # a double click posts once
        await clerk.wait_for_selector("#batch-summary")
        assert "本次新建 2 件申请" in await clerk.inner_text("#batch-summary")
        await _shot(clerk, tmp_path, "estate-batch-done")
        assert await Application.all().count() == 2
        answer = await clerk.evaluate(
            """async ([url, body]) => (await fetch(url, {method: "POST", body,
                   headers: {"Content-Type": "application/x-www-form-urlencoded"}})).text()""",
            [f"{live_server}/console/estates/{estate.id}/batch/confirm", again],
        )
        assert "本次新建 <strong>0</strong> 件申请" in answer
        assert await Application.all().count() == 2
    finally:
        await context.close()
    _keep(tmp_path)


async def test_the_estate_archive_in_the_browser(estate_world, live_server, browser, tmp_path):  # noqa: F811
    estate = estate_world.estate
    url = f"{live_server}/console/estates/{estate.id}"
    contexts = []
    try:
        context, clerk = await _person(browser, live_server, "clerk")
        contexts.append(context)
        await clerk.click("nav.menu >> text=小区档案")
        await clerk.fill("input[name=q]", "幸福")
        await clerk.wait_for_selector("#estates >> text=幸福里小区")
        await _shot(clerk, tmp_path, "estates")
        await clerk.click("#estates >> text=幸福里小区")

        await clerk.select_option("#add-problem select[name=kind]", "planning_incomplete")
        await clerk.fill("#add-problem textarea", "1号楼缺规划核实，涉及 36 户")
        await clerk.click("#add-problem-button")
        await clerk.wait_for_selector("text=已登记问题。")
        assert "规划手续不全" in await clerk.inner_text("#problems")
        await clerk.click("#edit-facts summary")  # the archive had the year wrong
        await clerk.fill("#edit-facts input[name=build_year]", "1998")
        await _shot(clerk, tmp_path, "estate-facts")
        await clerk.click("#facts-button")
        await clerk.wait_for_selector("text=已保存基本情况。")
        assert "1998 年" in await clerk.inner_text("#facts")

        await clerk.click("#problems .problem-edit summary")  # registered under the wrong kind
        await clerk.select_option("#problems .problem-edit select[name=kind]", "land_dispute")
        await _shot(clerk, tmp_path, "estate-problem-edit")
        await clerk.click("#problems .problem-edit button")
        await clerk.wait_for_selector("text=已修改问题。")
        assert "土地性质争议" in await clerk.inner_text("#problems")

        await clerk.fill(
            "#plan-form textarea[name=summary]", "区住建局牵头补办规划核实，分两批办证"
        )
        await clerk.fill("input[name=milestone_title_0]", "补办规划核实")
        await clerk.fill("input[name=milestone_due_0]", in_days(20))
        await clerk.fill("input[name=milestone_title_1]", "首批 36 户办证")
        await clerk.fill("input[name=milestone_due_1]", in_days(60))
        await clerk.click("#plan-button")
        await clerk.wait_for_selector("text=已保存处置方案。")
        await clerk.click("#plan .milestones li:first-child button")
        await clerk.wait_for_selector("text=已标记节点完成。")
        assert await Milestone.filter(done_at__isnull=False).count() == 1
        assert await Problem.filter(community_id=estate.id).count() == 1
        await _shot(clerk, tmp_path, "estate")

        await clerk.click("#import-link")
        await clerk.set_input_files(
            "input[name=file]",
            {
                "name": "房屋.csv",
                **CSV,
                "buffer": "楼栋号,单元,室号,合同面积\n2,1,101,89.5\n2,1,102,八十九\n".encode(),
            },
        )
        await clerk.click("#preview-button")
        await clerk.wait_for_selector("#import-problems")
        problems = await clerk.inner_text("#import-problems")
        assert "第 3 行" in problems and "合同面积不是有效的数字：八十九" in problems
        assert await clerk.locator("#import-confirm").count() == 0
        await _shot(clerk, tmp_path, "estate-import-preview")
        assert await House.filter(building__community_id=estate.id).count() == 3

        # every form carries its token: a post without one is refused
        status = await clerk.evaluate(
            """async (url) => (await fetch(url + "/problems", {method: "POST",
                   body: new URLSearchParams({kind: "other"})})).status""",
            url,
        )
        assert status == 403

        # readable at 200 % zoom: nothing cut off sideways
        zoom_context, zoomed = await _person(browser, live_server, "clerk", zoomed=True)
        contexts.append(zoom_context)
        await zoomed.goto(url)
        overflow = await zoomed.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1, f"the archive scrolls sideways at 200 % zoom by {overflow}px"
        await _shot(zoomed, tmp_path, "estate-200", full=False)

        other_context, other = await _person(browser, live_server, "clerk-xinhua")
        contexts.append(other_context)
        response = await other.goto(url)
        assert response.status == 404
        assert "不在您的辖区内" in await other.inner_text("main")
    finally:
        for context in contexts:
            await context.close()
    _keep(tmp_path)


def _keep(tmp_path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for shot in tmp_path.glob("console-*.png"):
        shutil.copy(shot, SHOTS / shot.name)
