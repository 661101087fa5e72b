"""Logging in (WeChat, demo, staff password) and reading one's own profile."""

from __future__ import annotations

from datetime import UTC, datetime

from banzheng.accounts import mfa
from banzheng.accounts.models import PrivacyConsent, User
from banzheng.common import audit
from banzheng.common.errors import Conflict, Forbidden, Unauthorized
from banzheng.common.ratelimit import RateLimiter
from banzheng.security import rates
from banzheng.security.fieldcrypt import FieldCipher, mask_id_number, mask_name, mask_phone
from banzheng.security.lockout import LoginGate
from banzheng.security.roles import ROLE_LABELS, Role
from banzheng.security.sessions import TokenReused, TokenService, revoke_user_sessions
from banzheng.security.tokens import InvalidToken
from banzheng.wechat import WeChatClient


async def _start_session(
    tokens: TokenService, user: User, method: str, *, as_loaded: bool = False
) -> dict:
    """`as_loaded`: `user` is the account as stored (loaded or saved just now), so the serving
    process may keep it for the session's first requests. Not after a password or second-factor
    step, which work on a copy of their own."""
    pair = await tokens.login(
        user_id=str(user.id), role=user.role.value, user=user if as_loaded else None
    )
    await audit.record(
        "auth.login",
        object_type="user",
        object_id=user.id,
        details={"method": method},
        actor_id=user.id,
        actor_role=user.role.value,
    )
    return pair


async def login_wechat(
    *, code: str, wechat: WeChatClient, cipher: FieldCipher, tokens: TokenService
) -> dict:
    session = await wechat.code_to_session(code)
    user = await User.get_or_none(wechat_openid=session.openid)
    if user is None:
        user = User(role=Role.owner, display_name="微信用户", wechat_openid=session.openid)
        cipher.seal(user, "wechat_session_key_enc", session.session_key)
        await user.save(force_create=True)
        await audit.record(
            "owner.registered", object_type="user", object_id=user.id, actor_id=user.id
        )
    else:
        if not user.is_active:
            raise Forbidden("该账号已停用，请联系办证服务窗口", code="ACCOUNT_DISABLED")
        cipher.seal(user, "wechat_session_key_enc", session.session_key)
        await user.save(update_fields=["wechat_session_key_enc"])
    return await _start_session(tokens, user, "wechat", as_loaded=True)


async def login_dev(*, login: str, enabled: bool, tokens: TokenService) -> dict:
    if not enabled:
        raise Forbidden("本环境不提供演示登录", code="DEV_LOGIN_DISABLED")
    user = await User.get_or_none(username=login, is_active=True)
    if user is None:
        raise Unauthorized("没有这个演示账号", code="UNKNOWN_DEMO_LOGIN")
    return await _start_session(tokens, user, "dev", as_loaded=True)


async def login_staff(
    *,
    username: str,
    password: str,
    tokens: TokenService,
    gate: LoginGate,
    source: str,
    mfa_required: bool,
) -> dict:
    """Password login (accounts/mfa.py, `password_login`); when a second factor is needed the
    answer is 403 with a step token for `POST /auth/mfa` instead of the token pair."""
    passed = await mfa.password_login(
        username=username, password=password, gate=gate, source=source
    )
    step = mfa.needs_second_factor(passed.user, required=mfa_required)
    if step is not mfa.SecondFactor.none:
        raise mfa.SecondFactorRequired(step, mfa.issue_step_token(tokens.signer, passed.user))
    await mfa.login_completed(gate, passed.attempt)
    return await _start_session(tokens, passed.user, "password")


async def login_second_factor(
    *,
    mfa_token: str,
    code: str,
    tokens: TokenService,
    gate: LoginGate,
    source: str,
    cipher: FieldCipher,
    redis,
) -> dict:
    """The code after the password: an enrolled authenticator's code or a recovery code, or,
    while enrolling, the first code of the new secret (the answer then carries the recovery
    codes, shown this once)."""
    user, jti = await mfa.read_step_token(tokens.signer, mfa_token, redis=redis)
    recovery_codes: list[str] = []
    if user.totp_secret_enc:
        method = await mfa.verify_code(
            user=user, code=code, cipher=cipher, gate=gate, source=source
        )
    else:
        recovery_codes = await mfa.confirm_enrolment(
            user=user, code=code, cipher=cipher, gate=gate, source=source
        )
        method = "totp"
    await mfa.spend_step_token(redis, jti)
    pair = await _start_session(tokens, user, f"password+{method}")
    return {**pair, "recovery_codes": recovery_codes}


async def start_login_enrolment(
    *, mfa_token: str, tokens: TokenService, cipher: FieldCipher, redis
) -> mfa.Enrolment:
    """Enrolment inside the login (STAFF_MFA required, none enrolled): the step token proves
    the password; an enrolled authenticator cannot be replaced this way (409)."""
    user, _ = await mfa.read_step_token(tokens.signer, mfa_token, redis=redis)
    return await mfa.start_enrolment(user=user, cipher=cipher)


