"""Security events (issue #13 item 6): uploads, download links and downloads of an owner's
documents are audited without secrets, and the owner sees who read their sensitive data
(《个人信息保护法》第四十五条) at GET /api/v1/me/data-access."""

from __future__ import annotations

import json

from banzheng.common.models import AuditEvent
from tests.helpers import assert_error
from tests.materials import samples


async def upload_id_card(act, world) -> str:
    owner = await act("alice")
    application = (
        await owner.post(
            "/api/v1/applications",
            json={"house_id": str(world.house.id), "type": "transfer_registration"},
        )
    ).json()
    resp = await owner.client.post(
        f"/api/v1/applications/{application['id']}/materials",
        params={"requirement": "owner_id_card", "filename": "id.png"},
        content=samples.png(),
        headers={**owner.headers, "Content-Type": "image/png"},
    )
    assert resp.status_code == 201, resp.text
    return resp.json()["object_id"]


async def download(actor, object_id: str) -> str:
    link = await actor.get(f"/api/v1/materials/{object_id}/link")
    assert link.status_code == 200, link.text
    assert (await actor.get(link.json()["url"])).status_code == 200
    return link.json()["url"]


async def test_an_upload_is_audited_with_its_digest(act, world):
    object_id = await upload_id_card(act, world)
    event = await AuditEvent.get(action="material.uploaded", object_id=object_id)
    assert event.details["requirement"] == "owner_id_card" and len(event.details["sha256"]) == 64
    assert event.actor_role == "owner"


async def test_links_and_downloads_are_audited_without_the_link(act, world):
    object_id = await upload_id_card(act, world)
    url = await download(await act("clerk"), object_id)
    token = url.rsplit("/", 1)[1]
    events = await AuditEvent.filter(object_id=object_id).order_by("id")
    actions = [e.action for e in events]
    assert actions == ["material.uploaded", "material.link_issued", "material.downloaded"]
    assert {e.actor_role for e in events[1:]} == {"clerk"}
    assert all(token not in json.dumps(e.details) for e in events)  # the link is a secret


async def test_the_owner_sees_who_read_their_id_card_and_only_that(act, world):
    object_id = await upload_id_card(act, world)
    await download(await act("alice"), object_id)  # her own reads are not listed
    await download(await act("clerk"), object_id)
    alice = await act("alice")
    page = (await alice.get("/api/v1/me/data-access")).json()
    assert page["total"] == 2
    assert [i["action"] for i in page["items"]] == ["material.downloaded", "material.link_issued"]
    first = page["items"][0]
    assert first["reader_role_label"] == "登记窗口人员"
    assert first["organisation_name"] == "和平街道"
    assert first["what"] == "申请人身份证"
    assert first["at"].endswith("+08:00")
    assert (await (await act("bob")).get("/api/v1/me/data-access")).json()["total"] == 0


async def test_only_owners_have_a_data_access_log(act, world):
    assert_error(await (await act("clerk")).get("/api/v1/me/data-access"), 403, "FORBIDDEN")
