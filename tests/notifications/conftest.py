"""Notifications against loopback fakes of WeChat and an SMS gateway, with the real worker."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from banzheng.accounts.models import User
from banzheng.accounts.service import seal_personal_data
from banzheng.notifications import config
from banzheng.notifications.guides import ensure_guides
from banzheng.wechat import make_wechat
from banzheng.worker import build_worker, run_until_empty
from tests.applications.conftest import act, world  # noqa: F401 - fixtures
from tests.fakes import sms as fake_sms
from tests.fakes import wechat as fake_wechat
from tests.fakes.wechat import serve

TEMPLATES = {
    "progress": "TMPL-PROGRESS",
    "supplement": "TMPL-SUPPLEMENT",
    "certificate": "TMPL-CERT",
}
SMS_TEMPLATES = {
    "progress": "SMS_1001",
    "supplement": "SMS_1002",
    "certificate": "SMS_1003",
    "warning": "SMS_1004",
    "policy": "SMS_1005",
}
ALICE_PHONE = "13800138000"


@pytest.fixture(scope="session")
def wechat_url():
    server, url = serve(fake_wechat.FakeWeChat)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def sms_url():
    server, url = serve(fake_sms.FakeSmsGateway)
    yield url + "/"
    server.shutdown()
    server.server_close()


@dataclass
class Notify:
    settings: object
    app: object
    wechat: type = fake_wechat.FakeWeChat
    sms: type = fake_sms.FakeSmsGateway

    async def drain(self) -> int:
        worker = build_worker(self.settings, self.app.ctx.redis)
        try:
            return await run_until_empty(worker)
        finally:
            await worker.context["notify_senders"].aclose()

    def senders(self):
        from banzheng.notifications.jobs import senders

        return senders(self.settings, self.app.ctx.redis)


@pytest.fixture
async def notify(app, settings, wechat_url, sms_url, world):  # noqa: F811
    """WeChat and SMS configured against the fakes; alice logs in by WeChat and has a phone."""
    configured = settings.model_copy(
        update={
            "WECHAT_APPID": fake_wechat.APPID,
            "WECHAT_SECRET": fake_wechat.SECRET,
            "WECHAT_API_BASE": wechat_url,
            "WECHAT_TIMEOUT": 2.0,
            "WECHAT_TEMPLATE_IDS": TEMPLATES,
            "SMS_GATEWAY_URL": sms_url,
            "SMS_ACCESS_KEY_ID": fake_sms.ACCESS_KEY_ID,
            "SMS_ACCESS_KEY_SECRET": fake_sms.ACCESS_KEY_SECRET,
            "SMS_TEMPLATE_IDS": SMS_TEMPLATES,
            "SMS_TIMEOUT": 2.0,
            "NOTIFY_QUIET_HOURS": "",
        }
    )
    config.configure(config.from_settings(configured))
    await app.ctx.wechat.aclose()
    app.ctx.wechat = make_wechat(configured)
    fake_wechat.FakeWeChat.reset()
    fake_sms.FakeSmsGateway.reset()
    alice = await User.get(username="alice")
    alice.wechat_openid = "openid-alice"
    seal_personal_data(alice, cipher=app.ctx.cipher, phone=ALICE_PHONE)
    await alice.save()
    await ensure_guides()
    yield Notify(settings=configured, app=app)
    config.configure(config.from_settings(settings))
