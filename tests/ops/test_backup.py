"""scripts/backup.sh → scripts/restore.sh: a fresh database and object store end up with the
same rows, the same objects (by hash) and an audit log that verifies; a damaged archive or a
database that is not fresh is refused."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from tortoise import Tortoise

from banzheng.ops import backup
from banzheng.settings import REPO_ROOT
from banzheng.storage.errors import StorageIntegrityError
from tests.applications.conftest import draft, provide
from tests.conftest import _pg_admin

pytestmark = pytest.mark.slow


def _script(name: str, *args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(REPO_ROOT / "scripts" / name), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


async def _counts() -> dict[str, int]:
    conn = Tortoise.get_connection("default")
    counts = {}
    for model in Tortoise.apps["models"].values():
        table = model._meta.db_table
        _, rows = await conn.execute_query(f'SELECT COUNT(*) AS n FROM "{table}"')
        counts[table] = rows[0]["n"] if isinstance(rows[0], dict) else rows[0][0]
    return counts


@pytest.fixture
def fresh_instance(settings, tmp_path):
    """Environment of an empty instance to restore into: a new database, a new VAR_DIR."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(ENV="test", VAR_DIR=str(tmp_path / "restored"), REDIS_URL=settings.REDIS_URL)
    created = None
    if settings.DATABASE_URL.startswith("postgres"):
        created = f"banzheng_restore_{uuid.uuid4().hex[:10]}"
        asyncio.run(_pg_admin(settings.DATABASE_URL, f'CREATE DATABASE "{created}"'))
        env["DATABASE_URL"] = urlunsplit(
            urlsplit(settings.DATABASE_URL)._replace(path=f"/{created}")
        )
    yield env
    if created:
        asyncio.run(
            _pg_admin(settings.DATABASE_URL, f'DROP DATABASE IF EXISTS "{created}" WITH (FORCE)')
        )


async def test_a_backup_restores_into_a_fresh_instance(
    app, act, world, settings_env, fresh_instance, tmp_path
):
    created = await draft(act, world)
    await provide(act, created["id"], "owner_id_card", "purchase_contract")  # two objects
    clerk = await act("clerk")  # staff activity writes the audit log too
    assert (await clerk.get("/api/v1/work-queue")).status_code == 200
    source_counts = await _counts()
    assert source_counts["audit_event"] >= 1
    objects = list((Path(settings_env["VAR_DIR"]) / "objects").glob("??/??/*.env"))
    assert len(objects) >= 2

    backups = tmp_path / "offsite"
    made = _script("backup.sh", "--to", str(backups), env=settings_env)
    assert made.returncode == 0, made.stderr[-3000:]
    summary = json.loads(made.stdout)
    assert summary["objects"] == len(objects) and summary["rows"] >= sum(source_counts.values())
    # nothing in clear at the second location: no PNG, no SQL, no table name
    stored = b"".join(p.read_bytes() for p in backups.rglob("*") if p.is_file())
    for clear in (b"\x89PNG", b"CREATE TABLE", b"audit_event", b"application_material"):
        assert clear not in stored

    restored = _script("restore.sh", "--from", str(backups), env=fresh_instance)
    assert restored.returncode == 0, restored.stdout[-3000:] + restored.stderr[-3000:]
    report = json.loads(restored.stdout)
    assert report["ok"] and report["audit_ok"], report
    assert report["rows_differ"] == {} and report["objects_bad"] == {}
    assert report["objects_missing"] == [] and report["objects"] == len(objects)
    assert report["backup"] == summary["backup"]

    # the restored store serves the same bytes the source does
    from banzheng.app import make_storage
    from banzheng.settings import load_settings

    source_store = make_storage(load_settings(**{"VAR_DIR": settings_env["VAR_DIR"]}))
    target_store = make_storage(load_settings(VAR_DIR=fresh_instance["VAR_DIR"]))
    object_id = objects[0].name.removesuffix(".env")
    original = b"".join([c async for c in await source_store.open_stream(object_id)])
    copy = b"".join([c async for c in await target_store.open_stream(object_id)])
    assert original == copy and original.startswith(b"\x89PNG")

    # restoring again over what is now a populated instance is refused
    with pytest.raises(RuntimeError, match="fresh"):
        await backup.restore(_settings_of(fresh_instance), source=str(backups))


def _settings_of(env: dict):
    from banzheng.settings import load_settings

    return load_settings(
        ENV="test", VAR_DIR=env["VAR_DIR"], DATABASE_URL=env.get("DATABASE_URL", "")
    )


async def test_a_damaged_archive_does_not_restore(
    app, act, world, settings, fresh_instance, tmp_path
):
    await draft(act, world)
    backups = tmp_path / "offsite"
    await backup.create(settings, target=str(backups))
    [body] = list(backups.glob("??/??/*.obj"))
    data = bytearray(body.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, in the middle of the sealed archive
    body.write_bytes(bytes(data))
    with pytest.raises(StorageIntegrityError, match="failed authentication"):
        await backup.restore(_settings_of(fresh_instance), source=str(backups))


async def test_backups_go_to_an_s3_bucket_and_come_back(
    app, act, world, settings, fresh_instance, s3_endpoint
):
    created = await draft(act, world)
    await provide(act, created["id"], "owner_id_card")
    account = {
        "S3_ENDPOINT_URL": s3_endpoint,
        "S3_ACCESS_KEY_ID": "test",
        "S3_SECRET_ACCESS_KEY": "test-secret",  # moto accepts any
    }
    target = f"s3://backups-{uuid.uuid4().hex[:8]}/daily/"
    source = settings.model_copy(update=account)
    bucket_store = backup.archive_store(source, target)
    async with await bucket_store.open():
        await bucket_store.client.create_bucket(Bucket=bucket_store.bucket)

    made = await backup.create(source, target=target)
    assert made["objects"] == 1
    restored = await backup.restore(
        _settings_of(fresh_instance).model_copy(update=account), source=target
    )
    assert restored["ok"], restored
    assert restored["backup"] == made["backup"] and restored["objects"] == 1
