from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, empty

from banzheng.accounts import flows, service
from banzheng.accounts.models import User
from banzheng.accounts.schemas import (
    AccountDeletion,
    ConsentGrant,
    ConsentPublic,
    DeletionReport,
    DevLogin,
    MePublic,
    PhoneBinding,
    RefreshRequest,
    StaffLogin,
    TokenPair,
    WeChatLogin,
)
from banzheng.common.context import current_origin
from banzheng.common.http import PUBLIC, endpoint, respond
from banzheng.common.ratelimit import client_source
from banzheng.security import rates
from banzheng.security.lockout import LoginGate
from banzheng.security.roles import Role
from banzheng.security.sessions import revoke_user_sessions

bp = Blueprint("accounts", url_prefix="/api/v1")
TAG = "账号与登录"


@bp.post("/auth/wechat")
@endpoint(
    summary="微信登录（wx.login code 换取令牌）",
    roles=PUBLIC,
    body=WeChatLogin,
    response=TokenPair,
    errors=(403, 429, 502, 503),
    tag=TAG,
    rate_limits=(rates.OWNER_LOGIN_PER_SOURCE,),
)
async def wechat_login(request: Request, body: WeChatLogin) -> HTTPResponse:
    ctx = request.app.ctx
    pair = await service.login_wechat(
        code=body.code, wechat=ctx.wechat, cipher=ctx.cipher, tokens=ctx.tokens
    )
    return respond(TokenPair(**pair))


@bp.post("/auth/dev-login")
@endpoint(
    summary="演示登录（仅内置演示环境）",
    roles=PUBLIC,
    body=DevLogin,
    response=TokenPair,
    errors=(401, 403),
    tag=TAG,
    rate_limits=(rates.DEV_LOGIN_PER_SOURCE,),
)
async def dev_login(request: Request, body: DevLogin) -> HTTPResponse:
    ctx = request.app.ctx
    pair = await service.login_dev(
        login=body.login, enabled=ctx.settings.dev_login_enabled, tokens=ctx.tokens
    )
    return respond(TokenPair(**pair))


@bp.post("/auth/staff-login")
@endpoint(
    summary="工作人员账号密码登录",
    roles=PUBLIC,
    body=StaffLogin,
    response=TokenPair,
    errors=(401, 423),
    tag=TAG,
    rate_limits=(rates.STAFF_LOGIN_PER_SOURCE, rates.STAFF_LOGIN_PER_SOURCE_DAILY),
)
async def staff_login(request: Request, body: StaffLogin) -> HTTPResponse:
    ctx = request.app.ctx
    pair = await service.login_staff(
        username=body.username,
        password=body.password,
        tokens=ctx.tokens,
        gate=LoginGate.from_settings(ctx.redis, ctx.settings),
        source=client_source(current_origin.get().ip),
    )
    return respond(TokenPair(**pair))


@bp.post("/auth/refresh")
@endpoint(
    summary="刷新令牌（轮换，旧令牌重复使用将注销整个会话）",
    roles=PUBLIC,
    body=RefreshRequest,
    response=TokenPair,
    errors=(401,),
    tag=TAG,
    rate_limits=(rates.REFRESH_PER_SOURCE,),
)
async def refresh(request: Request, body: RefreshRequest) -> HTTPResponse:
    ctx = request.app.ctx
    pair = await service.refresh(
        refresh_token=body.refresh_token, tokens=ctx.tokens, limiter=ctx.ratelimiter
    )
    return respond(TokenPair(**pair))


@bp.post("/auth/logout")
@endpoint(summary="退出登录（注销本次登录的全部令牌）", status=204, tag=TAG)
async def logout(request: Request, user: User) -> HTTPResponse:
    await service.logout(
        user=user, family=request.ctx.token_claims["fam"], tokens=request.app.ctx.tokens
    )
    return empty()


@bp.get("/me")
@endpoint(summary="我的资料（个人信息已脱敏）", response=MePublic, tag=TAG)
async def me(request: Request, user: User) -> HTTPResponse:
    return respond(MePublic(**service.profile(user, cipher=request.app.ctx.cipher)))


@bp.post("/me/phone")
@endpoint(
    summary="绑定手机号（微信手机号快速验证组件返回的 code）",
    roles={Role.owner},
    body=PhoneBinding,
    response=MePublic,
    errors=(429, 502, 503),
    tag=TAG,
)
async def bind_phone(request: Request, user: User, body: PhoneBinding) -> HTTPResponse:
    ctx = request.app.ctx
    await service.bind_phone(
        user=user, code=body.code, wechat=ctx.wechat, cipher=ctx.cipher, redis=ctx.redis
    )
    return respond(MePublic(**service.profile(user, cipher=ctx.cipher)))


# --- personal data: consent, withdrawal, deletion (《个人信息保护法》第十四、十五、四十七条) --------


@bp.get("/me/privacy-consent")
@endpoint(
    summary="我对《个人信息保护说明》的同意状态",
    roles={Role.owner},
    response=ConsentPublic,
    tag=TAG,
)
async def get_consent(request: Request, user: User) -> HTTPResponse:
    return respond(ConsentPublic(**service.consent_view(await service.current_consent(user))))


@bp.post("/me/privacy-consent")
@endpoint(
    summary="同意《个人信息保护说明》（记录版本）",
    roles={Role.owner},
    body=ConsentGrant,
    response=ConsentPublic,
    status=201,
    tag=TAG,
)
async def grant_consent(request: Request, user: User, body: ConsentGrant) -> HTTPResponse:
    consent = await service.grant_consent(user=user, notice_version=body.notice_version)
    return respond(ConsentPublic(**service.consent_view(consent)), status=201)


@bp.post("/me/privacy-consent/withdraw")
@endpoint(
    summary="撤回同意：删除手机号并退出本次登录；已提交的申请继续依法办理",
    roles={Role.owner},
    response=ConsentPublic,
    errors=(409,),
    tag=TAG,
)
async def withdraw_consent(request: Request, user: User) -> HTTPResponse:
    consent = await service.withdraw_consent(
        user=user, family=request.ctx.token_claims["fam"], tokens=request.app.ctx.tokens
    )
    return respond(ConsentPublic(**service.consent_view(consent)))


@bp.delete("/me")
@endpoint(
    summary="注销账号：删除个人信息，依法须保留的登记档案与审计日志断开身份后保留",
    roles={Role.owner},
    body=AccountDeletion,
    response=DeletionReport,
    errors=(409,),
    tag=TAG,
)
async def delete_account(request: Request, user: User, body: AccountDeletion) -> HTTPResponse:
    ctx = request.app.ctx
    report = await flows.delete_account(user=user, store=ctx.storage)
    # Committed: end every session of the account in every API process (their user caches are
    # keyed by this epoch), not only in this one.
    await revoke_user_sessions(ctx.redis, user.id, ttl=ctx.settings.REFRESH_TOKEN_TTL)
    return respond(DeletionReport(**report))
