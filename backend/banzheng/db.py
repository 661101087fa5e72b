"""Database: Tortoise ORM configuration, aerich migrations, the lag-tolerant read connection.

Migrations are SQL, and SQL differs between PostgreSQL and SQLite, so each dialect has its own
aerich folder (`backend/migrations/<dialect>/`), generated together from the same models by
`scripts/makemigrations.py`. The service and the tests apply them; nothing calls
`generate_schemas` outside that script.

Migrations run once, by one process: `python -m banzheng migrate` (a compose service, a
Kubernetes Job, `scripts/dev.sh`'s launcher) — never by each API process at start. Two migrate
commands started together (a retried Job, two deploys) take turns on a lock: a PostgreSQL
session advisory lock, or a file lock beside the SQLite file; the second finds nothing pending.

Reads that tolerate a few seconds of lag (staff lists, statistics, metrics) go through
`lag_tolerant(query)`, which sends them to `DATABASE_REPLICA_URL` when one is set. Everything
else — owners' own reads (read-your-writes), anything inside a transaction, every write — stays
on the primary.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import functools
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient
from tortoise.models import Model
from tortoise.queryset import QuerySet

from banzheng.common import dbtime
from banzheng.common.times import SERVICE_TZ
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.reseal import ResealReport, reseal_all
from banzheng.settings import REPO_ROOT, Settings

dbtime.install()  # SQLite: every datetime in one canonical text (see common/dbtime.py)


def _sqlite_transactions_take_the_write_lock() -> None:
    """SQLite: a transaction begins with `BEGIN IMMEDIATE`, taking the database's write lock at
    once (waiting for it up to the busy timeout), as `select_for_update` means on PostgreSQL.

    Tortoise begins with a deferred `BEGIN`: a transaction that read first and wrote later, while
    another process (the API beside the worker, in `scripts/dev.sh`) committed a write in
    between, failed at once with "database is locked" — WAL cannot upgrade a stale read
    snapshot, and the busy timeout does not apply. Seen as a 500 on an upload and on an
    acceptance in the mini-program's end-to-end journey."""
    import sqlite3

    from tortoise.backends.sqlite.client import SqliteTransactionWrapper
    from tortoise.exceptions import TransactionManagementError

    async def begin(self) -> None:
        try:
            await self._connection.commit()
            await self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise TransactionManagementError(exc) from exc

    SqliteTransactionWrapper.begin = begin


_sqlite_transactions_take_the_write_lock()

MODEL_MODULES = [
    "banzheng.accounts.models",
    "banzheng.common.models",
    "banzheng.communities.models",
    "banzheng.applications.models",
    "banzheng.materials.models",
    "banzheng.notifications.models",
    "banzheng.feedback.models",
    "banzheng.identity.models",
    "banzheng.signatures.models",
    "banzheng.stats.models",
    "banzheng.certificates.models",
    "banzheng.transparency.models",
    "aerich.models",
]
MIGRATIONS_DIR = REPO_ROOT / "backend" / "migrations"
REPLICA = "replica"
# pg_advisory_lock key of `migrate` (any fixed 64-bit number; this one spells "banzheng").
MIGRATION_LOCK_KEY = 0x62616E7A68656E67
MIGRATION_LOCK_WAIT_SECONDS = 600  # a migration that takes longer is stuck; the waiter gives up
log = logging.getLogger(__name__)
M = TypeVar("M", bound=Model)


def dialect(url: str) -> str:
    scheme = url.split(":", 1)[0]
    if scheme in ("postgres", "postgresql", "asyncpg", "psycopg"):
        return "postgres"
    if scheme == "sqlite":
        return "sqlite"
    raise ValueError(f"unsupported DATABASE_URL scheme {scheme!r}")


async def _keep_session(connection) -> None:
    """asyncpg's pool `reset`: nothing beyond what asyncpg always does on release (end an open
    transaction). Its default sends `SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *;
    RESET ALL;` — one more round trip per query, since Tortoise takes a pooled connection per
    query (5 % of the API's CPU under the submission peak, scripts/bench/README.md). Pooled
    connections hold no session state: no LISTEN, cursors or SET outside a transaction; the
    migration lock's advisory lock lives on a connection of its own, outside the pool."""


