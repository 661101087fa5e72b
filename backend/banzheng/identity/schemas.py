"""Request and response models of the identity check API (one per direction)."""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator

from banzheng.common.schemas import Input
from banzheng.common.times import Instant


class FaceConsent(BaseModel):
    version: str
    sha256: str = Field(description="同意书全文的 SHA-256，开始核验时原样提交")
    text: str
    retention_days: int = Field(description="视频保存天数（核验结论作出后）")


class CheckStart(Input):
    consent_version: str = Field(max_length=40)
    consent_sha256: str = Field(min_length=64, max_length=64)
    agree: bool = Field(description="业主勾选“单独同意处理人脸信息”；须为 true")

    @model_validator(mode="after")
    def _explicit(self) -> CheckStart:
        if not self.agree:
            raise ValueError("consent must be given explicitly")
        return self


class ChallengePublic(BaseModel):
    digits: str = Field(description="请业主在视频中大声读出的数字")
    action: str
    action_label: str = Field(description="请业主在视频中完成的动作")
    expires_at: Instant


class UploadHint(BaseModel):
    metadata_key: str = Field(description="tus Upload-Metadata 中填写核验编号的键")
    formats: list[str]
    max_bytes: int
    min_seconds: float
    max_seconds: float


class Finding(BaseModel):
    code: str
    message: str


class CheckPublic(BaseModel):
    id: str
    status: str
    status_label: str
    provider: str
    provider_label: str
    challenge: ChallengePublic | None = Field(None, description="仅在等待录制视频时给出")
    upload: UploadHint | None = None
    provider_url: str | None = Field(None, description="外部人脸核身页面（仅外部服务）")
    provider_return_url: str | None = Field(
        None,
        description=(
            "人脸核身页面完成后跳回的地址（仅外部服务，且已配置时）：客户端到达此地址即返回、"
            "再调用 refresh 由服务端拉取结果；不读取跳转参数"
        ),
    )
    problems: list[Finding] = Field(default_factory=list, description="视频需重录的原因")
    decision_reason: str = ""
    passed_until: str | None = None
    created_at: Instant
    decided_at: Instant | None = None
    video_deleted_at: Instant | None = None


class CheckPage(BaseModel):
    items: list[CheckPublic]
    total: int
    page: int
    size: int


class IdentityStatus(BaseModel):
    verified: bool = Field(description="当前是否有有效的核验通过记录（可签署文件）")
    valid_until: str | None = None
    latest: CheckPublic | None = None


class OwnerSummary(BaseModel):
    display_name: str
    real_name: str | None = Field(None, description="脱敏")
    id_number: str | None = Field(None, description="脱敏")


class IdCardPhoto(BaseModel):
    object_id: str
    link: str = Field(description="短时下载链接（材料下载接口）")
    uploaded_at: Instant


class CheckReview(CheckPublic):
    """What a clerk sees: the challenge to compare with the video, the pre-check numbers, the
    owner's ID card photo, and who decided."""

    owner: OwnerSummary
    review_challenge: ChallengePublic
    precheck_findings: list[Finding] = Field(default_factory=list)
    precheck_facts: dict = Field(default_factory=dict)
    video_available: bool
    id_card: IdCardPhoto | None = Field(None, description="业主最近上传的身份证照片；没有时为空")
    provider_score: str | None = None
    provider_liveness: str | None = None
    decided_by: str | None = None


class ReviewPage(BaseModel):
    items: list[CheckReview]
    total: int
    page: int
    size: int


class Decision(Input):
    approve: bool
    reason: str = Field("", max_length=500, description="不通过时必填，业主会看到")

    @model_validator(mode="after")
    def _reason_when_rejecting(self) -> Decision:
        if not self.approve and not self.reason.strip():
            raise ValueError("reason is required when rejecting")
        return self


class VideoLink(BaseModel):
    url: str
    expires_at: Instant = Field(description="过期时间")


class CallbackAck(BaseModel):
    received: bool
    status: str
