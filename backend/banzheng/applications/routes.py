from __future__ import annotations

from urllib.parse import unquote
from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic_ext.extensions.openapi.definitions import Parameter

from banzheng.accounts.models import User
from banzheng.applications import (
    checklists,
    fees,
    flows,
    lifecycle,
    progress,
    progress_cache,
    queues,
    submission,
)
from banzheng.applications.labels import KIND_LABELS, STATUS_LABELS
from banzheng.applications.models import (
    Application,
    ApplicationKind,
    ApplicationType,
    MaterialRequirement,
)
from banzheng.applications.schemas import (
    AcceptRequest,
    ApplicationCreate,
    ApplicationDetail,
    ApplicationFilters,
    ApplicationPage,
    ApplicationTypeList,
    ApplicationUpdate,
    BatchRequest,
    BatchResponse,
    CommitmentCreate,
    FeePreviewQuery,
    FeesPublic,
    PostCheckDone,
    PostCheckPublic,
    RejectRequest,
    RequirementPublic,
    RequirementUpdate,
    ReturnRequest,
    StepDecision,
    StepRejection,
    SupplementRequest,
    Ticket,
    WorkQueue,
)
from banzheng.common.errors import NotFound, ValidationFailed
from banzheng.common.http import ANY_USER, endpoint, parse_query, query_parameters, respond
from banzheng.common.idempotency import IDEMPOTENCY_ERRORS, IDEMPOTENCY_PARAMETERS, idempotent
from banzheng.common.pagination import PAGE_PARAMETERS, page_params
from banzheng.communities.labels import house_label
from banzheng.security import rates
from banzheng.security.roles import ROLE_LABELS, STAFF_ROLES, Role
from banzheng.signatures import flows as signing
from banzheng.signatures.models import DocumentKind

bp = Blueprint("applications", url_prefix="/api/v1")
TAG = "办证申请"
OWNER = {Role.owner}
CLERK = {Role.clerk}
REVIEWER = {Role.department_reviewer}
READERS = {Role.owner, *STAFF_ROLES}


async def _detail(
    request: Request, application: Application, user: User, status: int = 200
) -> HTTPResponse:
    body = await progress.detail(
        application, viewer=user, limit_workdays=request.app.ctx.settings.APPLICATION_WORKDAYS
    )
    return respond(ApplicationDetail(**body), status=status)


async def _act(
    request: Request, user: User, application_id: UUID, action, **kwargs
) -> HTTPResponse:
    """Run one service action on the locked application (flows.act), answer the detail."""
    application = await flows.act(user, application_id, action, **kwargs)
    return await _detail(request, application, user)


@bp.get("/application-types")
@endpoint(summary="申请类型及材料清单", roles=ANY_USER, response=ApplicationTypeList, tag=TAG)
async def application_types(request: Request, user: User) -> HTTPResponse:
    types = await ApplicationType.all().order_by("code")
    requirements = await MaterialRequirement.all().order_by("position")
    items = [
        {
            "code": t.code,
            "name": t.name,
            "description": t.description,
            "steps": t.steps,
            "applicant_roles": t.applicant_roles or [],
            "applicants_label": "、".join(ROLE_LABELS[Role(r)] for r in t.applicant_roles or ()),
            "requirements": [
                {
                    "code": r.code,
                    "name": r.name,
                    "description": r.description,
                    "core": r.core,
                    "commitment_allowed": r.commitment_allowed,
                    "formats": r.formats,
                }
                for r in requirements
                if r.application_type_id == t.code
            ],
        }
        for t in types
    ]
    return respond(ApplicationTypeList(items=items))


@bp.post("/applications")
@endpoint(
    summary="创建办证申请（草稿）",
    roles={Role.owner, Role.clerk},
    body=ApplicationCreate,
    response=ApplicationDetail,
    status=201,
    errors=(404, 409),
    tag=TAG,
)
async def create_application(request: Request, user: User, body: ApplicationCreate) -> HTTPResponse:
    application = await lifecycle.create_draft(
        user=user,
        house_id=body.house_id,
        kind=body.type,
        contract_price=body.contract_price,
        home_count=body.home_count,
        declared_id_number=body.applicant_id_number,
        cipher=request.app.ctx.cipher,
    )
    return await _detail(request, application, user, status=201)


