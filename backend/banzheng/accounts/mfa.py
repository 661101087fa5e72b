"""Staff second factor: enrolment, the login's TOTP step, recovery codes (issue #13, "Staff MFA").

The login is two requests. `POST /auth/staff-login` checks the password; when a second factor is
needed it answers **403 `MFA_REQUIRED`** (an authenticator is enrolled) or **403
`MFA_ENROLMENT_REQUIRED`** (STAFF_MFA is required and none is enrolled yet) with a short-lived,
single-use `mfa_token` in `details` — the shape Auth0 uses (`mfa_required` + `mfa_token`), so a
success is always a token pair and an old client sees a refusal, not a half login.
`POST /auth/mfa` then takes the token and a code (TOTP or a recovery code) and answers the pair;
while enrolling, `POST /auth/mfa/enrolment` first shows the secret and its QR code, and the first
good code confirms it and answers the pair with the recovery codes, shown this once.

Guessing codes counts against the same lockout as passwords (`LoginGate`, per account and
source), and a correct password does not reset it: otherwise password, five guesses, password,
five guesses… would be unlimited. The counter is cleared only when the second factor passes.

Functions here take what they need and no HTTP: the console (server-rendered pages with their
own session) calls `password_login`, `needs_second_factor`, `verify_code`, `start_enrolment`,
`confirm_enrolment` directly; the API routes add the step token (`issue_step_token`,
`read_step_token`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from redis.asyncio import Redis
from tortoise.expressions import Q

from banzheng.accounts.models import RecoveryCode, User
from banzheng.common import audit, rediskeys
from banzheng.common.errors import ApiError, Conflict, Unauthorized
from banzheng.common.qrimage import png_data_uri
from banzheng.security import mfa
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.lockout import Attempt, LoginGate
from banzheng.security.passwords import verify_password_async
from banzheng.security.roles import Role
from banzheng.security.tokens import InvalidToken, TokenSigner

STEP_TOKEN_TTL = 300
"""Seconds between a correct password and the code: enough to open the authenticator app (or
scan the QR code and read the first code while enrolling), short enough that a stolen step token
is soon worthless. It is single-use besides."""

RECOVERY_FIELD = "recovery_code"


class SecondFactor(StrEnum):
    none = "none"  # no second factor needed: tokens now
    verify = "verify"  # an authenticator is enrolled: ask for its code
    enrol = "enrol"  # required but none enrolled: enrol one now


class SecondFactorRequired(ApiError):
    """403 with the step token: the password was right, a code is still needed."""

    status = 403

    def __init__(self, step: SecondFactor, token: str) -> None:
        if step is SecondFactor.enrol:
            code, message = (
                "MFA_ENROLMENT_REQUIRED",
                "请先绑定身份验证器（扫描二维码），再输入验证码",
            )
        else:
            code, message = "MFA_REQUIRED", "请输入身份验证器上的 6 位验证码"
        super().__init__(
            message,
            code=code,
            details={"mfa_token": token, "expires_in": STEP_TOKEN_TTL},
        )


def _bad_code() -> Unauthorized:
    return Unauthorized(
        "验证码错误或已使用，请输入身份验证器上最新的验证码", code="MFA_CODE_INVALID"
    )


def _bad_step_token() -> Unauthorized:
    return Unauthorized("验证已超时，请重新输入用户名和密码", code="MFA_TOKEN_INVALID")


# --- first factor ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PasswordPassed:
    user: User
    attempt: Attempt  # still counted as a failure until the login completes


async def password_login(
    *, username: str, password: str, gate: LoginGate, source: str
) -> PasswordPassed:
    """The password step, behind the lockout of `security/lockout.py`.

    The attempt is counted before the password is checked; an unknown name, an owner's name or a
    disabled account costs the same hash check and gets the same answers (401, then 423) as a
    wrong password for a real one, so neither the answer nor its timing tells them apart.
    The caller finishes with `login_completed` (no second factor) or after `verify_code`.
    """
    attempt = await gate.reserve(login_name=username, source=source)
    user = await User.get_or_none(username=username, is_active=True).select_related("organisation")
    staff = user is not None and user.role is not Role.owner
    if (
        not await verify_password_async(user.password_hash if staff else None, password)
        or not staff
    ):
        await record_failure(
            attempt, gate, user=user if staff else None, action="auth.login_failed"
        )
        raise Unauthorized("用户名或密码错误", code="BAD_CREDENTIALS")
    return PasswordPassed(user, attempt)


async def login_completed(gate: LoginGate, attempt: Attempt) -> None:
    """Both factors passed: this source's failures are forgiven (security/lockout.py)."""
    await gate.succeeded(attempt)


