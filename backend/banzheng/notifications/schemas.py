"""Request and response models of the notifications domain: one model per direction."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from banzheng.common.schemas import Input
from banzheng.common.times import Instant
from banzheng.common.workdays import OFFICE_TZ

QUIET_PATTERN = r"^(([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)?$"


def iso(value: datetime | None) -> str | None:
    """ISO 8601 with the service's offset (+08:00), the API's one rule for times."""
    return value.astimezone(OFFICE_TZ).isoformat() if value else None


class DeliveryPublic(BaseModel):
    channel: str
    channel_label: str
    status: str
    status_label: str
    note: str = ""


class MessagePublic(BaseModel):
    id: str
    kind: str
    kind_label: str
    title: str
    body: str
    urgent: bool
    application_id: str | None = None
    link: str = Field("", description="要打开的小程序页面")
    created_at: Instant
    read_at: Instant | None = None
    deliveries: list[DeliveryPublic] = []


class MessagePage(BaseModel):
    items: list[MessagePublic]
    page: int
    size: int
    total: int
    unread: int = Field(description="未读消息数（首页角标）")


class UnreadCount(BaseModel):
    unread: int


class ReadAll(BaseModel):
    updated: int
    unread: int


class PreferencePublic(BaseModel):
    wechat: bool = Field(description="接收微信订阅消息")
    sms: bool = Field(description="接收短信")
    quiet_hours: str = Field(description="免打扰时段（北京时间），空为不设置")
    quiet_hours_is_default: bool
    phone_bound: bool = Field(description="已绑定手机号（短信需要）")
    wechat_bound: bool = Field(description="使用微信登录（订阅消息需要）")


class PreferenceUpdate(Input):
    wechat: bool | None = None
    sms: bool | None = None
    quiet_hours: str | None = Field(
        None, pattern=QUIET_PATTERN, description="如 21:00-08:00；空字符串为不设免打扰"
    )
    reset_quiet_hours: bool = Field(False, description="恢复为系统默认的免打扰时段")


class TemplatePublic(BaseModel):
    key: str
    label: str
    template_id: str | None = Field(None, description="wx.requestSubscribeMessage 的 tmplId")
    remaining: int = Field(description="剩余可发送次数（按订阅弹窗结果计数）")


class SubscriptionState(BaseModel):
    enabled: bool = Field(description="本服务是否开通了微信订阅消息")
    templates: list[TemplatePublic]


class SubscriptionResults(Input):
    results: dict[str, Literal["accept", "reject", "ban", "filter"]] = Field(
        description="wx.requestSubscribeMessage 的结果：{模板ID: accept|reject|ban|filter}",
        max_length=10,
    )


class GuidePublic(BaseModel):
    kind: str
    kind_label: str
    key: str
    title: str
    summary: str
    html: str = Field(description="服务端渲染并清洗过的 HTML（<rich-text> 直接显示）")
    steps: list[str] = []
    step_labels: list[str] = []
    condition: str = "always"
    condition_label: str = ""
    updated_at: Instant | None = None


class GuideAdmin(GuidePublic):
    markdown: str
    published: bool
    position: int


class GuideList(BaseModel):
    items: list[GuidePublic]


class GuideAdminList(BaseModel):
    items: list[GuideAdmin]


class GuidePut(Input):
    title: str = Field(min_length=1, max_length=100)
    markdown: str = Field(min_length=1, max_length=20000)
    steps: list[str] | None = Field(None, max_length=10, description="风险提示：显示在哪些环节")
    condition: str | None = Field(None, max_length=40, description="风险提示：适用条件")
    position: int | None = Field(None, ge=0, le=10000)
    published: bool = True


class MarkdownPreview(Input):
    markdown: str = Field(max_length=20000)


class HtmlPreview(BaseModel):
    html: str


class BroadcastCreate(Input):
    title: str = Field(min_length=1, max_length=60)
    markdown: str = Field(min_length=1, max_length=5000)
    community_ids: list[str] = Field(min_length=1, max_length=500)


class BroadcastPublic(BaseModel):
    id: str
    title: str
    html: str
    community_ids: list[str]
    status: str
    status_label: str
    recipients: int
    batches: int
    batches_done: int
    created_at: Instant
