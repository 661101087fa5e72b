"""The CPU pool (common/cpu.py) runs below the API's priority, so a submission peak is answered
before the queue's decoding work, and its children end with their process; a thread started
with `start_in_thread` is waited for even by a cancelled caller."""

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from banzheng.common import cpu
from banzheng.common.cpu import joined, start_in_thread


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


async def test_a_cancelled_wait_for_a_thread_ends_only_after_the_thread():
    """`joined` is what lets a cancelled upload close its temp file safely: the cancellation
    reaches the caller only once the thread that writes to the file has returned."""
    finished = threading.Event()

    def slow_write() -> None:
        time.sleep(0.3)
        finished.set()

    waiting = asyncio.create_task(joined(start_in_thread(slow_write)))
    await asyncio.sleep(0.05)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert finished.is_set()


async def test_thread_batches_keep_order_and_abandon_waits_without_raising():
    """The store writes and the upload checks go through ThreadBatches: batches reach the thread
    in order and whole; a failing batch is raised to a caller going on, and a caller already
    failing waits for the thread without its error replacing the caller's own."""
    seen: list[bytes] = []

    def record(batch: list[bytes]) -> None:
        time.sleep(0.02)
        seen.append(b"".join(batch))

    batches = cpu.ThreadBatches(record, 4)
    for chunk in (b"ab", b"cd", b"ef", b"gh", b"i"):
        await batches.add(chunk)
    await batches.flush()
    assert seen == [b"abcd", b"efgh", b"i"]

    ended = threading.Event()

    def refuse(batch: list[bytes]) -> None:
        time.sleep(0.1)
        ended.set()
        raise ValueError("refused")

    going_on = cpu.ThreadBatches(refuse, 1)
    await going_on.add(b"x")
    with pytest.raises(ValueError, match="refused"):
        await going_on.settled()
    failing = cpu.ThreadBatches(refuse, 1)
    ended.clear()
    await failing.add(b"x")
    await failing.abandon()
    assert ended.is_set()
