"""A PostgreSQL primary and a streaming replica on loopback, made with Debian's PostgreSQL tools
(initdb, pg_basebackup -R, pg_ctl) in a folder of the caller's; used by
scripts/bench/pg_replica.py and tests/test_db_replica.py.

Ports: this helper's range (5440–5449). As root the servers run as the `postgres` user
(PostgreSQL refuses root), via runuser. `stop()` stops both and removes nothing but the servers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


class StreamingPair:
    def __init__(self, folder: Path, *, primary_port: int = 5441, replica_port: int = 5442):
        self.folder = Path(folder)
        self.primary_port, self.replica_port = primary_port, replica_port
        self.primary_dir = self.folder / "primary"
        self.replica_dir = self.folder / "replica"
        self.as_postgres = os.geteuid() == 0
        self.user = "postgres" if self.as_postgres else None

    def url(self, port: int, database: str = "postgres") -> str:
        return f"postgres://postgres@127.0.0.1:{port}/{database}"

    @property
    def primary_url(self) -> str:
        return self.url(self.primary_port)

    @property
    def replica_url(self) -> str:
        return self.url(self.replica_port)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        if not (PG_BIN / "initdb").exists():
            raise RuntimeError(f"PostgreSQL server tools not found in {PG_BIN} (set PG_BIN)")
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run("initdb", "-D", str(self.primary_dir), "-U", "postgres", "--auth=trust",
                  "--no-sync", "--encoding=UTF8", "--locale=C.UTF-8")  # fmt: skip
        with (self.primary_dir / "postgresql.conf").open("a") as conf:
            conf.write(
                f"\nport = {self.primary_port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.folder}'\n"
                "wal_level = replica\nmax_wal_senders = 4\nhot_standby = on\nfsync = off\n"
            )
        with (self.primary_dir / "pg_hba.conf").open("a") as hba:
            hba.write("host replication postgres 127.0.0.1/32 trust\n")
        self._pg_ctl(self.primary_dir, "start")
        self._run("pg_basebackup", "-h", "127.0.0.1", "-p", str(self.primary_port),
                  "-U", "postgres", "-D", str(self.replica_dir), "-R", "-X", "stream",
                  "--no-sync")  # fmt: skip
        with (self.replica_dir / "postgresql.conf").open("a") as conf:
            conf.write(f"\nport = {self.replica_port}\n")
        self._pg_ctl(self.replica_dir, "start")

    def _pg_ctl(self, data: Path, action: str) -> None:
        self._run("pg_ctl", "-D", str(data), "-l", str(data.parent / f"{data.name}.log"),
                  "-w", "-t", "60", action)  # fmt: skip

    def stop(self) -> None:
        for data in (self.replica_dir, self.primary_dir):
            if (data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop", check=False)

    @staticmethod
    async def wait_caught_up(primary, replica, seconds: float = 30) -> float:
        """Until the replica has replayed everything the primary wrote so far (asyncpg
        connections); returns how long that took."""
        import asyncio

        target = await primary.fetchval("SELECT pg_current_wal_lsn()")
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            replayed = await replica.fetchval("SELECT pg_last_wal_replay_lsn()")
            if replayed is not None and await replica.fetchval(
                "SELECT $1::pg_lsn >= $2::pg_lsn", replayed, target
            ):
                return time.monotonic() - started
            await asyncio.sleep(0.05)
        raise RuntimeError(f"the replica did not catch up within {seconds} s")
