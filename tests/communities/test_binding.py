"""A real owner binds their house (issue #8 dead end 1): real name and ID number matched by keyed
hash against the owners of record, the 网签备案 contract number where the archive holds it, a
clear answer naming the office when nothing matches, attempt limits, co-owners each binding,
and a clerk binding at the window — audited."""

import pytest

from banzheng.accounts.models import User
from banzheng.common.models import AuditEvent
from banzheng.communities.models import HouseOwner, OwnerOfRecord
from tests import factories
from tests.helpers import assert_error, login_as

ZHANG = ("张伟", "110101198501010017")
LI = ("李娜", "110101198802020024")
WANG = ("王芳", "440106199003030034")
CONTRACT = "WQ2019-0012345"


@pytest.fixture
async def house(world):
    return await factories.house(world.orgs.heping, room="502", estate=world.heping_estate)


@pytest.fixture
async def owners(api, house):
    """张伟 60 % and 李娜 40 %, with the contract number, recorded by the street's clerk; two
    fresh WeChat accounts (no real name yet)."""
    resp = await api.send(
        "clerk-heping",
        "PUT",
        f"/api/v1/houses/{house.id}/owners-of-record",
        {
            "owners": [
                {"real_name": ZHANG[0], "id_number": ZHANG[1], "share_percent": 60},
                {"real_name": LI[0], "id_number": LI[1], "share_percent": 40},
            ],
            "contract_number": CONTRACT,
        },
    )
    assert resp.status_code == 200, resp.text
    for login in ("wx-zhang", "wx-li", "wx-other"):
        await factories.owner(login)
        api.headers[login] = await login_as(api.client, login)
    return resp.json()


def bind(api, login, person, contract=CONTRACT, **extra):
    body = {"real_name": person[0], "id_number": person[1], **extra}
    if contract is not None:
        body["contract_number"] = contract
    return api.send(login, "POST", "/api/v1/me/houses/bind", body)


async def test_the_archive_keeps_owners_of_record_masked_and_the_contract_number_as_a_hash(
    api, house, owners
):
    assert owners["contract_number_on_file"] is True
    assert [
        (o["real_name"], o["id_number"], o["share_percent"], o["bound"]) for o in owners["owners"]
    ] == [
        ("张*", "110***********0017", 60, False),
        ("李*", "110***********0024", 40, False),
    ]
    stored = await OwnerOfRecord.filter(house_id=house.id)
    assert all(ZHANG[1] not in (r.id_number_enc + r.id_number_hash) for r in stored)
    await house.refresh_from_db()
    assert house.contract_number_hash and CONTRACT not in house.contract_number_hash


async def test_co_owners_each_bind_their_own_account(api, house, owners):
    assert (await api.get("wx-zhang", "/api/v1/me/houses")).json()["items"] == []
    # typed as on a phone: full-width digits, a space in the name, lower-case contract letters
    resp = await bind(
        api, "wx-zhang", ("张 伟", "１１０１０１１９８５０１０１００１７"), CONTRACT.lower()
    )
    assert resp.status_code == 200, resp.text
    assert [(h["id"], h["share_percent"]) for h in resp.json()["houses"]] == [(str(house.id), 60)]
    assert "已绑定 1 套房屋" in resp.json()["message"]
    mine = (await api.get("wx-zhang", "/api/v1/me/houses")).json()["items"]
    assert [h["room"] for h in mine] == ["502"]
    me = (await api.get("wx-zhang", "/api/v1/me")).json()
    assert (me["real_name"], me["id_number"]) == ("张*", "110***********0017")

    resp = await bind(api, "wx-li", LI)
    assert resp.status_code == 200 and resp.json()["houses"][0]["share_percent"] == 40
    links = await HouseOwner.filter(house_id=house.id).prefetch_related("owner")
    assert sorted(lk.owner.username for lk in links) == ["wx-li", "wx-zhang"]
    view = (await api.get("clerk-heping", f"/api/v1/houses/{house.id}/owners-of-record")).json()
    assert [o["bound"] for o in view["owners"]] == [True, True]
    events = await AuditEvent.filter(action="house.owner_bound").order_by("id")
    assert [e.details["method"] for e in events] == ["self", "self"]
    assert all(ZHANG[1] not in str(e.details) and "张伟" not in str(e.details) for e in events)
    # binding again changes nothing and still answers the house
    again = await bind(api, "wx-zhang", ZHANG)
    assert again.status_code == 200 and len(again.json()["houses"]) == 1
    assert await AuditEvent.filter(action="house.owner_bound").count() == 2


