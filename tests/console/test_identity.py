"""Identity review in the console: the video beside the ID card, the challenge, the pre-checks;
the clerk decides through the identity domain's own service."""

from __future__ import annotations

import pytest

from banzheng.identity.models import IdentityCheck
from tests.console.conftest import console_login, csrf_of
from tests.identity import videos
from tests.identity.conftest import checked_in_review


@pytest.fixture(scope="session")
def good_video() -> bytes:
    return videos.clip()


async def test_clerk_reviews_a_video_check_and_approves_it(
    client, console_world, act, drain, good_video
):
    check = await checked_in_review(act, drain, good_video)
    await console_login(client, "clerk")
    listing = await client.get("/console/identity")
    assert listing.status_code == 200 and f"/console/identity/{check['id']}" in listing.text
    page = await client.get(f"/console/identity/{check['id']}")
    assert page.status_code == 200
    assert f"/console/identity/{check['id']}/video" in page.text and "大声读出" in page.text
    video = await client.get(f"/console/identity/{check['id']}/video")
    assert video.status_code == 200 and video.headers["content-type"].startswith("video/")
    refused = await client.post(
        f"/console/identity/{check['id']}/decision",
        data={"csrf_token": csrf_of(page.text), "approve": "0", "reason": ""},
    )
    assert refused.status_code == 422
    done = await client.post(
        f"/console/identity/{check['id']}/decision",
        data={"csrf_token": csrf_of(page.text), "approve": "1"},
    )
    assert done.status_code == 303
    assert (await IdentityCheck.get(id=check["id"])).status.value == "passed"


async def test_another_streets_clerk_gets_404_for_the_check(
    client, console_world, act, drain, good_video
):
    check = await checked_in_review(act, drain, good_video)
    await console_login(client, "clerk-xinhua")
    assert (await client.get(f"/console/identity/{check['id']}")).status_code == 404
    assert (await client.get(f"/console/identity/{check['id']}/video")).status_code == 404