def _connection(url: str) -> str | dict:
    if dialect(url) == "sqlite":
        Path(url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
        return url
    from tortoise.backends.base.config_generator import expand_db_url

    config = expand_db_url(url)
    config["credentials"]["reset"] = _keep_session
    return config


def tortoise_config(url: str, replica_url: str = "") -> dict:
    conns = {"default": _connection(url)}
    if replica_url:
        conns[REPLICA] = _connection(replica_url)
    return {
        "connections": conns,
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": SERVICE_TZ.key,  # the TIME_ZONE setting: SQLite stores text in it
    }


def migrations_location(url: str) -> str:
    return str(MIGRATIONS_DIR / dialect(url))


@dataclass(frozen=True)
class Migrated:
    applied: list[str]  # names of the schema migrations applied
    resealed: ResealReport  # encrypted values bound to their row or moved to the current key


async def migrate(settings: Settings) -> Migrated:
    """Apply every pending migration, then the data steps that follow the code, holding the
    migration lock: SQLite datetimes in canonical text, encrypted values sealed for their cell
    under the current key (`security.reseal`; the service refuses unbound values)."""
    from aerich import Command  # only the migrate command needs it (and it is slow to import)

    url = settings.database_url
    async with migration_lock(settings):
        async with Command(
            tortoise_config(url), app="models", location=migrations_location(url)
        ) as cmd:
            await cmd.init()
            applied = await cmd.upgrade(run_in_transaction=True)
            if dialect(url) == "sqlite":
                rewritten = await dbtime.normalise_sqlite(
                    Tortoise.get_connection("default"),
                    [m for m in Tortoise.apps["models"].values() if m._meta.db_table != "aerich"],
                )
                if rewritten:
                    log.info("datetimes rewritten in canonical form", extra={"count": rewritten})
            resealed = await reseal_all(field_cipher(settings))
            return Migrated(applied, resealed)


def field_cipher(settings: Settings) -> FieldCipher:
    return FieldCipher(settings.FIELD_KEYS, settings.LOOKUP_HMAC_KEY.encode())


async def reseal(settings: Settings) -> ResealReport:
    """`security.reseal` alone (`python -m banzheng rebind-fields`), under the migration lock
    so it never runs beside a migration."""
    async with migration_lock(settings):
        await open_database(settings)
        try:
            return await reseal_all(field_cipher(settings))
        finally:
            await close_database()


@contextlib.asynccontextmanager
async def migration_lock(
    settings: Settings, *, wait: float = MIGRATION_LOCK_WAIT_SECONDS
) -> AsyncIterator[None]:
    """One migrator at a time across processes and machines.

    PostgreSQL: a session-level advisory lock on its own connection, held while aerich runs on
    its connections; released by unlock or, if this process dies, by the server when the
    session ends — no lock row to clean up. SQLite (one machine): an exclusive flock."""
    url = settings.database_url
    if dialect(url) == "postgres":
        import asyncpg

        conn = await asyncpg.connect(_asyncpg_dsn(url))
        try:
            deadline = time.monotonic() + wait
            announced = False
            while not await conn.fetchval("SELECT pg_try_advisory_lock($1)", MIGRATION_LOCK_KEY):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"another migration held the lock for over {wait:.0f} s")
                if not announced:
                    log.info("waiting for another process's migration to finish")
                    announced = True
                await asyncio.sleep(0.2)
            try:
                yield
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
        finally:
            await conn.close()
    else:
        path = Path(url.removeprefix("sqlite://")).with_suffix(".migrate.lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a+b") as handle:
            await asyncio.to_thread(fcntl.flock, handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _asyncpg_dsn(url: str) -> str:
    """Tortoise's URL without its own query options (maxsize=…), as asyncpg reads it."""
    base = url.split("?", 1)[0]
    return "postgresql://" + base.split("://", 1)[1]


async def open_database(settings: Settings) -> None:
    """Initialise Tortoise and open the connection now: an unreachable database stops the
    process at start (not at its first request), and no request pays for the connect."""
    # Global fallback: Sanic opens the database in a listener, requests run in other tasks.
    await Tortoise.init(
        config=tortoise_config(settings.database_url, settings.DATABASE_REPLICA_URL),
        _enable_global_fallback=True,
    )
    await ping()


async def close_database() -> None:
    await Tortoise.close_connections()


async def ping() -> None:
    await Tortoise.get_connection("default").execute_query("SELECT 1")


@functools.lru_cache(maxsize=512)
def placeholders(sql: str, dialect: str) -> str:
    """Raw SQL written once with `?` placeholders, as the dialect wants them: `?` for SQLite,
    `$1, $2…` for asyncpg. The SQL must hold no literal `?`."""
    if dialect != "postgres":
        return sql
    parts = sql.split("?")
    return parts[0] + "".join(f"${n}{part}" for n, part in enumerate(parts[1:], start=1))


async def execute_dict(sql: str, params: list) -> list[dict]:
    """Raw SQL with `?` placeholders on the current connection (or transaction)."""
    conn = Tortoise.get_connection("default")
    return await conn.execute_query_dict(placeholders(sql, conn.capabilities.dialect), params)


async def row_by_id(model: type[M], key: object) -> M | None:
    """One row by primary key, the SQL written once per table and dialect instead of built by
    the query builder on every call: for the reads every request of a peak makes (the caller,
    the application). Tortoise's query building was ~12 % of a submit's CPU
    (scripts/bench/README.md). Sees the current transaction, like any query."""
    rows = await rows_where(model, model._meta.db_pk_column, key)
    return rows[0] if rows else None


async def rows_where(model: type[M], column: str, value: object, *, order: str = "") -> list[M]:
    """The rows of `model` whose `column` equals `value` (in `order`, a column, when given), by
    SQL written once rather than built per call: for the reads of the hot paths. `column` and
    `order` are our models' column names, never input."""
    sql = f'SELECT * FROM "{model._meta.db_table}" WHERE "{column}" = ?'  # noqa: S608
    if order:
        sql += f' ORDER BY "{order}"'
    return [model._init_from_db(**row) for row in await execute_dict(sql, [str(value)])]


def lag_tolerant(query: QuerySet[M]) -> QuerySet[M]:
    """Run `query` on the read replica when one is configured.

    For reads whose reader accepts data a few seconds old: staff lists, statistics, metrics.
    Not for an owner reading what they just wrote, nor inside a transaction (the replica does
    not see it), nor before a write that depends on the result."""
    if REPLICA in connections.db_config:
        return query.using_db(connections.get(REPLICA))
    return query


def lag_tolerant_connection() -> BaseDBAsyncClient:
    """The same choice for raw SQL (statistics' aggregations): the replica when configured."""
    return connections.get(REPLICA if REPLICA in connections.db_config else "default")


AfterCommit = Callable[[], Awaitable[None]]
_CALLBACKS = "_banzheng_after_commit"  # attribute on the outermost transaction client


async def after_commit(callback: AfterCommit) -> None:
    """Run `callback` once the current transaction has committed; never if it rolls back.

    Outside a transaction every write has already committed, so it runs at once. Inside one,
    it runs right after COMMIT, still inside `in_transaction()`'s exit, where the connection
    context is the finished transaction: a callback must therefore not use the database (it
    enqueues a job, which reads the committed rows). Within nested blocks the callback waits
    for the outermost COMMIT (Tortoise keeps the outermost client current for savepoints); a
    savepoint rolled back does not cancel it, so callbacks must find their rows before acting,
    which the jobs they enqueue do. A failing callback is logged and the transaction stays
    committed: whatever it was to start is picked up by its own sweep.
    """
    conn = connections.get("default")
    if not isinstance(conn, TransactionalDBClient) or conn._finalized:
        await callback()
        return
    pending: list[AfterCommit] | None = getattr(conn, _CALLBACKS, None)
    if pending is None:
        pending = []
        setattr(conn, _CALLBACKS, pending)
        commit = conn.commit

        async def commit_then_run() -> None:
            await commit()
            for queued in pending:
                try:
                    await queued()
                except Exception:
                    log.exception("after-commit callback failed; its sweep will retry")

        conn.commit = commit_then_run  # this transaction's client only
    pending.append(callback)
