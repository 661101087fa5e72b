from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, Field

from banzheng.applications.lifecycle import BATCH_MAX_HOUSES
from banzheng.applications.models import ApplicationKind, Status
from banzheng.common.schemas import CheckedText, Input
from banzheng.common.times import Instant


class RequirementPublic(BaseModel):
    code: str
    name: str
    description: str
    core: bool = Field(description="核心材料不能容缺")
    commitment_allowed: bool = Field(description="可用告知承诺书代替")
    formats: list[str]


class ApplicationTypePublic(BaseModel):
    code: ApplicationKind
    name: str
    description: str
    steps: list[str]
    applicant_roles: list[str] = Field(description="可以提出此类申请的角色")
    applicants_label: str = Field(description="由谁申请，如「业主、登记窗口人员」")
    requirements: list[RequirementPublic]


class ApplicationTypeList(BaseModel):
    items: list[ApplicationTypePublic]


class ApplicationCreate(Input):
    house_id: str = Field(min_length=36, max_length=36, description="房屋")
    type: ApplicationKind = Field(description="申请类型")
    contract_price: Decimal | None = Field(
        None, gt=0, max_digits=14, decimal_places=2, description="合同总价（元）"
    )
    home_count: int = Field(1, ge=1, le=20, description="本套为家庭第几套住房（计算契税）")
    applicant_id_number: str | None = Field(
        None, min_length=15, max_length=18, description="申请人身份证号（预审时与实名信息核对）"
    )


class ApplicationUpdate(Input):
    """Only the fields given change; `null` clears an optional one."""

    contract_price: Decimal | None = Field(
        None, gt=0, max_digits=14, decimal_places=2, description="合同总价（元）"
    )
    home_count: int = Field(1, ge=1, le=20, description="本套为家庭第几套住房（计算契税）")
    applicant_id_number: str | None = Field(
        None, min_length=15, max_length=18, description="申请人身份证号（预审时与实名信息核对）"
    )


class FeePreviewQuery(CheckedText):
    house_id: str = Field(min_length=36, max_length=36, description="我的房屋")
    type: ApplicationKind = Field(ApplicationKind.transfer_registration, description="申请类型")
    contract_price: Decimal | None = Field(
        None, gt=0, max_digits=14, decimal_places=2, description="合同总价（元），不填则不估算契税"
    )
    home_count: int = Field(1, ge=1, le=20, description="本套为家庭第几套住房")


class HouseBrief(BaseModel):
    id: str
    community_name: str
    address: str
    building: str
    unit: str
    room: str


class AreaPublic(BaseModel):
    error_ratio: str = Field(description="面积误差比（%）")
    needs_settlement: bool
    confirmed_at: Instant | None = None


class MaterialPublic(BaseModel):
    code: str
    name: str
    core: bool
    commitment_allowed: bool
    state: str
    state_label: str
    deferred_until: str | None = None
    provided_at: Instant | None = Field(None, description="最近一次提交（上传或签署承诺书）的时间")


class StepPublic(BaseModel):
    id: str
    kind: str
    label: str
    organisation: str | None = None
    status: str
    status_label: str
    started_at: Instant | None = None
    due_at: Instant | None = None
    finished_at: Instant | None = None
    opinion: str = ""


class Phase(BaseModel):
    key: str
    label: str
    state: Literal["done", "active", "waiting", "returned", "stopped"]
    actor: str
    started_at: Instant | None = None
    finished_at: Instant | None = None
    due_at: Instant | None = None


class ProblemItem(Input):
    requirement_code: str | None = Field(None, description="材料项")
    problem: str = Field(description="问题")


class EventPublic(BaseModel):
    at: Instant
    action: str
    label: str
    note: str
    items: list[ProblemItem]


class NextAction(BaseModel):
    code: str
    label: str
    requirement_code: str | None = None
    due_date: str | None = None
    resolved: bool | None = Field(
        None, description="补正项：补正通知之后该材料已重新提交（上传或签署承诺书）"
    )


class DeclaredPublic(BaseModel):
    """What the applicant declared on the form (editable in a draft or 补正: PATCH)."""

    contract_price: str | None = Field(None, description="合同总价（元）")
    home_count: int = Field(description="本套为家庭第几套住房")
    applicant_id_number_given: bool = Field(description="是否已填写申请人身份证号（不回显）")


class ApplicationDetail(BaseModel):
    id: str
    number: str = Field(description="受理编号")
    kind: str
    kind_label: str
    status: str
    status_label: str
    house: HouseBrief
    declared: DeclaredPublic
    created_at: Instant
    submitted_at: Instant | None = None
    accepted_at: Instant | None = None
    due_at: Instant | None = None
    expected_completion_date: str | None = None
    area: AreaPublic | None = None
    materials: list[MaterialPublic]
    steps: list[StepPublic]
    timeline: list[Phase]
    events: list[EventPublic]
    next_actions: list[NextAction]


