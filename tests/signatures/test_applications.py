"""The commitment letter is a signed document: the old route still works for old clients, the
application records the signed PDF, and registration (登簿) checks the signatures, not a flag."""

from __future__ import annotations

from banzheng.applications.models import ApplicationMaterial
from banzheng.signatures.models import SigningRequest
from banzheng.storage import new_object_id
from tests.applications.conftest import draft, provide, step
from tests.helpers import assert_error
from tests.signatures.conftest import COMMITMENT_ITEM, pass_identity, sign_as

OTHERS = [
    "owner_id_card",
    "purchase_contract",
    "purchase_invoice",
    "deed_tax_receipt",
    "maintenance_fund_receipt",
]


async def _to_registry_review(act, world, drain) -> tuple[dict, dict]:
    created = await draft(act, world)
    alice = await act("alice")
    old_client = await alice.post(
        f"/api/v1/applications/{created['id']}/commitments",
        json={"requirement_code": COMMITMENT_ITEM},
    )
    assert old_client.status_code == 200, old_client.text
    material = next(m for m in old_client.json()["materials"] if m["code"] == COMMITMENT_ITEM)
    assert material["state"] == "commitment"
    await provide(act, created["id"], *OTHERS)
    await alice.post(f"/api/v1/applications/{created['id']}/submit")
    await drain()
    accepted = (
        await (await act("clerk")).post(f"/api/v1/applications/{created['id']}/accept", json={})
    ).json()
    for login, kind in (("tax", "tax_check"), ("housing", "fund_check")):
        resp = await (await act(login)).post(
            f"/api/v1/applications/{created['id']}/steps/{step(accepted, kind)['id']}/approve",
            json={"opinion": "同意"},
        )
        detail = resp.json()
    [letter] = (await alice.get("/api/v1/signatures/requests", params={"pending": "1"})).json()[
        "items"
    ]
    return detail, letter


def _registry_path(detail: dict) -> str:
    return (
        f"/api/v1/applications/{detail['id']}/steps/{step(detail, 'registry_review')['id']}/approve"
    )


async def test_the_old_commitment_route_opens_a_letter_and_registration_waits_for_its_signatures(
    act, world, drain
):
    detail, letter = await _to_registry_review(act, world, drain)
    assert letter["kind"] == "commitment_letter" and letter["requirement_code"] == COMMITMENT_ITEM
    assert letter["application_id"] == detail["id"]
    registry = await act("registry")
    blocked = assert_error(
        await registry.post(_registry_path(detail), json={}), 409, "NOT_REGISTRABLE"
    )
    assert "婚姻状况" in blocked["message"] and "告知承诺书" in blocked["message"]

    await pass_identity("alice")
    await pass_identity("bob")
    await sign_as(await act("alice"), letter)
    # One owner of two: still not registrable.
    assert_error(await registry.post(_registry_path(detail), json={}), 409, "NOT_REGISTRABLE")
    await sign_as(await act("bob"), letter, seed=2)
    await drain()  # sealed
    resp = await registry.post(_registry_path(detail), json={})
    assert resp.status_code == 200, resp.text
    assert resp.json()["status"] == "registered"
    events = [e["action"] for e in resp.json()["events"]]
    assert "signature_sealed" in events and "register" in events
    material = await ApplicationMaterial.get(
        application_id=detail["id"], requirement_code=COMMITMENT_ITEM
    )
    assert material.state.value == "commitment"


async def test_registration_refuses_a_sealed_letter_whose_pdf_was_altered(act, app, world, drain):
    detail, letter = await _to_registry_review(act, world, drain)
    await pass_identity("alice")
    await pass_identity("bob")
    await sign_as(await act("alice"), letter)
    await sign_as(await act("bob"), letter, seed=2)
    await drain()
    # Someone with access to the store swaps in a doctored copy and fixes the recorded hash:
    # the request still says "completed", but the PDF's signatures no longer hold.
    request = await SigningRequest.get(id=letter["id"])
    chunks = [c async for c in await app.ctx.storage.open_stream(request.current_object_id)]
    pdf = bytearray(b"".join(chunks))
    where = bytes(pdf).index(b"Banzheng")
    pdf[where] ^= 0x01
    stored = await app.ctx.storage.put_bytes(new_object_id(), bytes(pdf))
    await SigningRequest.filter(id=request.id).update(
        current_object_id=stored.object_id, current_sha256=stored.sha256
    )
    registry = await act("registry")
    blocked = assert_error(
        await registry.post(_registry_path(detail), json={}), 409, "NOT_REGISTRABLE"
    )
    assert "告知承诺书" in blocked["message"]
