"""The console's world: the applications tests' world, with passwords for its staff."""

from __future__ import annotations

import re

import pytest

from banzheng.accounts.models import User
from banzheng.security.passwords import hash_password
from tests.applications.conftest import act, world  # noqa: F401 - fixtures used here

PASSWORD = "Console@2026"
STAFF = ("clerk", "clerk-xinhua", "tax", "housing", "planning", "survey", "registry", "supervisor")
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
async def console_world(world):  # noqa: F811 - the imported fixture
    await User.filter(username__in=STAFF).update(password_hash=hash_password(PASSWORD))
    return world


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


async def console_login(client, username: str, password: str = PASSWORD):
    """Log in through the form, as a browser does; answers the response to the POST."""
    form = await client.get("/console/login")
    assert form.status_code == 200
    return await client.post(
        "/console/login",
        data={"username": username, "password": password, "csrf_token": csrf_of(form.text)},
    )


async def enrol_totp(app, username: str) -> str:
    """Give a staff member an enrolled authenticator (as `confirm_enrolment` leaves it); returns
    its secret, from which a test computes codes as the phone would."""
    from banzheng.security import mfa

    secret = mfa.new_secret()
    user = await User.get(username=username)
    app.ctx.cipher.seal(user, "totp_secret_enc", secret)
    await user.save(update_fields=["totp_secret_enc"])
    return secret
