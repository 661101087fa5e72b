from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from banzheng.accounts.models import User
from banzheng.common.http import endpoint, respond
from banzheng.communities import service
from banzheng.communities.schemas import HouseList
from banzheng.security.roles import Role

bp = Blueprint("communities", url_prefix="/api/v1")


@bp.get("/me/houses")
@endpoint(summary="我的房屋", roles={Role.owner}, response=HouseList, tag="小区与房屋")
async def my_houses(request: Request, user: User) -> HTTPResponse:
    return respond(HouseList(items=await service.houses_of(owner_id=user.id)))
