"""CPU-heavy work off the event loop: one process pool per process, shared by every job.

Decoding images and video, parsing PDFs and signing them hold the CPU for up to seconds, and much
of it (pypdf, pure Python) holds the GIL too: run on the event loop, or even in a thread, it
would stall every other job of the worker and its heartbeats. `run_cpu(fn, *args)` runs `fn` in
a child process (spawned, not forked: the parent has open sockets and an event loop) and awaits
its result. `fn` and its arguments must be picklable: a top-level function taking bytes and
small values. A child that dies (a decoder crash, the OOM killer) breaks only the call that was
running in it: the pool is rebuilt for the next call, and the job fails and is retried.

Short native work that releases the GIL (Argon2, AES) is better in a thread: `asyncio.to_thread`.
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")

# Two cores are what one worker host has here; more children than cores only queue in the kernel.
DEFAULT_WORKERS = max(1, min(2, os.cpu_count() or 1))
# The pool's children run at a lower priority (nice +10: about a tenth of a normal process's CPU
# share when both want it). Pre-review can wait in the queue; an owner's 提交 cannot: on a host
# shared with the API (the embedded default, a small deployment) a submission peak is answered
# first and the queue drains after it, which is what the queue is for (MISSION req. 14). On an
# idle host the children get every core anyway.
POOL_NICENESS = 10

# prctl(2): the kernel signals a child when the thread that started it ends.
_PR_SET_PDEATHSIG = 1

_pool: ProcessPoolExecutor | None = None


def _start_child(niceness: int, parent: int) -> None:
    """In each child: a lower priority, and an end with its parent. A worker SIGKILLed (a
    deploy, the OOM killer) cannot shut its pool down, and its children would wait for work
    forever, each holding a decoder's memory."""
    os.nice(niceness)
    end_with_parent(parent, signal.SIGKILL)


def end_with_parent(parent: int, sig: int) -> None:
    """Have the kernel send `sig` to this process when `parent` (the process that started it)
    ends (Linux); end at once if it already has."""
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _executor() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(
            max_workers=DEFAULT_WORKERS,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_child,
            initargs=(POOL_NICENESS, os.getpid()),
        )
    return _pool


async def run_cpu(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` in the process pool, awaited without blocking the event loop."""
    global _pool
    loop = asyncio.get_running_loop()
    executor = _executor()
    try:
        return await loop.run_in_executor(executor, functools.partial(fn, *args, **kwargs))
    except BrokenProcessPool:
        if _pool is executor:
            _pool = None
            executor.shutdown(wait=False, cancel_futures=True)
        raise


def shutdown() -> None:
    """Stop the children (the worker's shutdown; tests)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None


def start_in_thread(fn: Callable[..., T], /, *args: Any) -> asyncio.Future[T]:
    """Start `fn(*args)` in a worker thread now; await it later with `joined`."""
    return asyncio.ensure_future(asyncio.to_thread(fn, *args))


async def joined(running: asyncio.Future[T]) -> T:
    """The result of `start_in_thread`. A thread cannot be cancelled: if the caller is, it
    still waits for the thread to finish before the cancellation goes on, so whatever the
    thread uses (a file, a spool) is not closed under it."""
    try:
        return await asyncio.shield(running)
    except asyncio.CancelledError:
        await _finished(running)
        raise


async def _finished(running: asyncio.Future) -> None:
    """Wait for `running` to end, whatever its outcome (which is then not reported)."""
    await asyncio.wait([running])
    if not running.cancelled():
        running.exception()  # retrieved: the caller reports its own outcome


class ThreadBatches:
    """Feeds `fn` the chunks added, in batches of at least `size` bytes, in a worker thread,
    while the caller goes on with the next ones (sealing, reading): blocking or GIL-releasing
    work off the event loop without a thread hop per chunk. One batch runs at a time, in order;
    a batch's error is raised by the next `add`, `flush` or `settled`."""

    def __init__(self, fn: Callable[[list[bytes]], object], size: int) -> None:
        self.fn, self.size = fn, size
        self.batch: list[bytes] = []
        self.batched = 0
        self.running: asyncio.Future | None = None

    async def add(self, chunk: bytes) -> None:
        self.batch.append(chunk)
        self.batched += len(chunk)
        if self.batched >= self.size:
            await self.settled()
            self.running = start_in_thread(self.fn, self.batch)
            self.batch, self.batched = [], 0

    async def flush(self) -> None:
        """Everything added has been through `fn`."""
        await self.settled()
        if self.batch:
            self.running = start_in_thread(self.fn, self.batch)
            self.batch, self.batched = [], 0
            await self.settled()

    async def settled(self) -> None:
        """The batch in the thread has ended; its error is raised here."""
        running, self.running = self.running, None
        if running is not None:
            await joined(running)

    async def abandon(self) -> None:
        """The caller failed already: wait for the thread (it may be using what the caller is
        about to close) without raising its outcome over the caller's own error."""
        running, self.running = self.running, None
        if running is not None:
            await _finished(running)
