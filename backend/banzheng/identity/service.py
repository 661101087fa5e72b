"""Identity checks: the rules (no HTTP here).

One check is one attempt: consent, a fresh challenge, one video (or one provider session), one
decision. Every state change happens in one short transaction that re-reads the row locked and
re-checks its state, so a retried upload, a clerk double-clicking or a callback arriving twice
cannot decide a check twice. Every attempt, pre-check verdict, decision and reviewer is written
to the audit log.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from banzheng.accounts.models import User
from banzheng.common import audit, rediskeys, workdays
from banzheng.common.errors import ApiError, Conflict, NotFound, TooManyRequests, ValidationFailed
from banzheng.identity import consent, limits
from banzheng.identity.models import (
    OPEN_STATUSES,
    ChallengeAction,
    CheckStatus,
    IdentityCheck,
)
from banzheng.identity.providers import Provider
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.permissions import staff_scope
from banzheng.security.roles import Role
from banzheng.storage import ObjectStore

if TYPE_CHECKING:  # decoding libraries are the worker's: the API process never imports them
    from banzheng.identity.precheck import Precheck

CHECK_NOT_FOUND = "未找到该核验记录"
REVIEWERS = frozenset({Role.clerk})


class ChallengeExpired(ApiError):
    status = 410
    code = "CHALLENGE_EXPIRED"
    message = "动作码已过期，请重新开始核验"


def now_utc() -> datetime:
    return datetime.now(UTC)


def consent_for(settings) -> consent.ConsentText:
    return consent.consent_text(
        provider=settings.IDENTITY_PROVIDER, retention_days=settings.IDENTITY_VIDEO_RETENTION_DAYS
    )


def new_challenge() -> tuple[str, ChallengeAction]:
    length = limits.CHALLENGE_DIGITS_MIN + secrets.randbelow(
        limits.CHALLENGE_DIGITS_MAX - limits.CHALLENGE_DIGITS_MIN + 1
    )
    digits = "".join(str(secrets.randbelow(10)) for _ in range(length))
    return digits, secrets.choice(list(ChallengeAction))


# --- visibility ----------------------------------------------------------------------------------


async def visible_check(user: User, check_id: object) -> IdentityCheck:
    """The owner's own check, or — for a clerk — a check of an owner with a house in their scope.
    Anyone else gets 404, as for a check that does not exist."""
    check = await IdentityCheck.get_or_none(id=check_id)
    if check is None or not await can_see_check(user, check):
        raise NotFound(CHECK_NOT_FOUND)
    return check


async def can_see_check(user: User, check: IdentityCheck) -> bool:
    if user.role is Role.owner:
        return str(check.owner_id) == str(user.id)
    if user.role not in REVIEWERS:
        return False
    scope = staff_scope(user)
    return scope is not None and await in_scope(scope).filter(id=check.id).exists()


def in_scope(scope: str):
    """Checks of owners who have a house in an estate within `scope`."""
    return IdentityCheck.filter(
        owner__houses__house__building__community__scope_path__startswith=scope
    ).distinct()


async def review_queue(*, scope: str, page: int, size: int) -> tuple[list[IdentityCheck], int]:
    """Checks waiting for a clerk's decision in `scope`, the earliest video first."""
    query = in_scope(scope).filter(status=CheckStatus.in_review)
    items = await query.order_by("video_uploaded_at").offset((page - 1) * size).limit(size)
    return items, await query.count()


# --- starting a check ----------------------------------------------------------------------------


