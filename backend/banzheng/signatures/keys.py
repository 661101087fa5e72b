"""Signing keys: the registry seal, the CA that issues owners' per-signature certificates, and the
roots a verifier trusts.

* **Production** loads two PKCS#12 files named by settings: `SIGNING_CA_P12` (an issuing CA the
  registry operates under the government CA; it issues one short-lived certificate per owner
  signature, naming the owner — an "event certificate", as Chinese e-signature platforms do) and
  `SEAL_P12` (the registry's seal certificate). `SIGNING_TRUST_ROOTS` lists the roots verification
  trusts. It refuses to start with the development keys, or without keys.
* **Development and tests** (the embedded default) create a development root, issuing CA and seal
  under `VAR_DIR/signing/` on first start, all marked with `DEV_POLICY_OID` and an organisation
  name that says they are not trusted. Nothing here is secret outside a developer's machine.

Owner keys are generated per signature and discarded once the PDF is signed: only the
certificate, embedded in the PDF and recorded in the evidence, remains.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

DEV_POLICY_OID = x509.ObjectIdentifier("2.25.248571295130281358474658302447138962785")
"""Certificate policy (a UUID OID, X.667) carried by every development certificate; production
refuses any key whose chain carries it."""

DEV_ORGANISATION = "小区办证 开发环境（不可信）"
DEV_PASSWORD = b"banzheng-development-only"
EVENT_CERT_DAYS = 3650
"""An owner's per-signature certificate stays valid ten years, so that the signature still
validates as "trusted" when checked years later without long-term validation data; its key is
destroyed right after signing, so the long life adds no risk of later misuse."""
CA_DAYS = 20 * 365


class KeysRefused(Exception):
    """The configured keys cannot be used (development keys in production, missing, broken)."""


@dataclass(frozen=True)
class SealIdentity:
    """A key that signs on its own behalf: the registry seal."""

    signer: signers.SimpleSigner
    name: str  # the certificate's common name, shown in reports

    @property
    def certificate(self) -> asn1_x509.Certificate:
        return self.signer.signing_cert


@dataclass(frozen=True)
class IssuingCA:
    certificate: x509.Certificate
    key: object  # a cryptography private key
    chain: tuple[x509.Certificate, ...]  # intermediates above it and the root


@dataclass(frozen=True)
class Keyring:
    registry: SealIdentity
    issuer: IssuingCA
    trust_roots: tuple[asn1_x509.Certificate, ...]
    development: bool

    def owner_signer(self, *, name: str, subject_id: str) -> signers.SimpleSigner:
        """A fresh key and certificate naming this owner, for one signature."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        subject = [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, subject_id),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        ]
        if self.development:
            subject.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, DEV_ORGANISATION))
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name(subject))
            .issuer_name(self.issuer.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=EVENT_CERT_DAYS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_signing_key_usage(), critical=True)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(
                    self.issuer.certificate.public_key()
                ),
                critical=False,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
        )
        if self.development:
            builder = builder.add_extension(_dev_policy(), critical=False)
        cert = builder.sign(self.issuer.key, hashes.SHA256())
        return _simple_signer(cert, key, (self.issuer.certificate, *self.issuer.chain))


# --- loading ---------------------------------------------------------------------------------------


def load_keyring(settings) -> Keyring:
    """The keys this process signs and verifies with. Production: from the PKCS#12 files in the
    settings, refusing development keys. Elsewhere: the development keys (created if missing)."""
    from banzheng.settings import Env

    production = settings.ENV is Env.production
    if settings.SIGNING_CA_P12 and settings.SEAL_P12:
        issuer = _load_issuer(Path(settings.SIGNING_CA_P12), settings.SIGNING_CA_PASSWORD)
        seal_cert, seal_key, seal_chain = _load_p12(Path(settings.SEAL_P12), settings.SEAL_PASSWORD)
        roots = _load_roots(settings.SIGNING_TRUST_ROOTS)
        development = any(
            is_development(c)
            for c in (issuer.certificate, *issuer.chain, seal_cert, *seal_chain, *roots)
        )
        if production and development:
            raise KeysRefused(
                "ENV=production refuses the development signing keys "
                "(SIGNING_CA_P12/SEAL_P12/SIGNING_TRUST_ROOTS carry the development policy)"
            )
        roots = roots or [c for c in (*issuer.chain, *seal_chain) if _self_signed(c)]
        if not roots:
            raise KeysRefused("SIGNING_TRUST_ROOTS is empty and the PKCS#12 files carry no root")
        return Keyring(
            registry=_seal_identity(seal_cert, seal_key, seal_chain),
            issuer=issuer,
            trust_roots=tuple(_asn1(c) for c in roots),
            development=development,
        )
    if production:
        raise KeysRefused("ENV=production needs SIGNING_CA_P12 and SEAL_P12 (PKCS#12 files)")
    return load_development_keyring(Path(settings.VAR_DIR) / "signing")


def load_development_keyring(folder: Path) -> Keyring:
    ensure_development_keys(folder)
    issuer = _load_issuer(folder / "signing-ca.p12", DEV_PASSWORD.decode())
    seal_cert, seal_key, seal_chain = _load_p12(folder / "seal.p12", DEV_PASSWORD.decode())
    roots = _load_roots(str(folder / "root.pem"))
    return Keyring(
        registry=_seal_identity(seal_cert, seal_key, seal_chain),
        issuer=issuer,
        trust_roots=tuple(_asn1(c) for c in roots),
        development=True,
    )


