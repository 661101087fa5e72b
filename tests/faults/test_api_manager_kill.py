"""With API_WORKERS=2, Sanic's manager process killed outright (a supervisor's SIGKILL, the OOM
killer) takes its workers with it: they used to keep serving the port with nobody to restart or
stop them, and a restarted service could not bind it. (multiprocessing's own helpers — the
SyncManager Sanic shares worker state through, and the resource tracker — hold no port and
still outlive it.)"""

from __future__ import annotations

import os
import signal
import sys

import httpx
import psutil
import pytest

from tests.faults.conftest import free_port, until_serving, wait_for

pytestmark = pytest.mark.slow


async def test_the_api_workers_end_with_a_killed_manager(
    settings_env, migrated, processes, tmp_path
):
    port = free_port()
    env = {**settings_env, "PORT": str(port), "API_WORKERS": "2"}
    log = tmp_path / "api.log"
    manager = processes.start([sys.executable, "-m", "banzheng", "serve"], log=log, env=env)
    base = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient(base_url=base, timeout=5) as http:
        await until_serving(http, manager, log)

    def listening(process: psutil.Process) -> bool:
        return any(
            c.status == psutil.CONN_LISTEN and c.laddr.port == port
            for c in process.net_connections("tcp")
        )

    workers = [p for p in psutil.Process(manager.pid).children(recursive=True) if listening(p)]
    assert len(workers) == 2, "two worker processes serve the port"
    os.kill(manager.pid, signal.SIGKILL)
    manager.wait(timeout=10)

    def alive(process: psutil.Process) -> bool:
        try:
            return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    async def all_gone() -> bool:
        return not any(alive(p) for p in workers)

    try:
        await wait_for(all_gone, seconds=30, what="the workers to end with their manager")
    except AssertionError:
        raise AssertionError([(p.pid, p.cmdline()) for p in workers if alive(p)]) from None
    with pytest.raises(httpx.TransportError):
        async with httpx.AsyncClient(base_url=base, timeout=2) as http:
            await http.get("/healthz")
