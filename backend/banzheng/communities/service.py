"""The estates archive (一小区一档案, 一小区一方案): estates, companies, problems, disposal plans,
buildings and houses. Rules only; routes parse and shape, this decides and writes.

Staff reach an estate when its `scope_path` starts with their organisation's; anything out of
reach answers exactly like something that does not exist (404), so ids reveal nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from banzheng.accounts.models import Level, Organisation, User
from banzheng.applications.models import Application
from banzheng.applications.models import Status as ApplicationStatus
from banzheng.applications.rules import area_error_ratio
from banzheng.applications.workflow import record
from banzheng.common import audit
from banzheng.common.errors import Conflict, NotFound, ValidationFailed
from banzheng.communities import importer
from banzheng.communities.credit_code import credit_code_problem
from banzheng.communities.eras import ERA_LABELS, build_year_filter, era_of
from banzheng.communities.labels import (
    COMPANY_KIND_LABELS,
    LAND_NATURE_LABELS,
    PROBLEM_KIND_LABELS,
    PROBLEM_STATUS_LABELS,
    house_label,
)
from banzheng.communities.models import (
    Building,
    Community,
    Company,
    CompanyKind,
    DisposalPlan,
    House,
    HouseOwner,
    Milestone,
    OwnerOfRecord,
    Problem,
    ProblemStatus,
)
from banzheng.communities.schemas import (
    CommunityCreate,
    CommunityDetail,
    CommunityFilters,
    CommunityPage,
    CommunitySummary,
    CommunityUpdate,
    CompanyCreate,
    CompanyFilters,
    CompanyPage,
    CompanyPublic,
    HousePage,
    ImportResult,
    MilestonePublic,
    OrganisationRef,
    PlanPublic,
    PlanPut,
    ProblemCreate,
    ProblemPublic,
    ProblemUpdate,
)
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.permissions import Subject, can_see, staff_scope, visible
from banzheng.security.roles import Role

# A problem still stands in the way of certification until it is resolved.
OPEN_PROBLEM_STATUSES = (ProblemStatus.open, ProblemStatus.in_progress)
# Applications that have produced a certificate (缮证 or already handed over, 发证).
CERTIFICATE_STATUSES = (ApplicationStatus.certificate_issued, ApplicationStatus.delivered)

NOT_FOUND_COMMUNITY = "未找到该小区"


# ---- loading within scope --------------------------------------------------------------------


def _scoped(user: User, queryset: QuerySet) -> QuerySet:
    """Restrict a queryset of estates to those the caller reads (security/permissions.py)."""
    return queryset.filter(visible(user, Subject.estate, estate_path="", owner_field=None))


async def _community(user: User, community_id: object) -> Community:
    community = await Community.get_or_none(id=community_id)
    if community is None or not can_see(
        user, scope_path=community.scope_path, estate=community, subject=Subject.estate
    ):
        raise NotFound(NOT_FOUND_COMMUNITY)
    return community


async def _organisation_in_scope(user: User, organisation_id: object, message: str) -> Organisation:
    organisation = await Organisation.get_or_none(id=organisation_id)
    if organisation is None or not can_see(user, scope_path=organisation.scope_path):
        raise NotFound(message)
    return organisation


def _may_lead(user: User, community: Community, organisation: Organisation) -> bool:
    """牵头单位 of a disposal plan: an organisation in the caller's scope, or one whose region
    covers the estate — its district or city government, or one of their departments (a
    district often leads: 一小区一方案 names the 区 as 牵头单位)."""
    return can_see(user, scope_path=organisation.scope_path) or community.scope_path.startswith(
        organisation.scope_path
    )


async def _lead_organisation(
    user: User, community: Community, organisation_id: object
) -> Organisation:
    organisation = await Organisation.get_or_none(id=organisation_id)
    if organisation is None or not _may_lead(user, community, organisation):
        raise NotFound("未找到该牵头单位")
    return organisation


# Organisations offered as 牵头单位 on a form: a street's own and those above it are a few dozen.
LEAD_CHOICES_MAX = 200


async def lead_organisations(*, community_id: object, user: User) -> list[Organisation]:
    """The organisations that may lead this estate's disposal plan (`_may_lead`), for a form:
    the regions covering the estate and the caller's own, with their departments."""
    community = await _community(user, community_id)
    path, covering = community.scope_path, []
    while path.count("/") > 1:  # "/city/district/street/" -> its prefixes, the city's included
        covering.append(path)
        path = path[: path.rstrip("/").rfind("/") + 1]
    mine = staff_scope(user)
    query = Q(scope_path__in=covering)
    if mine:
        query |= Q(scope_path__startswith=mine)
    candidates = (
        await Organisation.filter(query).order_by("scope_path", "name").limit(LEAD_CHOICES_MAX)
    )
    leads = [o for o in candidates if _may_lead(user, community, o)]
    # Nearest first: the estate's street, then its district's government and departments…
    return sorted(leads, key=lambda o: (-o.scope_path.count("/"), o.department is not None))


