"""create_app(settings) -> Sanic: the API process, with every domain's blueprint registered."""

from __future__ import annotations

import logging
import os
import re
import signal
import time
import uuid
from pathlib import Path

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sanic import Request, Sanic
from sanic.exceptions import RequestCancelled, SanicException
from sanic.response import HTTPResponse, json

from banzheng import db, metrics, queue, redisdb
from banzheng.accounts.cache import UserCache, watch_changes
from banzheng.accounts.routes import bp as accounts_bp
from banzheng.applications import workflow
from banzheng.applications.routes import bp as applications_bp
from banzheng.certificates import service as certificate_service
from banzheng.certificates.routes import bp as certificates_bp
from banzheng.certificates.routes import h5 as certificates_h5
from banzheng.common import cpu, docs, logs, pathparams
from banzheng.common.admission import Admission
from banzheng.common.context import Origin, current_origin
from banzheng.common.errors import ApiError, ServiceBusy
from banzheng.common.ratelimit import RateLimiter
from banzheng.common.routes import bp as health_bp
from banzheng.communities.routes import bp as communities_bp
from banzheng.console.intake import bp as console_intake_bp
from banzheng.console.render import TEMPLATES as CONSOLE_TEMPLATES
from banzheng.console.routes import bp as console_bp
from banzheng.console.second_factor import bp as console_second_factor_bp
from banzheng.feedback.routes import bp as feedback_bp
from banzheng.feedback.routes import h5 as feedback_h5
from banzheng.identity.providers import make_provider
from banzheng.identity.routes import bp as identity_bp
from banzheng.materials.routes import bp as materials_bp
from banzheng.notifications import config as notify_config
from banzheng.notifications import service as notify_service
from banzheng.notifications.routes import bp as notifications_bp
from banzheng.ops.routes import bp as ops_bp
from banzheng.ops.routes import metrics_bp
from banzheng.security.fieldcrypt import DecryptionError, FieldCipher
from banzheng.security.sessions import TokenFamilies, TokenService
from banzheng.security.tokens import TokenSigner
from banzheng.settings import Env, Settings, load_settings
from banzheng.signatures.keys import load_keyring
from banzheng.signatures.routes import bp as signatures_bp
from banzheng.signatures.sealing import make_timestamper
from banzheng.stats.routes import bp as stats_bp
from banzheng.storage.factory import make_storage
from banzheng.transparency import checkpoint as tlog_checkpoint
from banzheng.transparency import service as transparency
from banzheng.transparency.routes import bp as transparency_bp
from banzheng.wechat import make_wechat

log = logging.getLogger("banzheng.http")
FEEDBACK_TEMPLATES = Path(__file__).parent / "feedback" / "templates"
CERTIFICATE_TEMPLATES = Path(__file__).parent / "certificates" / "templates"
BLUEPRINTS = (
    health_bp,
    docs.bp,
    accounts_bp,
    communities_bp,
    applications_bp,
    materials_bp,
    notifications_bp,
    feedback_bp,
    feedback_h5,
    identity_bp,
    signatures_bp,
    ops_bp,
    metrics_bp,
    stats_bp,
    certificates_bp,
    certificates_h5,
    transparency_bp,
    console_bp,
    console_second_factor_bp,
    console_intake_bp,
)
# Under Sanic's worker manager (API_WORKERS > 1) the manager's pid, set by `banzheng serve`: each
# worker ends with it. A manager killed outright (a supervisor's SIGKILL, the OOM killer) cannot
# stop its workers, which then kept serving the port with nobody to restart or stop them.
MANAGER_PID_ENV = "BANZHENG_API_MANAGER_PID"


def _end_with_the_manager(app: Sanic) -> None:
    cpu.end_with_parent(int(os.environ[MANAGER_PID_ENV]), signal.SIGTERM)


_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

# Sanic's own exceptions (unknown route, wrong method, body too large…) in our shape.
_SANIC_ERRORS = {
    400: ("BAD_REQUEST", "请求格式有误"),
    404: ("NOT_FOUND", "未找到相关内容"),
    405: ("METHOD_NOT_ALLOWED", "不支持该请求方式"),
    408: ("REQUEST_TIMEOUT", "请求超时，请检查网络后重试"),
    413: ("PAYLOAD_TOO_LARGE", "提交的内容过大"),
    416: ("RANGE_NOT_SATISFIABLE", "请求的范围无效"),
}


