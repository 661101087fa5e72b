"""Request and response models of the e-signature API."""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, Field

from banzheng.common.schemas import Input
from banzheng.common.times import Instant
from banzheng.signatures.models import DocumentKind


class Agent(BaseModel):
    name: str = Field(min_length=1, max_length=40)
    id_number: str = Field("", max_length=18)
    relation: str = Field("", max_length=20, description="与委托人关系，如 物业、子女")
    matters: list[str] = Field(default_factory=list, max_length=10)


class RequestCreate(Input):
    application_id: UUID
    kind: DocumentKind
    requirement_code: str | None = Field(None, max_length=40, description="告知承诺书代替的材料")
    agent: Agent | None = Field(None, description="委托书的受托人")


class PartyPublic(BaseModel):
    position: int
    role: str
    name: str = Field(description="脱敏姓名")
    status: str
    status_label: str
    signed_at: Instant | None = None
    is_me: bool


class RequestPublic(BaseModel):
    id: str
    kind: str
    title: str
    status: str
    status_label: str
    application_id: str | None
    requirement_code: str | None
    document_sha256: str = Field(
        description="当前文件的 SHA-256；签署时原样提交，证明签的是看过的文件"
    )
    document_url: str
    evidence_url: str | None = Field(None, description="签署完成后的证据报告")
    my_turn: bool
    parties: list[PartyPublic]
    expires_at: Instant
    completed_at: Instant | None = None
    created_at: Instant


class RequestPage(BaseModel):
    items: list[RequestPublic]
    total: int
    page: int
    size: int


class SignBody(Input):
    signature_png: str = Field(
        description="手写签名 PNG 的 base64（可带 data:image/png;base64, 前缀）"
    )
    document_sha256: str = Field(min_length=64, max_length=64)


class SignatureCheck(BaseModel):
    field: str
    signer: str
    signer_organisation: str | None
    issuer: str
    certificate_sha256: str
    intact: bool = Field(description="签名覆盖的内容未被改动，签名数学上正确")
    trusted: bool = Field(description="证书链可追溯到受信任的根证书")
    signing_time: str | None
    timestamp: str | None = Field(None, description="可信时间戳（RFC 3161）")
    timestamp_valid: bool | None
    covers_whole_document: bool
    modified_after_signing: bool = Field(description="签名之后文件有签名以外的修改")
    later_changes: str = Field(description="none / signatures_only / other")
    problem: str


class VerificationPublic(BaseModel):
    valid: bool
    readable: bool
    document_sha256: str
    message: str
    signatures: list[SignatureCheck]
