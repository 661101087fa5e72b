"""The rules of rating by QR scan (二维码扫码评价), following 国办发〔2019〕51号 and
GB/T 39734-2020 / GB/T 39735-2020 where they apply (README lists where we depart):

- five levels; 不满意 and 非常不满意 are 差评, and every 差评 opens a rectification case due in
  `FEEDBACK_RECTIFY_WORKDAYS` working days (return visit recorded, owner-visible status);
- on-site service (window, staff member, estate service station) is rated 一次一评: one rating
  per person per target per visit, a visit being one office day; online service (an
  application's receipt) 一事一评: once per application, and only once it has been accepted;
- the rated staff member may appeal a 差评 (申诉复核); a supervisor decides; an upheld appeal
  voids the rating for the figures but keeps it on record; everything is audited.

A person is the logged-in owner (mini-program) or, on the H5 page, a device (a random cookie,
hashed); the H5 page is also rate-limited per device and per IP.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import nh3
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from banzheng.accounts.models import Organisation, User
from banzheng.applications.models import Application, Status
from banzheng.common import audit, workdays
from banzheng.common.errors import Conflict, Forbidden, NotFound, Unprocessable
from banzheng.communities.models import Community
from banzheng.feedback.labels import BAD_LEVELS, INDICATORS, TARGET_CHANNELS
from banzheng.feedback.models import (
    Appeal,
    AppealStatus,
    CaseStatus,
    FeedbackTarget,
    Level,
    Rating,
    RatingChannel,
    RatingSource,
    RectificationCase,
    TargetKind,
)
from banzheng.security.permissions import can_see, staff_scope
from banzheng.security.roles import Role

CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: read aloud, typed by hand
CODE_LENGTH = 10  # 31^10 ≈ 8·10^14: not guessable, short enough for a small QR code
COMMENT_MAX = 500
RATED_STATES = frozenset(
    {
        Status.accepted,
        Status.department_review,
        Status.registry_review,
        Status.registered,
        Status.certificate_issued,
        Status.delivered,
        Status.returned,
        Status.rejected,
    }
)  # 一事一评 after the service was given: from acceptance (or a decision) on


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def public_url(base_url: str, code: str) -> str:
    """The URL a QR code holds; WeChat opens the mini-program for this prefix (README)."""
    return f"{base_url.rstrip('/')}/q/{code}"


def device_hash(device_id: str, key: bytes) -> str:
    return hashlib.blake2b(device_id.encode(), key=key[:64], digest_size=32).hexdigest()


def clean_comment(text: str) -> str:
    """Plain text only: any markup is removed (not escaped), whitespace folded, length capped."""
    stripped = nh3.clean(text or "", tags=set(), clean_content_tags={"script", "style"})
    return " ".join(stripped.replace("&amp;", "&").split())[:COMMENT_MAX]


# ---- targets -------------------------------------------------------------------------------


async def target_by_code(code: str) -> FeedbackTarget:
    """The active target of a QR code; an unknown or altered code is 404."""
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        raise NotFound("该二维码无效或已停用")
    target = await FeedbackTarget.get_or_none(code=code, active=True)
    if target is None:
        raise NotFound("该二维码无效或已停用")
    return target


async def _unique_code() -> str:
    for _ in range(5):
        code = new_code()
        if not await FeedbackTarget.exists(code=code):
            return code
    raise Conflict("生成二维码失败，请重试", code="CODE_COLLISION")


async def create_target(
    *,
    creator: User,
    kind: TargetKind,
    name: str,
    organisation_id: Any = None,
    staff_id: Any = None,
    community_id: Any = None,
) -> FeedbackTarget:
    """A window, a staff member or an estate's station (receipts are made per application)."""
    scope = staff_scope(creator)
    organisation = staff = community = None
    if kind is TargetKind.window:
        organisation = await Organisation.get_or_none(id=organisation_id)
        scope_path = organisation.scope_path if organisation else None
    elif kind is TargetKind.staff:
        staff = await User.get_or_none(id=staff_id).select_related("organisation")
        organisation = staff.organisation if staff else None
        scope_path = organisation.scope_path if organisation else None
    elif kind is TargetKind.station:
        community = await Community.get_or_none(id=community_id)
        scope_path = community.scope_path if community else None
    else:
        raise Unprocessable("受理回执的评价码随申请自动生成", code="RECEIPT_TARGET")
    if scope_path is None or scope is None or not scope_path.startswith(scope):
        raise NotFound("未找到评价对象")
    target = await FeedbackTarget.create(
        code=await _unique_code(),
        kind=kind,
        name=name,
        organisation=organisation,
        staff=staff,
        community=community,
        scope_path=scope_path,
    )
    await audit.record(
        "feedback.target_created",
        object_type="feedback_target",
        object_id=target.id,
        details={"kind": kind.value, "name": name},
    )
    return target