async def start(
    *,
    owner: User,
    consent_version: str,
    consent_sha256: str,
    settings,
    provider: Provider,
    cipher: FieldCipher,
    now: datetime | None = None,
) -> IdentityCheck:
    """Record the consent and issue a challenge; with an external provider, also start its
    session (outside the transaction: it is a network call)."""
    now = now or now_utc()
    current = consent_for(settings)
    if (consent_version, consent_sha256) != (current.version, current.sha256):
        raise ValidationFailed(
            "同意书内容已更新，请重新阅读并同意后再开始核验",
            code="CONSENT_OUTDATED",
            details={"version": current.version},
        )
    async with in_transaction():
        # One owner's starts are serialised on their own row: the daily count cannot be raced.
        await User.filter(id=owner.id).select_for_update().first()
        await _refuse_over_daily_limit(owner, settings.IDENTITY_MAX_ATTEMPTS_PER_DAY, now)
        if await IdentityCheck.filter(
            owner_id=owner.id, status__in=[CheckStatus.checking, CheckStatus.in_review]
        ).exists():
            raise Conflict(
                "上一次核验正在检查或审核中，请等待结果后再重新核验", code="IDENTITY_CHECK_PENDING"
            )
        superseded = await IdentityCheck.filter(
            owner_id=owner.id,
            status__in=[CheckStatus.awaiting_video, CheckStatus.awaiting_provider],
        ).update(status=CheckStatus.expired)
        digits, action = new_challenge()
        check = await IdentityCheck.create(
            owner_id=owner.id,
            provider=provider.name,
            status=CheckStatus.awaiting_video
            if provider.records_video_here
            else CheckStatus.awaiting_provider,
            consent_version=current.version,
            consent_sha256=current.sha256,
            consented_at=now,
            challenge_digits=digits,
            challenge_action=action,
            challenge_expires_at=now + timedelta(seconds=settings.IDENTITY_CHALLENGE_TTL),
        )
        await audit.record(
            "identity.check_started",
            object_type="identity_check",
            object_id=check.id,
            details={
                "provider": provider.name,
                "consent_version": current.version,
                "consent_sha256": current.sha256,
                "action": action.value,
                "superseded": superseded,
            },
        )
    if provider.records_video_here:
        return check
    record = await User.get(id=owner.id)  # the request's user may be a cached copy
    try:
        started = await provider.start(
            check_id=str(check.id),
            real_name=cipher.reveal(record, "real_name_enc"),
            id_number=cipher.reveal(record, "id_number_enc"),
        )
    except ApiError:
        # The provider never opened a session: this was no attempt, so it does not count.
        await IdentityCheck.filter(id=check.id).delete()
        await audit.record(
            "identity.provider_unavailable", object_type="identity_check", object_id=check.id
        )
        raise
    check.provider_token, check.provider_url = started.token, started.url
    await check.save(update_fields=["provider_token", "provider_url"])
    return check


def start_of_day(now: datetime) -> datetime:
    local = now.astimezone(workdays.OFFICE_TZ)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


async def _refuse_over_daily_limit(owner: User, allowed: int, now: datetime) -> None:
    midnight = start_of_day(now)
    started_today = await IdentityCheck.filter(owner_id=owner.id, created_at__gte=midnight).count()
    if started_today >= allowed:
        wait = int((midnight + timedelta(days=1) - now).total_seconds()) + 1
        raise TooManyRequests(
            f"今天已核验 {started_today} 次，达到每日 {allowed} 次的上限，请明天再试，"
            "或到登记窗口当面办理",
            code="IDENTITY_ATTEMPTS_EXCEEDED",
            details={"attempts_today": started_today, "limit": allowed},
            headers={"Retry-After": str(wait)},
        )


# --- the video (manual provider) -----------------------------------------------------------------


async def expire_if_due(check: IdentityCheck, now: datetime | None = None) -> IdentityCheck:
    """A challenge that ran out before a video arrived ends the check (read lazily, and swept by
    the daily job)."""
    now = now or now_utc()
    if check.status is CheckStatus.awaiting_video and check.challenge_expires_at <= now:
        updated = await IdentityCheck.filter(id=check.id, status=CheckStatus.awaiting_video).update(
            status=CheckStatus.expired
        )
        if updated:
            check.status = CheckStatus.expired
            await audit.record(
                "identity.challenge_expired",
                object_type="identity_check",
                object_id=check.id,
                actor_id=check.owner_id,
                actor_role=Role.owner.value,
            )
    return check


