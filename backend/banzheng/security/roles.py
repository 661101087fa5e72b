"""Roles of the people in MISSION.md; permissions are role × organisation scope."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    owner = "owner"  # 业主
    clerk = "clerk"  # 窗口/登记人员
    department_reviewer = "department_reviewer"  # 部门审核
    property_manager = "property_manager"  # 物业
    developer_rep = "developer_rep"  # 开发商
    supervisor = "supervisor"  # 领导小组/督导
    admin = "admin"


STAFF_ROLES = frozenset(Role) - {Role.owner}
ROLE_LABELS = {
    Role.owner: "业主",
    Role.clerk: "登记窗口人员",
    Role.department_reviewer: "部门审核人员",
    Role.property_manager: "物业人员",
    Role.developer_rep: "开发商代表",
    Role.supervisor: "督导人员",
    Role.admin: "系统管理员",
}
