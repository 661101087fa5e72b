"""Tables shared by every domain: the audit log and the working-day overrides.

Audit log, append-only and tamper-evident: writers insert rows freely; the sequencer gives each
its `seq` and integrates it into the audit Merkle log, whose signed checkpoints are published off
the database (`banzheng.common.audit`, `python -m banzheng.common.audit verify`).
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class AuditEvent(Model):
    id = fields.BigIntField(primary_key=True)  # the writers' order (a sequence: no lock)
    seq = fields.BigIntField(null=True, unique=True)  # position in the audit log + 1; None: queued
    at = fields.DatetimeField()
    actor_id = fields.CharField(max_length=36, null=True)
    actor_role = fields.CharField(max_length=24, null=True)
    action = fields.CharField(max_length=64)
    object_type = fields.CharField(max_length=40, null=True)
    object_id = fields.CharField(max_length=64, null=True)
    ip = fields.CharField(max_length=45, null=True)
    request_id = fields.CharField(max_length=64, null=True)
    details = fields.JSONField(default=dict)

    class Meta:
        table = "audit_event"


class WorkdayOverride(Model):
    """One date whose working-day status an administrator set by hand.

    Entered from the State Council General Office's yearly notice (国务院办公厅关于节假日安排的通知)
    for years the `chinesecalendar` package does not know yet, or to correct a day it has wrong.
    A row wins over the package; see `banzheng.common.workdays`.
    """

    id = fields.UUIDField(primary_key=True)
    date = fields.DateField(unique=True)
    is_workday = fields.BooleanField()
    name = fields.CharField(max_length=40)  # e.g. "春节", "国庆节调休上班"
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "workday_override"
