"""Which channels this deployment has, read once from the settings at API and worker start.

Handlers and jobs consult `current()`; a channel that is not configured is not planned at all
(no WeChat appid/templates: inbox and SMS only; no SMS gateway: inbox and WeChat only).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from banzheng.common.ratelimit import Limit


@dataclass(frozen=True)
class NotifyConfig:
    wechat_templates: dict[str, str] = field(default_factory=dict)  # our key → WeChat id
    sms_templates: dict[str, str] = field(default_factory=dict)  # our key → gateway id
    wechat_on: bool = False
    sms_on: bool = False
    quiet_hours: str = ""  # the default "HH:MM-HH:MM", Beijing time
    miniprogram_state: str = "formal"
    sms_limits: tuple[Limit, ...] = ()

    def wechat_template(self, key: str | None) -> str | None:
        return self.wechat_templates.get(key) if self.wechat_on and key else None

    def sms_template(self, key: str | None) -> str | None:
        return self.sms_templates.get(key) if self.sms_on and key else None


def from_settings(settings) -> NotifyConfig:
    return NotifyConfig(
        wechat_templates=dict(settings.WECHAT_TEMPLATE_IDS),
        sms_templates=dict(settings.SMS_TEMPLATE_IDS),
        wechat_on=bool(
            settings.WECHAT_APPID and settings.WECHAT_SECRET and settings.WECHAT_TEMPLATE_IDS
        ),
        sms_on=bool(settings.SMS_GATEWAY_URL),
        quiet_hours=settings.NOTIFY_QUIET_HOURS,
        miniprogram_state=settings.WECHAT_MINIPROGRAM_STATE,
        sms_limits=tuple(
            Limit(rate, scope=f"sms-number:{rate}")
            for rate in settings.SMS_PER_NUMBER_LIMITS.split(";")
            if rate
        ),
    )


_current = NotifyConfig()


def configure(config: NotifyConfig) -> None:
    global _current
    _current = config


def current() -> NotifyConfig:
    return _current
