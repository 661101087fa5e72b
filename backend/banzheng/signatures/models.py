"""Documents to sign, who signs them in which order, and the evidence of each signature."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from tortoise import fields
from tortoise.models import Model


class DocumentKind(StrEnum):
    application_form = "application_form"  # 不动产登记申请书
    commitment_letter = "commitment_letter"  # 告知承诺书
    area_confirmation = "area_confirmation"  # 面积差异确认书
    power_of_attorney = "power_of_attorney"  # 委托书


class RequestStatus(StrEnum):
    pending = "pending"  # owners are signing, in turn
    sealing = "sealing"  # every owner signed; the registry seal is queued
    completed = "completed"  # sealed: the legal document
    expired = "expired"  # not signed in time
    cancelled = "cancelled"


class PartyStatus(StrEnum):
    waiting = "waiting"  # an earlier signer has not signed yet
    pending = "pending"  # their turn
    signed = "signed"


class SigningRequest(Model):
    id = fields.UUIDField(primary_key=True)
    kind = fields.CharEnumField(DocumentKind, max_length=24)
    title = fields.CharField(max_length=100)
    application = fields.ForeignKeyField(
        "models.Application", related_name="signing_requests", null=True, on_delete=fields.CASCADE
    )
    requirement_code = fields.CharField(max_length=40, null=True)  # the material a letter replaces
    created_by = fields.ForeignKeyField(
        "models.User", related_name="signing_requests_created", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(RequestStatus, max_length=12, default=RequestStatus.pending)
    scope_path = fields.CharField(max_length=400, db_index=True)  # the estate's street, for staff
    original_object_id = fields.CharField(max_length=64)
    original_sha256 = fields.CharField(max_length=64)
    current_object_id = fields.CharField(max_length=64)
    current_sha256 = fields.CharField(max_length=64)
    details = fields.JSONField(default=dict)  # what was rendered (no personal data)
    expires_at = fields.DatetimeField()
    completed_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    version = fields.IntField(default=0)

    application_id: object
    created_by_id: object

    class Meta:
        table = "signing_request"


class SigningParty(Model):
    id = fields.UUIDField(primary_key=True)
    request = fields.ForeignKeyField(
        "models.SigningRequest", related_name="parties", on_delete=fields.CASCADE
    )
    user = fields.ForeignKeyField(
        "models.User", related_name="signing_parties", on_delete=fields.RESTRICT
    )
    position = fields.IntField()
    field_name = fields.CharField(max_length=40)
    role_label = fields.CharField(max_length=40)
    status = fields.CharEnumField(PartyStatus, max_length=10)
    signed_at = fields.DatetimeField(null=True)
    reminded_at = fields.DatetimeField(null=True)
    reminders = fields.IntField(default=0)

    request_id: object
    user_id: object

    class Meta:
        table = "signing_party"
        unique_together = (("request", "user"),)


class SignatureEvidence(Model):
    """What a court clerk needs to judge one signature: who, proven how, on which bytes, when,
    from where. Kept for as long as the document."""

    # Columns sealed by security.fieldcrypt (bound to table, id, column), each with the field
    # name that was its associated data before that binding (security.reseal reads those).
    ENCRYPTED_COLUMNS: ClassVar[dict[str, str]] = {
        "signer_name_enc": "signer_name",
    }

    id = fields.UUIDField(primary_key=True)
    request = fields.ForeignKeyField(
        "models.SigningRequest", related_name="evidence", on_delete=fields.CASCADE
    )
    party = fields.ForeignKeyField(
        "models.SigningParty", related_name="evidence", null=True, on_delete=fields.CASCADE
    )
    signer_kind = fields.CharField(max_length=8)  # owner | seal
    signer = fields.ForeignKeyField(
        "models.User", related_name="signature_evidence", null=True, on_delete=fields.RESTRICT
    )
    signer_name_enc = fields.TextField()  # encrypted (security.fieldcrypt)
    field_name = fields.CharField(max_length=40)
    certificate_sha256 = fields.CharField(max_length=64)
    certificate_issuer = fields.CharField(max_length=200)
    identity_check = fields.ForeignKeyField(
        "models.IdentityCheck", related_name="signatures", null=True, on_delete=fields.RESTRICT
    )
    identity_result = fields.JSONField(default=dict)
    sha256_before = fields.CharField(max_length=64)
    sha256_after = fields.CharField(max_length=64)
    object_id_after = fields.CharField(max_length=64)
    image_object_id = fields.CharField(max_length=64, null=True)
    image_sha256 = fields.CharField(max_length=64, null=True)
    signed_at = fields.DatetimeField()
    timestamp_at = fields.DatetimeField(null=True)  # the TSA's time, when a TSA is configured
    ip = fields.CharField(max_length=45, null=True)
    user_agent = fields.CharField(max_length=300, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "signature_evidence"
