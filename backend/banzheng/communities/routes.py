"""Estates archive routes (一小区一档案 / 一小区一方案): parse, authorise, call the service, answer.

Who may do what:
- every staff role reads the archive of its own region (scope bounds what each one sees);
- clerks and admins keep it: estates, companies, problems, house imports;
- supervisors (领导小组) also set and tick off disposal plans, which they answer for.
Owners get 403 on all of these; they reach their own houses through `/me/houses`.
"""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel
from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic_ext import openapi
from sanic_ext.extensions.openapi.definitions import Parameter

from banzheng.accounts.models import User
from banzheng.common.errors import ValidationFailed
from banzheng.common.http import endpoint, parse_query, query_parameters, respond
from banzheng.common.pagination import PAGE_PARAMETERS, page_params
from banzheng.communities import binding, importer, service
from banzheng.communities.schemas import (
    BindingCodePublic,
    CommunityCreate,
    CommunityDetail,
    CommunityFilters,
    CommunityPage,
    CommunityUpdate,
    CompanyCreate,
    CompanyFilters,
    CompanyPage,
    CompanyPublic,
    EstateDirectory,
    EstateDirectoryQuery,
    HouseAreaCorrection,
    HouseBinding,
    HouseBindingResult,
    HouseList,
    HousePage,
    HousePublic,
    ImportResult,
    MilestonePublic,
    OwnersOfRecordPublic,
    OwnersOfRecordPut,
    PlanPublic,
    PlanPut,
    ProblemCreate,
    ProblemPublic,
    ProblemUpdate,
    WindowBinding,
)
from banzheng.security import rates
from banzheng.security.roles import STAFF_ROLES, Role

bp = Blueprint("communities", url_prefix="/api/v1")
TAG = "小区与房屋"
ARCHIVE_READERS = STAFF_ROLES
ARCHIVE_KEEPERS = frozenset({Role.clerk, Role.admin})
PLAN_KEEPERS = ARCHIVE_KEEPERS | {Role.supervisor}
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MULTIPART_SLACK = 64 * 1024  # form boundaries and part headers around the file itself


def filter_parameters(model: type[BaseModel]) -> list[Parameter]:
    """OpenAPI query parameters for a filter model, after the common page parameters."""
    return [
        *PAGE_PARAMETERS,
        *(
            Parameter(
                name,
                bool if field.annotation == bool | None else str,
                "query",
                description=field.description or "",
            )
            for name, field in model.model_fields.items()
        ),
    ]


