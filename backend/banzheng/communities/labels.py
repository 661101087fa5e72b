"""Chinese labels for the archive's enums, shown as-is in the mini-program and staff pages."""

from __future__ import annotations

from banzheng.communities.models import CompanyKind, LandNature, ProblemKind, ProblemStatus

LAND_NATURE_LABELS = {
    LandNature.granted: "出让",
    LandNature.allocated: "划拨",
    LandNature.collective: "集体",
}

COMPANY_KIND_LABELS = {
    CompanyKind.developer: "开发商",
    CompanyKind.property_manager: "物业服务企业",
}

# The problem types named in the work plan (一小区一档案: 问题类型).
PROBLEM_KIND_LABELS = {
    ProblemKind.planning_incomplete: "规划手续不全",
    ProblemKind.land_dispute: "土地性质争议",
    ProblemKind.area_difference: "面积差异",
    ProblemKind.developer_missing: "开发商失联",
    ProblemKind.completion_missing: "竣工验收缺失",
    ProblemKind.other: "其他",
}

PROBLEM_STATUS_LABELS = {
    ProblemStatus.open: "待处理",
    ProblemStatus.in_progress: "处理中",
    ProblemStatus.resolved: "已解决",
}


def house_label(building: str, unit: str, room: str) -> str:
    """A house as staff and owners name it: 3栋2单元301室."""
    return f"{building}栋{unit}单元{room}室"
