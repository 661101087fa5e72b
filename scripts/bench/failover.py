"""Redis failover under load: Sentinel promotes the replica while owners keep submitting; every
accepted submission is processed exactly once.

    .venv/bin/python scripts/bench/failover.py                      # 2,000 submits, 300 in flight
    .venv/bin/python scripts/bench/failover.py --applications 300 --clients 60   # quicker

Loopback only (ports 6390/6391 for Redis, 26380–26382 for the sentinels, 8120–8122 for nginx and
the API), bounded in count and time, stops by itself. In order:

1. a Redis master (6390) and one replica (6391, `--replicaof`), three sentinels (Debian's
   `redis-sentinel`, installed with apt-get when missing) watching them as `banzheng`, quorum 2,
   `down-after-milliseconds` 2000;
2. scale.py's stack — nginx (generated from docker/nginx.conf) → 2 API processes, 2 workers —
   with `REDIS_URL=redis+sentinel://127.0.0.1:26380,127.0.0.1:26381,127.0.0.1:26382/banzheng/0`
   and `REDIS_REPLICA_ACKS=1` (a queued job is acknowledged only once the replica has it);
3. the submissions through nginx (scale.py's generator: one Idempotency-Key per application,
   retries on transport errors, 502/503/504, 409 in-flight and 429). When a third are
   acknowledged the MASTER is SIGKILLed; the sentinels agree it is down, promote the replica, and
   the API and workers find the new master through them. Once the sentinels name the new master,
   the old one is restarted empty on its port and the sentinels make it the new master's replica
   (restarting it before the promotion would let an empty master win: the classic way to lose
   a Redis data set — see docs/operations.md);
4. waits until every application is pre-reviewed; counts `submit` events per application
   (exactly one each), runs `audit verify`.

Results: printed and written to scripts/bench/results/failover-<date>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from redis.asyncio import Redis

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import nginx_conf  # noqa: E402
import peak  # noqa: E402
import scale  # noqa: E402

log = peak.log
MASTER_PORT, REPLICA_PORT = 6390, 6391
SENTINEL_PORTS = (26380, 26381, 26382)
SERVICE = "banzheng"
SENTINEL_URL = (
    "redis+sentinel://" + ",".join(f"127.0.0.1:{p}" for p in SENTINEL_PORTS) + f"/{SERVICE}/0"
)


def sentinel_binary() -> list[str]:
    """Debian's redis-sentinel; installed when missing."""
    found = shutil.which("redis-sentinel")
    if not found:
        nginx_conf.install_debian("redis-sentinel")
        found = shutil.which("redis-sentinel")
    return [found]


class RedisGroup:
    """Master, replica and three sentinels on loopback, each a child process."""

    def __init__(self, children: peak.Children, work: Path) -> None:
        self.children, self.work = children, work
        self.server = shutil.which("redis-server")

    def start_server(self, name: str, port: int, *extra: str) -> None:
        folder = self.work / name
        folder.mkdir(exist_ok=True)
        self.children.start(
            name,
            [self.server, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
             "--appendonly", "no", "--dir", str(folder), *extra],
            env=dict(os.environ),
        )  # fmt: skip

    def start_sentinel(self, index: int, port: int) -> None:
        conf = self.work / f"sentinel-{index}.conf"  # sentinels rewrite their file: one each
        conf.write_text(
            f"port {port}\nbind 127.0.0.1\ndir {self.work}\n"
            f"sentinel monitor {SERVICE} 127.0.0.1 {MASTER_PORT} 2\n"
            f"sentinel down-after-milliseconds {SERVICE} 2000\n"
            f"sentinel failover-timeout {SERVICE} 10000\n"
            f"sentinel parallel-syncs {SERVICE} 1\n"
        )
        self.children.start(f"sentinel-{index}", [*sentinel_binary(), str(conf)], dict(os.environ))

    async def start(self) -> None:
        self.start_server("master", MASTER_PORT)
        self.start_server("replica", REPLICA_PORT, "--replicaof", "127.0.0.1", str(MASTER_PORT))
        await peak.wait_redis(f"redis://127.0.0.1:{MASTER_PORT}/0")
        await self.wait_replicas(MASTER_PORT, 1)
        for index, port in enumerate(SENTINEL_PORTS):
            self.start_sentinel(index, port)
        await self.wait_master(MASTER_PORT, replicas=1)

    async def wait_replicas(self, port: int, count: int, seconds: float = 60) -> None:
        client = Redis(host="127.0.0.1", port=port)
        try:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                info = await client.info("replication")
                online = [
                    v for k, v in info.items() if k.startswith("slave") and isinstance(v, dict)
                    and v.get("state") == "online"
                ]  # fmt: skip
                if info.get("role") == "master" and len(online) >= count:
                    return
                await asyncio.sleep(0.2)
        finally:
            await client.aclose()
        raise RuntimeError(f"redis on {port} has no {count} online replica(s) after {seconds} s")

    async def master_named(self) -> int | None:
        """The master's port as the sentinels' majority names it."""
        votes = []
        for port in SENTINEL_PORTS:
            client = Redis(host="127.0.0.1", port=port, socket_timeout=1)
            try:
                addr = await client.execute_command("SENTINEL", "get-master-addr-by-name", SERVICE)
                votes.append(int(addr[1]) if addr else None)
            except OSError:
                votes.append(None)
            except Exception as exc:  # a sentinel still starting answers errors; count no vote
                log(f"sentinel {port}: {exc!r}")
                votes.append(None)
            finally:
                await client.aclose()
        best = max(set(votes), key=votes.count)
        return best if votes.count(best) >= 2 else None

    async def wait_master(self, port: int, *, replicas: int = 0, seconds: float = 60) -> float:
        started = time.monotonic()
        deadline = started + seconds
        while time.monotonic() < deadline:
            if await self.master_named() == port:
                if replicas:
                    await self.wait_replicas(port, replicas, seconds=deadline - time.monotonic())
                return time.monotonic() - started
            await asyncio.sleep(0.2)
        raise RuntimeError(f"the sentinels did not name {port} the master within {seconds} s")


