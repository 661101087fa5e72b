"""Scale-out run (MISSION req. 14): nginx in front of 2 API processes and 2 workers, one of each
SIGKILLed in the middle of the submission peak and restarted; nothing lost, nothing doubled.

    .venv/bin/python scripts/bench/scale.py                       # 5,000 submits, 1,000 in flight
    .venv/bin/python scripts/bench/scale.py --applications 600 --clients 200   # a quick run

Loopback only, bounded in count and time, stops by itself. In order:

1. nginx (Debian's; apt-get installs it when missing) with its configuration GENERATED from
   docker/nginx.conf (scripts/bench/nginx_conf.py: TLS with a self-signed pair, the same proxy
   and body settings), a private redis-server, a PostgreSQL database of its own (dropped at the
   end), the migrations, M seeded owners with drafts — peak.py's pieces, imported;
2. **two** API processes (`serve`, API_WORKERS=1 each, TRUSTED_PROXIES=1) and **two** workers;
   every owner logs in through nginx;
3. the submissions go through nginx, N in flight, one Idempotency-Key per application kept for
   every retry. A client retries what did not end: transport errors, 502/503/504, 409
   `IDEMPOTENCY_IN_FLIGHT` and 429 (after Retry-After). When a third of the submissions are
   acknowledged, API process 1 and worker 1 are SIGKILLed; they are restarted 2 s later;
4. waits until every application is pre-reviewed, then counts per application the `submit`
   events in the database: exactly one each (0 lost, 0 doubled), and `audit verify`;
5. intake without a kill (a fresh database each): the same generator through the same nginx in
   front of 2 API + 2 workers, then 1 API + 1 worker — the intake ratio two-vs-one.

Results: printed and written to scripts/bench/results/scale-<date>.json (README.md here).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import asyncpg

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import nginx_conf  # noqa: E402
import peak  # noqa: E402  (the peak benchmark's pieces: seed, login, drain, processes)

ROOT = peak.ROOT
PYTHON = peak.PYTHON
log = peak.log

# Ports of this helper's range (coordination rules); nginx is the only door clients use.
NGINX_PORT, API_PORTS = 8120, (8121, 8122)
RETRY_STATUSES = {502, 503, 504}
MAX_SECONDS_PER_SUBMISSION = 600  # a client gives up after this (a verdict then fails)


def insecure_tls() -> ssl.SSLContext:
    """The run's nginx has a self-signed certificate made a minute ago, on loopback."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


# --- the generator with retries ------------------------------------------------------------------


class Trigger:
    """Runs `action` (a coroutine function) once, when `after` submissions were acknowledged;
    the load keeps going meanwhile. `action` returns what to report."""

    def __init__(self, after: int, action=None) -> None:
        self.after, self.action = after, action
        self.acknowledged = 0
        self.report: dict = {}
        self.task: asyncio.Task | None = None
        self.started = time.perf_counter()

    def acknowledge(self) -> None:
        self.acknowledged += 1
        if self.action and self.task is None and self.acknowledged >= self.after:
            self.task = asyncio.create_task(self._run())

    def elapsed(self) -> float:
        return round(time.perf_counter() - self.started, 2)

    async def _run(self) -> None:
        self.report = {"at_s": self.elapsed(), "acknowledged_before": self.acknowledged}
        self.report.update(await self.action(self))


def kill_and_restart(stack: Stack, restart_after: float = 2.0):
    """SIGKILL API process 1 and worker 1, restart both `restart_after` seconds later."""

    async def action(trigger: Trigger) -> dict:
        killed = {name: stack.kill(name) for name in ("api-1", "worker-1")}
        log(
            f"SIGKILL api-1 and worker-1 at {trigger.elapsed()} s ({trigger.acknowledged} acknowledged)"
        )
        await asyncio.sleep(restart_after)
        await stack.start_api(1)
        stack.start_worker(1)
        log(f"api-1 and worker-1 restarted at {trigger.elapsed()} s")
        return {"killed_pids": killed, "restarted_at_s": trigger.elapsed()}

    return action