def uploaded_file(request: Request) -> bytes:
    """The spreadsheet: the raw body, or the `file` part of a multipart form (wx.uploadFile)."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > importer.MAX_IMPORT_BYTES + MULTIPART_SLACK:
        raise importer.ImportTooLarge()
    if request.content_type.startswith("multipart/form-data"):
        upload = request.files.get("file")
        if upload is None:
            raise ValidationFailed("请以 file 字段上传表格文件", code="IMPORT_FILE_MISSING")
        return upload.body
    if not request.body:
        raise ValidationFailed("请上传表格文件", code="IMPORT_EMPTY")
    return request.body


# ---- my houses / one house (owners and staff) ------------------------------------------------


@bp.get("/me/houses")
@endpoint(summary="我的房屋", roles={Role.owner}, response=HouseList, tag=TAG)
async def my_houses(request: Request, user: User) -> HTTPResponse:
    return respond(HouseList(items=await service.houses_of(owner_id=user.id)))


@bp.get("/houses/<house_id:uuid>")
@endpoint(
    summary="房屋详情（本人房屋或辖区内房屋）",
    roles={Role.owner, *STAFF_ROLES},
    response=HousePublic,
    errors=(404,),
    tag=TAG,
)
async def house_detail(request: Request, user: User, house_id: UUID) -> HTTPResponse:
    return respond(HousePublic(**await service.house_for(house_id=house_id, user=user)))


@bp.patch("/houses/<house_id:uuid>")
@endpoint(
    summary="更正房屋实测面积（导入后复测或录入有误；写明依据，留痕）",
    roles=ARCHIVE_KEEPERS,
    body=HouseAreaCorrection,
    response=HousePublic,
    errors=(404,),
    tag=TAG,
)
async def correct_house_area(
    request: Request, user: User, house_id: UUID, body: HouseAreaCorrection
) -> HTTPResponse:
    house = await service.correct_measured_area(
        house_id=house_id, user=user, measured_area=body.measured_area, reason=body.reason
    )
    return respond(HousePublic(**house))


# ---- binding a house: the owner on the phone, or a clerk at the window ------------------------


@bp.post("/me/houses/bind")
@endpoint(
    summary="绑定房屋：姓名、身份证号（及网签备案合同编号）与不动产档案中的产权人核对一致后绑定",
    roles={Role.owner},
    body=HouseBinding,
    response=HouseBindingResult,
    errors=(404, 409, 422),
    tag=TAG,
    rate_limits=(
        rates.HOUSE_BIND_PER_SOURCE,
        rates.HOUSE_BIND_PER_USER,
        rates.HOUSE_BIND_PER_USER_DAILY,
    ),
)
async def bind_house(request: Request, user: User, body: HouseBinding) -> HTTPResponse:
    houses = await binding.bind_self(
        user=user,
        real_name=body.real_name,
        id_number=body.id_number,
        contract_number=body.contract_number,
        community_id=body.community_id,
        cipher=request.app.ctx.cipher,
    )
    mine = {h["id"]: h for h in await service.houses_of(owner_id=user.id)}
    items = [mine[str(h.id)] for h in houses if str(h.id) in mine]
    return respond(
        HouseBindingResult(houses=items, message=f"已绑定 {len(items)} 套房屋，可以开始办证了")
    )


@bp.post("/me/binding-code")
@endpoint(
    summary="获取窗口绑定码（10 分钟内有效，出示给窗口工作人员）",
    roles={Role.owner},
    response=BindingCodePublic,
    status=201,
    errors=(409,),
    tag=TAG,
    rate_limits=(rates.BINDING_CODE_PER_USER,),
)
async def binding_code(request: Request, user: User) -> HTTPResponse:
    code, expires = await binding.new_binding_code(user=user, redis=request.app.ctx.redis)
    return respond(BindingCodePublic(code=code, expires_at=binding.iso(expires)), status=201)


@bp.get("/estate-directory")
@endpoint(
    summary="按名称查找小区（绑定房屋时选择所在小区）",
    roles={Role.owner},
    response=EstateDirectory,
    parameters=query_parameters(EstateDirectoryQuery),
    errors=(422,),
    tag=TAG,
    rate_limits=(rates.ESTATE_DIRECTORY_PER_USER,),
)
async def estate_directory(request: Request, user: User) -> HTTPResponse:
    query = parse_query(request, EstateDirectoryQuery)
    return respond(EstateDirectory(items=await binding.estate_directory(query.q)))


@bp.get("/houses/<house_id:uuid>/owners-of-record")
@endpoint(
    summary="房屋的产权人档案（脱敏）",
    roles=ARCHIVE_KEEPERS,
    response=OwnersOfRecordPublic,
    errors=(404,),
    tag=TAG,
)
async def owners_of_record(request: Request, user: User, house_id: UUID) -> HTTPResponse:
    view = await binding.owners_of_record(
        house_id=house_id, user=user, cipher=request.app.ctx.cipher
    )
    return respond(OwnersOfRecordPublic(**view))


@bp.put("/houses/<house_id:uuid>/owners-of-record")
@endpoint(
    summary="登记房屋的产权人（共有人各一条，份额合计 100%）及网签备案合同编号",
    roles=ARCHIVE_KEEPERS,
    body=OwnersOfRecordPut,
    response=OwnersOfRecordPublic,
    errors=(404,),
    tag=TAG,
)
async def record_owners(
    request: Request, user: User, house_id: UUID, body: OwnersOfRecordPut
) -> HTTPResponse:
    view = await binding.record_owners(
        house_id=house_id,
        user=user,
        owners=[(o.real_name, o.id_number, o.share_percent) for o in body.owners],
        contract_number=body.contract_number,
        contract_given="contract_number" in body.model_fields_set,
        cipher=request.app.ctx.cipher,
    )
    return respond(OwnersOfRecordPublic(**view))


@bp.post("/houses/<house_id:uuid>/owners-of-record/<record_id:uuid>/bind")
@endpoint(
    summary="窗口绑定：核验身份证后，凭业主出示的绑定码将其微信账号绑定为该产权人（记入审计）",
    roles={Role.clerk},
    body=WindowBinding,
    response=OwnersOfRecordPublic,
    errors=(404, 409),
    tag=TAG,
    rate_limits=(rates.WINDOW_BIND_PER_USER,),
)
async def bind_at_window(
    request: Request, user: User, house_id: UUID, record_id: UUID, body: WindowBinding
) -> HTTPResponse:
    ctx = request.app.ctx
    view = await binding.bind_at_window(
        house_id=house_id,
        record_id=record_id,
        clerk=user,
        code=body.binding_code,
        redis=ctx.redis,
        cipher=ctx.cipher,
    )
    return respond(OwnersOfRecordPublic(**view))


# ---- estates ---------------------------------------------------------------------------------


@bp.get("/communities")
@endpoint(
    summary="小区档案列表（辖区内，可按年代、街道、名称、是否有未解决问题筛选）",
    roles=ARCHIVE_READERS,
    response=CommunityPage,
    parameters=filter_parameters(CommunityFilters),
    errors=(422,),
    tag=TAG,
)
async def list_communities(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    filters = parse_query(request, CommunityFilters)
    return respond(await service.list_communities(user=user, filters=filters, page=page, size=size))


@bp.post("/communities")
@endpoint(
    summary="新建小区档案（归属本人辖区内的街道）",
    roles=ARCHIVE_KEEPERS,
    body=CommunityCreate,
    response=CommunityDetail,
    status=201,
    errors=(404,),
    tag=TAG,
)
async def create_community(request: Request, user: User, body: CommunityCreate) -> HTTPResponse:
    return respond(await service.create_community(user=user, data=body), status=201)


@bp.get("/communities/<community_id:uuid>")
@endpoint(
    summary="小区档案详情（一小区一档案）",
    roles=ARCHIVE_READERS,
    response=CommunityDetail,
    errors=(404,),
    tag=TAG,
)
async def community_detail(request: Request, user: User, community_id: UUID) -> HTTPResponse:
    return respond(await service.community_detail(community_id=community_id, user=user))


@bp.patch("/communities/<community_id:uuid>")
@endpoint(
    summary="修改小区档案",
    roles=ARCHIVE_KEEPERS,
    body=CommunityUpdate,
    response=CommunityDetail,
    errors=(404,),
    tag=TAG,
)
async def update_community(
    request: Request, user: User, community_id: UUID, body: CommunityUpdate
) -> HTTPResponse:
    return respond(await service.update_community(community_id=community_id, user=user, data=body))


@bp.get("/communities/<community_id:uuid>/houses")
@endpoint(
    summary="小区的房屋（分页）",
    roles=ARCHIVE_READERS,
    response=HousePage,
    parameters=PAGE_PARAMETERS,
    errors=(404, 422),
    tag=TAG,
)
async def community_houses(request: Request, user: User, community_id: UUID) -> HTTPResponse:
    page, size = page_params(request)
    return respond(
        await service.community_houses(community_id=community_id, user=user, page=page, size=size)
    )


@bp.post("/communities/<community_id:uuid>/import")
@openapi.body(
    {
        "text/csv": {"type": "string"},
        XLSX_TYPE: {"type": "string", "format": "binary"},
        "multipart/form-data": {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}},
            "required": ["file"],
        },
    },
    description=(
        f"楼栋与房屋表格：xlsx 或 csv（UTF-8/GBK），列为 {'、'.join(importer.REQUIRED_COLUMNS)}"
        f"、{'、'.join(importer.OPTIONAL_COLUMNS)}（可选）；不超过 "
        f"{importer.MAX_IMPORT_BYTES // (1024 * 1024)} MB、{importer.MAX_IMPORT_ROWS} 行。"
        "任一行有误则全部不导入，错误逐行列于 details.rows"
    ),
)
@endpoint(
    summary="导入楼栋与房屋（全部正确才导入）",
    roles=ARCHIVE_KEEPERS,
    response=ImportResult,
    errors=(404, 409, 413, 422),
    tag=TAG,
)
async def import_houses(request: Request, user: User, community_id: UUID) -> HTTPResponse:
    data = uploaded_file(request)
    imported = await service.import_houses(
        community_id=community_id, user=user, data=data, cipher=request.app.ctx.cipher
    )
    return respond(imported)


# ---- companies -------------------------------------------------------------------------------


@bp.get("/companies")
@endpoint(
    summary="开发商与物业企业列表",
    roles=ARCHIVE_KEEPERS,
    response=CompanyPage,
    parameters=filter_parameters(CompanyFilters),
    errors=(422,),
    tag=TAG,
)
async def list_companies(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    filters = parse_query(request, CompanyFilters)
    return respond(await service.list_companies(filters=filters, page=page, size=size))


@bp.post("/companies")
@endpoint(
    summary="登记开发商或物业企业（校验统一社会信用代码）",
    roles=ARCHIVE_KEEPERS,
    body=CompanyCreate,
    response=CompanyPublic,
    status=201,
    errors=(409,),
    tag=TAG,
)
async def create_company(request: Request, user: User, body: CompanyCreate) -> HTTPResponse:
    return respond(await service.create_company(data=body), status=201)


# ---- problems --------------------------------------------------------------------------------


@bp.post("/communities/<community_id:uuid>/problems")
@endpoint(
    summary="登记小区办证问题",
    roles=ARCHIVE_KEEPERS,
    body=ProblemCreate,
    response=ProblemPublic,
    status=201,
    errors=(404,),
    tag=TAG,
)
async def add_problem(
    request: Request, user: User, community_id: UUID, body: ProblemCreate
) -> HTTPResponse:
    problem = await service.add_problem(community_id=community_id, user=user, data=body)
    return respond(problem, status=201)


@bp.patch("/problems/<problem_id:uuid>")
@endpoint(
    summary="更新问题（状态：待处理、处理中、已解决）",
    roles=ARCHIVE_KEEPERS,
    body=ProblemUpdate,
    response=ProblemPublic,
    errors=(404,),
    tag=TAG,
)
async def update_problem(
    request: Request, user: User, problem_id: UUID, body: ProblemUpdate
) -> HTTPResponse:
    return respond(await service.update_problem(problem_id=problem_id, user=user, data=body))


# ---- disposal plan ---------------------------------------------------------------------------


@bp.put("/communities/<community_id:uuid>/plan")
@endpoint(
    summary="制定或替换小区处置方案（一小区一方案）",
    roles=PLAN_KEEPERS,
    body=PlanPut,
    response=PlanPublic,
    errors=(404,),
    tag=TAG,
)
async def replace_plan(
    request: Request, user: User, community_id: UUID, body: PlanPut
) -> HTTPResponse:
    return respond(await service.replace_plan(community_id=community_id, user=user, data=body))


@bp.post("/milestones/<milestone_id:uuid>/done")
@endpoint(
    summary="标记方案节点已完成",
    roles=PLAN_KEEPERS,
    response=MilestonePublic,
    errors=(404,),
    tag=TAG,
)
async def complete_milestone(request: Request, user: User, milestone_id: UUID) -> HTTPResponse:
    return respond(await service.complete_milestone(milestone_id=milestone_id, user=user))
