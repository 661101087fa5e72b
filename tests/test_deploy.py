"""The compose file and the Kubernetes manifests, checked without Docker or a cluster: schema
validation (check-jsonschema's compose spec, kubernetes-validate --strict), and the rules we
rely on: probes on /readyz and /healthz, resources on every container, secrets from Secrets,
one image for every process, autoscaling on CPU and queue depth, disruption budgets."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from banzheng.__main__ import COMMANDS
from banzheng.settings import REPO_ROOT, Settings

DOCKER = REPO_ROOT / "docker"
MANIFESTS = sorted((DOCKER / "kubernetes").glob("*.yaml"))
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name) or name


def _documents() -> list[dict]:
    docs = []
    for path in MANIFESTS:
        docs += [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]
    return docs


def _kind(kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in _documents() if d["kind"] == kind}


def _containers(doc: dict) -> list[dict]:
    spec = doc["spec"]
    if doc["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    return spec["template"]["spec"]["containers"]


def test_the_compose_file_follows_the_compose_specification():
    result = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.compose-spec",
         str(DOCKER / "docker-compose.yml")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_manifests_pass_strict_kubernetes_validation(tmp_path):
    assert len(MANIFESTS) >= 5
    ok = subprocess.run(
        [_tool("kubernetes-validate"), "--strict", "--quiet", *map(str, MANIFESTS)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # …and the validator does bite: an unknown field and a wrong type are refused
    broken = next(
        yaml.safe_load_all((DOCKER / "kubernetes" / "api.yaml").read_text(encoding="utf-8"))
    )
    broken["spec"]["replicas"] = "two"
    broken["spec"]["template"]["spec"]["containers"][0]["livenessProbe"]["httpGett"] = {}
    (tmp_path / "broken.yaml").write_text(yaml.safe_dump(broken))
    bad = subprocess.run(
        [_tool("kubernetes-validate"), "--strict", "--quiet", str(tmp_path / "broken.yaml")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert bad.returncode != 0


def test_api_and_worker_deployments_probe_limit_and_read_secrets():
    deployments = _kind("Deployment")
    assert set(deployments) == {"banzheng-api", "banzheng-worker"}
    config = _kind("ConfigMap")["banzheng"]["data"]
    for name, deployment in deployments.items():
        [container] = _containers(deployment)
        ports = {p["name"]: p["containerPort"] for p in container["ports"]}
        ready, alive = container["readinessProbe"]["httpGet"], container["livenessProbe"]["httpGet"]
        assert (ready["path"], alive["path"]) == ("/readyz", "/healthz"), name
        port = ports[ready["port"]]
        if name == "banzheng-worker":
            assert port == int(config["WORKER_METRICS_PORT"])  # the worker serves its probes there
            assert config["WORKER_METRICS_HOST"] == "0.0.0.0"
        else:
            assert port == int(config["PORT"])
        refs = container["envFrom"]
        assert {"secretRef": {"name": "banzheng"}} in refs, name
        assert "env" not in container, "settings come from the ConfigMap and the Secret only"


def test_every_container_has_requests_and_limits_and_runs_one_image():
    images = set()
    for doc in _documents():
        if doc["kind"] not in ("Deployment", "Job", "CronJob"):
            continue
        for container in _containers(doc):
            resources = container["resources"]
            assert {"cpu", "memory"} <= set(resources["requests"]), doc["metadata"]["name"]
            assert {"cpu", "memory"} <= set(resources["limits"]), doc["metadata"]["name"]
            assert container["securityContext"]["readOnlyRootFilesystem"] is True
            images.add(container["image"])
            command = container["args"]
            assert command[:2] == ["python", "-m"]
            if command[2] == "banzheng":
                assert command[3] in COMMANDS
            else:
                assert command[2] == "banzheng.ops.backup"
    assert len(images) == 1, f"one image for every process, found {images}"

    compose = yaml.safe_load((DOCKER / "docker-compose.yml").read_text(encoding="utf-8"))
    apps = {n: s for n, s in compose["services"].items() if "build" in s}
    assert {"api", "worker", "migrate", "backup"} <= set(apps)
    assert {s["build"]["dockerfile"] for s in apps.values()} == {"docker/Dockerfile"}
    assert len({s["image"] for s in apps.values()}) == 1


def test_autoscaling_on_cpu_and_queue_depth_with_disruption_budgets():
    hpas = _kind("HorizontalPodAutoscaler")
    worker = hpas["banzheng-worker"]["spec"]["metrics"]
    kinds = {m["type"] for m in worker}
    assert kinds == {"Resource", "External"}
    [external] = [m["external"] for m in worker if m["type"] == "External"]
    assert external["metric"]["name"] == "banzheng_queue_jobs"
    assert external["metric"]["selector"]["matchLabels"] == {"state": "queued"}
    assert hpas["banzheng-api"]["spec"]["metrics"][0]["resource"]["name"] == "cpu"
    pdbs = _kind("PodDisruptionBudget")
    for name in ("banzheng-api", "banzheng-worker"):
        labels = pdbs[name]["spec"]["selector"]["matchLabels"]
        assert labels == _kind("Deployment")[name]["spec"]["selector"]["matchLabels"]
    assert _kind("Job")["banzheng-migrate"] and _kind("CronJob")["banzheng-backup"]


def test_every_configured_key_is_a_setting():
    """A typo in a ConfigMap or Secret key would be silently ignored by the service."""
    keys = set(_kind("ConfigMap")["banzheng"]["data"]) | set(
        _kind("Secret")["banzheng"]["stringData"]
    )
    compose = yaml.safe_load((DOCKER / "docker-compose.yml").read_text(encoding="utf-8"))
    keys |= set(compose["x-env"]) | set(compose["services"]["api"]["environment"])
    unknown = sorted(keys - set(Settings.model_fields))
    assert not unknown, f"not settings: {unknown}"
