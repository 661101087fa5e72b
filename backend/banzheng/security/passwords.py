"""Staff passwords: Argon2id (memory-hard), parameters from argon2-cffi's RFC 9106 profile.

Hashing costs tens of milliseconds of CPU and 64 MiB of memory on purpose, so it never runs on
the event loop (one slow login would stall every request of the process, issue #13 item 2): the
async functions run it in a worker thread (argon2-cffi releases the GIL) and at most
`HASH_CONCURRENCY` at a time per process.
"""

from __future__ import annotations

import asyncio
import weakref

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Verifying against this keeps the time of "no such user" equal to "wrong password".
_DUMMY_HASH = _hasher.hash("banzheng-no-such-user")

HASH_CONCURRENCY = 4
"""Argon2 computations in flight per process. Each takes 64 MiB (RFC 9106 second profile), so
four bound a login burst to 256 MiB; on a 2-core machine more would only queue in the kernel.
Logins beyond it wait their turn without holding the event loop."""

_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def _slot() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    slot = _slots.get(loop)
    if slot is None:
        slot = _slots[loop] = asyncio.Semaphore(HASH_CONCURRENCY)
    return slot


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


async def hash_password_async(password: str) -> str:
    async with _slot():
        return await asyncio.to_thread(hash_password, password)


async def verify_password_async(password_hash: str | None, password: str) -> bool:
    """`verify_password` in a worker thread. `None` (unknown user) costs the same as a hash."""
    async with _slot():
        return await asyncio.to_thread(verify_password, password_hash, password)
