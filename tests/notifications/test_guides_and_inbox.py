"""Guides in sanitised Markdown, risk notices by moment and condition, the fee preview before a
draft, the inbox, and policy broadcasts in batches."""

from __future__ import annotations

from decimal import Decimal

from banzheng.accounts.models import User
from banzheng.applications import rules
from banzheng.common.models import AuditEvent
from banzheng.communities.models import HouseOwner
from banzheng.notifications import broadcasts
from banzheng.notifications.guides import render
from banzheng.notifications.models import Broadcast, Message, MessageKind
from tests import factories
from tests.helpers import assert_error, login_as, writes_nothing
from tests.notifications.conftest import Notify

HOSTILE = """# 标题

正文 <script>alert('x')</script> 继续

<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">点我</a>
[也点我](javascript:alert(3)) <a href="https://example.gov.cn/" onclick="steal()">政府网站</a>
<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>
"""


def test_markdown_renders_without_script_handlers_or_javascript_links():
    html = render(HOSTILE)
    lowered = html.lower()
    for forbidden in (
        "<script",
        "alert(",
        "onerror",
        "onclick",
        "javascript:",
        "<iframe",
        "<style",
        "<img",
    ):
        assert forbidden not in lowered, (forbidden, html)
    assert "<h1>" not in html  # only the tags we allow (h2–h4 for sections)
    assert "正文" in html and "继续" in html
    assert '<a href="https://example.gov.cn/" rel="noopener noreferrer">政府网站</a>' in html


async def test_staff_edit_a_guide_owners_read_it_sanitised(app, client, world, notify):
    await factories.staff("editor", "admin", world.orgs.city)
    editor = await login_as(client, "editor")
    owner = await login_as(client, "alice")
    path = "/api/v1/admin/guides/faq/hostile"
    async with writes_nothing():
        refused = await client.put(path, json={"title": "x", "markdown": "y"}, headers=owner)
    assert_error(refused, 403, "FORBIDDEN")
    resp = await client.put(path, json={"title": "一个问题", "markdown": HOSTILE}, headers=editor)
    assert resp.status_code == 201, resp.text
    assert resp.json()["markdown"] == HOSTILE.strip()  # the source is kept for the editor…
    shown = (await client.get("/api/v1/guides/faq/hostile", headers=owner)).json()
    assert "<script" not in shown["html"] and "javascript:" not in shown["html"]  # …never served
    assert await AuditEvent.filter(action="guide.created").count() == 1
    again = await client.put(path, json={"title": "改", "markdown": "新的"}, headers=editor)
    assert again.status_code == 200 and again.json()["html"] == "<p>新的</p>\n"
    bad = await client.put(
        "/api/v1/admin/guides/risk_notice/x",
        json={"title": "x", "markdown": "y", "steps": ["nowhere"]},
        headers=editor,
    )
    assert_error(bad, 422, "GUIDE_INVALID")
    assert_error(await client.get("/api/v1/guides/nonsense/x", headers=owner), 404, "NOT_FOUND")


async def test_seeded_guides_replace_the_mini_program_text(client, notify):
    owner = await login_as(client, "alice")
    guide = (
        await client.get("/api/v1/guides/application_type/transfer_registration", headers=owner)
    ).json()
    assert "俗称“房本”" in guide["html"]
    kinds = (await client.get("/api/v1/guides", headers=owner)).json()["items"]
    assert {g["kind"] for g in kinds} == {"application_type", "problem", "faq", "risk_notice"}
    problems = (await client.get("/api/v1/guides?kind=problem", headers=owner)).json()["items"]
    assert {g["key"] for g in problems} >= {"planning_incomplete", "developer_missing"}


async def test_risk_notices_follow_the_moment_and_the_condition(act, world, notify):
    owner = await act("alice")
    before = (await owner.get("/api/v1/notices?moment=apply")).json()["items"]
    assert [n["key"] for n in before] == ["check-before-submit"]  # unconditional only
    from tests.applications.conftest import submitted

    world.house.measured_area = world.house.contract_area * 105 / 100  # a 5 % difference
    await world.house.save()
    detail = await submitted(act, world, notify.drain)
    clerk = await act("clerk")
    await clerk.post(f"/api/v1/applications/{detail['id']}/accept", json={})
    await notify.drain()
    shown = (await owner.get(f"/api/v1/applications/{detail['id']}/notices")).json()["items"]
    assert "area-difference-settlement" in [n["key"] for n in shown]
    sent = await Message.filter(kind=MessageKind.risk_notice).values_list("title", flat=True)
    assert "风险提示：面积差异未结算，将影响登簿、出售和抵押" in sent
    bob = await act("bob")
    assert (await bob.get(f"/api/v1/applications/{detail['id']}/notices")).status_code == 404


