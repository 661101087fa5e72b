"""Which object store a process uses, from its settings (the API and the worker alike)."""

from __future__ import annotations

from banzheng.settings import Settings
from banzheng.storage.local import LocalStorage


def make_storage(settings: Settings):
    """The object store: files under VAR_DIR/objects, or an S3-compatible bucket."""
    if settings.STORAGE_BACKEND == "s3":
        from banzheng.storage import S3Storage

        return S3Storage(
            master_keys=settings.STORAGE_KEYS,
            bucket=settings.S3_BUCKET,
            endpoint_url=settings.S3_ENDPOINT_URL or None,
            region=settings.S3_REGION,
            access_key_id=settings.S3_ACCESS_KEY_ID or None,
            secret_access_key=settings.S3_SECRET_ACCESS_KEY or None,
            prefix=settings.S3_PREFIX,
        )
    return LocalStorage(settings.VAR_DIR / "objects", master_keys=settings.STORAGE_KEYS)