async def record_failure(
    attempt: Attempt, gate: LoginGate, *, user: User | None, action: str
) -> None:
    """Failed logins and codes are security events (issue #13 item 6). The password or code is
    never recorded; a name that is no account is kept only as its digest (people type passwords
    into it)."""
    details = {"source": attempt.source, "attempt": attempt.number}
    target = {"object_type": "user", "object_id": user.id} if user else {}
    if user is None:
        details["login_name_digest"] = attempt.account
    await audit.record(action, details=details, **target)
    if attempt.locks:
        await audit.record("auth.locked", details={**details, "seconds": gate.window}, **target)


def needs_second_factor(user: User, *, required: bool) -> SecondFactor:
    """An enrolled authenticator is always asked for; otherwise only when STAFF_MFA requires."""
    if user.totp_secret_enc:
        return SecondFactor.verify
    return SecondFactor.enrol if required else SecondFactor.none


# --- the step token (API only) ----------------------------------------------------------------


def issue_step_token(signer: TokenSigner, user: User) -> str:
    token, _ = signer.issue(
        subject=str(user.id), token_type="mfa", family=uuid.uuid4().hex, ttl=STEP_TOKEN_TTL
    )
    return token


async def read_step_token(signer: TokenSigner, token: str, *, redis: Redis) -> tuple[User, str]:
    """The staff member who passed the password step, and the token's id (to spend it). A
    spent token is refused before any code is looked at, so it burns no time step."""
    try:
        claims = signer.verify(token, token_type="mfa")
    except InvalidToken:
        raise _bad_step_token() from None
    if await redis.exists(rediskeys.mfa_token_used(claims["jti"])):
        raise _bad_step_token()
    user = await User.get_or_none(id=claims["sub"], is_active=True).select_related("organisation")
    if user is None or user.role is Role.owner:
        raise _bad_step_token()
    return user, claims["jti"]


async def spend_step_token(redis: Redis, jti: str) -> None:
    """A step token opens one login: the second use is refused even with a new good code."""
    if not await redis.set(rediskeys.mfa_token_used(jti), "1", nx=True, ex=STEP_TOKEN_TTL):
        raise _bad_step_token()


# --- codes ----------------------------------------------------------------------------------


async def _accept_totp(user: User, secret: str, code: str, now: float | None) -> bool:
    step = mfa.matching_step(secret, code, now=now)
    if step is None:
        return False
    # One atomic UPDATE: of two requests with the same code, one wins (RFC 6238 §5.2, no replay).
    fresh = Q(totp_last_step__isnull=True) | Q(totp_last_step__lt=step)
    won = await User.filter(Q(id=user.id) & fresh).update(totp_last_step=step)
    if won:
        user.totp_last_step = step
    return bool(won)


async def _accept_recovery_code(user: User, code: str, cipher: FieldCipher) -> bool:
    digest = cipher.lookup_hash(mfa.normalise_recovery_code(code), field=RECOVERY_FIELD)
    used = await RecoveryCode.filter(user_id=user.id, code_hash=digest, used_at=None).update(
        used_at=datetime.now(UTC)
    )
    if used:
        left = await RecoveryCode.filter(user_id=user.id, used_at=None).count()
        await audit.record(
            "auth.recovery_code_used", object_type="user", object_id=user.id, details={"left": left}
        )
    return bool(used)


async def verify_code(
    *,
    user: User,
    code: str,
    cipher: FieldCipher,
    gate: LoginGate,
    source: str,
    now: float | None = None,
) -> str:
    """Check a code of the enrolled authenticator, or a recovery code. Counted by the lockout
    (423 when full); a wrong, replayed or used code answers 401 `MFA_CODE_INVALID`.
    Returns how the factor was proven: "totp" or "recovery_code"."""
    user = await of_record(user)
    if not user.totp_secret_enc:
        raise Conflict("尚未绑定身份验证器", code="MFA_NOT_ENROLLED")
    attempt = await gate.reserve(login_name=user.username or str(user.id), source=source)
    if mfa.looks_like_totp(code):
        secret = cipher.reveal(user, "totp_secret_enc")
        method = "totp" if await _accept_totp(user, secret, code, now) else None
    else:
        method = "recovery_code" if await _accept_recovery_code(user, code, cipher) else None
    if method is None:
        await record_failure(attempt, gate, user=user, action="auth.mfa_failed")
        raise _bad_code()
    await gate.succeeded(attempt)
    return method


