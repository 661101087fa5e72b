"""The example Grafana dashboard and the alert rules use only metrics the service exposes."""

from __future__ import annotations

import json
import re

import yaml

from banzheng.settings import REPO_ROOT
from tests.ops.test_metrics import scrape, with_token  # noqa: F401  (fixture)

MONITORING = REPO_ROOT / "docker" / "monitoring"
NAME = re.compile(r"\bbanzheng_[a-z_]+\b")


def test_alert_rules_are_well_formed_and_cover_what_the_issue_asks():
    rules = yaml.safe_load((MONITORING / "alerts.yml").read_text(encoding="utf-8"))
    [group] = rules["groups"]
    alerts = {rule["alert"]: rule for rule in group["rules"]}
    for rule in alerts.values():
        assert rule["expr"].strip() and rule["for"] and rule["labels"]["severity"]
        assert rule["annotations"]["summary"]
    # queue depth rising, dead letters, overdue rate
    assert "banzheng_queue_jobs" in alerts["BanzhengQueueDepthRising"]["expr"]
    assert "deriv(" in alerts["BanzhengQueueDepthRising"]["expr"]
    assert "banzheng_dead_letters" in alerts["BanzhengDeadLetters"]["expr"]
    assert "0.03" in alerts["BanzhengOverdueRateHigh"]["expr"]  # the plan's 3 % target


async def test_every_metric_named_in_the_dashboard_and_alerts_is_exposed(
    client,
    with_token,  # noqa: F811
    act,
    world,
):
    await act("alice")  # one request, so the per-route series exist
    exposed = await scrape(client, with_token)
    names = {name for name, _ in exposed}
    dashboard = json.loads((MONITORING / "grafana-dashboard.json").read_text(encoding="utf-8"))
    exprs = [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    assert len(exprs) >= 10
    rules = (MONITORING / "alerts.yml").read_text(encoding="utf-8")
    used = set(NAME.findall("\n".join(exprs))) | set(NAME.findall(rules))
    # job series appear after a first job; their names are declared with the same prefix
    job_series = {
        "banzheng_jobs_total",
        "banzheng_job_duration_seconds",
        "banzheng_job_duration_seconds_bucket",
    }
    missing = sorted(used - names - job_series)
    assert not missing, f"named but not exposed: {missing}"
