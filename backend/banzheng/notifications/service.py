"""Inbox, preferences and consents; and turning a message someone should get into an inbox row
plus one delivery per outside channel (the jobs in jobs.py send them).

Plan requirement 6 (信息推送): progress, policy updates and risk notices reach owners by the
mini-program's inbox, WeChat subscription messages and SMS. The inbox always gets the message;
outside channels follow the person's preferences, what the deployment has configured, and what
the message is (labels.KINDS). WeChat comes first for owners who log in with WeChat; SMS is the
fallback (no consent left, WeChat off) and the channel for staff warnings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from banzheng import db, queue
from banzheng.accounts.models import User
from banzheng.common.errors import NotFound
from banzheng.common.workdays import OFFICE_TZ
from banzheng.notifications import config
from banzheng.notifications.labels import KINDS, WECHAT_TEMPLATES
from banzheng.notifications.models import (
    Channel,
    Delivery,
    Message,
    MessageKind,
    Preference,
    SubscriptionConsent,
)
from banzheng.security.roles import Role

DELIVER_JOB = "deliver_message"


@dataclass(frozen=True)
class Draft:
    """A message someone should get; `dedupe_key` names its cause (event, broadcast…)."""

    recipient_id: Any
    kind: MessageKind
    title: str
    body: str
    dedupe_key: str
    application_id: Any = None
    link: str = ""
    params: dict[str, str] = field(default_factory=dict)


# ---- quiet hours -------------------------------------------------------------------------------


def parse_window(text: str | None) -> tuple[time, time] | None:
    if not text:
        return None
    start, _, end = text.partition("-")
    return time.fromisoformat(start), time.fromisoformat(end)


def quiet_until(now: datetime, window: tuple[time, time] | None) -> datetime | None:
    """The end of the quiet window `now` falls in (Beijing time), or None when outside it."""
    if window is None:
        return None
    start, end = window
    local = now.astimezone(OFFICE_TZ)
    t = local.time()
    if start == end:
        return None
    if start < end:
        inside, end_day = start <= t < end, local.date()
    else:  # crosses midnight: 21:00-08:00
        inside = t >= start or t < end
        end_day = local.date() + timedelta(days=1) if t >= start else local.date()
    if not inside:
        return None
    return datetime.combine(end_day, end, tzinfo=OFFICE_TZ)


async def preference(user_id: Any) -> Preference:
    """The stored preference or the defaults (unsaved)."""
    return await Preference.get_or_none(user_id=user_id) or Preference(user_id=user_id)


def quiet_window(pref: Preference) -> tuple[time, time] | None:
    text = pref.quiet_hours if pref.quiet_hours is not None else config.current().quiet_hours
    return parse_window(text)


# ---- planning messages and deliveries --------------------------------------------------------


def plan_channels(user: User, pref: Preference, kind: MessageKind) -> list[tuple[Channel, str]]:
    """(channel, template key) for this person and kind: WeChat first for owners on WeChat,
    otherwise SMS; staff by SMS. The delivery job falls back from WeChat to SMS later when the
    owner has no consent left."""
    spec, cfg = KINDS[kind], config.current()
    if (
        user.role is Role.owner
        and pref.wechat
        and user.wechat_openid
        and cfg.wechat_template(spec.wechat)
    ):
        return [(Channel.wechat, spec.wechat)]
    if pref.sms and user.phone_enc and cfg.sms_template(spec.sms):
        return [(Channel.sms, spec.sms)]
    return []


async def create_messages(drafts: Iterable[Draft], *, now: datetime | None = None) -> list[Message]:
    """Inbox rows and deliveries for `drafts` (call inside the caller's transaction); a draft
    whose `dedupe_key` exists already is skipped. Delivery jobs are queued after commit."""
    now = now or datetime.now(UTC)
    created: list[Message] = []
    deliveries: list[Delivery] = []
    for draft in drafts:
        if await Message.exists(dedupe_key=draft.dedupe_key):
            continue
        user = await User.get(id=draft.recipient_id)
        pref = await preference(user.id)
        message = await Message.create(
            recipient=user,
            kind=draft.kind,
            title=draft.title[:80],
            body=draft.body,
            urgent=KINDS[draft.kind].urgent,
            application_id=draft.application_id,
            link=draft.link,
            params=draft.params,
            dedupe_key=draft.dedupe_key,
        )
        created.append(message)
        later = None if message.urgent else quiet_until(now, quiet_window(pref))
        for channel, template in plan_channels(user, pref, draft.kind):
            deliveries.append(
                await Delivery.create(
                    message=message, channel=channel, template=template, not_before=later
                )
            )
    if deliveries:
        await enqueue_after_commit(deliveries)
    return created


async def add_delivery(message: Message, channel: Channel, template: str) -> Delivery | None:
    """A further channel for a message (the SMS fallback); None when it has one already."""
    try:
        async with in_transaction():
            delivery = await Delivery.create(message=message, channel=channel, template=template)
    except IntegrityError:
        return None
    await enqueue_after_commit([delivery])
    return delivery


_queue: Any = None


def bind(jobs_queue: Any) -> None:
    """The queue delivery jobs go to (API and worker start)."""
    global _queue
    _queue = jobs_queue


async def enqueue_after_commit(deliveries: list[Delivery]) -> None:
    jobs = [(str(d.id), d.not_before) for d in deliveries]

    async def enqueue() -> None:
        for delivery_id, not_before in jobs:
            await enqueue_delivery(delivery_id, not_before)

    await db.after_commit(enqueue)


async def enqueue_delivery(delivery_id: str, not_before: datetime | None = None) -> None:
    """Queue the delivery job (at `not_before`, if later). Pending deliveries whose job was lost
    are re-queued by `jobs.sweep_deliveries`."""
    if _queue is None:
        return
    when = int(not_before.timestamp()) if not_before else 0
    await queue.enqueue(
        _queue,
        DELIVER_JOB,
        key=f"deliver:{delivery_id}:{when}",
        delivery_id=delivery_id,
        scheduled=when,
    )


# ---- the inbox ---------------------------------------------------------------------------


async def inbox(
    *, user: User, page: int, size: int, unread_only: bool = False
) -> tuple[list[Message], int, int]:
    """One page of the caller's messages, newest first; with the total and the unread count."""
    query = Message.filter(recipient_id=user.id)
    if unread_only:
        query = query.filter(read_at__isnull=True)
    total = await query.count()
    items = await query.order_by("-created_at", "-id").offset((page - 1) * size).limit(size)
    return items, total, await unread_count(user)


async def unread_count(user: User) -> int:
    return await Message.filter(recipient_id=user.id, read_at__isnull=True).count()


async def mark_read(*, user: User, message_id: Any) -> Message:
    message = await Message.get_or_none(id=message_id, recipient_id=user.id)
    if message is None:
        raise NotFound("未找到该消息")
    if message.read_at is None:
        message.read_at = datetime.now(UTC)
        await message.save(update_fields=["read_at"])
    return message


async def mark_all_read(*, user: User) -> int:
    return await Message.filter(recipient_id=user.id, read_at__isnull=True).update(
        read_at=datetime.now(UTC)
    )


# ---- preferences and consents ------------------------------------------------------------


async def set_preference(
    *, user: User, wechat: bool | None, sms: bool | None, quiet_hours: str | None, reset_quiet: bool
) -> Preference:
    pref, _ = await Preference.get_or_create(user_id=user.id)
    if wechat is not None:
        pref.wechat = wechat
    if sms is not None:
        pref.sms = sms
    if reset_quiet:
        pref.quiet_hours = None
    elif quiet_hours is not None:
        pref.quiet_hours = quiet_hours
    await pref.save()
    return pref


async def consents(user: User) -> dict[str, int]:
    rows = await SubscriptionConsent.filter(user_id=user.id)
    counts = {key: 0 for key in WECHAT_TEMPLATES}
    counts.update({r.template: r.remaining for r in rows if r.template in counts})
    return counts


async def record_popup(*, user: User, results: dict[str, str]) -> dict[str, int]:
    """What `wx.requestSubscribeMessage` answered: {templateId: accept|reject|ban|filter}.
    Each `accept` allows one more message from that template; the other answers change
    nothing (the owner's choice is respected: we ask again only at the next moment)."""
    by_id = {tid: key for key, tid in config.current().wechat_templates.items()}
    for template_id, answer in results.items():
        key = by_id.get(template_id)
        if key is None or answer != "accept":
            continue
        row, _ = await SubscriptionConsent.get_or_create(user_id=user.id, template=key)
        await SubscriptionConsent.filter(id=row.id).update(remaining=F("remaining") + 1)
    return await consents(user)


async def take_consent(user_id: Any, template: str) -> bool:
    """Use one consent, if any is left (one conditional update, safe under concurrency)."""
    return bool(
        await SubscriptionConsent.filter(
            user_id=user_id, template=template, remaining__gt=0
        ).update(remaining=F("remaining") - 1)
    )


async def give_back_consent(user_id: Any, template: str) -> None:
    """A send that WeChat did not carry out (busy, network) did not use the consent."""
    await SubscriptionConsent.filter(user_id=user_id, template=template).update(
        remaining=F("remaining") + 1
    )


async def no_consent_left(user_id: Any, template: str) -> None:
    """WeChat says 43101: whatever we counted, none is left."""
    await SubscriptionConsent.filter(user_id=user_id, template=template).update(remaining=0)
