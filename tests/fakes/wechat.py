"""A real loopback HTTP server that answers like WeChat's server API: jscode2session,
cgi-bin/stable_token, getuserphonenumber and subscribeMessage.send (errcodes from WeChat's
documentation). State is class-level; `reset()` before each test."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

APPID = "wx-test-app"
SECRET = "test-secret"

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
    forced_refreshes: ClassVar[int] = 0
    valid_token: ClassVar[str] = ""
    expired_tokens: ClassVar[set[str]] = set()  # answered 42001 instead of 40001
    # openid -> template id -> consents left (what the user accepted in the popup)
    consents: ClassVar[dict[str, dict[str, int]]] = {}
    sent: ClassVar[list[dict]] = []  # subscription messages WeChat accepted
    busy_sends: ClassVar[int] = 0  # answer -1 (system busy) this many times

    @classmethod
    def reset(cls) -> None:
        cls.requests = []
        cls.tokens_issued = []
        cls.forced_refreshes = 0
        cls.valid_token = ""
        cls.expired_tokens = set()
        cls.consents = {}
        cls.sent = []
        cls.busy_sends = 0

    def _send(self, payload: dict, content_type: str = "application/json") -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _issue(self) -> str:
        token = f"token-{len(FakeWeChat.tokens_issued) + 1}"
        FakeWeChat.tokens_issued.append(token)
        FakeWeChat.valid_token = token
        return token

    def _token_error(self, token: str | None) -> dict | None:
        if token in FakeWeChat.expired_tokens:
            return {"errcode": 42001, "errmsg": "access_token expired"}
        if token != FakeWeChat.valid_token:
            return {"errcode": 40001, "errmsg": "invalid credential"}
        return None

    def do_POST(self):
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeWeChat.requests.append({"path": url.path, **query, **body})
        if url.path == "/cgi-bin/stable_token":
            if body.get("appid") != APPID or body.get("secret") != SECRET:
                return self._send({"errcode": 40013, "errmsg": "invalid appid"})
            if body.get("force_refresh"):
                FakeWeChat.forced_refreshes += 1
                token = self._issue()
            else:  # normal mode: the current token while it is valid (WeChat's rule)
                token = FakeWeChat.valid_token or self._issue()
            return self._send({"access_token": token, "expires_in": 7200})
        if error := self._token_error(query.get("access_token")):
            return self._send(error)
        if url.path == "/cgi-bin/message/subscribe/send":
            return self._subscribe_send(body)
        if body["code"] == "phone-invalid":
            return self._send({"errcode": 40029, "errmsg": "invalid code"})
        appid = "someone-else" if body["code"] == "phone-foreign" else APPID
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

    def _subscribe_send(self, body: dict) -> None:
        if FakeWeChat.busy_sends:
            FakeWeChat.busy_sends -= 1
            return self._send({"errcode": -1, "errmsg": "system error"})
        left = FakeWeChat.consents.get(body["touser"], {}).get(body["template_id"], 0)
        if left <= 0:
            return self._send({"errcode": 43101, "errmsg": "user refuse to accept the msg"})
        FakeWeChat.consents[body["touser"]][body["template_id"]] = left - 1
        FakeWeChat.sent.append(body)
        return self._send({"errcode": 0, "errmsg": "ok", "msgid": len(FakeWeChat.sent)})

    def do_GET(self):
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        FakeWeChat.requests.append({"path": url.path, **query})
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


def serve(handler) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