async def refresh(*, refresh_token: str, tokens: TokenService, limiter: RateLimiter) -> dict:
    try:
        claims = tokens.signer.verify(refresh_token, token_type="refresh")
    except InvalidToken:
        raise Unauthorized("登录已失效，请重新登录", code="REFRESH_INVALID") from None
    await limiter.hit(rates.REFRESH_PER_SESSION, claims["fam"])
    # A deleted or disabled account gets no new tokens, and its login is ended.
    if not await User.filter(id=claims["sub"], is_active=True).exists():
        await tokens.families.revoke(claims["fam"])
        raise Unauthorized("登录已失效，请重新登录", code="REFRESH_INVALID")
    try:
        return await tokens.refresh(refresh_token)
    except TokenReused as reuse:
        # A rotated refresh token came back: someone holds a copy (issue #13 item 6).
        await audit.record(
            "auth.refresh_reused",
            object_type="user",
            object_id=reuse.user_id,
            details={"family": reuse.family},
        )
        raise Unauthorized("登录已失效，请重新登录", code="REFRESH_INVALID") from None
    except InvalidToken:
        raise Unauthorized("登录已失效，请重新登录", code="REFRESH_INVALID") from None


async def logout(*, user: User, family: str, tokens: TokenService) -> None:
    await tokens.families.revoke(family)
    await audit.record("auth.logout", object_type="user", object_id=user.id)


async def logout_everywhere(*, user: User, redis, ttl: int) -> None:
    """End every login of the account on every device (a lost phone, a shared computer): the
    revocation epoch moves on, so each of its tokens is refused from the next request."""
    await revoke_user_sessions(redis, user.id, ttl=ttl)
    await audit.record("auth.logout_all", object_type="user", object_id=user.id)


async def bind_phone(
    *, user: User, code: str, wechat: WeChatClient, cipher: FieldCipher, redis
) -> User:
    """手机号绑定: the number the owner chose to share in WeChat, stored encrypted."""
    phone = await wechat.phone_number(code, redis)
    seal_personal_data(user, cipher=cipher, phone=phone)
    await user.save(update_fields=["phone_enc", "phone_hash"])
    await audit.record("owner.phone_bound", object_type="user", object_id=user.id)
    return user


def profile(user: User, *, cipher: FieldCipher) -> dict:
    """The caller's profile with personal data masked."""

    def reveal(column: str, mask) -> str | None:
        value = cipher.reveal(user, column)
        return mask(value) if value is not None else None

    org = user.organisation
    return {
        "id": str(user.id),
        "role": user.role.value,
        "role_label": ROLE_LABELS[user.role],
        "display_name": user.display_name,
        "organisation": {
            "id": str(org.id),
            "name": org.name,
            "level": org.level.value,
            "department": org.department.value if org.department else None,
        }
        if org
        else None,
        "real_name": reveal("real_name_enc", mask_name),
        "id_number": reveal("id_number_enc", mask_id_number),
        "phone": reveal("phone_enc", mask_phone),
        "mfa_enabled": bool(user.totp_secret_enc),
        "must_change_password": user.must_change_password,
    }


def seal_personal_data(
    user: User,
    *,
    cipher: FieldCipher,
    real_name: str | None = None,
    id_number: str | None = None,
    phone: str | None = None,
) -> None:
    """Set encrypted PII and its lookup hashes on `user` (the caller saves)."""
    if real_name is not None:
        cipher.seal(user, "real_name_enc", real_name)
        user.real_name_hash = cipher.lookup_hash(real_name, field="real_name")
    if id_number is not None:
        cipher.seal(user, "id_number_enc", id_number.upper())
        user.id_number_hash = cipher.lookup_hash(id_number, field="id_number")
    if phone is not None:
        cipher.seal(user, "phone_enc", phone)
        user.phone_hash = cipher.lookup_hash(phone, field="phone")


# --- privacy consent (《个人信息保护法》第十四条、第十五条) ----------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def consent_view(consent: PrivacyConsent | None) -> dict:
    if consent is None:
        return {"active": False, "notice_version": None, "granted_at": None, "withdrawn_at": None}
    return {
        "active": consent.withdrawn_at is None,
        "notice_version": consent.notice_version,
        "granted_at": _iso(consent.granted_at),
        "withdrawn_at": _iso(consent.withdrawn_at),
    }


async def current_consent(user: User) -> PrivacyConsent | None:
    return await PrivacyConsent.filter(user_id=user.id).order_by("-granted_at").first()


async def grant_consent(*, user: User, notice_version: str) -> PrivacyConsent:
    """Record that the owner agreed to this version of the notice (again, after a withdrawal
    or a new version); agreeing twice to the same version records nothing new."""
    latest = await current_consent(user)
    if latest and latest.withdrawn_at is None and latest.notice_version == notice_version:
        return latest
    consent = await PrivacyConsent.create(user=user, notice_version=notice_version)
    await audit.record(
        "privacy.consent_granted",
        object_type="user",
        object_id=user.id,
        details={"notice_version": notice_version},
    )
    return consent


async def withdraw_consent(*, user: User, family: str, tokens: TokenService) -> PrivacyConsent:
    """撤回同意: processing based on consent stops. The phone number (kept only for notices the
    owner agreed to) is deleted and this login ends; applications already submitted go on under
    the registry's legal duty (《个人信息保护法》第十三条第一款第三项), and the owner can agree again
    at the next login. Withdrawing twice is refused (409) so the app can tell the owner."""
    latest = await current_consent(user)
    if latest is None or latest.withdrawn_at is not None:
        raise Conflict("您当前没有生效的同意，无需撤回", code="NO_ACTIVE_CONSENT")
    latest.withdrawn_at = datetime.now(UTC)
    await latest.save(update_fields=["withdrawn_at"])
    user.phone_enc = user.phone_hash = None
    await user.save(update_fields=["phone_enc", "phone_hash"])
    await tokens.families.revoke(family)
    await audit.record(
        "privacy.consent_withdrawn",
        object_type="user",
        object_id=user.id,
        details={"notice_version": latest.notice_version},
    )
    return latest
