"""With API_WORKERS=2 every scrape shows the sums of both processes (prometheus-client's
multiprocess mode), whichever process answers it."""

from __future__ import annotations

import asyncio
import sys
import time

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.faults.conftest import free_port, until_serving

pytestmark = pytest.mark.slow


def healthz_count(text: str) -> float:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if (
                sample.name == "banzheng_http_requests_total"
                and sample.labels.get("route") == "/healthz"
            ):
                return sample.value
    return 0.0


async def test_two_api_processes_report_one_sum(settings_env, migrated, processes, tmp_path):
    port = free_port()
    prom = tmp_path / "prom"
    env = {
        **settings_env,
        "PORT": str(port),
        "API_WORKERS": "2",
        "PROMETHEUS_MULTIPROC_DIR": str(prom),
    }
    prom.mkdir()
    (prom / "counter_999999.db").write_bytes(b"stale")  # from an earlier run: must be wiped
    server = processes.start(
        [sys.executable, "-m", "banzheng", "serve"], log=tmp_path / "api.log", env=env
    )
    base = f"http://127.0.0.1:{port}"
    fresh = httpx.Limits(max_keepalive_connections=0)  # a new connection per request
    async with httpx.AsyncClient(base_url=base, limits=fresh, timeout=10) as http:
        await until_serving(http, server, tmp_path / "api.log")
        sent = 1
        assert not (prom / "counter_999999.db").exists()

        # Until both processes have answered some (each writes its own counter file); the
        # second may start seconds after the first.
        deadline = time.monotonic() + 120
        while len(list(prom.glob("counter_*.db"))) < 2 and time.monotonic() < deadline:
            answers = await asyncio.gather(*(http.get("/healthz") for _ in range(20)))
            assert all(r.status_code == 200 for r in answers)
            sent += len(answers)
            await asyncio.sleep(0.2)
        assert len(list(prom.glob("counter_*.db"))) >= 2, "one process answered everything"

        first = await http.get("/metrics")
        assert first.status_code == 200, first.text
        baseline = healthz_count(first.text)
        assert baseline >= sent  # (the start-up wait may have been answered more than once)
        answers = await asyncio.gather(*(http.get("/healthz") for _ in range(30)))
        assert all(r.status_code == 200 for r in answers)
        for _ in range(6):  # whichever process answers the scrape reports both processes' sum
            scrape = await http.get("/metrics")
            assert scrape.status_code == 200, scrape.text
            assert healthz_count(scrape.text) == baseline + 30
