"""The transparency log at scale: append rate, proof latency and storage per leaf (issue 12).

    .venv/bin/python scripts/bench/tlog.py                       # PostgreSQL, 1,000,000 leaves
    .venv/bin/python scripts/bench/tlog.py --sqlite --leaves 100000

Steps, each through the service's own code (no shortcut into the tables):

1. a database of its own (PostgreSQL `banzheng_bench_tlog_…` from `--pg`, dropped at the end, or
   a SQLite file in a temporary folder), migrated with `python -m banzheng migrate`;
2. **fill**: queue `--leaves` leaves (bulk INSERTs into the queue table) and let the sequencer
   integrate them in batches of `--fill-batch` — the bulk rate is reported too;
3. **append**, at the filled size: `--writers` concurrent writers call `transparency.submit` (one
   INSERT, its own transaction, as a request does) for `--appends` leaves while one sequencer
   loop integrates with the production batch size; rate = leaves submitted and integrated ÷
   wall time from the first submit to the last integration;
4. **proofs**: `--proofs` inclusion proofs by leaf hash (the public route's work: hash → index
   lookup, tile reads, hashing) for random leaves at the latest size, and as many consistency
   proofs between random sizes; p50/p95/p99 in milliseconds;
5. **storage**: bytes of the log's tables (PostgreSQL `pg_total_relation_size` after VACUUM:
   heap, TOAST and indexes, each also reported apart; SQLite: the `dbstat` pages of the tables and their indexes) ÷ leaves.

The machine's load average is recorded before and after: the figures are only comparable with
runs at a similar load. Written to results/tlog-<dialect>-<date>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "backend"))

from tortoise import Tortoise  # noqa: E402

from banzheng import db  # noqa: E402
from banzheng.settings import load_settings  # noqa: E402
from banzheng.transparency import merkle, service  # noqa: E402
from banzheng.transparency.checkpoint import checkpoint_store, load_log_key  # noqa: E402
from banzheng.transparency.models import QueuedLeaf  # noqa: E402
from banzheng.transparency.sequencer import BATCH_SIZE  # noqa: E402

TABLES = ("tlog_tile", "tlog_leaf_bucket", "tlog_queue", "tlog_state")


def payload(n: int) -> bytes:
    return f"bench certificate {n}".encode()


def leaf_hex(n: int) -> str:
    return merkle.leaf_hash(
        service.entry_bytes(service.LeafKind.certificate_issued, payload(n))
    ).hex()


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 3)

    return {"p50_ms": at(0.5), "p95_ms": at(0.95), "p99_ms": at(0.99), "n": len(values)}


async def fill(count: int, batch: int) -> dict:
    """Queue `count` leaves in bulk, then integrate them with the sequencer."""
    key, store = service.signing().key, service.signing().checkpoints
    begun = time.perf_counter()
    done = 0
    while done < count:
        step = min(20000, count - done)
        await QueuedLeaf.bulk_create(
            [
                QueuedLeaf(kind="certificate.issued", leaf_hash=leaf_hex(n))
                for n in range(done, done + step)
            ],
            batch_size=2000,
        )
        while await service.PUBLIC_LOG.integrate(key, store, limit=batch):
            pass
        done += step
        print(f"  filled {done:,} ({done / (time.perf_counter() - begun):,.0f}/s)", flush=True)
    seconds = time.perf_counter() - begun
    return {"leaves": count, "seconds": round(seconds, 1), "leaves_per_s": round(count / seconds)}


async def write(numbers: range, writers: int) -> list[float]:
    """`writers` concurrent writers submit the leaves `numbers`; each submit's seconds."""
    submit_times: list[float] = []

    async def writer(w: int) -> None:
        for n in numbers[w::writers]:
            t = time.perf_counter()
            await service.submit(kind=service.LeafKind.certificate_issued, payload=payload(n))
            submit_times.append(time.perf_counter() - t)

    await asyncio.gather(*(writer(w) for w in range(writers)))
    return submit_times