def create_app(settings: Settings | None = None) -> Sanic:
    settings = settings or load_settings()
    logs.configure(settings.LOG_LEVEL)
    app = Sanic("banzheng", configure_logging=False)
    app.config.update(
        {
            "ACCESS_LOG": False,  # we log requests ourselves, redacted, as JSON
            "FALLBACK_ERROR_FORMAT": "json",
            "OAS_URL_PREFIX": "/docs",
            "OAS_UI_DEFAULT": "swagger",
            "OAS_PATH_TO_SWAGGER_HTML": str(docs.PAGE),  # assets served locally, not a CDN
            "OAS_UI_SWAGGER_HTML_TITLE": "小区办证 API",
            "OAS": settings.ENV is not Env.production,
            "OAS_AUTODOC": False,
            "CORS": False,  # the mini-program is not a browser; our H5 pages are same-origin
            "HTTP_AUTO_OPTIONS": False,  # no CORS preflight to answer; OPTIONS is 405 like others
            "HTTP_AUTO_HEAD": False,  # HEAD only where we declare it (the tus upload offset)
            "OAS_IGNORE_HEAD": False,  # …and then it belongs in the OpenAPI document
            "PROXIES_COUNT": settings.TRUSTED_PROXIES,  # client IP for the audit log
            # Server-rendered pages (Jinja2 through sanic-ext): one folder per domain.
            "TEMPLATING_PATH_TO_TEMPLATES": [
                str(FEEDBACK_TEMPLATES),
                str(CERTIFICATE_TEMPLATES),
                str(CONSOLE_TEMPLATES),
            ],
        }
    )
    app.ctx.settings = settings
    app.ctx.proxy_networks = settings.proxy_networks if settings.TRUSTED_PROXIES else ()
    app.ext.openapi.describe(
        "小区办证 API", version="1.0.0", description="Banzheng — 小区办证服务接口"
    )
    app.ext.openapi.add_security_scheme("bearer", "http", scheme="bearer", bearer_format="JWT")
    pathparams.register(app)  # before the routes that use its formats
    for bp in BLUEPRINTS:
        app.blueprint(bp)
    if os.environ.get(MANAGER_PID_ENV) and os.environ.get("SANIC_WORKER_NAME"):
        app.before_server_start(_end_with_the_manager)
    app.before_server_start(open_resources)
    app.after_server_stop(close_resources)
    app.on_request(_start_request, priority=100)
    app.on_response(_finish_request)
    app.error_handler.add(ApiError, _api_error)
    app.error_handler.add(DecryptionError, _sealed_value_refused)
    app.error_handler.add(RedisConnectionError, _redis_unavailable)
    app.error_handler.add(RedisTimeoutError, _redis_unavailable)
    app.error_handler.add(RequestCancelled, _client_aborted)
    app.error_handler.add(SanicException, _sanic_error)
    app.error_handler.add(Exception, _unexpected_error)
    return app


async def open_resources(app: Sanic, *_: object) -> None:
    """Connect to the database and Redis and build the per-process services.

    Skipped when the caller attached them already (tests, the OpenAPI export).
    """
    if hasattr(app.ctx, "redis"):
        return
    app.ctx.owns_resources = True
    settings: Settings = app.ctx.settings
    await db.open_database(settings)
    url, app.ctx.redis_server = redisdb.resolve_url(settings)
    attach_services(app, redisdb.connect(url))


def attach_services(app: Sanic, redis) -> None:
    settings: Settings = app.ctx.settings
    app.ctx.redis = redis
    app.ctx.queue = queue.make_queue(redis, replica_acks=settings.REDIS_REPLICA_ACKS)
    workflow.load_handlers()
    workflow.dispatcher.bind(app.ctx.queue)  # after-commit event handlers are queued here
    notify_config.configure(notify_config.from_settings(settings))
    notify_service.bind(app.ctx.queue)
    certificate_service.configure(
        prefix=settings.CERTIFICATE_NUMBER_PREFIX, region=settings.CERTIFICATE_REGION
    )
    app.ctx.ratelimiter = RateLimiter(redis)
    app.ctx.admission = Admission(settings.API_MAX_IN_FLIGHT, settings.API_MAX_WORKING)
    app.ctx.storage = make_storage(settings)
    app.ctx.cipher = FieldCipher(settings.FIELD_KEYS, settings.LOOKUP_HMAC_KEY.encode())
    app.ctx.signer = TokenSigner(
        settings.SECRET_KEY.encode(), settings.JWT_ISSUER, settings.JWT_AUDIENCE
    )
    app.ctx.families = TokenFamilies(
        redis,
        settings.REFRESH_TOKEN_TTL,
        max_age=settings.SESSION_MAX_AGE,
        grace=settings.REFRESH_GRACE_SECONDS,
    )
    app.ctx.users = UserCache()
    watch_changes(redis)  # a saved account change reaches every process's cache
    app.ctx.tokens = TokenService(
        signer=app.ctx.signer,
        families=app.ctx.families,
        access_ttl=settings.ACCESS_TOKEN_TTL,
        refresh_ttl=settings.REFRESH_TOKEN_TTL,
        on_login=lambda user, epoch, revision: app.ctx.users.remember(
            user, epoch=epoch, revision=revision
        ),
    )
    app.ctx.identity_provider = make_provider(settings)
    app.ctx.keyring = load_keyring(settings)  # production refuses development keys here
    app.ctx.timestamper = make_timestamper(settings.SIGNING_TSA_URL, settings.SIGNING_TSA_TIMEOUT)
    app.ctx.wechat = make_wechat(settings)
    transparency.configure(  # production refuses a development log key here
        tlog_checkpoint.load_log_key(settings), tlog_checkpoint.checkpoint_store(settings)
    )


