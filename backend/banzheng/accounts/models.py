"""Organisations (city ⊃ district ⊃ street, and departments attached to them) and users."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from tortoise import fields
from tortoise.models import Model

from banzheng.security.roles import Role


class Level(StrEnum):
    city = "city"
    district = "district"
    street = "street"


class Department(StrEnum):
    """Departments that review their step in parallel (并联审批); None for a plain government office."""

    planning = "planning"  # 规划
    housing = "housing"  # 住建
    tax = "tax"  # 税务
    registry = "registry"  # 不动产登记
    survey = "survey"  # 测绘
    civil_affairs = "civil_affairs"  # 民政


class Organisation(Model):
    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=100)
    level = fields.CharEnumField(Level, max_length=10)
    department = fields.CharEnumField(Department, max_length=20, null=True)
    parent: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="children", null=True, on_delete=fields.RESTRICT
    )
    # "/<city id>/<district id>/…/": the region this organisation answers for. A department
    # shares its parent region's path, so a district tax bureau sees the whole district.
    scope_path = fields.CharField(max_length=400, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "organisation"


class User(Model):
    # Columns sealed by security.fieldcrypt (bound to table, id, column), each with the field
    # name that was its associated data before that binding (security.reseal reads those).
    ENCRYPTED_COLUMNS: ClassVar[dict[str, str]] = {
        "wechat_session_key_enc": "wechat_session_key",
        "real_name_enc": "real_name",
        "id_number_enc": "id_number",
        "phone_enc": "phone",
        "totp_secret_enc": "totp_secret",
        "totp_pending_enc": "totp_pending",
    }
    id = fields.UUIDField(primary_key=True)
    role = fields.CharEnumField(Role, max_length=24)
    display_name = fields.CharField(max_length=100)
    username = fields.CharField(max_length=64, unique=True, null=True)
    password_hash = fields.CharField(max_length=200, null=True)
    wechat_openid = fields.CharField(max_length=64, unique=True, null=True)
    wechat_session_key_enc = fields.TextField(null=True)
    organisation: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="users", null=True, on_delete=fields.RESTRICT
    )
    # A developer's representative or a property manager speaks for one company: they reach the
    # estates it developed or manages, nothing else (security/permissions.py).
    company = fields.ForeignKeyField(
        "models.Company", related_name="representatives", null=True, on_delete=fields.RESTRICT
    )
    real_name_enc = fields.TextField(null=True)
    real_name_hash = fields.CharField(max_length=64, null=True, db_index=True)  # staff search
    id_number_enc = fields.TextField(null=True)
    id_number_hash = fields.CharField(max_length=64, null=True, db_index=True)
    phone_enc = fields.TextField(null=True)
    phone_hash = fields.CharField(max_length=64, null=True, db_index=True)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Staff second factor (security/mfa.py): the TOTP secret, encrypted like personal data; a
    # secret being enrolled waits in totp_pending_enc until a first code confirms it.
    totp_secret_enc = fields.TextField(null=True)
    totp_pending_enc = fields.TextField(null=True)
    totp_enabled_at = fields.DatetimeField(null=True)
    totp_last_step = fields.BigIntField(null=True)  # step of the last accepted code (no replay)
    password_changed_at = fields.DatetimeField(null=True)
    # Set by an administrator's reset: the temporary password must be replaced before any work.
    must_change_password = fields.BooleanField(default=False)
    # 注销: set when the owner deleted the account; the row stays only as the anonymous link of
    # records the registry must keep (accounts/erasure.py)
    deleted_at = fields.DatetimeField(null=True)

    organisation_id: object
    company_id: object

    class Meta:
        table = "user_account"


class PrivacyConsent(Model):
    """The owner's consent to the personal-information notice (《个人信息保护法》第十四条), per
    notice version; withdrawal (第十五条) is recorded, not deleted, until the account goes."""

    id = fields.UUIDField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="consents", on_delete=fields.CASCADE
    )
    notice_version = fields.CharField(max_length=32)
    granted_at = fields.DatetimeField(auto_now_add=True)
    withdrawn_at = fields.DatetimeField(null=True)

    user_id: object

    class Meta:
        table = "privacy_consent"


class RecoveryCode(Model):
    """One-time codes that stand in for a lost authenticator; only their keyed hash is kept."""

    id = fields.UUIDField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="recovery_codes", on_delete=fields.CASCADE
    )
    code_hash = fields.CharField(max_length=64)
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    user_id: object

    class Meta:
        table = "mfa_recovery_code"
        unique_together = (("user", "code_hash"),)


class DataRead(Model):
    """Someone other than the owner read the owner's sensitive personal data (an ID card scan, a
    contract, an identity video…): shown to the owner on request (《个人信息保护法》第四十五条,
    the right to know how one's data is processed). Written beside the audit event of the read."""

    id = fields.UUIDField(primary_key=True)
    owner: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="data_reads", on_delete=fields.CASCADE
    )
    at = fields.DatetimeField(auto_now_add=True)
    actor_id = fields.CharField(max_length=36, null=True)
    actor_role = fields.CharField(max_length=24, null=True)
    organisation_name = fields.CharField(max_length=100, null=True)  # whose official read it
    action = fields.CharField(max_length=40)
    object_type = fields.CharField(max_length=40)
    object_id = fields.CharField(max_length=64)
    what = fields.CharField(max_length=40, null=True)  # e.g. the checklist item's code

    owner_id: object

    class Meta:
        table = "personal_data_read"
        indexes = (("owner_id", "at"),)  # an owner's reads, newest first
