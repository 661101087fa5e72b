"""Owners sign in turn through the API; the registry seals; pyHanko's own validator and the public
verify endpoint agree on the result; tampering, refusals and visibility."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from banzheng.applications.models import ApplicationEvent
from banzheng.signatures import jobs
from banzheng.signatures.models import SignatureEvidence, SigningParty, SigningRequest
from tests.helpers import assert_error, writes_nothing
from tests.signatures.conftest import commitment_request, pass_identity, sign_as, signature_png


async def validate(pdf: bytes, app) -> list:
    """pyHanko's own validator, trusting exactly the development root."""
    reader = PdfFileReader(io.BytesIO(pdf))
    results = []
    for sig in reader.embedded_signatures:
        context = ValidationContext(trust_roots=list(app.ctx.keyring.trust_roots))
        results.append((sig.field_name, await async_validate_pdf_signature(sig, context)))
    return results


async def test_owners_sign_in_turn_the_seal_signs_last_and_everything_validates(
    act, app, world, drain
):
    await pass_identity("alice")
    await pass_identity("bob")
    alice, bob = await act("alice"), await act("bob")
    request = await commitment_request(act, world)
    assert request["title"] == "告知承诺书" and request["my_turn"] is True
    assert [(p["role"], p["name"], p["status"]) for p in request["parties"]] == [
        ("权利人", "王**", "pending"),
        ("共有人", "李**", "waiting"),
    ]
    preview = await alice.get(request["document_url"])
    assert preview.headers["content-type"] == "application/pdf"
    assert preview.content.startswith(b"%PDF-")

    resp = await sign_as(alice, request)
    assert resp.status_code == 200, resp.text
    after_alice = resp.json()
    assert after_alice["my_turn"] is False and after_alice["status"] == "pending"
    first_pdf = (await alice.get(request["document_url"])).content
    [(field, status)] = await validate(first_pdf, app)
    assert field == "owner-1" and status.intact and status.valid and status.trusted
    assert status.signing_cert.subject.native["common_name"] == "王小丽"

    assert (await bob.get(f"/api/v1/signatures/requests/{request['id']}")).json()["my_turn"]
    resp = await sign_as(bob, request, seed=2)
    assert resp.status_code == 200, resp.text
    assert resp.json()["status"] == "sealing"
    both = (await bob.get(request["document_url"])).content
    assert both.startswith(first_pdf)  # an incremental update: the first revision is untouched
    results = dict(await validate(both, app))
    assert results["owner-1"].intact and results["owner-1"].trusted  # still valid after bob
    assert results["owner-1"].modification_level == ModificationLevel.FORM_FILLING
    assert results["owner-2"].signing_cert.subject.native["common_name"] == "李大壮"

    assert await drain() >= 1  # the worker seals
    done = (await alice.get(f"/api/v1/signatures/requests/{request['id']}")).json()
    assert done["status"] == "completed" and done["evidence_url"]
    final = (await alice.get(request["document_url"])).content
    results = await validate(final, app)
    assert [f for f, _ in results] == ["owner-1", "owner-2", "registry-seal"]
    for field, status in results:
        assert status.intact and status.valid and status.trusted, (field, status.summary())
    assert results[-1][1].coverage.name == "ENTIRE_FILE"

    # The public verify endpoint says the same, and notices a single flipped byte.
    verified = (await alice.client.post("/api/v1/signatures/verify", content=final)).json()
    assert verified["valid"] is True and len(verified["signatures"]) == 3
    assert verified["signatures"][0]["signer"] == "王小丽"
    assert verified["signatures"][0]["later_changes"] == "signatures_only"
    assert verified["signatures"][2]["covers_whole_document"] is True
    flipped = bytearray(final)
    where = final.index(b"Banzheng")  # the creator in the first revision's info dictionary
    flipped[where] ^= 0x01
    broken = (await alice.client.post("/api/v1/signatures/verify", content=bytes(flipped))).json()
    assert broken["valid"] is False
    assert all(s["intact"] is False for s in broken["signatures"])
    assert "未通过核验" in broken["message"]

    # Evidence: one record per signature, hashes chained from the original to the final.
    rows = await SignatureEvidence.filter(request_id=request["id"]).order_by("signed_at")
    assert [r.signer_kind for r in rows] == ["owner", "owner", "seal"]
    stored = await SigningRequest.get(id=request["id"])
    assert rows[0].sha256_before == stored.original_sha256
    assert rows[0].sha256_after == rows[1].sha256_before
    assert rows[2].sha256_after == stored.current_sha256
    assert rows[0].identity_check_id is not None and rows[0].ip == "203.0.113.7"
    timeline = await ApplicationEvent.filter(application_id=done["application_id"]).values_list(
        "action", flat=True
    )
    assert {"signature_requested", "signature_signed", "signature_sealed"} <= set(timeline)


async def test_signing_without_a_passed_identity_check_is_refused(act, world):
    alice = await act("alice")
    request = await commitment_request(act, world)
    async with writes_nothing():
        error = assert_error(await sign_as(alice, request), 403, "IDENTITY_CHECK_REQUIRED")
    assert "视频身份核验" in error["message"]
    await pass_identity("alice", hours=-1)  # a pass that has run out counts for nothing
    assert_error(await sign_as(alice, request), 403, "IDENTITY_CHECK_REQUIRED")