async def of_record(user: User) -> User:
    """The row as stored: an authenticated request's `user` is the per-process cached copy
    (accounts/cache.py), which may predate an enrolment or a code just used."""
    return await User.get(id=user.id).select_related("organisation")


# --- enrolment ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolment:
    secret: str  # base32, for typing in by hand
    otpauth_uri: str
    qr_png: str  # data: URI of the QR code holding otpauth_uri


async def start_enrolment(*, user: User, cipher: FieldCipher) -> Enrolment:
    """A new secret, kept pending (encrypted) until a first code confirms it. Refused once an
    authenticator is enrolled: replacing it needs the administrator's reset, so a stolen
    password or session cannot swap in the thief's phone."""
    if user.totp_secret_enc:
        raise Conflict(
            "已绑定身份验证器；如需更换，请联系系统管理员重置", code="MFA_ALREADY_ENABLED"
        )
    secret = mfa.new_secret()
    cipher.seal(user, "totp_pending_enc", secret)
    await user.save(update_fields=["totp_pending_enc"])
    uri = mfa.provisioning_uri(secret, account=user.username or str(user.id))
    return Enrolment(secret=secret, otpauth_uri=uri, qr_png=png_data_uri(uri))


async def confirm_enrolment(
    *,
    user: User,
    code: str,
    cipher: FieldCipher,
    gate: LoginGate,
    source: str,
    now: float | None = None,
) -> list[str]:
    """The first good code of the pending secret enables it; answers the recovery codes (shown
    this once). Wrong codes count against the lockout like any other."""
    user = await of_record(user)
    if user.totp_secret_enc:
        raise Conflict("已绑定身份验证器", code="MFA_ALREADY_ENABLED")
    if not user.totp_pending_enc:
        raise Conflict("请先获取绑定二维码", code="MFA_ENROLMENT_NOT_STARTED")
    attempt = await gate.reserve(login_name=user.username or str(user.id), source=source)
    secret = cipher.reveal(user, "totp_pending_enc")
    if not await _accept_totp(user, secret, code, now):
        await record_failure(attempt, gate, user=user, action="auth.mfa_failed")
        raise _bad_code()
    await gate.succeeded(attempt)
    cipher.seal(user, "totp_secret_enc", secret)
    user.totp_pending_enc = None
    user.totp_enabled_at = datetime.now(UTC)
    await user.save(update_fields=["totp_secret_enc", "totp_pending_enc", "totp_enabled_at"])
    codes = await _new_recovery_codes(user, cipher)
    await audit.record("auth.mfa_enabled", object_type="user", object_id=user.id)
    return codes


async def _new_recovery_codes(user: User, cipher: FieldCipher) -> list[str]:
    codes = mfa.new_recovery_codes()
    await RecoveryCode.filter(user_id=user.id).delete()
    await RecoveryCode.bulk_create(
        [
            RecoveryCode(
                user_id=user.id,
                code_hash=cipher.lookup_hash(mfa.normalise_recovery_code(c), field=RECOVERY_FIELD),
            )
            for c in codes
        ]
    )
    return codes


async def regenerate_recovery_codes(
    *, user: User, code: str, cipher: FieldCipher, gate: LoginGate, source: str
) -> list[str]:
    """A fresh set (the old ones stop working), proven by a current authenticator code."""
    if not mfa.looks_like_totp(code):
        raise _bad_code()
    await verify_code(user=user, code=code, cipher=cipher, gate=gate, source=source)
    codes = await _new_recovery_codes(user, cipher)
    await audit.record("auth.recovery_codes_regenerated", object_type="user", object_id=user.id)
    return codes


async def clear(user: User) -> None:
    """Forget the authenticator and recovery codes (the administrator's reset); the caller saves
    nothing else and ends the sessions."""
    user.totp_secret_enc = user.totp_pending_enc = None
    user.totp_enabled_at = user.totp_last_step = None
    await user.save(
        update_fields=["totp_secret_enc", "totp_pending_enc", "totp_enabled_at", "totp_last_step"]
    )
    await RecoveryCode.filter(user_id=user.id).delete()
