"""Identity checks: one row per attempt, kept after its video is deleted (the decision record)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class CheckStatus(StrEnum):
    awaiting_video = "awaiting_video"  # consent given, challenge shown; manual provider
    awaiting_provider = "awaiting_provider"  # external provider's page holds the owner
    checking = "checking"  # video received; automatic pre-checks queued or running
    retake = "retake"  # pre-checks refused the video: the owner records again (new check)
    in_review = "in_review"  # pre-checks passed; a clerk decides
    passed = "passed"
    failed = "failed"
    expired = "expired"  # the challenge ran out before a video arrived


OPEN_STATUSES = frozenset(
    {
        CheckStatus.awaiting_video,
        CheckStatus.awaiting_provider,
        CheckStatus.checking,
        CheckStatus.in_review,
    }
)


class ChallengeAction(StrEnum):
    turn_head = "turn_head"
    blink = "blink"
    nod = "nod"


class IdentityCheck(Model):
    id = fields.UUIDField(primary_key=True)
    owner = fields.ForeignKeyField(
        "models.User", related_name="identity_checks", on_delete=fields.RESTRICT
    )
    provider = fields.CharField(max_length=20)
    status = fields.CharEnumField(CheckStatus, max_length=20, db_index=True)
    # Separate consent to process face data (PIPL art. 29), with the exact text agreed to.
    consent_version = fields.CharField(max_length=40)
    consent_sha256 = fields.CharField(max_length=64)
    consented_at = fields.DatetimeField()
    # The random challenge: digits to read aloud and one action.
    challenge_digits = fields.CharField(max_length=8)
    challenge_action = fields.CharEnumField(ChallengeAction, max_length=12)
    challenge_expires_at = fields.DatetimeField()
    # The recorded video (manual provider), encrypted in the object store until retention ends.
    video_object_id = fields.CharField(max_length=64, null=True)
    video_kind = fields.CharField(max_length=8, null=True)
    video_size = fields.BigIntField(null=True)
    video_sha256 = fields.CharField(max_length=64, null=True)
    video_uploaded_at = fields.DatetimeField(null=True)
    video_deleted_at = fields.DatetimeField(null=True)
    precheck_findings = fields.JSONField(default=list)
    precheck_facts = fields.JSONField(default=dict)
    prechecked_at = fields.DatetimeField(null=True)
    # External provider: its token and page, and the result it gave when pulled.
    provider_token = fields.CharField(max_length=128, null=True, unique=True)
    provider_url = fields.CharField(max_length=1000, null=True)
    provider_score = fields.DecimalField(max_digits=6, decimal_places=2, null=True)
    provider_liveness = fields.CharField(max_length=40, null=True)
    provider_result = fields.JSONField(default=dict)
    # The decision.
    decided_at = fields.DatetimeField(null=True)
    decided_by = fields.ForeignKeyField(
        "models.User", related_name="identity_decisions", null=True, on_delete=fields.RESTRICT
    )
    decision_reason = fields.CharField(max_length=500, default="")
    passed_until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    version = fields.IntField(default=0)

    owner_id: object
    decided_by_id: object

    class Meta:
        table = "identity_check"