async def test_fees_are_previewed_before_a_draft_exists(act, world, notify):
    owner = await act("alice")
    resp = await owner.get(
        "/api/v1/fees/preview",
        params={"house_id": str(world.house.id), "contract_price": "1000000", "home_count": "1"},
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    lines = {line["code"]: line["amount"] for line in body["lines"]}
    # 101.50 m² measured, only home ≤ 140 m²: 1 % of 1,000,000; fund 80 × 101.50; the
    # registration fee per case (rules.REGISTRATION_FEE_HOUSING)
    assert lines["deed_tax"] == "10000.00"
    assert lines["maintenance_fund"] == "8120.00"
    fee = rules.REGISTRATION_FEE_HOUSING
    assert Decimal(lines["registration_fee"]) == fee
    assert Decimal(body["total"]) == Decimal("18120.00") + fee
    bob = await act("bob")
    denied = await bob.get("/api/v1/fees/preview", params={"house_id": str(world.house.id)})
    assert_error(denied, 404, "NOT_FOUND")
    assert_error(
        await owner.get("/api/v1/fees/preview", params={"house_id": "x" * 36}), 404, "NOT_FOUND"
    )
    bad = await owner.get(
        "/api/v1/fees/preview", params={"house_id": str(world.house.id), "home_count": "0"}
    )
    assert_error(bad, 422, "VALIDATION_ERROR")


async def test_the_inbox_pages_counts_and_marks_read(client, world, notify):
    alice = await User.get(username="alice")
    for n in range(25):
        await Message.create(
            recipient=alice,
            kind=MessageKind.step_done,
            title=f"消息 {n}",
            body="…",
            dedupe_key=f"t:{n}",
        )
    headers = await login_as(client, "alice")
    first = (await client.get("/api/v1/me/messages?size=10", headers=headers)).json()
    assert (first["total"], first["unread"], len(first["items"])) == (25, 25, 10)
    assert first["items"][0]["title"] == "消息 24"  # newest first
    third = (await client.get("/api/v1/me/messages?size=10&page=3", headers=headers)).json()
    assert len(third["items"]) == 5
    one = first["items"][0]["id"]
    read = await client.post(f"/api/v1/me/messages/{one}/read", headers=headers)
    assert read.json()["read_at"].endswith("+08:00")
    count = (await client.get("/api/v1/me/messages/unread-count", headers=headers)).json()
    assert count == {"unread": 24}
    bob = await login_as(client, "bob")
    assert_error(
        await client.post(f"/api/v1/me/messages/{one}/read", headers=bob), 404, "NOT_FOUND"
    )
    unread_only = (await client.get("/api/v1/me/messages?unread=true", headers=headers)).json()
    assert unread_only["total"] == 24
    done = (await client.post("/api/v1/me/messages/read-all", headers=headers)).json()
    assert done == {"updated": 24, "unread": 0}
    assert_error(
        await client.get("/api/v1/me/messages?unread=maybe", headers=headers), 422, "BAD_FILTER"
    )


async def test_a_policy_update_reaches_every_owner_of_the_chosen_estates_in_batches(
    client, world, notify: Notify, monkeypatch
):
    monkeypatch.setattr(broadcasts, "BATCH_SIZE", 2)
    other_estate = await factories.community(world.orgs.heping, "另一个小区")
    owners = [await factories.owner(f"owner{n}") for n in range(5)]
    for n, person in enumerate(owners):
        await factories.house(world.orgs.heping, owner=person, room=f"5{n}", estate=world.estate)
    outsider = await factories.owner("outsider")
    await factories.house(world.orgs.heping, owner=outsider, room="9", estate=other_estate)
    await factories.staff("editor", "supervisor", world.orgs.city)
    editor = await login_as(client, "editor")
    resp = await client.post(
        "/api/v1/admin/broadcasts",
        json={
            "title": "维修资金缴存标准调整",
            "markdown": "自 2027 年 1 月 1 日起，首期维修资金按 **每平方米 85 元** 缴存。",
            "community_ids": [str(world.estate.id)],
        },
        headers=editor,
    )
    assert resp.status_code == 202, resp.text
    await notify.drain()
    broadcast = await Broadcast.get(id=resp.json()["id"])
    expected = set(
        await HouseOwner.filter(house__building__community_id=world.estate.id).values_list(
            "owner_id", flat=True
        )
    )
    assert len(expected) == 6  # alice and the five
    assert (broadcast.recipients, broadcast.batches, broadcast.batches_done) == (6, 3, 3)
    messages = await Message.filter(kind=MessageKind.policy_update)
    assert {m.recipient_id for m in messages} == expected
    assert "每平方米 85 元" in messages[0].body
    # A batch job that runs again writes nothing twice.
    ids = sorted(str(i) for i in expected)[:2]
    assert await broadcasts.send_batch(broadcast_id=str(broadcast.id), batch=0, user_ids=ids) == 0
    assert await Message.filter(kind=MessageKind.policy_update).count() == 6
    status = (await client.get(f"/api/v1/admin/broadcasts/{broadcast.id}", headers=editor)).json()
    assert (status["status"], status["status_label"]) == ("done", "已发送")
    owner = await login_as(client, "alice")
    assert (
        await client.post("/api/v1/admin/broadcasts", json={}, headers=owner)
    ).status_code == 403
    hidden = await client.post(
        "/api/v1/admin/broadcasts",
        json={"title": "t", "markdown": "m", "community_ids": ["not-a-uuid"]},
        headers=editor,
    )
    assert_error(hidden, 404, "NOT_FOUND")
