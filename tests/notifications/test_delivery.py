"""Messages from workflow events reach owners and staff: WeChat subscription messages with
counted consents, the SMS fallback, tokens refreshed once, at most one message per channel."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from banzheng.accounts.models import User
from banzheng.applications import sla
from banzheng.applications.models import ApprovalStep
from banzheng.notifications import delivery as delivery_mod
from banzheng.notifications.models import Channel, Delivery, DeliveryStatus, Message, MessageKind
from banzheng.notifications.service import quiet_until
from tests.applications.conftest import submitted
from tests.notifications.conftest import ALICE_PHONE, SMS_TEMPLATES, TEMPLATES

DS = DeliveryStatus


async def accept(act, world, notify) -> dict:
    detail = await submitted(act, world, notify.drain)
    resp = await (await act("clerk")).post(f"/api/v1/applications/{detail['id']}/accept", json={})
    assert resp.status_code == 200, resp.text
    await notify.drain()
    return resp.json()


async def fresh_sms_delivery(tag: str) -> Delivery:
    message = await Message.create(
        recipient=await User.get(username="alice"),
        kind=MessageKind.registered,
        title="已登簿",
        body="您的不动产登记已记载于登记簿。",
        dedupe_key=f"test:{tag}",
        params={"number": "BZ2026120100000001", "status": "已登簿", "detail": "正在缮制证书"},
    )
    delivery = await Delivery.create(message=message, channel=Channel.sms, template="progress")
    delivery.message = message
    return delivery


async def consent(act, template_key: str, times: int = 1) -> None:
    owner = await act("alice")
    for _ in range(times):
        resp = await owner.post(
            "/api/v1/me/subscriptions",
            json={
                "results": {TEMPLATES[template_key]: "accept", TEMPLATES["certificate"]: "reject"}
            },
        )
        assert resp.status_code == 200, resp.text


async def test_with_consent_the_owner_gets_one_wechat_message_and_an_inbox_entry(
    act, world, notify
):
    await consent(act, "progress")
    notify.wechat.consents = {"openid-alice": {TEMPLATES["progress"]: 1}}
    detail = await accept(act, world, notify)

    assert len(notify.wechat.sent) == 1
    sent = notify.wechat.sent[0]
    assert sent["touser"] == "openid-alice"
    assert sent["template_id"] == TEMPLATES["progress"]
    assert sent["data"]["character_string1"]["value"] == detail["number"]
    assert sent["data"]["phrase2"]["value"] == "已受理"
    assert sent["page"] == f"pages/progress/index?application_id={detail['id']}"
    assert notify.sms.messages == []  # WeChat carried it: no SMS as well
    owner = await act("alice")
    inbox = (await owner.get("/api/v1/me/messages")).json()
    assert inbox["unread"] == 1
    assert inbox["items"][0]["title"] == "您的办证申请已受理"
    assert inbox["items"][0]["deliveries"] == [
        {
            "channel": "wechat",
            "channel_label": "微信订阅消息",
            "status": "sent",
            "status_label": "已发送",
            "note": "",
        }
    ]
    subs = (await owner.get("/api/v1/me/subscriptions")).json()
    assert {t["key"]: t["remaining"] for t in subs["templates"]}["progress"] == 0


async def test_no_consent_counted_falls_back_to_a_signed_sms(act, world, notify):
    detail = await accept(act, world, notify)
    assert notify.wechat.sent == []
    assert not any(r["path"].endswith("/subscribe/send") for r in notify.wechat.requests)
    [sms] = notify.sms.messages
    assert sms["PhoneNumbers"] == ALICE_PHONE
    assert sms["TemplateCode"] == SMS_TEMPLATES["progress"]
    assert sms["SignName"] == "小区办证"
    assert sms["TemplateParam"]["number"] == detail["number"]
    assert notify.sms.refused == []  # the gateway verified our HMAC signature
    wechat = await Delivery.get(channel=Channel.wechat)
    assert (wechat.status, wechat.note) == (DS.skipped, "未订阅或订阅次数已用完；已改用短信发送")
    assert (await Delivery.get(channel=Channel.sms)).status is DS.sent


async def test_no_consent_left_at_wechat_43101_resets_the_count_and_falls_back(act, world, notify):
    await consent(act, "progress", times=2)  # we counted two, but WeChat has none left
    notify.wechat.consents = {"openid-alice": {TEMPLATES["progress"]: 0}}
    await accept(act, world, notify)
    assert notify.wechat.sent == []
    assert len(notify.sms.messages) == 1
    subs = (await (await act("alice")).get("/api/v1/me/subscriptions")).json()
    assert {t["key"]: t["remaining"] for t in subs["templates"]}["progress"] == 0


async def test_an_expired_token_is_refreshed_once_and_the_send_retried(act, world, notify):
    await consent(act, "progress")
    notify.wechat.consents = {"openid-alice": {TEMPLATES["progress"]: 1}}
    token = await notify.app.ctx.wechat.access_token(notify.app.ctx.redis)
    notify.wechat.expired_tokens = {token}  # WeChat now answers 42001 for the cached token
    await accept(act, world, notify)
    assert len(notify.wechat.sent) == 1
    assert notify.wechat.forced_refreshes == 1
    assert notify.wechat.tokens_issued == ["token-1", "token-2"]


async def test_one_refresh_for_all_processes_and_forced_refreshes_capped_per_day(notify):
    redis = notify.app.ctx.redis
    settings = notify.settings.model_copy(update={"WECHAT_FORCE_REFRESH_PER_DAY": 1})
    from banzheng.wechat import make_wechat

    clients = [make_wechat(settings) for _ in range(8)]  # as if eight processes
    try:
        first = await clients[0].access_token(redis)
        renewed = await asyncio.gather(*(c.access_token(redis, stale=first) for c in clients))
        assert set(renewed) == {"token-2"}  # one forced refresh, the others read it
        assert notify.wechat.forced_refreshes == 1
        # WeChat refuses token-2 too: the day's forced refresh is used up, so the normal
        # stable_token answer (the current token) is all we fetch; no second forced refresh.
        again = await clients[1].access_token(redis, stale="token-2")
        assert again == "token-2" and notify.wechat.forced_refreshes == 1
    finally:
        for c in clients:
            await c.aclose()


async def test_a_job_that_runs_twice_sends_once(act, world, notify):
    await consent(act, "progress")
    notify.wechat.consents = {"openid-alice": {TEMPLATES["progress"]: 5}}
    await accept(act, world, notify)
    senders = notify.senders()
    try:
        for delivery in await Delivery.all():
            assert await delivery_mod.deliver(delivery.id, senders) == "sent"
    finally:
        await senders.aclose()
    assert len(notify.wechat.sent) == 1
    assert await Message.filter(kind=MessageKind.accepted).count() == 1


async def test_a_delivery_killed_mid_send_is_retried_and_sends_one_sms(act, world, notify):
    sms = await fresh_sms_delivery("killed")
    notify.sms.hold = __import__("threading").Event()
    senders = notify.senders()
    try:
        running = asyncio.create_task(delivery_mod.deliver(sms.id, senders))
        await asyncio.to_thread(notify.sms.received.wait, 5)  # the gateway has the message…
        running.cancel()  # …and the worker dies before hearing back
        await asyncio.gather(running, return_exceptions=True)
        notify.sms.hold.set()
        assert (await Delivery.get(id=sms.id)).status is DS.sending
        # The retry within the lease waits; after it, the gateway is asked by OutId.
        assert await delivery_mod.deliver(sms.id, senders) == "in_flight"
        later = datetime.now(UTC) + delivery_mod.LEASE + timedelta(seconds=1)
        assert await delivery_mod.deliver(sms.id, senders, now=later) == "sent"
        assert await delivery_mod.deliver(sms.id, senders, now=later) == "sent"
    finally:
        await senders.aclose()
    assert [m["OutId"] for m in notify.sms.messages] == [str(sms.id)]  # one message, not two


async def test_a_delivery_killed_before_the_gateway_got_it_is_sent_on_retry(act, world, notify):
    message = (await fresh_sms_delivery("stuck")).message
    await Delivery.filter(message=message).delete()
    stuck = await Delivery.create(
        message=message,
        channel=Channel.sms,
        template="progress",
        status=DS.sending,
        claimed_at=datetime.now(UTC) - delivery_mod.LEASE * 2,
    )
    senders = notify.senders()
    try:
        assert await delivery_mod.deliver(stuck.id, senders) == "sent"
    finally:
        await senders.aclose()
    assert len(notify.sms.messages) == 1


async def test_a_wrong_sms_secret_is_refused_and_not_retried(act, world, notify):
    wrong = notify.settings.model_copy(update={"SMS_ACCESS_KEY_SECRET": "not-the-secret"})
    notify.settings = wrong
    await accept(act, world, notify)
    assert notify.sms.messages == [] and notify.sms.refused == ["SignatureDoesNotMatch"]
    sms = await Delivery.get(channel=Channel.sms)
    assert (sms.status, sms.note) == (DS.failed, "通知渠道拒绝了该消息")


async def test_sms_per_number_limits_defer_the_next_message(act, world, notify):
    notify.settings = notify.settings.model_copy(update={"SMS_PER_NUMBER_LIMITS": "1/minute"})
    from banzheng.notifications import config

    config.configure(config.from_settings(notify.settings))
    await accept(act, world, notify)  # 已受理 → one SMS
    extra = await fresh_sms_delivery("second")
    senders = notify.senders()
    try:
        assert await delivery_mod.deliver(extra.id, senders) == "deferred"
    finally:
        await senders.aclose()
    deferred = await Delivery.get(id=extra.id)
    assert deferred.status is DS.pending and deferred.note == "该号码短信已达发送上限，稍后发送"
    wait = deferred.not_before - datetime.now(UTC)
    assert timedelta(seconds=1) < wait <= timedelta(seconds=61)
    assert len(notify.sms.messages) == 1


async def test_quiet_hours_hold_non_urgent_messages_until_morning(act, world, notify):
    from zoneinfo import ZoneInfo

    beijing = ZoneInfo("Asia/Shanghai")
    night = datetime(2026, 12, 1, 23, 30, tzinfo=beijing)
    window = (datetime(2026, 1, 1, 21).time(), datetime(2026, 1, 1, 8).time())
    assert quiet_until(night, window) == datetime(2026, 12, 2, 8, 0, tzinfo=beijing)
    assert quiet_until(night.replace(hour=7), window) == datetime(2026, 12, 1, 8, 0, tzinfo=beijing)
    assert quiet_until(night.replace(hour=12), window) is None
    owner = await act("alice")
    resp = await owner.put("/api/v1/me/notification-settings", json={"quiet_hours": "00:00-23:59"})
    assert resp.json()["quiet_hours"] == "00:00-23:59"
    await accept(act, world, notify)
    assert notify.sms.messages == []  # held, not dropped
    [held] = await Delivery.filter(channel=Channel.wechat)
    assert held.status is DS.pending and held.not_before > datetime.now(UTC)


async def test_staff_get_overdue_warnings_in_the_inbox_and_by_sms(act, world, notify, app):
    from banzheng.accounts.service import seal_personal_data

    tax = await User.get(username="tax")
    seal_personal_data(tax, cipher=app.ctx.cipher, phone="13900000001")
    await tax.save()
    await accept(act, world, notify)
    step = await ApprovalStep.get(kind="tax_check")
    await sla.scan(now=step.due_at + timedelta(days=3))
    await notify.drain()
    reviewer = await act("tax")
    inbox = (await reviewer.get("/api/v1/me/messages")).json()
    titles = [m["title"] for m in inbox["items"]]
    assert any(t.startswith("已超时") and "完税核验" in t for t in titles), titles
    assert any(t.startswith("即将超时") for t in titles), titles
    staff_sms = [m for m in notify.sms.messages if m["PhoneNumbers"] == "13900000001"]
    assert {m["TemplateCode"] for m in staff_sms} == {SMS_TEMPLATES["warning"]}
    overdue = await Message.get(recipient=tax, kind=MessageKind.sla_overdue)
    assert overdue.urgent
    # Both were raised at once; the number's 1-per-minute limit holds the second SMS back.
    assert len(staff_sms) == 1
    held = await Delivery.get(channel=Channel.sms, status=DS.pending, message__recipient=tax)
    assert held.note == "该号码短信已达发送上限，稍后发送"


async def test_a_supplement_request_lists_every_problem_in_one_message(act, world, notify):
    detail = await submitted(act, world, notify.drain)
    clerk = await act("clerk")
    resp = await clerk.post(
        f"/api/v1/applications/{detail['id']}/supplement-request",
        json={
            "items": [
                {"requirement_code": "purchase_invoice", "problem": "发票金额看不清"},
                {"requirement_code": "marital_status", "problem": "结婚证缺少内页"},
            ]
        },
    )
    assert resp.status_code == 200, resp.text
    await notify.drain()
    message = await Message.get(kind=MessageKind.supplement_required)
    assert message.title == "请补正材料（共 2 项）"
    assert "1. 发票金额看不清" in message.body and "2. 结婚证缺少内页" in message.body
