from __future__ import annotations

from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, empty

from banzheng.accounts.models import User
from banzheng.common.http import endpoint, respond
from banzheng.common.pagination import PAGE_PARAMETERS, page_params
from banzheng.ops import service
from banzheng.ops.schemas import DeadLetterPage, DeadLetterPublic, Requeued
from banzheng.security.roles import Role

bp = Blueprint("ops", url_prefix="/api/v1/admin")
TAG = "运维"
ADMIN = {Role.admin}


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
