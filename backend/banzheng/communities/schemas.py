from __future__ import annotations

from pydantic import BaseModel, Field


class HousePublic(BaseModel):
    id: str
    community_id: str
    community_name: str
    address: str
    building: str = Field(description="楼栋号")
    unit: str
    room: str
    contract_area: str = Field(description="合同面积（平方米）")
    measured_area: str | None = Field(None, description="实测面积（平方米）")
    share_percent: int | None = Field(None, description="我的产权份额（%），工作人员查看时为空")


class HouseList(BaseModel):
    items: list[HousePublic]