async def company_of_kind(company_id: object | None, kind: CompanyKind) -> Company | None:
    """The company `company_id` names (None for None), refused unless it is of `kind`."""
    if company_id is None:
        return None
    label = COMPANY_KIND_LABELS[kind]
    company = await Company.get_or_none(id=company_id)
    if company is None:
        raise NotFound(f"未找到该{label}")
    if company.kind is not kind:
        raise ValidationFailed(
            f"所选企业不是{label}",
            code="COMPANY_KIND_MISMATCH",
            details={"company_id": str(company_id)},
        )
    return company


def _jsonable(value: Any) -> Any:
    if isinstance(value, UUID | date | datetime):
        return str(value)
    if hasattr(value, "value"):  # enums
        return value.value
    return value if value is None or isinstance(value, int | str | bool) else str(value)


def _apply(instance: Any, changes: dict[str, Any]) -> dict[str, list[Any]]:
    """Set the given attributes; returns {field: [old, new]} for those that really changed."""
    changed = {}
    for field, new in changes.items():
        old = getattr(instance, field)
        if old != new:
            setattr(instance, field, new)
            changed[field] = [_jsonable(old), _jsonable(new)]
    return changed


# ---- shaping ---------------------------------------------------------------------------------


def _utc(moment: datetime | None) -> datetime | None:
    """Database times come back in the configured zone, fresh ones in UTC: answer one way."""
    return moment.astimezone(UTC) if moment is not None else None


def _ref(organisation: Organisation | None) -> OrganisationRef | None:
    return organisation and OrganisationRef(id=str(organisation.id), name=organisation.name)


def company_view(company: Company) -> CompanyPublic:
    return CompanyPublic(
        id=str(company.id),
        name=company.name,
        kind=company.kind,
        kind_label=COMPANY_KIND_LABELS[company.kind],
        credit_code=company.credit_code,
    )


def problem_view(problem: Problem) -> ProblemPublic:
    return ProblemPublic(
        id=str(problem.id),
        community_id=str(problem.community_id),
        kind=problem.kind,
        kind_label=PROBLEM_KIND_LABELS[problem.kind],
        description=problem.description,
        status=problem.status,
        status_label=PROBLEM_STATUS_LABELS[problem.status],
        created_at=_utc(problem.created_at),
        resolved_at=_utc(problem.resolved_at),
    )


def milestone_view(milestone: Milestone) -> MilestonePublic:
    return MilestonePublic(
        id=str(milestone.id),
        title=milestone.title,
        due_date=milestone.due_date,
        done_at=_utc(milestone.done_at),
        position=milestone.position,
    )


async def _plan_view(plan: DisposalPlan) -> PlanPublic:
    await plan.fetch_related("responsible")
    milestones = await Milestone.filter(plan_id=plan.id).order_by("position")
    return PlanPublic(
        id=str(plan.id),
        community_id=str(plan.community_id),
        summary=plan.summary,
        responsible=_ref(plan.responsible),
        updated_at=_utc(plan.updated_at),
        milestones=[milestone_view(m) for m in milestones],
    )


def _summary_fields(community: Community, open_problems: int) -> dict[str, Any]:
    street = community.organisation
    district = street.parent if street.parent and street.parent.level is Level.district else None
    era = era_of(community.build_year)
    return {
        "id": str(community.id),
        "name": community.name,
        "address": community.address,
        "street": _ref(street),
        "district": _ref(district),
        "build_year": community.build_year,
        "era": era,
        "era_label": ERA_LABELS[era],
        "land_nature": community.land_nature,
        "land_nature_label": LAND_NATURE_LABELS[community.land_nature],
        "open_problem_count": open_problems,
    }


