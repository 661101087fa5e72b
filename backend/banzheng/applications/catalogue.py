"""Application types and their material checklists (≤ 8 items for the common case).

The plan cut the materials an owner must bring from 15 to at most 8 (requirement 1). These are
the defaults written on first start; administrators may edit the rows afterwards and
`ensure_catalogue` never overwrites an existing row.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from banzheng.applications.models import (
    ApplicationKind,
    ApplicationType,
    MaterialRequirement,
    StepKind,
)
from banzheng.security.roles import Role

# Plan requirement 1: "申请材料由15项精简至8项以内".
MAX_MATERIALS_COMMON_CASE = 8

IMAGE_OR_PDF = ["jpeg", "png", "pdf"]


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    description: str
    core: bool = True
    commitment_allowed: bool = False
    formats: tuple[str, ...] = tuple(IMAGE_OR_PDF)


_OWNER_ID = Item(
    "owner_id_card", "申请人身份证", "身份证正反面，四角完整、字迹清晰", formats=("jpeg", "png")
)
_CONTRACT = Item("purchase_contract", "商品房买卖合同", "网签备案合同全部页")
_INVOICE = Item("purchase_invoice", "购房发票", "不动产销售统一发票", core=False)
_TAX = Item("deed_tax_receipt", "契税完税证明", "税务部门出具；已联网的可由系统核验", core=False)
_FUND = Item(
    "maintenance_fund_receipt",
    "维修资金缴存证明",
    "住宅专项维修资金缴存凭证",
    core=False,
    commitment_allowed=True,
)
_MARRIAGE = Item(
    "marital_status",
    "婚姻状况证明",
    "结婚证或离婚证；单身可签署告知承诺书",
    core=False,
    commitment_allowed=True,
)
_PLANNING = Item(
    "planning_acceptance", "规划核实意见", "规划部门出具的规划条件核实意见", commitment_allowed=True
)
_COMPLETION = Item("completion_record", "竣工验收备案表", "建设工程竣工验收备案材料")
_SURVEY = Item("survey_report", "房产测绘成果报告", "具有资质的测绘单位出具")
_LAND = Item("land_certificate", "土地使用权证明", "国有建设用地使用权证或出让合同")
_DEVELOPER = Item("developer_license", "开发企业营业执照", "加盖公章", formats=("pdf",))

CATALOGUE: dict[ApplicationKind, dict] = {
    ApplicationKind.transfer_registration: {
        "name": "转移登记（业主办证）",
        "applicant_roles": [Role.owner, Role.clerk],
        "description": "开发商已办理首次登记后，业主办理房屋所有权转移登记，领取不动产权证书。",
        "steps": [StepKind.tax_check, StepKind.fund_check],
        "items": [_OWNER_ID, _CONTRACT, _INVOICE, _TAX, _FUND, _MARRIAGE],
    },
    ApplicationKind.first_registration: {
        "name": "首次登记（开发企业）",
        # The developer's application, taken in at the registry window (一窗受理); not an owner's.
        "applicant_roles": [Role.clerk],
        "description": "新建商品房竣工后，由开发企业为整栋或整个小区办理不动产首次登记。",
        "steps": [StepKind.planning_check, StepKind.survey_check],
        "items": [_DEVELOPER, _LAND, _PLANNING, _COMPLETION, _SURVEY],
    },
    ApplicationKind.combined: {
        "name": "首次登记与转移登记合并办理（新建小区）",
        "applicant_roles": [Role.owner, Role.clerk],
        "description": "新建小区首次登记与业主转移登记一并受理、并联审批，业主无需等待首次登记办结。",
        "steps": [
            StepKind.planning_check,
            StepKind.survey_check,
            StepKind.tax_check,
            StepKind.fund_check,
        ],
        "items": [_OWNER_ID, _CONTRACT, _INVOICE, _TAX, _FUND, _MARRIAGE, _PLANNING, _SURVEY],
    },
}

# Every checklist item's name by code, for texts that name a stored file (an owner's access log).
ITEM_NAMES = {item.code: item.name for spec in CATALOGUE.values() for item in spec["items"]}


async def ensure_catalogue() -> None:
    """Create missing types and requirements; leave existing (possibly edited) rows alone."""
    async with in_transaction():
        for kind, spec in CATALOGUE.items():
            app_type, _ = await ApplicationType.get_or_create(
                code=kind,
                defaults={
                    "name": spec["name"],
                    "description": spec["description"],
                    "steps": [s.value for s in spec["steps"]],
                    "applicant_roles": [r.value for r in spec["applicant_roles"]],
                },
            )
            if app_type.applicant_roles is None:  # a row from before the column
                app_type.applicant_roles = [r.value for r in spec["applicant_roles"]]
                await app_type.save(update_fields=["applicant_roles"])
            existing = set(
                await MaterialRequirement.filter(application_type=app_type).values_list(
                    "code", flat=True
                )
            )
            for position, item in enumerate(spec["items"]):
                if item.code not in existing:
                    await MaterialRequirement.create(
                        application_type=app_type,
                        code=item.code,
                        name=item.name,
                        description=item.description,
                        core=item.core,
                        commitment_allowed=item.commitment_allowed,
                        formats=list(item.formats),
                        position=position,
                    )