class ApplicationSummary(BaseModel):
    id: str
    number: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    community_name: str
    house_label: str
    created_at: Instant
    due_at: Instant | None = None


class ApplicationFilters(Input):
    """Filters of the application list; an unknown one answers 422, never silently nothing."""

    status: Status | None = Field(None, description="办理状态")
    type: ApplicationKind | None = Field(None, description="申请类型")
    community_id: UUID | None = Field(None, description="小区")
    number: str | None = Field(None, min_length=1, max_length=24, description="受理编号")
    owner_name: str | None = Field(
        None, min_length=1, max_length=50, description="申请人姓名（精确匹配，工作人员）"
    )
    owner_phone: str | None = Field(
        None, pattern=r"^1\d{10}$", description="申请人手机号（精确匹配，工作人员）"
    )


class ApplicationPage(BaseModel):
    items: list[ApplicationSummary]
    page: int
    size: int
    total: int


class CommitmentCreate(Input):
    requirement_code: str = Field(min_length=1, max_length=40, description="材料项")


class Ticket(BaseModel):
    ticket: str
    state: Literal["queued", "processing", "done", "failed"]
    position: int | None = Field(None, description="前面还有几件（0 表示下一个）")
    estimated_wait_seconds: int | None = Field(
        None, description="预计多少秒后开始处理（排队中时给出，按声明的处理速度估算）"
    )
    application_id: str
    application_status: str


class DeferralIn(Input):
    requirement_code: str = Field(min_length=1, max_length=40, description="容缺材料")
    due_date: date = Field(description="补交期限")


class AcceptRequest(Input):
    deferred: list[DeferralIn] = Field(
        default_factory=list, max_length=8, description="容缺受理的材料"
    )


class SupplementRequest(Input):
    items: list[ProblemItem] = Field(min_length=1, max_length=20, description="一次性告知全部问题")


class ReturnRequest(Input):
    reasons: list[str] = Field(min_length=1, max_length=20, description="退件原因")


class RejectRequest(Input):
    reason: str = Field(min_length=1, max_length=500, description="不予登记理由")


class StepDecision(Input):
    opinion: str = Field("", max_length=500)


class StepRejection(Input):
    opinion: str = Field(min_length=1, max_length=500, description="审批意见")


class FeeLinePublic(BaseModel):
    code: str
    name: str
    amount: str = Field(description="金额（元）")
    basis: str = Field(description="计算依据")


class AreaSettlementPublic(BaseModel):
    contract_area: str
    measured_area: str
    ratio: str
    within_tolerance: bool
    owner_pays: str
    developer_bears: str
    refund_to_owner: str
    lines: list[str]


class FeesPublic(BaseModel):
    lines: list[FeeLinePublic]
    total: str
    area_settlement: AreaSettlementPublic | None = None


class SlaClock(BaseModel):
    limit_workdays: int = Field(description="适用的办理时限（法定工作日）")
    used_workdays: float = Field(description="已用工作日（按办公时间计）")
    percent: int = Field(description="已用时限百分比；80 起预警，100 起超时")
    level: Literal["warning", "overdue"] | None = None


class WorkItem(BaseModel):
    application_id: str
    number: str
    status: str
    status_label: str
    community_name: str
    house_label: str
    task: str
    task_label: str
    step_id: str | None = None
    step_label: str | None = None
    warning: Literal["warning", "overdue"] | None = None
    due_at: Instant | None = None
    sla: SlaClock | None = None


class WorkQueue(BaseModel):
    items: list[WorkItem]
    page: int
    size: int
    total: int


class BatchRequest(Input):
    type: ApplicationKind
    house_ids: list[str] = Field(min_length=1, max_length=BATCH_MAX_HOUSES, description="房屋")


class BatchResult(BaseModel):
    house_id: str
    outcome: Literal["created", "exists", "not_found", "no_owner"] = Field(
        description="created 已创建；exists 已有办理中的申请；not_found 本小区没有这套房屋；"
        "no_owner 档案中没有登记业主，未创建"
    )
    application_id: str | None = None
    message: str


class BatchResponse(BaseModel):
    created: int
    existing: int
    failed: int = Field(description="未创建的房屋数（不存在或没有登记业主），原因见 results")
    results: list[BatchResult]


class RequirementUpdate(Input):
    name: str | None = Field(None, min_length=1, max_length=60)
    description: str | None = Field(None, max_length=300)
    core: bool | None = None
    commitment_allowed: bool | None = None
    formats: list[Literal["jpeg", "png", "pdf", "mp4", "mov"]] | None = Field(None, min_length=1)


class PostCheckDone(Input):
    outcome: str = Field(min_length=1, max_length=500, description="核查结果")


class PostCheckPublic(BaseModel):
    id: str
    application_id: str
    requirement_code: str
    done_at: Instant | None = None
    outcome: str
