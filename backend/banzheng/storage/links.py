"""Short-lived download links, bound to the user who asked for them.

Token: `<object_id>.<expires unix seconds>.<base64url HMAC-SHA256>`, the MAC over a purpose
label, the object id, the user id and the expiry. The user id is not in the token: the verifier
supplies the caller's own, so a link forwarded to another owner fails as *invalid* (the route
answers 404, as for any object that is not theirs) while the right user's stale link fails as
*expired* (410, "ask for a new link"). The MAC is checked before the expiry, so an expiry says
nothing to someone the link was not made for.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time

from banzheng.storage.base import OBJECT_ID_PATTERN, check_object_id

MIN_SECRET_BYTES = 32
_PURPOSE = b"banzheng-download-link-v1"


class LinkInvalid(Exception):
    """Not a link we made for this user: forged, altered, another user's, or another key's."""


class LinkExpired(Exception):
    """A genuine link for this user whose time is up."""


def sign_download(
    object_id: str,
    *,
    audience_user_id: str,
    expires_in: int,
    secret: bytes,
    now: float | None = None,
) -> str:
    check_object_id(object_id)
    if expires_in <= 0:
        raise ValueError("expires_in must be positive")
    _check_secret(secret)
    expires = int(now if now is not None else time.time()) + expires_in
    mac = _mac(secret, object_id, str(audience_user_id), expires)
    return f"{object_id}.{expires}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


def verify_download(token: str, *, user_id: str, secret: bytes, now: float | None = None) -> str:
    """The object id the link grants `user_id`, or `LinkInvalid` / `LinkExpired`."""
    _check_secret(secret)
    object_id, expires, mac = _parse(token)
    expected = _mac(secret, object_id, str(user_id), expires)
    if not hmac.compare_digest(mac, expected):
        raise LinkInvalid("signature mismatch")
    if (now if now is not None else time.time()) >= expires:
        raise LinkExpired(f"expired at {expires}")
    return object_id


def _parse(token: str) -> tuple[str, int, bytes]:
    parts = token.split(".") if isinstance(token, str) and len(token) < 256 else []
    if len(parts) != 3:
        raise LinkInvalid("malformed link")
    object_id, expires, mac_b64 = parts
    if not OBJECT_ID_PATTERN.fullmatch(object_id) or not expires.isascii() or not expires.isdigit():
        raise LinkInvalid("malformed link")
    try:
        mac = base64.urlsafe_b64decode(mac_b64 + "=" * (-len(mac_b64) % 4))
    except (binascii.Error, ValueError):
        raise LinkInvalid("malformed link") from None
    return object_id, int(expires), mac


def _mac(secret: bytes, object_id: str, user_id: str, expires: int) -> bytes:
    # NUL-separated: ids and expiries cannot contain NUL (user ids are our UUIDs), so no two
    # field lists make the same message.
    message = b"\x00".join((_PURPOSE, object_id.encode(), user_id.encode(), str(expires).encode()))
    return hmac.new(secret, message, hashlib.sha256).digest()


def _check_secret(secret: bytes) -> None:
    if not isinstance(secret, bytes) or len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"the link secret must be at least {MIN_SECRET_BYTES} bytes")
