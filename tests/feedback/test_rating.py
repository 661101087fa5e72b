"""Rating by QR scan: 一次一评 / 一事一评, 差评 → rectification case, appeals, QR codes, 404s."""

from __future__ import annotations

import io

from pypdf import PdfReader

from banzheng.common.models import AuditEvent
from banzheng.communities.models import Company, CompanyKind
from banzheng.feedback.models import CaseStatus, Rating, RectificationCase
from banzheng.signatures import render
from tests.applications.conftest import submitted
from tests.helpers import assert_error, writes_nothing


async def test_an_owner_rates_a_window_once_per_visit(act, targets):
    owner = await act("alice")
    shown = (await owner.get(f"/api/v1/feedback/t/{targets.window.code}")).json()
    assert shown["channel"] == "onsite" and shown["already_rated"] is False
    assert [i["label"] for i in shown["indicators"]] == ["服务效率", "服务水平", "服务态度"]
    assert [lv["label"] for lv in shown["levels"]] == [
        "非常满意", "满意", "基本满意", "不满意", "非常不满意",
    ]  # fmt: skip
    path = f"/api/v1/feedback/t/{targets.window.code}/ratings"
    resp = await owner.post(
        path, json={"level": 5, "indicators": {"attitude": 5}, "comment": "很耐心"}
    )
    assert resp.status_code == 201, resp.text
    assert resp.json()["level_label"] == "非常满意" and resp.json()["case"] is None
    async with writes_nothing():
        again = await owner.post(path, json={"level": 4})
    error = assert_error(again, 409, "ALREADY_RATED")
    assert error["message"] == "您本次已评价过，感谢您的反馈。同一服务每次只能评价一次"
    other = await owner.post(f"/api/v1/feedback/t/{targets.staff.code}/ratings", json={"level": 4})
    assert other.status_code == 201  # another target, same visit: allowed
    bad = await owner.post(
        f"/api/v1/feedback/t/{targets.station.code}/ratings",
        json={"level": 4, "indicators": {"guide_accuracy": 5}},
    )
    assert_error(bad, 422, "BAD_INDICATORS")  # an online indicator on an on-site target


async def test_a_bad_rating_opens_a_rectification_case_the_owner_can_follow(act, targets):
    owner = await act("alice")
    resp = await owner.post(
        f"/api/v1/feedback/t/{targets.staff.code}/ratings",
        json={
            "level": 2,
            "comment": "<b>态度</b>很差<script>alert(1)</script> <img src=x onerror=y>",
        },
    )
    assert resp.status_code == 201, resp.text
    rating = await Rating.get(id=resp.json()["id"])
    assert rating.comment == "态度很差"  # markup gone, not escaped
    case = await RectificationCase.get(rating=rating)
    assert case.status is CaseStatus.open and case.due_at > rating.created_at
    mine = (await owner.get("/api/v1/me/ratings")).json()["items"]
    assert mine[0]["case"]["status_label"] == "待回访核实"
    assert mine[0]["case"]["comment"] == ""  # the owner sees the status, not staff notes

    clerk = await act("clerk")
    cases = (await clerk.get("/api/v1/feedback/cases")).json()["items"]
    assert [c["id"] for c in cases] == [str(case.id)]
    early = await clerk.post(f"/api/v1/feedback/cases/{case.id}/rectify", json={"note": "x"})
    assert_error(early, 409, "CASE_STATE")  # return visit first
    visited = await clerk.post(
        f"/api/v1/feedback/cases/{case.id}/visit", json={"note": "电话回访，业主反映等候时间长"}
    )
    assert visited.json()["status"] == "visited"
    done = await clerk.post(
        f"/api/v1/feedback/cases/{case.id}/rectify", json={"note": "增设取号提醒"}
    )
    assert done.json()["status_label"] == "已整改"
    listed = await clerk.get("/api/v1/feedback/cases?status=rectified")
    assert [c["id"] for c in listed.json()["items"]] == [str(case.id)]
    assert (await clerk.get("/api/v1/feedback/cases?status=open")).json()["items"] == []
    unknown = assert_error(
        await clerk.get("/api/v1/feedback/cases?status=closed"), 422, "VALIDATION_ERROR"
    )
    assert unknown["details"]["fields"][0]["field"] == "status", unknown
    mine = (await owner.get("/api/v1/me/ratings")).json()["items"]
    assert mine[0]["case"]["status_label"] == "已整改"
    assert {"feedback.rated", "feedback.case_visited", "feedback.case_rectified"} <= set(
        await AuditEvent.all().values_list("action", flat=True)
    )
    outside = await act("clerk-xinhua")
    assert_error(
        await outside.post(f"/api/v1/feedback/cases/{case.id}/visit", json={"note": "x"}),
        404,
        "NOT_FOUND",
    )


