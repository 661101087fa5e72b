"""Personal data at rest: AES-256-GCM per value, key id kept beside the ciphertext.

Stored form: `<kid>$<base64(nonce | ciphertext | tag)>`. The key id lets keys rotate: new values
use the first key of FIELD_KEYS, old values still decrypt while their key is listed.
Exact lookups (find the owner with this ID number) use a keyed hash, never the plaintext.
The field name is bound as associated data, so a ciphertext moved to another column fails.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

NONCE_BYTES = 12
TAG_BYTES = 16


class DecryptionError(Exception):
    """The value was tampered with, moved to another field, or its key is gone."""


@dataclass(frozen=True)
class FieldCipher:
    keys: dict[str, bytes]
    lookup_key: bytes

    @property
    def current_kid(self) -> str:
        return next(iter(self.keys))

    def encrypt(self, plaintext: str, *, field: str) -> str:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = AES.new(self.keys[self.current_kid], AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(field.encode())
        ciphertext, tag = cipher.encrypt_and_digest(plaintext.encode())
        return f"{self.current_kid}${base64.b64encode(nonce + ciphertext + tag).decode()}"

    def decrypt(self, stored: str, *, field: str) -> str:
        kid, sep, b64 = stored.partition("$")
        key = self.keys.get(kid)
        if not sep or key is None:
            raise DecryptionError(f"unknown key id for {field}")
        raw = base64.b64decode(b64)
        nonce, body = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        cipher = AES.new(key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(field.encode())
        try:
            return cipher.decrypt_and_verify(body[:-TAG_BYTES], body[-TAG_BYTES:]).decode()
        except ValueError as exc:
            raise DecryptionError(f"{field} failed authentication") from exc

    def lookup_hash(self, value: str, *, field: str) -> str:
        """Deterministic keyed hash for equality search; useless without LOOKUP_HMAC_KEY."""
        message = f"{field}\x00{value.strip().upper()}".encode()
        return hmac.new(self.lookup_key, message, hashlib.sha256).hexdigest()


def mask_id_number(value: str) -> str:
    """`110***********1234`: region prefix and last four, as on Chinese government portals."""
    if len(value) <= 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_phone(value: str) -> str:
    """`138****5678`."""
    if len(value) < 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_name(value: str) -> str:
    """`张*` / `欧阳**`: the family name stays, the rest is hidden."""
    return value[:1] + "*" * (len(value) - 1) if value else value
