"""The audit log without a global lock: rows written freely, sequenced into the audit Merkle
log, checked against signed checkpoints kept off the database. Editing, deleting, reordering
rows — and re-hashing everything after cutting rows off — is detected."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time

import pytest
from tortoise import Tortoise
from tortoise.transactions import in_transaction

from banzheng import db
from banzheng.common import audit
from banzheng.common.models import AuditEvent
from banzheng.transparency import service as transparency
from banzheng.transparency.models import LogState
from banzheng.transparency.store import TileStore


def signing():
    return transparency.signing().key, transparency.signing().checkpoints


async def sequence() -> int:
    return await audit.AUDIT_LOG.integrate_all(*signing())


async def check(**kwargs) -> audit.ChainReport:
    return await audit.verify(*signing(), **kwargs)


@pytest.fixture
async def chain(app):
    """Ten events, sequenced in two batches (two signed checkpoints: sizes 5 and 10)."""
    for _ in range(2):
        for n in range(5):
            await audit.record("test.event", object_type="thing", object_id=n, details={"n": n})
        await sequence()


async def run(sql: str) -> None:
    await Tortoise.get_connection("default").execute_script(sql)


def verify_cli(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "banzheng.common.audit", "verify", *args],
        env=env,
        capture_output=True,
        text=True,
    )


async def rehash_everything() -> None:
    """What an attacker with write access to the database does: rebuild the tree's hashes and
    the state row from the rows as they now are (without the signing key)."""
    rows = await AuditEvent.filter(seq__isnull=False).order_by("seq")
    await run("DELETE FROM tlog_tile WHERE id LIKE 'audit/%'")
    await TileStore("audit").append(0, [audit.leaf_hash(e) for e in rows])
    root = await TileStore("audit").root(len(rows)) if rows else b""
    await LogState.filter(log="audit").update(size=len(rows), root=root.hex())


async def test_an_untouched_log_verifies(chain, settings_env):
    report = await check()
    assert (report.ok, report.checked, report.checkpoints) == (True, 10, 2)
    assert await AuditEvent.filter(seq__isnull=True).count() == 0
    assert sorted(await AuditEvent.all().values_list("seq", flat=True)) == list(range(1, 11))
    result = verify_cli(settings_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "intact: 10 events, 2 signed checkpoints" in result.stdout


async def test_an_edited_row_is_detected(chain, settings_env):
    await run("UPDATE audit_event SET details = '{\"n\": 99}' WHERE seq = 3")
    report = await check()
    assert (report.ok, report.broken_at) == (False, 3) and "altered" in report.reason
    result = verify_cli(settings_env)
    assert result.returncode == 1 and "seq 3" in result.stdout


async def test_a_deleted_row_is_detected(chain):
    await run("DELETE FROM audit_event WHERE seq = 4")
    report = await check()
    assert (report.ok, report.broken_at, report.reason) == (False, 4, "leaf missing (deleted)")


async def test_reordered_rows_are_detected(chain):
    await run("UPDATE audit_event SET seq = 100 WHERE seq = 6")
    await run("UPDATE audit_event SET seq = 6 WHERE seq = 7")
    await run("UPDATE audit_event SET seq = 7 WHERE seq = 100")
    report = await check()
    assert (report.ok, report.broken_at) == (False, 6)


async def test_an_edit_with_the_whole_tree_rehashed_is_detected(chain):
    await run("UPDATE audit_event SET action = 'test.innocent' WHERE seq = 8")
    await rehash_everything()
    report = await check()
    assert not report.ok and report.broken_at == 6  # the rows after checkpoint 5 no longer match
    assert "do not match the signed checkpoint" in report.reason


async def test_cutting_rows_off_and_rehashing_everything_is_detected(chain, settings_env):
    await run("DELETE FROM audit_event WHERE seq >= 9")
    await rehash_everything()
    report = await check()
    assert not report.ok and "truncated" in report.reason and report.checked == 8
    result = verify_cli(settings_env)
    assert result.returncode == 1 and "truncated" in result.stdout
    # A restored backup is a prefix: the same copy passes as one, up to its last checkpoint…
    assert (await check(prefix=True)).ok
    # …but not when its rows differ from a checkpoint it does reach.
    await run("UPDATE audit_event SET action = 'test.innocent' WHERE seq = 2")
    await rehash_everything()
    assert not (await check(prefix=True)).ok


async def test_a_forged_checkpoint_is_refused(chain):
    _, store = signing()
    history = store.root / "audit" / "checkpoints.jsonl"
    history.write_text(history.read_text().replace("\\n10\\n", "\\n11\\n"))
    report = await check()
    assert not report.ok and "checkpoints refused" in report.reason


async def test_concurrent_records_all_land_in_one_log(app):
    await asyncio.gather(*(audit.record("test.burst", object_id=n) for n in range(30)))
    assert await AuditEvent.filter(seq__isnull=True).count() == 30
    assert await sequence() == 30
    report = await check()
    assert report.ok and report.checked == 30


async def test_writers_do_not_wait_for_a_long_audited_transaction(app, settings):
    """N audited writers on PostgreSQL: while three hold long transactions that recorded an
    event, a fourth records and commits at once (the old head row made it wait for them)."""
    if db.dialect(settings.database_url) != "postgres":
        pytest.skip("SQLite has one writer at a time by design; the property is PostgreSQL's")
    release = asyncio.Event()
    started = asyncio.Event()
    holders = 0

    async def long_writer(n: int) -> None:
        nonlocal holders
        async with in_transaction():
            await audit.record("test.long", object_id=n)
            holders += 1
            if holders == 3:
                started.set()
            await release.wait()

    async def quick_writer() -> float:
        await started.wait()
        begun = time.perf_counter()
        for n in range(5):
            async with in_transaction():
                await audit.record("test.quick", object_id=n)
        return time.perf_counter() - begun

    longs = [asyncio.create_task(long_writer(n)) for n in range(3)]
    quick = await asyncio.wait_for(quick_writer(), timeout=10)
    # The sequencer integrates what is committed without waiting for the open transactions.
    integrated = await asyncio.wait_for(sequence(), timeout=10)
    release.set()
    await asyncio.gather(*longs)
    assert quick < 2.0 and integrated == 5
    assert await sequence() == 3
    assert (await check()).ok
