"""The audit log is hash-chained: editing, deleting or cutting off rows is detected."""

import subprocess
import sys

import pytest
from tortoise import Tortoise

from banzheng.common import audit
from banzheng.common.models import AuditEvent


@pytest.fixture
async def chain(app):
    for n in range(5):
        await audit.record("test.event", object_type="thing", object_id=n, details={"n": n})


async def run(sql: str) -> None:
    await Tortoise.get_connection("default").execute_script(sql)


def verify_cli(env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "banzheng.common.audit", "verify"],
        env=env,
        capture_output=True,
        text=True,
    )


async def test_an_untouched_chain_verifies(chain, settings_env):
    report = await audit.verify()
    assert report.ok and report.checked == 5
    result = verify_cli(settings_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "intact: 5 events" in result.stdout


async def test_an_edited_row_is_detected(chain, settings_env):
    await run("UPDATE audit_event SET details = '{\"n\": 99}' WHERE seq = 3")
    report = await audit.verify()
    assert (report.ok, report.broken_at, report.reason) == (False, 3, "row content altered")
    result = verify_cli(settings_env)
    assert result.returncode == 1 and "seq 3" in result.stdout


async def test_an_edited_row_with_recomputed_hash_still_breaks_the_chain(chain):
    event = await AuditEvent.get(seq=2)
    event.action = "test.innocent"
    event.hash = audit._digest(audit._content(event))
    await run(
        f"UPDATE audit_event SET action = 'test.innocent', hash = '{event.hash}' WHERE seq = 2"
    )
    report = await audit.verify()
    assert (report.ok, report.broken_at) == (False, 3)


async def test_a_deleted_row_is_detected(chain):
    await run("DELETE FROM audit_event WHERE seq = 4")
    report = await audit.verify()
    assert (report.ok, report.broken_at, report.reason) == (False, 4, "row missing (deleted)")


async def test_cutting_off_the_newest_rows_is_detected(chain):
    await run("DELETE FROM audit_event WHERE seq >= 4")
    report = await audit.verify()
    assert not report.ok and "truncated" in report.reason


async def test_concurrent_records_keep_one_unbroken_chain(app):
    import asyncio

    await asyncio.gather(*(audit.record("test.burst", object_id=n) for n in range(30)))
    report = await audit.verify()
    assert report.ok and report.checked == 30
