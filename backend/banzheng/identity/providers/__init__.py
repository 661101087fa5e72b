"""Who decides an identity check: the `manual` provider (a registry clerk watches the video) or
an external liveness / face-match service (`faceid`, modelled on Tencent 慧眼 人脸核身).

`make_provider(settings)` builds the configured one; routes and flows only see `Provider`.
"""

from __future__ import annotations

from banzheng.identity.providers.base import (
    CallbackRefused,
    Provider,
    ProviderError,
    ProviderResult,
    Started,
)
from banzheng.identity.providers.faceid import FaceIdProvider
from banzheng.identity.providers.manual import ManualProvider

__all__ = [
    "CallbackRefused",
    "FaceIdProvider",
    "ManualProvider",
    "Provider",
    "ProviderError",
    "ProviderResult",
    "Started",
    "make_provider",
]


def make_provider(settings) -> Provider:
    if settings.IDENTITY_PROVIDER == "faceid":
        return FaceIdProvider(
            api_base=settings.FACEID_API_BASE,
            secret_id=settings.FACEID_SECRET_ID,
            secret_key=settings.FACEID_SECRET_KEY,
            rule_id=settings.FACEID_RULE_ID,
            callback_secret=settings.FACEID_CALLBACK_SECRET,
            redirect_url=settings.FACEID_REDIRECT_URL,
            pass_score=settings.FACEID_PASS_SCORE,
            timeout=settings.FACEID_TIMEOUT,
        )
    return ManualProvider()
