"""Signing through the HTTP API: alice applies, bob co-owns her house, both pass identity checks."""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image, ImageDraw

from banzheng.accounts.models import User
from banzheng.accounts.service import seal_personal_data
from banzheng.communities.models import HouseOwner
from banzheng.identity.models import ChallengeAction, CheckStatus, IdentityCheck
from tests.applications.conftest import act, draft, world  # noqa: F401

PEOPLE = {"alice": ("王小丽", "11010519491231002X"), "bob": ("李大壮", "110105194912310037")}
COMMITMENT_ITEM = "marital_status"


async def give_real_names(app) -> None:
    for login, (name, id_number) in PEOPLE.items():
        user = await User.get(username=login)
        seal_personal_data(user, cipher=app.ctx.cipher, real_name=name, id_number=id_number)
        await user.save()


@pytest.fixture(autouse=True)
async def people(app, world):  # noqa: F811 - the shared world fixture
    """alice and bob have real names on record; bob co-owns alice's house."""
    await give_real_names(app)
    bob = await User.get(username="bob")
    await HouseOwner.create(house=world.house, owner=bob, share_percent=50)
    return world


async def pass_identity(login: str, *, hours: int = 24) -> IdentityCheck:
    """A decided, passed identity check (the check itself is tested in tests/identity)."""
    user = await User.get(username=login)
    now = datetime.now(UTC)
    return await IdentityCheck.create(
        owner_id=user.id,
        provider="manual",
        status=CheckStatus.passed,
        consent_version="test",
        consent_sha256="0" * 64,
        consented_at=now,
        challenge_digits="1234",
        challenge_action=ChallengeAction.nod,
        challenge_expires_at=now,
        decided_at=now,
        passed_until=now + timedelta(hours=hours),
    )


def signature_png(seed: int = 1) -> str:
    image = Image.new("RGBA", (600, 220), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(30 + i * 45, 110 + ((i * 37 * seed) % 70) - 35) for i in range(13)]
    draw.line(points, fill=(20, 20, 20, 255), width=7, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


async def commitment_request(act, world) -> dict:  # noqa: F811
    application = await draft(act, world)
    alice = await act("alice")
    resp = await alice.post(
        "/api/v1/signatures/requests",
        json={
            "application_id": application["id"],
            "kind": "commitment_letter",
            "requirement_code": COMMITMENT_ITEM,
        },
    )
    assert resp.status_code == 201, resp.text
    return resp.json()


async def sign_as(actor, request: dict, seed: int = 1):
    current = (await actor.get(f"/api/v1/signatures/requests/{request['id']}")).json()
    return await actor.post(
        f"/api/v1/signatures/requests/{request['id']}/sign",
        json={"signature_png": signature_png(seed), "document_sha256": current["document_sha256"]},
    )
