"""A real loopback HTTP server that answers like WeChat's jscode2session."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

from banzheng.wechat import WeChatClient

# js_code -> what the fake WeChat answers (errcodes from WeChat's code2Session documentation)
ANSWERS = {
    "invalid": {"errcode": 40029, "errmsg": "invalid code"},
    "ratelimit": {"errcode": 45011, "errmsg": "api minute-quota reach limit"},
    "risky": {"errcode": 40226, "errmsg": "high risk user"},
    "busy": {"errcode": -1, "errmsg": "system error"},
}


class FakeWeChat(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict]] = []
    tokens_issued: ClassVar[list[str]] = []
    valid_token: ClassVar[str] = ""

    def _send(self, payload: dict) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeWeChat.requests.append({"path": url.path, **query, **body})
        if query.get("access_token") != FakeWeChat.valid_token:
            return self._send({"errcode": 40001, "errmsg": "invalid credential"})
        if body["code"] == "phone-invalid":
            return self._send({"errcode": 40029, "errmsg": "invalid code"})
        appid = "someone-else" if body["code"] == "phone-foreign" else "wx-test-app"
        return self._send(
            {
                "errcode": 0,
                "errmsg": "ok",
                "phone_info": {
                    "phoneNumber": "+86 13912345678",
                    "purePhoneNumber": "13912345678",
                    "countryCode": "86",
                    "watermark": {"timestamp": 1795600000, "appid": appid},
                },
            }
        )

    def do_GET(self):
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        FakeWeChat.requests.append({"path": url.path, **query})
        if url.path == "/cgi-bin/token":
            token = f"token-{len(FakeWeChat.tokens_issued) + 1}"
            FakeWeChat.tokens_issued.append(token)
            FakeWeChat.valid_token = token
            return self._send({"access_token": token, "expires_in": 7200})
        code = query.get("js_code", "")
        if code == "slow":
            time.sleep(1.5)
        if code == "garbage":
            body = b"<html>502 Bad Gateway</html>"
        elif code in ANSWERS:
            body = json.dumps(ANSWERS[code]).encode()
        else:  # any other code logs in as the openid it names
            body = json.dumps(
                {"openid": f"openid-{code}", "session_key": f"sk-{code}-SECRET"}
            ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")  # WeChat really answers text/plain
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def wechat_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeWeChat)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
async def wechat(app, wechat_server):
    """Point the app at the fake WeChat with a short timeout."""
    await app.ctx.wechat.aclose()
    app.ctx.wechat = WeChatClient(
        base_url=wechat_server, appid="wx-test-app", secret="test-secret", timeout=0.5
    )
    FakeWeChat.requests.clear()
    FakeWeChat.tokens_issued.clear()
    return FakeWeChat.requests
