"""Backups that restore (MISSION req. 13: daily off-site backup, disaster recovery).

`create` writes ONE encrypted archive to a second location (a directory or an S3 bucket):

    archive = tar( database/…        the database: `pg_dump --format=custom` of a snapshot
                                     (SQLite: an online copy), in 8 MiB parts
                   objects/<id>.env  every object's envelope and sealed body exactly as stored —
                   objects/<id>.obj  still encrypted under STORAGE_KEYS, never decrypted here
                   manifest.json )   row counts of the same snapshot, every object's size and
                                     SHA-256 (from its envelope), versions

The tar stream is sealed while it is produced, with the object store's own streaming AEAD
(`storage/envelope.py`: AES-256-GCM STREAM segments, a fresh data key wrapped under
`BACKUP_KEYS`) and written through the object store's backends, so the archive's envelope is
written last: an interrupted backup never shows as a backup, and a cut, reordered or edited
archive fails to open. Nothing is spooled to disk in clear.

`restore` reads an archive back into a FRESH database (pg_restore; it refuses a database that
already has tables) and the instance's object store, then `verify`s: the row count of every
table equals the manifest's, every object opens with STORAGE_KEYS and its plaintext SHA-256
equals the manifest's, and the audit log verifies (`python -m banzheng.common.audit verify`).

Run as `scripts/backup.sh` / `scripts/restore.sh` (they call `python -m banzheng.ops.backup`).
Point-in-time recovery between two backups: WAL archiving, docs/operations.md.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from banzheng import db
from banzheng.settings import Settings, load_settings
from banzheng.storage import LocalStorage
from banzheng.storage.base import ObjectStore, new_object_id

ARCHIVE_VERSION = 1
PART_BYTES = 8 * 1024 * 1024
BLOCK = tarfile.BLOCKSIZE  # 512
ARCHIVE_SEGMENT = 1024 * 1024  # the archive's AEAD segments (the object store uses 64 KiB)
_TABLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def _count_sql(table: str) -> str:
    """`SELECT count(*)` of a table named by the catalog or the (authenticated) manifest; any
    name that is not a plain identifier is refused rather than quoted."""
    if not _TABLE_NAME.fullmatch(table):
        raise ValueError(f"unexpected table name {table!r}")
    return f'SELECT count(*) FROM "{table}"'  # noqa: S608 - identifier checked above


# --- where archives live -----------------------------------------------------------------------


def archive_store(settings: Settings, target: str) -> ObjectStore:
    """The second location as an object store whose master keys are BACKUP_KEYS."""
    if target.startswith("s3://"):
        from banzheng.storage import S3Storage

        bucket, _, prefix = target.removeprefix("s3://").partition("/")
        if not bucket:
            raise ValueError("an S3 backup target looks like s3://bucket/prefix/")
        return S3Storage(
            master_keys=settings.BACKUP_KEYS,
            bucket=bucket,
            prefix=prefix,
            endpoint_url=settings.S3_ENDPOINT_URL or None,
            region=settings.S3_REGION,
            access_key_id=settings.S3_ACCESS_KEY_ID or None,
            secret_access_key=settings.S3_SECRET_ACCESS_KEY or None,
            segment_size=ARCHIVE_SEGMENT,
        )
    if not target:
        raise ValueError("no backup target: set BACKUP_TARGET or pass --to / --from")
    return LocalStorage(
        Path(target), master_keys=settings.BACKUP_KEYS, segment_size=ARCHIVE_SEGMENT
    )


async def _opened(store: ObjectStore) -> ObjectStore:
    opener = getattr(store, "open", None)
    if opener is not None:
        await opener()
    return store


async def latest(store: ObjectStore) -> str:
    newest: tuple[datetime, str] | None = None
    async for archive_id in store.list_ids():
        created = (await store.stat(archive_id)).created_at
        if newest is None or created > newest[0]:
            newest = (created, archive_id)
    if newest is None:
        raise FileNotFoundError("no backup in that location")
    return newest[1]


# --- tar, produced and read as a stream ----------------------------------------------------------


def _member(name: str, data: bytes) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(time.time())
    info.mode = 0o600
    header = info.tobuf(format=tarfile.USTAR_FORMAT)
    padding = (-len(data)) % BLOCK
    return header + data + b"\0" * padding


class _TarReader:
    """Members of a tar stream, in order, from an async iterator of chunks."""

    def __init__(self, chunks: AsyncIterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = bytearray()

    async def _read(self, size: int) -> bytes:
        while len(self._buffer) < size:
            try:
                self._buffer += await anext(self._chunks)
            except StopAsyncIteration:
                raise ValueError("the archive ends in the middle of a member") from None
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    async def members(self) -> AsyncIterator[tuple[str, bytes]]:
        while True:
            header = await self._read(BLOCK)
            if header == b"\0" * BLOCK:
                return
            info = tarfile.TarInfo.frombuf(header, "utf-8", "strict")
            data = await self._read(info.size)
            await self._read((-info.size) % BLOCK)
            yield info.name, data


# --- create --------------------------------------------------------------------------------------


@dataclass
class Manifest:
    version: int
    created_at: str
    dialect: str
    tables: dict[str, int]
    objects: dict[str, dict[str, Any]] = field(default_factory=dict)
    tool: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> bytes:
        return json.dumps(vars(self), ensure_ascii=False, indent=1, sort_keys=True).encode()


async def _parts(name: str, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """A stream of unknown length as tar members name.00000, name.00001… of ≤ PART_BYTES."""
    pending = bytearray()
    index = 0
    async for chunk in chunks:
        pending += chunk
        while len(pending) >= PART_BYTES:
            yield _member(f"{name}.{index:05d}", bytes(pending[:PART_BYTES]))
            del pending[:PART_BYTES]
            index += 1
    if pending or index == 0:
        yield _member(f"{name}.{index:05d}", bytes(pending))


async def _postgres_snapshot(url: str) -> tuple[Any, str, dict[str, int]]:
    """An open REPEATABLE READ transaction, its exported snapshot, and the row count of every
    table as of that snapshot (pg_dump --snapshot dumps exactly the same state)."""
    import asyncpg

    conn = await asyncpg.connect(db._asyncpg_dsn(url))
    await conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    snapshot = await conn.fetchval("SELECT pg_export_snapshot()")
    tables = await conn.fetch(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    )
    counts = {}
    for row in tables:
        name = row["tablename"]
        counts[name] = await conn.fetchval(_count_sql(name))
    return conn, snapshot, counts


async def _pg_dump(url: str, snapshot: str) -> AsyncIterator[bytes]:
    proc = await asyncio.create_subprocess_exec(
        "pg_dump", "--format=custom", "--no-owner", "--no-privileges",
        f"--snapshot={snapshot}", "--dbname", db._asyncpg_dsn(url),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    while chunk := await proc.stdout.read(256 * 1024):
        yield chunk
    error = await proc.stderr.read()
    if await proc.wait() != 0:
        raise RuntimeError(f"pg_dump failed: {error.decode(errors='replace')[-2000:]}")


def _sqlite_copy(path: Path, into: Path) -> dict[str, int]:
    """An online, consistent copy (SQLite's backup API) and its row counts."""
    with sqlite3.connect(path) as source, sqlite3.connect(into) as copy:
        source.backup(copy)
    with sqlite3.connect(into) as copy:
        names = [
            r[0]
            for r in copy.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {n: copy.execute(_count_sql(n)).fetchone()[0] for n in names}


async def _file_chunks(path: Path) -> AsyncIterator[bytes]:
    with path.open("rb") as handle:  # a temporary copy of our own, read once
        while chunk := await asyncio.to_thread(handle.read, 256 * 1024):
            yield chunk


async def _archive(settings: Settings, manifest: Manifest) -> AsyncIterator[bytes]:
    """The plaintext tar stream; `manifest` is filled in as it goes and written last."""
    url = settings.database_url
    if manifest.dialect == "postgres":
        conn, snapshot, manifest.tables = await _postgres_snapshot(url)
        try:
            async for member in _parts("database/postgres.dump", _pg_dump(url, snapshot)):
                yield member
        finally:
            await conn.execute("ROLLBACK")
            await conn.close()
    else:
        with tempfile.TemporaryDirectory(prefix="banzheng-backup-") as folder:
            copy = Path(folder) / "copy.sqlite3"
            source = Path(url.removeprefix("sqlite://"))
            manifest.tables = await asyncio.to_thread(_sqlite_copy, source, copy)
            async for member in _parts("database/sqlite.db", _file_chunks(copy)):
                yield member

    from banzheng.app import make_storage  # the instance's own object store

    store = await _opened(make_storage(settings))
    try:
        # Objects are listed after the database snapshot: an object is written before the row
        # that refers to it, so every object the snapshot refers to is already here.
        async for object_id in store.list_ids():
            envelope, body = await store.read_sealed(object_id)
            sealed = b"".join([chunk async for chunk in body])
            stored = json.loads(envelope)
            manifest.objects[object_id] = {
                "size": stored["size"],
                "sha256": stored["sha256"],
                "sealed_sha256": hashlib.sha256(sealed).hexdigest(),
            }
            yield _member(f"objects/{object_id}.env", envelope)
            yield _member(f"objects/{object_id}.obj", sealed)
    finally:
        await store.close()
    yield _member("manifest.json", manifest.to_json())
    yield b"\0" * (2 * BLOCK)


async def create(settings: Settings, *, target: str) -> dict[str, Any]:
    """Write one archive to `target`; returns its id and what it holds."""
    manifest = Manifest(
        version=ARCHIVE_VERSION,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        dialect=db.dialect(settings.database_url),
        tables={},
        tool={"python": sys.version.split()[0]},
    )
    archive_id = new_object_id()
    started = time.perf_counter()
    store = await _opened(archive_store(settings, target))
    try:
        stored = await store.put_stream(archive_id, _archive(settings, manifest))
    finally:
        await store.close()
    return {
        "backup": archive_id,
        "target": target,
        "bytes": stored.size,
        "sha256": stored.sha256,
        "tables": len(manifest.tables),
        "rows": sum(manifest.tables.values()),
        "objects": len(manifest.objects),
        "seconds": round(time.perf_counter() - started, 2),
    }


# --- restore and verify --------------------------------------------------------------------------


async def _fresh_postgres(url: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(db._asyncpg_dsn(url))
    try:
        tables = await conn.fetchval("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
    finally:
        await conn.close()
    if tables:
        raise RuntimeError("restore needs a fresh, empty database: this one already has tables")


async def restore(settings: Settings, *, source: str, archive_id: str = "latest") -> dict:
    """Restore into the database and object store that `settings` name (both fresh), then
    verify. Returns the verification report; raises if the archive cannot be read."""
    url = settings.database_url
    dialect = db.dialect(url)
    archive = await _opened(archive_store(settings, source))
    from banzheng.app import make_storage

    objects = await _opened(make_storage(settings))
    restorer = None
    manifest: dict | None = None
    envelopes: dict[str, bytes] = {}
    try:
        if archive_id == "latest":
            archive_id = await latest(archive)
        if dialect == "postgres":
            await _fresh_postgres(url)
            restorer = await asyncio.create_subprocess_exec(
                "pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
                "--dbname", db._asyncpg_dsn(url),
                stdin=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            sqlite_out = None
        else:
            target = Path(url.removeprefix("sqlite://"))
            await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True)
            try:  # "x": a fresh database only, never over an existing one
                sqlite_out = await asyncio.to_thread(target.open, "xb")
            except FileExistsError:
                raise RuntimeError(f"restore needs a fresh database: {target} exists") from None
        try:
            async for name, data in _TarReader(await archive.open_stream(archive_id)).members():
                if name.startswith("database/"):
                    if dialect not in name:
                        raise RuntimeError(f"the archive holds a {name} database, not {dialect}")
                    if restorer is not None:
                        restorer.stdin.write(data)
                        await restorer.stdin.drain()
                    else:
                        await asyncio.to_thread(sqlite_out.write, data)
                elif name.startswith("objects/") and name.endswith(".env"):
                    envelopes[name[8:-4]] = data
                elif name.startswith("objects/") and name.endswith(".obj"):
                    object_id = name[8:-4]
                    await objects.write_sealed(object_id, envelopes.pop(object_id), _one(data))
                elif name == "manifest.json":
                    manifest = json.loads(data)
                else:
                    raise RuntimeError(f"unexpected member {name!r} in the archive")
        finally:
            if sqlite_out is not None:
                sqlite_out.close()
        if restorer is not None:
            restorer.stdin.close()
            error = await restorer.stderr.read()
            if await restorer.wait() != 0:
                raise RuntimeError(f"pg_restore failed: {error.decode(errors='replace')[-2000:]}")
        if manifest is None:
            raise RuntimeError("the archive has no manifest")
        report = await verify(settings, manifest, objects)
        report["backup"] = archive_id
        return report
    finally:
        if restorer is not None and restorer.returncode is None:
            restorer.kill()
            await restorer.wait()
        await objects.close()
        await archive.close()


async def _one(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def _row_counts(settings: Settings, tables: list[str]) -> dict[str, int]:
    url = settings.database_url
    if db.dialect(url) == "postgres":
        import asyncpg

        conn = await asyncpg.connect(db._asyncpg_dsn(url))
        try:
            return {t: await conn.fetchval(_count_sql(t)) for t in tables}
        finally:
            await conn.close()
    with sqlite3.connect(url.removeprefix("sqlite://")) as conn:
        return {t: conn.execute(_count_sql(t)).fetchone()[0] for t in tables}


async def verify(settings: Settings, manifest: dict, objects: ObjectStore) -> dict:
    """Row counts, every object's plaintext hash, and the audit log, against the manifest."""
    counts = await _row_counts(settings, list(manifest["tables"]))
    rows_differ = {
        t: {"backup": n, "restored": counts.get(t)}
        for t, n in manifest["tables"].items()
        if counts.get(t) != n
    }
    bad_objects = {}
    for object_id, expected in manifest["objects"].items():
        digest = hashlib.sha256()
        try:
            async for chunk in await objects.open_stream(object_id):
                digest.update(chunk)
        except Exception as exc:  # any failure to read back is this object's verdict
            bad_objects[object_id] = type(exc).__name__
            continue
        if digest.hexdigest() != expected["sha256"]:
            bad_objects[object_id] = "sha256 differs"
    present = {oid async for oid in objects.list_ids()}
    missing = sorted(set(manifest["objects"]) - present)
    audit = await asyncio.to_thread(_audit_verify, settings)
    return {
        "tables": len(counts),
        "rows": sum(v or 0 for v in counts.values()),
        "rows_differ": rows_differ,
        "objects": len(manifest["objects"]),
        "objects_bad": bad_objects,
        "objects_missing": missing,
        "audit_ok": audit.returncode == 0,
        "audit_output": (audit.stdout + audit.stderr).strip()[-500:],
        "ok": not rows_differ and not bad_objects and not missing and audit.returncode == 0,
    }


def _audit_verify(settings: Settings) -> subprocess.CompletedProcess:
    """The audit log's own public check, as an operator runs it, against the restored data: a
    backup ends before the newest published checkpoints, so it is checked as a prefix."""
    env = {
        **os.environ,
        "DATABASE_URL": settings.DATABASE_URL,
        "VAR_DIR": str(settings.VAR_DIR),
        "ENV": settings.ENV.value,
    }
    return subprocess.run(
        [sys.executable, "-m", "banzheng.common.audit", "verify", "--prefix"],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )


# --- command line --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m banzheng.ops.backup", description=__doc__.split("\n\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("create", help="write one encrypted archive")
    made.add_argument("--to", default=None, help="directory or s3://bucket/prefix/ (BACKUP_TARGET)")
    back = commands.add_parser("restore", help="restore into a fresh database and object store")
    back.add_argument("--from", dest="source", default=None, help="where the archives are")
    back.add_argument("--backup", default="latest", help="archive id (default: the newest)")
    listing = commands.add_parser("list", help="archives in a location, newest last")
    listing.add_argument("--from", dest="source", default=None)
    args = parser.parse_args(argv)
    settings = load_settings()

    async def run() -> dict | list:
        if args.command == "create":
            return await create(settings, target=args.to or settings.BACKUP_TARGET)
        if args.command == "restore":
            return await restore(
                settings, source=args.source or settings.BACKUP_TARGET, archive_id=args.backup
            )
        store = await _opened(archive_store(settings, args.source or settings.BACKUP_TARGET))
        try:
            found = [(await store.stat(i), i) async for i in store.list_ids()]
        finally:
            await store.close()
        return [
            {"backup": i, "created_at": s.created_at.isoformat(), "bytes": s.size}
            for s, i in sorted(found, key=lambda pair: pair[0].created_at)
        ]

    result = asyncio.run(run())
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if isinstance(result, dict) and result.get("ok") is False:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
