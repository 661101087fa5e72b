from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, empty

from banzheng.accounts import datareads, flows, mfa, service, staff
from banzheng.accounts.models import User
from banzheng.accounts.schemas import (
    AccountDeletion,
    ConsentGrant,
    ConsentPublic,
    DataReadPage,
    DataReadPublic,
    DeletionReport,
    DevLogin,
    MePublic,
    MfaCode,
    MfaConfirm,
    MfaEnrolmentPublic,
    MfaStepToken,
    MfaTokenPair,
    PasswordChange,
    PhoneBinding,
    RecoveryCodesPublic,
    RefreshRequest,
    StaffCreate,
    StaffIssued,
    StaffLogin,
    StaffPage,
    StaffPublic,
    TokenPair,
    WeChatLogin,
)
from banzheng.common.context import current_origin
from banzheng.common.http import PUBLIC, endpoint, respond
from banzheng.common.pagination import PAGE_PARAMETERS, page_params
from banzheng.common.ratelimit import client_source
from banzheng.common.workdays import OFFICE_TZ
from banzheng.security import rates
from banzheng.security.lockout import LoginGate
from banzheng.security.roles import ROLE_LABELS, STAFF_ROLES, Role
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


def _gate(request: Request) -> LoginGate:
    return LoginGate.from_settings(request.app.ctx.redis, request.app.ctx.settings)


def _source() -> str:
    return client_source(current_origin.get().ip)


@bp.post("/auth/staff-login")
@endpoint(
    summary="工作人员账号密码登录（需第二因素时答 403 MFA_REQUIRED / MFA_ENROLMENT_REQUIRED 与 mfa_token）",
    roles=PUBLIC,
    body=StaffLogin,
    response=TokenPair,
    errors=(401, 403, 423),
    tag=TAG,
    rate_limits=(rates.STAFF_LOGIN_PER_SOURCE, rates.STAFF_LOGIN_PER_SOURCE_DAILY),
)
async def staff_login(request: Request, body: StaffLogin) -> HTTPResponse:
    ctx = request.app.ctx
    pair = await service.login_staff(
        username=body.username,
        password=body.password,
        tokens=ctx.tokens,
        gate=_gate(request),
        source=_source(),
        mfa_required=ctx.settings.staff_mfa_required,
    )
    return respond(TokenPair(**pair))


@bp.post("/auth/mfa")
@endpoint(
    summary="登录第二步：身份验证器验证码或恢复码（绑定中则以首个验证码确认绑定并返回恢复码）",
    roles=PUBLIC,
    body=MfaCode,
    response=MfaTokenPair,
    errors=(401, 409, 423),
    tag=TAG,
    rate_limits=(rates.MFA_STEP_PER_SOURCE,),
)
async def mfa_login(request: Request, body: MfaCode) -> HTTPResponse:
    ctx = request.app.ctx
    pair = await service.login_second_factor(
        mfa_token=body.mfa_token,
        code=body.code,
        tokens=ctx.tokens,
        gate=_gate(request),
        source=_source(),
        cipher=ctx.cipher,
        redis=ctx.redis,
    )
    return respond(MfaTokenPair(**pair))


@bp.post("/auth/mfa/enrolment")
@endpoint(
    summary="登录中绑定身份验证器：返回密钥与二维码（须已通过密码步骤）",
    roles=PUBLIC,
    body=MfaStepToken,
    response=MfaEnrolmentPublic,
    errors=(401, 409),
    tag=TAG,
    rate_limits=(rates.MFA_STEP_PER_SOURCE,),
)
async def mfa_login_enrolment(request: Request, body: MfaStepToken) -> HTTPResponse:
    ctx = request.app.ctx
    enrolment = await service.start_login_enrolment(
        mfa_token=body.mfa_token, tokens=ctx.tokens, cipher=ctx.cipher, redis=ctx.redis
    )
    return respond(MfaEnrolmentPublic(**vars(enrolment)))


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
@endpoint(
    summary="退出登录（注销本次登录的全部令牌）", status=204, tag=TAG, before_password_change=True
)
async def logout(request: Request, user: User) -> HTTPResponse:
    await service.logout(
        user=user, family=request.ctx.token_claims["fam"], tokens=request.app.ctx.tokens
    )
    return empty()


