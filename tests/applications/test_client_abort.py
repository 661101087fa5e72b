"""A phone that loses its connection halfway through an upload is the client's abort (logged
as 499, nginx's word for it), not a server error: nothing is logged at ERROR, no 500 counted."""

import asyncio
import base64
import logging

import httpx

from tests.applications.conftest import Actor, draft
from tests.helpers import login_as


async def _same(actor):
    return actor


async def test_a_client_that_drops_mid_patch_is_logged_as_a_client_abort(
    live_server, world, caplog
):
    # Everything over the real socket: the ASGI test client cannot share the served app.
    async with httpx.AsyncClient(base_url=live_server) as http:
        owner = Actor(http, await login_as(http, "alice"))
        application = await draft(lambda _login: _same(owner), world)
        meta = ",".join(
            f"{k} {base64.b64encode(v.encode()).decode()}"
            for k, v in {
                "application_id": application["id"],
                "requirement": "purchase_contract",
                "filename": "合同.pdf",
            }.items()
        )
        created = await http.post(
            "/api/v1/uploads",
            headers={
                **owner.headers,
                "Tus-Resumable": "1.0.0",
                "Upload-Length": str(4 * 1024 * 1024),
                "Upload-Metadata": meta,
            },
        )
        assert created.status_code == 201, created.text
        upload_id = created.json()["upload_id"]
    host, port = live_server.removeprefix("http://").split(":")
    caplog.set_level(logging.INFO)
    _reader, writer = await asyncio.open_connection(host, int(port))
    head = (
        f"PATCH /api/v1/uploads/{upload_id} HTTP/1.1\r\n"
        f"Host: {host}\r\n"
        f"Authorization: {owner.headers['Authorization']}\r\n"
        "Tus-Resumable: 1.0.0\r\n"
        "Upload-Offset: 0\r\n"
        "Content-Type: application/offset+octet-stream\r\n"
        f"Content-Length: {4 * 1024 * 1024}\r\n\r\n"
    )
    writer.write(head.encode() + b"%PDF-1.7\n" + b"0" * 200_000)
    await writer.drain()
    await asyncio.sleep(0.5)
    writer.close()  # the phone went into a lift
    await writer.wait_closed()
    for _ in range(100):
        logged = [r for r in caplog.records if r.getMessage() == "request" and upload_id in r.path]
        if logged:
            break
        await asyncio.sleep(0.1)
    assert [r.status for r in logged] == [499], [r.__dict__ for r in logged]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [
        r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR
    ]
