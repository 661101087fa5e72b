"""Window intake (issue #14 item 4): a clerk starts an application for an owner standing at the
window, from the ID-card reader's output, then uploads the document scanner's files (高拍仪:
JPEG/PNG/PDF saved to disk, picked with one multi-file input), each assigned to a checklist item,
and submits for the automatic pre-review.

As thin as the API: the card is read by identity/cardreader.py, the application started by
applications/window.py (scope, owner of record, the draft), the files stored by the API's own
`materials.flows.upload_once`, the submission queued by `submission.request_submission`; the
API's per-account upload and submission limits count here too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, redirect

from banzheng.applications import lifecycle, submission, window
from banzheng.applications.labels import KIND_LABELS, MATERIAL_STATE_LABELS
from banzheng.applications.models import (
    ApplicationKind,
    ApplicationMaterial,
    ApplicationType,
    MaterialRequirement,
)
from banzheng.applications.workflow import EDITABLE
from banzheng.common.errors import ApiError, NotFound
from banzheng.communities import labels
from banzheng.communities.models import Community, House
from banzheng.console.guard import CLERKS, Viewer, page
from banzheng.console.render import page_response
from banzheng.identity.cardreader import MAX_TEXT, read_card
from banzheng.materials import flows as materials
from banzheng.materials.models import MaterialFile
from banzheng.security import rates
from banzheng.security.permissions import staff_scope
from banzheng.security.roles import Role

bp = Blueprint("console_intake", url_prefix="/console")

SCANNER_TYPES = "image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf"
"""What document scanners (高拍仪) save: their SDKs and bundled apps write JPEG by default, PNG or
a multi-page PDF on request. The server decides the type from the content, not from this."""
MAX_SCANS = 20  # files in one upload: a full checklist twice over


def house_label(house: House) -> str:
    return labels.house_label(house.building.number, house.unit, house.room)


async def _estates(viewer: Viewer) -> list[Community]:
    return await Community.filter(scope_path__startswith=staff_scope(viewer.user) or "\0").order_by(
        "name"
    )


async def _houses(community: Community) -> list[House]:
    houses = await House.filter(building__community_id=community.id).select_related("building")
    return sorted(houses, key=lambda h: (h.building.number, h.unit, h.room))


async def _window_types() -> list[tuple[str, str]]:
    """The application types a clerk may start (the catalogue's applicant roles)."""
    types = await ApplicationType.all().order_by("code")
    return [
        (t.code, KIND_LABELS.get(t.code, t.name))
        for t in types
        if Role.clerk.value in (t.applicant_roles or ())
    ]


async def _card_text(request: Request) -> str:
    """The reader's output: pasted into the text box, or its saved file uploaded (the page's
    script also reads a chosen file into the box, so the clerk sees what is sent)."""
    form = request.form or {}
    text = (form.get("card_text") or "").strip()
    upload = (request.files or {}).get("card_file")
    if not text and upload is not None and upload.body:
        for encoding in ("utf-8-sig", "gb18030"):  # Windows readers write GBK text
            try:
                text = upload.body[: MAX_TEXT * 4].decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return text


@bp.get("/intake")
@page(roles=CLERKS)
async def intake_form(request: Request, viewer: Viewer) -> HTTPResponse:
    return await _form_page(request, viewer)


async def _form_page(
    request: Request, viewer: Viewer, *, status: int = 200, error: str = "", problems=()
) -> HTTPResponse:
    args = request.form if request.method == "POST" else request.args
    house = None
    if house_id := args.get("house"):
        house = await lifecycle.visible_house(viewer.user, house_id)  # outside the scope: 404
    estates = await _estates(viewer)
    chosen = (
        house.building.community
        if house
        else next((c for c in estates if str(c.id) == args.get("community")), None)
    )
    return await page_response(
        request,
        "console/intake.html",
        viewer,
        status=status,
        error=error,
        problems=list(problems),
        estates=estates,
        estate=chosen,
        houses=await _houses(chosen) if chosen else [],
        house=house,
        house_label=house_label,
        kinds=await _window_types(),
        kind=args.get("type") or ApplicationKind.transfer_registration.value,
    )


@bp.get("/intake/houses")
@page(roles=CLERKS)
async def intake_houses(request: Request, viewer: Viewer) -> HTTPResponse:
    """The houses of the chosen estate (htmx swaps them into the house list)."""
    estate = next(
        (c for c in await _estates(viewer) if str(c.id) == request.args.get("community")), None
    )
    return await page_response(
        request,
        "console/_intake_houses.html",
        viewer,
        houses=await _houses(estate) if estate else [],
        house=None,
        house_label=house_label,
    )


@bp.post("/intake/card")
@page(roles=CLERKS)
async def intake_card(request: Request, viewer: Viewer) -> HTTPResponse:
    """What the reader read, for the clerk to compare with the card (the number masked)."""
    text = await _card_text(request)
    return await page_response(
        request, "console/_card_reading.html", viewer, reading=read_card(text) if text else None
    )


@bp.post("/intake")
@page(roles=CLERKS)
async def intake_start(request: Request, viewer: Viewer) -> HTTPResponse:
    form = request.form or {}
    text = await _card_text(request)
    if not text:
        return await _form_page(request, viewer, status=422, error="请先读取申请人的身份证")
    if form.get("confirmed") != "1":
        return await _form_page(
            request, viewer, status=422, error="请核对读取的证件信息与申请人本人一致，并勾选确认"
        )
    kind = form.get("type")
    if kind not in {code for code, _ in await _window_types()}:
        return await _form_page(request, viewer, status=422, error="请选择申请类型")
    if not form.get("house"):
        return await _form_page(request, viewer, status=422, error="请选择房屋")
    try:
        application = await window.start(
            clerk=viewer.user,
            house_id=form.get("house"),
            kind=ApplicationKind(kind),
            reading=read_card(text),
            cipher=request.app.ctx.cipher,
        )
    except NotFound:
        raise
    except ApiError as exc:
        # The form again (the reader's text is not put back into the page: it holds the number).
        return await _form_page(
            request,
            viewer,
            status=exc.status,
            error=exc.message if not (exc.details or {}).get("problems") else "证件信息有误",
            problems=(exc.details or {}).get("problems", []),
        )
    return redirect(f"/console/intake/{application.id}?done=created", status=303)


# --- the draft: scans, then submit ---------------------------------------------------------------

DONE = {"created": "已为申请人创建申请。请扫描材料并逐份对应到材料清单，然后提交预审。"}


async def _draft_page(
    request: Request, viewer: Viewer, application_id: UUID, *, status: int = 200, **extra
) -> HTTPResponse:
    application = await lifecycle.visible_application(viewer.user, application_id)
    if application.status not in EDITABLE:
        return redirect(f"/console/applications/{application.id}", status=303)
    house = await House.get(id=application.house_id).select_related("building__community")
    requirements = await MaterialRequirement.filter(application_type_id=application.kind).order_by(
        "position"
    )
    states = {
        m.requirement_code: m for m in await ApplicationMaterial.filter(application=application)
    }
    files = {
        f.object_id: f.display_name
        for f in await MaterialFile.filter(
            object_id__in=[m.object_id for m in states.values() if m.object_id]
        )
    }
    items = [
        {
            "code": r.code,
            "name": r.name,
            "core": r.core,
            "state": states[r.code].state.value if r.code in states else "missing",
            "state_label": MATERIAL_STATE_LABELS.get(
                states[r.code].state if r.code in states else None, "未提交"
            ),
            "file": files.get(states[r.code].object_id) if r.code in states else None,
        }
        for r in requirements
    ]
    return await page_response(
        request,
        "console/intake_draft.html",
        viewer,
        status=status,
        app=application,
        kind_label=KIND_LABELS.get(application.kind, application.kind),
        estate=house.building.community,
        house_text=house_label(house),
        items=items,
        missing_core=[i["name"] for i in items if i["core"] and i["state"] == "missing"],
        scanner_types=SCANNER_TYPES,
        max_scans=MAX_SCANS,
        done=DONE.get(request.args.get("done", ""), ""),
        **extra,
    )


@bp.get("/intake/<application_id:uuid>")
@page(roles=CLERKS)
async def intake_draft(request: Request, viewer: Viewer, application_id: UUID) -> HTTPResponse:
    return await _draft_page(request, viewer, application_id)


async def _one_chunk(body: bytes) -> AsyncIterator[bytes]:
    yield body


@bp.post("/intake/<application_id:uuid>/scans")
@page(roles=CLERKS)
async def intake_scans(request: Request, viewer: Viewer, application_id: UUID) -> HTTPResponse:
    """Each scanned file to the checklist item the clerk chose for it, through the API's upload
    service (content sniffed, size and page limits, malware-ish tails refused). One refused file
    does not stop the others; the page lists every outcome."""
    ctx = request.app.ctx
    application = await lifecycle.visible_application(viewer.user, application_id)
    scans = [f for f in (request.files or {}).getlist("scans", []) if f.name or f.body]
    form = request.form or {}
    assigned = form.getlist("assign", [])
    if not scans:
        return await _draft_page(
            request, viewer, application_id, status=422, error="请选择要上传的扫描文件"
        )
    if len(scans) > MAX_SCANS:
        return await _draft_page(
            request,
            viewer,
            application_id,
            status=422,
            error=f"一次最多上传 {MAX_SCANS} 个文件，请分批上传",
        )
    if len(assigned) != len(scans):  # no script: every file goes to the one item chosen
        assigned = [form.get("requirement") or ""] * len(scans)
    outcomes = []
    for scan, code in zip(scans, assigned, strict=True):
        try:
            if not code:
                raise ApiError(
                    "请为该文件选择对应的材料", code="REQUIREMENT_NOT_CHOSEN", status=422
                )
            await ctx.ratelimiter.hit(rates.UPLOAD_ONCE_PER_USER, str(viewer.user.id))
            await materials.upload_once(
                application=application,
                code=code,
                user=viewer.user,
                chunks=_one_chunk(scan.body),
                display_name=lambda scan=scan: scan.name or "",
                declared_length=len(scan.body),
                store=ctx.storage,
                settings=ctx.settings,
            )
            outcomes.append({"name": scan.name, "ok": True, "message": "已上传"})
        except ApiError as exc:
            outcomes.append({"name": scan.name, "ok": False, "message": exc.message})
    refused = sum(not o["ok"] for o in outcomes)
    return await _draft_page(
        request,
        viewer,
        application_id,
        status=422 if refused == len(outcomes) else 200,
        outcomes=outcomes,
    )


@bp.post("/intake/<application_id:uuid>/submit")
@page(roles=CLERKS)
async def intake_submit(request: Request, viewer: Viewer, application_id: UUID) -> HTTPResponse:
    """Queued for the pre-review exactly as the owner's submission is; the clerk then follows
    it in the queue and on the application page."""
    ctx = request.app.ctx
    await ctx.ratelimiter.hit(rates.SUBMIT_PER_USER, str(viewer.user.id))
    await submission.request_submission(
        user=viewer.user,
        application_id=application_id,
        queue=ctx.queue,
        max_depth=ctx.settings.QUEUE_MAX_DEPTH,
        drain_rate=ctx.settings.QUEUE_DRAIN_RATE,
    )
    return redirect(f"/console/applications/{application_id}?done=submitted", status=303)
