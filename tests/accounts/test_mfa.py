"""Staff second factor (issue #13, "Staff MFA"): TOTP enrolment with a QR code, the login's code
step, recovery codes, no replay, the lockout counting code guesses, enforcement by setting."""

from __future__ import annotations

import base64

import cv2
import numpy as np
import pytest

from banzheng.accounts.models import RecoveryCode, User
from banzheng.common.models import AuditEvent
from banzheng.security import mfa
from banzheng.security.roles import Role
from tests import factories
from tests.helpers import assert_error

PASSWORD = "Correct-Horse-9-Battery"


@pytest.fixture
async def clerk():
    orgs = await factories.org_tree()
    return await factories.staff("clerk-wang", Role.clerk, orgs.heping, password=PASSWORD)


@pytest.fixture
def mfa_required(app):
    app.ctx.settings = app.ctx.settings.model_copy(update={"STAFF_MFA": "required"})


def bearer(pair: dict) -> dict:
    return {"Authorization": f"Bearer {pair['access_token']}"}


def code(secret: str, ahead: int = 0) -> str:
    """The code of the current step (+ ahead: a later step, still within the allowed drift)."""
    return mfa.code_at(secret, mfa.current_step() + ahead)


async def password_step(client, password=PASSWORD):
    return await client.post(
        "/api/v1/auth/staff-login", json={"username": "clerk-wang", "password": password}
    )


async def second_step(client, token: str, value: str):
    return await client.post("/api/v1/auth/mfa", json={"mfa_token": token, "code": value})


async def enrolled(client) -> tuple[str, list[str]]:
    """Log in (MFA optional), enrol an authenticator; returns its secret and recovery codes."""
    pair = (await password_step(client)).json()
    start = await client.post("/api/v1/me/mfa/enrolment", headers=bearer(pair))
    assert start.status_code == 200, start.text
    secret = start.json()["secret"]
    confirm = await client.post(
        "/api/v1/me/mfa/enrolment/confirm", json={"code": code(secret)}, headers=bearer(pair)
    )
    assert confirm.status_code == 200, confirm.text
    return secret, confirm.json()["recovery_codes"]


def qr_text(data_uri: str) -> str:
    header, _, b64 = data_uri.partition(",")
    assert header == "data:image/png;base64"
    image = cv2.imdecode(np.frombuffer(base64.b64decode(b64), np.uint8), cv2.IMREAD_GRAYSCALE)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    return text


async def test_an_enrolled_authenticator_is_asked_for_after_the_password(client, clerk):
    secret, recovery = await enrolled(client)
    assert len(recovery) == mfa.RECOVERY_CODES == len(set(recovery))
    first = await password_step(client)
    error = assert_error(first, 403, "MFA_REQUIRED")
    token = error["details"]["mfa_token"]
    assert error["details"]["expires_in"] == 300
    assert "access_token" not in first.text
    assert_error(await second_step(client, token, "000000"), 401, "MFA_CODE_INVALID")
    done = await second_step(client, token, code(secret, ahead=1))
    assert done.status_code == 200, done.text
    assert done.json()["recovery_codes"] == []
    me = (await client.get("/api/v1/me", headers=bearer(done.json()))).json()
    assert me["mfa_enabled"] is True and me["role"] == "clerk"
    logins = await AuditEvent.filter(action="auth.login", object_id=str(clerk.id))
    assert logins[-1].details == {"method": "password+totp"}


async def test_a_code_is_accepted_once_and_a_step_token_opens_one_login(client, clerk):
    secret, _ = await enrolled(client)
    token = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    used = code(secret, ahead=1)
    assert (await second_step(client, token, used)).status_code == 200
    # the same token again, even with a new good code
    assert_error(await second_step(client, token, code(secret, ahead=2)), 401, "MFA_TOKEN_INVALID")
    # the same code again through a new password step: a replay (RFC 6238 §5.2)
    again = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    assert_error(await second_step(client, again, used), 401, "MFA_CODE_INVALID")


async def test_a_step_token_is_no_access_token_and_a_forged_one_fails(client, clerk):
    await enrolled(client)
    token = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    assert_error(
        await client.get("/api/v1/me", headers=bearer({"access_token": token})),
        401,
        "TOKEN_INVALID",
    )
    assert_error(await second_step(client, token[:-4] + "AAAA", "123456"), 401, "MFA_TOKEN_INVALID")


async def test_a_recovery_code_logs_in_once(client, clerk):
    _, recovery = await enrolled(client)
    token = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    done = await second_step(client, token, recovery[3].lower().replace("-", " "))
    assert done.status_code == 200, done.text
    again = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    assert_error(await second_step(client, again, recovery[3]), 401, "MFA_CODE_INVALID")
    used = await AuditEvent.get(action="auth.recovery_code_used", object_id=str(clerk.id))
    assert used.details == {"left": mfa.RECOVERY_CODES - 1}
    # only keyed hashes are stored
    hashes = {c.code_hash for c in await RecoveryCode.filter(user_id=clerk.id)}
    assert not any(r.replace("-", "") in h.upper() for r in recovery for h in hashes)


