"""Window intake in the console (issue #14 item 4): a clerk starts an application for a walk-in
owner from the ID-card reader's output, uploads the scanner's files each to a checklist item and
submits for pre-review — through the phone path's own checks."""

from __future__ import annotations

import logging
import re

import pytest

from banzheng.accounts.models import User
from banzheng.applications.models import Application, ApplicationEvent, ApplicationMaterial
from banzheng.communities import binding
from tests.console.conftest import console_login, csrf_of
from tests.helpers import writes_nothing
from tests.materials import samples

GOOD_ID = "110101199003078515"
CARD = f"""姓名：张三
性别：男
民族：汉
出生：1990年03月07日
住址：北京市东城区景山前街4号
公民身份号码：{GOOD_ID}
签发机关：北京市公安局东城分局
有效期限：2015.03.07-2035.03.07
"""


@pytest.fixture
async def intake_world(app, console_world):
    """The world's house with an owner of record (张三) who has no WeChat account."""
    record = binding.new_owner_record(
        console_world.house.id,
        name="张三",
        id_number=GOOD_ID,
        share_percent=100,
        cipher=app.ctx.cipher,
    )
    await record.save()
    console_world.record = record
    return console_world


async def start(client, house_id, card=CARD, **extra):
    page = await client.get("/console/intake")
    assert page.status_code == 200, page.text
    return await client.post(
        "/console/intake",
        data={
            "csrf_token": csrf_of(page.text),
            "house": str(house_id),
            "type": "transfer_registration",
            "card_text": card,
            "confirmed": "1",
            **extra,
        },
    )


async def test_clerk_starts_uploads_and_submits_for_a_walk_in_owner(
    client, intake_world, drain, caplog
):
    caplog.set_level(logging.DEBUG)
    await console_login(client, "clerk")
    form = await client.get("/console/intake")
    assert "幸福里小区" in form.text and 'name="card_text"' in form.text
    preview = await client.post(
        "/console/intake/card",
        data={"card_text": CARD},
        headers={"X-CSRF-Token": csrf_of(form.text), "HX-Request": "true"},
    )
    assert preview.status_code == 200
    assert "110***********8515" in preview.text and "张三" in preview.text
    assert GOOD_ID not in preview.text and "号码校验通过" in preview.text

    created = await start(client, intake_world.house.id)
    assert created.status_code == 303, created.text
    draft_url = created.headers["location"].split("?")[0]
    application = await Application.get(id=draft_url.rsplit("/", 1)[1])
    assert application.applicant_id is None  # no account: the window serves the owner
    assert application.declared_id_number_enc and GOOD_ID not in application.declared_id_number_enc
    event = await ApplicationEvent.get(application=application, action="window_intake")
    assert event.details["owner_record_id"] == str(intake_world.record.id)

    draft = await client.get(draft_url)
    assert draft.status_code == 200 and application.number in draft.text
    assert 'type="file" name="scans" multiple' in draft.text and "application/pdf" in draft.text
    uploaded = await client.post(
        f"{draft_url}/scans",
        data={"csrf_token": csrf_of(draft.text), "assign": ["owner_id_card", "purchase_contract"]},
        files=[
            ("scans", ("身份证.jpg", samples.jpeg(1200, 800), "image/jpeg")),
            ("scans", ("合同.pdf", samples.pdf(2), "application/pdf")),
        ],
    )
    assert uploaded.status_code == 200, uploaded.text
    assert uploaded.text.count("已上传") == 2
    states = {
        m.requirement_code: m.state.value
        for m in await ApplicationMaterial.filter(application=application)
    }
    assert states["owner_id_card"] == states["purchase_contract"] == "provided"

    submitted = await client.post(
        f"{draft_url}/submit", data={"csrf_token": csrf_of(uploaded.text)}
    )
    assert submitted.status_code == 303
    assert submitted.headers["location"] == f"/console/applications/{application.id}?done=submitted"
    await drain()
    page = await client.get(f"/console/applications/{application.id}")
    assert page.status_code == 200
    assert "身份证.jpg" in page.text and "合同.pdf" in page.text
    assert page.text.count('class="material verdict-') == 2  # each file with its verdict
    assert 'class="material verdict-none"' not in page.text
    assert GOOD_ID not in page.text
    submit_phase = re.search(
        r"提交申请</strong>.*?<span class=\"small muted\">([^<·]+)", page.text, re.S
    )
    assert submit_phase and submit_phase.group(1).strip() == "登记窗口"  # not the owner's phone
    queue = await client.get("/console/queue")
    assert application.number in queue.text
    assert all(
        GOOD_ID not in r.getMessage() and GOOD_ID not in str(r.__dict__) for r in caplog.records
    )


