"""Query and answer shapes of the statistics routes (JSON for charts)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from banzheng.common.schemas import CheckedText
from banzheng.stats.service import MAX_TREND_DAYS, Grouping


class PeriodQuery(CheckedText):
    model_config = ConfigDict(extra="forbid")

    start: date | None = Field(None, description="统计起始日期（含），如 2026-01-01")
    end: date | None = Field(None, description="统计截止日期（含）")

    @model_validator(mode="after")
    def _ordered(self) -> PeriodQuery:
        if self.start and self.end and self.end < self.start:
            raise ValueError("截止日期不能早于起始日期")
        return self


class GroupingQuery(CheckedText):
    model_config = ConfigDict(extra="forbid")

    by: Grouping = Field(
        Grouping.estate, description="分组：estate 小区 / street 街道 / district 区 / era 建成年代"
    )


class TrendQuery(CheckedText):
    model_config = ConfigDict(extra="forbid")

    days: int = Field(30, ge=1, le=MAX_TREND_DAYS, description=f"最近多少天，最多 {MAX_TREND_DAYS}")


class Report(StrEnum):
    certificate_rate = "certificate_rate"
    processing_time = "processing_time"
    overdue_rate = "overdue_rate"
    disposal_progress = "disposal_progress"


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


class ExportQuery(PeriodQuery):
    report: Report = Field(
        description="报表：certificate_rate / processing_time / overdue_rate / disposal_progress"
    )
    format: ExportFormat = Field(ExportFormat.xlsx, description="csv 或 xlsx")
    by: Grouping = Field(Grouping.estate, description="办证率报表的分组")


class CertificateRateRow(BaseModel):
    key: str
    name: str
    houses: int
    certified: int
    rate: float | None = Field(description="办证率；没有房屋时为空")


class CertificateRates(BaseModel):
    by: Grouping
    items: list[CertificateRateRow]


class ProcessingTimeRow(BaseModel):
    kind: str
    kind_label: str
    finished: int = Field(description="期间内发证的件数")
    median_workdays: float
    p90_workdays: int
    mean_workdays: float
    over_limit: int = Field(description="超过办结时限（法定工作日）的件数")


class ProcessingTimes(BaseModel):
    limit_workdays: int
    items: list[ProcessingTimeRow]


class OverdueRow(BaseModel):
    step: str
    step_label: str
    department: str
    department_label: str
    steps: int
    overdue: int
    rate: float | None


class OverdueRates(BaseModel):
    target: float
    items: list[OverdueRow]


class DisposalRow(BaseModel):
    community_id: str
    name: str
    problems: int
    resolved: int
    has_plan: bool
    milestones: int
    milestones_done: int
    milestones_overdue: int
    progress: float | None


class DisposalProgress(BaseModel):
    items: list[DisposalRow]


class Overview(BaseModel):
    houses: int
    certified: int
    certificate_rate: float | None
    overdue_steps: int
    started_steps: int
    overdue_rate: float | None
    overdue_rate_target: float
    accepted: int
    returned: int
    return_rate: float | None
    return_rate_target: float
    submitted: int
    online: int
    online_rate: float | None
    prereview_agreement: float | None
    prereview_agreement_target: float
    ratings: int = Field(description="期间内的有效评价数（申诉成立作废的不计）")
    satisfied: int = Field(description="非常满意、满意、基本满意")
    complaints: int = Field(description="差评：不满意、非常不满意")
    satisfaction_rate: float | None = Field(description="满意率 = 满意评价 ÷ 评价数")
    satisfaction_target: float
    complaint_rate: float | None = Field(description="差评率 = 差评 ÷ 评价数")
    complaint_rate_target: float


class TrendPoint(BaseModel):
    day: date
    houses: int
    certified: int
    rate: float | None


class Trend(BaseModel):
    items: list[TrendPoint]
