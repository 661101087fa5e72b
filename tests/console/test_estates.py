"""The console's estate pages: the archive (problems, the disposal plan and its milestones, house
imports with a preview) and 批量受理 with a preview; scope answers the console's 404, every form
wants its CSRF token."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from banzheng.accounts.models import User
from banzheng.applications.models import Application
from banzheng.common.workdays import OFFICE_TZ
from banzheng.communities.models import (
    Community,
    Company,
    CompanyKind,
    DisposalPlan,
    House,
    Milestone,
    Problem,
)
from tests import factories
from tests.applications.conftest import in_days
from tests.communities.test_import import xlsx_bytes
from tests.console.conftest import console_login, csrf_of

HOUSE_LIST = (
    "楼栋号,单元,室号\n"
    "1,1,301\n"  # alice's: an application would be created
    "1,1,302\n"  # bob's
    "1,1,303\n"  # in the archive, nobody bound to it: not eligible
    "1,1,999\n"  # not in this estate
    "1,,304\n"  # no 单元
)


@pytest.fixture
async def estate_world(console_world):
    """幸福里小区 with alice's 301, bob's 302 and 303 that nobody has bound yet."""
    world = console_world
    bob = await User.get(username="bob")
    for room, owner in (("302", bob), ("303", None)):
        await factories.house(world.orgs.heping, owner=owner, room=room, estate=world.estate)
    return world


def _csv(text: str) -> dict:
    return {"file": ("清单.csv", text.encode("utf-8"), "text/csv")}


async def _page(client, path: str):
    page = await client.get(path)
    assert page.status_code == 200, page.text
    return page


async def test_batch_acceptance_previews_then_creates_once(client, estate_world):
    estate = estate_world.estate
    await console_login(client, "clerk")
    form = await _page(client, f"/console/estates/{estate.id}/batch")
    token = csrf_of(form.text)
    preview = await client.post(
        f"/console/estates/{estate.id}/batch",
        data={"csrf_token": token, "type": "transfer_registration"},
        files=_csv(HOUSE_LIST),
    )
    assert preview.status_code == 200, preview.text
    outcomes = re.findall(r'data-outcome="([a-z_]+)"', preview.text)
    assert outcomes == ["create", "create", "no_owner", "not_found", "invalid_row"]
    assert "档案中没有这套房屋的登记业主" in preview.text
    assert "本小区没有这套房屋" in preview.text and "单元不能为空" in preview.text
    assert await Application.all().count() == 0  # a preview writes nothing
    house_ids = re.findall(r'name="house_id" value="([0-9a-f-]+)"', preview.text)
    assert len(house_ids) == 2

    confirm = {"csrf_token": token, "type": "transfer_registration", "house_id": house_ids}
    done = await client.post(f"/console/estates/{estate.id}/batch/confirm", data=confirm)
    assert done.status_code == 200, done.text
    assert "本次新建 <strong>2</strong> 件申请" in done.text
    assert await Application.all().count() == 2
    # the back button and 确认 again, or a double click: nothing is created twice
    again = await client.post(f"/console/estates/{estate.id}/batch/confirm", data=confirm)
    assert "本次新建 <strong>0</strong> 件申请" in again.text and "未重复创建" in again.text
    assert await Application.all().count() == 2
    # previewing again now shows the open applications
    second = await client.post(
        f"/console/estates/{estate.id}/batch",
        data={"csrf_token": token, "type": "transfer_registration"},
        files=_csv(HOUSE_LIST),
    )
    assert re.findall(r'data-outcome="([a-z_]+)"', second.text)[:2] == ["exists", "exists"]
    assert 'name="house_id"' not in second.text
    # the same list as an xlsx workbook (numbers as Excel stores them), for another type
    workbook = xlsx_bytes([[1, 1, 301], [1, 1, 303]], header=["楼栋号", "单元", "室号"])
    xlsx = await client.post(
        f"/console/estates/{estate.id}/batch",
        data={"csrf_token": token, "type": "combined"},
        files={"file": ("清单.xlsx", workbook, "application/octet-stream")},
    )
    assert re.findall(r'data-outcome="([a-z_]+)"', xlsx.text) == ["create", "no_owner"]


async def test_batch_acceptance_is_for_clerks_of_the_estate(client, estate_world):
    estate = estate_world.estate
    await console_login(client, "clerk-xinhua")
    assert (await client.get(f"/console/estates/{estate.id}/batch")).status_code == 404
    page = await _page(client, "/console/estates")
    resp = await client.post(
        f"/console/estates/{estate.id}/batch",
        data={"csrf_token": csrf_of(page.text), "type": "transfer_registration"},
        files=_csv(HOUSE_LIST),
    )
    assert resp.status_code == 404 and "不在您的辖区内" in resp.text
    client.cookies.clear()
    await console_login(client, "tax")
    assert (await client.get(f"/console/estates/{estate.id}/batch")).status_code == 403


async def test_the_estate_facts_are_corrected_in_the_console(client, estate_world):
    estate = estate_world.estate
    anju = await Company.create(name="安居物业", kind=CompanyKind.property_manager)
    builder = await Company.create(name="和平置业", kind=CompanyKind.developer)
    estate.developer = builder
    await estate.save()
    await console_login(client, "clerk")
    page = await _page(client, f"/console/estates/{estate.id}")
    assert "修改基本情况" in page.text and ">安居物业</option>" in page.text
    this_year = datetime.now(OFFICE_TZ).year  # the browser refuses a later year before sending
    assert f'name="build_year" type="number" min="1900" max="{this_year}"' in page.text
    resp = await client.post(
        f"/console/estates/{estate.id}/facts",
        data={
            "csrf_token": csrf_of(page.text),
            "name": "幸福里小区（一期）",
            "address": "测试路 1 号",
            "build_year": "1998",
            "land_nature": "allocated",
            "developer_id": "",  # 未登记: the developer is cleared
            "property_manager_id": str(anju.id),
        },
    )
    assert resp.status_code == 303, resp.text
    saved = await Community.get(id=estate.id)
    assert (saved.name, saved.build_year, saved.land_nature.value) == (
        "幸福里小区（一期）",
        1998,
        "allocated",
    )
    assert (saved.developer_id, saved.property_manager_id) == (None, anju.id)
    page = await _page(client, resp.headers["location"])
    assert "已保存基本情况" in page.text and "1998 年" in page.text and "划拨" in page.text

    bad = await client.post(
        f"/console/estates/{estate.id}/facts",
        data={
            **dict.fromkeys(("name", "address"), "x"),
            "build_year": "一九九八",
            "land_nature": "allocated",
            "csrf_token": csrf_of(page.text),
        },
    )
    assert bad.status_code == 422 and "请检查后重新提交" in bad.text
    assert (await Community.get(id=estate.id)).name == "幸福里小区（一期）"

    client.cookies.clear()
    await console_login(client, "tax")  # reads the archive, keeps none of it
    page = await _page(client, f"/console/estates/{estate.id}")
    assert "修改基本情况" not in page.text
    resp = await client.post(
        f"/console/estates/{estate.id}/facts",
        data={"csrf_token": csrf_of(page.text), "name": "改名"},
    )
    assert resp.status_code == 403
    assert (await Community.get(id=estate.id)).name == "幸福里小区（一期）"


async def test_the_archive_keeps_problems_plan_and_milestones(client, estate_world):
    estate, heping = estate_world.estate, estate_world.orgs.heping
    await console_login(client, "clerk")
    listing = await _page(client, "/console/estates?q=幸福")
    assert "幸福里小区" in listing.text and "小区档案" in listing.text
    assert "没有找到小区" in (await _page(client, "/console/estates?q=不存在")).text
    page = await _page(client, f"/console/estates/{estate.id}")
    assert "301室" in page.text and "3 套" in page.text
    token = csrf_of(page.text)

    resp = await client.post(
        f"/console/estates/{estate.id}/problems",
        data={"csrf_token": token, "kind": "area_difference", "description": "2号楼面积差异"},
    )
    assert resp.status_code == 303, resp.text
    problem = await Problem.get(community_id=estate.id)
    assert problem.description == "2号楼面积差异"
    resp = await client.post(
        f"/console/estates/{estate.id}/problems/{problem.id}",
        data={"csrf_token": token, "status": "in_progress"},
    )
    assert resp.status_code == 303
    assert (await Problem.get(id=problem.id)).status.value == "in_progress"
    # 修改: a problem registered under the wrong kind, its description completed
    page = await _page(client, f"/console/estates/{estate.id}")
    assert "修改类型或说明" in page.text and "2号楼面积差异</textarea>" in page.text
    resp = await client.post(
        f"/console/estates/{estate.id}/problems/{problem.id}",
        data={
            "csrf_token": token,
            "kind": "completion_missing",
            "description": "  2号楼竣工验收备案缺失，涉及 48 户 ",
        },
    )
    assert resp.status_code == 303 and "problem_edited" in resp.headers["location"]
    edited = await Problem.get(id=problem.id)
    assert (edited.kind.value, edited.description, edited.status.value) == (
        "completion_missing",
        "2号楼竣工验收备案缺失，涉及 48 户",
        "in_progress",
    )
    page = await _page(client, resp.headers["location"])
    assert "已修改问题" in page.text and "竣工验收缺失" in page.text

    resp = await client.post(
        f"/console/estates/{estate.id}/plan",
        data={
            "csrf_token": token,
            "summary": "补办规划核实，分两批办证",
            "responsible_organisation_id": str(heping.id),
            "milestone_title_0": "规划核实",
            "milestone_due_0": in_days(10),
            "milestone_title_1": "首批办证",
            "milestone_due_1": in_days(40),
            "milestone_title_2": "",
        },
    )
    assert resp.status_code == 303, resp.text
    plan = await DisposalPlan.get(community_id=estate.id)
    milestones = await Milestone.filter(plan_id=plan.id).order_by("position")
    assert [m.title for m in milestones] == ["规划核实", "首批办证"]
    resp = await client.post(
        f"/console/estates/{estate.id}/milestones/{milestones[0].id}/done",
        data={"csrf_token": token},
    )
    assert resp.status_code == 303
    after = await _page(client, resp.headers["location"])
    assert "已标记节点完成" in after.text and "处理中" in after.text and "完成</span>" in after.text
    assert (await Milestone.get(id=milestones[0].id)).done_at is not None

    # a plan with a milestone missing its date is refused in Chinese, nothing changes
    bad = await client.post(
        f"/console/estates/{estate.id}/plan",
        data={
            "csrf_token": token,
            "summary": "新方案",
            "responsible_organisation_id": str(heping.id),
            "milestone_title_0": "没有日期",
            "milestone_due_0": "",
        },
    )
    assert bad.status_code == 422 and "请检查后重新提交" in bad.text
    assert (await DisposalPlan.get(id=plan.id)).summary == "补办规划核实，分两批办证"


async def test_import_previews_errors_then_imports_the_corrected_file(client, estate_world):
    estate = estate_world.estate
    await console_login(client, "clerk")
    token = csrf_of((await _page(client, f"/console/estates/{estate.id}/import")).text)
    bad = await client.post(
        f"/console/estates/{estate.id}/import",
        data={"csrf_token": token},
        files=_csv("楼栋号,单元,室号,合同面积\n2,1,101,89.5\n2,1,102,八十\n1,1,301,100\n"),
    )
    assert bad.status_code == 200, bad.text
    assert "合同面积不是有效的数字：八十" in bad.text
    assert "该房屋已在小区档案中" in bad.text  # 301 is already in the archive
    assert "import-confirm" not in bad.text
    good = await client.post(
        f"/console/estates/{estate.id}/import",
        data={"csrf_token": token},
        files=_csv("楼栋号,单元,室号,合同面积\n2,1,101,89.5\n2,1,102,90\n"),
    )
    assert "将导入 <strong>2</strong> 套房屋，新建楼栋 2" in good.text
    assert await House.filter(building__number="2").count() == 0  # a preview writes nothing
    staged = re.search(r'name="token" value="([^"]+)"', good.text).group(1)
    done = await client.post(
        f"/console/estates/{estate.id}/import/confirm", data={"csrf_token": token, "token": staged}
    )
    assert done.status_code == 303, done.text
    assert await House.filter(building__number="2", building__community_id=estate.id).count() == 2
    again = await client.post(
        f"/console/estates/{estate.id}/import/confirm", data={"csrf_token": token, "token": staged}
    )
    assert again.status_code == 410 and "已导入或已过期" in again.text
    # a token is the clerk's own: another clerk's session opens nothing with it
    another = await client.post(
        f"/console/estates/{estate.id}/import",
        data={"csrf_token": token},
        files=_csv("楼栋号,单元,室号,合同面积\n3,1,101,70\n"),
    )
    staged = re.search(r'name="token" value="([^"]+)"', another.text).group(1)
    client.cookies.clear()
    await console_login(client, "clerk-xinhua")
    page = await _page(client, "/console/estates")
    resp = await client.post(
        f"/console/estates/{estate.id}/import/confirm",
        data={"csrf_token": csrf_of(page.text), "token": staged},
    )
    assert resp.status_code in (404, 410)
    assert await House.filter(building__number="3").count() == 0


async def test_scope_and_roles_of_the_archive(client, estate_world):
    estate = estate_world.estate
    await console_login(client, "clerk-xinhua")
    listing = await _page(client, "/console/estates")
    assert "幸福里小区" not in listing.text
    resp = await client.get(f"/console/estates/{estate.id}")
    assert resp.status_code == 404 and "不在您的辖区内" in resp.text
    resp = await client.post(
        f"/console/estates/{estate.id}/problems",
        data={"csrf_token": csrf_of(listing.text), "kind": "other"},
    )
    assert resp.status_code == 404
    assert await Problem.all().count() == 0

    client.cookies.clear()
    await console_login(client, "tax")  # reads the archive, keeps nothing
    page = await _page(client, f"/console/estates/{estate.id}")
    assert "add-problem" not in page.text and "batch-link" not in page.text
    resp = await client.post(
        f"/console/estates/{estate.id}/problems",
        data={"csrf_token": csrf_of(page.text), "kind": "other"},
    )
    assert resp.status_code == 403

    client.cookies.clear()
    await console_login(client, "supervisor")  # sets plans, does not register problems
    page = await _page(client, f"/console/estates/{estate.id}")
    assert "plan-form" in page.text and "add-problem" not in page.text


async def test_every_estate_form_wants_its_csrf_token(client, estate_world):
    estate = estate_world.estate
    await console_login(client, "clerk")
    base = f"/console/estates/{estate.id}"
    problem = await Problem.create(community=estate, kind="other")
    plan = await DisposalPlan.create(
        community=estate, summary="s", responsible=estate_world.orgs.heping
    )
    milestone = await Milestone.create(plan=plan, title="t", due_date=in_days(3))
    for path, data in (
        (f"{base}/problems", {"kind": "other"}),
        (f"{base}/problems/{problem.id}", {"status": "resolved"}),
        (f"{base}/plan", {"summary": "x", "responsible_organisation_id": str(plan.responsible_id)}),
        (f"{base}/milestones/{milestone.id}/done", {}),
        (f"{base}/import", {}),
        (f"{base}/import/confirm", {"token": "x"}),
        (f"{base}/batch", {"type": "transfer_registration"}),
        (f"{base}/batch/confirm", {"type": "transfer_registration", "house_id": "x"}),
    ):
        resp = await client.post(path, data=data)
        assert resp.status_code == 403 and "表单校验失败" in resp.text, path
    assert (await Problem.get(id=problem.id)).status.value == "open"
    assert (await Milestone.get(id=milestone.id)).done_at is None
    assert await Problem.all().count() == 1


async def test_houses_are_paginated_in_the_database(client, estate_world):
    estate = estate_world.estate
    rows = "".join(f"5,1,{room},80\n" for room in range(101, 126))  # 25 more: 28 in all
    await console_login(client, "clerk")
    token = csrf_of((await _page(client, f"/console/estates/{estate.id}/import")).text)
    preview = await client.post(
        f"/console/estates/{estate.id}/import",
        data={"csrf_token": token},
        files=_csv("楼栋号,单元,室号,合同面积\n" + rows),
    )
    staged = re.search(r'name="token" value="([^"]+)"', preview.text).group(1)
    await client.post(
        f"/console/estates/{estate.id}/import/confirm", data={"csrf_token": token, "token": staged}
    )
    first = await _page(client, f"/console/estates/{estate.id}")
    assert "共 28 套，2 栋" in first.text and "1栋1单元301室" in first.text
    assert "5栋1单元124室" not in first.text
    # the pager's htmx request gets the table alone
    second = await client.get(
        f"/console/estates/{estate.id}?page=2", headers={"HX-Request": "true"}
    )
    assert second.status_code == 200 and "<html" not in second.text
    assert "5栋1单元125室" in second.text and "1栋1单元301室" not in second.text
