"""Chinese labels of the accounts domain's enums."""

from __future__ import annotations

from banzheng.accounts.models import Department, Level

DEPARTMENT_LABELS = {
    Department.planning: "规划",
    Department.housing: "住建",
    Department.tax: "税务",
    Department.registry: "不动产登记",
    Department.survey: "测绘",
    Department.civil_affairs: "民政",
}

LEVEL_LABELS = {Level.city: "市级", Level.district: "区级", Level.street: "街道"}