async def test_when_nothing_matches_the_answer_is_the_same_and_names_the_office(
    api, world, house, owners
):
    estate = {"community_id": str(world.heping_estate.id)}
    answers = [
        await bind(api, "wx-zhang", ZHANG, "WQ2019-9999999", **estate),  # wrong contract number
        await bind(api, "wx-zhang", ("张卫", ZHANG[1]), **estate),  # wrong name
        await bind(api, "wx-zhang", WANG, **estate),  # not an owner of record at all
    ]
    messages = {assert_error(r, 422, "OWNER_NOT_MATCHED")["message"] for r in answers}
    assert len(messages) == 1  # nothing tells which fact was wrong, or whether the ID is known
    (message,) = messages
    assert "和平街道便民服务中心的办证窗口" in message and "和平花园" in message
    assert "身份证" in message and "当场绑定" in message
    # without the estate the answer still says where to go
    generic = assert_error(await bind(api, "wx-zhang", ZHANG, None), 422, "OWNER_NOT_MATCHED")
    assert "房屋所在街道（乡镇）便民服务中心的办证窗口" in generic["message"]
    assert not await HouseOwner.filter(house_id=house.id).exists()
    assert await AuditEvent.filter(action="house.bind_failed").count() == 4
    # a mistyped ID number is told as such (the pre-review's own GB 11643 messages)
    typo = assert_error(
        await bind(api, "wx-zhang", ("张伟", "110101198501010018")), 422, "ID_NUMBER_INVALID"
    )
    assert "校验码" in typo["message"]


async def test_attempts_are_limited_per_account(api, house, owners):
    for _ in range(5):
        assert_error(await bind(api, "wx-other", WANG), 422, "OWNER_NOT_MATCHED")
    refused = await bind(api, "wx-other", WANG)
    assert_error(refused, 429, "RATE_LIMITED")
    assert int(refused.headers["retry-after"]) > 60
    # another owner (another account, same NAT address) is not affected
    assert (await bind(api, "wx-zhang", ZHANG)).status_code == 200


async def test_one_account_is_one_person_and_a_record_binds_one_account(api, house, owners):
    assert (await bind(api, "wx-zhang", ZHANG)).status_code == 200
    # 张伟's account cannot take 李娜's share too
    assert_error(await bind(api, "wx-zhang", LI), 409, "IDENTITY_MISMATCH")
    # and someone else's account cannot take 张伟's record
    taken = assert_error(await bind(api, "wx-other", ZHANG), 409, "OWNER_ALREADY_BOUND")
    assert "和平街道" in taken["message"]
    assert await HouseOwner.filter(house_id=house.id).count() == 1


async def test_a_clerk_binds_at_the_window_with_the_owners_code_audited(api, house, owners):
    assert (await bind(api, "wx-zhang", ZHANG)).status_code == 200
    # 张伟 lost that phone: his new account shows a code at the window, the clerk checks the card
    await factories.owner("wx-zhang-new")
    api.headers["wx-zhang-new"] = await login_as(api.client, "wx-zhang-new")
    code = await api.send("wx-zhang-new", "POST", "/api/v1/me/binding-code")
    assert code.status_code == 201 and len(code.json()["code"]) == 8
    record_id = owners["owners"][0]["id"]
    path = f"/api/v1/houses/{house.id}/owners-of-record/{record_id}/bind"
    body = {"binding_code": code.json()["code"]}
    assert_error(await api.send("clerk-xinhua", "POST", path, body), 404, "NOT_FOUND")
    assert_error(await api.send("wx-zhang", "POST", path, body), 403, "FORBIDDEN")
    resp = await api.send("clerk-heping", "POST", path, body)
    assert resp.status_code == 200, resp.text
    assert resp.json()["owners"][0]["bound"] is True
    owners_now = await HouseOwner.filter(house_id=house.id).prefetch_related("owner")
    assert [lk.owner.username for lk in owners_now] == ["wx-zhang-new"]
    assert (await api.get("wx-zhang", "/api/v1/me/houses")).json()["items"] == []
    event = await AuditEvent.filter(action="house.owner_bound").order_by("-id").first()
    clerk = await User.get(username="clerk-heping")
    assert event.actor_id == str(clerk.id) and event.details["method"] == "window"
    assert event.details["replaced_account"] is True
    # a code works once
    assert_error(await api.send("clerk-heping", "POST", path, body), 422, "BINDING_CODE_INVALID")


