"""Staff accounts without SQL: an administrator creates, disables, enables and resets them; staff
change their own password. Every change is audited (issue #13, "Staff MFA").

* **Created and reset accounts get a temporary password** made here and shown to the
  administrator once; the account must change it before it can do anything else
  (`must_change_password`, enforced by `common.http.endpoint`). So no administrator knows a
  password in use, and none travels in a ticket or a chat for long.
* **A reset also forgets the authenticator and recovery codes** (the lost-phone case), and ends
  every session of the account at once, as a disable does.
* **Where each role sits** (`ROLE_PLACES`): a clerk belongs to a street office, a reviewer to a
  department, a supervisor to the city or a district; the permission checks
  (security/permissions.py) read the organisation's scope, so a clerk filed under a district
  would see the whole district.
* **A developer's representative or a property manager names its company** (`company_id`, of
  the matching kind; `ROLE_COMPANY_KIND`): they reach only that company's estates in their
  region, and an account without one would reach nothing. Other roles name none.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from banzheng.accounts import mfa
from banzheng.accounts.models import Level, Organisation, User
from banzheng.common import audit
from banzheng.common.errors import Conflict, NotFound, Unauthorized, Unprocessable
from banzheng.common.workdays import OFFICE_TZ
from banzheng.communities.labels import COMPANY_KIND_LABELS
from banzheng.communities.models import Company, CompanyKind
from banzheng.communities.service import company_of_kind
from banzheng.security import password_policy
from banzheng.security.lockout import LoginGate
from banzheng.security.passwords import hash_password_async, verify_password_async
from banzheng.security.roles import ROLE_LABELS, STAFF_ROLES, Role

ROLE_PLACES: dict[Role, tuple[set[Level], bool | None]] = {
    # role: (organisation levels allowed, department? True: must be one, False: must not, None: any)
    Role.clerk: ({Level.street}, False),
    Role.department_reviewer: ({Level.city, Level.district, Level.street}, True),
    Role.property_manager: ({Level.street, Level.district}, False),
    Role.developer_rep: ({Level.street, Level.district}, False),
    Role.supervisor: ({Level.city, Level.district}, False),
    Role.admin: ({Level.city}, False),
}

# A developer's representative or a property manager speaks for one company of this kind: without
# it the permission matrix gives them nothing (security/permissions.py, COMPANY_FIELD).
ROLE_COMPANY_KIND = {
    Role.developer_rep: CompanyKind.developer,
    Role.property_manager: CompanyKind.property_manager,
}

TEMPORARY_PASSWORD_LENGTH = 16


def temporary_password() -> str:
    """16 random characters with every class, so it passes the policy it then must be replaced
    under; no look-alike characters (it is read off a screen and typed)."""
    alphabets = (
        "ABCDEFGHJKMNPQRSTUVWXYZ",
        "abcdefghijkmnpqrstuvwxyz",
        "23456789",
        "!@#$%*+=?",
    )
    chars = [secrets.choice(a) for a in alphabets]
    pool = "".join(alphabets)
    chars += [secrets.choice(pool) for _ in range(TEMPORARY_PASSWORD_LENGTH - len(chars))]
    secrets.SystemRandom().shuffle(chars)
    return "".join(chars)


@dataclass(frozen=True)
class Issued:
    user: User
    temporary_password: str


def _check_place(role: Role, organisation: Organisation) -> None:
    if role not in STAFF_ROLES:
        raise Unprocessable("只能创建工作人员账号", code="NOT_A_STAFF_ROLE")
    levels, department = ROLE_PLACES[role]
    if organisation.level not in levels or (
        department is not None and (organisation.department is not None) != department
    ):
        raise Unprocessable(
            "该角色不能设在这个单位（如：窗口人员须属于街道，部门审核人员须属于部门）",
            code="ROLE_ORGANISATION_MISMATCH",
            details={"role": role.value, "organisation_level": organisation.level.value},
        )


async def _company_for(role: Role, company_id: object | None) -> Company | None:
    kind = ROLE_COMPANY_KIND.get(role)
    if kind is None:
        if company_id is not None:
            raise Unprocessable(
                "只有开发商代表和物业人员隶属于企业，该角色请不要选择企业",
                code="COMPANY_NOT_FOR_ROLE",
                details={"role": role.value},
            )
        return None
    if company_id is None:
        raise Unprocessable(
            f"{ROLE_LABELS[role]}须选择所属的{COMPANY_KIND_LABELS[kind]}",
            code="COMPANY_REQUIRED",
            details={"role": role.value, "company_kind": kind.value},
        )
    return await company_of_kind(company_id, kind)


async def create(
    *,
    admin: User,
    username: str,
    display_name: str,
    role: Role,
    organisation_id: object,
    company_id: object | None = None,
) -> Issued:
    organisation = await Organisation.get_or_none(id=organisation_id)
    if organisation is None:
        raise NotFound("单位不存在", code="ORGANISATION_NOT_FOUND")
    _check_place(role, organisation)
    company = await _company_for(role, company_id)
    if await User.filter(username=username).exists():
        raise Conflict("用户名已被使用", code="USERNAME_TAKEN")
    password = temporary_password()
    user = await User.create(
        username=username,
        display_name=display_name,
        role=role,
        organisation=organisation,
        company=company,
        password_hash=await hash_password_async(password),
        must_change_password=True,
    )
    await audit.record(
        "staff.created",
        object_type="user",
        object_id=user.id,
        details={
            "role": role.value,
            "organisation_id": str(organisation.id),
            "company_id": str(company.id) if company else None,
        },
    )
    return Issued(user, password)


async def _staff(user_id: object) -> User:
    user = await User.get_or_none(id=user_id).select_related("organisation", "company")
    if user is None or user.role is Role.owner:
        raise NotFound("工作人员账号不存在", code="STAFF_NOT_FOUND")
    return user


async def set_active(*, admin: User, user_id: object, active: bool) -> User:
    """停用 / 启用. The caller ends the sessions after this commits (`revoke_user_sessions`)."""
    user = await _staff(user_id)
    if user.id == admin.id and not active:
        raise Conflict("不能停用自己的账号", code="CANNOT_DISABLE_SELF")
    if user.is_active != active:
        user.is_active = active
        await user.save(update_fields=["is_active"])
        await audit.record(
            "staff.enabled" if active else "staff.disabled", object_type="user", object_id=user.id
        )
    return user


async def reset(*, admin: User, user_id: object) -> Issued:
    """A new temporary password, the authenticator and recovery codes forgotten. The caller ends
    the sessions after this commits."""
    user = await _staff(user_id)
    password = temporary_password()
    user.password_hash = await hash_password_async(password)
    user.must_change_password = True
    await user.save(update_fields=["password_hash", "must_change_password"])
    await mfa.clear(user)
    await audit.record("staff.reset", object_type="user", object_id=user.id)
    return Issued(user, password)


async def page(*, page: int, size: int) -> tuple[list[User], int]:
    query = User.exclude(role=Role.owner)
    total = await query.count()
    users = (
        await query.order_by("username")
        .offset((page - 1) * size)
        .limit(size)
        .select_related("organisation", "company")
    )
    return users, total


async def change_password(
    *, user: User, current_password: str, new_password: str, gate: LoginGate, source: str
) -> None:
    """Self-service change: the current password is proven (and its guesses counted by the
    lockout, so a stolen session cannot brute-force it), the new one meets the policy. The
    caller ends every session afterwards and opens a new one for this device."""
    user = await mfa.of_record(user)
    attempt = await gate.reserve(login_name=user.username or str(user.id), source=source)
    if not await verify_password_async(user.password_hash, current_password):
        await mfa.record_failure(attempt, gate, user=user, action="auth.password_change_failed")
        raise Unauthorized("当前密码不正确", code="BAD_CREDENTIALS")
    await gate.succeeded(attempt)
    found = password_policy.problems(new_password, username=user.username or "")
    if new_password == current_password:
        found.append("unchanged")
    if found:
        raise password_policy.WeakPassword(found)
    user.password_hash = await hash_password_async(new_password)
    user.must_change_password = False
    user.password_changed_at = datetime.now(UTC)
    await user.save(update_fields=["password_hash", "must_change_password", "password_changed_at"])
    await audit.record("auth.password_changed", object_type="user", object_id=user.id)


def view(user: User) -> dict:
    org = user.organisation
    return {
        "id": str(user.id),
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role.value,
        "organisation_id": str(org.id) if org else None,
        "organisation_name": org.name if org else None,
        "company_id": str(user.company.id) if user.company else None,
        "company_name": user.company.name if user.company else None,
        "is_active": user.is_active,
        "mfa_enabled": bool(user.totp_secret_enc),
        "must_change_password": user.must_change_password,
        "created_at": user.created_at.astimezone(OFFICE_TZ).isoformat(),
    }
