"""A loopback HTTP server that behaves like a face-check provider (Tencent 慧眼-style API 3.0).

It checks each call's TC3-HMAC-SHA256 `Authorization` header, hands out a BizToken and a page
URL for `DetectAuth`, answers `GetDetectInfoEnhanced` with "not finished" until the test says the
owner finished (`finish`), and can sign result callbacks the way the provider would.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from banzheng.identity.providers.faceid import callback_signature, tc3_authorization

SECRET_ID = "AKIDtest0000000000000000"
SECRET_KEY = "test-secret-key-0000000000000000"
RULE_ID = "1"
CALLBACK_SECRET = "callback-secret-for-tests-0123456789abcdef"


class FakeFaceId:
    def __init__(self) -> None:
        self.sessions: dict[str, dict] = {}
        self.calls: list[str] = []
        self.rejected_signatures = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output quiet
                return

            def do_POST(self) -> None:
                payload = self.rfile.read(int(self.headers["Content-Length"]))
                action = self.headers["X-TC-Action"]
                expected = tc3_authorization(
                    secret_id=SECRET_ID,
                    secret_key=SECRET_KEY,
                    host=self.headers["Host"],
                    action=action,
                    payload=payload,
                    timestamp=int(self.headers["X-TC-Timestamp"]),
                )
                if self.headers.get("Authorization") != expected:
                    fake.rejected_signatures += 1
                    return self._answer({"Error": {"Code": "AuthFailure.SignatureFailure"}})
                fake.calls.append(action)
                params = json.loads(payload)
                if action == "DetectAuth":
                    token = secrets.token_hex(16)
                    fake.sessions[token] = {"params": params, "text": None}
                    return self._answer(
                        {"BizToken": token, "Url": f"https://h5.faceid.test/{token}"}
                    )
                session = fake.sessions.get(params.get("BizToken"))
                if session is None:
                    return self._answer({"Error": {"Code": "InvalidParameter.BizToken"}})
                return self._answer({"Text": session["text"] or {"ErrCode": None}})

            def _answer(self, body: dict) -> None:
                data = json.dumps(
                    {"Response": {**body, "RequestId": secrets.token_hex(8)}}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeFaceId:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def finish(
        self, token: str, *, sim: str = "92.35", live: int = 0, extra: str | None = None
    ) -> None:
        """The owner finished on the provider's page: liveness and face match are known."""
        params = self.sessions[token]["params"]
        self.sessions[token]["text"] = {
            "ErrCode": 0 if live == 0 else 1001,
            "ErrMsg": "成功" if live == 0 else "活体检测未通过",
            "IdCard": params["IdCard"],
            "Name": params["Name"],
            "Sim": sim,
            "LiveStatus": live,
            "LiveMsg": "成功" if live == 0 else "动作不符合要求",
            "Comparestatus": 0,
            "Comparemsg": "成功",
            "Extra": params["Extra"] if extra is None else extra,
        }


def signed_callback(
    token: str, *, nonce: str | None = None, at: float | None = None, secret: str = CALLBACK_SECRET
) -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"BizToken": token, "ErrCode": 0}).encode()
    stamp = str(int(at if at is not None else time.time()))
    nonce = nonce or secrets.token_hex(12)
    headers = {
        "Content-Type": "application/json",
        "X-FaceId-Timestamp": stamp,
        "X-FaceId-Nonce": nonce,
        "X-FaceId-Signature": callback_signature(secret, timestamp=stamp, nonce=nonce, body=body),
    }
    return body, headers
