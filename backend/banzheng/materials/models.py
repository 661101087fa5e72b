"""Stored material files, resumable upload sessions and pre-review verdicts."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class UploadState(StrEnum):
    receiving = "receiving"
    complete = "complete"
    failed = "failed"


class Verdict(StrEnum):
    ok = "ok"
    warn = "warn"
    reject = "reject"


class MaterialFile(Model):
    """One uploaded file, encrypted in the object store under `object_id` (never a filename)."""

    object_id = fields.CharField(max_length=64, primary_key=True)
    application = fields.ForeignKeyField(
        "models.Application", related_name="files", on_delete=fields.CASCADE
    )
    requirement_code = fields.CharField(max_length=40)
    uploaded_by = fields.ForeignKeyField(
        "models.User", related_name="uploaded_files", on_delete=fields.RESTRICT
    )
    kind = fields.CharField(max_length=8)  # jpeg, png, pdf, mp4, mov: decided from the bytes
    size = fields.BigIntField()
    sha256 = fields.CharField(max_length=64)
    display_name = fields.CharField(max_length=255)  # cleaned, for display only
    thumbnail_id = fields.CharField(max_length=64, null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    current = fields.BooleanField(default=True)  # False once replaced by a newer upload

    application_id: object

    class Meta:
        table = "material_file"
        indexes = (("application",),)


class UploadSession(Model):
    """A resumable upload (tus 1.0 core): the bytes so far are stored as encrypted parts.

    It belongs to exactly one target: an application's checklist item (`application` and
    `requirement_code`) or an identity check's video (`identity_check`)."""

    id = fields.CharField(max_length=64, primary_key=True)
    owner = fields.ForeignKeyField(
        "models.User", related_name="upload_sessions", on_delete=fields.CASCADE
    )
    application = fields.ForeignKeyField(
        "models.Application", related_name="uploads", null=True, on_delete=fields.CASCADE
    )
    requirement_code = fields.CharField(max_length=40, null=True)
    identity_check = fields.ForeignKeyField(
        "models.IdentityCheck", related_name="uploads", null=True, on_delete=fields.CASCADE
    )
    display_name = fields.CharField(max_length=255)
    length = fields.BigIntField()
    offset = fields.BigIntField(default=0)
    kind = fields.CharField(max_length=8, null=True)  # known after the first bytes
    parts = fields.JSONField(default=list)  # [[object_id, size], …] in order
    state = fields.CharEnumField(UploadState, max_length=10, default=UploadState.receiving)
    object_id = fields.CharField(max_length=64, null=True)  # the finished MaterialFile
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    version = fields.IntField(default=0)

    application_id: object
    identity_check_id: object
    owner_id: object

    class Meta:
        table = "upload_session"


class PreReviewVerdict(Model):
    """The automatic pre-review's verdict on one material of one submission, kept so its
    accuracy can be measured against the clerk's decision (target ≥ 98 %, requirement 4)."""

    id = fields.UUIDField(primary_key=True)
    application = fields.ForeignKeyField(
        "models.Application", related_name="verdicts", on_delete=fields.CASCADE
    )
    requirement_code = fields.CharField(max_length=40)
    object_id = fields.CharField(max_length=64, null=True)
    verdict = fields.CharEnumField(Verdict, max_length=8)
    findings = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    clerk_agrees = fields.BooleanField(null=True)  # set when the clerk accepts or requests补正

    class Meta:
        table = "prereview_verdict"
        indexes = (("application",),)
