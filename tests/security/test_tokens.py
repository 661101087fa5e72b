"""Every kind of bad token is refused with 401 — one test each (python-jose hardening)."""

import base64
import json
import time

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwt

from tests import factories
from tests.helpers import assert_error, login_as


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@pytest.fixture
async def session(client, app):
    await factories.owner("alice")
    headers = await login_as(client, "alice")
    token = headers["Authorization"].split()[1]
    claims = jwt.get_unverified_claims(token)
    return {"token": token, "claims": claims, "secret": app.ctx.settings.SECRET_KEY.encode()}


def forge(
    claims: dict, key, *, algorithm: str = "HS256", headers: dict | None = None, **changes
) -> str:
    return jwt.encode({**claims, **changes}, key, algorithm=algorithm, headers=headers)


async def me(client, token: str):
    return await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})


async def test_the_genuine_token_works(client, session):
    resp = await me(client, session["token"])
    assert resp.status_code == 200
    assert resp.json()["display_name"] == "alice"


async def test_no_token_answers_401(client, session):
    assert_error(await client.get("/api/v1/me"), 401, "AUTH_REQUIRED")


async def test_alg_none_is_refused(client, session):
    header = b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode())
    body = b64url(json.dumps(session["claims"]).encode())
    assert_error(await me(client, f"{header}.{body}."), 401, "TOKEN_INVALID")


async def test_rs256_token_is_refused(client, session):
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    token = forge(session["claims"], pem, algorithm="RS256")
    assert_error(await me(client, token), 401, "TOKEN_INVALID")


async def test_hs256_signed_with_a_public_keys_der_bytes_is_refused(client, session):
    """The classic key-confusion attack: the attacker signs with bytes of a public key."""
    public = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    token = forge(session["claims"], der)
    assert_error(await me(client, token), 401, "TOKEN_INVALID")


@pytest.mark.parametrize(
    "extra_header",
    [
        {"kid": "../../../../dev/null"},
        {"jku": "https://attacker.example/jwks.json"},
        {"jwk": {"kty": "oct", "k": "YXR0YWNrZXI"}},
    ],
    ids=["kid", "jku", "jwk"],
)
async def test_key_selecting_headers_are_refused_even_when_correctly_signed(
    client, session, extra_header
):
    token = forge(session["claims"], session["secret"], headers=extra_header)
    assert_error(await me(client, token), 401, "TOKEN_INVALID")


async def test_stripped_signature_is_refused(client, session):
    header, body, _signature = session["token"].split(".")
    assert_error(await me(client, f"{header}.{body}."), 401, "TOKEN_INVALID")
    assert_error(await me(client, f"{header}.{body}"), 401, "TOKEN_INVALID")


async def test_expired_token_is_refused(client, session):
    now = int(time.time())
    token = forge(
        session["claims"], session["secret"], iat=now - 7200, nbf=now - 7200, exp=now - 10
    )
    assert_error(await me(client, token), 401, "TOKEN_INVALID")


async def test_not_yet_valid_token_is_refused(client, session):
    now = int(time.time())
    token = forge(session["claims"], session["secret"], nbf=now + 600, exp=now + 1200)
    assert_error(await me(client, token), 401, "TOKEN_INVALID")


async def test_wrong_audience_is_refused(client, session):
    token = forge(session["claims"], session["secret"], aud="some-other-api")
    assert_error(await me(client, token), 401, "TOKEN_INVALID")


async def test_wrong_issuer_is_refused(client, session):
    token = forge(session["claims"], session["secret"], iss="evil-issuer")
    assert_error(await me(client, token), 401, "TOKEN_INVALID")


async def test_tampered_payload_is_refused(client, session):
    header, _body, signature = session["token"].split(".")
    body = b64url(json.dumps({**session["claims"], "role": "admin"}).encode())
    assert_error(await me(client, f"{header}.{body}.{signature}"), 401, "TOKEN_INVALID")


async def test_refresh_token_cannot_be_used_as_access_token(client, session):
    resp = await client.post("/api/v1/auth/dev-login", json={"login": "alice"})
    assert_error(await me(client, resp.json()["refresh_token"]), 401, "TOKEN_INVALID")


async def test_token_of_a_logged_out_session_is_refused(client, session):
    resp = await client.post(
        "/api/v1/auth/logout", headers={"Authorization": f"Bearer {session['token']}"}
    )
    assert resp.status_code == 204
    assert_error(await me(client, session["token"]), 401, "TOKEN_REVOKED")
