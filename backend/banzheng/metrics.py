"""Prometheus metrics (prometheus-client): what operators watch, in one module.

Two kinds, kept apart on purpose:

- **Per-process** counters and histograms, recorded where the work happens: HTTP requests per
  route (count and latency) in the API, job runs per function (count by outcome and duration) in
  the worker. With several API processes on one host (`API_WORKERS` > 1) prometheus-client's
  multiprocess mode is used: `python -m banzheng serve` points `PROMETHEUS_MULTIPROC_DIR` at an
  empty folder before Sanic starts its workers, each process writes its own memory-mapped file
  there, and `/metrics` merges the files of every process (`MultiProcessCollector`), so a scrape
  answered by any one process shows the sums of all of them.
- **Shared state** read at scrape time, never kept in a process: queue depth (Redis), dead
  letters (Redis), SLA steps active / overdue (database, through the lag-tolerant read
  connection). Every API process reports the same figures; dashboards take `max` over instances.

Access (`allowed`): a scrape is served when the caller presents `METRICS_TOKEN` as a bearer
token, or when both the connecting peer and any forwarded client address are inside
`METRICS_ALLOWED_NETWORKS`. The public nginx refuses `/metrics` outright (docker/nginx.conf).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import os
import shutil
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = CONTENT_TYPE_LATEST
UNMATCHED_ROUTE = "<unmatched>"  # 404s for unknown paths share one label (bounded cardinality)

# Seconds. Owners' requests should answer well under a second; uploads and the peak's queued
# submissions take longer, so the top buckets reach 30 s.
HTTP_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
# Jobs: a submission's pre-review takes seconds; audit verification and PDF sealing minutes.
JOB_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)

HTTP_REQUESTS = Counter(
    "banzheng_http_requests_total",
    "HTTP requests answered, by route template, method and status",
    ["method", "route", "status"],
)
HTTP_LATENCY = Histogram(
    "banzheng_http_request_duration_seconds",
    "Time from a request's arrival to its response, by route template and method",
    ["method", "route"],
    buckets=HTTP_BUCKETS,
)
JOBS = Counter(
    "banzheng_jobs_total",
    "Job runs finished by the worker, by function and outcome (complete, failed, retried, aborted)",
    ["function", "outcome"],
)
JOB_DURATION = Histogram(
    "banzheng_job_duration_seconds",
    "Run time of a job attempt in the worker, by function",
    ["function"],
    buckets=JOB_BUCKETS,
)


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def observe_request(method: str, route: str | None, status: int, seconds: float | None) -> None:
    label = route or UNMATCHED_ROUTE
    method = method if method in _METHODS else "OTHER"  # a client's invented verb adds no series
    HTTP_REQUESTS.labels(method, label, str(status)).inc()
    if seconds is not None:
        HTTP_LATENCY.labels(method, label).observe(seconds)


def observe_job(function: str, outcome: str, seconds: float) -> None:
    JOBS.labels(function, outcome).inc()
    JOB_DURATION.labels(function).observe(max(seconds, 0.0))


# --- multiprocess mode -------------------------------------------------------------------------


def prepare_multiprocess_dir(directory: Path) -> Path:
    """Empty `directory` (files of a previous run would be summed in) and export it as
    PROMETHEUS_MULTIPROC_DIR for the processes started after this call.

    Must run before any process that records metrics imports prometheus-client: the library
    chooses its value store (in memory or memory-mapped files) at import time."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    os.environ[MULTIPROC_ENV] = str(directory)
    return directory


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROC_ENV) or None


# --- shared state read at scrape time ----------------------------------------------------------


def shared_state_collector(values: Mapping[str, Mapping[str, float] | float]):
    """A collector over figures already read (Redis and database calls are async; a
    prometheus-client collector is not), built afresh for each scrape."""

    class _Shared:
        def collect(self) -> Iterable[GaugeMetricFamily]:
            queue = GaugeMetricFamily(
                "banzheng_queue_jobs",
                "Jobs in the queue by state (shared, read from Redis)",
                labels=["state"],
            )
            for state, count in values["queue"].items():
                queue.add_metric([state], count)
            yield queue
            yield GaugeMetricFamily(
                "banzheng_dead_letters",
                "Jobs that failed their last retry and wait for an administrator",
                value=values["dead_letters"],
            )
            yield GaugeMetricFamily(
                "banzheng_sla_steps_active",
                "Department and registry steps running now (shared, from the database)",
                value=values["sla"]["active"],
            )
            yield GaugeMetricFamily(
                "banzheng_sla_steps_overdue",
                "Running steps past their time limit in working days (预警 overdue)",
                value=values["sla"]["overdue"],
            )
            yield GaugeMetricFamily(
                "banzheng_scrape_shared_state_seconds",
                "Time spent reading the shared figures for this scrape",
                value=values["read_seconds"],
            )

    return _Shared()