async def receipt_target(application: Application) -> FeedbackTarget:
    """The receipt's target of an application (一事一评), made once."""
    existing = await FeedbackTarget.get_or_none(application_id=application.id)
    if existing:
        return existing
    try:
        async with in_transaction():
            return await FeedbackTarget.create(
                code=await _unique_code(),
                kind=TargetKind.receipt,
                name=f"办件 {application.number}",
                application=application,
                scope_path=application.scope_path,
            )
    except IntegrityError:  # made by a concurrent request
        return await FeedbackTarget.get(application_id=application.id)


def visible_target(user: User, target: FeedbackTarget) -> bool:
    return can_see(user, scope_path=target.scope_path)


# ---- rating ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rater:
    """Who rates: the logged-in owner, or a device on the H5 page."""

    user: User | None = None
    device_hash: str | None = None

    @property
    def key(self) -> str:
        return f"user:{self.user.id}" if self.user else f"device:{self.device_hash}"


def visit_key(target: FeedbackTarget, rater: Rater, now: datetime) -> str:
    """一次一评: one rating per person, target and visit (one office day); 一事一评: one per
    application, whoever holds its receipt."""
    if target.kind is TargetKind.receipt:
        return f"receipt:{target.application_id}"
    day = now.astimezone(workdays.OFFICE_TZ).date().isoformat()
    return f"visit:{target.id}:{rater.key}:{day}"


def check_indicators(channel: RatingChannel, level: int, given: dict[str, int]) -> dict[str, int]:
    allowed = INDICATORS[channel]
    unknown = sorted(set(given) - set(allowed))
    bad = [k for k, v in given.items() if k in allowed and not 1 <= int(v) <= 5]
    if unknown or bad:
        raise Unprocessable(
            "评价指标不符合要求",
            code="BAD_INDICATORS",
            details={"unknown": unknown, "out_of_range": bad, "allowed": list(allowed)},
        )
    return {**{k: int(v) for k, v in given.items()}, "overall": level}


ALREADY_RATED = "您本次已评价过，感谢您的反馈。同一服务每次只能评价一次"
RECEIPT_RATED = "这件申请已经评价过了，每件申请只能评价一次（一事一评）"


async def rate(
    *,
    target: FeedbackTarget,
    rater: Rater,
    level: int,
    indicators: dict[str, int],
    comment: str,
    source: RatingSource,
    rectify_workdays: int,
    now: datetime | None = None,
) -> Rating:
    now = now or datetime.now(UTC)
    try:
        level = Level(level)
    except ValueError:
        raise Unprocessable("请选择 1 到 5 星的评价", code="BAD_LEVEL") from None
    channel = TARGET_CHANNELS[target.kind]
    values = check_indicators(channel, level, indicators)
    application = None
    if target.kind is TargetKind.receipt:
        application = await Application.get(id=target.application_id)
        if application.status not in RATED_STATES:
            raise Conflict("申请受理后才能评价", code="NOT_YET_RATABLE")
        if rater.user is not None and str(application.applicant_id) != str(rater.user.id):
            raise NotFound("该二维码无效或已停用")
    key = visit_key(target, rater, now)
    if await Rating.exists(visit_key=key):
        raise Conflict(RECEIPT_RATED if application else ALREADY_RATED, code="ALREADY_RATED")
    try:
        async with in_transaction():
            rating = await Rating.create(
                target=target,
                level=int(level),
                indicators=values,
                comment=clean_comment(comment),
                channel=channel,
                source=source,
                user=rater.user,
                device_hash=rater.device_hash,
                visit_key=key,
            )
            if level in BAD_LEVELS:
                await RectificationCase.create(
                    rating=rating,
                    scope_path=target.scope_path,
                    due_at=await workdays.due_at(now, workdays=rectify_workdays),
                )
            await audit.record(
                "feedback.rated",
                object_type="feedback_target",
                object_id=target.id,
                actor_id=rater.user.id if rater.user else None,
                actor_role=Role.owner.value if rater.user else "anonymous",
                details={"level": int(level), "bad": level in BAD_LEVELS, "source": source.value},
            )
    except IntegrityError:  # the same visit, twice at once
        raise Conflict(
            RECEIPT_RATED if application else ALREADY_RATED, code="ALREADY_RATED"
        ) from None
    return rating


