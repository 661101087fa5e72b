"""Encrypted object storage for uploaded materials (ID cards, contracts, identity videos).

- `envelope.py`  per-object data keys, STREAM segment encryption, master-key wrapping
- `base.py`      the `ObjectStore` interface and object id rules
- `local.py`     `LocalStorage`: files under VAR_DIR/objects (embedded default)
- `s3.py`        `S3Storage`: S3-compatible stores (MinIO, AWS) for multi-machine deployments
- `links.py`     signed, user-bound, expiring download links
- `thumbnails.py` JPEG previews that refuse pixel floods

A package rather than one `storage.py` because these are five separate jobs with separate
dependencies: the embedded default never imports the S3 client (aiobotocore and aiohttp), so
`S3Storage` is loaded only when first named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from banzheng.storage.base import ObjectStore, check_object_id, new_object_id
from banzheng.storage.envelope import MasterKeys, StoredObject
from banzheng.storage.errors import (
    InvalidObjectId,
    MasterKeyMissing,
    ObjectExists,
    ObjectNotFound,
    StorageError,
    StorageIntegrityError,
)
from banzheng.storage.links import LinkExpired, LinkInvalid, sign_download, verify_download
from banzheng.storage.local import LocalStorage
from banzheng.storage.thumbnails import ThumbnailRefused, make_thumbnail

if TYPE_CHECKING:
    from banzheng.storage.s3 import S3Storage

__all__ = [
    "InvalidObjectId",
    "LinkExpired",
    "LinkInvalid",
    "LocalStorage",
    "MasterKeyMissing",
    "MasterKeys",
    "ObjectExists",
    "ObjectNotFound",
    "ObjectStore",
    "S3Storage",
    "StorageError",
    "StorageIntegrityError",
    "StoredObject",
    "ThumbnailRefused",
    "check_object_id",
    "make_thumbnail",
    "new_object_id",
    "sign_download",
    "verify_download",
]


def __getattr__(name: str) -> Any:
    if name == "S3Storage":
        from banzheng.storage.s3 import S3Storage

        return S3Storage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
