"""Applications, their material checklist state, parallel approval steps, events and warnings."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from tortoise import fields
from tortoise.models import Model

from banzheng.accounts.models import Department


class ApplicationKind(StrEnum):
    first_registration = "first_registration"  # 首次登记 (by the developer)
    transfer_registration = "transfer_registration"  # 转移登记 (to the owner)
    combined = "combined"  # 首次登记 + 转移登记 together, for a new estate (首转合一)


class Status(StrEnum):
    draft = "draft"
    submitted = "submitted"
    pre_review = "pre_review"  # 材料预审
    supplement_required = "supplement_required"  # 补正 (一次性告知)
    accepted = "accepted"  # 受理
    department_review = "department_review"  # 并联审批
    registry_review = "registry_review"  # 登记审核
    registered = "registered"  # 登簿
    certificate_issued = "certificate_issued"  # 缮证
    delivered = "delivered"  # 发证
    returned = "returned"  # 退件
    withdrawn = "withdrawn"  # 撤回
    rejected = "rejected"  # 不予登记


class StepKind(StrEnum):
    planning_check = "planning_check"  # 规划核实
    survey_check = "survey_check"  # 测绘成果核验
    tax_check = "tax_check"  # 完税核验
    fund_check = "fund_check"  # 维修资金核验
    registry_review = "registry_review"  # 登记审核


class StepStatus(StrEnum):
    waiting = "waiting"  # not started yet (registry review waits for the parallel steps)
    active = "active"
    approved = "approved"
    rejected = "rejected"
    cancelled = "cancelled"  # the case ended (不予登记, 撤回) before the department decided


class MaterialState(StrEnum):
    missing = "missing"
    provided = "provided"
    deferred = "deferred"  # 容缺: accepted without it, due later
    commitment = "commitment"  # 告知承诺制: replaced by the signed commitment letter


class WarningLevel(StrEnum):
    warning = "warning"  # 80 % of the step's time used
    overdue = "overdue"  # 100 %


class ApplicationType(Model):
    """A kind of application and its steps; its checklist is `MaterialRequirement` rows."""

    code = fields.CharEnumField(ApplicationKind, max_length=32, primary_key=True)
    name = fields.CharField(max_length=60)
    description = fields.TextField()  # plain-language guide (政策解读通俗化)
    steps = fields.JSONField()  # list of StepKind values run in parallel after acceptance
    # Who may open one (Role values): the owner for a transfer, the window for the developer's
    # first registration. Null on rows older than the column: ensure_catalogue fills it.
    applicant_roles = fields.JSONField(null=True)

    class Meta:
        table = "application_type"


class MaterialRequirement(Model):
    id = fields.UUIDField(primary_key=True)
    application_type = fields.ForeignKeyField(
        "models.ApplicationType", related_name="requirements", on_delete=fields.CASCADE
    )
    code = fields.CharField(max_length=40)
    name = fields.CharField(max_length=60)
    description = fields.CharField(max_length=300, default="")
    core = fields.BooleanField(default=True)  # non-core items may be deferred (容缺)
    commitment_allowed = fields.BooleanField(default=False)  # 告知承诺制 may replace it
    formats = fields.JSONField()  # e.g. ["jpeg", "png", "pdf"]
    position = fields.IntField(default=0)

    class Meta:
        table = "material_requirement"
        unique_together = (("application_type", "code"),)


class Application(Model):
    # Columns sealed by security.fieldcrypt (bound to table, id, column), each with the field
    # name that was its associated data before that binding (security.reseal reads those).
    ENCRYPTED_COLUMNS: ClassVar[dict[str, str]] = {
        "declared_id_number_enc": "declared_id_number",
    }
    id = fields.UUIDField(primary_key=True)
    number = fields.CharField(max_length=24, unique=True)  # 受理编号 shown to people
    kind = fields.CharEnumField(ApplicationKind, max_length=32)
    status = fields.CharEnumField(Status, max_length=24, default=Status.draft, db_index=True)
    house = fields.ForeignKeyField(
        "models.House", related_name="applications", on_delete=fields.RESTRICT
    )
    applicant = fields.ForeignKeyField(
        "models.User", related_name="applications", null=True, on_delete=fields.RESTRICT
    )
    scope_path = fields.CharField(max_length=400, db_index=True)  # the estate's street
    contract_price = fields.DecimalField(max_digits=14, decimal_places=2, null=True)  # 合同总价
    home_count = fields.IntField(default=1)  # 家庭第几套住房, for deed tax
    # The ID number the applicant wrote on the form, encrypted (security.fieldcrypt); the
    # pre-review checks it (GB 11643) and matches it against the real-name profile.
    declared_id_number_enc = fields.TextField(null=True)
    area_error_ratio = fields.DecimalField(max_digits=7, decimal_places=2, null=True)
    area_confirmed_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    submitted_at = fields.DatetimeField(null=True)
    accepted_at = fields.DatetimeField(null=True)
    due_at = fields.DatetimeField(null=True)  # whole process: N working days from acceptance
    finished_at = fields.DatetimeField(null=True)
    # Statutory working days from acceptance to delivery (发证), set when delivered: the
    # processing-time statistics aggregate this column in SQL.
    workdays_taken = fields.IntField(null=True)
    version = fields.IntField(default=0)  # optimistic lock for transitions

    applicant_id: object
    house_id: object

    class Meta:
        table = "application"
        indexes = (("house",), ("applicant",))


class ApplicationMaterial(Model):
    """One checklist item of one application: provided, missing, deferred or replaced."""

    id = fields.UUIDField(primary_key=True)
    application = fields.ForeignKeyField(
        "models.Application", related_name="materials", on_delete=fields.CASCADE
    )
    requirement_code = fields.CharField(max_length=40)
    state = fields.CharEnumField(MaterialState, max_length=12, default=MaterialState.missing)
    deferred_until = fields.DateField(null=True)
    object_id = fields.CharField(max_length=64, null=True)  # stored file (materials domain)
    provided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "application_material"
        unique_together = (("application", "requirement_code"),)


class ApprovalStep(Model):
    id = fields.UUIDField(primary_key=True)
    application = fields.ForeignKeyField(
        "models.Application", related_name="steps", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(StepKind, max_length=20)
    department = fields.CharEnumField(Department, max_length=20)
    organisation = fields.ForeignKeyField(
        "models.Organisation", related_name="steps", null=True, on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(StepStatus, max_length=10, default=StepStatus.waiting)
    started_at = fields.DatetimeField(null=True)
    due_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    decided_by = fields.ForeignKeyField(
        "models.User", related_name="decisions", null=True, on_delete=fields.RESTRICT
    )
    opinion = fields.TextField(default="")

    application_id: object
    organisation_id: object

    class Meta:
        table = "approval_step"
        unique_together = (("application", "kind"),)
        indexes = (("organisation",),)


class ApplicationEvent(Model):
    """Every transition and decision, in order: the owner's timeline is read from here."""

    id = fields.BigIntField(primary_key=True)
    application = fields.ForeignKeyField(
        "models.Application", related_name="events", on_delete=fields.CASCADE
    )
    at = fields.DatetimeField(auto_now_add=True)
    action = fields.CharField(max_length=40)
    from_status = fields.CharField(max_length=24, null=True)
    to_status = fields.CharField(max_length=24, null=True)
    actor = fields.ForeignKeyField(
        "models.User", related_name="+", null=True, on_delete=fields.SET_NULL
    )
    actor_role = fields.CharField(max_length=24, null=True)
    note = fields.TextField(default="")
    details = fields.JSONField(default=dict)

    class Meta:
        table = "application_event"
        indexes = (("application",),)


