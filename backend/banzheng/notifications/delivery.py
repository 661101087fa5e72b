"""Sending one delivery (one message on one outside channel), at most once.

Why at most once, and how: a queue job may run twice (a retry after a crash, saq's sweep).
Before calling WeChat or the SMS gateway the job claims the delivery (`pending → sending`, one
conditional UPDATE, committed), so only one run ever calls the provider for it. A run that
finds a claim older than `LEASE` knows an earlier run died mid-call and cannot know whether the
message left: for SMS it asks the gateway by our `OutId` (the delivery id) and sends only if the
gateway has no copy; WeChat has no such query, so the delivery is closed as "uncertain" rather
than risk a second message (the inbox holds it either way). Transient failures (network, WeChat
busy, gateway 5xx) release the claim and raise, so saq retries with backoff; the last attempt
closes the delivery as failed instead. WeChat's 43101 (no consent left) and a missing consent
fall back to SMS where the person has a number and has not turned SMS off.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from banzheng.common.errors import ApiError
from banzheng.common.ratelimit import RateLimited, RateLimiter
from banzheng.common.workdays import OFFICE_TZ
from banzheng.notifications import config, service
from banzheng.notifications.labels import (
    KINDS,
    NOTE_FELL_BACK,
    NOTE_NO_CONSENT,
    NOTE_NO_OPENID,
    NOTE_NO_PHONE,
    NOTE_NOT_CONFIGURED,
    NOTE_RATE_LIMITED,
    NOTE_REFUSED,
    NOTE_RETRIES_USED,
    NOTE_SMS_OFF,
    NOTE_UNCERTAIN,
    NOTE_WECHAT_OFF,
)
from banzheng.notifications.models import Channel, Delivery, DeliveryStatus, Message
from banzheng.notifications.sms import SendOutcome, SmsError, SmsGateway, SmsRequest
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.wechat import WeChatApiError, WeChatClient

log = logging.getLogger(__name__)
DS = DeliveryStatus
FINAL = frozenset({DS.sent, DS.skipped, DS.failed})
# A claim older than this belongs to a run that died: both providers answer within their
# timeouts (≤ 30 s each, settings), and a token refresh waits ≤ 6 s for its lock.
LEASE = timedelta(seconds=75)

NO_CONSENT = 43101  # WeChat: the user has no subscription consent left for this template
PERMANENT_WECHAT = frozenset({40003, 40037, 47003, 43107})  # bad openid, template, data, page

# How each subscription template lays out its fields (the templates chosen in the mini-program
# console must have these): field → which message param fills it.
WECHAT_FIELDS = {
    "progress": {
        "character_string1": "number",
        "phrase2": "status",
        "thing3": "detail",
        "time4": "time",
    },
    "supplement": {"character_string1": "number", "thing2": "detail", "time3": "time"},
    "certificate": {"character_string1": "number", "thing2": "detail", "time3": "time"},
}
# WeChat's value limits per field type (characters).
_FIELD_LIMITS = {"thing": 20, "phrase": 5, "character_string": 32, "time": 40}
SMS_PARAM_LIMIT = 35  # gateways cap one template variable of a notification message


@dataclass
class Senders:
    """What a delivery job talks to; built once per worker (notifications/jobs.py)."""

    redis: Any
    wechat: WeChatClient
    sms: SmsGateway | None
    limiter: RateLimiter
    cipher: FieldCipher

    async def aclose(self) -> None:
        await self.wechat.aclose()
        if self.sms is not None:
            await self.sms.aclose()


def _fit(field: str, value: str) -> str:
    kind = field.rstrip("0123456789")
    limit = _FIELD_LIMITS.get(kind, 20)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def wechat_data(template: str, message: Message) -> dict[str, str]:
    params = {**message.params, "time": _local(message.created_at)}
    return {
        field: _fit(field, str(params.get(name) or "—"))
        for field, name in WECHAT_FIELDS.get(template, {}).items()
    }


def sms_params(message: Message) -> dict[str, str]:
    return {k: str(v)[:SMS_PARAM_LIMIT] for k, v in message.params.items() if v is not None}


def _local(value: datetime) -> str:
    return value.astimezone(OFFICE_TZ).strftime("%Y年%m月%d日 %H:%M")


async def deliver(
    delivery_id: Any, senders: Senders, *, now: datetime | None = None, final: bool = False
) -> str:
    """Run one delivery; returns what happened (for logs and tests). `final`: this is the job's
    last attempt, so a transient failure closes the delivery instead of raising."""
    now = now or datetime.now(UTC)
    delivery = await Delivery.get_or_none(id=delivery_id).select_related("message__recipient")
    if delivery is None or delivery.status in FINAL:
        return delivery.status.value if delivery else "gone"
    if delivery.not_before and delivery.not_before > now:
        await service.enqueue_delivery(str(delivery.id), delivery.not_before)
        return "deferred"
    if delivery.status is DS.sending:
        if delivery.claimed_at and delivery.claimed_at > now - LEASE:
            await service.enqueue_delivery(str(delivery.id), delivery.claimed_at + LEASE)
            return "in_flight"
        if not await _earlier_run_sent_nothing(delivery, senders, now):
            return delivery.status.value
    if delivery.channel is Channel.wechat:
        return await _wechat(delivery, senders, now, final)
    return await _sms(delivery, senders, now, final)


async def _earlier_run_sent_nothing(delivery: Delivery, senders: Senders, now: datetime) -> bool:
    """A run died while calling the provider: did the message leave?"""
    user = delivery.message.recipient
    if delivery.channel is Channel.sms and senders.sms is not None and user.phone_enc:
        phone = senders.cipher.reveal(user, "phone_enc")
        outcome = await senders.sms.status(out_id=str(delivery.id), phone=phone)
        if outcome is SendOutcome.sent:
            await _finish(delivery, DS.sent, now, note="")
            log.info("sms already sent by an earlier run", extra={"delivery": str(delivery.id)})
            return False
        if outcome is SendOutcome.not_sent:
            return True
    await _finish(delivery, DS.failed, now, note=NOTE_UNCERTAIN)
    return False


async def _claim(delivery: Delivery, now: datetime) -> bool:
    query = Delivery.filter(id=delivery.id, status=delivery.status)
    query = (
        query.filter(claimed_at=delivery.claimed_at)
        if delivery.claimed_at
        else query.filter(claimed_at__isnull=True)
    )
    claimed = await query.update(status=DS.sending, claimed_at=now, attempts=delivery.attempts + 1)
    if claimed:
        delivery.status, delivery.claimed_at = DS.sending, now
        delivery.attempts += 1
    return bool(claimed)


async def _release(delivery: Delivery) -> None:
    await Delivery.filter(id=delivery.id, status=DS.sending).update(status=DS.pending)


async def _finish(
    delivery: Delivery, status: DeliveryStatus, now: datetime, *, note: str, ref: str = ""
) -> None:
    delivery.status, delivery.finished_at, delivery.note = status, now, note
    delivery.provider_ref = ref or delivery.provider_ref
    await delivery.save(update_fields=["status", "finished_at", "note", "provider_ref"])


async def _defer(delivery: Delivery, until: datetime, note: str) -> str:
    delivery.status, delivery.not_before, delivery.note = DS.pending, until, note
    await delivery.save(update_fields=["status", "not_before", "note"])
    await service.enqueue_delivery(str(delivery.id), until)
    return "deferred"


async def _fall_back(delivery: Delivery) -> None:
    """WeChat could not carry it: SMS, when the kind goes by SMS and the person can get one."""
    message = delivery.message
    spec = KINDS[message.kind]
    user = message.recipient
    pref = await service.preference(user.id)
    if spec.sms and pref.sms and user.phone_enc and config.current().sms_template(spec.sms):
        if await service.add_delivery(message, Channel.sms, spec.sms):
            delivery.note = f"{delivery.note}；{NOTE_FELL_BACK}"
            await delivery.save(update_fields=["note"])


async def _wechat(delivery: Delivery, senders: Senders, now: datetime, final: bool) -> str:
    message, user = delivery.message, delivery.message.recipient
    pref = await service.preference(user.id)
    cfg = config.current()
    template_id = cfg.wechat_template(delivery.template)
    refusal = (
        NOTE_NOT_CONFIGURED
        if not template_id
        else NOTE_WECHAT_OFF
        if not pref.wechat
        else NOTE_NO_OPENID
        if not user.wechat_openid
        else None
    )
    if refusal:
        await _finish(delivery, DS.skipped, now, note=refusal)
        await _fall_back(delivery)
        return "skipped"
    if not await _claim(delivery, now):
        return "claimed_elsewhere"
    if not await service.take_consent(user.id, delivery.template):
        await _finish(delivery, DS.skipped, now, note=NOTE_NO_CONSENT)
        await _fall_back(delivery)
        return "no_consent"
    try:
        await senders.wechat.send_subscribe_message(
            senders.redis,
            openid=user.wechat_openid,
            template_id=template_id,
            data=wechat_data(delivery.template, message),
            page=message.link or "pages/home/index",
            state=cfg.miniprogram_state,
        )
    except WeChatApiError as exc:
        if exc.errcode == NO_CONSENT:
            await service.no_consent_left(user.id, delivery.template)
            await _finish(delivery, DS.skipped, now, note=NOTE_NO_CONSENT)
            await _fall_back(delivery)
            return "no_consent"
        if exc.errcode in PERMANENT_WECHAT:
            await _finish(delivery, DS.failed, now, note=NOTE_REFUSED)
            await _fall_back(delivery)
            return "refused"
        await service.give_back_consent(user.id, delivery.template)
        return await _transient(delivery, now, final, exc, fall_back=True)
    except ApiError as exc:  # network, timeout, token lock busy
        await service.give_back_consent(user.id, delivery.template)
        return await _transient(delivery, now, final, exc, fall_back=True)
    await _finish(delivery, DS.sent, now, note="")
    return "sent"


async def _sms(delivery: Delivery, senders: Senders, now: datetime, final: bool) -> str:
    message, user = delivery.message, delivery.message.recipient
    pref = await service.preference(user.id)
    template_id = config.current().sms_template(delivery.template)
    refusal = (
        NOTE_NOT_CONFIGURED
        if not template_id or senders.sms is None
        else NOTE_SMS_OFF
        if not pref.sms
        else NOTE_NO_PHONE
        if not user.phone_enc
        else None
    )
    if refusal:
        await _finish(delivery, DS.skipped, now, note=refusal)
        return "skipped"
    if delivery.status is DS.pending:  # a reconciled re-send was counted the first time
        try:
            await senders.limiter.hit_all(config.current().sms_limits, user.phone_hash or "")
        except RateLimited as exc:
            wait = int(exc.details.get("retry_after", 60))
            return await _defer(delivery, now + timedelta(seconds=wait), NOTE_RATE_LIMITED)
    if not await _claim(delivery, now):
        return "claimed_elsewhere"
    phone = senders.cipher.reveal(user, "phone_enc")
    try:
        ref = await senders.sms.send(
            SmsRequest(
                phone=phone,
                template_id=template_id,
                params=sms_params(message),
                out_id=str(delivery.id),
            )
        )
    except SmsError as exc:
        if exc.retry_after:
            return await _defer(
                delivery, now + timedelta(seconds=exc.retry_after), NOTE_RATE_LIMITED
            )
        if exc.permanent:
            await _finish(delivery, DS.failed, now, note=NOTE_REFUSED)
            log.warning("sms refused", extra={"delivery": str(delivery.id), "code": exc.code})
            return "refused"
        return await _transient(delivery, now, final, exc, fall_back=False)
    await _finish(delivery, DS.sent, now, note="", ref=ref)
    return "sent"


async def _transient(
    delivery: Delivery, now: datetime, final: bool, exc: Exception, *, fall_back: bool
) -> str:
    """Release the claim and let the job retry (backoff), or close it on the last attempt."""
    log.warning(
        "delivery failed, will retry" if not final else "delivery failed for good",
        extra={"delivery": str(delivery.id), "channel": delivery.channel.value, "error": str(exc)},
    )
    if not final:
        await _release(delivery)
        raise exc
    await _finish(delivery, DS.failed, now, note=NOTE_RETRIES_USED)
    if fall_back:
        await _fall_back(delivery)
    return "failed"
