from __future__ import annotations

from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from banzheng.accounts.models import User
from banzheng.common.http import endpoint, respond
from banzheng.communities import service
from banzheng.communities.schemas import HouseList, HousePublic
from banzheng.security.roles import STAFF_ROLES, Role

bp = Blueprint("communities", url_prefix="/api/v1")


@bp.get("/me/houses")
@endpoint(summary="我的房屋", roles={Role.owner}, response=HouseList, tag="小区与房屋")
async def my_houses(request: Request, user: User) -> HTTPResponse:
    return respond(HouseList(items=await service.houses_of(owner_id=user.id)))


@bp.get("/houses/<house_id:uuid>")
@endpoint(
    summary="房屋详情（本人房屋或辖区内房屋）",
    roles={Role.owner, *STAFF_ROLES},
    response=HousePublic,
    errors=(404,),
    tag="小区与房屋",
)
async def house_detail(request: Request, user: User, house_id: UUID) -> HTTPResponse:
    return respond(HousePublic(**await service.house_for(house_id=house_id, user=user)))
