"""The default provider: the owner records a video here and a registry clerk decides."""

from __future__ import annotations

from collections.abc import Mapping

from banzheng.common.errors import NotFound
from banzheng.identity.providers.base import Provider, ProviderResult, Started, VerifiedCallback


class ManualProvider(Provider):
    name = "manual"
    records_video_here = True

    async def start(
        self, *, check_id: str, real_name: str | None, id_number: str | None
    ) -> Started:
        return Started()

    async def fetch_result(self, token: str) -> ProviderResult:
        # A clerk's decision is recorded directly; there is nothing to pull.
        return ProviderResult(done=False)

    def verify_callback(
        self, *, headers: Mapping[str, str], body: bytes, now: float
    ) -> VerifiedCallback:
        raise NotFound("未启用外部人脸核身服务")