# ---- rectification and appeals -----------------------------------------------------------


async def visible_case(user: User, case_id: Any) -> RectificationCase:
    case = await RectificationCase.get_or_none(id=case_id).select_related("rating__target")
    if case is None or not can_see(user, scope_path=case.scope_path):
        raise NotFound("未找到该整改事项")
    return case


async def record_visit(*, case: RectificationCase, clerk: User, note: str) -> RectificationCase:
    if case.status is not CaseStatus.open:
        raise Conflict("该整改事项已回访", code="CASE_STATE")
    case.status, case.visited_at, case.visit_note = CaseStatus.visited, datetime.now(UTC), note
    await case.save(update_fields=["status", "visited_at", "visit_note"])
    await audit.record("feedback.case_visited", object_type="feedback_case", object_id=case.id)
    return case


async def record_rectification(
    *, case: RectificationCase, clerk: User, note: str
) -> RectificationCase:
    if case.status is not CaseStatus.visited:
        raise Conflict("请先回访核实，再登记整改结果", code="CASE_STATE")
    case.status = CaseStatus.rectified
    case.rectified_at, case.rectification_note = datetime.now(UTC), note
    await case.save(update_fields=["status", "rectified_at", "rectification_note"])
    await audit.record("feedback.case_rectified", object_type="feedback_case", object_id=case.id)
    return case


async def appeal(*, case: RectificationCase, appellant: User, reason: str) -> Appeal:
    """The rated staff member (or a clerk of the rated window) asks for a review."""
    target = case.rating.target
    own = (target.kind is TargetKind.staff and str(target.staff_id) == str(appellant.id)) or (
        target.kind in (TargetKind.window, TargetKind.station, TargetKind.receipt)
        and appellant.role is Role.clerk
    )
    if not own:
        raise Forbidden("只有被评价的工作人员或本窗口人员可以申诉")
    if case.status in (CaseStatus.appealed, CaseStatus.voided):
        raise Conflict("该差评已在复核中或已撤销", code="CASE_STATE")
    if await Appeal.exists(case=case, status=AppealStatus.rejected):
        raise Conflict("申诉已复核不成立，不能再次申诉", code="APPEAL_DECIDED")
    async with in_transaction():
        made = await Appeal.create(case=case, appellant=appellant, reason=reason)
        case.status = CaseStatus.appealed
        await case.save(update_fields=["status"])
        await audit.record("feedback.appealed", object_type="feedback_case", object_id=case.id)
    return made


async def decide_appeal(
    *, case: RectificationCase, supervisor: User, upheld: bool, note: str
) -> Appeal:
    pending = await Appeal.get_or_none(case=case, status=AppealStatus.pending)
    if pending is None:
        raise Conflict("没有待复核的申诉", code="NO_PENDING_APPEAL")
    async with in_transaction():
        pending.status = AppealStatus.upheld if upheld else AppealStatus.rejected
        pending.decided_by, pending.decided_at = supervisor, datetime.now(UTC)
        pending.decision_note = note
        await pending.save()
        if upheld:
            case.status = CaseStatus.voided
            await Rating.filter(id=case.rating_id).update(voided=True)
        else:  # back to where the case was before the appeal
            case.status = CaseStatus.visited if case.visited_at else CaseStatus.open
        await case.save(update_fields=["status"])
        await audit.record(
            "feedback.appeal_decided",
            object_type="feedback_case",
            object_id=case.id,
            details={"upheld": upheld},
        )
    return pending
