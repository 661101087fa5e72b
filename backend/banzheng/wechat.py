"""A small async client for WeChat's mini-program server API (`jscode2session`).

Its errors become ApiErrors with Chinese messages the mini-program can show as they are.
The `session_key` it returns is for the server only: callers store it encrypted and never send it.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

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

    async def code_to_session(self, code: str) -> WeChatSession:
        if not self.configured:
            raise ServiceUnavailable("微信登录暂未开通，请联系管理员", code="WECHAT_NOT_CONFIGURED")
        params = {
            "appid": self.appid,
            "secret": self.secret,
            "js_code": code,
            "grant_type": "authorization_code",
        }
        try:
            resp = await self._http.get("/sns/jscode2session", params=params)
            data = resp.json()
        except httpx.TimeoutException:
            raise ServiceUnavailable(
                "微信服务响应超时，请稍后再试", code="WECHAT_TIMEOUT"
            ) from None
        except (httpx.HTTPError, ValueError):
            raise ServiceUnavailable(
                "暂时无法连接微信服务，请稍后再试", code="WECHAT_UNAVAILABLE"
            ) from None
        errcode = data.get("errcode", 0)
        if errcode:
            status, code_name, message = _ERRORS.get(
                errcode, (502, "WECHAT_ERROR", "微信登录失败，请稍后再试")
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
        if not data.get("openid") or not data.get("session_key"):
            raise ServiceUnavailable("微信登录返回异常，请稍后再试", code="WECHAT_BAD_RESPONSE")
        return WeChatSession(data["openid"], data["session_key"], data.get("unionid"))