async def test_recording_owners_is_checked_and_dropping_one_ends_their_access(api, house, owners):
    path = f"/api/v1/houses/{house.id}/owners-of-record"
    one = {"real_name": ZHANG[0], "id_number": ZHANG[1], "share_percent": 60}
    assert_error(
        await api.send("clerk-heping", "PUT", path, {"owners": [one]}), 422, "OWNER_SHARES_INVALID"
    )
    bad = {**one, "id_number": "110101198501010018", "share_percent": 100}
    assert_error(
        await api.send("clerk-heping", "PUT", path, {"owners": [bad]}), 422, "ID_NUMBER_INVALID"
    )
    assert_error(
        await api.send("clerk-xinhua", "PUT", path, {"owners": [{**one, "share_percent": 100}]}),
        404,
        "NOT_FOUND",
    )
    assert_error(await api.send("alice", "GET", path), 403, "FORBIDDEN")

    assert (await bind(api, "wx-zhang", ZHANG)).status_code == 200
    assert (await bind(api, "wx-li", LI)).status_code == 200
    # 李娜 sold her share to 张伟: the archive now lists him alone; the contract number stays
    resp = await api.send("clerk-heping", "PUT", path, {"owners": [{**one, "share_percent": 100}]})
    assert resp.status_code == 200
    assert [(o["share_percent"], o["bound"]) for o in resp.json()["owners"]] == [(100, True)]
    assert resp.json()["contract_number_on_file"] is True
    links = await HouseOwner.filter(house_id=house.id).prefetch_related("owner")
    assert [lk.owner.username for lk in links] == ["wx-zhang"]


async def test_an_owner_finds_their_estate_by_name(api, world, owners):
    resp = await api.get("wx-zhang", "/api/v1/estate-directory", q="和平")
    assert resp.status_code == 200
    assert resp.json()["items"] == [
        {
            "id": str(world.heping_estate.id),
            "name": "和平花园",
            "address": world.heping_estate.address,
            "street": "和平街道",
        }
    ]
    assert_error(
        await api.get("wx-zhang", "/api/v1/estate-directory", q="和"), 422, "VALIDATION_ERROR"
    )


async def test_an_import_records_the_owners_of_record_who_then_bind(api, world, owners):
    header = "楼栋号,单元,室号,合同面积,产权人,产权人身份证号,网签合同编号"
    rows = [
        f"9,1,101,90.00,{WANG[0]},{WANG[1]},WQ2020-9101",
        f"9,1,102,90.00,{ZHANG[0]}、{LI[0]},{ZHANG[1]}、{LI[1]},",
        "9,1,103,90.00,,,",
        f"9,1,104,90.00,{ZHANG[0]}、{LI[0]},{ZHANG[1]},",  # one ID number for two owners
    ]
    path = f"/api/v1/communities/{world.heping_estate.id}/import"
    refused = await api.send(
        "clerk-heping", "POST", path, content="\r\n".join([header, *rows]).encode()
    )
    error = assert_error(refused, 422, "IMPORT_ROWS_INVALID")
    assert [(r["row"], r["column"]) for r in error["details"]["rows"]] == [(5, "产权人身份证号")]
    resp = await api.send(
        "clerk-heping", "POST", path, content="\r\n".join([header, *rows[:3]]).encode()
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["owners_of_record"] == 3
    shares = sorted(
        r.share_percent
        for r in await OwnerOfRecord.filter(house__building__number="9", house__room="102")
    )
    assert shares == [50, 50]
    # 王芳 binds 9-1-101 with its contract number; a wrong number is refused
    assert_error(await bind(api, "wx-other", WANG, "WQ2020-0000"), 422, "OWNER_NOT_MATCHED")
    bound = await bind(api, "wx-other", WANG, "WQ2020-9101")
    assert [h["room"] for h in bound.json()["houses"]] == ["101"]
