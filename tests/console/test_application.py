"""The application page: the clerk accepts with a 容缺 deferral, a department approves its step,
the scope answers the console's 404, roles keep to their own actions."""

from __future__ import annotations

import re

from banzheng.applications.models import Application, ApplicationMaterial, MaterialState
from banzheng.materials.models import PreReviewVerdict
from tests.applications.conftest import TRANSFER_ALL, in_days, submitted
from tests.console.conftest import console_login, csrf_of

WITHOUT_MARRIAGE = [c for c in TRANSFER_ALL if c != "marital_status"]


async def _open(client, application_id):
    page = await client.get(f"/console/applications/{application_id}")
    assert page.status_code == 200, page.text
    return page


async def test_clerk_accepts_with_one_deferred_material_and_the_tax_office_approves(
    client, console_world, act, drain
):
    application = await submitted(act, console_world, drain, codes=WITHOUT_MARRIAGE)
    await console_login(client, "clerk")
    page = await _open(client, application["id"])
    assert "容缺受理「" in page.text and 'name="defer_marital_status"' in page.text
    assert "/console/files/" in page.text and "预审" in page.text
    # an image of the page is served to the clerk, inline
    object_id = re.search(r'/console/files/([A-Za-z0-9_-]+)"', page.text).group(1)
    image = await client.get(f"/console/files/{object_id}")
    assert image.status_code == 200 and image.headers["content-type"].startswith("image/")
    resp = await client.post(
        f"/console/applications/{application['id']}/accept",
        data={"csrf_token": csrf_of(page.text), "defer_marital_status": in_days(3)},
    )
    assert resp.status_code == 303, resp.text
    stored = await Application.get(id=application["id"])
    assert stored.status.value == "department_review"
    deferred = await ApplicationMaterial.get(
        application_id=application["id"], requirement_code="marital_status"
    )
    assert deferred.state is MaterialState.deferred
    done = await client.get(resp.headers["location"])
    assert "已受理" in done.text and "完税核验" in done.text

    client.cookies.clear()
    await console_login(client, "tax")
    page = await _open(client, application["id"])
    step_id = re.search(r"/steps/([0-9a-f-]+)/approve", page.text).group(1)
    resp = await client.post(
        f"/console/applications/{application['id']}/steps/{step_id}/approve",
        data={"csrf_token": csrf_of(page.text), "opinion": "完税信息核验无误"},
    )
    assert resp.status_code == 303, resp.text
    after = await client.get(resp.headers["location"])
    assert "完税信息核验无误" in after.text and "已通过" in after.text


async def test_a_reviewer_cannot_reach_the_clerks_accept_action(client, console_world, act, drain):
    application = await submitted(act, console_world, drain)
    await console_login(client, "tax")
    page = await client.get("/console/queue")
    resp = await client.post(
        f"/console/applications/{application['id']}/accept",
        data={"csrf_token": csrf_of(page.text)},
    )
    assert resp.status_code == 403 and "无权操作" in resp.text
    assert (await Application.get(id=application["id"])).status.value == "pre_review"


async def test_another_streets_clerk_gets_the_console_404(client, console_world, act, drain):
    application = await submitted(act, console_world, drain)
    await console_login(client, "clerk-xinhua")
    page = await client.get(f"/console/applications/{application['id']}")
    assert page.status_code == 404 and "不在您的辖区内" in page.text
    assert "<html" in page.text  # the console's page, not the API's JSON
    queue = await client.get("/console/queue")
    resp = await client.post(
        f"/console/applications/{application['id']}/accept",
        data={"csrf_token": csrf_of(queue.text)},
    )
    assert resp.status_code == 404


async def test_supplement_request_lists_every_ticked_problem_and_grades_verdicts(
    client, console_world, act, drain
):
    application = await submitted(act, console_world, drain, codes=WITHOUT_MARRIAGE)
    await console_login(client, "clerk")
    page = await _open(client, application["id"])
    verdict = await PreReviewVerdict.filter(application_id=application["id"]).first()
    marked = await client.post(
        f"/console/applications/{application['id']}/verdicts/{verdict.id}",
        data={"agrees": "0"},
        headers={"X-CSRF-Token": csrf_of(page.text), "HX-Request": "true"},
    )
    assert marked.status_code == 200 and "不同意" in marked.text
    await verdict.refresh_from_db()
    assert verdict.clerk_agrees is False
    resp = await client.post(
        f"/console/applications/{application['id']}/supplement-request",
        data={
            "csrf_token": csrf_of(page.text),
            "item": ["marital_status", "purchase_invoice"],
            "problem_marital_status": "请补交婚姻状况证明",
            "problem_purchase_invoice": "发票金额不清晰",
            "other": "请携带原件到窗口核对",
        },
    )
    assert resp.status_code == 303, resp.text
    done = await client.get(resp.headers["location"])
    for problem in ("请补交婚姻状况证明", "发票金额不清晰", "请携带原件到窗口核对"):
        assert problem in done.text
    await verdict.refresh_from_db()
    assert verdict.clerk_agrees is False  # the explicit opinion stands


async def test_accepting_without_deferring_a_missing_material_explains_why(
    client, console_world, act, drain
):
    application = await submitted(act, console_world, drain, codes=WITHOUT_MARRIAGE)
    await console_login(client, "clerk")
    page = await _open(client, application["id"])
    resp = await client.post(
        f"/console/applications/{application['id']}/accept",
        data={"csrf_token": csrf_of(page.text)},
    )
    assert resp.status_code == 422 and "尚未提交" in resp.text
    assert (await Application.get(id=application["id"])).status.value == "pre_review"
