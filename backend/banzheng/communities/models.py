"""Estates archive (一小区一档案): estates, their companies, buildings and houses."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from tortoise import fields
from tortoise.models import Model


class CompanyKind(StrEnum):
    developer = "developer"  # 开发商
    property_manager = "property_manager"  # 物业


class LandNature(StrEnum):
    granted = "granted"  # 出让
    allocated = "allocated"  # 划拨
    collective = "collective"  # 集体


class Company(Model):
    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=200)
    kind = fields.CharEnumField(CompanyKind, max_length=20)
    credit_code = fields.CharField(max_length=18, null=True)  # 统一社会信用代码

    class Meta:
        table = "company"


class Community(Model):
    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=200)
    address = fields.CharField(max_length=300)
    organisation = fields.ForeignKeyField(
        "models.Organisation", related_name="communities", on_delete=fields.RESTRICT
    )
    # Copied from the street organisation so scope filters are one indexed prefix match.
    scope_path = fields.CharField(max_length=400, db_index=True)
    build_year = fields.IntField()
    land_nature = fields.CharEnumField(LandNature, max_length=12)
    developer = fields.ForeignKeyField(
        "models.Company", related_name="developed", null=True, on_delete=fields.RESTRICT
    )
    property_manager = fields.ForeignKeyField(
        "models.Company", related_name="managed", null=True, on_delete=fields.RESTRICT
    )
    # Last day of the land-use right (出让 land: 70 years for housing); printed as the
    # certificate's 使用期限. None: unknown, or 划拨 land with no term.
    land_use_end = fields.DateField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "community"


class Building(Model):
    id = fields.UUIDField(primary_key=True)
    community = fields.ForeignKeyField(
        "models.Community", related_name="buildings", on_delete=fields.CASCADE
    )
    number = fields.CharField(max_length=20)  # 楼栋号

    class Meta:
        table = "building"
        unique_together = (("community", "number"),)


class House(Model):
    id = fields.UUIDField(primary_key=True)
    building = fields.ForeignKeyField(
        "models.Building", related_name="houses", on_delete=fields.CASCADE
    )
    unit = fields.CharField(max_length=10)  # 单元
    room = fields.CharField(max_length=10)  # 室
    contract_area = fields.DecimalField(max_digits=9, decimal_places=2)  # 合同面积 m²
    measured_area = fields.DecimalField(max_digits=9, decimal_places=2, null=True)  # 实测面积 m²
    # 不动产单元号 (GB/T 37346-2019, 28 characters): the register's key of this unit, printed on
    # its certificate; a certificate cannot be issued without it.
    unit_number = fields.CharField(max_length=28, null=True, unique=True)
    use = fields.CharField(max_length=20, default="住宅")  # 房屋用途 as registered
    # 网签备案合同编号, as a keyed hash only (FieldCipher.lookup_hash, field "contract_number"):
    # it is a second fact an owner binding the house must know; the archive never shows it.
    contract_number_hash = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "house"
        unique_together = (("building", "unit", "room"),)


class HouseOwner(Model):
    """Who owns (or bought) a house; an owner sees only houses listed here."""

    id = fields.UUIDField(primary_key=True)
    house = fields.ForeignKeyField("models.House", related_name="owners", on_delete=fields.CASCADE)
    owner = fields.ForeignKeyField("models.User", related_name="houses", on_delete=fields.CASCADE)
    share_percent = fields.IntField(default=100)

    class Meta:
        table = "house_owner"
        unique_together = (("house", "owner"),)


class OwnerOfRecord(Model):
    """An owner (or buyer) of a house as the registry's archive records them — 产权人 / 买受人 —
    with their share. A WeChat account becomes an owner of the house (a `HouseOwner` link) by
    binding to one of these: real name and ID number matched by keyed hash, by the owner on the
    phone or by a clerk at the window (communities/binding.py). Co-owners are one row each."""

    # Columns sealed by security.fieldcrypt (bound to table, id, column), each with the field
    # name that was its associated data before that binding (security.reseal reads those).
    ENCRYPTED_COLUMNS: ClassVar[dict[str, str]] = {
        "real_name_enc": "real_name",
        "id_number_enc": "id_number",
    }

    id = fields.UUIDField(primary_key=True)
    house = fields.ForeignKeyField(
        "models.House", related_name="owners_of_record", on_delete=fields.CASCADE
    )
    real_name_enc = fields.TextField()
    name_hash = fields.CharField(max_length=64)
    id_number_enc = fields.TextField()
    id_number_hash = fields.CharField(max_length=64, db_index=True)
    share_percent = fields.IntField(default=100)
    bound_user = fields.ForeignKeyField(
        "models.User", related_name="owner_records", null=True, on_delete=fields.SET_NULL
    )
    bound_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    house_id: object
    bound_user_id: object

    class Meta:
        table = "house_owner_record"
        unique_together = (("house", "id_number_hash"),)


class ProblemKind(StrEnum):
    planning_incomplete = "planning_incomplete"  # 规划手续不全
    land_dispute = "land_dispute"  # 土地性质争议
    area_difference = "area_difference"  # 面积差异
    developer_missing = "developer_missing"  # 开发商失联
    completion_missing = "completion_missing"  # 竣工验收缺失
    other = "other"


class ProblemStatus(StrEnum):
    open = "open"
    in_progress = "in_progress"
    resolved = "resolved"


class Problem(Model):
    """A known obstacle to certification for an estate (一小区一档案)."""

    id = fields.UUIDField(primary_key=True)
    community = fields.ForeignKeyField(
        "models.Community", related_name="problems", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(ProblemKind, max_length=24)
    description = fields.TextField(default="")
    status = fields.CharEnumField(ProblemStatus, max_length=12, default=ProblemStatus.open)
    created_at = fields.DatetimeField(auto_now_add=True)
    resolved_at = fields.DatetimeField(null=True)

    class Meta:
        table = "community_problem"


class DisposalPlan(Model):
    """一小区一方案: how an estate's problems will be solved, by whom and when."""

    id = fields.UUIDField(primary_key=True)
    community = fields.OneToOneField(
        "models.Community", related_name="plan", on_delete=fields.CASCADE
    )
    summary = fields.TextField()
    responsible = fields.ForeignKeyField(
        "models.Organisation", related_name="plans", on_delete=fields.RESTRICT
    )
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "disposal_plan"


class Milestone(Model):
    id = fields.UUIDField(primary_key=True)
    plan = fields.ForeignKeyField(
        "models.DisposalPlan", related_name="milestones", on_delete=fields.CASCADE
    )
    title = fields.CharField(max_length=200)
    due_date = fields.DateField()
    done_at = fields.DatetimeField(null=True)
    position = fields.IntField(default=0)

    class Meta:
        table = "disposal_milestone"