async def open_video_upload(*, owner: User, check_id: object) -> IdentityCheck:
    """Refuse before any byte is stored: someone else's check (404), a check not waiting for a
    video (409), an expired challenge (410). The upload must START while the challenge is valid;
    a slow network may finish it later (the upload session's own life bounds that)."""
    check = await IdentityCheck.get_or_none(id=check_id, owner_id=owner.id)
    if check is None:
        raise NotFound(CHECK_NOT_FOUND)
    await expire_if_due(check)
    if check.status is CheckStatus.expired:
        raise ChallengeExpired()
    if check.status is CheckStatus.awaiting_provider:
        raise Conflict(
            "本次核验请在人脸核身页面完成，无需上传视频", code="IDENTITY_NO_VIDEO_NEEDED"
        )
    if check.status is not CheckStatus.awaiting_video:
        raise Conflict("这次核验已经上传过视频，如需重录请重新开始核验", code="VIDEO_ALREADY_SENT")
    return check


async def attach_video(
    *, check_id: object, object_id: str, kind: str, size: int, sha256: str
) -> IdentityCheck:
    """The finished upload becomes the check's video (call inside the caller's transaction)."""
    check = await IdentityCheck.filter(id=check_id).select_for_update().first()
    if check is None or check.status not in (CheckStatus.awaiting_video, CheckStatus.expired):
        raise Conflict("这次核验已经上传过视频，如需重录请重新开始核验", code="VIDEO_ALREADY_SENT")
    check.status = CheckStatus.checking
    check.video_object_id, check.video_kind = object_id, kind
    check.video_size, check.video_sha256 = size, sha256
    check.video_uploaded_at = now_utc()
    check.version += 1
    await check.save()
    await audit.record(
        "identity.video_received",
        object_type="identity_check",
        object_id=check.id,
        details={"size": size, "kind": kind, "sha256": sha256},
    )
    return check


async def record_precheck(*, check_id: object, object_id: str, result: Precheck) -> bool:
    """Write the pre-check verdict; False (nothing written) when the check moved on meanwhile
    (a re-run of the job after a crash, or a video that is no longer the check's)."""
    async with in_transaction():
        check = await IdentityCheck.filter(id=check_id).select_for_update().first()
        if (
            check is None
            or check.status is not CheckStatus.checking
            or check.video_object_id != object_id
        ):
            return False
        check.precheck_findings = [f.to_dict() for f in result.findings]
        check.precheck_facts = result.facts.to_dict()
        check.prechecked_at = now_utc()
        check.status = CheckStatus.in_review if result.passed else CheckStatus.retake
        check.version += 1
        await check.save()
        await audit.record(
            "identity.prechecked",
            object_type="identity_check",
            object_id=check.id,
            actor_role="system",
            details={
                "passed": result.passed,
                "findings": [f.code for f in result.findings],
            },
        )
    return True


# --- decisions -----------------------------------------------------------------------------------


async def decide(
    *, check_id: object, clerk: User, approve: bool, reason: str, settings
) -> IdentityCheck:
    """A clerk's decision after watching the video against the challenge and the ID card."""
    reason = reason.strip()
    if not approve and not reason:
        raise ValidationFailed("不通过时请写明原因，业主会看到它", code="REASON_REQUIRED")
    await visible_check(clerk, check_id)
    async with in_transaction():
        check = await IdentityCheck.filter(id=check_id).select_for_update().first()
        if check.status is not CheckStatus.in_review:
            raise Conflict("这次核验当前不在待审核状态", code="CHECK_NOT_IN_REVIEW")
        now = now_utc()
        _settle(check, passed=approve, reason=reason, now=now, settings=settings)
        check.decided_by_id = clerk.id
        await check.save()
        await audit.record(
            "identity.decided",
            object_type="identity_check",
            object_id=check.id,
            actor_id=clerk.id,
            actor_role=clerk.role.value,
            details={"passed": approve, "reason": reason, "owner": str(check.owner_id)},
        )
    return check


def _settle(check: IdentityCheck, *, passed: bool, reason: str, now: datetime, settings) -> None:
    check.status = CheckStatus.passed if passed else CheckStatus.failed
    check.decided_at, check.decision_reason = now, reason[:500]
    check.passed_until = now + timedelta(seconds=settings.IDENTITY_PASS_TTL) if passed else None
    check.version += 1