async def child(spec: dict) -> None:
    """A writer process (as an API process is): ready, then on "go" submit, then report."""
    settings = load_settings(ENV="test", VAR_DIR=Path(spec["var_dir"]), DATABASE_URL=spec["url"])
    await db.open_database(settings)
    try:
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        times = await write(range(*spec["range"]), spec["writers"])
        print(json.dumps(times), flush=True)
    finally:
        await db.close_database()


async def spawn_writers(first: int, count: int, writers: int, processes: int, env: dict) -> list:
    """Start `processes` writer processes, each with its share of leaves and writers."""
    children = []
    for p in range(processes):
        spec = {
            "url": env["DATABASE_URL"],
            "var_dir": env["VAR_DIR"],
            "range": [first + p, first + count, processes],
            "writers": max(1, writers // processes),
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "--child", json.dumps(spec),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env,
            limit=64 << 20,  # its answer is one line: every submit's seconds
        )  # fmt: skip
        children.append(proc)
    for proc in children:
        if (await proc.stdout.readline()).strip() != b"ready":
            raise RuntimeError("a writer process did not start")
    return children


async def append(first: int, count: int, writers: int, processes: int, env: dict) -> dict:
    key, store = service.signing().key, service.signing().checkpoints
    submitted = asyncio.Event()
    children = await spawn_writers(first, count, writers, processes, env) if processes else []

    async def from_children() -> list[float]:
        for proc in children:
            proc.stdin.write(b"go\n")
            await proc.stdin.drain()
        times: list[float] = []
        for proc in children:
            times += json.loads(await proc.stdout.readline())
            await proc.wait()
        return times

    async def sequencer() -> int:
        total = 0
        while True:
            integrated = await service.PUBLIC_LOG.integrate(key, store, limit=BATCH_SIZE)
            total += integrated
            if not integrated:
                if submitted.is_set() and not await QueuedLeaf.exists():
                    return total
                await asyncio.sleep(0.05)

    begun = time.perf_counter()
    seq = asyncio.create_task(sequencer())
    if children:
        submit_times = await from_children()
    else:
        submit_times = await write(range(first, first + count), writers)
    submit_seconds = time.perf_counter() - begun
    submitted.set()
    integrated = await seq
    seconds = time.perf_counter() - begun
    return {
        "appends": count,
        "writers": writers,
        "writer_processes": processes or "the benchmark's own",
        "integrated": integrated,
        "seconds": round(seconds, 2),
        "appends_per_s": round(count / seconds),
        "submit_only_per_s": round(count / submit_seconds),
        "submit_latency": percentiles(submit_times),
    }


async def proofs(size: int, count: int, fill_count: int) -> dict:
    rng = random.Random(12)
    inclusion, consistency = [], []
    head = await service.latest_head()
    root = bytes.fromhex(head.root_hash)
    for _ in range(count):
        n = rng.randrange(size)
        t = time.perf_counter()
        proof = await service.inclusion_proof(leaf_hex(n))
        inclusion.append(time.perf_counter() - t)
        # filled leaves sit at their own number; appended ones wherever their writer landed
        assert proof.leaf_index == n or n >= fill_count
        assert merkle.verify_inclusion(
            bytes.fromhex(leaf_hex(n)),
            proof.leaf_index,
            head.tree_size,
            [bytes.fromhex(h) for h in proof.hashes],
            root,
        )
    for _ in range(count):
        first = rng.randrange(1, head.tree_size)
        t = time.perf_counter()
        await service.consistency_proof(first, head.tree_size)
        consistency.append(time.perf_counter() - t)
    return {
        "tree_size": head.tree_size,
        "inclusion": percentiles(inclusion),
        "consistency": percentiles(consistency),
    }


async def storage(dialect: str, leaves: int) -> dict:
    conn = Tortoise.get_connection("default")
    sizes, parts = {}, {}
    if dialect == "postgres":
        for table in TABLES:
            await conn.execute_script(f'VACUUM ANALYZE "{table}"')
            rows = await conn.execute_query_dict(
                f"SELECT pg_total_relation_size('{table}') AS total,"
                f" pg_relation_size('{table}') AS heap, pg_indexes_size('{table}') AS indexes,"
                " COALESCE(pg_total_relation_size(NULLIF(reltoastrelid, 0)), 0) AS toast"
                f" FROM pg_class WHERE oid = '{table}'::regclass"
            )
            sizes[table] = rows[0]["total"]
            parts[table] = {k: rows[0][k] for k in ("heap", "toast", "indexes")}
    else:
        rows = await conn.execute_query_dict(
            "SELECT tbl_name AS t, name AS n FROM sqlite_master WHERE tbl_name LIKE 'tlog_%'"
        )
        for row in rows:
            got = await conn.execute_query_dict(
                "SELECT SUM(pgsize) AS b FROM dbstat WHERE name = ?", [row["n"]]
            )
            sizes[row["t"]] = sizes.get(row["t"], 0) + (got[0]["b"] or 0)
    total = sum(sizes.values())
    return {
        "bytes_by_table": sizes,
        **({"bytes_by_part": parts} if parts else {}),
        "bytes_total": total,
        "bytes_per_leaf": round(total / leaves, 1),
    }


async def bench(args, url: str, var_dir: Path) -> dict:
    env = {**os.environ, "ENV": "test", "VAR_DIR": str(var_dir), "DATABASE_URL": url}
    subprocess.run(
        [sys.executable, "-m", "banzheng", "migrate"], env=env, check=True, capture_output=True
    )
    settings = load_settings(ENV="test", VAR_DIR=var_dir, DATABASE_URL=url)
    await db.open_database(settings)
    service.configure(load_log_key(settings), checkpoint_store(settings))
    try:
        result = {"fill": await fill(args.leaves, args.fill_batch)}
        print(json.dumps(result), flush=True)
        result["append"] = await append(
            args.leaves, args.appends, args.writers, args.writer_processes, env
        )
        print(json.dumps(result["append"]), flush=True)
        size = args.leaves + args.appends
        result["proofs"] = await proofs(size, args.proofs, args.leaves)
        print(json.dumps(result["proofs"]), flush=True)
        result["storage"] = await storage(db.dialect(url), size)
        return result
    finally:
        await db.close_database()


async def pg_admin(url: str, statement: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/test")
    parser.add_argument("--sqlite", action="store_true", help="the embedded default instead")
    parser.add_argument("--leaves", type=int, default=1_000_000)
    parser.add_argument("--fill-batch", type=int, default=20000)
    parser.add_argument("--appends", type=int, default=20000)
    parser.add_argument("--writers", type=int, default=16)
    parser.add_argument(
        "--writer-processes",
        type=int,
        default=2,
        help="processes the writers are spread over, as requests are over API processes "
        "(0: the benchmark's own process, beside the sequencer)",
    )
    parser.add_argument("--proofs", type=int, default=2000)
    parser.add_argument("--child", help=argparse.SUPPRESS)  # a writer process's spec (JSON)
    args = parser.parse_args()
    if args.child:
        asyncio.run(child(json.loads(args.child)))
        return
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        var_dir = Path(tmp)
        if args.sqlite:
            url = f"sqlite://{var_dir / 'bench.sqlite3'}"
            result = asyncio.run(bench(args, url, var_dir))
        else:
            name = f"banzheng_bench_tlog_{uuid.uuid4().hex[:8]}"
            url = urlunsplit(urlsplit(args.pg)._replace(path=f"/{name}"))
            asyncio.run(pg_admin(args.pg, f'CREATE DATABASE "{name}"'))
            try:
                result = asyncio.run(bench(args, url, var_dir))
            finally:
                asyncio.run(pg_admin(args.pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    dialect = "sqlite" if args.sqlite else "postgres"
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "dialect": dialect,
        "args": vars(args) | {"pg": None},
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "goals": {"appends_per_s": 2000, "inclusion_p50_ms": 5, "bytes_per_leaf": 100},
        **result,
    }
    out = (
        ROOT / "scripts" / "bench" / "results" / f"tlog-{dialect}-{datetime.now(UTC):%Y-%m-%d}.json"
    )
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