async def close_resources(app: Sanic, *_: object) -> None:
    if not getattr(app.ctx, "owns_resources", False):
        return
    await app.ctx.storage.close()
    await app.ctx.wechat.aclose()
    await app.ctx.identity_provider.aclose()
    await app.ctx.redis.aclose()
    await db.close_database()


async def _start_request(request: Request) -> None:
    """Our own request id, always: the client's X-Request-ID (when well-formed) is kept only as
    a separate field of the logs and the audit log, so nobody can plant ids in them."""
    networks = request.app.ctx.proxy_networks
    if networks and not metrics.inside(request.ip, networks):
        # Not from one of our proxies: its X-Forwarded-For is whatever the caller wrote.
        # Ignored for the client address everywhere (audit, rate limits, login sources).
        request.parsed_forwarded = {}
    supplied = request.headers.get("x-request-id", "")
    request.ctx.request_id = uuid.uuid4().hex
    request.ctx.client_request_id = supplied if _REQUEST_ID.match(supplied) else None
    request.ctx.started = time.perf_counter()
    current_origin.set(
        Origin(
            request_id=request.ctx.request_id,
            ip=request.remote_addr or request.ip,
            client_request_id=request.ctx.client_request_id,
        )
    )


async def _finish_request(request: Request, response: HTTPResponse) -> None:
    request_id = getattr(request.ctx, "request_id", None) or uuid.uuid4().hex
    response.headers["X-Request-ID"] = request_id
    # Answers carry personal data (profiles, applications, houses…): no cache keeps them, not
    # the phone's, not a proxy's. A response that chose its own policy keeps it.
    if response.content_type and response.content_type.startswith("application/json"):
        response.headers.setdefault("Cache-Control", "no-store")
    started = getattr(request.ctx, "started", None)
    elapsed = time.perf_counter() - started if started else None
    route = request.route
    metrics.observe_request(
        request.method, f"/{route.path}" if route is not None else None, response.status, elapsed
    )
    log.info(
        "request",
        extra={
            "request_id": request_id,
            "client_request_id": getattr(request.ctx, "client_request_id", None),
            "method": request.method,
            "path": request.path,  # never the query string: it may carry a signed link
            "status": response.status,
            "ms": round(elapsed * 1000, 1) if elapsed is not None else None,
            "user": current_origin.get().actor_id,
        },
    )


def _error_response(error: ApiError) -> HTTPResponse:
    return json(error.body(), status=error.status, headers=error.headers)


async def _api_error(request: Request, exc: ApiError) -> HTTPResponse:
    return _error_response(exc)


async def _sanic_error(request: Request, exc: SanicException) -> HTTPResponse:
    status = getattr(exc, "status_code", 500) or 500
    if status >= 500:
        return await _unexpected_error(request, exc)
    code, message = _SANIC_ERRORS.get(status, ("BAD_REQUEST", "请求有误"))
    headers = dict(getattr(exc, "headers", {}) or {})
    return _error_response(ApiError(message, code=code, status=status, headers=headers))


async def _redis_unavailable(request: Request, exc: Exception) -> HTTPResponse:
    """Redis down or its pool exhausted under a peak: ask the phone to retry shortly."""
    log.warning("redis unavailable", extra={"error": type(exc).__name__})
    return _error_response(ServiceBusy())


# nginx's status for "the client closed the connection before the answer": nothing was sent,
# it only names the request in the log and the metrics.
CLIENT_CLOSED_REQUEST = 499


async def _client_aborted(request: Request, exc: BaseException) -> HTTPResponse:
    """The phone went away mid-request (a lift, a closed app): its abort, not our error. Sanic
    cancels the handler; the request is logged at INFO as 499 and no traceback is written."""
    return HTTPResponse(status=CLIENT_CLOSED_REQUEST)


async def _sealed_value_refused(request: Request, exc: DecryptionError) -> HTTPResponse:
    """An encrypted value that does not open in its cell: copied from another row or column,
    tampered with, its key dropped, or left unbound by the upgrade. Never shown; the log names
    the cell (table, row id, column), not the data, for the operator to investigate."""
    log.error(
        "encrypted value refused",
        extra={"request_id": getattr(request.ctx, "request_id", None), "reason": str(exc)},
    )
    return _error_response(
        ApiError(
            "个人信息校验未通过，暂时无法办理；请联系办证服务窗口",
            code="SEALED_DATA_REFUSED",
            status=500,
        )
    )


async def _unexpected_error(request: Request, exc: Exception) -> HTTPResponse:
    log.exception("unhandled error", extra={"request_id": getattr(request.ctx, "request_id", None)})
    return _error_response(
        ApiError(
            "服务器开小差了，请稍后再试；如多次出现请联系客服", code="INTERNAL_ERROR", status=500
        )
    )
