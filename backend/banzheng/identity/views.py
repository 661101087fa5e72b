"""Shaping identity checks for owners and clerks (masked personal data, labels, local times)."""

from __future__ import annotations

from datetime import datetime

from banzheng.accounts.models import User
from banzheng.common import workdays
from banzheng.identity import limits
from banzheng.identity.labels import ACTION_LABELS, PROVIDER_LABELS, STATUS_LABELS
from banzheng.identity.models import CheckStatus, IdentityCheck
from banzheng.identity.schemas import (
    ChallengePublic,
    CheckPublic,
    CheckReview,
    IdCardPhoto,
    OwnerSummary,
    UploadHint,
)
from banzheng.identity.uploads import METADATA_KEY, VIDEO_FORMATS
from banzheng.security.fieldcrypt import FieldCipher, mask_id_number, mask_name


def iso(value: datetime | None) -> str | None:
    return value.astimezone(workdays.OFFICE_TZ).isoformat() if value else None


def _challenge(check: IdentityCheck) -> ChallengePublic:
    return ChallengePublic(
        digits=check.challenge_digits,
        action=check.challenge_action.value,
        action_label=ACTION_LABELS[check.challenge_action],
        expires_at=iso(check.challenge_expires_at),
    )


def _problems(findings: list[dict]) -> list[dict]:
    return [
        {"code": f["code"], "message": f["message"]}
        for f in findings
        if f.get("severity") == "reject"
    ]


def public(check: IdentityCheck, settings) -> CheckPublic:
    waiting = check.status is CheckStatus.awaiting_video
    return CheckPublic(
        id=str(check.id),
        status=check.status.value,
        status_label=STATUS_LABELS[check.status],
        provider=check.provider,
        provider_label=PROVIDER_LABELS.get(check.provider, check.provider),
        challenge=_challenge(check) if waiting else None,
        upload=UploadHint(
            metadata_key=METADATA_KEY,
            formats=VIDEO_FORMATS,
            max_bytes=settings.UPLOAD_MAX_VIDEO_BYTES,
            min_seconds=limits.MIN_DURATION_SECONDS,
            max_seconds=limits.MAX_DURATION_SECONDS,
        )
        if waiting
        else None,
        provider_url=check.provider_url if check.status is CheckStatus.awaiting_provider else None,
        # Where the provider sends the owner back (FACEID_REDIRECT_URL): the mini-program's
        # web-view recognises it and returns to its own page, which asks us to pull the result.
        provider_return_url=(settings.FACEID_REDIRECT_URL or None)
        if check.status is CheckStatus.awaiting_provider
        else None,
        problems=_problems(check.precheck_findings),
        decision_reason=check.decision_reason,
        passed_until=iso(check.passed_until),
        created_at=iso(check.created_at),
        decided_at=iso(check.decided_at),
        video_deleted_at=iso(check.video_deleted_at),
    )


def review(
    check: IdentityCheck,
    *,
    owner: User,
    decided_by: User | None,
    id_card: IdCardPhoto | None,
    cipher: FieldCipher,
    settings,
) -> CheckReview:
    def reveal(column: str, mask) -> str | None:
        value = cipher.reveal(owner, column)
        return mask(value) if value is not None else None

    return CheckReview(
        **public(check, settings).model_dump(),
        owner=OwnerSummary(
            display_name=owner.display_name,
            real_name=reveal("real_name_enc", mask_name),
            id_number=reveal("id_number_enc", mask_id_number),
        ),
        review_challenge=_challenge(check),
        precheck_findings=[
            {"code": f["code"], "message": f["message"]} for f in check.precheck_findings
        ],
        precheck_facts=check.precheck_facts,
        video_available=check.video_object_id is not None,
        id_card=id_card,
        provider_score=None if check.provider_score is None else f"{check.provider_score:.2f}",
        provider_liveness=check.provider_liveness,
        decided_by=decided_by.display_name if decided_by else None,
    )
