"""Electronic title certificates (不动产权电子证照) and the per-year counter behind their numbers."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from tortoise import fields
from tortoise.models import Model


class CertificateStatus(StrEnum):
    issuing = "issuing"  # numbered at 缮证; the PDF is being rendered and sealed (queue job)
    current = "current"  # sealed, downloadable, published in the transparency log
    revoked = "revoked"  # replaced by a newer version, or cancelled (注销)


class RevocationKind(StrEnum):
    replaced = "replaced"  # 换证/更正: a new version supersedes it
    cancelled = "cancelled"  # 注销: no successor


class CertificateCounter(Model):
    """The last certificate number given out in a year. Numbers must be gap-free per year
    (a certificate number is a register entry, 《不动产登记暂行条例实施细则》第二十四条):
    the increment is made in the same transaction that creates the certificate, so a rolled
    back issuance returns its number. One row per year is the serialisation point by design."""

    year = fields.IntField(primary_key=True)
    last_serial = fields.IntField(default=0)

    class Meta:
        table = "certificate_counter"


class Certificate(Model):
    # Columns sealed by security.fieldcrypt (bound to table, id, column), each with the field
    # name that was its associated data before that binding (security.reseal reads those).
    ENCRYPTED_COLUMNS: ClassVar[dict[str, str]] = {
        "holders_enc": "holders",
    }
    id = fields.UUIDField(primary_key=True)
    application = fields.ForeignKeyField(
        "models.Application", related_name="certificates", on_delete=fields.RESTRICT
    )
    house = fields.ForeignKeyField(
        "models.House", related_name="certificates", on_delete=fields.RESTRICT
    )
    scope_path = fields.CharField(max_length=400, db_index=True)  # the estate's street
    number = fields.CharField(max_length=64, unique=True)  # X(2026)某市不动产权第0000001号
    year = fields.IntField()
    serial = fields.IntField()
    version = fields.IntField(default=1)  # 1 for the first certificate of a house's case
    # The version this one replaces (a plain id: aerich cannot create a self-referencing key).
    supersedes_id = fields.UUIDField(null=True, unique=True)
    # The public verification page's key (/v/<token>): random, never derived from the number.
    token = fields.CharField(max_length=64, unique=True)
    status = fields.CharEnumField(
        CertificateStatus, max_length=12, default=CertificateStatus.issuing, db_index=True
    )
    # What the certificate says, frozen at issuance (no personal data: holders are below).
    contents = fields.JSONField(default=dict)
    holders_enc = fields.TextField(null=True)  # names, ID numbers and shares (field-encrypted)
    holder_masked = fields.CharField(max_length=100, default="")  # 张*、李** for the public page
    object_id = fields.CharField(max_length=64, null=True)  # the sealed PDF in the object store
    pdf_sha256 = fields.CharField(max_length=64, null=True)
    leaf_hash = fields.CharField(max_length=64, null=True)  # issuance leaf in the transparency log
    revocation_leaf_hash = fields.CharField(max_length=64, null=True)
    issued_by = fields.ForeignKeyField(
        "models.User", related_name="certificates_issued", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    issued_at = fields.DatetimeField(null=True)  # sealed and published
    revoked_at = fields.DatetimeField(null=True)
    revocation_kind = fields.CharEnumField(RevocationKind, max_length=12, null=True)
    revocation_reason = fields.CharField(max_length=200, default="")

    application_id: object
    house_id: object
    issued_by_id: object

    class Meta:
        table = "certificate"
        unique_together = (("year", "serial"),)
        indexes = (("application",), ("house",), ("issued_by",))


class CertificateHolder(Model):
    """A right holder named on a certificate: the owners of record at issuance, with shares.
    Their names are resolved when the PDF is rendered and kept encrypted on the certificate."""

    id = fields.UUIDField(primary_key=True)
    certificate = fields.ForeignKeyField(
        "models.Certificate", related_name="holders", on_delete=fields.CASCADE
    )
    owner = fields.ForeignKeyField(
        "models.User", related_name="certificates_held", on_delete=fields.RESTRICT
    )
    share_percent = fields.IntField()
    position = fields.IntField()

    certificate_id: object
    owner_id: object

    class Meta:
        table = "certificate_holder"
        unique_together = (("certificate", "owner"),)
        indexes = (("owner",),)
