"""GET /metrics: Prometheus text for operators only; request, job, queue, dead-letter and SLA
figures that move when the service does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families

from banzheng import metrics
from banzheng.accounts.models import Department
from banzheng.applications import sla
from banzheng.applications.models import Application, ApprovalStep, StepKind, StepStatus
from banzheng.settings import parse_networks
from tests.applications.conftest import draft, provide
from tests.helpers import assert_error
from tests.ops.test_dead_letters import failing_submission

TOKEN = "metrics-token-for-tests-0123456789"


def samples(text: str) -> dict[tuple[str, frozenset], float]:
    """Every sample of the exposition, parsed by prometheus-client's own parser."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


def value(found: dict, name: str, **labels: str) -> float:
    return found.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
def with_token(app):
    app.ctx.settings = app.ctx.settings.model_copy(update={"METRICS_TOKEN": TOKEN})
    return {"Authorization": f"Bearer {TOKEN}"}


async def scrape(client, headers) -> dict:
    resp = await client.get("/metrics", headers=headers)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("text/plain; version=")
    return samples(resp.text)


async def test_metrics_are_refused_outside_the_allowed_networks_without_the_token(
    app, client, with_token
):
    # the test client calls from 203.0.113.7, outside the default loopback-only networks
    assert_error(await client.get("/metrics"), 403, "METRICS_FORBIDDEN")
    wrong = {"Authorization": "Bearer " + "x" * len(TOKEN)}
    assert_error(await client.get("/metrics", headers=wrong), 403, "METRICS_FORBIDDEN")
    assert (await client.get("/metrics", headers=with_token)).status_code == 200


async def test_an_allowed_network_needs_no_token(app, client):
    app.ctx.settings = app.ctx.settings.model_copy(
        update={"METRICS_ALLOWED_NETWORKS": "10.0.0.0/8,203.0.113.0/24"}
    )
    assert (await client.get("/metrics")).status_code == 200


def test_a_forwarded_outside_client_is_refused_even_through_a_trusted_peer():
    networks = parse_networks("127.0.0.0/8,10.0.0.0/8")
    ok = dict(authorization="", token="", networks=networks)
    assert metrics.allowed(peer="10.1.2.3", forwarded="", **ok)
    # nginx on loopback relaying someone from the internet
    assert not metrics.allowed(peer="127.0.0.1", forwarded="198.51.100.9", **ok)
    # a direct caller from outside forging X-Forwarded-For: 127.0.0.1
    assert not metrics.allowed(peer="198.51.100.9", forwarded="127.0.0.1", **ok)
    assert not metrics.allowed(peer="unix:/run/sock", forwarded="", **ok)
    assert metrics.allowed(
        peer="198.51.100.9",
        forwarded="",
        authorization=f"Bearer {TOKEN}",
        token=TOKEN,
        networks=networks,
    )


async def test_requests_are_counted_per_route_template_with_latency(client, with_token, act, world):
    before = await scrape(client, with_token)
    owner = await act("alice")
    created = await draft(act, world)
    for _ in range(3):
        assert (await owner.get(f"/api/v1/applications/{created['id']}")).status_code == 200
    assert (await client.get("/no/such/page")).status_code == 404
    after = await scrape(client, with_token)

    route = "/api/v1/applications/<application_id:uuid>"
    counted = value(after, "banzheng_http_requests_total", method="GET", route=route, status="200")
    assert (
        counted
        - value(before, "banzheng_http_requests_total", method="GET", route=route, status="200")
        == 3
    )
    # the histogram saw the same three requests (its +Inf bucket counts every observation)
    observed = value(
        after, "banzheng_http_request_duration_seconds_count", method="GET", route=route
    ) - value(before, "banzheng_http_request_duration_seconds_count", method="GET", route=route)
    assert observed == 3
    assert (
        value(
            after,
            "banzheng_http_request_duration_seconds_bucket",
            method="GET",
            route=route,
            le="+Inf",
        )
        >= 3
    )
    # an unknown path is one label, not one series per path tried
    assert (
        value(
            after, "banzheng_http_requests_total", method="GET", route="<unmatched>", status="404"
        )
        >= 1
    )
    assert not any("/no/such/page" in dict(labels).get("route", "") for _, labels in after), (
        "a concrete path leaked into a label"
    )


