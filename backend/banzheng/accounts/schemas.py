from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from banzheng.common.schemas import Input
from banzheng.common.times import Instant


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


class MePublic(BaseModel):
    id: str
    role: str
    role_label: str
    display_name: str
    organisation: OrganisationPublic | None = None
    real_name: str | None = Field(None, description="脱敏姓名")
    id_number: str | None = Field(None, description="脱敏身份证号")
    phone: str | None = Field(None, description="脱敏手机号")


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
