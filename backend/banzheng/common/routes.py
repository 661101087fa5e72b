"""Liveness and readiness, for load balancers and `scripts/dev.sh`."""

from __future__ import annotations

from pydantic import BaseModel
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from banzheng import db
from banzheng.common.errors import ServiceUnavailable
from banzheng.common.http import PUBLIC, endpoint, respond
from banzheng.security import rates

bp = Blueprint("health")


class Health(BaseModel):
    status: str
    checks: dict[str, str] = {}


@bp.get("/healthz")
@endpoint(summary="进程存活检查", roles=PUBLIC, response=Health, tag="运维", always_admitted=True)
async def healthz(request: Request) -> HTTPResponse:
    return respond(Health(status="ok"))


@bp.get("/readyz")
@endpoint(
    summary="就绪检查（数据库与 Redis 可用）",
    roles=PUBLIC,
    response=Health,
    errors=(503,),
    tag="运维",
    rate_limits=(rates.PUBLIC_PROBE_PER_SOURCE,),
)
async def readyz(request: Request) -> HTTPResponse:
    checks = {}
    for name, probe in (("database", db.ping), ("redis", request.app.ctx.redis.ping)):
        try:
            await probe()
            checks[name] = "ok"
        except Exception as exc:  # any failure means "not ready"; the reason goes to the body
            checks[name] = type(exc).__name__
    if any(value != "ok" for value in checks.values()):
        raise ServiceUnavailable("服务尚未就绪", code="NOT_READY", details={"checks": checks})
    return respond(Health(status="ok", checks=checks))
