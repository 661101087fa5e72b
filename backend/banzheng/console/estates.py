"""The console's estate pages: the archive (一小区一档案, 一小区一方案), house imports with a preview,
and 批量受理 with a preview. Thin as the API's routes: the communities service and the
applications lifecycle decide; these read forms, call them and render.

Who does what is the API's rule (communities/routes.py, applications/routes.py): every console
role reads the archive of its region; clerks and admins keep it; supervisors also keep plans;
clerks accept in batches. An estate outside the viewer's scope is the console's 404.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from uuid import UUID

from sanic import Request
from sanic.response import HTTPResponse, redirect

from banzheng.applications import lifecycle
from banzheng.applications.labels import BATCH_OUTCOME_LABELS, KIND_LABELS
from banzheng.applications.models import ApplicationKind
from banzheng.applications.routes import CLERK
from banzheng.applications.schemas import BatchRequest
from banzheng.common.errors import ValidationFailed
from banzheng.common.workdays import OFFICE_TZ
from banzheng.communities import importer, service
from banzheng.communities.labels import (
    LAND_NATURE_LABELS,
    PROBLEM_KIND_LABELS,
    PROBLEM_STATUS_LABELS,
    house_label,
)
from banzheng.communities.models import CompanyKind
from banzheng.communities.routes import ARCHIVE_KEEPERS, PLAN_KEEPERS, uploaded_file
from banzheng.communities.schemas import (
    EARLIEST_BUILD_YEAR,
    CommunityFilters,
    CommunityUpdate,
    CompanyFilters,
    PlanPut,
    ProblemCreate,
    ProblemUpdate,
)
from banzheng.console import uploads
from banzheng.console.guard import Viewer, page
from banzheng.console.render import page_response
from banzheng.console.routes import _form_body, bp

ESTATES_PAGE_SIZE = 20
HOUSES_PAGE_SIZE = 20
IMPORT_PREVIEW_ROWS = 200  # rows shown before confirming; the count says how many more
BLANK_MILESTONES = 2  # empty milestone rows offered under a plan's existing ones
MILESTONE = ("milestone_title_", "milestone_due_")
DONE = {
    "problem": "已登记问题。",
    "problem_status": "已更新问题状态。",
    "problem_edited": "已修改问题。",
    "facts": "已保存基本情况。",
    "plan": "已保存处置方案。",
    "milestone": "已标记节点完成。",
    "imported": "已导入房屋。",
}


def _page_number(request: Request, name: str = "page") -> int:
    try:
        return max(1, int(request.args.get(name, "1")))
    except ValueError:
        return 1


def _filename(request: Request) -> str:
    upload = request.files.get("file") if request.files else None
    return upload.name if upload is not None else ""


def _to_estate(estate_id: UUID, done: str, anchor: str = "") -> HTTPResponse:
    return redirect(f"/console/estates/{estate_id}?done={done}{anchor}", status=303)


# --- the list and the archive ---------------------------------------------------------------------


@bp.get("/estates")
@page()
async def estates(request: Request, viewer: Viewer) -> HTTPResponse:
    q = (request.args.get("q") or "").strip()
    filters = _form_body(CommunityFilters, {"q": q or None})
    number = _page_number(request)
    found = await service.list_communities(
        user=viewer.user, filters=filters, page=number, size=ESTATES_PAGE_SIZE
    )
    template = "console/_estates_table.html" if request.headers.get("hx-request") else None
    return await page_response(
        request,
        template or "console/estates.html",
        viewer,
        estates=found,
        q=q,
        pages=max(1, -(-found.total // ESTATES_PAGE_SIZE)),
    )


async def _estate_page(
    request: Request, viewer: Viewer, estate_id: UUID, *, status: int = 200, **extra
) -> HTTPResponse:
    user = viewer.user
    detail = await service.community_detail(community_id=estate_id, user=user)
    houses = await service.community_houses(
        community_id=estate_id, user=user, page=_page_number(request), size=HOUSES_PAGE_SIZE
    )
    if request.headers.get("hx-request") and request.method == "GET":
        return await page_response(
            request,
            "console/_estate_houses.html",
            viewer,
            estate=detail,
            houses=houses,
            house_pages=max(1, -(-houses.total // HOUSES_PAGE_SIZE)),
            house_label=house_label,
        )
    keeps_plan = user.role in PLAN_KEEPERS
    milestones = detail.plan.milestones if detail.plan else []
    return await page_response(
        request,
        "console/estate.html",
        viewer,
        status=status,
        estate=detail,
        houses=houses,
        house_pages=max(1, -(-houses.total // HOUSES_PAGE_SIZE)),
        can={
            "keep": user.role in ARCHIVE_KEEPERS,
            "plan": keeps_plan,
            "batch": user.role in CLERK,
        },
        leads=await service.lead_organisations(community_id=estate_id, user=user)
        if keeps_plan
        else [],
        milestone_rows=[*milestones, *([None] * BLANK_MILESTONES)],
        companies=await _companies() if user.role in ARCHIVE_KEEPERS else {},
        land_natures=LAND_NATURE_LABELS,
        build_years=(EARLIEST_BUILD_YEAR, datetime.now(OFFICE_TZ).year),  # what the archive takes
        problem_kinds=PROBLEM_KIND_LABELS,
        problem_statuses=PROBLEM_STATUS_LABELS,
        house_label=house_label,
        done=DONE.get(request.args.get("done", ""), ""),
        **extra,
    )


@bp.get("/estates/<estate_id:uuid>")
@page()
async def estate(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    return await _estate_page(request, viewer, estate_id)


# A city registers hundreds of developers and property companies, not thousands: the 修改基本情况
# form lists them all in two menus.
COMPANIES_LISTED = 2000


async def _companies() -> dict[str, list]:
    """The companies the facts form offers, by kind, in name order."""
    return {
        kind.value: (
            await service.list_companies(
                filters=CompanyFilters(kind=kind), page=1, size=COMPANIES_LISTED
            )
        ).items
        for kind in CompanyKind
    }


@bp.post("/estates/<estate_id:uuid>/facts")
@page(roles=ARCHIVE_KEEPERS)
async def update_facts(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    """修改基本情况: every field of the form; an empty company menu (未登记) clears the company."""
    form = request.form or {}
    sent = {field: form.get(field) for field in ("name", "address", "build_year", "land_nature")}
    for company in ("developer_id", "property_manager_id"):
        sent[company] = form.get(company) or None
    body = _form_body(CommunityUpdate, sent)
    await service.update_community(community_id=estate_id, user=viewer.user, data=body)
    return _to_estate(estate_id, "facts", "#facts")


# --- problems, the disposal plan and its milestones ----------------------------------------------


@bp.post("/estates/<estate_id:uuid>/problems")
@page(roles=ARCHIVE_KEEPERS)
async def add_problem(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    form = request.form or {}
    body = _form_body(
        ProblemCreate,
        {"kind": form.get("kind"), "description": (form.get("description") or "").strip()},
    )
    await service.add_problem(community_id=estate_id, user=viewer.user, data=body)
    return _to_estate(estate_id, "problem", "#problems")


@bp.post("/estates/<estate_id:uuid>/problems/<problem_id:uuid>")
@page(roles=ARCHIVE_KEEPERS)
async def update_problem(
    request: Request, viewer: Viewer, estate_id: UUID, problem_id: UUID
) -> HTTPResponse:
    """The status (its quick form), or the kind and description (修改): what the form sent."""
    form = request.form or {}
    sent = {field: form.get(field) for field in ("status", "kind", "description")}
    body = _form_body(ProblemUpdate, {k: v for k, v in sent.items() if v is not None})
    await service.update_problem(problem_id=problem_id, user=viewer.user, data=body)
    done = "problem_status" if set(body.model_fields_set) == {"status"} else "problem_edited"
    return _to_estate(estate_id, done, "#problems")


@bp.post("/estates/<estate_id:uuid>/plan")
@page(roles=PLAN_KEEPERS)
async def replace_plan(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    """一小区一方案: the whole plan as the form shows it; rows left blank are not milestones."""
    form = request.form or {}
    # Rows are numbered (milestone_title_0, milestone_due_0…): a form drops blank fields, so
    # parallel lists would pair a title with the next row's date.
    rows = sorted(
        {
            int(number)
            for key in form
            if key.startswith(MILESTONE) and (number := key.rpartition("_")[2]).isdigit()
        }
    )
    milestones = [
        {"title": title, "due_date": form.get(f"milestone_due_{n}") or None}
        for n in rows
        if (title := (form.get(f"milestone_title_{n}") or "").strip())
        or form.get(f"milestone_due_{n}")
    ]
    body = _form_body(
        PlanPut,
        {
            "summary": (form.get("summary") or "").strip(),
            "responsible_organisation_id": form.get("responsible_organisation_id"),
            "milestones": milestones,
        },
    )
    await service.replace_plan(community_id=estate_id, user=viewer.user, data=body)
    return _to_estate(estate_id, "plan", "#plan")


@bp.post("/estates/<estate_id:uuid>/milestones/<milestone_id:uuid>/done")
@page(roles=PLAN_KEEPERS)
async def complete_milestone(
    request: Request, viewer: Viewer, estate_id: UUID, milestone_id: UUID
) -> HTTPResponse:
    await service.complete_milestone(milestone_id=milestone_id, user=viewer.user)
    return _to_estate(estate_id, "milestone", "#plan")


# --- importing houses: upload, preview, confirm ---------------------------------------------------


async def _import_page(request: Request, viewer: Viewer, estate_id: UUID, **extra) -> HTTPResponse:
    detail = await service.community_detail(community_id=estate_id, user=viewer.user)
    return await page_response(
        request,
        "console/estate_import.html",
        viewer,
        estate=detail,
        required=importer.REQUIRED_COLUMNS,
        optional=importer.OPTIONAL_COLUMNS,
        max_mb=importer.MAX_IMPORT_BYTES // (1024 * 1024),
        max_rows=importer.MAX_IMPORT_ROWS,
        shown_rows=IMPORT_PREVIEW_ROWS,
        house_label=house_label,
        **extra,
    )


@bp.get("/estates/<estate_id:uuid>/import")
@page(roles=ARCHIVE_KEEPERS)
async def import_form(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    return await _import_page(request, viewer, estate_id)


@bp.post("/estates/<estate_id:uuid>/import")
@page(roles=ARCHIVE_KEEPERS)
async def import_preview(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    """Check the file and show what importing it would do; a clean file waits for the confirm."""
    ctx, data = request.app.ctx, uploaded_file(request)
    preview = await service.preview_import(community_id=estate_id, user=viewer.user, data=data)
    token = None
    if not preview.problem_count:
        token = await uploads.stage(
            ctx.redis, ctx.cipher, user_id=viewer.user.id, estate_id=estate_id, data=data
        )
    return await _import_page(
        request, viewer, estate_id, preview=preview, token=token, filename=_filename(request)
    )


@bp.post("/estates/<estate_id:uuid>/import/confirm")
@page(roles=ARCHIVE_KEEPERS)
async def import_confirm(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    ctx, token = request.app.ctx, (request.form or {}).get("token") or ""
    data = await uploads.staged(
        ctx.redis, ctx.cipher, user_id=viewer.user.id, estate_id=estate_id, token=token
    )
    await service.import_houses(
        community_id=estate_id, user=viewer.user, data=data, cipher=ctx.cipher
    )
    await uploads.discard(ctx.redis, token)
    return _to_estate(estate_id, "imported", "#houses")


# --- 批量受理: upload the house list, preview, confirm ---------------------------------------------


async def _batch_page(
    request: Request, viewer: Viewer, estate_id: UUID, template: str, **extra
) -> HTTPResponse:
    detail = await service.community_detail(community_id=estate_id, user=viewer.user)
    return await page_response(
        request,
        template,
        viewer,
        estate=detail,
        kinds=KIND_LABELS,
        outcomes=BATCH_OUTCOME_LABELS,
        columns=importer.HOUSE_KEY_COLUMNS,
        max_houses=lifecycle.BATCH_MAX_HOUSES,
        **extra,
    )


@bp.get("/estates/<estate_id:uuid>/batch")
@page(roles=CLERK)
async def batch_form(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    return await _batch_page(request, viewer, estate_id, "console/estate_batch.html")


@bp.post("/estates/<estate_id:uuid>/batch")
@page(roles=CLERK)
async def batch_preview(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    """Each listed house with what confirming would do to it (lifecycle.batch_preview)."""
    user, form = viewer.user, request.form or {}
    try:
        kind = ApplicationKind(form.get("type") or "")
    except ValueError:
        raise ValidationFailed("请选择申请类型", code="BATCH_KIND_MISSING") from None
    keys, problems = await asyncio.to_thread(importer.parse_house_list, uploaded_file(request))
    if len(keys) > lifecycle.BATCH_MAX_HOUSES:
        raise ValidationFailed(
            f"一次最多批量受理 {lifecycle.BATCH_MAX_HOUSES} 套房屋，请拆分表格",
            code="BATCH_TOO_LARGE",
        )
    ids = await service.find_houses(community_id=estate_id, user=user, keys=[k for _, k in keys])
    found = await lifecycle.batch_preview(
        community_id=estate_id, clerk=user, kind=kind, house_ids=list(ids.values())
    )
    by_house = {r["house_id"]: r for r in found}
    rows = [
        {"row": p.row, "house": "", "outcome": "invalid_row", "message": p.message}
        for p in problems
    ]
    for number, key in keys:
        result = by_house.get(ids.get(key, ""))
        rows.append(
            {
                "row": number,
                "house": house_label(*key),
                "outcome": result["outcome"] if result else "not_found",
                "message": result["message"] if result else lifecycle.HOUSE_NOT_IN_ESTATE,
                "application_id": result and result["application_id"],
            }
        )
    rows.sort(key=lambda r: r["row"])
    creatable = [r["house_id"] for r in found if r["outcome"] == "create"]
    return await _batch_page(
        request,
        viewer,
        estate_id,
        "console/estate_batch.html",
        preview=rows,
        kind=kind,
        creatable=creatable,
        counts=_counts(rows),
        filename=_filename(request),
    )


@bp.post("/estates/<estate_id:uuid>/batch/confirm")
@page(roles=CLERK)
async def batch_confirm(request: Request, viewer: Viewer, estate_id: UUID) -> HTTPResponse:
    """Create the previewed applications. Posting it again (a double click, the back button)
    creates nothing twice: batch_create answers `exists` for a house with an open one."""
    form = request.form or {}
    body = _form_body(
        BatchRequest, {"type": form.get("type"), "house_ids": form.getlist("house_id", [])}
    )
    results = await lifecycle.batch_create(
        community_id=estate_id, clerk=viewer.user, kind=body.type, house_ids=body.house_ids
    )
    names = await service.house_names(
        community_id=estate_id, user=viewer.user, house_ids=body.house_ids
    )
    rows = [{**r, "house": names.get(r["house_id"], "")} for r in results]
    return await _batch_page(
        request,
        viewer,
        estate_id,
        "console/estate_batch_done.html",
        results=rows,
        kind=body.type,
        counts=_counts(rows),
    )


def _counts(rows: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["outcome"]] = counts.get(row["outcome"], 0) + 1
    return counts