async def _open_problem_counts(community_ids: Iterable[object]) -> dict[str, int]:
    rows = (
        await Problem.filter(community_id__in=list(community_ids), status__in=OPEN_PROBLEM_STATUSES)
        .annotate(n=Count("id"))
        .group_by("community_id")
        .values("community_id", "n")
    )
    return {str(row["community_id"]): row["n"] for row in rows}


async def _detail(community: Community) -> CommunityDetail:
    await community.fetch_related("organisation__parent", "developer", "property_manager")
    problems = await Problem.filter(community_id=community.id).order_by("-created_at")
    plan = await DisposalPlan.get_or_none(community_id=community.id)
    open_problems = sum(1 for p in problems if p.status in OPEN_PROBLEM_STATUSES)
    return CommunityDetail(
        **_summary_fields(community, open_problems),
        developer=community.developer and company_view(community.developer),
        property_manager=community.property_manager and company_view(community.property_manager),
        building_count=await Building.filter(community_id=community.id).count(),
        house_count=await House.filter(building__community_id=community.id).count(),
        certificates_issued=await Application.filter(
            house__building__community_id=community.id, status__in=CERTIFICATE_STATUSES
        ).count(),
        problems=[problem_view(p) for p in problems],
        plan=await _plan_view(plan) if plan else None,
        created_at=_utc(community.created_at),
    )


# ---- estates ---------------------------------------------------------------------------------


async def list_communities(
    *, user: User, filters: CommunityFilters, page: int, size: int
) -> CommunityPage:
    queryset = _scoped(user, Community.all())
    if filters.era is not None:
        queryset = queryset.filter(**build_year_filter(filters.era))
    if filters.street_id is not None:
        queryset = queryset.filter(organisation_id=filters.street_id)
    if filters.q:
        queryset = queryset.filter(name__icontains=filters.q)
    if filters.has_open_problems is not None:
        with_open = Subquery(
            Problem.filter(status__in=OPEN_PROBLEM_STATUSES).values("community_id")
        )
        queryset = (
            queryset.filter(id__in=with_open)
            if filters.has_open_problems
            else queryset.exclude(id__in=with_open)
        )
    total = await queryset.count()
    rows = (
        await queryset.order_by("name", "id")
        .offset((page - 1) * size)
        .limit(size)
        .select_related("organisation__parent")
    )
    counts = await _open_problem_counts(c.id for c in rows)
    items = [CommunitySummary(**_summary_fields(c, counts.get(str(c.id), 0))) for c in rows]
    return CommunityPage(page=page, size=size, total=total, items=items)


async def community_detail(*, community_id: object, user: User) -> CommunityDetail:
    return await _detail(await _community(user, community_id))


def _check_build_year(build_year: int | None) -> None:
    if build_year is not None and build_year > datetime.now(UTC).year:
        raise ValidationFailed(
            "建成年份不能晚于今年", code="BUILD_YEAR_IN_FUTURE", details={"build_year": build_year}
        )


async def create_community(*, user: User, data: CommunityCreate) -> CommunityDetail:
    """Admins and clerks open an estate's file under a street of their own region."""
    street = await _organisation_in_scope(user, data.street_id, "未找到该街道")
    if street.level is not Level.street or street.department is not None:
        raise ValidationFailed("小区只能归属到街道（乡镇）", code="NOT_A_STREET")
    _check_build_year(data.build_year)
    developer = await company_of_kind(data.developer_id, CompanyKind.developer)
    manager = await company_of_kind(data.property_manager_id, CompanyKind.property_manager)
    async with in_transaction():
        community = await Community.create(
            name=data.name,
            address=data.address,
            organisation=street,
            scope_path=street.scope_path,
            build_year=data.build_year,
            land_nature=data.land_nature,
            developer=developer,
            property_manager=manager,
        )
        await audit.record(
            "community.created",
            object_type="community",
            object_id=community.id,
            details={k: _jsonable(v) for k, v in data.model_dump().items()},
        )
    return await _detail(community)


