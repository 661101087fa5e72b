"""The CPU pool (common/cpu.py) runs below the API's priority, so a submission peak is answered
before the queue's decoding work, and its children end with their process."""

import os
import signal
import subprocess
import sys
import time

from banzheng.common import cpu


async def test_the_pool_runs_at_a_lower_priority_than_its_caller():
    caller = os.nice(0)
    assert await cpu.run_cpu(os.nice, 0) == min(19, caller + cpu.POOL_NICENESS)
    assert os.nice(0) == caller  # the caller itself keeps its priority


def test_the_pool_ends_with_a_killed_parent(tmp_path):
    """A worker SIGKILLed mid-job leaves no pool child behind waiting for work forever."""
    script = (
        "import asyncio, os, sys, time\n"
        "from banzheng.common import cpu\n"
        "print(asyncio.run(cpu.run_cpu(os.getpid)), flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    try:
        child = int(parent.stdout.readline())
        assert _alive(child)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child), "the pool child outlived its killed parent"
    finally:
        parent.kill()
        parent.stdout.close()


def _alive(pid: int) -> bool:
    """Running (a zombie, reaped by init soon, counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
