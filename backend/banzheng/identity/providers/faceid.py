"""An external liveness and face-match service, modelled on Tencent Cloud 慧眼 人脸核身 (FaceId).

The flow follows the real service's H5/mini-program mode:

1. `DetectAuth` (our server → provider, signed TC3-HMAC-SHA256 like every Tencent Cloud API 3.0
   call) with the owner's name and ID number and our check id as `Extra` → `BizToken` + `Url`.
2. The owner opens `Url`; the provider's page records them, checks liveness and compares the face
   with the national ID photo. It then redirects back to us — a hint only: a redirect is made by
   the owner's browser, so it proves nothing.
3. We PULL the result with `GetDetectInfoEnhanced(BizToken)`, server to server, and record the
   similarity score (`Sim`) and the liveness verdict (`LiveStatus`/`LiveMsg`).

Providers that push a result notification sign it: `X-FaceId-Timestamp`, `X-FaceId-Nonce` and
`X-FaceId-Signature` = hex HMAC-SHA256(callback secret, "<timestamp>\\n<nonce>\\n<body>"). We
verify the signature, refuse timestamps more than `CALLBACK_MAX_SKEW_SECONDS` away from our
clock and nonces seen before (the service keeps them in Redis), and then still pull the result
by token rather than trusting the pushed body.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

import httpx

from banzheng.identity.providers.base import (
    CallbackRefused,
    Provider,
    ProviderError,
    ProviderResult,
    Started,
    VerifiedCallback,
)

API_VERSION = "2018-03-01"
SERVICE = "faceid"
CALLBACK_MAX_SKEW_SECONDS = 300
"""A callback stamped more than five minutes from our clock is refused: long enough for network
delays and small clock drift, short enough that a captured callback is useless soon after."""

TIMESTAMP_HEADER = "x-faceid-timestamp"
NONCE_HEADER = "x-faceid-nonce"
SIGNATURE_HEADER = "x-faceid-signature"


def tc3_authorization(
    *,
    secret_id: str,
    secret_key: str,
    host: str,
    action: str,
    payload: bytes,
    timestamp: int,
    service: str = SERVICE,
) -> str:
    """The `Authorization` header of a Tencent Cloud API 3.0 request (TC3-HMAC-SHA256)."""
    day = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    canonical_headers = (
        f"content-type:application/json; charset=utf-8\nhost:{host}\nx-tc-action:{action.lower()}\n"
    )
    signed_headers = "content-type;host;x-tc-action"
    canonical_request = "\n".join(
        ["POST", "/", "", canonical_headers, signed_headers, hashlib.sha256(payload).hexdigest()]
    )
    scope = f"{day}/{service}/tc3_request"
    to_sign = "\n".join(
        [
            "TC3-HMAC-SHA256",
            str(timestamp),
            scope,
            hashlib.sha256(canonical_request.encode()).hexdigest(),
        ]
    )

    def _hmac(key: bytes, message: str) -> bytes:
        return hmac.new(key, message.encode(), hashlib.sha256).digest()

    signing_key = _hmac(_hmac(_hmac(f"TC3{secret_key}".encode(), day), service), "tc3_request")
    signature = hmac.new(signing_key, to_sign.encode(), hashlib.sha256).hexdigest()
    return (
        f"TC3-HMAC-SHA256 Credential={secret_id}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={signature}"
    )


def callback_signature(secret: str, *, timestamp: str, nonce: str, body: bytes) -> str:
    message = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


class FaceIdProvider(Provider):
    name = "faceid"
    records_video_here = False

    def __init__(
        self,
        *,
        api_base: str,
        secret_id: str,
        secret_key: str,
        rule_id: str,
        callback_secret: str,
        redirect_url: str,
        pass_score: Decimal,
        timeout: float,
    ) -> None:
        self.host = urlsplit(api_base).netloc
        self.secret_id, self.secret_key = secret_id, secret_key
        self.rule_id = rule_id
        self.callback_secret = callback_secret
        self.redirect_url = redirect_url
        self.pass_score = pass_score
        self._http = httpx.AsyncClient(base_url=api_base, timeout=timeout)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _call(self, action: str, params: dict) -> dict:
        payload = json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode()
        timestamp = int(time.time())
        headers = {
            "Authorization": tc3_authorization(
                secret_id=self.secret_id,
                secret_key=self.secret_key,
                host=self.host,
                action=action,
                payload=payload,
                timestamp=timestamp,
            ),
            "Content-Type": "application/json; charset=utf-8",
            "Host": self.host,
            "X-TC-Action": action,
            "X-TC-Timestamp": str(timestamp),
            "X-TC-Version": API_VERSION,
        }
        try:
            resp = await self._http.post("/", content=payload, headers=headers)
            body = resp.json()["Response"]
        except (httpx.HTTPError, ValueError, KeyError, TypeError):
            raise ProviderError() from None
        if "Error" in body:
            raise ProviderError(details={"provider_code": str(body["Error"].get("Code", ""))[:80]})
        return body

    async def start(
        self, *, check_id: str, real_name: str | None, id_number: str | None
    ) -> Started:
        if not real_name or not id_number:
            raise ProviderError(
                "请先在“我的”页面完成实名信息（姓名和身份证号）后再核验",
                code="REAL_NAME_REQUIRED",
                status=409,
            )
        body = await self._call(
            "DetectAuth",
            {
                "RuleId": self.rule_id,
                "Name": real_name,
                "IdCard": id_number,
                "RedirectUrl": self.redirect_url,
                "Extra": check_id,
            },
        )
        token, url = body.get("BizToken"), body.get("Url")
        if not isinstance(token, str) or not token or not isinstance(url, str):
            raise ProviderError()
        return Started(token=token, url=url)

    async def fetch_result(self, token: str) -> ProviderResult:
        body = await self._call(
            "GetDetectInfoEnhanced", {"BizToken": token, "RuleId": self.rule_id, "InfoType": "0"}
        )
        text = body.get("Text") or {}
        code = text.get("ErrCode")
        if code is None:  # the owner has not finished on the provider's page yet
            return ProviderResult(done=False)
        score = _decimal(text.get("Sim"))
        live_ok = text.get("LiveStatus") == 0
        compare_ok = text.get("Comparestatus") == 0
        passed = code == 0 and live_ok and compare_ok and score is not None
        passed = passed and score >= self.pass_score
        return ProviderResult(
            done=True,
            passed=passed,
            score=score,
            liveness="passed" if live_ok else f"failed: {str(text.get('LiveMsg', ''))[:60]}",
            reason="" if passed else _reason(text, score, self.pass_score),
            id_number=text.get("IdCard"),
            reference=text.get("Extra"),
            raw={
                "ErrCode": code,
                "ErrMsg": str(text.get("ErrMsg", ""))[:120],
                "LiveStatus": text.get("LiveStatus"),
                "LiveMsg": str(text.get("LiveMsg", ""))[:120],
                "Comparestatus": text.get("Comparestatus"),
                "Comparemsg": str(text.get("Comparemsg", ""))[:120],
                "Sim": text.get("Sim"),
                "RequestId": body.get("RequestId"),
            },
        )

    def verify_callback(
        self, *, headers: Mapping[str, str], body: bytes, now: float
    ) -> VerifiedCallback:
        """Signature first (nothing else is read from an unsigned message), then freshness."""
        timestamp = headers.get(TIMESTAMP_HEADER, "")
        nonce = headers.get(NONCE_HEADER, "")
        signature = headers.get(SIGNATURE_HEADER, "")
        if not timestamp.isdigit() or not 8 <= len(nonce) <= 64 or not signature:
            raise CallbackRefused("回调缺少签名信息", code="CALLBACK_UNSIGNED")
        expected = callback_signature(
            self.callback_secret, timestamp=timestamp, nonce=nonce, body=body
        )
        if not hmac.compare_digest(expected, signature.lower()):
            raise CallbackRefused("回调签名无效", code="CALLBACK_SIGNATURE_INVALID")
        if abs(now - int(timestamp)) > CALLBACK_MAX_SKEW_SECONDS:
            raise CallbackRefused("回调时间戳已过期", code="CALLBACK_STALE")
        try:
            token = json.loads(body)["BizToken"]
        except (ValueError, KeyError, TypeError):
            raise CallbackRefused("回调内容无效", code="CALLBACK_MALFORMED", status=400) from None
        if not isinstance(token, str) or not token:
            raise CallbackRefused("回调内容无效", code="CALLBACK_MALFORMED", status=400)
        return VerifiedCallback(token=token, nonce=nonce, timestamp=int(timestamp))


def _decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value)).quantize(Decimal("0.01")) if value not in (None, "") else None
    except InvalidOperation:
        return None


def _reason(text: dict, score: Decimal | None, pass_score: Decimal) -> str:
    if text.get("LiveStatus") not in (0, None):
        return "活体检测未通过：请在光线充足处，按页面提示完成动作后重新核验。"
    if score is not None and score < pass_score:
        return "人像比对未通过：视频中的人与身份证照片不一致。如确为本人，请到登记窗口办理。"
    return "人脸核身未通过，请稍后重新核验，或到登记窗口办理。"