def kill_the_master(group: RedisGroup):
    """The trigger's action: SIGKILL the master, wait for the promotion, bring the old one back
    as a replica."""

    def for_stack(_stack: scale.Stack):
        async def action(trigger: scale.Trigger) -> dict:
            proc = group.children.procs.pop("master")
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            killed_at = trigger.elapsed()
            log(f"SIGKILL the Redis master at {killed_at} s ({trigger.acknowledged} acknowledged)")
            promoted_after = await group.wait_master(REPLICA_PORT, seconds=90)
            log(f"the sentinels promoted the replica {promoted_after:.1f} s later")
            group.start_server("master", MASTER_PORT)  # empty: the sentinels make it a replica
            resynced_after = await group.wait_master(REPLICA_PORT, replicas=1, seconds=90)
            log(f"old master back as a replica, {trigger.elapsed()} s into the run")
            return {
                "master_killed_at_s": killed_at,
                "promoted_after_s": round(promoted_after, 2),
                "old_master_resynced_as_replica_after_s": round(promoted_after + resynced_after, 2),
            }

        return action

    return for_stack


async def run(args) -> dict:
    work = Path(tempfile.mkdtemp(prefix="banzheng-failover-"))
    children = peak.Children(work)
    binary = nginx_conf.nginx_binary()
    result: dict = {
        "benchmark": "failover",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "parameters": {
            "applications": args.applications,
            "clients": args.clients,
            "redis_url": SENTINEL_URL,
            "redis_replica_acks": 1,
            "sentinels": len(SENTINEL_PORTS),
            "down_after_ms": 2000,
        },
        "logs": str(work),
    }
    try:
        group = RedisGroup(children, work)
        await group.start()
        log("master, replica and 3 sentinels up")
        run = await scale.run_one(
            args,
            apis=2,
            workers=2,
            kill=kill_the_master(group),
            redis_url=SENTINEL_URL,
            redis_admin_url=f"redis://127.0.0.1:{REPLICA_PORT}/0",  # the master after failover
            extra_env={"REDIS_REPLICA_ACKS": "1"},
            work=work,
            children=children,
            binary=binary,
        )
        result["run"] = run
        once = run["exactly_once"]
        result["verdict"] = {
            "failover_happened": bool(run["kill"]),
            "every_submission_ended": once["ended_by_client"] == args.applications
            and "gave_up" not in run["intake"]["outcomes"],
            "every_accepted_processed_exactly_once": once["lost"] == 0 and once["doubled"] == 0,
            "retried_all_ended_as_one": once["retried_ending_as_one_submission"]
            == once["retried_submissions"],
            "all_pre_reviewed": run["drain"]["complete"],
            "audit_chain_ok": run["audit_chain_ok"],
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
    parser.add_argument("--applications", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/test")
    parser.add_argument("--request-timeout", type=float, default=60)
    parser.add_argument("--drain-timeout", type=float, default=600)
    parser.add_argument("--keep-logs", action="store_true")
    parser.add_argument("--out", default=str(HERE / "results"))
    args = parser.parse_args()
    if urlsplit(args.pg).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("loopback only")
    result = asyncio.run(run(args))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"failover-{datetime.now(UTC):%Y-%m-%d}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    log(f"written to {path.relative_to(peak.ROOT) if path.is_relative_to(peak.ROOT) else path}")
    return 0 if all(result["verdict"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