def exposition(shared: Mapping | None = None) -> bytes:
    """The text a scrape gets: this host's processes (merged in multiprocess mode) plus the
    shared figures."""
    path = multiprocess_dir()
    if path:
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=path)
    else:
        registry = CollectorRegistry()
        registry.register(_Default())
    if shared is not None:
        registry.register(shared_state_collector(shared))
    return generate_latest(registry)


class _Default:
    """The process-wide registry's metrics (single-process mode)."""

    def collect(self):
        return REGISTRY.collect()


# --- access ------------------------------------------------------------------------------------


def inside(address: str, networks: Iterable) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return False  # a unix socket name or garbage is never trusted
    return any(ip in net for net in networks)


def allowed(
    *, peer: str, forwarded: str, authorization: str, token: str, networks: Iterable
) -> bool:
    """Bearer token when one is configured; otherwise (or without it) the network rule: the
    peer AND the forwarded client (if a proxy added one) must both be inside `networks`, so
    nginx on loopback cannot lend its address to an outside caller, and a direct caller
    cannot claim one with a forged X-Forwarded-For."""
    scheme, _, presented = authorization.partition(" ")
    if token and scheme.lower() == "bearer" and hmac.compare_digest(presented.strip(), token):
        return True
    networks = tuple(networks)
    if not inside(peer, networks):
        return False
    return not forwarded or inside(forwarded, networks)


# --- the worker's scrape endpoint --------------------------------------------------------------


class WorkerHealth:
    """What the worker's probes answer, written by the worker's event loop (`beat`, `probed`)
    and read by the probe thread.

    /healthz (liveness): the event loop beat within `stale_after` seconds — a loop blocked by
    CPU work or a deadlock stops beating and the pod is restarted. /readyz: the last probe of
    the database and Redis succeeded (and the loop is alive)."""

    def __init__(self, stale_after: float = 30.0) -> None:
        self.stale_after = stale_after
        self.last_beat = 0.0
        self.checks: dict[str, str] = {}

    def beat(self) -> None:
        self.last_beat = time.monotonic()

    def probed(self, checks: dict[str, str]) -> None:
        self.checks = dict(checks)
        self.beat()

    @property
    def alive(self) -> bool:
        return time.monotonic() - self.last_beat < self.stale_after

    @property
    def ready(self) -> bool:
        return self.alive and bool(self.checks) and all(v == "ok" for v in self.checks.values())


def serve_worker_metrics(
    host: str, port: int, *, token: str, networks: Iterable, health: WorkerHealth | None = None
) -> WSGIServer:
    """Serve this worker's metrics on host:port in a daemon thread (prometheus-client's WSGI
    app behind the same access rule as the API's /metrics), and with `health` its probes
    `/healthz` and `/readyz` (open: they reveal nothing). Returns the server (port 0 picks a
    free one: `server.server_port`); `shutdown()` then `server_close()` stop it.

    The worker has no Sanic app to hang a route on, and its job histograms live in its own
    process: in Kubernetes each worker pod is scraped on this port."""
    networks = tuple(networks)

    def app(environ, start_response):
        path = environ.get("PATH_INFO", "/")
        if health is not None and path in ("/healthz", "/readyz"):
            good = health.alive if path == "/healthz" else health.ready
            start_response("200 OK" if good else "503 Service Unavailable",
                           [("Content-Type", "application/json")])  # fmt: skip
            return [
                json.dumps(
                    {"status": "ok" if good else "unavailable", "checks": health.checks}
                ).encode()
            ]
        if path not in ("/", "/metrics"):
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found\n"]
        if not allowed(
            peer=environ.get("REMOTE_ADDR", ""),
            forwarded="",  # nothing proxies the worker's port
            authorization=environ.get("HTTP_AUTHORIZATION", ""),
            token=token,
            networks=networks,
        ):
            start_response("403 Forbidden", [("Content-Type", "text/plain")])
            return [b"forbidden\n"]
        body = exposition()
        start_response("200 OK", [("Content-Type", CONTENT_TYPE)])
        return [body]

    server = make_server(host, port, app, _ThreadingServer, handler_class=_QuietHandler)
    threading.Thread(target=server.serve_forever, name="metrics", daemon=True).start()
    return server


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Scrapes every few seconds would flood the JSON log; errors still surface as 5xx."""
