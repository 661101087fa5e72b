"""Satisfaction by QR scan (二维码扫码评价): rating targets, ratings, rectification of 差评, appeals."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from tortoise import fields
from tortoise.models import Model


class TargetKind(StrEnum):
    window = "window"  # 服务窗口
    staff = "staff"  # 工作人员
    station = "station"  # 小区服务站（物业/街道设在小区的办证服务点）
    receipt = "receipt"  # 一件申请的受理回执（一事一评）


class Level(IntEnum):
    """GB/T 39734-2020 / 国办发〔2019〕51号: five levels; 不满意 and 非常不满意 are 差评."""

    very_satisfied = 5  # 非常满意
    satisfied = 4  # 满意
    basically_satisfied = 3  # 基本满意
    dissatisfied = 2  # 不满意
    very_dissatisfied = 1  # 非常不满意


class RatingChannel(StrEnum):
    onsite = "onsite"  # 现场服务：一次一评
    online = "online"  # 网上服务：一事一评


class RatingSource(StrEnum):
    mini_program = "mini_program"
    h5 = "h5"


class FeedbackTarget(Model):
    """What a QR code points at. `code` is the short random path segment of its URL."""

    id = fields.UUIDField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)
    kind = fields.CharEnumField(TargetKind, max_length=10)
    name = fields.CharField(max_length=100)
    organisation = fields.ForeignKeyField(
        "models.Organisation", related_name="feedback_targets", null=True, on_delete=fields.RESTRICT
    )
    staff = fields.ForeignKeyField(
        "models.User", related_name="feedback_targets", null=True, on_delete=fields.RESTRICT
    )
    community = fields.ForeignKeyField(
        "models.Community", related_name="feedback_targets", null=True, on_delete=fields.RESTRICT
    )
    application = fields.OneToOneField(
        "models.Application", related_name="receipt_target", null=True, on_delete=fields.CASCADE
    )
    scope_path = fields.CharField(max_length=400, db_index=True)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    organisation_id: object
    staff_id: object
    community_id: object
    application_id: object

    class Meta:
        table = "feedback_target"


class Rating(Model):
    id = fields.UUIDField(primary_key=True)
    target = fields.ForeignKeyField(
        "models.FeedbackTarget", related_name="ratings", on_delete=fields.RESTRICT
    )
    level = fields.IntField()
    indicators = fields.JSONField(default=dict)  # second-level indicator → level
    comment = fields.TextField(default="")  # plain text, sanitised
    channel = fields.CharEnumField(RatingChannel, max_length=8)
    source = fields.CharEnumField(RatingSource, max_length=12)
    user = fields.ForeignKeyField(
        "models.User", related_name="ratings", null=True, on_delete=fields.SET_NULL
    )
    device_hash = fields.CharField(max_length=64, null=True)
    # 一次一评 / 一事一评 as a database rule: one rating per visit key (see service.visit_key).
    visit_key = fields.CharField(max_length=200, unique=True)
    voided = fields.BooleanField(default=False)  # an upheld appeal removes it from the figures
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    target_id: object
    user_id: object

    class Meta:
        table = "feedback_rating"


class CaseStatus(StrEnum):
    open = "open"  # 待回访
    visited = "visited"  # 已回访，整改中
    rectified = "rectified"  # 已整改
    appealed = "appealed"  # 申诉复核中
    voided = "voided"  # 申诉成立，差评不计


class RectificationCase(Model):
    """差评整改: every 差评 opens one, due in working days; owners see its status."""

    id = fields.UUIDField(primary_key=True)
    rating = fields.OneToOneField("models.Rating", related_name="case", on_delete=fields.CASCADE)
    status = fields.CharEnumField(CaseStatus, max_length=10, default=CaseStatus.open)
    scope_path = fields.CharField(max_length=400, db_index=True)
    due_at = fields.DatetimeField()
    visited_at = fields.DatetimeField(null=True)
    visit_note = fields.TextField(default="")
    rectified_at = fields.DatetimeField(null=True)
    rectification_note = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    rating_id: object

    class Meta:
        table = "feedback_case"


class AppealStatus(StrEnum):
    pending = "pending"
    upheld = "upheld"  # 申诉成立
    rejected = "rejected"  # 申诉不成立


class Appeal(Model):
    """申诉复核: the rated staff member (or their window's clerk) says a 差评 is malicious or
    mistaken; a supervisor decides."""

    id = fields.UUIDField(primary_key=True)
    case = fields.ForeignKeyField(
        "models.RectificationCase", related_name="appeals", on_delete=fields.CASCADE
    )
    appellant = fields.ForeignKeyField(
        "models.User", related_name="appeals", on_delete=fields.RESTRICT
    )
    reason = fields.TextField()
    status = fields.CharEnumField(AppealStatus, max_length=10, default=AppealStatus.pending)
    decided_by = fields.ForeignKeyField(
        "models.User", related_name="appeal_decisions", null=True, on_delete=fields.RESTRICT
    )
    decision_note = fields.TextField(default="")
    decided_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "feedback_appeal"