async def test_refusals_turn_hash_image(act, world):
    await pass_identity("alice")
    await pass_identity("bob")
    alice, bob = await act("alice"), await act("bob")
    request = await commitment_request(act, world)
    assert_error(await sign_as(bob, request), 409, "NOT_YOUR_TURN")
    url = f"/api/v1/signatures/requests/{request['id']}/sign"
    stale = await alice.post(
        url, json={"signature_png": signature_png(), "document_sha256": "a" * 64}
    )
    assert_error(stale, 409, "DOCUMENT_CHANGED")
    blank = await alice.post(
        url,
        json={"signature_png": _blank_png(), "document_sha256": request["document_sha256"]},
    )
    assert_error(blank, 422, "SIGNATURE_IMAGE_INVALID")
    not_png = await alice.post(
        url, json={"signature_png": "bm90IGEgcG5n", "document_sha256": request["document_sha256"]}
    )
    assert_error(not_png, 422, "SIGNATURE_IMAGE_INVALID")
    assert (await sign_as(alice, request)).status_code == 200
    assert_error(await sign_as(alice, request), 409, "ALREADY_SIGNED")


def _blank_png() -> str:
    import base64

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (600, 220), (0, 0, 0, 0)).save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


async def test_another_owner_cannot_see_the_document_or_its_evidence(act, app, world, drain):
    from tests import factories

    await factories.owner("carol")
    await pass_identity("alice")
    await pass_identity("bob")
    request = await commitment_request(act, world)
    await sign_as(await act("alice"), request)
    await sign_as(await act("bob"), request, seed=2)
    await drain()
    carol, far_clerk = await act("carol"), await act("clerk-xinhua")
    for actor in (carol, far_clerk):
        for path in ("", "/document", "/evidence"):
            resp = await actor.get(f"/api/v1/signatures/requests/{request['id']}{path}")
            assert_error(resp, 404, "NOT_FOUND")
        assert (await actor.get("/api/v1/signatures/requests")).json()["total"] == 0
    clerk = await act("clerk")  # the estate's own street clerk may read it
    assert (
        await clerk.get(f"/api/v1/signatures/requests/{request['id']}/document")
    ).status_code == 200


async def test_evidence_report_is_a_sealed_pdf_naming_every_signature(act, app, world, drain):
    check = await pass_identity("alice")
    await pass_identity("bob")
    request = await commitment_request(act, world)
    await sign_as(await act("alice"), request)
    await sign_as(await act("bob"), request, seed=2)
    await drain()
    resp = await (await act("alice")).get(f"/api/v1/signatures/requests/{request['id']}/evidence")
    assert resp.status_code == 200 and resp.headers["content-type"] == "application/pdf"
    report = resp.content
    results = await validate(report, app)
    assert len(results) == 1 and results[0][1].trusted and results[0][1].intact  # sealed
    text = "".join(
        page.extract_text() for page in __import__("pypdf").PdfReader(io.BytesIO(report)).pages
    )
    stored = await SigningRequest.get(id=request["id"])
    compact = text.replace(" ", "").replace("\n", "")
    assert stored.current_sha256 in compact and str(check.id) in compact


async def test_unsigned_requests_expire_and_pending_signers_are_reminded(act, app, world):
    await pass_identity("alice")
    request = await commitment_request(act, world)
    ctx = {"settings": app.ctx.settings}
    assert await jobs.signature_housekeeping(ctx) == {"expired": 0, "reminded": 0}
    old = datetime.now(UTC) - timedelta(hours=app.ctx.settings.SIGNATURE_REMINDER_HOURS + 1)
    await SigningRequest.filter(id=request["id"]).update(created_at=old)
    assert await jobs.signature_housekeeping(ctx) == {"expired": 0, "reminded": 1}
    assert await jobs.signature_housekeeping(ctx) == {"expired": 0, "reminded": 0}
    party = await SigningParty.get(request_id=request["id"], position=1)
    assert party.reminders == 1
    reminder = await ApplicationEvent.get(action="signature_reminder")
    assert "等待权利人签署" in reminder.note

    await SigningRequest.filter(id=request["id"]).update(
        expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    assert (await jobs.signature_housekeeping(ctx))["expired"] == 1
    assert_error(await sign_as(await act("alice"), request), 410, "SIGNING_REQUEST_EXPIRED")
    detail = (await (await act("alice")).get(f"/api/v1/signatures/requests/{request['id']}")).json()
    assert detail["status"] == "expired" and detail["status_label"] == "已过签署期限"


async def test_pending_list_is_what_the_home_page_shows(act, world):
    request = await commitment_request(act, world)
    alice, bob = await act("alice"), await act("bob")
    mine = (await alice.get("/api/v1/signatures/requests", params={"pending": "1"})).json()
    assert [r["id"] for r in mine["items"]] == [request["id"]]
    assert (await bob.get("/api/v1/signatures/requests", params={"pending": "1"})).json()[
        "total"
    ] == 0
    assert (await bob.get("/api/v1/signatures/requests")).json()["total"] == 1


async def test_the_same_document_is_not_opened_twice(act, world):
    request = await commitment_request(act, world)
    alice = await act("alice")
    again = await alice.post(
        "/api/v1/signatures/requests",
        json={
            "application_id": request["application_id"],
            "kind": "commitment_letter",
            "requirement_code": "marital_status",
        },
    )
    assert again.status_code == 200 and again.json()["id"] == request["id"]


async def test_verify_refuses_what_is_not_a_pdf(client):
    assert_error(await client.post("/api/v1/signatures/verify", content=b"hello"), 415, "NOT_A_PDF")
    assert_error(await client.post("/api/v1/signatures/verify", content=b""), 400, "PDF_MISSING")
    resp = await client.post("/api/v1/signatures/verify", content=b"%PDF-1.7\nnot really")
    assert resp.status_code == 200 and resp.json()["valid"] is False
