"""Certificate requests and responses (one model per direction)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from banzheng.common.schemas import Input
from banzheng.common.times import Instant


class CertificatePublic(BaseModel):
    id: str
    application_id: str
    number: str = Field(description="证书号，如 X(2026)示范市不动产权第0000001号")
    version: int = Field(description="第几版：换证后加一")
    status: str = Field(description="issuing 正在制证 / current 有效 / revoked 已作废")
    status_label: str
    revocation_label: str | None = None
    revocation_reason: str = ""
    location: str = Field(description="坐落")
    unit_number: str = Field(description="不动产单元号")
    right_type: str
    right_nature: str
    use: str
    area: str = Field(description="房屋建筑面积（平方米）")
    term: str = Field(description="使用期限")
    co_ownership: str = Field(description="共有情况")
    holder_masked: str = Field(description="权利人（姓名已部分隐藏），制证完成后才有")
    created_at: Instant
    issued_at: Instant | None
    revoked_at: Instant | None
    replaces: str | None = Field(None, description="被本证替换的旧证号")
    verify_url: str = Field(description="公开核验页（二维码内容），可分享")
    pdf_url: str | None = Field(None, description="下载 PDF 的接口路径（需登录），制证完成后才有")
    qr_url: str = Field(description="核验二维码图片（PNG）的接口路径（需登录）")


class CertificateList(BaseModel):
    items: list[CertificatePublic]


class CertificateRevocation(Input):
    reason: str = Field(min_length=2, max_length=200, description="换证或注销的原因")
