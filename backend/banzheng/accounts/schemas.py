from __future__ import annotations

from pydantic import BaseModel, Field


class WeChatLogin(BaseModel):
    code: str = Field(min_length=1, max_length=128, description="wx.login 返回的 code")


class DevLogin(BaseModel):
    login: str = Field(min_length=1, max_length=64, description="演示账号，如 owner-demo")


class StaffLogin(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=128)


class PhoneBinding(BaseModel):
    code: str = Field(min_length=1, max_length=128, description="手机号授权按钮返回的 code")


class RefreshRequest(BaseModel):
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