async def fire_with_retries(
    base: str,
    jobs: list[tuple[str, str]],
    clients: int,
    per_request_s: float,
    killer: Trigger,
) -> dict:
    """Like peak.fire, but a client keeps one Idempotency-Key per application and retries until
    the submission ends (202, or a final refusal), as the mini-program's request wrapper does."""
    todo: asyncio.Queue = asyncio.Queue()
    for job in jobs:
        todo.put_nowait(job)
    statuses: Counter = Counter()
    errors: Counter = Counter()
    outcome: Counter = Counter()
    ack_latency: list[float] = []
    retried: dict[str, list[str]] = {}  # application id -> what each failed attempt saw
    final: dict[str, str] = {}
    connector = aiohttp.TCPConnector(limit=clients, ssl=insecure_tls())
    timeout = aiohttp.ClientTimeout(total=per_request_s)
    started = time.perf_counter()

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:

        async def client() -> None:
            while True:
                try:
                    application_id, token = todo.get_nowait()
                except asyncio.QueueEmpty:
                    return
                key = str(uuid.uuid4())
                headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": key}
                first = time.perf_counter()
                seen: list[str] = []
                while True:
                    if time.perf_counter() - first > MAX_SECONDS_PER_SUBMISSION:
                        final[application_id] = "gave_up"
                        break
                    try:
                        async with http.post(
                            f"{base}/api/v1/applications/{application_id}/submit", headers=headers
                        ) as resp:
                            body = await resp.read()
                            status = resp.status
                            wait = float(resp.headers.get("Retry-After") or 0.5)
                    except (aiohttp.ClientError, TimeoutError) as exc:
                        errors[type(exc).__name__] += 1
                        seen.append(type(exc).__name__)
                        await asyncio.sleep(0.5)
                        continue
                    statuses[status] += 1
                    code = _error_code(body) if status >= 400 else ""
                    if status == 202:
                        ack_latency.append(time.perf_counter() - first)
                        final[application_id] = "accepted"
                        killer.acknowledge()
                        break
                    if status == 429 or status in RETRY_STATUSES or code == "IDEMPOTENCY_IN_FLIGHT":
                        seen.append(f"{status} {code}".strip())
                        await asyncio.sleep(min(wait, 5))
                        continue
                    # A final answer other than 202. After a crash mid-request the retry can find
                    # the application already submitted by the job the first attempt queued: 409.
                    final[application_id] = f"http_{status}_{code}"
                    break
                if seen:
                    retried[application_id] = seen
                outcome[final[application_id]] += 1

        await asyncio.gather(*(client() for _ in range(clients)))
    wall = time.perf_counter() - started
    return {
        "submissions": len(jobs),
        "clients": clients,
        "wall_s": round(wall, 2),
        "submissions_per_s": round(len(jobs) / wall, 1),
        "status_counts": {str(k): v for k, v in sorted(statuses.items())},
        "transport_errors": dict(errors),
        "outcomes": dict(outcome),
        "ack_latency_ms": {
            "p50": peak.pct(ack_latency, 50),
            "p90": peak.pct(ack_latency, 90),
            "p99": peak.pct(ack_latency, 99),
            "max": peak.pct(ack_latency, 100),
        },
        "_retried": retried,
        "_final": final,
        "_started": started,
    }


def _error_code(body: bytes) -> str:
    try:
        return json.loads(body)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return ""


# --- the processes -------------------------------------------------------------------------------


