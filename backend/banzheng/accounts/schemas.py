from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator

from banzheng.common.schemas import Input
from banzheng.common.times import Instant
from banzheng.security.roles import STAFF_ROLES, Role


class WeChatLogin(Input):
    code: str = Field(min_length=1, max_length=128, description="wx.login 返回的 code")


class DevLogin(Input):
    login: str = Field(min_length=1, max_length=64, description="演示账号，如 owner-demo")


class StaffLogin(Input):
    # A password is taken exactly as typed: spaces at its ends are part of it.
    model_config = ConfigDict(str_strip_whitespace=False)

    username: str = Field(min_length=1, max_length=64, description="用户名")
    password: str = Field(min_length=1, max_length=128, description="密码")


class PhoneBinding(Input):
    code: str = Field(min_length=1, max_length=128, description="手机号授权按钮返回的 code")


class RefreshRequest(Input):
    refresh_token: str = Field(min_length=1, max_length=4096)


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "Bearer"
    expires_in: int


class OrganisationPublic(BaseModel):
    id: str
    name: str
    level: str
    department: str | None = None


class MfaCode(Input):
    mfa_token: str = Field(min_length=1, max_length=4096, description="登录第一步返回的 mfa_token")
    code: str = Field(
        min_length=6, max_length=20, description="身份验证器上的 6 位验证码，或一个恢复码"
    )


class MfaStepToken(Input):
    mfa_token: str = Field(min_length=1, max_length=4096, description="登录第一步返回的 mfa_token")


class MfaConfirm(Input):
    code: str = Field(min_length=6, max_length=6, description="身份验证器上的 6 位验证码")


class MfaEnrolmentPublic(BaseModel):
    secret: str = Field(description="密钥（Base32），无法扫码时手工输入")
    otpauth_uri: str = Field(description="otpauth:// 地址（二维码内容）")
    qr_png: str = Field(description="二维码图片，data:image/png;base64,…")


class MfaTokenPair(TokenPair):
    recovery_codes: list[str] = Field(
        default=[], description="刚完成绑定时的恢复码（仅此一次显示，请妥善保存）；否则为空"
    )


class RecoveryCodesPublic(BaseModel):
    recovery_codes: list[str] = Field(description="恢复码，每个只能用一次；仅此一次显示")


class PasswordChange(Input):
    # Passwords are taken exactly as typed: no whitespace stripping.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    current_password: str = Field(min_length=1, max_length=128)
    new_password: str = Field(min_length=1, max_length=128)


class StaffCreate(Input):
    username: str = Field(
        pattern=r"^[a-z0-9][a-z0-9._-]{2,63}$", description="登录名：小写字母、数字、. _ -"
    )
    display_name: str = Field(min_length=1, max_length=100)
    role: Role
    organisation_id: UUID
    company_id: UUID | None = Field(
        default=None,
        description="所属企业：开发商代表（开发商）、物业人员（物业服务企业）必填，其他角色不填",
    )

    @field_validator("role")
    @classmethod
    def _staff_role(cls, value: Role) -> Role:
        if value not in STAFF_ROLES:
            raise ValueError("only staff roles")
        return value


class StaffPublic(BaseModel):
    id: str
    username: str | None
    display_name: str
    role: str
    organisation_id: str | None
    organisation_name: str | None
    company_id: str | None = Field(description="开发商代表、物业人员所属的企业")
    company_name: str | None
    is_active: bool
    mfa_enabled: bool
    must_change_password: bool
    created_at: Instant


class StaffPage(BaseModel):
    items: list[StaffPublic]
    page: int
    size: int
    total: int


class StaffIssued(BaseModel):
    staff: StaffPublic
    temporary_password: str = Field(description="临时密码，仅此一次显示；首次登录后须修改")


class MePublic(BaseModel):
    id: str
    role: str
    role_label: str
    display_name: str
    organisation: OrganisationPublic | None = None
    real_name: str | None = Field(None, description="脱敏姓名")
    id_number: str | None = Field(None, description="脱敏身份证号")
    phone: str | None = Field(None, description="脱敏手机号")
    mfa_enabled: bool = Field(False, description="工作人员：是否已绑定身份验证器")
    must_change_password: bool = Field(False, description="工作人员：须先修改临时密码")


class ConsentGrant(Input):
    notice_version: str = Field(
        min_length=1, max_length=32, description="同意的《个人信息保护说明》版本，如 2026-11-25"
    )


class ConsentPublic(BaseModel):
    active: bool = Field(description="当前是否处于同意状态")
    notice_version: str | None = None
    granted_at: Instant | None = None
    withdrawn_at: Instant | None = None


class AccountDeletion(Input):
    confirm: bool = Field(description="必须为 true：业主已确认注销")

    @field_validator("confirm")
    @classmethod
    def _confirmed(cls, value: bool) -> bool:
        if value is not True:
            raise ValueError("account deletion must be confirmed")
        return value


class DeletionReport(BaseModel):
    deleted: list[str] = Field(description="已删除的个人信息（中文说明）")
    kept: list[str] = Field(description="依法保留、已与您的身份标识断开的记录（中文说明）")


class DataReadPublic(BaseModel):
    at: Instant = Field(description="读取时间")
    reader_role: str | None = None
    reader_role_label: str | None = Field(None, description="读取者的身份，如“登记窗口人员”")
    organisation_name: str | None = Field(None, description="读取者所在单位")
    action: str
    action_label: str = Field(description="做了什么，如“下载了材料”")
    object_type: str
    what: str | None = Field(None, description="读取的是哪项材料，如“申请人身份证”")


class DataReadPage(BaseModel):
    items: list[DataReadPublic]
    page: int
    size: int
    total: int