async def update_community(
    *, community_id: object, user: User, data: CommunityUpdate
) -> CommunityDetail:
    community = await _community(user, community_id)
    given = data.model_fields_set
    changes: dict[str, Any] = {
        field: getattr(data, field)
        for field in ("name", "address", "build_year", "land_nature")
        if field in given and getattr(data, field) is not None
    }
    _check_build_year(changes.get("build_year"))
    if "developer_id" in given:
        developer = await company_of_kind(data.developer_id, CompanyKind.developer)
        changes["developer_id"] = developer.id if developer else None
    if "property_manager_id" in given:
        manager = await company_of_kind(data.property_manager_id, CompanyKind.property_manager)
        changes["property_manager_id"] = manager.id if manager else None
    changed = _apply(community, changes)
    if changed:
        async with in_transaction():
            await community.save(update_fields=list(changed))
            await audit.record(
                "community.updated",
                object_type="community",
                object_id=community.id,
                details=changed,
            )
    return await _detail(community)


# ---- companies -------------------------------------------------------------------------------


async def list_companies(*, filters: CompanyFilters, page: int, size: int) -> CompanyPage:
    queryset = Company.all()
    if filters.kind is not None:
        queryset = queryset.filter(kind=filters.kind)
    if filters.q:
        queryset = queryset.filter(name__icontains=filters.q)
    total = await queryset.count()
    rows = await queryset.order_by("name", "id").offset((page - 1) * size).limit(size)
    return CompanyPage(page=page, size=size, total=total, items=[company_view(c) for c in rows])


async def create_company(*, data: CompanyCreate) -> CompanyPublic:
    code = data.credit_code.replace(" ", "").upper() if data.credit_code else None
    if code:
        problem = credit_code_problem(code)
        if problem:
            raise ValidationFailed(
                problem, code="CREDIT_CODE_INVALID", details={"credit_code": data.credit_code}
            )
        if await Company.exists(credit_code=code, kind=data.kind):
            raise Conflict("该统一社会信用代码的企业已登记", code="COMPANY_EXISTS")
    async with in_transaction():
        company = await Company.create(name=data.name, kind=data.kind, credit_code=code or None)
        await audit.record(
            "company.created",
            object_type="company",
            object_id=company.id,
            details={"name": company.name, "kind": company.kind.value, "credit_code": code},
        )
    return company_view(company)


# ---- problems --------------------------------------------------------------------------------


async def add_problem(*, community_id: object, user: User, data: ProblemCreate) -> ProblemPublic:
    community = await _community(user, community_id)
    async with in_transaction():
        problem = await Problem.create(
            community=community, kind=data.kind, description=data.description
        )
        await audit.record(
            "problem.created",
            object_type="problem",
            object_id=problem.id,
            details={"community_id": str(community.id), "kind": data.kind.value},
        )
    return problem_view(problem)


async def update_problem(*, problem_id: object, user: User, data: ProblemUpdate) -> ProblemPublic:
    problem = await Problem.get_or_none(id=problem_id).select_related("community")
    if problem is None or not can_see(user, scope_path=problem.community.scope_path):
        raise NotFound("未找到该问题")
    changes = {
        field: getattr(data, field)
        for field in ("kind", "description", "status")
        if field in data.model_fields_set and getattr(data, field) is not None
    }
    status = changes.get("status")
    if status is not None and status is not problem.status:
        # resolved_at records when the obstacle went away; reopening clears it.
        changes["resolved_at"] = datetime.now(UTC) if status is ProblemStatus.resolved else None
    changed = _apply(problem, changes)
    if changed:
        async with in_transaction():
            await problem.save(update_fields=list(changed))
            await audit.record(
                "problem.updated", object_type="problem", object_id=problem.id, details=changed
            )
    return problem_view(problem)


# ---- disposal plan (一小区一方案) -------------------------------------------------------------


