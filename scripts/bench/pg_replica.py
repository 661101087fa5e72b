"""Lag-tolerant reads go to a streaming replica (DATABASE_REPLICA_URL), everything else to the
primary — checked on a real primary/replica pair on loopback.

    .venv/bin/python scripts/bench/pg_replica.py              # ports 5441/5442, ~15 s

Makes a primary and a streaming replica (scripts/bench/pgpair.py: initdb, pg_basebackup -R),
applies the migrations on the primary, opens the service's database layer with both URLs and:
1. writes a row on the primary, waits for the replica to replay it, reads it through
   `db.lag_tolerant(...)` (the replica) and plainly (the primary);
2. pauses WAL replay on the replica, writes a second row: the primary sees 2, `lag_tolerant`
   still 1 — so those reads really come from the replica, and may lag;
3. a write through the replica connection is refused (read-only), as it must be;
4. resumes replay: `lag_tolerant` sees 2 again. Reports the replication state and replay time.
Stops both servers and removes its folder at the end. Results: results/pg-replica-<date>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "backend"))

import pgpair  # noqa: E402


async def check(pair: pgpair.StreamingPair) -> dict:
    import asyncpg

    admin = await asyncpg.connect(pair.primary_url.replace("postgres://", "postgresql://"))
    await admin.execute('CREATE DATABASE "banzheng"')
    await admin.close()
    primary_url, replica_url = (
        pair.url(pair.primary_port, "banzheng"),
        pair.url(pair.replica_port, "banzheng"),
    )
    env = {**os.environ, "DATABASE_URL": primary_url, "VAR_DIR": str(pair.folder / "var"),
           "ENV": "test", "PYTHONPATH": str(ROOT / "backend")}  # fmt: skip
    subprocess.run([sys.executable, "-m", "banzheng", "migrate"], env=env, check=True,
                   capture_output=True, timeout=300)  # fmt: skip

    from tortoise import connections

    from banzheng import db
    from banzheng.accounts.models import Level, Organisation
    from banzheng.settings import load_settings

    settings = load_settings(
        ENV="test", DATABASE_URL=primary_url, DATABASE_REPLICA_URL=replica_url,
        VAR_DIR=str(pair.folder / "var"),
    )  # fmt: skip
    primary = await asyncpg.connect(primary_url.replace("postgres://", "postgresql://"))
    replica = await asyncpg.connect(replica_url.replace("postgres://", "postgresql://"))
    await db.open_database(settings)
    report: dict = {}
    try:

        async def counts() -> dict[str, int]:
            return {
                "primary": await Organisation.all().count(),
                "lag_tolerant": await db.lag_tolerant(Organisation.all()).count(),
            }

        await Organisation.create(name="一号", level=Level.city, scope_path="/1/")
        report["replay_seconds"] = round(await pair.wait_caught_up(primary, replica), 3)
        report["after_first_write"] = await counts()

        await replica.execute("SELECT pg_wal_replay_pause()")
        await Organisation.create(name="二号", level=Level.city, scope_path="/2/")
        report["replay_paused_after_second_write"] = await counts()

        try:
            await Organisation.create(
                name="三号",
                level=Level.city,
                scope_path="/3/",
                using_db=connections.get(db.REPLICA),
            )
            report["write_through_replica"] = "accepted (wrong)"
        except Exception as exc:  # the replica must refuse; report what it said
            report["write_through_replica"] = f"refused: {str(exc).splitlines()[0][:120]}"

        await replica.execute("SELECT pg_wal_replay_resume()")
        await pair.wait_caught_up(primary, replica)
        report["after_resume"] = await counts()
        state = await primary.fetchrow(
            "SELECT state, sync_state, replay_lag FROM pg_stat_replication LIMIT 1"
        )
        report["replication"] = {
            "state": state["state"],
            "sync_state": state["sync_state"],
            "replay_lag": str(state["replay_lag"]),
        }
    finally:
        await db.close_database()
        await primary.close()
        await replica.close()
    report["verdict"] = {
        "lag_tolerant_reads_the_replica": report["after_first_write"]
        == {"primary": 1, "lag_tolerant": 1}
        and report["replay_paused_after_second_write"] == {"primary": 2, "lag_tolerant": 1},
        "replica_refuses_writes": report["write_through_replica"].startswith("refused")
        and "read-only" in report["write_through_replica"],
        "replica_catches_up": report["after_resume"] == {"primary": 2, "lag_tolerant": 2},
        "streaming": report["replication"]["state"] == "streaming",
    }
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ports", type=int, nargs=2, default=(5441, 5442))
    parser.add_argument("--out", default=str(HERE / "results"), help="'-' to print only")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="banzheng-pgpair-", dir="/tmp"))
    pair = pgpair.StreamingPair(folder, primary_port=args.ports[0], replica_port=args.ports[1])
    try:
        pair.start()
        result = {"check": "pg-replica", "date": datetime.now(UTC).isoformat(timespec="seconds"),
                  **asyncio.run(check(pair))}  # fmt: skip
    finally:
        pair.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.out != "-":
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / f"pg-replica-{datetime.now(UTC):%Y-%m-%d}.json").write_text(
            json.dumps(result, ensure_ascii=False, indent=2) + "\n"
        )
    return 0 if all(result["verdict"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
