"""手机号绑定 through WeChat's phone-number component, against the loopback fake."""

from banzheng.accounts.models import User
from tests.accounts.conftest import FakeWeChat
from tests.helpers import assert_error, writes_nothing


async def login(client, code="zhang"):
    pair = (await client.post("/api/v1/auth/wechat", json={"code": code})).json()
    return {"Authorization": f"Bearer {pair['access_token']}"}


async def test_the_shared_number_is_stored_encrypted_and_shown_masked(client, wechat, app):
    headers = await login(client)
    resp = await client.post("/api/v1/me/phone", json={"code": "phone-ok"}, headers=headers)
    assert resp.status_code == 200, resp.text
    assert resp.json()["phone"] == "139****5678"
    owner = await User.get(wechat_openid="openid-zhang")
    assert "13912345678" not in owner.phone_enc
    assert owner.phone_hash == app.ctx.cipher.lookup_hash("13912345678", field="phone")
    # a second binding reuses the cached access token (one stable_token call in all)
    await client.post("/api/v1/me/phone", json={"code": "phone-ok"}, headers=headers)
    assert len(FakeWeChat.tokens_issued) == 1


async def test_an_expired_access_token_is_refreshed_once(client, wechat, app):
    headers = await login(client)
    await client.post("/api/v1/me/phone", json={"code": "phone-ok"}, headers=headers)
    FakeWeChat.valid_token = "rotated-by-wechat"  # the cached token stops working
    resp = await client.post("/api/v1/me/phone", json={"code": "phone-ok"}, headers=headers)
    assert resp.status_code == 200
    assert len(FakeWeChat.tokens_issued) == 2


async def test_refusals_change_nothing(client, wechat):
    headers = await login(client)
    async with writes_nothing():
        bad = await client.post("/api/v1/me/phone", json={"code": "phone-invalid"}, headers=headers)
    assert_error(bad, 400, "WECHAT_CODE_INVALID")
    foreign = await client.post("/api/v1/me/phone", json={"code": "phone-foreign"}, headers=headers)
    assert_error(foreign, 503, "WECHAT_BAD_RESPONSE")
    assert (await User.get(wechat_openid="openid-zhang")).phone_enc is None