@bp.get("/applications")
@endpoint(
    summary="我的申请 / 辖区内的申请（可按状态、类型、小区、受理编号、申请人姓名或手机号筛选）",
    roles=READERS,
    response=ApplicationPage,
    parameters=[*PAGE_PARAMETERS, *query_parameters(ApplicationFilters)],
    errors=(422,),
    tag=TAG,
)
async def list_applications(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    filters = parse_query(request, ApplicationFilters, besides=("page", "size"))
    query = lifecycle.listed(user=user, filters=filters, cipher=request.app.ctx.cipher)
    total = await query.count()
    rows = (
        await query.order_by("-created_at")
        .offset((page - 1) * size)
        .limit(size)
        .select_related("house__building__community")
    )
    items = [
        {
            "id": str(a.id),
            "number": a.number,
            "kind": a.kind.value,
            "kind_label": KIND_LABELS[a.kind.value],
            "status": a.status.value,
            "status_label": STATUS_LABELS[a.status],
            "community_name": a.house.building.community.name,
            "house_label": house_label(a.house.building.number, a.house.unit, a.house.room),
            "created_at": a.created_at.isoformat(),
            "due_at": a.due_at.isoformat() if a.due_at else None,
        }
        for a in rows
    ]
    return respond(ApplicationPage(items=items, page=page, size=size, total=total))


@bp.get("/applications/<application_id:uuid>")
@endpoint(
    summary="申请详情：进度时间线、下一步、预计办结日期",
    roles=READERS,
    response=ApplicationDetail,
    errors=(404,),
    tag=TAG,
)
async def application_detail(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    ctx = request.app.ctx
    body = await progress_cache.detail_json(
        user=user,
        application_id=application_id,
        limit_workdays=ctx.settings.APPLICATION_WORKDAYS,
        redis=ctx.redis,
    )
    return HTTPResponse(body, content_type="application/json")


@bp.patch("/applications/<application_id:uuid>")
@endpoint(
    summary="修改申请信息（草稿或待补正时：合同总价、家庭第几套住房、申请人身份证号）",
    roles={Role.owner, Role.clerk},
    body=ApplicationUpdate,
    response=ApplicationDetail,
    errors=(404, 409),
    tag=TAG,
)
async def update_application(
    request: Request, user: User, application_id: UUID, body: ApplicationUpdate
) -> HTTPResponse:
    changes = body.model_dump(include=body.model_fields_set)
    if not changes:
        raise ValidationFailed("没有要修改的内容", code="NOTHING_TO_UPDATE")
    return await _act(
        request,
        user,
        application_id,
        lifecycle.update_declared,
        actor=user,
        changes=changes,
        cipher=request.app.ctx.cipher,
    )


@bp.post("/applications/<application_id:uuid>/commitments")
@endpoint(
    summary="签署告知承诺书代替某项材料（告知承诺制）",
    roles=OWNER,
    body=CommitmentCreate,
    response=ApplicationDetail,
    errors=(404, 409),
    tag=TAG,
)
async def sign_commitment(
    request: Request, user: User, application_id: UUID, body: CommitmentCreate
) -> HTTPResponse:
    response = await _act(
        request,
        user,
        application_id,
        checklists.commit_instead,
        code=body.requirement_code,
        actor=user,
    )
    # The letter itself is a signed PDF now: open it for signing (old clients keep this route).
    await _open_document(request, user, application_id, "commitment_letter", body.requirement_code)
    return response


@bp.post("/applications/<application_id:uuid>/submit")
@endpoint(
    summary="提交申请（排队预审，返回受理凭条）",
    roles={Role.owner, Role.clerk},
    response=Ticket,
    status=202,
    errors=(404, 409, 422, 429, *IDEMPOTENCY_ERRORS),
    parameters=IDEMPOTENCY_PARAMETERS,
    tag=TAG,
    rate_limits=(rates.SUBMIT_PER_USER,),
)
@idempotent()
async def submit(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    """Queue the submission; the job key makes a repeated tap the same job, `Idempotency-Key`
    makes it the same answer, and a full queue answers 429 with `Retry-After`."""
    ctx = request.app.ctx
    ticket = await submission.request_submission(
        user=user,
        application_id=application_id,
        queue=ctx.queue,
        max_depth=ctx.settings.QUEUE_MAX_DEPTH,
        drain_rate=ctx.settings.QUEUE_DRAIN_RATE,
    )
    return respond(ticket, status=202)


@bp.get("/tickets/<ticket:ticket>")
@endpoint(
    summary="查询提交凭条：排队中 / 处理中 / 已完成",
    roles=READERS,
    response=Ticket,
    errors=(404,),
    tag=TAG,
)
async def ticket_status(request: Request, user: User, ticket: str) -> HTTPResponse:
    ctx = request.app.ctx
    state = await submission.ticket_state(
        user=user,
        ticket=unquote(ticket),  # some clients percent-encode the ":" in ticket ids
        queue=ctx.queue,
        drain_rate=ctx.settings.QUEUE_DRAIN_RATE,
    )
    return respond(state)


@bp.post("/applications/<application_id:uuid>/withdraw")
@endpoint(summary="撤回申请", roles=OWNER, response=ApplicationDetail, errors=(404, 409), tag=TAG)
async def withdraw(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    return await _act(request, user, application_id, lifecycle.withdraw, owner=user)


@bp.post("/applications/<application_id:uuid>/area-confirmation")
@endpoint(
    summary="确认面积差异结算（误差超过 3%）",
    roles=OWNER,
    response=ApplicationDetail,
    errors=(404, 409),
    tag=TAG,
)
async def confirm_area(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    response = await _act(request, user, application_id, fees.confirm_area, owner=user)
    # Registration asks for the signed 面积差异确认书, not this tap: open it for signing.
    await _open_document(request, user, application_id, "area_confirmation", None)
    return response


async def _open_document(
    request: Request, user: User, application_id: UUID, kind: str, requirement_code: str | None
) -> None:
    """Open (or find) the document the owner now has to sign; rendering happens after the
    application's transaction, so the PDF shows the state just recorded."""
    ctx = request.app.ctx
    await signing.open_for_application(
        application=await lifecycle.visible_application(user, application_id),
        kind=DocumentKind(kind),
        requester=user,
        store=ctx.storage,
        settings=ctx.settings,
        cipher=ctx.cipher,
        keyring=ctx.keyring,
        requirement_code=requirement_code,
    )


@bp.get("/applications/<application_id:uuid>/fees")
@endpoint(
    summary="应缴税费及计算依据（公开费用计算依据）",
    roles=READERS,
    response=FeesPublic,
    errors=(404,),
    tag=TAG,
)
async def application_fees(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    application = await lifecycle.visible_application(user, application_id)
    lines = await fees.fees(application=application, settings=request.app.ctx.settings)
    settlement = await fees.area_settlement(application)
    return _fees(lines, settlement)


@bp.get("/fees/preview")
@endpoint(
    summary="申请前估算应缴税费（公开费用计算依据）",
    roles=READERS,
    response=FeesPublic,
    parameters=[
        Parameter(name, str, "query", description=field.description or name)
        for name, field in FeePreviewQuery.model_fields.items()
    ],
    errors=(404, 422),
    tag=TAG,
)
async def fee_preview(request: Request, user: User) -> HTTPResponse:
    """What an owner would pay for a house, before a draft exists: the guide shows it."""
    query = parse_query(request, FeePreviewQuery)
    house = await lifecycle.visible_house(user, query.house_id)
    lines = fees.fee_lines(
        house=house,
        kind=query.type,
        contract_price=query.contract_price,
        home_count=query.home_count,
        settings=request.app.ctx.settings,
    )
    return _fees(lines, fees.house_settlement(house, query.contract_price))


def _fees(lines, settlement) -> HTTPResponse:
    return respond(
        FeesPublic(
            lines=[
                {"code": f.code, "name": f.name, "amount": str(f.amount), "basis": f.basis}
                for f in lines
            ],
            total=str(sum((f.amount for f in lines), start=0)),
            area_settlement={
                "contract_area": str(settlement.contract_area),
                "measured_area": str(settlement.measured_area),
                "ratio": str(settlement.ratio),
                "within_tolerance": settlement.within_tolerance,
                "owner_pays": str(settlement.owner_pays),
                "developer_bears": str(settlement.developer_bears),
                "refund_to_owner": str(settlement.refund_to_owner),
                "lines": list(settlement.lines),
            }
            if settlement
            else None,
        )
    )


# --- clerks ------------------------------------------------------------------------------------


@bp.post("/applications/<application_id:uuid>/accept")
@endpoint(
    summary="受理（可对非核心材料容缺受理）",
    roles=CLERK,
    body=AcceptRequest,
    response=ApplicationDetail,
    errors=(404, 409),
    tag=TAG,
)
async def accept(
    request: Request, user: User, application_id: UUID, body: AcceptRequest
) -> HTTPResponse:
    deferred = [lifecycle.Deferral(d.requirement_code, d.due_date) for d in body.deferred]
    return await _act(
        request,
        user,
        application_id,
        flows.accept,
        clerk=user,
        deferred=deferred,
        limit_workdays=request.app.ctx.settings.APPLICATION_WORKDAYS,
    )


@bp.post("/applications/<application_id:uuid>/supplement-request")
@endpoint(
    summary="要求补正（一次性告知全部问题）",
    roles={Role.clerk},
    body=SupplementRequest,
    response=ApplicationDetail,
    errors=(404, 409),
    tag=TAG,
)
async def supplement_request(
    request: Request, user: User, application_id: UUID, body: SupplementRequest
) -> HTTPResponse:
    items = [(i.requirement_code, i.problem) for i in body.items]
    return await _act(
        request, user, application_id, flows.request_supplement, actor=user, items=items
    )


@bp.post("/applications/<application_id:uuid>/return")
@endpoint(
    summary="退件（写明原因）",
    roles=CLERK,
    body=ReturnRequest,
    response=ApplicationDetail,
    errors=(404, 409),
    tag=TAG,
)
async def return_application(
    request: Request, user: User, application_id: UUID, body: ReturnRequest
) -> HTTPResponse:
    return await _act(
        request,
        user,
        application_id,
        lifecycle.return_application,
        clerk=user,
        reasons=body.reasons,
    )


@bp.post("/applications/<application_id:uuid>/reject")
@endpoint(
    summary="不予登记（写明理由）",
    roles=CLERK,
    body=RejectRequest,
    response=ApplicationDetail,
    errors=(404, 409),
    tag=TAG,
)
async def reject(
    request: Request, user: User, application_id: UUID, body: RejectRequest
) -> HTTPResponse:
    return await _act(
        request, user, application_id, lifecycle.reject, clerk=user, reason=body.reason
    )


@bp.post("/applications/<application_id:uuid>/issue-certificate")
@endpoint(summary="缮证", roles=CLERK, response=ApplicationDetail, errors=(404, 409), tag=TAG)
async def issue_certificate(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    return await _act(request, user, application_id, lifecycle.issue_certificate, clerk=user)


@bp.post("/applications/<application_id:uuid>/deliver")
@endpoint(summary="发证", roles=CLERK, response=ApplicationDetail, errors=(404, 409), tag=TAG)
async def deliver(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    return await _act(request, user, application_id, lifecycle.deliver, clerk=user)


@bp.post("/communities/<community_id:uuid>/batch-applications")
@endpoint(
    summary="批量受理：为小区内多套房屋一次创建申请（重试不会重复创建）",
    roles=CLERK,
    body=BatchRequest,
    response=BatchResponse,
    errors=(404,),
    tag=TAG,
)
async def batch_applications(
    request: Request, user: User, community_id: UUID, body: BatchRequest
) -> HTTPResponse:
    results = await lifecycle.batch_create(
        community_id=community_id, clerk=user, kind=body.type, house_ids=body.house_ids
    )
    counts = {o: sum(r["outcome"] == o for r in results) for o in ("created", "exists")}
    return respond(
        BatchResponse(
            created=counts["created"],
            existing=counts["exists"],
            failed=len(results) - counts["created"] - counts["exists"],
            results=results,
        )
    )


# --- department reviewers ------------------------------------------------------------------------


async def _decide(
    request: Request,
    user: User,
    application_id: UUID,
    step_id: UUID,
    *,
    approve: bool,
    opinion: str,
) -> HTTPResponse:
    ctx = request.app.ctx
    application = await flows.decide_step(
        reviewer=user,
        application_id=application_id,
        step_id=step_id,
        approve=approve,
        opinion=opinion,
        store=ctx.storage,
        keyring=ctx.keyring,
    )
    return await _detail(request, application, user)


@bp.post("/applications/<application_id:uuid>/steps/<step_id:uuid>/approve")
@endpoint(
    summary="部门审批通过（登记审核通过即登簿）",
    roles=REVIEWER,
    body=StepDecision,
    response=ApplicationDetail,
    errors=(404, 409),
    tag=TAG,
)
async def approve_step(
    request: Request, user: User, application_id: UUID, step_id: UUID, body: StepDecision
) -> HTTPResponse:
    return await _decide(request, user, application_id, step_id, approve=True, opinion=body.opinion)


@bp.post("/applications/<application_id:uuid>/steps/<step_id:uuid>/reject")
@endpoint(
    summary="部门审批不通过（退回补正，写明意见）",
    roles=REVIEWER,
    body=StepRejection,
    response=ApplicationDetail,
    errors=(404, 409),
    tag=TAG,
)
async def reject_step(
    request: Request, user: User, application_id: UUID, step_id: UUID, body: StepRejection
) -> HTTPResponse:
    return await _decide(
        request, user, application_id, step_id, approve=False, opinion=body.opinion
    )


@bp.get("/work-queue")
@endpoint(
    summary="我的待办（超时优先）",
    roles=STAFF_ROLES,
    response=WorkQueue,
    parameters=PAGE_PARAMETERS,
    errors=(422,),
    tag=TAG,
)
async def work_queue(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    limit = request.app.ctx.settings.APPLICATION_WORKDAYS
    queue = await queues.work_queue(user, page=page, size=size, limit_workdays=limit)
    return respond(WorkQueue(**queue))


@bp.patch("/application-types/<kind:slug>/requirements/<code:slug>")
@endpoint(
    summary="调整材料清单中的一项（管理员）",
    roles={Role.admin},
    body=RequirementUpdate,
    response=RequirementPublic,
    errors=(404,),
    tag=TAG,
)
async def update_requirement(
    request: Request, user: User, kind: str, code: str, body: RequirementUpdate
) -> HTTPResponse:
    try:
        kind_value = ApplicationKind(kind)
    except ValueError:
        raise NotFound("没有这种申请类型") from None
    changes = body.model_dump(exclude_none=True)
    if not changes:
        raise ValidationFailed("没有要修改的内容", code="NOTHING_TO_UPDATE")
    r = await checklists.update_requirement(kind=kind_value, code=code, changes=changes, admin=user)
    return respond(
        RequirementPublic(
            code=r.code,
            name=r.name,
            description=r.description,
            core=r.core,
            commitment_allowed=r.commitment_allowed,
            formats=r.formats,
        )
    )


@bp.post("/post-checks/<task_id:uuid>/done")
@endpoint(
    summary="完成告知承诺事后核查（登记机构审核人员）",
    roles=REVIEWER,
    body=PostCheckDone,
    response=PostCheckPublic,
    errors=(404, 409),
    tag=TAG,
)
async def post_check_done(
    request: Request, user: User, task_id: UUID, body: PostCheckDone
) -> HTTPResponse:
    task = await checklists.complete_post_check(
        task_id=task_id, reviewer=user, outcome=body.outcome
    )
    return respond(
        PostCheckPublic(
            id=str(task.id),
            application_id=str(task.application_id),
            requirement_code=task.requirement_code,
            done_at=task.done_at.isoformat(),
            outcome=task.outcome,
        )
    )
