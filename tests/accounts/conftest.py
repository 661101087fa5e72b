"""The app pointed at a real loopback HTTP server that answers like WeChat (tests/fakes)."""

from __future__ import annotations

import pytest

from banzheng.wechat import WeChatClient
from tests.fakes.wechat import APPID, SECRET, FakeWeChat, serve

__all__ = ["FakeWeChat"]


@pytest.fixture(scope="session")
def wechat_server():
    server, url = serve(FakeWeChat)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture
async def wechat(app, wechat_server):
    """Point the app at the fake WeChat with a short timeout."""
    await app.ctx.wechat.aclose()
    app.ctx.wechat = WeChatClient(base_url=wechat_server, appid=APPID, secret=SECRET, timeout=0.5)
    FakeWeChat.reset()
    return FakeWeChat.requests
