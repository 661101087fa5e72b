"""Encrypted personal data is bound to its cell (issue #13 item 9): a ciphertext copied onto
another row or into another column is refused, never shown; values sealed before the binding
are re-sealed by `migrate` / `rebind-fields` and read normally afterwards."""

from __future__ import annotations

import base64
import os
import subprocess
import sys

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from tortoise import Tortoise

from banzheng.accounts.models import User
from banzheng.communities.models import OwnerOfRecord
from banzheng.security.fieldcrypt import Cell, DecryptionError, FieldCipher, UnboundValue
from banzheng.security.roles import Role
from tests import factories
from tests.helpers import assert_error, login_as

ALICE_ID, BOB_ID = "110101199003078515", "440106199003030034"
ALICE_PHONE = "13800138000"


def sealed_before_binding(cipher: FieldCipher, plaintext: str, field: str) -> str:
    """A value as the service stored it before row binding: the field name as associated data."""
    nonce = os.urandom(12)
    aead = AESGCM(cipher.keys[cipher.current_kid])
    sealed = aead.encrypt(nonce, plaintext.encode(), field.encode())  # ciphertext | tag
    return f"{cipher.current_kid}${base64.b64encode(nonce + sealed).decode()}"


@pytest.fixture
async def alice_and_bob(app):
    cipher = app.ctx.cipher
    alice = await factories.owner(
        "alice", cipher, real_name="张伟", id_number=ALICE_ID, phone=ALICE_PHONE
    )
    bob = await factories.owner("bob", cipher, real_name="李娜", id_number=BOB_ID)
    return alice, bob


async def test_an_id_number_copied_onto_another_owner_is_refused_not_shown(client, alice_and_bob):
    alice, bob = alice_and_bob
    await User.filter(id=alice.id).update(id_number_enc=bob.id_number_enc)
    resp = await client.get("/api/v1/me", headers=await login_as(client, "alice"))
    assert_error(resp, 500, "SEALED_DATA_REFUSED")
    assert "0034" not in resp.text and BOB_ID not in resp.text
    # Bob still reads his own.
    resp = await client.get("/api/v1/me", headers=await login_as(client, "bob"))
    assert resp.status_code == 200 and resp.json()["id_number"] == "440***********0034"


async def test_a_value_moved_to_another_column_of_the_same_row_is_refused(client, alice_and_bob):
    alice, _ = alice_and_bob
    await User.filter(id=alice.id).update(phone_enc=alice.id_number_enc)
    resp = await client.get("/api/v1/me", headers=await login_as(client, "alice"))
    assert_error(resp, 500, "SEALED_DATA_REFUSED")
    assert ALICE_ID[-4:] not in resp.text


async def test_an_owner_of_record_copied_onto_another_record_is_refused(client, app):
    orgs = await factories.org_tree()
    await factories.staff("clerk", Role.clerk, orgs.heping)
    house = await factories.house(orgs.heping, room="502")
    clerk = await login_as(client, "clerk")
    path = f"/api/v1/houses/{house.id}/owners-of-record"
    owners = [
        {"real_name": "张伟", "id_number": ALICE_ID, "share_percent": 60},
        {"real_name": "李娜", "id_number": BOB_ID, "share_percent": 40},
    ]
    resp = await client.put(path, json={"owners": owners}, headers=clerk)
    assert resp.status_code == 200, resp.text
    zhang, li = [await OwnerOfRecord.get(id=o["id"]) for o in resp.json()["owners"]]
    # Correcting a name keeps the record (and its binding): re-sealed in that record's cells.
    owners[0]["real_name"] = "张 伟"
    resp = await client.put(path, json={"owners": owners}, headers=clerk)
    assert resp.status_code == 200 and resp.json()["owners"][0]["id"] == str(zhang.id)
    assert (await client.get(path, headers=clerk)).status_code == 200

    await OwnerOfRecord.filter(id=li.id).update(id_number_enc=zhang.id_number_enc)
    resp = await client.get(path, headers=clerk)
    assert_error(resp, 500, "SEALED_DATA_REFUSED")
    assert "8515" not in resp.text


def test_the_cell_is_the_associated_data(app):
    cipher = app.ctx.cipher
    here = Cell("user_account", "7b2d12bc-af06-4314-9509-331f93082777", "id_number_enc")
    sealed = cipher.encrypt(ALICE_ID, at=here)
    assert sealed.startswith(f"v2${cipher.current_kid}$")  # the key id stays in the envelope
    assert cipher.decrypt(sealed, at=here) == ALICE_ID
    for elsewhere in (
        Cell(here.table, "0b2d12bc-af06-4314-9509-331f93082777", here.column),
        Cell(here.table, here.row_id, "phone_enc"),
        Cell("house_owner_record", here.row_id, here.column),
    ):
        with pytest.raises(DecryptionError):
            cipher.decrypt(sealed, at=elsewhere)
    with pytest.raises(UnboundValue):
        cipher.decrypt(sealed_before_binding(cipher, ALICE_ID, "id_number"), at=here)


def test_keys_rotate_and_bound_values_under_an_old_key_still_decrypt(app):
    old = app.ctx.cipher
    here = Cell("user_account", "1", "id_number_enc")
    sealed = old.encrypt(ALICE_ID, at=here)
    rotated = FieldCipher({"k2": b"n" * 32, **old.keys}, old.lookup_key)
    assert rotated.decrypt(sealed, at=here) == ALICE_ID
    assert rotated.encrypt(ALICE_ID, at=here).startswith("v2$k2$")
    assert not rotated.is_current(sealed) and old.is_current(sealed)