async def test_code_guesses_count_against_the_password_lockout(client, clerk, app):
    """The password's attempt stays counted until the code passes, and a correct password
    forgives nothing: password, guesses, password, guesses… locks like password guessing."""
    secret, _ = await enrolled(client)
    limit = app.ctx.settings.LOGIN_MAX_FAILURES  # 5
    token = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    assert_error(await second_step(client, token, "111111"), 401, "MFA_CODE_INVALID")
    assert_error(await second_step(client, token, "222222"), 401, "MFA_CODE_INVALID")
    token = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    assert_error(await second_step(client, token, "333333"), 401, "MFA_CODE_INVALID")
    assert limit == 5
    # five attempts are spent: even the right code is refused now
    locked = assert_error(
        await second_step(client, token, code(secret, ahead=1)), 423, "ACCOUNT_LOCKED"
    )
    assert locked["details"]["retry_after"] > 0
    assert await AuditEvent.filter(action="auth.mfa_failed", object_id=str(clerk.id)).count() == 3
    assert await AuditEvent.filter(action="auth.locked", object_id=str(clerk.id)).count() == 1


async def test_required_mfa_enrols_inside_the_login(client, clerk, app, mfa_required):
    first = await password_step(client)
    error = assert_error(first, 403, "MFA_ENROLMENT_REQUIRED")
    token = error["details"]["mfa_token"]
    start = await client.post("/api/v1/auth/mfa/enrolment", json={"mfa_token": token})
    assert start.status_code == 200, start.text
    enrolment = start.json()
    assert enrolment["otpauth_uri"].startswith("otpauth://totp/")
    assert f"secret={enrolment['secret']}" in enrolment["otpauth_uri"]
    assert qr_text(enrolment["qr_png"]) == enrolment["otpauth_uri"]
    # the secret is stored encrypted, and only pending until the first code
    stored = await User.get(id=clerk.id)
    assert stored.totp_secret_enc is None and enrolment["secret"] not in stored.totp_pending_enc
    assert_error(await second_step(client, token, "000000"), 401, "MFA_CODE_INVALID")
    done = await second_step(client, token, code(enrolment["secret"]))
    assert done.status_code == 200, done.text
    assert len(done.json()["recovery_codes"]) == mfa.RECOVERY_CODES
    stored = await User.get(id=clerk.id)
    cipher = app.ctx.cipher
    assert cipher.reveal(stored, "totp_secret_enc") == enrolment["secret"]
    assert await AuditEvent.filter(action="auth.mfa_enabled", object_id=str(clerk.id)).count() == 1
    # from now on the code is asked for; enrolling again through a step token is refused
    token = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    assert_error(
        await client.post("/api/v1/auth/mfa/enrolment", json={"mfa_token": token}),
        409,
        "MFA_ALREADY_ENABLED",
    )


async def test_without_the_setting_staff_without_an_authenticator_get_tokens(client, clerk, app):
    assert not app.ctx.settings.staff_mfa_required  # ENV=test, STAFF_MFA empty
    assert (await password_step(client)).status_code == 200


async def test_recovery_codes_can_be_renewed_with_a_current_code(client, clerk):
    secret, old = await enrolled(client)
    token = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    pair = (await second_step(client, token, code(secret, ahead=1))).json()
    await User.filter(id=clerk.id).update(totp_last_step=None)  # as if a minute had passed
    assert_error(
        await client.post(
            "/api/v1/me/mfa/recovery-codes", json={"code": "123456"}, headers=bearer(pair)
        ),
        401,
        "MFA_CODE_INVALID",
    )
    renewed = await client.post(
        "/api/v1/me/mfa/recovery-codes", json={"code": code(secret)}, headers=bearer(pair)
    )
    assert renewed.status_code == 200, renewed.text
    new = renewed.json()["recovery_codes"]
    assert len(new) == mfa.RECOVERY_CODES and not set(new) & set(old)
    token = assert_error(await password_step(client), 403, "MFA_REQUIRED")["details"]["mfa_token"]
    assert_error(await second_step(client, token, old[0]), 401, "MFA_CODE_INVALID")
    assert (await second_step(client, token, new[0])).status_code == 200


async def test_owners_have_no_authenticator_routes(client):
    await factories.owner("owner-a")
    resp = await client.post("/api/v1/auth/dev-login", json={"login": "owner-a"})
    assert_error(
        await client.post("/api/v1/me/mfa/enrolment", headers=bearer(resp.json())), 403, "FORBIDDEN"
    )


def test_codes_match_within_one_step_of_drift_only():
    secret = mfa.new_secret()
    now = 1_790_000_000.0
    step = mfa.current_step(now)
    assert mfa.matching_step(secret, mfa.code_at(secret, step), now=now) == step
    assert mfa.matching_step(secret, mfa.code_at(secret, step - 1), now=now) == step - 1
    assert mfa.matching_step(secret, mfa.code_at(secret, step + 1), now=now) == step + 1
    assert mfa.matching_step(secret, mfa.code_at(secret, step - 2), now=now) is None
    assert mfa.matching_step(secret, "abcdef", now=now) is None
