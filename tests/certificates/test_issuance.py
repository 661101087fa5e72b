"""缮证 issues a numbered, sealed electronic certificate that only its holders and scoped staff
may download; a replacement or a cancellation revokes it."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from tortoise.transactions import in_transaction

from banzheng.certificates import jobs, ledger, numbers, service
from banzheng.certificates.models import Certificate
from banzheng.common.models import AuditEvent
from banzheng.common.workdays import OFFICE_TZ
from banzheng.communities.models import HouseOwner
from banzheng.signatures import sealing
from banzheng.worker import build_worker, run_until_empty
from tests import factories
from tests.certificates.conftest import (
    another_registered_house,
    issue,
    mine,
    pdf_keywords,
    pdf_text,
    registered,
)
from tests.helpers import assert_error, writes_nothing

YEAR = datetime.now(OFFICE_TZ).year


def number(serial: int) -> str:
    return f"X({YEAR})示范市不动产权第{serial:07d}号"


async def test_issuing_numbers_renders_seals_and_lets_the_holders_download(act, world, app, drain):
    application = await registered(world)
    detail = await issue(act, application)
    assert detail["status"] == "certificate_issued"
    assert await mine(act) == []  # numbered and sealed by the worker, after commit
    await drain()

    [certificate] = await mine(act)
    assert certificate["number"] == number(1)
    assert certificate["status"] == "current" and certificate["status_label"] == "有效"
    assert certificate["version"] == 1 and certificate["replaces"] is None
    assert certificate["unit_number"] == world.house.unit_number
    assert certificate["co_ownership"] == "按份共有"
    assert certificate["area"] == "101.50"  # the measured area, not the contract's
    assert certificate["holder_masked"] == "王**、欧***"
    token = certificate["verify_url"].rsplit("/v/", 1)[1]
    assert len(token) >= 32 and str(YEAR) not in token

    alice = await act("alice")
    resp = await alice.get(certificate["pdf_url"])
    assert resp.status_code == 200 and resp.headers["content-type"] == "application/pdf"
    pdf = resp.content
    report = await asyncio.to_thread(
        sealing.verify_pdf, pdf, trust_roots=app.ctx.keyring.trust_roots
    )
    assert report.valid, report
    assert [s.field for s in report.signatures] == [sealing.SEAL_FIELD]
    assert report.signatures[0].covers_whole_document
    text = pdf_text(pdf)
    for expected in (
        number(1),
        world.house.unit_number,
        "王小丽 60%",
        "欧阳大壮 40%",
        "国有建设用地使用权/房屋所有权",
        "城镇住宅用地/住宅",
        "101.50",
        certificate["verify_url"][:40],
    ):
        assert expected in text.replace("\n", ""), expected
    # the log leaf is inside the sealed PDF, and it is the leaf the service recorded
    payload = ledger.payload_from_keywords(pdf_keywords(pdf))
    stored = await Certificate.get(id=certificate["id"])
    assert ledger.leaf_hash(ledger.ISSUED, payload) == stored.leaf_hash
    assert json.loads(payload)["number"] == number(1)  # ASCII JSON: the number is \u-escaped
    assert json.loads(payload)["unit_number"] == world.house.unit_number
    assert await AuditEvent.filter(action="certificate.downloaded").count() == 1

    # the co-owner downloads it too; staff of the street see it; nobody else does
    bob = await act("bob")
    assert (await bob.get(certificate["pdf_url"])).status_code == 200
    clerk = await act("clerk")
    assert (await clerk.get(certificate["pdf_url"])).status_code == 200
    await factories.owner("mallory")
    for outsider in ("mallory", "clerk-xinhua"):
        someone = await act(outsider)
        assert_error(await someone.get(certificate["pdf_url"]), 404, "NOT_FOUND")
        assert_error(
            await someone.get(f"/api/v1/certificates/{certificate['id']}"), 404, "NOT_FOUND"
        )
    assert await AuditEvent.filter(action="certificate.downloaded").count() == 3
    qr = await alice.get(certificate["qr_url"])
    assert qr.status_code == 200 and qr.content.startswith(b"\x89PNG")

    # the application shows its certificate to the applicant and to staff
    listed = (await clerk.get(f"/api/v1/applications/{application.id}/certificates")).json()
    assert [c["number"] for c in listed["items"]] == [number(1)]
    # a second run of the event handler (a re-queued job) issues nothing more
    await drain()
    assert await Certificate.all().count() == 1


async def test_no_certificate_without_a_unit_number_in_the_archive(act, world, drain):
    house = await factories.house(
        world.orgs.heping, room="502", estate=world.estate, unit_number=None
    )
    await HouseOwner.create(house=house, owner=await factories.owner("carol"))
    application = await registered(world, house)
    clerk = await act("clerk")
    async with writes_nothing():
        resp = await clerk.post(f"/api/v1/applications/{application.id}/issue-certificate")
    error = assert_error(resp, 409, "ARCHIVE_INCOMPLETE")
    assert "不动产单元号" in error["message"]
    await drain()
    assert await Certificate.all().count() == 0


async def test_four_concurrent_issuers_give_gap_free_numbers(act, world, app, settings):
    applications = [await registered(world)]
    for room in ("302", "303", "304", "305", "306", "307", "308"):
        applications.append(await another_registered_house(world, room))
    for application in applications:
        await issue(act, application)
    workers = [build_worker(settings, app.ctx.redis) for _ in range(4)]
    await asyncio.gather(*(run_until_empty(w, wait=0.3) for w in workers))
    await asyncio.gather(*(run_until_empty(w, wait=0.3) for w in workers))
    rows = await Certificate.all().order_by("serial")
    assert [c.serial for c in rows] == list(range(1, 9))
    assert [c.number for c in rows] == [number(i) for i in range(1, 9)]
    assert {c.status.value for c in rows} == {"current"}
    assert len({c.application_id for c in rows}) == 8
    assert len({c.leaf_hash for c in rows}) == 8


async def test_a_rolled_back_issuance_gives_its_number_back(app):
    assert await numbers.next_serial(2031) == 1
    with pytest.raises(RuntimeError):
        async with in_transaction():
            assert await numbers.next_serial(2031) == 2
            raise RuntimeError("the certificate row could not be written")
    assert await numbers.next_serial(2031) == 2
    assert await numbers.next_serial(2032) == 1  # every year starts again at 1
    assert re.fullmatch(numbers.PATTERN, number(2))


async def test_replacement_makes_a_new_version_and_revokes_the_old_one(act, world, drain):
    application = await registered(world)
    await issue(act, application)
    await drain()
    [first] = await mine(act)
    clerk = await act("clerk")
    owner = await act("alice")
    assert_error(
        await owner.post(f"/api/v1/certificates/{first['id']}/replace", json={"reason": "更正"}),
        403,
        "FORBIDDEN",
    )
    resp = await clerk.post(
        f"/api/v1/certificates/{first['id']}/replace", json={"reason": "更正共有份额"}
    )
    assert resp.status_code == 202, resp.text
    second = resp.json()
    assert second["status"] == "issuing" and second["version"] == 2
    assert second["number"] == number(2) and second["replaces"] == number(1)
    assert second["pdf_url"] is None
    # until the new one is sealed, the old one stays valid
    assert (await owner.get(f"/api/v1/certificates/{first['id']}")).json()["status"] == "current"
    assert_error(
        await clerk.post(f"/api/v1/certificates/{first['id']}/replace", json={"reason": "再换"}),
        409,
        "CERTIFICATE_BEING_REPLACED",
    )
    await drain()
    items = {c["number"]: c for c in await mine(act)}
    assert items[number(2)]["status"] == "current"
    old = items[number(1)]
    assert old["status"] == "revoked" and old["revocation_label"] == "已换发新证"
    assert (await owner.get(old["pdf_url"])).status_code == 200  # kept for the record
    revoked = await Certificate.get(id=first["id"])
    assert revoked.revocation_leaf_hash and revoked.revocation_leaf_hash != revoked.leaf_hash

    resp = await clerk.post(
        f"/api/v1/certificates/{second['id']}/cancel", json={"reason": "房屋灭失，依申请注销"}
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["status"] == "revoked" and resp.json()["revocation_label"] == "已注销"
    assert_error(
        await clerk.post(f"/api/v1/certificates/{second['id']}/cancel", json={"reason": "再注销"}),
        409,
        "CERTIFICATE_NOT_CURRENT",
    )
    assert await AuditEvent.filter(action="certificate.revoked").count() == 2
    # the holder is told of each, in plain words, with the new number where there is one
    inbox = (await owner.get("/api/v1/me/messages")).json()["items"]
    revoked = [m for m in inbox if m["kind"] == "certificate_revoked"]
    assert [m["title"] for m in revoked] == ["电子证照已注销", "电子证照已换发"]
    assert number(2) in revoked[1]["body"] and "请以新证照为准" in revoked[1]["body"]
    assert number(2) in revoked[0]["body"] and "不再有效" in revoked[0]["body"]
    assert "房屋灭失" not in revoked[0]["body"]  # the clerk's reason may name others
    assert revoked[0]["link"] == "pages/certificates/index"


async def test_the_sweep_backs_off_from_a_certificate_that_keeps_failing(
    act, world, drain, monkeypatch
):
    """A certificate whose job fails to its last retry every time (a seal key unreadable) is
    re-queued at 5, 10, 20 … minutes, never more often than every 6 hours: one dead-letter
    entry per step, not one every five minutes for ever."""

    async def lost(certificate_id: object) -> bool:
        return False

    monkeypatch.setattr(service, "enqueue_finish", lost)
    await issue(act, await registered(world))
    await drain()
    requeued: list[datetime] = []

    async def fails_again(certificate_id: object) -> bool:  # queued; will fail again
        requeued.append(at)
        return True

    monkeypatch.setattr(service, "enqueue_finish", fails_again)
    start = datetime.now(UTC) + timedelta(minutes=3)
    for minutes in range(0, 60):  # the worker sweeps every 5 minutes; here every minute
        at = start + timedelta(minutes=minutes)
        await jobs.sweep_certificates({}, now=at)
    assert [round((t - start).total_seconds() / 60) for t in requeued] == [0, 5, 15, 35]
    assert jobs.sweep_backoff(1) == timedelta(minutes=5)
    assert jobs.sweep_backoff(12) == jobs.sweep_backoff(40) == timedelta(hours=6)


async def test_a_lost_finishing_job_is_picked_up_by_the_sweep(act, world, drain, monkeypatch):
    async def lost(certificate_id: object) -> None:  # a crash between COMMIT and enqueue
        return None

    monkeypatch.setattr(service, "enqueue_finish", lost)
    await issue(act, await registered(world))
    await drain()
    [waiting] = await Certificate.all()
    assert waiting.status.value == "issuing"
    monkeypatch.undo()
    assert await service.unfinished() == []  # too fresh: its own job may still be on its way
    later = datetime.now(UTC) + timedelta(minutes=3)
    assert await service.unfinished(later) == [waiting.id]
    assert await jobs.sweep_certificates({}, now=later) == 1
    await drain()
    [certificate] = await mine(act)
    assert certificate["status"] == "current" and certificate["pdf_url"]
