"""What the clerk accepts (issue #8 dead end 2): the materials list with each file's pre-review
verdicts, a thumbnail and a short-lived download link, for staff in scope and the owner."""

import hashlib

import pytest

from banzheng.accounts.models import User
from banzheng.accounts.service import seal_personal_data
from banzheng.common.models import AuditEvent
from banzheng.materials.models import MaterialFile, PreReviewVerdict
from tests.applications.conftest import draft, provide
from tests.helpers import assert_error
from tests.materials import samples
from tests.materials.test_prereview import put, submit_and_review


@pytest.fixture
async def reviewed(act, world, app, drain):
    """A submitted application after the worker's pre-review: a blurred ID card (a warning for
    the clerk) and a clean contract."""
    alice = await User.get(username="alice")
    seal_personal_data(alice, cipher=app.ctx.cipher, id_number="110101199003078515")
    await alice.save()
    application = await draft(act, world)
    blurred = samples.encode(samples.blurred(samples.text_page(1240, 1754), 3), "PNG")
    await put(act, application, "owner_id_card", blurred, name="身份证.png")
    await provide(act, application["id"], "purchase_contract")
    detail = await submit_and_review(act, application, drain)
    assert detail["status"] == "pre_review"
    return detail


async def test_a_clerk_in_scope_sees_every_file_with_its_verdicts_thumbnail_and_link(act, reviewed):
    clerk = await act("clerk")
    resp = await clerk.get(f"/api/v1/applications/{reviewed['id']}/materials")
    assert resp.status_code == 200, resp.text
    items = resp.json()["items"]
    assert [i["requirement_code"] for i in items] == ["owner_id_card", "purchase_contract"]
    card, contract = items
    assert card["requirement_name"] == "申请人身份证" and card["display_name"] == "身份证.png"
    assert card["verdict"] == "warn" and card["verdict_label"] == "预审提示，请人工核对"
    assert card["verdicts"][0]["awaiting_clerk_decision"] is True
    assert any(
        "清晰" in f["message"] or "模糊" in f["message"] for f in card["verdicts"][0]["findings"]
    )
    assert contract["verdict"] == "ok" and contract["verdict_label"] == "预审通过"

    # the original, byte for byte, through the short-lived link made for this clerk
    original = await clerk.get(card["download_url"])
    assert original.status_code == 200
    stored = await MaterialFile.get(object_id=card["object_id"])
    assert hashlib.sha256(original.content).hexdigest() == stored.sha256 == card["sha256"]
    # the thumbnail is a small JPEG of its own
    thumb = await clerk.get(card["thumbnail_url"])
    assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/jpeg"
    assert thumb.content[:2] == b"\xff\xd8" and len(thumb.content) < len(original.content)

    # the links are the clerk's: another clerk holding them gets nothing
    other = await act("clerk-xinhua")
    assert_error(await other.get(card["download_url"]), 404, "NOT_FOUND")
    # and issuing them is audited, naming the files (no personal data)
    issued = await AuditEvent.filter(action="material.links_issued").order_by("-id").first()
    assert issued.object_id == reviewed["id"]
    assert set(issued.details["object_ids"]) == {card["object_id"], contract["object_id"]}
    assert issued.actor_id == str((await User.get(username="clerk")).id)


async def test_staff_out_of_scope_get_404_and_the_owner_sees_their_own(act, reviewed):
    path = f"/api/v1/applications/{reviewed['id']}/materials"
    assert_error(await (await act("clerk-xinhua")).get(path), 404, "NOT_FOUND")
    assert_error(await (await act("bob")).get(path), 404, "NOT_FOUND")
    mine = await (await act("alice")).get(path)
    assert mine.status_code == 200 and len(mine.json()["items"]) == 2


async def test_the_verdicts_listed_are_the_ones_the_clerks_decision_is_measured_against(
    act, reviewed
):
    clerk = await act("clerk")
    path = f"/api/v1/applications/{reviewed['id']}/materials"
    before = (await clerk.get(path)).json()["items"]
    awaiting = {v["id"] for i in before for v in i["verdicts"] if v["awaiting_clerk_decision"]}
    assert len(awaiting) == 2
    resp = await clerk.post(
        f"/api/v1/applications/{reviewed['id']}/supplement-request",
        json={"items": [{"requirement_code": "owner_id_card", "problem": "身份证照片模糊"}]},
    )
    assert resp.status_code == 200, resp.text
    decided = {
        str(v.id): v.clerk_agrees
        for v in await PreReviewVerdict.filter(
            application_id=reviewed["id"], clerk_agrees__isnull=False
        )
    }
    assert set(decided) == awaiting  # exactly the listed rows were compared, no other
    after = {v["id"]: v for i in (await clerk.get(path)).json()["items"] for v in i["verdicts"]}
    assert not any(v["awaiting_clerk_decision"] for v in after.values())
    # the ID card was only a warning, the clerk refused it: a disagreement; the contract agreed
    assert {after[k]["clerk_agrees"] for k in awaiting} == {False, True}
    assert {k: after[k]["clerk_agrees"] for k in awaiting} == decided
