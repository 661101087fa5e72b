"""One error type for every refusal the API makes.

Clients get `{"error": {"code", "message", "details"}}`: `code` is stable and machine-readable,
`message` is Chinese text an owner can act on.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    status = 400
    code = "BAD_REQUEST"
    message = "请求有误"

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.message = message or self.message
        self.code = code or self.code
        self.status = status or self.status
        self.details = details or {}
        self.headers = headers or {}
        super().__init__(self.message)

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class ValidationFailed(ApiError):
    status = 422
    code = "VALIDATION_ERROR"
    message = "提交的内容不符合要求，请检查后重试"


class Unauthorized(ApiError):
    status = 401
    code = "UNAUTHORIZED"
    message = "登录已失效，请重新登录"


class Forbidden(ApiError):
    status = 403
    code = "FORBIDDEN"
    message = "您没有执行此操作的权限"


class NotFound(ApiError):
    status = 404
    code = "NOT_FOUND"
    message = "未找到相关内容"


class Conflict(ApiError):
    status = 409
    code = "CONFLICT"
    message = "当前状态下不能执行此操作"


class TooManyRequests(ApiError):
    status = 429
    code = "TOO_MANY_REQUESTS"
    message = "请求过于频繁，请稍后再试"


class ServiceUnavailable(ApiError):
    status = 503
    code = "SERVICE_UNAVAILABLE"
    message = "服务暂时不可用，请稍后再试"


class ServiceBusy(ServiceUnavailable):
    """Overloaded for a moment (a peak, Redis's pool exhausted): the phone retries the same
    request (same Idempotency-Key) after Retry-After; nothing was done."""

    code = "SERVICE_BUSY"
    message = "系统繁忙，请稍后重试"
    retry_after_seconds = 2

    def __init__(self, message: str | None = None, **kw: Any) -> None:
        kw.setdefault("headers", {"Retry-After": str(self.retry_after_seconds)})
        super().__init__(message, **kw)


class Unprocessable(ApiError):
    """Well-formed, but the rules refuse it (e.g. a core material deferred)."""

    status = 422
    code = "UNPROCESSABLE"
