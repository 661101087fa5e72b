"""Personal data at rest: AES-256-GCM per value, bound to the cell that holds it.

Stored form: `v2$<kid>$<base64(nonce | ciphertext | tag)>`. The key id lets keys rotate: new
values use the first key of FIELD_KEYS, old values still decrypt while their key is listed.
The associated data is the value's cell — table, the row's primary key, column — so a
ciphertext copied onto another row (someone else's ID number) or into another column of the
same row fails authentication instead of decrypting (issue #13 item 9). A row's primary key is
therefore known before its values are sealed: every table with encrypted columns has a UUID
key, assigned in Python when the model is built (`Cell.of` refuses a row without one).

Values written before the binding (`<kid>$<base64>`, the field name as associated data) are
refused on read; `python -m banzheng migrate` re-seals them (`security.reseal`,
docs/decisions/0005-field-encryption-bound-to-the-row.md).
Exact lookups (find the owner with this ID number) use a keyed hash, never the plaintext.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

if TYPE_CHECKING:
    from tortoise.models import Model

NONCE_BYTES = 12
TAG_BYTES = 16
BOUND = "v2"  # envelope marker: associated data is the cell (before it: the field name)
_AAD_CONTEXT = "banzheng.fieldcrypt.v2"


class DecryptionError(Exception):
    """The value was tampered with, moved to another cell, or its key is gone."""


class UnboundValue(DecryptionError):
    """The value predates row binding: `python -m banzheng migrate` has not re-sealed it."""


@dataclass(frozen=True)
class Cell:
    """Where a value is stored: its associated data. Table and column are database names."""

    table: str
    row_id: str
    column: str

    @classmethod
    def of(cls, row: Model, column: str) -> Cell:
        """The cell of `row.<column>`; the column must be one the model declares encrypted."""
        model = type(row)
        if column not in getattr(model, "ENCRYPTED_COLUMNS", {}):
            raise ValueError(f"{model.__name__}.{column} is not a declared encrypted column")
        if row.pk is None:
            raise ValueError(f"{model.__name__} has no primary key yet: assign it before sealing")
        return cls(model._meta.db_table, str(row.pk), model._meta.fields_db_projection[column])

    def associated_data(self) -> bytes:
        return "\x00".join((_AAD_CONTEXT, self.table, self.row_id, self.column)).encode()

    def __str__(self) -> str:
        return f"{self.table}.{self.column} of {self.row_id}"


@dataclass(frozen=True)
class FieldCipher:
    keys: dict[str, bytes]
    lookup_key: bytes

    @property
    def current_kid(self) -> str:
        return next(iter(self.keys))

    def encrypt(self, plaintext: str, *, at: Cell) -> str:
        return f"{BOUND}${self.current_kid}${self._seal(plaintext, at.associated_data())}"

    def decrypt(self, stored: str, *, at: Cell) -> str:
        parts = stored.split("$")
        if len(parts) == 2:
            raise UnboundValue(f"{at} was sealed before row binding: run `banzheng migrate`")
        if len(parts) != 3 or parts[0] != BOUND:
            raise DecryptionError(f"{at} holds no field envelope")
        return self._open(parts[1], parts[2], at.associated_data(), what=str(at))

    def seal(self, row: Model, column: str, plaintext: str | None) -> None:
        """Set `row.<column>` to `plaintext` encrypted for that cell (None clears it)."""
        stored = None if plaintext is None else self.encrypt(plaintext, at=Cell.of(row, column))
        setattr(row, column, stored)

    def reveal(self, row: Model, column: str) -> str | None:
        """`row.<column>` decrypted, None when empty; a value from another cell raises."""
        stored = getattr(row, column)
        return self.decrypt(stored, at=Cell.of(row, column)) if stored else None

    def is_current(self, stored: str) -> bool:
        """Bound, and under the key that encrypts now: nothing for `security.reseal` to do."""
        return stored.startswith(f"{BOUND}${self.current_kid}$")

    def decrypt_unbound(self, stored: str, *, field: str) -> str:
        """A value from before row binding, whose associated data was the field name alone.
        Only `security.reseal` calls it, to re-seal the value in its own cell."""
        kid, sep, b64 = stored.partition("$")
        if not sep or "$" in b64:
            raise DecryptionError(f"{field}: not an unbound value")
        return self._open(kid, b64, field.encode(), what=field)

    def _seal(self, plaintext: str, aad: bytes) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(self.keys[self.current_kid]).encrypt(nonce, plaintext.encode(), aad)
        return base64.b64encode(nonce + sealed).decode()  # nonce | ciphertext | tag

    def _open(self, kid: str, b64: str, aad: bytes, *, what: str) -> str:
        key = self.keys.get(kid)
        if key is None:
            raise DecryptionError(f"unknown key id for {what}")
        try:
            raw = base64.b64decode(b64, validate=True)
        except binascii.Error as exc:
            raise DecryptionError(f"{what} is not base64") from exc
        if len(raw) < NONCE_BYTES + TAG_BYTES:
            raise DecryptionError(f"{what} is too short to be a field envelope")
        try:
            return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad).decode()
        except (InvalidTag, UnicodeDecodeError) as exc:
            raise DecryptionError(f"{what} failed authentication") from exc

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