async def settle_from_provider(
    *, check: IdentityCheck, provider: Provider, settings, cipher: FieldCipher, trigger: str
) -> IdentityCheck:
    """Pull the result by the token WE hold (never what a redirect or callback says) and record
    it. A result for another person or another check is a failure, not a pass."""
    if check.status is not CheckStatus.awaiting_provider or not check.provider_token:
        return check
    result = await provider.fetch_result(check.provider_token)
    if not result.done:
        return check
    owner = await User.get(id=check.owner_id)
    expected_id = cipher.reveal(owner, "id_number_enc")
    mismatch = result.reference != str(check.id) or (
        result.id_number is not None
        and (expected_id or "").upper() != str(result.id_number).upper()
    )
    passed = result.passed and not mismatch
    reason = "核身结果与本次核验不符，请重新核验" if mismatch else result.reason
    async with in_transaction():
        locked = await IdentityCheck.filter(id=check.id).select_for_update().first()
        if locked.status is not CheckStatus.awaiting_provider:
            return locked
        _settle(locked, passed=passed, reason=reason, now=now_utc(), settings=settings)
        locked.provider_score = result.score
        locked.provider_liveness = result.liveness
        locked.provider_result = {**result.raw, "mismatch": mismatch}
        await locked.save()
        await audit.record(
            "identity.decided",
            object_type="identity_check",
            object_id=locked.id,
            actor_role="system",
            details={
                "passed": passed,
                "provider": provider.name,
                "score": str(result.score) if result.score is not None else None,
                "liveness": result.liveness,
                "trigger": trigger,
                "mismatch": mismatch,
            },
        )
    return locked


async def remember_nonce(redis, nonce: str, ttl: int) -> bool:
    """True the first time a callback nonce is seen (kept for `ttl` seconds, longer than the
    accepted clock skew, so a replay within the window is caught)."""
    return bool(await redis.set(rediskeys.identity_callback_nonce(nonce), "1", nx=True, ex=ttl))


async def check_by_token(token: str) -> IdentityCheck:
    check = await IdentityCheck.get_or_none(provider_token=token)
    if check is None:
        raise NotFound(CHECK_NOT_FOUND)
    return check


# --- what signatures ask --------------------------------------------------------------------------


async def valid_pass(owner_id: object, now: datetime | None = None) -> IdentityCheck | None:
    """The owner's passed check that still lets them sign, if any (the newest)."""
    return (
        await IdentityCheck.filter(
            owner_id=owner_id,
            status=CheckStatus.passed,
            passed_until__gt=now or now_utc(),
        )
        .order_by("-decided_at")
        .first()
    )


async def latest(owner_id: object) -> IdentityCheck | None:
    return await IdentityCheck.filter(owner_id=owner_id).order_by("-created_at").first()


# --- retention -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeReport:
    deleted: int
    expired: int


async def purge_videos(
    *, store: ObjectStore, retention_days: int, now: datetime | None = None
) -> PurgeReport:
    """Delete videos whose check was decided (or refused by the pre-checks) more than
    `retention_days` ago; the check row — the decision record — stays. Videos of checks still
    open are never deleted. Also ends challenges that ran out."""
    now = now or now_utc()
    cutoff = now - timedelta(days=retention_days)
    expired = 0
    for check in await IdentityCheck.filter(
        status=CheckStatus.awaiting_video, challenge_expires_at__lte=now
    ):
        before = check.status
        await expire_if_due(check, now)
        expired += check.status is not before
    due = await IdentityCheck.filter(
        Q(decided_at__lte=cutoff) | Q(decided_at__isnull=True, prechecked_at__lte=cutoff),
        video_object_id__isnull=False,
    ).exclude(status__in=list(OPEN_STATUSES))
    deleted = 0
    for check in due:
        object_id = check.video_object_id
        await store.delete(object_id)  # idempotent: a re-run after a crash is harmless
        updated = await IdentityCheck.filter(id=check.id, video_object_id=object_id).update(
            video_object_id=None, video_deleted_at=now
        )
        if updated:
            deleted += 1
            await audit.record(
                "identity.video_deleted",
                object_type="identity_check",
                object_id=check.id,
                actor_role="system",
                details={"retention_days": retention_days, "sha256": check.video_sha256},
            )
    return PurgeReport(deleted=deleted, expired=expired)


def score_text(score: Decimal | None) -> str | None:
    return None if score is None else f"{score:.2f}"
