"""The app's shape: health, readiness, request ids, errors in our JSON shape."""

from tests.helpers import assert_error


async def test_healthz_answers_without_login(client):
    resp = await client.get("/healthz")
    assert resp.status_code == 200
    assert resp.json()["status"] == "ok"


async def test_readyz_checks_database_and_redis(client):
    resp = await client.get("/readyz")
    assert resp.status_code == 200
    assert resp.json()["checks"] == {"database": "ok", "redis": "ok"}


async def test_readyz_answers_503_when_redis_is_gone(app, client, settings):
    from banzheng import redisdb

    app.ctx.redis = redisdb.connect("redis://127.0.0.1:1/0")  # nothing listens on port 1
    resp = await client.get("/readyz")
    error = assert_error(resp, 503, "NOT_READY")
    assert error["details"]["checks"]["database"] == "ok"
    assert error["details"]["checks"]["redis"] != "ok"
    await app.ctx.redis.aclose()


async def test_every_response_carries_our_own_request_id_never_the_clients(client):
    fresh = await client.get("/healthz")
    assert len(fresh.headers["x-request-id"]) >= 16
    planted = await client.get("/healthz", headers={"X-Request-ID": "mini-program-abc123"})
    assert planted.headers["x-request-id"] not in (
        "mini-program-abc123",
        fresh.headers["x-request-id"],
    )
    hostile = await client.get("/healthz", headers={"X-Request-ID": "x\r\nSet-Cookie: a=b"})
    assert "Set-Cookie" not in hostile.headers["x-request-id"]


async def test_the_clients_request_id_is_kept_apart_in_the_log_and_the_audit_log(client, caplog):
    import logging

    from banzheng.common.models import AuditEvent
    from tests import factories

    await factories.owner("alice")
    with caplog.at_level(logging.INFO, logger="banzheng.http"):
        resp = await client.post(
            "/api/v1/auth/dev-login",
            json={"login": "alice"},
            headers={"X-Request-ID": "mini-program-abc123"},
        )
    ours = resp.headers["x-request-id"]
    [line] = [r for r in caplog.records if getattr(r, "request_id", None) == ours]
    assert line.client_request_id == "mini-program-abc123"
    event = await AuditEvent.filter(request_id=ours).first()
    assert event is not None and event.details["client_request_id"] == "mini-program-abc123"


async def test_unknown_route_and_wrong_method_answer_in_our_error_shape(client):
    assert_error(await client.get("/api/v1/no-such-thing"), 404, "NOT_FOUND")
    assert_error(await client.put("/api/v1/me"), 405, "METHOD_NOT_ALLOWED")


async def test_malformed_json_body_is_a_422_not_a_crash(client):
    resp = await client.post(
        "/api/v1/auth/dev-login", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    error = assert_error(resp, 422, "VALIDATION_ERROR")
    assert error["details"]["fields"]  # for the client…
    assert not any("a" <= ch.lower() <= "z" for ch in error["message"])  # …not in the owner's text


async def test_text_with_control_characters_is_a_422_naming_the_field_not_a_500(client):
    # PostgreSQL refuses NUL in text: the contract fuzzer's `{"login": "這\u0000;\u0001"}`
    resp = await client.post("/api/v1/auth/dev-login", json={"login": "這\u0000;\u0001\f"})
    error = assert_error(resp, 422, "VALIDATION_ERROR")
    assert "控制字符" in error["message"]
    ok = await client.post("/api/v1/auth/dev-login", json={"login": "no-such\tone"})
    assert ok.status_code != 422  # a tab is text a person may paste


async def test_redis_unreachable_during_a_request_is_a_503_to_retry_not_a_500(app, client):
    from banzheng import redisdb
    from tests import factories
    from tests.helpers import login_as

    await factories.owner("alice")
    headers = await login_as(client, "alice")
    app.ctx.redis = redisdb.connect("redis://127.0.0.1:1/0")
    app.ctx.families.redis = app.ctx.redis
    resp = await client.get("/api/v1/me", headers=headers)
    assert_error(resp, 503, "SERVICE_BUSY")
    assert resp.headers["retry-after"] == "2"
    await app.ctx.redis.aclose()