async def test_queue_depth_and_job_durations(app, client, with_token, act, world, drain):
    created = await draft(act, world)
    await provide(act, created["id"], "owner_id_card", "purchase_contract")
    owner = await act("alice")
    assert (await owner.post(f"/api/v1/applications/{created['id']}/submit")).status_code == 202

    queued = await scrape(client, with_token)
    assert value(queued, "banzheng_queue_jobs", state="queued") == 1
    assert value(queued, "banzheng_queue_jobs", state="active") == 0
    complete = dict(function="submit_application", outcome="complete")
    durations = dict(function="submit_application")

    assert await drain() == 1

    after = await scrape(client, with_token)
    assert value(after, "banzheng_queue_jobs", state="queued") == 0
    assert (
        value(after, "banzheng_jobs_total", **complete)
        == value(queued, "banzheng_jobs_total", **complete) + 1
    )
    assert (
        value(after, "banzheng_job_duration_seconds_count", **durations)
        == value(queued, "banzheng_job_duration_seconds_count", **durations) + 1
    )


async def test_a_job_out_of_retries_shows_as_failed_and_as_a_dead_letter(
    app, client, with_token, act, world, drain
):
    failed = dict(function="submit_application", outcome="failed")
    before = await scrape(client, with_token)
    assert value(before, "banzheng_dead_letters") == 0
    await failing_submission(app, act, world)
    assert await drain() == 1

    after = await scrape(client, with_token)
    assert (
        value(after, "banzheng_jobs_total", **failed)
        == value(before, "banzheng_jobs_total", **failed) + 1
    )
    assert value(after, "banzheng_dead_letters") == 1


async def test_running_and_overdue_steps(app, client, with_token, act, world):
    created = await draft(act, world)
    application = await Application.get(id=created["id"])
    now = datetime.now(UTC)
    for kind, department, started_days_ago in (
        (StepKind.tax_check, Department.tax, 30),  # long past its 3 working days
        (StepKind.planning_check, Department.planning, 0),  # just started
    ):
        await ApprovalStep.create(
            application=application,
            kind=kind,
            department=department,
            status=StepStatus.active,
            started_at=now - timedelta(days=started_days_ago),
            due_at=now - timedelta(days=started_days_ago) + timedelta(days=5),
        )
    await sla.scan(now=now)

    found = await scrape(client, with_token)
    assert value(found, "banzheng_sla_steps_active") == 2
    assert value(found, "banzheng_sla_steps_overdue") == 1


def test_the_worker_serves_its_own_metrics_behind_the_same_rule():
    import httpx

    metrics.observe_job("verify_audit_chain", "complete", 0.2)
    open_to_loopback = metrics.serve_worker_metrics(
        "127.0.0.1", 0, token="", networks=parse_networks("127.0.0.0/8")
    )
    token_only = metrics.serve_worker_metrics(
        "127.0.0.1", 0, token=TOKEN, networks=parse_networks("10.0.0.0/8")
    )
    try:
        url = f"http://127.0.0.1:{open_to_loopback.server_port}/metrics"
        resp = httpx.get(url, timeout=5)
        assert resp.status_code == 200
        found = samples(resp.text)
        assert (
            value(found, "banzheng_jobs_total", function="verify_audit_chain", outcome="complete")
            >= 1
        )

        url = f"http://127.0.0.1:{token_only.server_port}/metrics"
        assert httpx.get(url, timeout=5).status_code == 403
        bearer = {"Authorization": f"Bearer {TOKEN}"}
        assert httpx.get(url, headers=bearer, timeout=5).status_code == 200
    finally:
        for server in (open_to_loopback, token_only):
            server.shutdown()
            server.server_close()


def test_the_worker_probes_answer_from_its_event_loop_beat_and_checks():
    import time

    import httpx

    health = metrics.WorkerHealth(stale_after=3)
    server = metrics.serve_worker_metrics(
        "127.0.0.1", 0, token=TOKEN, networks=parse_networks("10.0.0.0/8"), health=health
    )
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        # never beaten yet: neither alive nor ready (probes need no token)
        assert httpx.get(f"{base}/healthz", timeout=5).status_code == 503
        health.probed({"database": "ok", "redis": "ConnectionError"})
        assert httpx.get(f"{base}/healthz", timeout=5).status_code == 200
        not_ready = httpx.get(f"{base}/readyz", timeout=5)
        assert (
            not_ready.status_code == 503
            and not_ready.json()["checks"]["redis"] == "ConnectionError"
        )
        health.probed({"database": "ok", "redis": "ok"})
        assert httpx.get(f"{base}/readyz", timeout=5).status_code == 200
        time.sleep(3.1)  # the loop stopped beating (blocked): liveness fails
        assert httpx.get(f"{base}/healthz", timeout=5).status_code == 503
        assert httpx.get(f"{base}/readyz", timeout=5).status_code == 503
        # the metrics themselves stay behind the token
        assert httpx.get(f"{base}/metrics", timeout=5).status_code == 403
    finally:
        server.shutdown()
        server.server_close()
