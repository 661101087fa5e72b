"""A loopback SMS gateway shaped like Alibaba Cloud's 短信服务: it checks the ACS3-HMAC-SHA256
signature (written here independently of the client), applies its own per-number flow control,
keeps every message it accepted, and answers QuerySendDetails by OutId. `hold` lets a test
catch a SendSms request after the gateway has taken the message but before it answers."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import ClassVar

ACCESS_KEY_ID = "LTAI-test-key"
ACCESS_KEY_SECRET = "test-sms-secret-0123456789"


def _expected_signature(method: str, path: str, headers, body: bytes) -> tuple[str, str]:
    auth = headers.get("Authorization", "")
    algorithm, _, rest = auth.partition(" ")
    fields = dict(part.split("=", 1) for part in rest.split(","))
    signed = fields["SignedHeaders"].split(";")
    canonical_headers = "".join(f"{h}:{headers.get(h, '').strip()}\n" for h in signed)
    body_hash = hashlib.sha256(body).hexdigest()
    canonical = f"{method}\n{path}\n\n{canonical_headers}\n{';'.join(signed)}\n{body_hash}"
    to_sign = f"{algorithm}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    good = hmac.new(ACCESS_KEY_SECRET.encode(), to_sign.encode(), hashlib.sha256).hexdigest()
    if (
        headers.get("x-acs-content-sha256") != body_hash
        or fields.get("Credential") != ACCESS_KEY_ID
    ):
        good = "mismatch"
    return fields.get("Signature", ""), good


class FakeSmsGateway(BaseHTTPRequestHandler):
    messages: ClassVar[list[dict]] = []
    refused: ClassVar[list[str]] = []
    per_minute: ClassVar[int] = 100  # the gateway's own flow control per number
    hold: ClassVar[threading.Event | None] = None  # block SendSms answers until set
    received: ClassVar[threading.Event] = threading.Event()
    failures: ClassVar[int] = 0  # answer 500 this many times

    @classmethod
    def reset(cls) -> None:
        cls.messages = []
        cls.refused = []
        cls.per_minute = 100
        cls.hold = None
        cls.received = threading.Event()
        cls.failures = 0

    def _answer(self, status: int, payload: dict) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        given, good = _expected_signature("POST", self.path, self.headers, body)
        if not hmac.compare_digest(given, good):
            FakeSmsGateway.refused.append("SignatureDoesNotMatch")
            return self._answer(403, {"Code": "SignatureDoesNotMatch", "Message": "bad signature"})
        data = json.loads(body)
        action = self.headers.get("x-acs-action")
        if action == "QuerySendDetails":
            found = [m for m in FakeSmsGateway.messages if m["OutId"] == data.get("OutId")]
            return self._answer(
                200,
                {
                    "Code": "OK",
                    "SmsSendDetailDTOs": {
                        "SmsSendDetailDTO": [{"OutId": m["OutId"], "SendStatus": 3} for m in found]
                    },
                },
            )
        if FakeSmsGateway.failures:
            FakeSmsGateway.failures -= 1
            return self._answer(500, {"Code": "isp.SYSTEM_ERROR", "Message": "busy"})
        recent = [
            m
            for m in FakeSmsGateway.messages
            if m["PhoneNumbers"] == data["PhoneNumbers"] and m["at"] > time.time() - 60
        ]
        if len(recent) >= FakeSmsGateway.per_minute:
            return self._answer(
                200, {"Code": "isv.BUSINESS_LIMIT_CONTROL", "Message": "触发分钟级流控"}
            )
        message = {**data, "TemplateParam": json.loads(data["TemplateParam"]), "at": time.time()}
        message["BizId"] = f"biz-{len(FakeSmsGateway.messages) + 1}"
        FakeSmsGateway.messages.append(message)
        FakeSmsGateway.received.set()
        if FakeSmsGateway.hold is not None:
            FakeSmsGateway.hold.wait(10)
        return self._answer(200, {"Code": "OK", "Message": "OK", "BizId": message["BizId"]})

    def log_message(self, *args):
        pass