def test_only_rows_with_a_primary_key_and_declared_columns_are_sealed(app):
    cipher = app.ctx.cipher
    user = User(role=Role.owner, display_name="x")  # UUID id assigned on construction
    cipher.seal(user, "phone_enc", ALICE_PHONE)
    assert cipher.reveal(user, "phone_enc") == ALICE_PHONE
    with pytest.raises(ValueError, match="not a declared encrypted column"):
        cipher.seal(user, "display_name", "张伟")
    user.id = None
    with pytest.raises(ValueError, match="no primary key"):
        cipher.seal(user, "phone_enc", ALICE_PHONE)


def test_every_encrypted_column_is_declared_on_a_model_whose_key_exists_before_insert(app):
    """A new `*_enc` column must be listed (or `migrate` would never re-seal it), and a table
    holding encrypted values needs its primary key before the insert: a database-generated key
    (autoincrement) is not known when the value is sealed."""
    for model in Tortoise.apps["models"].values():
        declared = getattr(model, "ENCRYPTED_COLUMNS", {})
        columns = {name for name in model._meta.fields_map if name.endswith("_enc")}
        assert columns == set(declared), model.__name__
        if declared:
            assert model._meta.pk.default is not None and not model._meta.pk.generated, model


def run_cli(settings_env, command: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "banzheng", command],
        env={**settings_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


async def test_migrate_binds_values_sealed_before_the_binding(client, app, settings_env):
    cipher = app.ctx.cipher
    alice = await factories.owner("alice")
    for column, field, value in (
        ("real_name_enc", "real_name", "张伟"),
        ("id_number_enc", "id_number", ALICE_ID),
        ("phone_enc", "phone", ALICE_PHONE),
    ):
        await User.filter(id=alice.id).update(
            **{column: sealed_before_binding(cipher, value, field)}
        )
    orgs = await factories.org_tree()
    house = await factories.house(orgs.heping)
    record = await OwnerOfRecord.create(
        house=house,
        real_name_enc=sealed_before_binding(cipher, "张伟", "real_name"),
        name_hash="h1",
        id_number_enc=sealed_before_binding(cipher, ALICE_ID, "id_number"),
        id_number_hash="h2",
        share_percent=100,
    )
    with pytest.raises(UnboundValue):  # the service refuses them until they are re-sealed
        cipher.reveal(await User.get(id=alice.id), "id_number_enc")

    done = run_cli(settings_env, "migrate")
    assert done.returncode == 0, done.stderr
    assert "encrypted fields: 5 bound to their row" in done.stdout

    headers = await login_as(client, "alice")
    body = (await client.get("/api/v1/me", headers=headers)).json()
    assert (body["real_name"], body["id_number"], body["phone"]) == (
        "张*",
        "110***********8515",
        "138****8000",
    )
    stored = await User.get(id=alice.id)
    assert stored.id_number_enc.startswith(f"v2${cipher.current_kid}$")
    assert cipher.reveal(await OwnerOfRecord.get(id=record.id), "id_number_enc") == ALICE_ID
    # Bound now: the copy that worked before the migration is refused.
    bob = await factories.owner("bob", cipher, id_number=BOB_ID)
    await User.filter(id=bob.id).update(id_number_enc=stored.id_number_enc)
    with pytest.raises(DecryptionError):
        cipher.reveal(await User.get(id=bob.id), "id_number_enc")
    # Run again: nothing left to do.
    again = run_cli(settings_env, "rebind-fields")
    assert again.returncode == 0 and "0 bound to their row, 0 moved" in again.stdout


async def test_a_copy_made_before_the_migration_is_not_bound(app, settings_env):
    """The same random-nonce ciphertext in two cells is a copy: neither is made readable."""
    cipher = app.ctx.cipher
    alice = await factories.owner("alice")
    bob = await factories.owner("bob")
    copied = sealed_before_binding(cipher, ALICE_ID, "id_number")
    await User.filter(id__in=[alice.id, bob.id]).update(id_number_enc=copied)

    done = run_cli(settings_env, "rebind-fields")
    assert done.returncode == 1
    assert done.stderr.count("the same ciphertext is stored in another cell") == 2
    for user in (alice, bob):
        with pytest.raises(UnboundValue):
            cipher.reveal(await User.get(id=user.id), "id_number_enc")


async def test_rebind_fields_moves_values_to_a_new_first_key(app, settings_env):
    """Key rotation: put the new key first, run `rebind-fields`, then the old one can go."""
    cipher = app.ctx.cipher
    alice = await factories.owner("alice", cipher, id_number=ALICE_ID, phone=ALICE_PHONE)
    new_key = base64.b64encode(b"r" * 32).decode()
    old_keys = ",".join(f"{kid}:{base64.b64encode(k).decode()}" for kid, k in cipher.keys.items())
    done = run_cli(settings_env, "rebind-fields", FIELD_KEYS=f"k2:{new_key},{old_keys}")
    assert done.returncode == 0, done.stderr
    assert "0 bound to their row, 2 moved to the current key" in done.stdout
    only_new = FieldCipher({"k2": b"r" * 32}, cipher.lookup_key)
    stored = await User.get(id=alice.id)
    assert stored.phone_enc.startswith("v2$k2$")
    assert only_new.reveal(stored, "id_number_enc") == ALICE_ID
