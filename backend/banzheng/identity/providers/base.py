"""The provider interface: start a check, pull its result, verify a pushed callback."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from banzheng.common.errors import ApiError


@dataclass(frozen=True)
class Started:
    """What starting a check at the provider gave: the token we pull the result by, and the
    page the owner opens (None for the manual provider: the owner records in our own page)."""

    token: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ProviderResult:
    """A result pulled from the provider. `done` is False while the owner is still on its page."""

    done: bool
    passed: bool = False
    score: Decimal | None = None  # face-match similarity, 0–100
    liveness: str | None = None  # "passed" or why liveness failed
    reason: str = ""  # Chinese, shown to the owner when not passed
    id_number: str | None = None  # whom the provider checked, to compare with the owner
    reference: str | None = None  # our check id, echoed back by the provider
    raw: dict[str, Any] = field(default_factory=dict)  # kept for the record, without PII


@dataclass(frozen=True)
class VerifiedCallback:
    token: str
    nonce: str
    timestamp: int


class ProviderError(ApiError):
    status = 502
    code = "IDENTITY_PROVIDER_ERROR"
    message = "人脸核身服务暂时不可用，请稍后再试"


class CallbackRefused(ApiError):
    status = 401
    code = "CALLBACK_REFUSED"
    message = "回调签名无效"


class Provider(ABC):
    name: str
    records_video_here: bool  # True: the owner uploads a video to us and a clerk decides

    @abstractmethod
    async def start(
        self, *, check_id: str, real_name: str | None, id_number: str | None
    ) -> Started: ...

    @abstractmethod
    async def fetch_result(self, token: str) -> ProviderResult: ...

    @abstractmethod
    def verify_callback(
        self, *, headers: Mapping[str, str], body: bytes, now: float
    ) -> VerifiedCallback: ...

    async def aclose(self) -> None:
        return
