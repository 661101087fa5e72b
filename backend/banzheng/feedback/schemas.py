"""Request and response models of the feedback domain."""

from __future__ import annotations

from pydantic import BaseModel, Field

from banzheng.common.schemas import Input
from banzheng.common.times import Instant
from banzheng.feedback.models import CaseStatus, TargetKind


class CaseFilters(Input):
    """Filter of the rectification list; an unknown status answers 422, never silently nothing."""

    status: CaseStatus | None = Field(None, description="整改状态")


class TargetCreate(Input):
    kind: TargetKind = Field(description="window 窗口 / staff 工作人员 / station 小区服务站")
    name: str = Field(min_length=1, max_length=100)
    organisation_id: str | None = None
    staff_id: str | None = None
    community_id: str | None = None


class IndicatorPublic(BaseModel):
    code: str
    label: str


class LevelPublic(BaseModel):
    value: int
    label: str
    bad: bool


class TargetPublic(BaseModel):
    id: str
    code: str
    kind: str
    kind_label: str
    name: str
    url: str = Field(description="二维码中的短链接")
    channel: str
    channel_label: str
    rule: str = Field(description="一次一评 / 一事一评 的说明")
    levels: list[LevelPublic]
    indicators: list[IndicatorPublic]
    already_rated: bool | None = Field(None, description="本人本次是否已评价（登录时）")


class TargetList(BaseModel):
    items: list[TargetPublic]


class RatingCreate(Input):
    level: int = Field(ge=1, le=5, description="5 非常满意 … 1 非常不满意")
    indicators: dict[str, int] = Field(default_factory=dict, max_length=6)
    comment: str = Field("", max_length=1000)


class CasePublic(BaseModel):
    id: str
    status: str
    status_label: str
    due_at: Instant
    visited_at: Instant | None = None
    visit_note: str = ""
    rectified_at: Instant | None = None
    rectification_note: str = ""
    target_name: str = ""
    level: int | None = None
    level_label: str = ""
    comment: str = ""
    appeals: list[dict] = []


class RatingPublic(BaseModel):
    id: str
    target_name: str
    target_kind_label: str
    level: int
    level_label: str
    comment: str
    created_at: Instant
    case: CasePublic | None = None


class RatingList(BaseModel):
    items: list[RatingPublic]


class CaseList(BaseModel):
    items: list[CasePublic]


class Note(Input):
    note: str = Field(min_length=1, max_length=1000)


class AppealCreate(Input):
    reason: str = Field(min_length=1, max_length=1000)


class AppealDecision(Input):
    upheld: bool
    note: str = Field(min_length=1, max_length=1000)


class GroupFigures(BaseModel):
    id: str
    name: str
    ratings: int
    satisfied: int
    complaints: int
    satisfaction_rate: str | None = Field(None, description="满意率（0–1）")
    complaint_rate: str | None = Field(None, description="差评率（0–1）")


class FiguresList(BaseModel):
    group: str
    items: list[GroupFigures]


class StarRating(BaseModel):
    company_id: str
    name: str
    ratings: int
    satisfaction_rate: str | None
    applications: int
    timely: int
    timeliness_rate: str | None
    score: str | None
    stars: int | None = Field(None, description="1–5 星；样本不足时为空")


class StarRatingList(BaseModel):
    formula: str
    items: list[StarRating]
