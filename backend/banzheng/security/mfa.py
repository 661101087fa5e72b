"""Staff second factor: TOTP (RFC 6238, pyotp) and one-time recovery codes.

Why these parameters: SHA-1, 6 digits and 30-second steps are what every authenticator app
(Google Authenticator, Microsoft Authenticator, 腾讯身份验证器) reads from an `otpauth://` QR code;
other values are silently ignored by some of them and the codes would never match.

* **Clock drift.** A code of the step before or after the server's also passes (RFC 6238 §5.2
  recommends at most one step of network delay).
* **No replay.** The step of the last accepted code is stored; a code of that step or an earlier
  one is refused even within its 30 seconds (RFC 6238 §5.2: "the verifier MUST NOT accept the
  second attempt of the OTP after the successful validation").
* **Guessing** is bounded by the same lockout as passwords (security/lockout.py): a wrong code
  counts as a failed login from that source.
* **Recovery codes** (a lost phone): `RECOVERY_CODES` of them, each usable once, 50 random bits,
  stored only as a keyed hash (FieldCipher.lookup_hash), shown once when made.
"""

from __future__ import annotations

import hmac
import secrets
import time

import pyotp

TOTP_STEP_SECONDS = 30
TOTP_DIGITS = 6
TOTP_DRIFT_STEPS = 1
ISSUER = "小区办证"

RECOVERY_CODES = 10
"""Codes per set: NIST SP 800-63B §5.1.2 treats them as look-up secrets; ten is what GitHub and
Google hand out, enough for years of lost phones before an administrator must reset."""

_RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: read aloud, typed
_RECOVERY_LENGTH = 10  # log2(30) × 10 ≈ 49 bits: beyond guessing under the lockout


def new_secret() -> str:
    """160 random bits, base32 (RFC 4226 §4 recommends 160)."""
    return pyotp.random_base32(32)


def provisioning_uri(secret: str, *, account: str) -> str:
    return pyotp.TOTP(secret, digits=TOTP_DIGITS, interval=TOTP_STEP_SECONDS).provisioning_uri(
        name=account, issuer_name=ISSUER
    )


def current_step(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // TOTP_STEP_SECONDS)


def code_at(secret: str, step: int) -> str:
    """The code of one time step (tests and the console's own checks use it)."""
    return pyotp.TOTP(secret, digits=TOTP_DIGITS, interval=TOTP_STEP_SECONDS).generate_otp(step)


def matching_step(secret: str, code: str, *, now: float | None = None) -> int | None:
    """The time step whose code `code` is (within the allowed drift), or None."""
    code = code.strip()
    if len(code) != TOTP_DIGITS or not code.isdigit():
        return None
    step = current_step(now)
    for candidate in range(step - TOTP_DRIFT_STEPS, step + TOTP_DRIFT_STEPS + 1):
        if hmac.compare_digest(code_at(secret, candidate), code):
            return candidate
    return None


def looks_like_totp(code: str) -> bool:
    return code.strip().isdigit()


def new_recovery_codes() -> list[str]:
    """Shown once as `ABCDE-FGHJK`; kept only as keyed hashes."""
    codes = []
    for _ in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    return codes


def normalise_recovery_code(code: str) -> str:
    """What is hashed: dashes and spaces dropped, upper case (people type them any way)."""
    return "".join(ch for ch in code.upper() if ch.isalnum())
