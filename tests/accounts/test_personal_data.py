"""Personal data: encrypted at rest (AES-256-GCM, key id beside it), found by keyed hash, masked."""

import base64

import pytest
from tortoise import Tortoise

from banzheng.accounts.models import User
from banzheng.security.fieldcrypt import Cell, DecryptionError, FieldCipher
from tests import factories
from tests.helpers import login_as

ID_NUMBER = "110101199003078515"
PHONE = "13800138000"


@pytest.fixture
async def alice(app):
    return await factories.owner(
        "alice", app.ctx.cipher, real_name="张伟", id_number=ID_NUMBER, phone=PHONE
    )


async def test_profile_shows_personal_data_masked(client, alice):
    resp = await client.get("/api/v1/me", headers=await login_as(client, "alice"))
    body = resp.json()
    assert body["id_number"] == "110***********8515"
    assert body["phone"] == "138****8000"
    assert body["real_name"] == "张*"
    assert ID_NUMBER not in resp.text and PHONE not in resp.text


async def test_database_rows_hold_no_plaintext(alice):
    conn = Tortoise.get_connection("default")
    _, rows = await conn.execute_query('SELECT * FROM "user_account" WHERE "username" = \'alice\'')
    raw = " ".join(str(v) for v in dict(rows[0]).values())
    assert ID_NUMBER not in raw and PHONE not in raw and "张伟" not in raw
    assert dict(rows[0])["id_number_enc"].startswith("v2$demo1$")  # key id stored beside it


async def test_exact_lookup_by_keyed_hash(app, alice):
    cipher = app.ctx.cipher
    found = await User.get(id_number_hash=cipher.lookup_hash(ID_NUMBER.lower(), field="id_number"))
    assert found.id == alice.id
    assert (
        await User.filter(phone_hash=cipher.lookup_hash("13800138001", field="phone")).count() == 0
    )


def test_keys_rotate_old_values_still_decrypt(app):
    old = app.ctx.cipher
    here = Cell("user_account", "1", "id_number_enc")
    sealed = old.encrypt(ID_NUMBER, at=here)
    new_key = base64.b64decode(base64.b64encode(b"n" * 32))
    rotated = FieldCipher({"k2": new_key, **old.keys}, old.lookup_key)
    assert rotated.decrypt(sealed, at=here) == ID_NUMBER
    assert rotated.encrypt(ID_NUMBER, at=here).startswith("v2$k2$")


def test_tampered_or_moved_ciphertext_is_refused(app):
    cipher = app.ctx.cipher
    here = Cell("user_account", "1", "phone_enc")
    sealed = cipher.encrypt(PHONE, at=here)
    with pytest.raises(DecryptionError):
        cipher.decrypt(sealed, at=Cell("user_account", "1", "id_number_enc"))  # another column
    head, _, body = sealed.rpartition("$")
    raw = bytearray(base64.b64decode(body))
    raw[14] ^= 1
    with pytest.raises(DecryptionError):
        cipher.decrypt(f"{head}${base64.b64encode(bytes(raw)).decode()}", at=here)


def test_the_same_value_encrypts_differently_each_time(app):
    cipher = app.ctx.cipher
    here = Cell("user_account", "1", "phone_enc")
    assert cipher.encrypt(PHONE, at=here) != cipher.encrypt(PHONE, at=here)