async def replace_plan(*, community_id: object, user: User, data: PlanPut) -> PlanPublic:
    """Replace the plan and all its milestones in one transaction.

    A milestone sent again with the same title and due date keeps its `done_at`, so re-sending
    an edited plan does not undo work already reported as done.
    """
    community = await _community(user, community_id)
    responsible = await _lead_organisation(user, community, data.responsible_organisation_id)
    async with in_transaction():
        plan = await DisposalPlan.select_for_update().get_or_none(community_id=community.id)
        done: dict[tuple[str, date], datetime] = {}
        if plan is None:
            plan = await DisposalPlan.create(
                community=community, summary=data.summary, responsible=responsible
            )
        else:
            for old in await Milestone.filter(plan_id=plan.id, done_at__isnull=False):
                done[(old.title, old.due_date)] = old.done_at
            await Milestone.filter(plan_id=plan.id).delete()
            plan.summary, plan.responsible = data.summary, responsible
            await plan.save()
        await Milestone.bulk_create(
            [
                Milestone(
                    plan=plan,
                    title=m.title,
                    due_date=m.due_date,
                    done_at=done.get((m.title, m.due_date)),
                    position=position,
                )
                for position, m in enumerate(data.milestones)
            ]
        )
        await audit.record(
            "plan.replaced",
            object_type="disposal_plan",
            object_id=plan.id,
            details={
                "community_id": str(community.id),
                "responsible_organisation_id": str(responsible.id),
                "milestones": len(data.milestones),
            },
        )
    return await _plan_view(plan)


async def complete_milestone(*, milestone_id: object, user: User) -> MilestonePublic:
    """Mark a milestone done; doing it again changes nothing (a phone may retry)."""
    milestone = await Milestone.get_or_none(id=milestone_id).select_related("plan__community")
    if milestone is None or not can_see(user, scope_path=milestone.plan.community.scope_path):
        raise NotFound("未找到该节点")
    if milestone.done_at is None:
        async with in_transaction():
            milestone.done_at = datetime.now(UTC)
            await milestone.save(update_fields=["done_at"])
            await audit.record(
                "milestone.done",
                object_type="disposal_milestone",
                object_id=milestone.id,
                details={"plan_id": str(milestone.plan_id), "title": milestone.title},
            )
    return milestone_view(milestone)


# ---- buildings and houses --------------------------------------------------------------------


def _house_view(house: House, share_percent: int | None) -> dict:
    community = house.building.community
    return {
        "id": str(house.id),
        "community_id": str(community.id),
        "community_name": community.name,
        "address": community.address,
        "building": house.building.number,
        "unit": house.unit,
        "room": house.room,
        "contract_area": str(house.contract_area),
        "measured_area": str(house.measured_area) if house.measured_area is not None else None,
        "unit_number": house.unit_number,
        "share_percent": share_percent,
    }


async def houses_of(*, owner_id: object) -> list[dict]:
    links = await HouseOwner.filter(owner_id=owner_id).select_related("house__building__community")
    links.sort(
        key=lambda lk: (lk.house.building.community.name, lk.house.building.number, lk.house.room)
    )
    return [_house_view(link.house, link.share_percent) for link in links]


async def house_for(*, house_id: object, user: User) -> dict:
    """One house, for one of its owners or staff whose scope covers its estate; else 404."""
    house = await House.get_or_none(id=house_id).select_related("building__community")
    links = await HouseOwner.filter(house_id=house_id) if house else []
    if house is None or not can_see(
        user,
        scope_path=house.building.community.scope_path,
        owner_ids=[lk.owner_id for lk in links],
        estate=house.building.community,
        subject=Subject.house,
    ):
        raise NotFound("未找到该房屋")
    mine = next((lk.share_percent for lk in links if lk.owner_id == user.id), None)
    return _house_view(house, mine if user.role is Role.owner else None)


# Once registered (登簿) the area is in the register; a correction no longer changes the case.
_AREA_FIXED = {
    ApplicationStatus.registered,
    ApplicationStatus.certificate_issued,
    ApplicationStatus.delivered,
    ApplicationStatus.returned,
    ApplicationStatus.withdrawn,
    ApplicationStatus.rejected,
}


