"""Keys (development CA, production refusal), the RFC 3161 timestamp from a local TSA, the sealing
API other domains use, and an independent check of a signed PDF with poppler's pdfsig."""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import shutil
import subprocess
import sys

import pytest

from banzheng.signatures import keys, render, sealing
from banzheng.signatures.models import SignatureEvidence
from tests.signatures.conftest import commitment_request, pass_identity, sign_as
from tests.signatures.tsa import LocalTSA


def _key() -> str:
    return "k1:" + base64.b64encode(secrets.token_bytes(32)).decode()


def test_production_start_refuses_the_development_keys(settings, tmp_path):
    folder = settings.VAR_DIR / "signing"
    keys.ensure_development_keys(folder)
    env = {
        **os.environ,
        "ENV": "production",
        "VAR_DIR": str(tmp_path),
        "DATABASE_URL": "postgres://x@127.0.0.1:1/x",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "SECRET_KEY": secrets.token_hex(32),
        "FIELD_KEYS": _key(),
        "STORAGE_KEYS": _key(),
        "LOOKUP_HMAC_KEY": secrets.token_hex(32),
        "BACKUP_KEYS": _key(),
        "PUBLIC_BASE_URL": "https://banzheng.example.gov.cn",
        "SIGNING_CA_P12": str(folder / "signing-ca.p12"),
        "SIGNING_CA_PASSWORD": keys.DEV_PASSWORD.decode(),
        "SEAL_P12": str(folder / "seal.p12"),
        "SEAL_PASSWORD": keys.DEV_PASSWORD.decode(),
    }
    for command in ("serve", "worker"):
        result = subprocess.run(
            [sys.executable, "-m", "banzheng", command],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 2, result.stderr[-2000:]
        assert "refuses the development signing keys" in result.stderr
    # And production without any keys does not start either.
    missing = {k: v for k, v in env.items() if not k.startswith(("SIGNING_", "SEAL_"))}
    result = subprocess.run(
        [sys.executable, "-m", "banzheng", "serve"], env=missing, capture_output=True, text=True
    )
    assert result.returncode == 2 and "SIGNING_CA_P12" in result.stderr


def test_production_keys_load_when_they_are_not_the_development_ones(settings, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from banzheng.settings import Settings

    # A "real" CA made without the development policy stands in for the registry's own keys.
    root, root_key = keys.issue_development_certificate(
        common_name="某市数字证书认证中心", issuer_cert=None, issuer_key=None, ca=True
    )
    builder_free = _without_dev_policy(root, root_key)
    issuing, issuing_key = _without_dev_policy(
        *keys.issue_development_certificate(
            common_name="登记签名CA",
            issuer_cert=builder_free[0],
            issuer_key=builder_free[1],
            ca=True,
        ),
        issuer=builder_free,
    )
    seal, seal_key = _without_dev_policy(
        *keys.issue_development_certificate(
            common_name="某市不动产登记中心",
            issuer_cert=builder_free[0],
            issuer_key=builder_free[1],
        ),
        issuer=builder_free,
    )
    enc = serialization.BestAvailableEncryption(b"pw")
    (tmp_path / "ca.p12").write_bytes(
        pkcs12.serialize_key_and_certificates(b"ca", issuing_key, issuing, [builder_free[0]], enc)
    )
    (tmp_path / "seal.p12").write_bytes(
        pkcs12.serialize_key_and_certificates(b"seal", seal_key, seal, [builder_free[0]], enc)
    )
    prod = Settings.model_construct(
        **{
            **settings.model_dump(),
            "ENV": keys_env("production"),
            "SIGNING_CA_P12": str(tmp_path / "ca.p12"),
            "SIGNING_CA_PASSWORD": "pw",
            "SEAL_P12": str(tmp_path / "seal.p12"),
            "SEAL_PASSWORD": "pw",
            "SIGNING_TRUST_ROOTS": "",
        }
    )
    ring = keys.load_keyring(prod)
    assert ring.development is False and ring.registry.name == "某市不动产登记中心"
    signed = sealing.seal_pdf(_plain_pdf(), as_=ring.registry)
    assert sealing.verify_pdf(signed, trust_roots=ring.trust_roots).valid


def keys_env(name: str):
    from banzheng.settings import Env

    return Env(name)


def _without_dev_policy(cert, key, issuer=None):
    """Re-issue `cert` without the development policy (signed by `issuer`, or self-signed)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    builder = (
        x509.CertificateBuilder()
        .subject_name(cert.subject)
        .issuer_name(issuer[0].subject if issuer else cert.subject)
        .public_key(cert.public_key())
        .serial_number(cert.serial_number)
        .not_valid_before(cert.not_valid_before_utc)
        .not_valid_after(cert.not_valid_after_utc)
    )
    for ext in cert.extensions:
        if not isinstance(ext.value, x509.CertificatePolicies | x509.AuthorityKeyIdentifier):
            builder = builder.add_extension(ext.value, ext.critical)
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[0].public_key()), False
        )
    return builder.sign(issuer[1] if issuer else key, hashes.SHA256()), key


def _plain_pdf() -> bytes:
    pdf, _ = render.render(render.Document(title="电子证照", reference="测试", clauses=["内容"]))
    return pdf


def test_development_keys_are_created_once_and_reused(tmp_path):
    first = keys.load_development_keyring(tmp_path / "signing")
    again = keys.load_development_keyring(tmp_path / "signing")
    assert keys.fingerprint(first.registry.certificate) == keys.fingerprint(
        again.registry.certificate
    )
    assert first.development and all(keys.is_development(c) for c in (first.issuer.certificate,))


def test_seal_pdf_is_the_api_certificates_use(tmp_path):
    ring = keys.load_development_keyring(tmp_path / "signing")
    pdf = _plain_pdf()
    sealed = sealing.seal_pdf(pdf, as_=ring.registry, reason="电子证照签章")
    report = sealing.verify_pdf(sealed, trust_roots=ring.trust_roots)
    assert report.valid and report.signatures[0].signer == ring.registry.name
    # Anything appended after the seal shows as a change the seal does not cover.
    tampered = sealed + b"\n1 0 obj\n(appended)\nendobj\n"
    assert (
        not sealing.verify_pdf(tampered, trust_roots=ring.trust_roots)
        .signatures[0]
        .covers_whole_document
    )
    other = keys.load_development_keyring(tmp_path / "elsewhere")  # another CA: not trusted
    assert not sealing.verify_pdf(sealed, trust_roots=other.trust_roots).signatures[0].trusted


async def test_signatures_carry_an_rfc3161_timestamp_from_the_tsa(act, app, world, settings, drain):
    with LocalTSA(settings.VAR_DIR / "signing") as tsa:
        app.ctx.timestamper = sealing.make_timestamper(tsa.url, 10)
        await pass_identity("alice")
        request = await commitment_request(act, world)
        resp = await sign_as(await act("alice"), request)
        assert resp.status_code == 200, resp.text
        assert tsa.requests >= 1  # pyHanko also asks once to size the token
    evidence = await SignatureEvidence.get(request_id=request["id"])
    assert evidence.timestamp_at is not None
    pdf = (await (await act("alice")).get(request["document_url"])).content
    report = await asyncio.to_thread(
        sealing.verify_pdf, pdf, trust_roots=app.ctx.keyring.trust_roots
    )
    [sig] = report.signatures
    assert sig.timestamp is not None and sig.timestamp_valid is True
    assert abs((sig.timestamp - evidence.timestamp_at).total_seconds()) < 1


@pytest.mark.skipif(not shutil.which("pdfsig"), reason="scripts/test.sh installs poppler-utils")
async def test_pdfsig_agrees_the_signed_pdf_is_valid_and_trusted(act, app, world, drain, tmp_path):
    if not shutil.which("certutil"):
        pytest.fail("certutil is missing: scripts/test.sh installs libnss3-tools")
    await pass_identity("alice")
    await pass_identity("bob")
    request = await commitment_request(act, world)
    await sign_as(await act("alice"), request)
    await sign_as(await act("bob"), request, seed=2)
    await drain()
    pdf_path = tmp_path / "signed.pdf"
    pdf_path.write_bytes((await (await act("alice")).get(request["document_url"])).content)
    nss = tmp_path / "nss"
    nss.mkdir()
    root = app.ctx.settings.VAR_DIR / "signing" / "root.pem"

    def run(*args: str) -> str:
        return subprocess.run(args, check=True, capture_output=True, text=True).stdout

    await asyncio.to_thread(run, "certutil", "-N", "-d", f"sql:{nss}", "--empty-password")
    await asyncio.to_thread(
        run, "certutil", "-A", "-d", f"sql:{nss}", "-n", "dev-root", "-t", "CT,C,C", "-i", str(root)
    )
    out = await asyncio.to_thread(run, "pdfsig", "-nssdir", f"sql:{nss}", str(pdf_path))
    assert out.count("Signature is Valid.") == 3, out
    assert out.count("Certificate is Trusted.") == 3, out
    assert "Signer Certificate Common Name: 王小丽" in out
    assert "Total document signed" in out  # the seal covers everything
