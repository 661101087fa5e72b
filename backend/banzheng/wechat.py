"""A small async client for WeChat's mini-program server API (`jscode2session`).

Its errors become ApiErrors with Chinese messages the mini-program can show as they are.
The `session_key` it returns is for the server only: callers store it encrypted and never send it.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from banzheng.common import rediskeys
from banzheng.common.errors import ApiError, ServiceUnavailable, TooManyRequests

# errcode → (HTTP status, our code, message). Source: WeChat 小程序登录 code2Session docs.
_ERRORS = {
    40029: (400, "WECHAT_CODE_INVALID", "微信登录凭证无效或已过期，请重新打开小程序后再试"),
    40163: (400, "WECHAT_CODE_USED", "微信登录凭证已被使用，请重新登录"),
    45011: (429, "WECHAT_RATE_LIMITED", "登录过于频繁，请一分钟后再试"),
    40226: (403, "WECHAT_USER_BLOCKED", "该微信账号存在风险，已被限制登录，请联系微信客服"),
    -1: (503, "WECHAT_BUSY", "微信服务繁忙，请稍后再试"),
}


@dataclass(frozen=True)
class WeChatSession:
    openid: str
    session_key: str
    unionid: str | None = None


# Access tokens are shared by every process through Redis; refreshed this long before expiry.
ACCESS_TOKEN_MARGIN_SECONDS = 300
INVALID_TOKEN_CODES = {40001, 42001}  # invalid / expired access_token: fetch a new one, retry once


class WeChatClient:
    def __init__(self, *, base_url: str, appid: str, secret: str, timeout: float) -> None:
        self.appid = appid
        self.secret = secret
        self._http = httpx.AsyncClient(base_url=base_url, timeout=timeout)

    @property
    def configured(self) -> bool:
        return bool(self.appid and self.secret)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _call(self, method: str, path: str, **kwargs) -> dict:
        try:
            resp = await self._http.request(method, path, **kwargs)
            return resp.json()
        except httpx.TimeoutException:
            raise ServiceUnavailable(
                "微信服务响应超时，请稍后再试", code="WECHAT_TIMEOUT"
            ) from None
        except (httpx.HTTPError, ValueError):
            raise ServiceUnavailable(
                "暂时无法连接微信服务，请稍后再试", code="WECHAT_UNAVAILABLE"
            ) from None

    @staticmethod
    def _raise_for(data: dict) -> None:
        errcode = data.get("errcode", 0)
        if errcode:
            status, code_name, message = _ERRORS.get(
                errcode, (502, "WECHAT_ERROR", "微信服务返回错误，请稍后再试")
            )
            error_class = TooManyRequests if status == 429 else ApiError
            headers = {"Retry-After": "60"} if status == 429 else None
            raise error_class(
                message,
                code=code_name,
                status=status,
                details={"errcode": errcode},
                headers=headers,
            )

    async def access_token(self, redis, *, fresh: bool = False) -> str:
        """The app's server access token (cgi-bin/token), cached in Redis for all processes."""
        key = rediskeys.WECHAT_ACCESS_TOKEN + self.appid
        if not fresh and (cached := await redis.get(key)):
            return cached.decode()
        data = await self._call(
            "GET",
            "/cgi-bin/token",
            params={
                "grant_type": "client_credential",
                "appid": self.appid,
                "secret": self.secret,
            },
        )
        self._raise_for(data)
        token = data["access_token"]
        ttl = max(int(data.get("expires_in", 7200)) - ACCESS_TOKEN_MARGIN_SECONDS, 60)
        await redis.set(key, token, ex=ttl)
        return token

    async def phone_number(self, code: str, redis) -> str:
        """The phone number the owner agreed to share (button open-type=getPhoneNumber)."""
        if not self.configured:
            raise ServiceUnavailable("微信登录暂未开通，请联系管理员", code="WECHAT_NOT_CONFIGURED")
        for attempt in range(2):
            token = await self.access_token(redis, fresh=attempt > 0)
            data = await self._call(
                "POST",
                "/wxa/business/getuserphonenumber",
                params={"access_token": token},
                json={"code": code},
            )
            if data.get("errcode") not in INVALID_TOKEN_CODES:
                break
        self._raise_for(data)
        info = data.get("phone_info") or {}
        if info.get("watermark", {}).get("appid") != self.appid or not info.get("purePhoneNumber"):
            raise ServiceUnavailable("微信返回的手机号无效，请重试", code="WECHAT_BAD_RESPONSE")
        return info["purePhoneNumber"]

    async def code_to_session(self, code: str) -> WeChatSession:
        if not self.configured:
            raise ServiceUnavailable("微信登录暂未开通，请联系管理员", code="WECHAT_NOT_CONFIGURED")
        data = await self._call(
            "GET",
            "/sns/jscode2session",
            params={
                "appid": self.appid,
                "secret": self.secret,
                "js_code": code,
                "grant_type": "authorization_code",
            },
        )
        self._raise_for(data)
        if not data.get("openid") or not data.get("session_key"):
            raise ServiceUnavailable("微信登录返回异常，请稍后再试", code="WECHAT_BAD_RESPONSE")
        return WeChatSession(data["openid"], data["session_key"], data.get("unionid"))