class Stack:
    """nginx → N API processes, M workers, on one database and one Redis."""

    def __init__(self, children: peak.Children, env: dict, work: Path, apis: int, workers: int):
        self.children, self.env, self.work = children, env, work
        self.apis, self.workers = apis, workers
        self.base = f"https://127.0.0.1:{NGINX_PORT}"

    def _api_env(self, index: int) -> dict:
        return {
            **self.env,
            "PORT": str(API_PORTS[index]),
            "API_WORKERS": "1",
            "TRUSTED_PROXIES": "1",
        }

    async def start_api(self, index: int) -> None:
        proc = self.children.start(
            f"api-{index}", [PYTHON, "-m", "banzheng", "serve"], self._api_env(index)
        )
        await peak.wait_http(f"http://127.0.0.1:{API_PORTS[index]}/readyz", proc, seconds=180)

    def start_worker(self, index: int) -> None:
        self.children.start(f"worker-{index}", [PYTHON, "-m", "banzheng", "worker"], self.env)

    def kill(self, name: str) -> int:
        proc = self.children.procs.pop(name)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        return proc.pid

    async def start(self, binary: str) -> None:
        conf = nginx_conf.write_config(
            self.work / "nginx",
            listen_port=NGINX_PORT,
            upstream_ports=list(API_PORTS[: self.apis]),
            binary=binary,
        )
        for index in range(self.apis):
            await self.start_api(index)
        nginx = self.children.start(
            "nginx", nginx_conf.command(binary, conf, self.work / "nginx"), self.env
        )
        await _wait_https(f"{self.base}/readyz", nginx)
        for index in range(self.workers):
            self.start_worker(index)

    def stop(self) -> None:
        for name in [
            n for n in self.children.procs if n.split("-")[0] in ("api", "worker", "nginx")
        ]:
            self.children.stop(name, grace=25)


async def _wait_https(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    connector = aiohttp.TCPConnector(ssl=insecure_tls())
    async with aiohttp.ClientSession(connector=connector) as http:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"nginx exited with {proc.returncode}")
            try:
                async with http.get(url, timeout=aiohttp.ClientTimeout(total=2)) as resp:
                    if resp.status == 200:
                        return
            except (aiohttp.ClientError, TimeoutError):
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} not ready after {seconds} s")


async def login_from_many_phones(base: str, logins: list[str], concurrency: int = 100) -> dict:
    """Dev-login every owner, each as if from a phone of its own: the login rate limit counts
    per source address (security/rates.py), and M owners are M phones, not one script. The
    address is only a header (X-Forwarded-For, trusted with TRUSTED_PROXIES=1), taken from
    198.18.0.0/15, the range RFC 2544 reserves for benchmarks; every packet stays on loopback."""
    tokens: dict[str, str] = {}
    todo = list(enumerate(logins))
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def one() -> None:
            while todo:
                index, login = todo.pop()
                phone = f"198.{18 + (index >> 16) % 2}.{(index >> 8) % 256}.{index % 256}"
                async with http.post(
                    f"{base}/api/v1/auth/dev-login",
                    json={"login": login},
                    headers={"X-Forwarded-For": phone},
                ) as resp:
                    body = await resp.json()
                    if resp.status != 200:
                        raise RuntimeError(f"dev-login {login}: {resp.status} {body}")
                    tokens[login] = body["access_token"]

        await asyncio.gather(*(one() for _ in range(concurrency)))
    return tokens


async def submit_events(pg_url: str) -> dict[str, int]:
    conn = await asyncpg.connect(peak.dsn(pg_url))
    try:
        rows = await conn.fetch(
            "SELECT a.id::text AS id, count(e.id) AS n FROM application a "
            "LEFT JOIN application_event e ON e.application_id = a.id AND e.action = 'submit' "
            "GROUP BY a.id"
        )
        return {r["id"]: r["n"] for r in rows}
    finally:
        await conn.close()


# --- one configuration ---------------------------------------------------------------------------


