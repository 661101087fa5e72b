"""Every Chinese label of the notifications domain, and what each kind of message is: its
templates on WeChat and SMS and whether it may break quiet hours. Owners never see a code."""

from __future__ import annotations

from dataclasses import dataclass

from banzheng.notifications.models import Channel, DeliveryStatus, GuideKind, MessageKind

K = MessageKind


@dataclass(frozen=True)
class KindSpec:
    label: str
    wechat: str | None  # subscription template key (WECHAT_TEMPLATE_IDS), None: not by WeChat
    sms: str | None  # SMS template key (SMS_TEMPLATE_IDS), None: not by SMS
    urgent: bool = False  # sent even during quiet hours


# WeChat's three subscription moments in the mini-program (submit, supplement, certificate
# ready) ask for these three templates; other kinds go to the inbox and, where set, SMS.
KINDS: dict[MessageKind, KindSpec] = {
    K.accepted: KindSpec("申请已受理", "progress", "progress"),
    K.supplement_required: KindSpec("需要补正材料", "supplement", "supplement"),
    K.step_done: KindSpec("审批环节已通过", "progress", None),
    K.registered: KindSpec("已登簿", "progress", "progress"),
    K.certificate_issued: KindSpec("证书可以领取", "certificate", "certificate"),
    K.certificate_revoked: KindSpec("证照作废通知", "progress", "progress"),
    K.delivered: KindSpec("已发证", "progress", None),
    K.returned: KindSpec("申请已退件", "progress", "progress"),
    K.rejected: KindSpec("不予登记", "progress", "progress"),
    K.deferral_due: KindSpec("容缺材料补交提醒", "supplement", "supplement"),
    K.signature_requested: KindSpec("请签署文件", "progress", "progress"),
    K.sla_warning: KindSpec("办理时限预警", None, "warning"),
    K.sla_overdue: KindSpec("办理超时", None, "warning", urgent=True),
    K.policy_update: KindSpec("政策更新", None, "policy"),
    K.risk_notice: KindSpec("风险提示", None, None),
}

# The subscription templates the mini-program asks for, with what the popup says they are.
WECHAT_TEMPLATES = {
    "progress": "办理进度通知",
    "supplement": "材料补正提醒",
    "certificate": "领证提醒",
}

CHANNEL_LABELS = {Channel.wechat: "微信订阅消息", Channel.sms: "短信"}

DELIVERY_LABELS = {
    DeliveryStatus.pending: "待发送",
    DeliveryStatus.sending: "发送中",
    DeliveryStatus.sent: "已发送",
    DeliveryStatus.skipped: "未发送",
    DeliveryStatus.failed: "发送失败",
}

GUIDE_KIND_LABELS = {
    GuideKind.application_type: "办事指南",
    GuideKind.problem: "小区问题解读",
    GuideKind.faq: "常见问题",
    GuideKind.risk_notice: "风险提示",
}

# Why a channel was not used (Delivery.note), as the owner or an operator reads it.
NOTE_NO_CONSENT = "未订阅或订阅次数已用完"
NOTE_WECHAT_OFF = "本人已关闭微信通知"
NOTE_SMS_OFF = "本人已关闭短信通知"
NOTE_NO_PHONE = "未绑定手机号"
NOTE_NO_OPENID = "未使用微信登录"
NOTE_NOT_CONFIGURED = "该通知渠道尚未开通"
NOTE_UNCERTAIN = "发送结果不明，为避免重复不再重发"
NOTE_RATE_LIMITED = "该号码短信已达发送上限，稍后发送"
NOTE_REFUSED = "通知渠道拒绝了该消息"
NOTE_RETRIES_USED = "多次重试仍未成功"
NOTE_FELL_BACK = "已改用短信发送"
