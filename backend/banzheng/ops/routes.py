from __future__ import annotations

from datetime import date
from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, empty, raw

from banzheng import metrics
from banzheng.accounts.models import User
from banzheng.common import audit, workdays
from banzheng.common.errors import Forbidden, NotFound, ValidationFailed
from banzheng.common.http import PUBLIC, endpoint, respond
from banzheng.common.pagination import PAGE_PARAMETERS, page_params
from banzheng.ops import flows, service
from banzheng.ops.schemas import (
    DeadLetterPage,
    DeadLetterPublic,
    Requeued,
    WorkdayOverrideIn,
    WorkdayOverridePublic,
    WorkdayYear,
)
from banzheng.security import rates
from banzheng.security.roles import Role

bp = Blueprint("ops", url_prefix="/api/v1/admin")
metrics_bp = Blueprint("metrics")
TAG = "运维"
ADMIN = {Role.admin}


@metrics_bp.get("/metrics")
@endpoint(
    summary="Prometheus 指标（仅限运维网络或持有指标令牌）",
    roles=PUBLIC,
    errors=(403,),
    rate_limits=(rates.METRICS_SCRAPE_PER_SOURCE,),
    tag=TAG,
)
async def prometheus_metrics(request: Request) -> HTTPResponse:
    """Text exposition format. Refused (403) unless the caller holds METRICS_TOKEN or calls
    from METRICS_ALLOWED_NETWORKS (both the peer and any forwarded address); see metrics.py."""
    ctx, settings = request.app.ctx, request.app.ctx.settings
    if not metrics.allowed(
        peer=request.ip,
        forwarded=request.remote_addr,
        authorization=request.headers.get("authorization", ""),
        token=settings.METRICS_TOKEN,
        networks=settings.metrics_networks,
    ):
        raise Forbidden("指标仅对运维监控开放", code="METRICS_FORBIDDEN")
    shared = await flows.shared_metrics(queue=ctx.queue, redis=ctx.redis)
    return raw(metrics.exposition(shared), content_type=metrics.CONTENT_TYPE)


@bp.get("/dead-letters")
@endpoint(
    summary="死信列表：重试用尽仍失败的后台任务（最新在前）",
    roles=ADMIN,
    response=DeadLetterPage,
    parameters=PAGE_PARAMETERS,
    errors=(422,),
    tag=TAG,
)
async def dead_letters(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    entries, total = await service.page(request.app.ctx.redis, page=page, size=size)
    items = [DeadLetterPublic(**vars(entry)) for entry in entries]
    return respond(DeadLetterPage(items=items, page=page, size=size, total=total))


@bp.post("/dead-letters/<entry_id:uuid>/requeue")
@endpoint(
    summary="死信重新排队（使用新任务键），并移出列表",
    roles=ADMIN,
    response=Requeued,
    status=202,
    errors=(404,),
    tag=TAG,
)
async def requeue_dead_letter(request: Request, user: User, entry_id: UUID) -> HTTPResponse:
    entry, key = await service.requeue(queue=request.app.ctx.queue, entry_id=str(entry_id))
    return respond(Requeued(dead_letter_id=entry.id, function=entry.function, job_key=key), 202)


@bp.delete("/dead-letters/<entry_id:uuid>")
@endpoint(summary="丢弃死信", roles=ADMIN, status=204, errors=(404,), tag=TAG)
async def discard_dead_letter(request: Request, user: User, entry_id: UUID) -> HTTPResponse:
    await service.discard(redis=request.app.ctx.redis, entry_id=str(entry_id))
    return empty()


def _override_view(row) -> WorkdayOverridePublic:
    return WorkdayOverridePublic(
        date=row.date.isoformat(), is_workday=row.is_workday, name=row.name
    )


def _parse_day(day: str) -> date:
    try:
        return date.fromisoformat(day)
    except ValueError:
        raise ValidationFailed("日期格式应为 YYYY-MM-DD", code="BAD_DATE") from None


@bp.get("/workdays/<year:year>")
@endpoint(summary="某年的工作日调整（节假日与调休）", roles=ADMIN, response=WorkdayYear, tag=TAG)
async def workday_year(request: Request, user: User, year: int) -> HTTPResponse:
    rows = await workdays.overrides(year)
    return respond(
        WorkdayYear(
            year=year,
            covered_by_package=workdays.package_covers(year),
            overrides=[_override_view(r) for r in rows],
        )
    )


@bp.put("/workdays/<day:isodate>")
@endpoint(
    summary="录入或更正一天的工作日安排（国务院办公厅节假日安排通知）",
    roles=ADMIN,
    body=WorkdayOverrideIn,
    response=WorkdayOverridePublic,
    tag=TAG,
)
async def set_workday(
    request: Request, user: User, day: str, body: WorkdayOverrideIn
) -> HTTPResponse:
    row = await workdays.set_override(
        day=_parse_day(day), is_workday=body.is_workday, name=body.name
    )
    await audit.record(
        "workday.set",
        object_type="workday",
        object_id=day,
        details={"is_workday": body.is_workday, "name": body.name},
    )
    return respond(_override_view(row))


@bp.delete("/workdays/<day:isodate>")
@endpoint(summary="删除一天的工作日调整", roles=ADMIN, status=204, errors=(404, 422), tag=TAG)
async def remove_workday(request: Request, user: User, day: str) -> HTTPResponse:
    if not await workdays.remove_override(_parse_day(day)):
        raise NotFound("这一天没有调整记录")
    await audit.record("workday.removed", object_type="workday", object_id=day)
    return empty()