async def correct_measured_area(
    *, house_id: object, user: User, measured_area: Decimal, reason: str
) -> dict:
    """Correct a house's measured area after import (a re-survey, a typing error). Audited
    with the reason; the area-difference ratio of its applications not yet registered follows,
    and their owners see the correction on the timeline (requirement 10: > 3 % is settled)."""
    async with in_transaction():
        house = await House.filter(id=house_id).select_for_update().first()
        if house is not None:  # FOR UPDATE cannot take the outer joins of select_related
            await house.fetch_related("building__community")
        if house is None or not can_see(user, scope_path=house.building.community.scope_path):
            raise NotFound("未找到该房屋")
        before = house.measured_area
        house.measured_area = measured_area
        await house.save(update_fields=["measured_area"])
        await audit.record(
            "house.area_corrected",
            object_type="house",
            object_id=house.id,
            actor_id=user.id,
            actor_role=user.role.value,
            details={
                "before": str(before) if before is not None else None,
                "after": str(measured_area),
                "reason": reason,
            },
        )
        ratio = area_error_ratio(house.contract_area, measured_area)
        for application in await Application.filter(house_id=house.id).exclude(
            status__in=list(_AREA_FIXED)
        ):
            application.area_error_ratio = ratio
            application.area_confirmed_at = None  # the owner confirms the new settlement
            await application.save(update_fields=["area_error_ratio", "area_confirmed_at"])
            await record(
                application,
                "area_corrected",
                actor=user,
                note=f"实测面积更正为 {measured_area} 平方米，面积误差比 {ratio}%（{reason}）",
                details={"measured_area": str(measured_area)},
            )
    return _house_view(house, None)


async def community_houses(*, community_id: object, user: User, page: int, size: int) -> HousePage:
    community = await _community(user, community_id)
    queryset = House.filter(building__community_id=community.id)
    total = await queryset.count()
    rows = (
        await queryset.order_by("building__number", "unit", "room")
        .offset((page - 1) * size)
        .limit(size)
        .select_related("building__community")
    )
    return HousePage(
        page=page,
        size=size,
        total=total,
        items=[_house_view(h, None) for h in rows],
    )


async def import_houses(
    *, community_id: object, user: User, data: bytes, cipher: FieldCipher
) -> ImportResult:
    """Import buildings and houses (with their owners of record, when the file lists them) from a
    spreadsheet into an estate of the caller's region."""
    community = await _community(user, community_id)
    return ImportResult(
        **await importer.import_houses(community=community, data=data, cipher=cipher)
    )


async def preview_import(
    *, community_id: object, user: User, data: bytes
) -> importer.ImportPreview:
    """What importing this spreadsheet would do, writing nothing (the console's preview)."""
    community = await _community(user, community_id)
    return await importer.preview_import(community=community, data=data)


async def find_houses(
    *, community_id: object, user: User, keys: Iterable[tuple[str, str, str]]
) -> dict[tuple[str, str, str], str]:
    """The ids of an estate's houses named by (楼栋号, 单元, 室号); names not found are absent."""
    community = await _community(user, community_id)
    wanted = set(keys)
    rows = await House.filter(
        building__community_id=community.id,
        building__number__in=sorted({b for b, _, _ in wanted}),
    ).values_list("id", "building__number", "unit", "room")
    return {(b, u, r): str(i) for i, b, u, r in rows if (b, u, r) in wanted}


async def house_names(
    *, community_id: object, user: User, house_ids: Iterable[str]
) -> dict[str, str]:
    """3栋2单元301室 for each of an estate's houses among `house_ids` (ids not its own are absent)."""
    community = await _community(user, community_id)
    ids = [i for i in set(house_ids) if _is_uuid(i)]
    rows = await House.filter(building__community_id=community.id, id__in=ids).values_list(
        "id", "building__number", "unit", "room"
    )
    return {str(i): house_label(b, u, r) for i, b, u, r in rows}


def _is_uuid(text: str) -> bool:
    try:
        UUID(text)
    except ValueError:
        return False
    return True


async def unlink_owner(owner_id: object) -> int:
    """Forget which houses an account may see (the owner deleted the account). The ownership
    itself is the register's, not this table's: this row only grants the account access."""
    links = await HouseOwner.filter(owner_id=owner_id).count()
    await HouseOwner.filter(owner_id=owner_id).delete()
    await OwnerOfRecord.filter(bound_user_id=owner_id).update(bound_user_id=None, bound_at=None)
    return links