class SupplementItem(Model):
    """One problem of a supplement request (补正) or a return (退件): all listed at once."""

    id = fields.UUIDField(primary_key=True)
    event = fields.ForeignKeyField(
        "models.ApplicationEvent", related_name="items", on_delete=fields.CASCADE
    )
    requirement_code = fields.CharField(max_length=40, null=True)
    problem = fields.CharField(max_length=500)

    class Meta:
        table = "supplement_item"
        indexes = (("event",),)


class PostCheckTask(Model):
    """告知承诺制: a commitment replaced a material; a reviewer checks it afterwards."""

    id = fields.UUIDField(primary_key=True)
    application = fields.ForeignKeyField(
        "models.Application", related_name="post_checks", on_delete=fields.CASCADE
    )
    requirement_code = fields.CharField(max_length=40)
    created_at = fields.DatetimeField(auto_now_add=True)
    done_at = fields.DatetimeField(null=True)
    outcome = fields.CharField(max_length=200, default="")

    class Meta:
        table = "post_check_task"
        indexes = (("application",),)


class SlaWarning(Model):
    """An overdue warning (预警) for one step; its timeline event is dispatched to handlers."""

    id = fields.UUIDField(primary_key=True)
    step = fields.ForeignKeyField(
        "models.ApprovalStep", related_name="warnings", on_delete=fields.CASCADE
    )
    application = fields.ForeignKeyField(
        "models.Application", related_name="warnings", on_delete=fields.CASCADE
    )
    level = fields.CharEnumField(WarningLevel, max_length=10)
    organisation = fields.ForeignKeyField(
        "models.Organisation", related_name="warnings", null=True, on_delete=fields.RESTRICT
    )
    raised_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "sla_warning"
        unique_together = (("step", "level"),)
        indexes = (("application",),)


class EventOutbox(Model):
    """One after-commit handler still owed to one event (the transactional outbox).

    Written by `workflow.record` in the transaction that records the event, so it exists only
    if that transaction commits; deleted in the transaction in which the handler's work is
    done, so the work happens once. `attempts` lets the sweep leave a handler that keeps
    failing to the dead-letter list instead of retrying it forever.
    """

    id = fields.BigIntField(primary_key=True)
    event = fields.ForeignKeyField(
        "models.ApplicationEvent", related_name="outbox", on_delete=fields.CASCADE
    )
    handler = fields.CharField(max_length=120)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    attempts = fields.IntField(default=0)

    event_id: int

    class Meta:
        table = "event_outbox"
        unique_together = (("event", "handler"),)