@bp.post("/auth/logout-all")
@endpoint(summary="退出所有设备上的登录（本账号的全部令牌立即失效）", status=204, tag=TAG)
async def logout_everywhere(request: Request, user: User) -> HTTPResponse:
    ctx = request.app.ctx
    await service.logout_everywhere(user=user, redis=ctx.redis, ttl=ctx.settings.SESSION_MAX_AGE)
    return empty()


@bp.get("/me")
@endpoint(
    summary="我的资料（个人信息已脱敏）", response=MePublic, tag=TAG, before_password_change=True
)
async def me(request: Request, user: User) -> HTTPResponse:
    if user.role is not Role.owner:  # the cached copy may predate an enrolment: read the row
        user = await mfa.of_record(user)
    return respond(MePublic(**service.profile(user, cipher=request.app.ctx.cipher)))


def iso(value) -> str:
    return value.astimezone(OFFICE_TZ).isoformat()


@bp.get("/me/data-access")
@endpoint(
    summary="谁查看过我的敏感个人信息（身份证、合同、核验录像等；个人信息保护法第四十五条）",
    roles={Role.owner},
    response=DataReadPage,
    parameters=PAGE_PARAMETERS,
    errors=(422,),
    tag=TAG,
)
async def my_data_access(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    rows, total = await datareads.reads_of(user, page=page, size=size)
    items = [
        DataReadPublic(
            at=row.at,
            reader_role=row.actor_role,
            reader_role_label=ROLE_LABELS.get(row.actor_role) if row.actor_role else None,
            organisation_name=row.organisation_name,
            action=row.action,
            action_label=datareads.ACTION_LABELS.get(row.action, row.action),
            object_type=row.object_type,
            what=row.what,
        )
        for row in rows
    ]
    return respond(DataReadPage(items=items, page=page, size=size, total=total))


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


# --- staff: own password and authenticator -------------------------------------------------------


@bp.post("/me/password")
@endpoint(
    summary="工作人员修改密码（其他登录全部失效，返回本设备的新令牌）",
    roles=STAFF_ROLES,
    body=PasswordChange,
    response=TokenPair,
    errors=(423,),
    tag=TAG,
    before_password_change=True,
)
async def change_password(request: Request, user: User, body: PasswordChange) -> HTTPResponse:
    ctx = request.app.ctx
    await staff.change_password(
        user=user,
        current_password=body.current_password,
        new_password=body.new_password,
        gate=_gate(request),
        source=_source(),
    )
    await revoke_user_sessions(ctx.redis, user.id, ttl=ctx.settings.REFRESH_TOKEN_TTL)
    return respond(TokenPair(**await ctx.tokens.login(user_id=str(user.id), role=user.role.value)))


@bp.post("/me/mfa/enrolment")
@endpoint(
    summary="绑定身份验证器：返回密钥与二维码（以首个验证码确认后生效）",
    roles=STAFF_ROLES,
    response=MfaEnrolmentPublic,
    errors=(409,),
    tag=TAG,
    before_password_change=True,
)
async def mfa_enrolment(request: Request, user: User) -> HTTPResponse:
    enrolment = await mfa.start_enrolment(user=user, cipher=request.app.ctx.cipher)
    return respond(MfaEnrolmentPublic(**vars(enrolment)))


@bp.post("/me/mfa/enrolment/confirm")
@endpoint(
    summary="确认绑定身份验证器：输入首个验证码，返回恢复码（仅此一次显示）",
    roles=STAFF_ROLES,
    body=MfaConfirm,
    response=RecoveryCodesPublic,
    errors=(409, 423),
    tag=TAG,
    before_password_change=True,
)
async def mfa_enrolment_confirm(request: Request, user: User, body: MfaConfirm) -> HTTPResponse:
    codes = await mfa.confirm_enrolment(
        user=user,
        code=body.code,
        cipher=request.app.ctx.cipher,
        gate=_gate(request),
        source=_source(),
    )
    return respond(RecoveryCodesPublic(recovery_codes=codes))


@bp.post("/me/mfa/recovery-codes")
@endpoint(
    summary="重新生成恢复码（旧恢复码作废；须输入当前验证码）",
    roles=STAFF_ROLES,
    body=MfaConfirm,
    response=RecoveryCodesPublic,
    errors=(409, 423),
    tag=TAG,
)
async def mfa_recovery_codes(request: Request, user: User, body: MfaConfirm) -> HTTPResponse:
    codes = await mfa.regenerate_recovery_codes(
        user=user,
        code=body.code,
        cipher=request.app.ctx.cipher,
        gate=_gate(request),
        source=_source(),
    )
    return respond(RecoveryCodesPublic(recovery_codes=codes))


# --- administrators: staff accounts (no provisioning by SQL) -------------------------------------

ADMIN = {Role.admin}
# One tag per blueprint: sanic-ext orders the document's tags by first use, and the order of
# routes within a blueprint is not stable between builds.
ADMIN_TAG = TAG


@bp.get("/admin/staff")
@endpoint(
    summary="工作人员账号列表",
    roles=ADMIN,
    response=StaffPage,
    parameters=PAGE_PARAMETERS,
    errors=(422,),
    tag=ADMIN_TAG,
)
async def staff_list(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    users, total = await staff.page(page=page, size=size)
    items = [StaffPublic(**staff.view(u)) for u in users]
    return respond(StaffPage(items=items, page=page, size=size, total=total))


def _issued(issued: staff.Issued) -> StaffIssued:
    return StaffIssued(
        staff=StaffPublic(**staff.view(issued.user)), temporary_password=issued.temporary_password
    )


@bp.post("/admin/staff")
@endpoint(
    summary="创建工作人员账号（返回临时密码，仅此一次显示；首次登录须修改）",
    roles=ADMIN,
    body=StaffCreate,
    response=StaffIssued,
    status=201,
    errors=(404, 409, 422),
    tag=ADMIN_TAG,
)
async def staff_create(request: Request, user: User, body: StaffCreate) -> HTTPResponse:
    issued = await staff.create(
        admin=user,
        username=body.username,
        display_name=body.display_name,
        role=body.role,
        organisation_id=body.organisation_id,
        company_id=body.company_id,
    )
    return respond(_issued(issued), status=201)


async def _set_active(request: Request, admin: User, staff_id, *, active: bool) -> HTTPResponse:
    ctx = request.app.ctx
    account = await staff.set_active(admin=admin, user_id=staff_id, active=active)
    if not active:  # committed: every session of the account ends at once
        await revoke_user_sessions(ctx.redis, account.id, ttl=ctx.settings.REFRESH_TOKEN_TTL)
    return respond(StaffPublic(**staff.view(account)))


@bp.post("/admin/staff/<staff_id:uuid>/disable")
@endpoint(
    summary="停用工作人员账号（其全部登录立即失效）",
    roles=ADMIN,
    response=StaffPublic,
    errors=(404, 409),
    tag=ADMIN_TAG,
)
async def staff_disable(request: Request, user: User, staff_id) -> HTTPResponse:
    return await _set_active(request, user, staff_id, active=False)


@bp.post("/admin/staff/<staff_id:uuid>/enable")
@endpoint(
    summary="启用工作人员账号",
    roles=ADMIN,
    response=StaffPublic,
    errors=(404,),
    tag=ADMIN_TAG,
)
async def staff_enable(request: Request, user: User, staff_id) -> HTTPResponse:
    return await _set_active(request, user, staff_id, active=True)


@bp.post("/admin/staff/<staff_id:uuid>/reset")
@endpoint(
    summary="重置工作人员账号：新临时密码，解除身份验证器与恢复码，全部登录失效",
    roles=ADMIN,
    response=StaffIssued,
    errors=(404,),
    tag=ADMIN_TAG,
)
async def staff_reset(request: Request, user: User, staff_id) -> HTTPResponse:
    ctx = request.app.ctx
    issued = await staff.reset(admin=user, user_id=staff_id)
    await revoke_user_sessions(ctx.redis, issued.user.id, ttl=ctx.settings.REFRESH_TOKEN_TTL)
    return respond(_issued(issued))
