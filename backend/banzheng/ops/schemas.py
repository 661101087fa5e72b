from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from banzheng.common.schemas import Input
from banzheng.common.times import Instant


class DeadLetterPublic(BaseModel):
    id: str = Field(description="死信编号")
    function: str = Field(description="后台任务名称")
    kwargs: dict[str, Any] = Field(description="任务参数（仅编号，不含个人信息）")
    job_key: str = Field(description="原任务键")
    error: str = Field(description="最后一次失败的错误信息")
    attempts: int = Field(description="已尝试次数")
    failed_at: Instant = Field(description="最后一次失败的时间")


class DeadLetterPage(BaseModel):
    items: list[DeadLetterPublic]
    page: int
    size: int
    total: int


class Requeued(BaseModel):
    dead_letter_id: str
    function: str
    job_key: str = Field(description="重新排队后的任务键（新键，避免与原任务去重）")


class WorkdayOverrideIn(Input):
    is_workday: bool = Field(description="true：调休上班；false：法定节假日休息")
    name: str = Field(min_length=1, max_length=40, description="如 春节、国庆节调休上班")


class WorkdayOverridePublic(BaseModel):
    date: str
    is_workday: bool
    name: str


class WorkdayYear(BaseModel):
    year: int
    covered_by_package: bool = Field(description="chinesecalendar 是否已包含该年的放假安排")
    overrides: list[WorkdayOverridePublic]
