"""Validation errors the phone can show beside each input, and one rule for request bodies:
unknown fields are refused everywhere (banzheng.common.schemas.Input)."""

import re

from banzheng.common.schemas import Input
from tests.helpers import assert_error

CODE = re.compile(r"[a-z]+_[a-z]+")


def test_every_request_body_refuses_unknown_fields(app):
    bodies = {
        route.handler.__name__: route.handler.body_model
        for route in app.router.routes
        if getattr(route.handler, "body_model", None) is not None
    }
    assert len(bodies) > 30
    loose = {
        name: model.__name__
        for name, model in bodies.items()
        if not issubclass(model, Input) or model.model_config.get("extra") != "forbid"
    }
    assert not loose, loose


async def test_each_field_gets_a_chinese_message_the_phone_shows_beside_it(act, world):
    owner = await act("alice")
    resp = await owner.post(
        "/api/v1/applications",
        json={
            "house_id": str(world.house.id),
            "type": "gift",
            "contract_price": "-5",
            "applicant_id_number": "1101",
            "status": "delivered",
        },
    )
    error = assert_error(resp, 422, "VALIDATION_ERROR")
    by_field = {f["field"]: f["message"] for f in error["details"]["fields"]}
    assert by_field == {
        "type": "申请类型不在可选范围内",
        "contract_price": "合同总价须大于 0",
        "applicant_id_number": "申请人身份证号至少 15 个字",
        "status": "不认识的字段，请删除后重试",
    }
    assert error["message"].startswith("申请类型不在可选范围内；合同总价须大于 0")
    for text in [error["message"], *by_field.values()]:
        assert not CODE.search(text), text


async def test_a_missing_field_and_a_nested_one_are_named_in_chinese(act, world):
    clerk = await act("clerk")
    resp = await clerk.post(
        f"/api/v1/applications/{'0' * 8}-0000-0000-0000-{'0' * 12}/supplement-request",
        json={"items": [{"requirement_code": "owner_id_card"}]},
    )
    error = assert_error(resp, 422, "VALIDATION_ERROR")
    assert error["details"]["fields"] == [
        {"field": "items.0.problem", "problem": "missing", "message": "请填写问题"}
    ]