async def test_the_rated_staff_member_appeals_and_a_supervisor_decides(act, targets):
    owner = await act("alice")
    await owner.post(f"/api/v1/feedback/t/{targets.staff.code}/ratings", json={"level": 1})
    case = await RectificationCase.first()
    tax = await act("tax")
    assert_error(
        await tax.post(f"/api/v1/feedback/cases/{case.id}/appeal", json={"reason": "x"}),
        403,
        "FORBIDDEN",
    )  # in the district bureau's scope, but it is not the one rated
    clerk = await act("clerk")  # the rated staff member
    made = await clerk.post(
        f"/api/v1/feedback/cases/{case.id}/appeal", json={"reason": "评价人当天未到窗口办事"}
    )
    assert made.status_code == 201, made.text
    assert made.json()["status"] == "appealed"
    assert_error(
        await clerk.post(
            f"/api/v1/feedback/cases/{case.id}/appeal/decision",
            json={"upheld": True, "note": "x"},
        ),
        403,
        "FORBIDDEN",
    )
    supervisor = await act("supervisor")
    decided = await supervisor.post(
        f"/api/v1/feedback/cases/{case.id}/appeal/decision",
        json={"upheld": True, "note": "监控显示评价人当日未办理业务，属误评"},
    )
    assert decided.json()["status_label"] == "经复核，该评价不计入"
    assert (await Rating.get(id=case.rating_id)).voided
    figures = (await supervisor.get("/api/v1/feedback/figures?group=staff")).json()
    assert figures["items"] == []  # the voided rating no longer counts


async def test_a_receipt_is_rated_once_per_application_after_acceptance(act, world, drain):
    detail = await submitted(act, world, drain)
    owner = await act("alice")
    target = (await owner.get(f"/api/v1/applications/{detail['id']}/rating-target")).json()
    assert target["channel"] == "online" and "一事一评" in target["rule"]
    path = f"/api/v1/feedback/t/{target['code']}/ratings"
    assert_error(await owner.post(path, json={"level": 5}), 409, "NOT_YET_RATABLE")
    await (await act("clerk")).post(f"/api/v1/applications/{detail['id']}/accept", json={})
    ok = await owner.post(path, json={"level": 4, "indicators": {"guide_accuracy": 5}})
    assert ok.status_code == 201, ok.text
    again = await owner.post(path, json={"level": 5})
    assert assert_error(again, 409, "ALREADY_RATED")["message"].startswith("这件申请已经评价过了")
    # It counts for the estate of the application's house, and for the company managing it.
    anju = await Company.create(name="安居物业", kind=CompanyKind.property_manager)
    world.estate.property_manager = anju
    await world.estate.save()
    supervisor = await act("supervisor")
    for group, name in (("estate", world.estate.name), ("company", "安居物业")):
        rows = (await supervisor.get(f"/api/v1/feedback/figures?group={group}")).json()["items"]
        assert [(r["name"], r["ratings"], r["satisfied"]) for r in rows] == [(name, 1, 1)], group
    bob = await act("bob")
    assert_error(await bob.get(f"/api/v1/feedback/t/{target['code']}"), 404, "NOT_FOUND")


async def test_unknown_or_altered_codes_answer_404(client, act, targets):
    owner = await act("alice")
    code = targets.window.code
    altered = code[:-1] + ("2" if code[-1] != "2" else "3")
    for bad in (altered, "zzzzzzzzzz", "short", code.upper()):
        assert_error(await owner.get(f"/api/v1/feedback/t/{bad}"), 404, "NOT_FOUND")
        page = await client.get(f"/q/{bad}")
        assert page.status_code == 404 and "二维码无效" in page.text


async def test_qr_codes_png_svg_and_a_printable_poster(act, targets):
    clerk = await act("clerk")
    base = f"/api/v1/feedback/targets/{targets.window.id}"
    png = await clerk.get(f"{base}/qr.png")
    assert png.headers["content-type"] == "image/png" and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    assert Image.open(io.BytesIO(png.content)).size[0] >= 200
    svg = await clerk.get(f"{base}/qr.svg")
    assert svg.headers["content-type"] == "image/svg+xml" and b"<svg" in svg.content
    pdf = await clerk.get(f"{base}/poster.pdf")
    reader = PdfReader(io.BytesIO(pdf.content))
    text = reader.pages[0].extract_text()
    assert "请为我们的服务评价" in text and "和平街道 3 号窗口" in text
    assert f"/q/{targets.window.code}" in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4
    fonts = reader.pages[0]["/Resources"]["/Font"]
    # the signatures domain's font setup (one for every PDF), not one of the poster's own
    assert f"/{render.FONT}" in {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    outside = await act("clerk-xinhua")
    assert_error(await outside.get(f"{base}/qr.png"), 404, "NOT_FOUND")
    assert_error(await clerk.get(f"{base}/qr.gif"), 404, "NOT_FOUND")
