"""Statistics for supervisors (requirement 16); more dashboards come with the stats issue."""

from __future__ import annotations

from pydantic import BaseModel, Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from banzheng.accounts.models import User
from banzheng.common.http import endpoint, respond
from banzheng.materials import prereview
from banzheng.security.permissions import staff_scope
from banzheng.security.roles import Role

bp = Blueprint("stats", url_prefix="/api/v1/stats")


class Agreement(BaseModel):
    decided: int = Field(description="窗口人员已作出决定的预审结论数")
    agreed: int = Field(description="其中与窗口人员决定一致的数量")
    rate: float | None = Field(None, description="一致率（目标 ≥ 98%）；尚无数据时为空")


@bp.get("/prereview-accuracy")
@endpoint(
    summary="材料自动预审与窗口人员决定的一致率（辖区内）",
    roles={Role.supervisor, Role.admin, Role.clerk},
    response=Agreement,
    tag="统计",
)
async def prereview_accuracy(request: Request, user: User) -> HTTPResponse:
    scope = staff_scope(user)
    if scope is None:
        return respond(Agreement(decided=0, agreed=0, rate=None))
    return respond(Agreement(**await prereview.agreement(scope_path=scope)))
