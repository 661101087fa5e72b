"""Statistics for supervisors (requirement 16): JSON for charts and CSV/XLSX exports, each
scoped to the viewer's organisation (city ⊃ district ⊃ street)."""

from __future__ import annotations

from pydantic import BaseModel, Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from banzheng.accounts.models import User
from banzheng.common.errors import NotFound
from banzheng.common.http import endpoint, parse_query, query_parameters, respond
from banzheng.materials import prereview
from banzheng.security.permissions import staff_scope
from banzheng.security.roles import Role
from banzheng.stats import reports, service
from banzheng.stats.schemas import (
    CertificateRates,
    DisposalProgress,
    ExportQuery,
    GroupingQuery,
    OverdueRates,
    Overview,
    PeriodQuery,
    ProcessingTimes,
    Trend,
    TrendQuery,
)

bp = Blueprint("stats", url_prefix="/api/v1/stats")
TAG = "统计"
SUPERVISORS = {Role.supervisor, Role.admin}


def _scope(user: User) -> str:
    scope = staff_scope(user)
    if scope is None:  # a supervisor not attached to any organisation sees nothing
        raise NotFound("您的账号尚未关联机构，无法查看统计")
    return scope


def _period(query: PeriodQuery) -> service.Period:
    return service.Period(query.start, query.end)


class Agreement(BaseModel):
    decided: int = Field(description="窗口人员已作出决定的预审结论数")
    agreed: int = Field(description="其中与窗口人员决定一致的数量")
    rate: float | None = Field(None, description="一致率（目标 ≥ 98%）；尚无数据时为空")


@bp.get("/prereview-accuracy")
@endpoint(
    summary="材料自动预审与窗口人员决定的一致率（辖区内）",
    roles={Role.supervisor, Role.admin, Role.clerk},
    response=Agreement,
    tag=TAG,
)
async def prereview_accuracy(request: Request, user: User) -> HTTPResponse:
    scope = staff_scope(user)
    if scope is None:
        return respond(Agreement(decided=0, agreed=0, rate=None))
    return respond(Agreement(**await prereview.agreement(scope_path=scope)))


@bp.get("/overview")
@endpoint(
    summary="总览：办证率、环节超时率、退件率、网办率、预审一致率",
    roles=SUPERVISORS,
    response=Overview,
    parameters=query_parameters(PeriodQuery),
    errors=(404, 422),
    tag=TAG,
)
async def overview(request: Request, user: User) -> HTTPResponse:
    query = parse_query(request, PeriodQuery)
    return respond(Overview(**await service.overview(scope=_scope(user), period=_period(query))))


@bp.get("/certificate-rate")
@endpoint(
    summary="办证率：按小区、街道、区或建成年代",
    roles=SUPERVISORS,
    response=CertificateRates,
    parameters=query_parameters(GroupingQuery),
    errors=(404, 422),
    tag=TAG,
)
async def certificate_rate(request: Request, user: User) -> HTTPResponse:
    query = parse_query(request, GroupingQuery)
    items = await service.certificate_rate(scope=_scope(user), by=query.by)
    return respond(CertificateRates(by=query.by, items=items))


@bp.get("/processing-time")
@endpoint(
    summary="办理用时（法定工作日）：中位数与 90 分位，按申请类型",
    roles=SUPERVISORS,
    response=ProcessingTimes,
    parameters=query_parameters(PeriodQuery),
    errors=(404, 422),
    tag=TAG,
)
async def processing_time(request: Request, user: User) -> HTTPResponse:
    query = parse_query(request, PeriodQuery)
    limit = request.app.ctx.settings.APPLICATION_WORKDAYS
    items = await service.processing_time(
        scope=_scope(user), period=_period(query), limit_workdays=limit
    )
    return respond(ProcessingTimes(limit_workdays=limit, items=items))


@bp.get("/overdue-rate")
@endpoint(
    summary="环节超时率：按审批环节与部门",
    roles=SUPERVISORS,
    response=OverdueRates,
    parameters=query_parameters(PeriodQuery),
    errors=(404, 422),
    tag=TAG,
)
async def overdue_rate(request: Request, user: User) -> HTTPResponse:
    query = parse_query(request, PeriodQuery)
    items = await service.overdue_rate(scope=_scope(user), period=_period(query))
    return respond(OverdueRates(target=service.OVERDUE_RATE_TARGET, items=items))


@bp.get("/disposal-progress")
@endpoint(
    summary="历史遗留问题小区的处置方案进度（一小区一方案）",
    roles=SUPERVISORS,
    response=DisposalProgress,
    errors=(404,),
    tag=TAG,
)
async def disposal_progress(request: Request, user: User) -> HTTPResponse:
    return respond(DisposalProgress(items=await service.disposal_progress(scope=_scope(user))))


@bp.get("/trend")
@endpoint(
    summary="办证率走势（每晚快照）",
    roles=SUPERVISORS,
    response=Trend,
    parameters=query_parameters(TrendQuery),
    errors=(404, 422),
    tag=TAG,
)
async def trend(request: Request, user: User) -> HTTPResponse:
    query = parse_query(request, TrendQuery)
    return respond(Trend(items=await service.trend(scope=_scope(user), days=query.days)))


@bp.get("/export")
@endpoint(
    summary="导出统计报表（CSV 或 XLSX，流式下载）",
    roles=SUPERVISORS,
    parameters=query_parameters(ExportQuery),
    errors=(404, 422),
    tag=TAG,
)
async def export(request: Request, user: User) -> HTTPResponse:
    query = parse_query(request, ExportQuery)
    return await reports.stream_report(
        request,
        query,
        scope=_scope(user),
        limit_workdays=request.app.ctx.settings.APPLICATION_WORKDAYS,
    )
