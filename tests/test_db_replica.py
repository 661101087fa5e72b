"""Lag-tolerant reads really go to a streaming replica and writes never do: the scripted check
(scripts/bench/pg_replica.py) on a primary/replica pair of its own, on loopback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from banzheng.settings import REPO_ROOT

pytestmark = pytest.mark.slow


def test_lag_tolerant_reads_come_from_the_streaming_replica():
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "bench" / "pg_replica.py"),
         "--ports", "5443", "5444", "--out", "-"],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert all(report["verdict"].values()), report
    # with replay paused the replica answers the old count: proof the read went there
    assert report["replay_paused_after_second_write"] == {"primary": 2, "lag_tolerant": 1}
