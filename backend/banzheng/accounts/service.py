"""Logging in (WeChat, demo, staff password) and reading one's own profile."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from tortoise.expressions import F

from banzheng.accounts.models import User
from banzheng.common import audit
from banzheng.common.errors import ApiError, Forbidden, Unauthorized
from banzheng.security.fieldcrypt import FieldCipher, mask_id_number, mask_name, mask_phone
from banzheng.security.passwords import verify_password
from banzheng.security.roles import ROLE_LABELS, Role
from banzheng.security.sessions import TokenService, revoke_user_sessions
from banzheng.security.tokens import InvalidToken
from banzheng.wechat import WeChatClient


class AccountLocked(ApiError):
    status = 423
    code = "ACCOUNT_LOCKED"


async def _start_session(tokens: TokenService, user: User, method: str) -> dict:
    pair = await tokens.login(user_id=str(user.id), role=user.role.value)
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
    sealed_key = cipher.encrypt(session.session_key, field="wechat_session_key")
    if user is None:
        user = await User.create(
            role=Role.owner,
            display_name="微信用户",
            wechat_openid=session.openid,
            wechat_session_key_enc=sealed_key,
        )
        await audit.record(
            "owner.registered", object_type="user", object_id=user.id, actor_id=user.id
        )
    else:
        if not user.is_active:
            raise Forbidden("该账号已停用，请联系办证服务窗口", code="ACCOUNT_DISABLED")
        user.wechat_session_key_enc = sealed_key
        await user.save(update_fields=["wechat_session_key_enc"])
    return await _start_session(tokens, user, "wechat")


async def login_dev(*, login: str, enabled: bool, tokens: TokenService) -> dict:
    if not enabled:
        raise Forbidden("生产环境不提供演示登录", code="DEV_LOGIN_DISABLED")
    user = await User.get_or_none(username=login, is_active=True)
    if user is None:
        raise Unauthorized("没有这个演示账号", code="UNKNOWN_DEMO_LOGIN")
    return await _start_session(tokens, user, "dev")


async def login_staff(
    *, username: str, password: str, tokens: TokenService, max_failures: int, lockout_seconds: int
) -> dict:
    """Password login; after `max_failures` wrong passwords the account locks for a while.

    An unknown username costs the same hash check and gets the same answer as a wrong password.
    """
    user = await User.get_or_none(username=username, is_active=True)
    now = datetime.now(UTC)
    if user is not None and user.locked_until and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise AccountLocked(f"密码错误次数过多，账号已锁定，请 {minutes} 分钟后再试")
    staff = user is not None and user.role is not Role.owner
    # Argon2 is memory-hard by design (tens of ms of CPU): in a thread, never on the event loop
    # (argon2-cffi releases the GIL while it hashes).
    valid = await asyncio.to_thread(
        verify_password, user.password_hash if staff else None, password
    )
    if not valid or not staff:
        if staff:
            await _count_failure(
                user,
                now=now,
                max_failures=max_failures,
                lockout_seconds=lockout_seconds,
                tokens=tokens,
            )
        raise Unauthorized("用户名或密码错误", code="BAD_CREDENTIALS")
    if user.failed_logins:
        await User.filter(id=user.id).update(failed_logins=0, locked_until=None)
    return await _start_session(tokens, user, "password")


async def _count_failure(
    user: User, *, now: datetime, max_failures: int, lockout_seconds: int, tokens: TokenService
) -> None:
    await User.filter(id=user.id).update(failed_logins=F("failed_logins") + 1)
    await user.refresh_from_db(fields=["failed_logins"])
    if user.failed_logins >= max_failures:
        until = now + timedelta(seconds=lockout_seconds)
        await User.filter(id=user.id).update(failed_logins=0, locked_until=until)
        # A locked account stops working at once, on every process, not only for new logins.
        await revoke_user_sessions(tokens.families.redis, user.id, ttl=tokens.refresh_ttl)
        await audit.record(
            "auth.locked",
            object_type="user",
            object_id=user.id,
            actor_id=user.id,
            details={"until": until.isoformat()},
        )


async def refresh(*, refresh_token: str, tokens: TokenService) -> dict:
    try:
        return await tokens.refresh(refresh_token)
    except InvalidToken:
        raise Unauthorized("登录已失效，请重新登录", code="REFRESH_INVALID") from None


async def logout(*, user: User, family: str, tokens: TokenService) -> None:
    await tokens.families.revoke(family)
    await audit.record("auth.logout", object_type="user", object_id=user.id)


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

    def reveal(stored: str | None, field: str, mask) -> str | None:
        return mask(cipher.decrypt(stored, field=field)) if stored else None

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
        "real_name": reveal(user.real_name_enc, "real_name", mask_name),
        "id_number": reveal(user.id_number_enc, "id_number", mask_id_number),
        "phone": reveal(user.phone_enc, "phone", mask_phone),
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
        user.real_name_enc = cipher.encrypt(real_name, field="real_name")
    if id_number is not None:
        user.id_number_enc = cipher.encrypt(id_number.upper(), field="id_number")
        user.id_number_hash = cipher.lookup_hash(id_number, field="id_number")
    if phone is not None:
        user.phone_enc = cipher.encrypt(phone, field="phone")
        user.phone_hash = cipher.lookup_hash(phone, field="phone")
