"""Identity checks driven through the HTTP API: the application world plus tus helpers."""

from __future__ import annotations

import base64

import pytest

from banzheng.identity.models import IdentityCheck
from tests.applications.conftest import act, world  # noqa: F401
from tests.identity import videos


@pytest.fixture(autouse=True)
async def _people(world):  # noqa: F811 - the shared world fixture, used by every test here
    """Every test here needs the owners (alice, bob) and clerks of the application world."""
    return world


def metadata(**values: str) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in values.items())


async def start_check(actor) -> dict:
    consent = (await actor.get("/api/v1/identity/consent")).json()
    resp = await actor.post(
        "/api/v1/identity/checks",
        json={
            "consent_version": consent["version"],
            "consent_sha256": consent["sha256"],
            "agree": True,
        },
    )
    assert resp.status_code == 201, resp.text
    return resp.json()


async def create_upload(actor, check_id: str, length: int, filename: str = "核验.mp4"):
    return await actor.client.post(
        "/api/v1/uploads",
        headers={
            **actor.headers,
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(length),
            "Upload-Metadata": metadata(identity_check_id=check_id, filename=filename),
        },
    )


async def upload_video(actor, check_id: str, data: bytes, chunk: int = 16 * 1024):
    """The mini-program's way: create, then PATCH chunks (the last answer is returned)."""
    resp = await create_upload(actor, check_id, len(data))
    assert resp.status_code == 201, resp.text
    location = resp.headers["location"]
    for offset in range(0, len(data), chunk):
        resp = await actor.client.patch(
            location,
            content=data[offset : offset + chunk],
            headers={
                **actor.headers,
                "Tus-Resumable": "1.0.0",
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
            },
        )
        assert resp.status_code == 200, resp.text
    return resp


@pytest.fixture(scope="session")
def good_video() -> bytes:
    return videos.clip()


async def checked_in_review(act, drain, good_video, login: str = "alice") -> dict:  # noqa: F811
    """A check whose video passed the pre-checks and waits for a clerk."""
    owner = await act(login)
    check = await start_check(owner)
    await upload_video(owner, check["id"], good_video)
    await drain()
    row = await IdentityCheck.get(id=check["id"])
    assert row.status.value == "in_review", row.precheck_findings
    return check
