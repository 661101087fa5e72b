"""Request and response models of the estates archive: one model per direction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

from pydantic import BaseModel, Field

from banzheng.common.schemas import CheckedText, Input
from banzheng.common.times import Instant
from banzheng.communities.eras import Era
from banzheng.communities.models import CompanyKind, LandNature, ProblemKind, ProblemStatus

MILESTONES_MAX = 100


# ---- list filters (query parameters; `?page=&size=` are common.pagination's) -----------------


class CommunityFilters(CheckedText):
    era: Era | None = Field(None, description="建成年代：before_2000 / 2000_2017 / from_2018")
    street_id: UUID | None = Field(None, description="所属街道")
    q: str | None = Field(None, max_length=100, description="小区名称关键字")
    has_open_problems: bool | None = Field(None, description="是否有未解决的问题（true/false）")


class CompanyFilters(CheckedText):
    kind: CompanyKind | None = Field(None, description="developer / property_manager")
    q: str | None = Field(None, max_length=100, description="企业名称关键字")


# ---- shared pieces ---------------------------------------------------------------------------


class OrganisationRef(BaseModel):
    id: str
    name: str


class PageInfo(BaseModel):
    page: int
    size: int
    total: int


# ---- companies -------------------------------------------------------------------------------


class CompanyCreate(Input):
    name: str = Field(min_length=1, max_length=200)
    kind: CompanyKind = Field(description="developer 开发商 / property_manager 物业服务企业")
    credit_code: str | None = Field(
        None, max_length=32, description="统一社会信用代码（18位，GB 32100-2015 校验）"
    )


class CompanyPublic(BaseModel):
    id: str
    name: str
    kind: CompanyKind
    kind_label: str
    credit_code: str | None = None


class CompanyPage(PageInfo):
    items: list[CompanyPublic]


# ---- problems --------------------------------------------------------------------------------


class ProblemCreate(Input):
    kind: ProblemKind = Field(
        description="planning_incomplete 规划手续不全 / land_dispute 土地性质争议 / "
        "area_difference 面积差异 / developer_missing 开发商失联 / "
        "completion_missing 竣工验收缺失 / other 其他"
    )
    description: str = Field("", max_length=2000)


class ProblemUpdate(Input):
    kind: ProblemKind | None = None
    description: str | None = Field(None, max_length=2000)
    status: ProblemStatus | None = Field(None, description="open / in_progress / resolved")


class ProblemPublic(BaseModel):
    id: str
    community_id: str
    kind: ProblemKind
    kind_label: str
    description: str
    status: ProblemStatus
    status_label: str
    created_at: Instant
    resolved_at: Instant | None = None


# ---- disposal plan ---------------------------------------------------------------------------


class MilestoneIn(Input):
    title: str = Field(min_length=1, max_length=200)
    due_date: date


class PlanPut(Input):
    summary: str = Field(min_length=1, max_length=5000)
    responsible_organisation_id: UUID = Field(description="牵头单位（须在本人辖区内）")
    milestones: list[MilestoneIn] = Field(default_factory=list, max_length=MILESTONES_MAX)


class MilestonePublic(BaseModel):
    id: str
    title: str
    due_date: date
    done_at: Instant | None = None
    position: int


class PlanPublic(BaseModel):
    id: str
    community_id: str
    summary: str
    responsible: OrganisationRef
    updated_at: Instant
    milestones: list[MilestonePublic]


# ---- communities -----------------------------------------------------------------------------


# The earliest build year the archive takes (estates of the old city; a later one than this year
# is refused by communities.service._check_build_year).
EARLIEST_BUILD_YEAR = 1900


class CommunityCreate(Input):
    name: str = Field(min_length=1, max_length=200)
    address: str = Field(min_length=1, max_length=300)
    street_id: UUID = Field(description="所属街道（须在本人辖区内）")
    build_year: int = Field(ge=EARLIEST_BUILD_YEAR, description="建成年份")
    land_nature: LandNature = Field(description="granted 出让 / allocated 划拨 / collective 集体")
    developer_id: UUID | None = None
    property_manager_id: UUID | None = None


class CommunityUpdate(Input):
    """Fields left out stay as they are; `developer_id`/`property_manager_id` null clears them.

    The street is not editable: applications copy the estate's scope when created.
    """

    name: str | None = Field(None, min_length=1, max_length=200)
    address: str | None = Field(None, min_length=1, max_length=300)
    build_year: int | None = Field(None, ge=EARLIEST_BUILD_YEAR)
    land_nature: LandNature | None = None
    developer_id: UUID | None = None
    property_manager_id: UUID | None = None


class CommunitySummary(BaseModel):
    id: str
    name: str
    address: str
    street: OrganisationRef
    district: OrganisationRef | None = None
    build_year: int
    era: Era
    era_label: str
    land_nature: LandNature
    land_nature_label: str
    open_problem_count: int


class CommunityPage(PageInfo):
    items: list[CommunitySummary]


class CommunityDetail(CommunitySummary):
    developer: CompanyPublic | None = None
    property_manager: CompanyPublic | None = None
    building_count: int
    house_count: int
    certificates_issued: int = Field(description="已缮证或已发证的申请数")
    problems: list[ProblemPublic]
    plan: PlanPublic | None = None
    created_at: Instant


# ---- houses ----------------------------------------------------------------------------------


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
    unit_number: str | None = Field(None, description="不动产单元号（28 位），未登记时为空")
    share_percent: int | None = Field(None, description="我的产权份额（%），工作人员查看时为空")


class HouseAreaCorrection(Input):
    measured_area: Decimal = Field(
        gt=0, max_digits=9, decimal_places=2, description="更正后的实测面积（平方米）"
    )
    reason: str = Field(min_length=1, max_length=500, description="更正依据（如测绘报告编号）")


class HouseList(BaseModel):
    items: list[HousePublic]


class HousePage(PageInfo):
    items: list[HousePublic]


class ImportResult(BaseModel):
    rows: int = Field(description="导入的房屋行数")
    owners_of_record: int = Field(0, description="同时登记的产权人（共有人各计一位）")
    buildings_created: int
    houses_created: int


# ---- owners of record and binding (产权人核对与房屋绑定) ---------------------------------------


class OwnerRecordIn(Input):
    real_name: str = Field(min_length=1, max_length=50, description="产权人姓名")
    id_number: str = Field(min_length=1, max_length=30, description="产权人身份证号")
    share_percent: int = Field(100, ge=1, le=100, description="产权份额（%），共有人合计 100")


class OwnersOfRecordPut(Input):
    owners: list[OwnerRecordIn] = Field(min_length=1, max_length=20)
    contract_number: str | None = Field(
        None,
        max_length=64,
        description="网签备案合同编号（只存密钥散列）；不传则不变，传 null 则清除",
    )


class OwnerRecordPublic(BaseModel):
    id: str
    real_name: str = Field(description="姓名（脱敏）")
    id_number: str = Field(description="身份证号（脱敏）")
    share_percent: int
    bound: bool = Field(description="是否已有微信账号绑定")
    bound_at: Instant | None = None


class OwnersOfRecordPublic(BaseModel):
    house_id: str
    contract_number_on_file: bool = Field(description="档案中是否有网签备案合同编号")
    owners: list[OwnerRecordPublic]


class HouseBinding(Input):
    real_name: str = Field(min_length=1, max_length=50, description="姓名（与身份证一致）")
    id_number: str = Field(min_length=1, max_length=30, description="身份证号")
    contract_number: str | None = Field(
        None, max_length=64, description="网签备案合同编号（档案中有记录的房屋必须填写）"
    )
    community_id: UUID | None = Field(
        None, description="所在小区（可选；填写后只在该小区核对，核对不上时告知该小区的办证窗口）"
    )


class HouseBindingResult(BaseModel):
    houses: list[HousePublic] = Field(description="本次绑定（或早已绑定）的房屋")
    message: str


class BindingCodePublic(BaseModel):
    code: str = Field(description="到窗口办理时出示给工作人员的 8 位绑定码")
    expires_at: Instant


class WindowBinding(Input):
    binding_code: str = Field(pattern=r"^\d{8}$", description="业主在小程序中出示的绑定码")


class EstateDirectoryQuery(Input):
    q: str = Field(min_length=2, max_length=50, description="小区名称关键字（至少 2 个字）")


class EstateDirectoryItem(BaseModel):
    id: str
    name: str
    address: str
    street: str = Field(description="所属街道（办证窗口）")


class EstateDirectory(BaseModel):
    items: list[EstateDirectoryItem]
