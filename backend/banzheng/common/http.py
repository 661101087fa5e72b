"""The one decorator every route goes through: authentication, role check, body validation and
its OpenAPI description (request body, success schema, every error status it can answer).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from pydantic import BaseModel, ValidationError
from sanic import Request
from sanic.response import HTTPResponse, json
from sanic_ext import openapi
from sanic_ext.extensions.openapi.definitions import Component, Parameter, Response

from banzheng.accounts.models import User
from banzheng.common import validation
from banzheng.common.context import current_origin
from banzheng.common.errors import Forbidden, Unauthorized, ValidationFailed
from banzheng.common.ratelimit import By, Limit, client_source
from banzheng.security.roles import Role
from banzheng.security.tokens import InvalidToken

PUBLIC: frozenset[Role] = frozenset()
ANY_USER: frozenset[Role] = frozenset(Role)

ERROR_DESCRIPTIONS = {
    400: "请求有误",
    401: "未登录或登录已失效",
    403: "无权限",
    404: "不存在或不可见",
    405: "请求方式不对",
    409: "与当前状态冲突",
    410: "已过期",
    413: "内容过大",
    415: "内容类型不支持",
    422: "内容不符合要求",
    423: "账号已锁定",
    429: "请求过多，稍后再试",
    502: "上游服务出错",
    503: "服务暂不可用",
}


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: dict[str, Any] = {}


class ErrorBody(BaseModel):
    error: ErrorDetail


def respond(
    model: BaseModel, status: int = 200, headers: dict[str, str] | None = None
) -> HTTPResponse:
    return json(model.model_dump(mode="json"), status=status, headers=headers)


def invalid(exc: ValidationError, model: type[BaseModel] | None) -> ValidationFailed:
    """422 whose message, and each field's, the owner can read (common/validation.py); the
    field paths and pydantic's error types stay in `details` for the client."""
    found = validation.details(exc, model)
    return ValidationFailed(validation.summary(found) or None, details=found)


def parse_body(request: Request, model: type[BaseModel]) -> BaseModel:
    try:
        raw = request.body or b"{}"
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise invalid(exc, model) from None


def parse_query(
    request: Request, model: type[BaseModel], *, besides: Iterable[str] = ()
) -> BaseModel:
    """Query parameters validated like a body; the model should forbid unknown names, so a
    mistyped filter answers 422 instead of being silently ignored. `besides` are names read
    elsewhere (`page`, `size`)."""
    skipped = set(besides)
    given = {name: request.args.get(name) for name in request.args if name not in skipped}
    try:
        return model.model_validate(given)
    except ValidationError as exc:
        raise invalid(exc, model) from None


def query_parameters(model: type[BaseModel]) -> list[Parameter]:
    """The OpenAPI description of a query model's fields (one source for code and docs)."""
    parameters = []
    for name, field in model.model_fields.items():
        kind = field.annotation
        options = [a for a in getattr(kind, "__args__", ()) if a is not type(None)]
        if options:
            kind = options[0]
        parameters.append(
            Parameter(
                name, kind, "query", description=field.description, required=field.is_required()
            )
        )
    return parameters