def is_development(cert: x509.Certificate) -> bool:
    try:
        policies = cert.extensions.get_extension_for_class(x509.CertificatePolicies).value
    except x509.ExtensionNotFound:
        return False
    return any(p.policy_identifier == DEV_POLICY_OID for p in policies)


def fingerprint(cert: asn1_x509.Certificate) -> str:
    return hashlib.sha256(cert.dump()).hexdigest()


def _load_p12(path: Path, password: str) -> tuple[x509.Certificate, object, list[x509.Certificate]]:
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(
            path.read_bytes(), password.encode() if password else None
        )
    except (OSError, ValueError) as exc:
        raise KeysRefused(f"cannot read PKCS#12 file {path}: {exc}") from None
    if key is None or cert is None:
        raise KeysRefused(f"{path} holds no key and certificate")
    return cert, key, list(chain or [])


def _load_issuer(path: Path, password: str) -> IssuingCA:
    cert, key, chain = _load_p12(path, password)
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        constraints = None
    if constraints is None or not constraints.ca:
        raise KeysRefused(f"{path} is not a CA certificate: it cannot issue signers' certificates")
    return IssuingCA(certificate=cert, key=key, chain=tuple(chain))


def _load_roots(paths: str) -> list[x509.Certificate]:
    roots: list[x509.Certificate] = []
    for item in filter(None, (p.strip() for p in (paths or "").split(","))):
        try:
            roots += x509.load_pem_x509_certificates(Path(item).read_bytes())
        except (OSError, ValueError) as exc:
            raise KeysRefused(f"cannot read trust roots {item}: {exc}") from None
    return roots


def _self_signed(cert: x509.Certificate) -> bool:
    return cert.issuer == cert.subject


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _simple_signer(cert: x509.Certificate, key, chain) -> signers.SimpleSigner:
    key_der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return signers.SimpleSigner(
        signing_cert=_asn1(cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([_asn1(c) for c in chain]),
    )


def _seal_identity(cert, key, chain) -> SealIdentity:
    name = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return SealIdentity(
        signer=_simple_signer(cert, key, chain), name=name[0].value if name else "登记机构"
    )


# --- the development CA ------------------------------------------------------------------------


def _signing_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,  # non-repudiation: the signer stands behind the content
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def _ca_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


def _dev_policy() -> x509.CertificatePolicies:
    return x509.CertificatePolicies([x509.PolicyInformation(DEV_POLICY_OID, None)])


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, DEV_ORGANISATION),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def issue_development_certificate(
    *,
    common_name: str,
    issuer_cert: x509.Certificate | None,
    issuer_key,
    key=None,
    ca: bool = False,
    path_length: int | None = None,
    extended_usage: x509.ObjectIdentifier | None = None,
    days: int = CA_DAYS,
) -> tuple[x509.Certificate, object]:
    """A development certificate (also used by tests for a local TSA). `issuer_cert=None` makes
    a self-signed root."""
    key = key or ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    subject = _name(common_name)
    issuer_name = issuer_cert.subject if issuer_cert is not None else subject
    signing_key = issuer_key if issuer_cert is not None else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(_ca_key_usage() if ca else _signing_key_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(_dev_policy(), critical=False)
    )
    if issuer_cert is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_cert.public_key()),
            critical=False,
        )
    if extended_usage is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage([extended_usage]), critical=True)
    return builder.sign(signing_key, hashes.SHA256()), key


def ensure_development_keys(folder: Path) -> None:
    """Create the development root, issuing CA and seal once; later starts reuse them. API and
    worker processes start together: a file lock makes exactly one of them create the set."""
    if (folder / "seal.p12").exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "seal.p12").exists():
            _create_development_keys(folder)


def _create_development_keys(folder: Path) -> None:
    root, root_key = issue_development_certificate(
        common_name="小区办证 开发根证书", issuer_cert=None, issuer_key=None, ca=True
    )
    issuing, issuing_key = issue_development_certificate(
        common_name="小区办证 开发签名证书签发机构",
        issuer_cert=root,
        issuer_key=root_key,
        ca=True,
        path_length=0,
    )
    seal, seal_key = issue_development_certificate(
        common_name="测试市不动产登记中心（开发用电子印章）",
        issuer_cert=root,
        issuer_key=root_key,
    )
    encryption = serialization.BestAvailableEncryption(DEV_PASSWORD)
    (folder / "root.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    (folder / "root.key.pem").write_bytes(
        root_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )
    )
    (folder / "signing-ca.p12").write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"signing-ca", issuing_key, issuing, [root], encryption
        )
    )
    # Written last: its presence means the set is complete.
    (folder / "seal.p12").write_bytes(
        pkcs12.serialize_key_and_certificates(b"seal", seal_key, seal, [root], encryption)
    )


def development_root_key(folder: Path):
    """The development root's key (tests issue a local TSA's certificate with it)."""
    return serialization.load_pem_private_key((folder / "root.key.pem").read_bytes(), DEV_PASSWORD)


def new_rsa_key():
    """RSA key for a local test TSA (pyHanko's DummyTimeStamper signs with RSA only)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


__all__ = [
    "DEV_POLICY_OID",
    "ExtendedKeyUsageOID",
    "IssuingCA",
    "Keyring",
    "KeysRefused",
    "SealIdentity",
    "ensure_development_keys",
    "fingerprint",
    "is_development",
    "load_keyring",
]
