"""Redis failover through Sentinel: the master dies, the sentinel promotes the replica, the API
and the worker follow (REDIS_URL=redis+sentinel://…), and every accepted submission is processed
exactly once. A bounded version of scripts/bench/failover.py: one sentinel (`redis-server
--sentinel`, the same binary as Debian's redis-sentinel), down-after 1 s, the app in-process.
"""

from __future__ import annotations

import asyncio
import signal

import httpx
import pytest
from redis.asyncio import Redis
from sanic import Sanic

from banzheng import db, redisdb
from banzheng.app import attach_services, create_app
from banzheng.applications import checklists, lifecycle
from banzheng.applications.catalogue import ensure_catalogue
from banzheng.applications.models import Application, ApplicationKind, Status
from banzheng.settings import load_settings
from banzheng.worker import build_worker, run_until_empty
from tests import factories
from tests.conftest import _empty_tables
from tests.faults.conftest import (
    CORE,
    draft_with_core_materials,
    events,
    free_port,
    redis_server_binary,
    wait_for,
)
from tests.helpers import login_as

pytestmark = pytest.mark.slow
SERVICE = "banzheng"


class Group:
    def __init__(self, processes, folder) -> None:
        self.processes, self.folder = processes, folder
        self.binary = redis_server_binary()
        self.master_port, self.replica_port, self.sentinel_port = (free_port() for _ in range(3))
        self.procs: dict[str, object] = {}

    def server(self, name: str, port: int, *extra: str) -> None:
        (self.folder / name).mkdir(exist_ok=True)
        self.procs[name] = self.processes.start(
            [self.binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
             "--appendonly", "no", "--dir", str(self.folder / name), *extra],
            log=self.folder / f"{name}.log",
        )  # fmt: skip

    async def start(self) -> None:
        self.server("master", self.master_port)
        self.server("replica", self.replica_port, "--replicaof", "127.0.0.1", str(self.master_port))
        await self.replicas(self.master_port, 1)
        conf = self.folder / "sentinel.conf"
        conf.write_text(
            f"port {self.sentinel_port}\nbind 127.0.0.1\ndir {self.folder}\n"
            f"sentinel monitor {SERVICE} 127.0.0.1 {self.master_port} 1\n"
            f"sentinel down-after-milliseconds {SERVICE} 1000\n"
            f"sentinel failover-timeout {SERVICE} 5000\n"
        )
        self.procs["sentinel"] = self.processes.start(
            [self.binary, str(conf), "--sentinel"], log=self.folder / "sentinel.log"
        )
        await self.master_is(self.master_port)

    @property
    def url(self) -> str:
        return f"redis+sentinel://127.0.0.1:{self.sentinel_port}/{SERVICE}/0"

    async def replicas(self, port: int, count: int) -> None:
        async def online():
            client = Redis(host="127.0.0.1", port=port)
            try:
                info = await client.info("replication")
            except OSError:
                return False
            finally:
                await client.aclose()
            return (
                info.get("role") == "master"
                and info.get("connected_slaves", 0) >= count
                and all(
                    v.get("state") == "online"
                    for k, v in info.items()
                    if k.startswith("slave") and isinstance(v, dict)
                )
            )

        await wait_for(online, seconds=30, interval=0.2, what=f"{count} replica(s) on {port}")

    async def master_is(self, port: int) -> None:
        async def named():
            client = Redis(host="127.0.0.1", port=self.sentinel_port, socket_timeout=1)
            try:
                addr = await client.execute_command("SENTINEL", "get-master-addr-by-name", SERVICE)
                return addr is not None and int(addr[1]) == port
            except OSError:
                return False
            finally:
                await client.aclose()

        await wait_for(named, seconds=30, interval=0.2, what=f"the sentinel to name {port}")

    def kill_master(self) -> None:
        proc = self.procs.pop("master")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)


@pytest.fixture
async def group(processes, tmp_path):
    if redis_server_binary() is None:
        pytest.skip("no redis-server binary")
    made = Group(processes, tmp_path)
    await made.start()
    return made


@pytest.fixture
async def sentinel_app(settings, database, group, tmp_path):
    private = load_settings(
        ENV="test",
        DEV_LOGIN=True,
        VAR_DIR=tmp_path / "var",
        REDIS_URL=group.url,
        REDIS_REPLICA_ACKS=1,
        DATABASE_URL=settings.DATABASE_URL,
    )
    await _empty_tables(db.dialect(private.database_url))
    await ensure_catalogue()
    redis = redisdb.connect(group.url)
    application = create_app(private)
    attach_services(application, redis)
    application.asgi = True
    await application._startup()
    await application._server_event("init", "before")
    yield application
    await application.ctx.wechat.aclose()
    await redis.aclose()
    Sanic._app_registry.pop(application.name, None)


async def test_submissions_survive_a_master_failover_exactly_once(sentinel_app, group):
    transport = httpx.ASGITransport(app=sentinel_app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://banzheng.test") as client:
        first, _ = await draft_with_core_materials()
        headers = await login_as(client, "alice")
        resp = await client.post(f"/api/v1/applications/{first.id}/submit", headers=headers)
        assert resp.status_code == 202, resp.text  # acknowledged only once the replica has it

        group.kill_master()
        await group.master_is(group.replica_port)  # promoted by the sentinel
        group.server("master", group.master_port)  # the old one comes back empty…
        await group.replicas(group.replica_port, 1)  # …as the new master's replica

        second = await _bobs_draft_beside(first)
        bob_headers = await login_as(client, "bob")

        async def accepted():  # the API finds the new master through the sentinel by itself
            answer = await client.post(
                f"/api/v1/applications/{second.id}/submit",
                headers={**bob_headers, "Idempotency-Key": "bob-submit-1"},
            )
            assert answer.status_code in (202, 409, 503), answer.text
            return answer.status_code == 202

        await wait_for(accepted, seconds=20, interval=0.5, what="a submission after failover")

        worker_redis = redisdb.connect(group.url)
        try:
            worker = build_worker(sentinel_app.ctx.settings, worker_redis)
            await run_until_empty(worker)
        finally:
            await worker_redis.aclose()
        for application in (first, second):
            assert (await Application.get(id=application.id)).status is Status.pre_review
            actions = await events(str(application.id))
            assert actions.count("submit") == 1 and actions.count("start_pre_review") == 1, actions
    await asyncio.sleep(0)


async def _bobs_draft_beside(first: Application) -> Application:
    """Bob's draft in the same estate as Alice's, core materials recorded."""
    from banzheng.communities.models import House

    bob = await factories.owner("bob")
    alices = await House.get(id=first.house_id).select_related("building__community__organisation")
    estate = alices.building.community
    house = await factories.house(estate.organisation, owner=bob, room="502", estate=estate)
    application = await lifecycle.create_draft(
        user=bob, house_id=house.id, kind=ApplicationKind.transfer_registration
    )
    for code in CORE:
        await checklists.provide_material(
            application=application, code=code, object_id=f"obj-{code}", actor=bob
        )
    return application