async def test_an_owner_with_an_account_becomes_the_applicant(client, intake_world, app):
    alice = await User.get(username="alice")
    intake_world.record.bound_user_id = alice.id
    await intake_world.record.save()
    await console_login(client, "clerk")
    created = await start(client, intake_world.house.id)
    assert created.status_code == 303
    application = await Application.get(
        id=created.headers["location"].split("?")[0].rsplit("/", 1)[1]
    )
    assert application.applicant_id == alice.id


async def test_a_card_that_is_not_the_owner_of_record_starts_nothing(client, intake_world):
    await console_login(client, "clerk")
    page = await client.get("/console/intake")
    token = csrf_of(page.text)
    async with writes_nothing():
        other = await client.post(
            "/console/intake",
            data={
                "csrf_token": token,
                "house": str(intake_world.house.id),
                "type": "transfer_registration",
                "card_text": CARD.replace("张三", "李四"),
                "confirmed": "1",
            },
        )
        bad = await client.post(
            "/console/intake",
            data={
                "csrf_token": token,
                "house": str(intake_world.house.id),
                "type": "transfer_registration",
                "card_text": CARD.replace(GOOD_ID, GOOD_ID[:-1] + "4"),
                "confirmed": "1",
            },
        )
        unconfirmed = await client.post(
            "/console/intake",
            data={
                "csrf_token": token,
                "house": str(intake_world.house.id),
                "type": "transfer_registration",
                "card_text": CARD,
            },
        )
    assert other.status_code == 422 and "产权人不一致" in other.text
    assert bad.status_code == 422 and "校验码" in bad.text
    assert unconfirmed.status_code == 422 and "勾选确认" in unconfirmed.text
    for resp in (other, bad, unconfirmed):
        assert GOOD_ID not in resp.text


async def test_a_clerk_of_another_street_gets_the_404_page(client, intake_world):
    await console_login(client, "clerk-xinhua")
    page = await client.get(f"/console/intake?house={intake_world.house.id}")
    assert page.status_code == 404 and "不在您的辖区内" in page.text
    async with writes_nothing():
        resp = await start(client, intake_world.house.id)
    assert resp.status_code == 404


async def test_only_clerks_do_window_intake(client, intake_world):
    await console_login(client, "tax")
    assert (await client.get("/console/intake")).status_code == 403


async def test_a_file_that_is_not_a_scan_is_refused_and_the_others_kept(client, intake_world):
    await console_login(client, "clerk")
    created = await start(client, intake_world.house.id)
    draft_url = created.headers["location"].split("?")[0]
    draft = await client.get(draft_url)
    resp = await client.post(
        f"{draft_url}/scans",
        data={"csrf_token": csrf_of(draft.text), "assign": ["owner_id_card", "purchase_contract"]},
        files=[
            ("scans", ("身份证.png", samples.png(1200, 800), "image/png")),
            ("scans", ("readme.jpg", b"MZ\x90\x00 not an image at all", "image/jpeg")),
        ],
    )
    assert resp.status_code == 200
    assert "身份证.png：已上传" in resp.text and "readme.jpg：" in resp.text
    assert resp.text.count("已上传") == 1


async def test_the_readers_saved_file_is_read_even_in_gbk(client, intake_world):
    """Windows readers save GBK text; the page's script reads it into the box, and without a
    script the file itself is sent and read the same."""
    await console_login(client, "clerk")
    page = await client.get("/console/intake")
    resp = await client.post(
        "/console/intake",
        data={
            "csrf_token": csrf_of(page.text),
            "house": str(intake_world.house.id),
            "type": "transfer_registration",
            "confirmed": "1",
        },
        files={"card_file": ("wz.txt", CARD.encode("gb18030"), "text/plain")},
    )
    assert resp.status_code == 303, resp.text
