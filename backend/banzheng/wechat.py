"""A small async client for WeChat's mini-program server API: login (`jscode2session`), the
phone-number component, subscription messages, and the one access-token manager they share.

Its errors become ApiErrors with Chinese messages the mini-program can show as they are.
The `session_key` it returns is for the server only: callers store it encrypted and never send it.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime

import httpx
from redis.exceptions import LockError

from banzheng.common import rediskeys
from banzheng.common.errors import ApiError, ServiceUnavailable, TooManyRequests
from banzheng.common.workdays import OFFICE_TZ  # WeChat's daily quotas reset at Beijing midnight

log = logging.getLogger(__name__)

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


# The server access token, one for the whole service (every API and worker process):
# cgi-bin/stable_token, cached in Redis, refreshed by one process at a time under a Redis lock.
# WeChat limits forced refreshes (force_refresh=true) per day and each refresh can invalidate the
# token other processes hold, so we cap our own forced refreshes per day (a setting) and never
# refresh when another process has already replaced the token that failed.
ACCESS_TOKEN_MARGIN_SECONDS = 300  # refreshed this long before WeChat's expiry
INVALID_TOKEN_CODES = {40001, 42001}  # invalid / expired access_token: refresh once, retry once
TOKEN_LOCK_SECONDS = 10  # the refreshing process holds the lock at most this long
TOKEN_LOCK_WAIT_SECONDS = 6  # the others wait this long for it, then answer "busy"


class WeChatApiError(Exception):
    """An errcode from a WeChat server API call that the caller decides about."""

    def __init__(self, errcode: int, errmsg: str = "") -> None:
        super().__init__(f"WeChat errcode {errcode}: {errmsg}")
        self.errcode = errcode
        self.errmsg = errmsg


class WeChatClient:
    def __init__(
        self,
        *,
        base_url: str,
        appid: str,
        secret: str,
        timeout: float,
        force_refresh_per_day: int = 10,
    ) -> None:
        self.appid = appid
        self.secret = secret
        self.force_refresh_per_day = force_refresh_per_day
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

    # ---- the access token ----------------------------------------------------------------

    def _token_key(self) -> str:
        return rediskeys.WECHAT_ACCESS_TOKEN + self.appid

    async def access_token(self, redis, *, stale: str | None = None) -> str:
        """The service's access token. `stale`: a token WeChat just refused (40001/42001) —
        a new one is fetched unless another process has already replaced it."""
        key = self._token_key()
        cached = await redis.get(key)
        if cached and cached.decode() != stale:
            return cached.decode()
        lock = redis.lock(
            rediskeys.WECHAT_TOKEN_LOCK + self.appid,
            timeout=TOKEN_LOCK_SECONDS,
            blocking_timeout=TOKEN_LOCK_WAIT_SECONDS,
        )
        if not await lock.acquire():
            raise ServiceUnavailable("微信服务繁忙，请稍后再试", code="WECHAT_BUSY")
        try:
            cached = await redis.get(key)  # refreshed while we waited for the lock?
            if cached and cached.decode() != stale:
                return cached.decode()
            force = stale is not None and await self._may_force_refresh(redis)
            return await self._fetch_token(redis, force=force)
        finally:
            with contextlib.suppress(LockError):  # expired meanwhile: nothing left to release
                await lock.release()

    async def _may_force_refresh(self, redis) -> bool:
        """Counts today's forced refreshes (Beijing day) against the daily cap."""
        today = datetime.now(OFFICE_TZ).strftime("%Y%m%d")
        key = f"{rediskeys.WECHAT_FORCED_REFRESHES}{self.appid}:{today}"
        used = await redis.incr(key)
        if used == 1:
            await redis.expire(key, 2 * 86400)
        if used > self.force_refresh_per_day:
            log.warning(
                "wechat forced token refreshes used up for today",
                extra={"limit": self.force_refresh_per_day},
            )
            return False
        return True

    async def _fetch_token(self, redis, *, force: bool) -> str:
        data = await self._call(
            "POST",
            "/cgi-bin/stable_token",
            json={
                "grant_type": "client_credential",
                "appid": self.appid,
                "secret": self.secret,
                "force_refresh": force,
            },
        )
        self._raise_for(data)
        token = data["access_token"]
        ttl = max(int(data.get("expires_in", 7200)) - ACCESS_TOKEN_MARGIN_SECONDS, 60)
        await redis.set(self._token_key(), token, ex=ttl)
        log.info("wechat access token fetched", extra={"forced": force})
        return token

    async def _post_with_token(self, redis, path: str, payload: dict) -> dict:
        """POST a server API that takes the access token; on 40001/42001 the token is refreshed
        once (by one process for all) and the call retried once."""
        token = await self.access_token(redis)
        data = await self._call("POST", path, params={"access_token": token}, json=payload)
        if data.get("errcode") in INVALID_TOKEN_CODES:
            token = await self.access_token(redis, stale=token)
            data = await self._call("POST", path, params={"access_token": token}, json=payload)
        return data

    # ---- APIs ----------------------------------------------------------------------------

    async def phone_number(self, code: str, redis) -> str:
        """The phone number the owner agreed to share (button open-type=getPhoneNumber)."""
        if not self.configured:
            raise ServiceUnavailable("微信登录暂未开通，请联系管理员", code="WECHAT_NOT_CONFIGURED")
        data = await self._post_with_token(
            redis, "/wxa/business/getuserphonenumber", {"code": code}
        )
        self._raise_for(data)
        info = data.get("phone_info") or {}
        if info.get("watermark", {}).get("appid") != self.appid or not info.get("purePhoneNumber"):
            raise ServiceUnavailable("微信返回的手机号无效，请重试", code="WECHAT_BAD_RESPONSE")
        return info["purePhoneNumber"]

    async def send_subscribe_message(
        self,
        redis,
        *,
        openid: str,
        template_id: str,
        data: dict[str, str],
        page: str,
        state: str = "formal",
    ) -> None:
        """subscribeMessage.send: one message on one consent the owner gave in the
        mini-program. Raises WeChatApiError with WeChat's errcode (43101: no consent left)."""
        if not self.configured:
            raise WeChatApiError(-2, "not configured")
        result = await self._post_with_token(
            redis,
            "/cgi-bin/message/subscribe/send",
            {
                "touser": openid,
                "template_id": template_id,
                "page": page,
                "miniprogram_state": state,
                "lang": "zh_CN",
                "data": {name: {"value": value} for name, value in data.items()},
            },
        )
        if result.get("errcode"):
            raise WeChatApiError(int(result["errcode"]), str(result.get("errmsg", "")))

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


def make_wechat(settings) -> WeChatClient:
    """The client every process (API and worker) builds from the settings."""
    return WeChatClient(
        base_url=settings.WECHAT_API_BASE,
        appid=settings.WECHAT_APPID,
        secret=settings.WECHAT_SECRET,
        timeout=settings.WECHAT_TIMEOUT,
        force_refresh_per_day=settings.WECHAT_FORCE_REFRESH_PER_DAY,
    )
