"""Issue #8: staff find applications by status, type, estate, 受理编号 and the applicant's exact
name or phone number (keyed hash); paginated in the database; an unknown filter is 422."""

from banzheng.accounts.models import User
from banzheng.accounts.service import seal_personal_data
from tests import factories
from tests.applications.conftest import draft
from tests.helpers import assert_error


async def _named(app, username: str, real_name: str, phone: str) -> User:
    user = await User.get(username=username)
    seal_personal_data(user, cipher=app.ctx.cipher, real_name=real_name, phone=phone)
    await user.save()
    return user


async def test_staff_filter_applications_in_the_database(app, act, world):
    await _named(app, "alice", "张三", "13800138000")
    bob = await _named(app, "bob", "李四", "13900139000")
    mine = await draft(act, world)
    other_estate = await factories.community(world.orgs.heping, "和平二期")
    world.house = await factories.house(world.orgs.heping, owner=bob, estate=other_estate)
    bobs = (
        await (await act("bob")).post(
            "/api/v1/applications",
            json={"house_id": str(world.house.id), "type": "combined"},
        )
    ).json()
    clerk = await act("clerk")

    async def ids(**params):
        resp = await clerk.get("/api/v1/applications", params=params)
        assert resp.status_code == 200, resp.text
        return [i["id"] for i in resp.json()["items"]]

    assert set(await ids()) == {mine["id"], bobs["id"]}
    assert await ids(owner_name="张三") == [mine["id"]]
    assert await ids(owner_name="张") == []  # exact match only
    assert await ids(owner_phone="13900139000") == [bobs["id"]]
    assert await ids(number=bobs["number"]) == [bobs["id"]]
    assert await ids(type="combined") == [bobs["id"]]
    assert await ids(community_id=str(world.estate.id)) == [mine["id"]]
    assert await ids(status="draft", size=1, page=2) != []
    assert await ids(status="delivered") == []
    page = (await clerk.get("/api/v1/applications", params={"size": 1})).json()
    assert (page["total"], len(page["items"])) == (2, 1)
    assert page["items"][0]["kind_label"] in {"转移登记", "首次登记与转移登记合并办理"}
    assert (await ids(status="draft", owner_name="李四")) == [bobs["id"]]


async def test_unknown_or_malformed_filters_answer_422(act, world):
    clerk = await act("clerk")
    for params in ({"state": "draft"}, {"status": "finished"}, {"owner_phone": "12"}):
        assert_error(
            await clerk.get("/api/v1/applications", params=params), 422, "VALIDATION_ERROR"
        )
