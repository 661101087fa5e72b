"""SMS through a provider interface shaped like the large Chinese SMS gateways.

Such gateways (Alibaba Cloud 短信服务, Tencent Cloud SMS…) send only pre-approved templates: a
request names a template id and its parameters, a signature name (短信签名) and the number, and
is signed with the account's secret. `HmacSmsGateway` speaks that shape: a JSON body, the
action in a header, and an `Authorization` header in Alibaba Cloud's v3 scheme
(ACS3-HMAC-SHA256: a canonical request over the method, path, signed headers and the body's
SHA-256, hashed and signed with HMAC-SHA256). Our `OutId` is the delivery id, so after a crash
the delivery job can ask the gateway whether a message already went out (`status`) instead of
sending it twice. Gateways also cap messages per number; we count our own per-number limits
before sending (settings.SMS_PER_NUMBER_LIMITS) and treat the gateway's flow-control refusal
the same way: try later.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol
from urllib.parse import urlsplit

import httpx

ALGORITHM = "ACS3-HMAC-SHA256"
API_VERSION = "2017-05-25"
# Gateway answers (Alibaba Cloud's codes) sorted by what we do next.
OK = "OK"
RATE_LIMIT_CODES = frozenset({"isv.BUSINESS_LIMIT_CONTROL", "Throttling.User"})
PERMANENT_CODES = frozenset(
    {
        "isv.MOBILE_NUMBER_ILLEGAL",
        "isv.TEMPLATE_MISSING_PARAMETERS",
        "isv.SMS_TEMPLATE_ILLEGAL",
        "isv.SMS_SIGNATURE_ILLEGAL",
        "isv.INVALID_PARAMETERS",
        "SignatureDoesNotMatch",
        "InvalidAccessKeyId.NotFound",
    }
)


@dataclass(frozen=True)
class SmsRequest:
    phone: str
    template_id: str
    params: dict[str, str]
    out_id: str  # our delivery id: lets us ask the gateway what became of it


class SendOutcome(StrEnum):
    sent = "sent"  # the gateway has it (accepted or delivered)
    not_sent = "not_sent"  # the gateway holds no delivered or pending copy: safe to send
    unknown = "unknown"  # the gateway cannot tell


class SmsError(Exception):
    """A refusal or failure; `retry_after` set when the gateway throttled the number."""

    def __init__(self, code: str, message: str = "", *, permanent: bool, retry_after: int = 0):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.permanent = permanent
        self.retry_after = retry_after


class SmsGateway(Protocol):
    async def send(self, request: SmsRequest) -> str:
        """Send one templated message; the gateway's message id (BizId)."""

    async def status(self, *, out_id: str, phone: str) -> SendOutcome: ...

    async def aclose(self) -> None: ...


def canonical_request(
    method: str, path: str, headers: dict[str, str], signed: list[str], body_hash: str
) -> str:
    canonical_headers = "".join(f"{name}:{headers[name].strip()}\n" for name in signed)
    return "\n".join([method, path or "/", "", canonical_headers, ";".join(signed), body_hash])


def signature(secret: str, canonical: str) -> str:
    string_to_sign = f"{ALGORITHM}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    return hmac.new(secret.encode(), string_to_sign.encode(), hashlib.sha256).hexdigest()


class HmacSmsGateway:
    def __init__(
        self,
        *,
        url: str,
        access_key_id: str,
        access_key_secret: str,
        sign_name: str,
        timeout: float,
    ) -> None:
        self.url = url
        self._key_id = access_key_id
        self._secret = access_key_secret
        self.sign_name = sign_name
        self._http = httpx.AsyncClient(timeout=timeout)

    async def aclose(self) -> None:
        await self._http.aclose()

    def signed_headers(self, action: str, body: bytes) -> dict[str, str]:
        parts = urlsplit(self.url)
        body_hash = hashlib.sha256(body).hexdigest()
        headers = {
            "content-type": "application/json",
            "host": parts.netloc,
            "x-acs-action": action,
            "x-acs-content-sha256": body_hash,
            "x-acs-date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "x-acs-signature-nonce": uuid.uuid4().hex,
            "x-acs-version": API_VERSION,
        }
        signed = sorted(headers)
        canonical = canonical_request("POST", parts.path, headers, signed, body_hash)
        headers["authorization"] = (
            f"{ALGORITHM} Credential={self._key_id},SignedHeaders={';'.join(signed)},"
            f"Signature={signature(self._secret, canonical)}"
        )
        return headers

    async def _post(self, action: str, payload: dict) -> dict:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        try:
            resp = await self._http.post(
                self.url, content=body, headers=self.signed_headers(action, body)
            )
            data = resp.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise SmsError("NETWORK", type(exc).__name__, permanent=False) from None
        code = str(data.get("Code", ""))
        if code == OK:
            return data
        if code in RATE_LIMIT_CODES:
            raise SmsError(code, data.get("Message", ""), permanent=False, retry_after=60)
        raise SmsError(
            code or str(resp.status_code),
            data.get("Message", ""),
            permanent=code in PERMANENT_CODES,
        )

    async def send(self, request: SmsRequest) -> str:
        data = await self._post(
            "SendSms",
            {
                "PhoneNumbers": request.phone,
                "SignName": self.sign_name,
                "TemplateCode": request.template_id,
                "TemplateParam": json.dumps(request.params, ensure_ascii=False),
                "OutId": request.out_id,
            },
        )
        return str(data.get("BizId", ""))

    async def status(self, *, out_id: str, phone: str) -> SendOutcome:
        try:
            data = await self._post("QuerySendDetails", {"PhoneNumber": phone, "OutId": out_id})
        except SmsError:
            return SendOutcome.unknown
        details = (data.get("SmsSendDetailDTOs") or {}).get("SmsSendDetailDTO") or []
        if not details:
            return SendOutcome.not_sent
        # SendStatus 1 waiting for the carrier's receipt, 2 failed, 3 delivered: 1 and 3 mean
        # the gateway has the message, which must not be sent again.
        return (
            SendOutcome.sent
            if any(d.get("SendStatus") in (1, 3) for d in details)
            else (SendOutcome.not_sent)
        )


def make_gateway(settings) -> SmsGateway | None:
    if not settings.SMS_GATEWAY_URL:
        return None
    return HmacSmsGateway(
        url=settings.SMS_GATEWAY_URL,
        access_key_id=settings.SMS_ACCESS_KEY_ID,
        access_key_secret=settings.SMS_ACCESS_KEY_SECRET,
        sign_name=settings.SMS_SIGN_NAME,
        timeout=settings.SMS_TIMEOUT,
    )