async def run_one(args, *, apis: int, workers: int, kill, redis_url: str, work: Path,
                  children: peak.Children, binary: str, extra_env: dict | None = None,
                  redis_admin_url: str | None = None) -> dict:  # fmt: skip
    """One configuration. `kill`: False, True (kill and restart API 1 and worker 1) or a
    function stack -> action for `Trigger` (the failover check passes its own)."""
    parts = urlsplit(args.pg)
    dbname = f"banzheng_scale_{uuid.uuid4().hex[:10]}"
    pg_url = urlunsplit(parts._replace(path=f"/{dbname}"))
    result: dict = {
        "api_processes": apis,
        "workers": workers,
        "load_average_at_start": os.getloadavg(),
    }
    await peak.pg_admin(args.pg, f'CREATE DATABASE "{dbname}"')
    if redis_admin_url is None:  # a fresh queue for each configuration on the shared server
        redis = __import__("redis.asyncio", fromlist=["Redis"]).Redis.from_url(redis_url)
        await redis.flushdb()
        await redis.aclose()
    stack = None
    try:
        env = dict(os.environ)
        env.update(
            ENV="development",
            DATABASE_URL=pg_url,
            REDIS_URL=redis_url,
            VAR_DIR=str(work / "var"),
            HOST="127.0.0.1",
            PYTHONPATH=str(ROOT / "backend"),
            LOG_LEVEL="WARNING",
            **(extra_env or {}),
        )
        await asyncio.to_thread(
            subprocess.run,
            [PYTHON, "-m", "banzheng", "migrate"],
            env=env, cwd=ROOT, check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        owners = await peak.seed(env, args.applications)
        log(f"[{apis} API / {workers} workers] seeded {len(owners)} drafts in {dbname}")
        stack = Stack(children, env, work, apis, workers)
        await stack.start(binary)
        # Logins go straight to API process 0 (not the measured part); the tokens work on every
        # process, which is the point: nothing of a login lives in one process's memory.
        tokens = await login_from_many_phones(
            f"http://127.0.0.1:{API_PORTS[0]}", [login for login, _ in owners]
        )
        log(f"{len(tokens)} owners logged in")
        await asyncio.sleep(3)  # the workers import and connect
        action = (kill or None) and (kill(stack) if callable(kill) else kill_and_restart(stack))
        killer = Trigger(after=len(owners) // 3, action=action)
        jobs = [(app_id, tokens[login]) for login, app_id in owners]
        log(f"firing {len(jobs)} submits through nginx, {args.clients} in flight …")
        intake = await fire_with_retries(
            stack.base, jobs, args.clients, args.request_timeout, killer
        )
        if killer.task is not None:
            await killer.task
        started = intake.pop("_started")
        retried, final = intake.pop("_retried"), intake.pop("_final")
        log(f"intake {intake['submissions_per_s']}/s, outcomes {intake['outcomes']}")
        accepted = sum(1 for v in final.values() if v == "accepted")
        ended = len(final)
        result["intake"] = intake
        result["load_average_after_intake"] = os.getloadavg()
        result["kill"] = killer.report or None
        result["drain"] = await peak.drain(
            pg_url, redis_admin_url or redis_url, ended, started, args.drain_timeout
        )
        counts = await submit_events(pg_url)
        lost = sorted(a for a in counts if counts[a] == 0)
        doubled = sorted(a for a in counts if counts[a] > 1)
        retried_ids = set(retried)
        result["exactly_once"] = {
            "applications": len(counts),
            "ended_by_client": ended,
            "acknowledged_202": accepted,
            "lost": len(lost),
            "doubled": len(doubled),
            "lost_ids": lost[:20],
            "doubled_ids": doubled[:20],
            "retried_submissions": len(retried_ids),
            "retried_ending_as_one_submission": sum(1 for a in retried_ids if counts.get(a) == 1),
            "retried_final_answers": dict(Counter(final[a] for a in retried_ids)),
            "what_retries_saw": dict(
                Counter(seen for a in retried_ids for seen in retried[a]).most_common(10)
            ),
        }
        stack.stop()
        verify = await asyncio.to_thread(
            subprocess.run,
            [PYTHON, "-m", "banzheng.common.audit", "verify"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        result["audit_chain_ok"] = verify.returncode == 0
        result["audit_verify_output"] = (verify.stdout + verify.stderr).strip()[-300:]
        return result
    finally:
        if stack is not None:
            stack.stop()
        await peak.pg_admin(args.pg, f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


def _summary(run: dict) -> dict:
    return {
        "submissions_per_s": run["intake"]["submissions_per_s"],
        "ack_latency_ms": run["intake"]["ack_latency_ms"],
        "status_counts": run["intake"]["status_counts"],
        "drain_s_from_first_submit": run["drain"]["drain_s_from_first_submit"],
        "lost": run["exactly_once"]["lost"],
        "doubled": run["exactly_once"]["doubled"],
    }


async def run(args) -> dict:
    work = Path(tempfile.mkdtemp(prefix="banzheng-scale-"))
    children = peak.Children(work)
    binary = nginx_conf.nginx_binary()
    result: dict = {
        "benchmark": "scale",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "nginx": ".".join(map(str, nginx_conf.version(binary))),
        },
        "parameters": {
            "applications": args.applications,
            "clients": args.clients,
            "idempotency_lock_seconds": "setting default (30)",
            "path": "client → nginx (TLS, config generated from docker/nginx.conf) → API",
        },
        "logs": str(work),
    }
    try:
        port = peak.free_port()
        redis_bin = shutil.which("redis-server")
        children.start(
            "redis",
            [redis_bin, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
             "--appendonly", "no", "--dir", str(work)],
            env=dict(os.environ),
        )  # fmt: skip
        redis_url = f"redis://127.0.0.1:{port}/0"
        await peak.wait_redis(redis_url)
        common = dict(redis_url=redis_url, work=work, children=children, binary=binary)
        result["two"] = await run_one(args, apis=2, workers=2, kill=True, **common)
        if not args.skip_single:
            # Intake without a kill (a kill run's wall time includes the retries' waits):
            # the same generator, 2 API + 2 workers, then 1 API + 1 worker.
            two = await run_one(args, apis=2, workers=2, kill=False, **common)
            one = await run_one(args, apis=1, workers=1, kill=False, **common)
            result["throughput"] = {
                "two_api_two_workers": _summary(two),
                "one_api_one_worker": _summary(one),
                "intake_ratio_two_vs_one": round(
                    two["intake"]["submissions_per_s"] / one["intake"]["submissions_per_s"], 3
                ),
            }
        two = result["two"]
        once = two["exactly_once"]
        result["verdict"] = {
            "a_kill_happened": bool(two["kill"]),
            "every_submission_ended": once["ended_by_client"] == args.applications
            and "gave_up" not in two["intake"]["outcomes"],
            "zero_lost": once["lost"] == 0,
            "zero_doubled": once["doubled"] == 0,
            "retried_all_ended_as_one": once["retried_ending_as_one_submission"]
            == once["retried_submissions"],
            "all_pre_reviewed": two["drain"]["complete"],
            "audit_chain_ok": two["audit_chain_ok"],
        }
        return result
    except Exception as exc:
        result["error"] = repr(exc)
        for name in list(children.procs):
            tail = children.tail(name)
            if tail:
                log(f"--- {name} log tail ---\n{tail}")
        raise
    finally:
        children.stop_all()
        if result.get("error") is None and not args.keep_logs:
            shutil.rmtree(work, ignore_errors=True)
            result["logs"] = None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--applications", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/test")
    parser.add_argument("--request-timeout", type=float, default=60)
    parser.add_argument("--drain-timeout", type=float, default=600)
    parser.add_argument("--skip-single", action="store_true", help="no 1-API/1-worker comparison")
    parser.add_argument("--keep-logs", action="store_true")
    parser.add_argument("--out", default=str(HERE / "results"))
    args = parser.parse_args()
    if urlsplit(args.pg).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("loopback only")
    result = asyncio.run(run(args))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"scale-{datetime.now(UTC):%Y-%m-%d}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    log(f"written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0 if all(result["verdict"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
