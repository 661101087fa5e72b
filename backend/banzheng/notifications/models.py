"""Inbox messages, their deliveries by WeChat and SMS, consents, preferences, guides, broadcasts."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class MessageKind(StrEnum):
    accepted = "accepted"  # 已受理
    supplement_required = "supplement_required"  # 需要补正（一次性告知）
    step_done = "step_done"  # 部门审批环节通过
    registered = "registered"  # 已登簿
    certificate_issued = "certificate_issued"  # 证书已缮制，可领取
    certificate_revoked = "certificate_revoked"  # 电子证照已换发或注销，原证照作废
    delivered = "delivered"  # 已发证
    returned = "returned"  # 退件
    rejected = "rejected"  # 不予登记
    deferral_due = "deferral_due"  # 容缺材料即将到期
    signature_requested = "signature_requested"  # 请签署文件
    sla_warning = "sla_warning"  # 办理时限预警（工作人员）
    sla_overdue = "sla_overdue"  # 办理超时（工作人员）
    policy_update = "policy_update"  # 政策更新
    risk_notice = "risk_notice"  # 风险提示


class Channel(StrEnum):
    wechat = "wechat"  # 微信订阅消息
    sms = "sms"  # 短信


class DeliveryStatus(StrEnum):
    pending = "pending"  # waiting for its job (possibly until quiet hours end)
    sending = "sending"  # claimed by a job that is calling the provider
    sent = "sent"
    skipped = "skipped"  # not sent on this channel: no consent, turned off, no number…
    failed = "failed"  # gave up (permanent error, retries used, or outcome unknown)


class Message(Model):
    """One inbox message for one person. `dedupe_key` makes "one event → one message" a
    database rule: a handler or broadcast batch that runs twice cannot add a second one."""

    id = fields.UUIDField(primary_key=True)
    recipient = fields.ForeignKeyField(
        "models.User", related_name="messages", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(MessageKind, max_length=24)
    title = fields.CharField(max_length=80)
    body = fields.TextField()
    urgent = fields.BooleanField(default=False)
    application = fields.ForeignKeyField(
        "models.Application", related_name="messages", null=True, on_delete=fields.SET_NULL
    )
    link = fields.CharField(max_length=200, default="")  # mini-program page to open
    # Short values the channel templates fill in: number (受理编号), status, detail, deadline…
    params = fields.JSONField(default=dict)
    dedupe_key = fields.CharField(max_length=160, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    read_at = fields.DatetimeField(null=True)

    recipient_id: object
    application_id: object

    class Meta:
        table = "notification_message"
        indexes = (("recipient", "read_at"), ("recipient", "created_at"))


class Delivery(Model):
    """A message on one outside channel: at most one per (message, channel)."""

    id = fields.UUIDField(primary_key=True)
    message = fields.ForeignKeyField(
        "models.Message", related_name="deliveries", on_delete=fields.CASCADE
    )
    channel = fields.CharEnumField(Channel, max_length=8)
    template = fields.CharField(max_length=24)  # our template key (progress, supplement, …)
    status = fields.CharEnumField(DeliveryStatus, max_length=8, default=DeliveryStatus.pending)
    attempts = fields.IntField(default=0)
    not_before = fields.DatetimeField(null=True)  # quiet hours, or a per-number rate limit
    claimed_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    provider_ref = fields.CharField(max_length=80, default="")
    note = fields.CharField(max_length=200, default="")  # why skipped / failed, in Chinese
    created_at = fields.DatetimeField(auto_now_add=True)

    message_id: object

    class Meta:
        table = "notification_delivery"
        unique_together = (("message", "channel"),)


class SubscriptionConsent(Model):
    """One-time subscription consents (一次性订阅) the owner gave in the mini-program popup.

    WeChat allows one message per accepted template and has no API to ask how many are left,
    so we count: +1 for each `accept` the mini-program reports, −1 for each message sent,
    0 when WeChat answers 43101 (no consent left)."""

    id = fields.UUIDField(primary_key=True)
    user = fields.ForeignKeyField(
        "models.User", related_name="subscription_consents", on_delete=fields.CASCADE
    )
    template = fields.CharField(max_length=24)
    remaining = fields.IntField(default=0)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "notification_consent"
        unique_together = (("user", "template"),)


class Preference(Model):
    """A person's channels and quiet hours; no row means the defaults (both channels on,
    the service's quiet hours)."""

    id = fields.UUIDField(primary_key=True)
    user = fields.OneToOneField(
        "models.User", related_name="notification_preference", on_delete=fields.CASCADE
    )
    wechat = fields.BooleanField(default=True)
    sms = fields.BooleanField(default=True)
    quiet_hours = fields.CharField(
        max_length=11, null=True
    )  # "21:00-08:00", "" = none, NULL = default
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "notification_preference"


class GuideKind(StrEnum):
    application_type = "application_type"  # 办事指南, per application type
    problem = "problem"  # per estate problem kind (规划手续不全…)
    faq = "faq"  # 常见问题
    risk_notice = "risk_notice"  # 风险提示, attached to steps


class Guide(Model):
    """Plain-language text staff edit in Markdown (政策解读通俗化, 风险提示前置化); `html` is the
    sanitised rendering, made on save, so nothing unsafe is ever served."""

    id = fields.UUIDField(primary_key=True)
    kind = fields.CharEnumField(GuideKind, max_length=20)
    key = fields.CharField(max_length=60)  # application type, problem kind, or a slug
    title = fields.CharField(max_length=100)
    markdown = fields.TextField()
    html = fields.TextField()
    summary = fields.CharField(max_length=200, default="")
    steps = fields.JSONField(default=list)  # risk notices: where they show (workflow moments)
    condition = fields.CharField(max_length=40, default="always")  # risk notices: when
    position = fields.IntField(default=0)
    published = fields.BooleanField(default=True)
    updated_by = fields.ForeignKeyField(
        "models.User", related_name="edited_guides", null=True, on_delete=fields.SET_NULL
    )
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "guide"
        unique_together = (("kind", "key"),)


class BroadcastStatus(StrEnum):
    queued = "queued"
    sending = "sending"
    done = "done"


class Broadcast(Model):
    """A policy update for every owner of the chosen estates, sent by queue jobs per batch."""

    id = fields.UUIDField(primary_key=True)
    title = fields.CharField(max_length=80)
    markdown = fields.TextField()
    html = fields.TextField()
    community_ids = fields.JSONField()
    created_by = fields.ForeignKeyField(
        "models.User", related_name="broadcasts", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    status = fields.CharEnumField(BroadcastStatus, max_length=8, default=BroadcastStatus.queued)
    recipients = fields.IntField(default=0)
    batches = fields.IntField(default=0)
    batches_done = fields.IntField(default=0)

    class Meta:
        table = "notification_broadcast"