async def authenticate(request: Request) -> User:
    """The caller behind the bearer token. One Redis round trip checks both revocations (the
    login's token family, the user's epoch: security/sessions.py); the user comes from the
    per-process cache while that epoch holds (accounts/cache.py), else from the database."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("请先登录", code="AUTH_REQUIRED")
    ctx = request.app.ctx
    try:
        claims = ctx.signer.verify(token.strip(), token_type="access")
    except InvalidToken:
        raise Unauthorized(code="TOKEN_INVALID") from None
    session = await ctx.families.check(family=claims["fam"], user_id=claims["sub"])
    if not session.family_active:
        raise Unauthorized(code="TOKEN_REVOKED")
    # Under a new epoch the cache reloads the user: a deleted or deactivated account is then
    # gone (TOKEN_INVALID); an active one whose sessions were revoked is refused below.
    user = await ctx.users.get(claims["sub"], epoch=session.epoch, revision=session.revision)
    if user is None:
        raise Unauthorized(code="TOKEN_INVALID")
    if not session.admits(claims):
        raise Unauthorized(code="TOKEN_REVOKED")
    request.ctx.token_claims = claims
    return user


def _response_doc(
    status: int, description: str, model: type[BaseModel] | None, *, html: bool = False
) -> Response:
    if html:  # a server-rendered page answers every outcome with a page
        return Response({"text/html": str}, status=status, description=description)
    content = {"application/json": Component(model)} if model is not None else None
    return Response(content, status=status, description=description)


def endpoint(
    *,
    summary: str,
    roles: Iterable[Role] = ANY_USER,
    body: type[BaseModel] | None = None,
    response: type[BaseModel] | None = None,
    status: int = 200,
    errors: Iterable[int] = (),
    tag: str | None = None,
    parameters: Iterable[Any] = (),
    rate_limits: Iterable[Limit] = (),
    html: bool = False,
    before_password_change: bool = False,
    always_admitted: bool = False,
) -> Callable:
    """Declare a route: who may call it, what it reads, what it answers, how often.

    `roles=PUBLIC` for unauthenticated routes. The handler receives `user` (when authenticated)
    and `body` (when a body model is declared) as keyword arguments. `rate_limits` are counted
    before anything else (per IP first, then per account once the caller is known).
    `html=True` for server-rendered pages: every answer, errors included, is documented as HTML.
    A staff account holding a temporary password (accounts/staff.py) is refused with 403
    `PASSWORD_CHANGE_REQUIRED` everywhere except routes declared `before_password_change=True`
    (its profile, the password change, enrolling an authenticator, logout).
    Every route is under the process's admission bound (common/admission.py: 503 SERVICE_BUSY
    when full) except `always_admitted=True` (liveness: a busy process is alive).
    """
    allowed = frozenset(roles)
    statuses = set(errors)
    if not always_admitted:
        statuses.add(503)
    if allowed:
        statuses |= {401, 403}
    if body is not None:
        statuses |= {400, 422}
    limits = tuple(rate_limits)
    if limits:
        statuses.add(429)

    def decorate(handler: Callable) -> Callable:
        scoped = tuple(
            Limit(lim.rate, lim.by, lim.scope or f"{handler.__name__}:{lim.by}") for lim in limits
        )

        @functools.wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            if always_admitted:
                return await guarded(request, *args, **kwargs)
            async with request.app.ctx.admission.admit():
                return await guarded(request, *args, **kwargs)

        async def guarded(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            limiter = request.app.ctx.ratelimiter
            client_ip = client_source(current_origin.get().ip)
            for limit in scoped:
                if limit.by is By.ip or not allowed:
                    await limiter.hit(limit, client_ip)
            if allowed:
                user = await authenticate(request)
                origin = current_origin.get()
                current_origin.set(
                    replace(origin, actor_id=str(user.id), actor_role=user.role.value)
                )
                if user.role not in allowed:
                    raise Forbidden()
                if user.must_change_password and not before_password_change:
                    raise Forbidden("请先修改临时密码", code="PASSWORD_CHANGE_REQUIRED")
                request.ctx.user = user
                kwargs["user"] = user
                for limit in scoped:
                    if limit.by is By.user:
                        await limiter.hit(limit, str(user.id))
            if body is not None:
                kwargs["body"] = parse_body(request, body)
            return await handler(request, *args, **kwargs)

        responses = [_response_doc(status, "成功", response, html=html)]
        responses += [
            _response_doc(code, ERROR_DESCRIPTIONS[code], ErrorBody, html=html)
            for code in sorted(statuses)
        ]
        documented = openapi.definition(
            operation=handler.__name__,
            summary=summary,
            tag=tag,
            body={"application/json": Component(body)} if body is not None else None,
            response=responses,
            secured={"bearer": []} if allowed else None,
            parameter=list(parameters) or None,
        )(wrapper)
        documented.guarded_by_endpoint = True  # checked by tests/test_routes.py
        documented.body_model = body  # every body refuses unknown fields (tests/test_validation.py)
        documented.allowed_roles = allowed  # read by the authorisation matrix test
        documented.rate_limits = scoped
        return documented

    return decorate
