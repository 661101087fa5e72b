"""Uploads from phones (one-shot and resumable), and short-lived download links."""

from __future__ import annotations

import base64
import binascii
from collections.abc import AsyncIterator
from urllib.parse import unquote
from uuid import UUID

from pydantic import BaseModel, Field
from python_multipart import MultipartParser
from python_multipart.multipart import parse_options_header
from sanic import Blueprint, Request
from sanic.response import HTTPResponse, ResponseStream, empty

from banzheng.accounts import datareads
from banzheng.accounts.models import User
from banzheng.applications import lifecycle
from banzheng.applications.catalogue import ITEM_NAMES
from banzheng.common.errors import ApiError, NotFound
from banzheng.common.http import endpoint, respond
from banzheng.common.ratelimit import By, Limit
from banzheng.common.times import Instant
from banzheng.identity.uploads import UploadedVideo
from banzheng.materials import flows, listing, service
from banzheng.materials.models import MaterialFile
from banzheng.security import rates
from banzheng.security.permissions import Action, Subject, document_subject, roles_for
from banzheng.security.roles import STAFF_ROLES, Role
from banzheng.storage import LinkExpired, LinkInvalid, verify_download

bp = Blueprint("materials", url_prefix="/api/v1")
TAG = "材料上传"
TUS_VERSION = "1.0.0"
# Whoever may download some kind of stored material (security/permissions.py decides which).
DOCUMENT_READERS = roles_for(Action.download, Subject.personal_document) | roles_for(
    Action.download, Subject.estate_document
)
CONTENT_TYPES = {
    "jpeg": "image/jpeg",
    "png": "image/png",
    "pdf": "application/pdf",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
}


class MaterialFilePublic(BaseModel):
    object_id: str
    requirement_code: str | None = Field(None, description="材料项（核验视频时为空）")
    identity_check_id: str | None = Field(None, description="所属的视频核验（材料时为空）")
    kind: str = Field(description="由文件内容判定：jpeg / png / pdf / mp4 / mov")
    size: int
    sha256: str
    display_name: str
    created_at: Instant


class UploadStatus(BaseModel):
    upload_id: str
    offset: int = Field(description="服务器已确认收到的字节数，断点续传从这里继续")
    length: int
    complete: bool
    file: MaterialFilePublic | None = None


class VerdictFinding(BaseModel):
    code: str
    message: str = Field(description="给业主和窗口人员看的中文说明")
    severity: str = Field(description="reject（须补正）或 warn（提示人工核对）")


class MaterialVerdictPublic(BaseModel):
    id: str
    verdict: str = Field(description="ok / warn / reject")
    verdict_label: str
    findings: list[VerdictFinding]
    reviewed_at: Instant
    awaiting_clerk_decision: bool = Field(
        description="受理或要求补正时将与窗口决定比对的预审结论（计入预审一致率）"
    )
    clerk_agrees: bool | None = Field(None, description="窗口决定与预审结论是否一致（已决定时）")


class MaterialForReview(BaseModel):
    object_id: str
    requirement_code: str
    requirement_name: str
    kind: str
    size: int
    sha256: str
    display_name: str
    uploaded_at: Instant
    verdict: str | None = Field(None, description="最近一次预审结论；尚未预审时为空")
    verdict_label: str
    verdicts: list[MaterialVerdictPublic] = Field(description="该文件的全部预审结论，新的在前")
    thumbnail_url: str | None = Field(None, description="缩略图短时链接（仅照片）")
    download_url: str = Field(description="原文件短时下载链接，仅对本人有效")
    links_expire_at: Instant = Field(description="链接过期时间")


class MaterialReviewList(BaseModel):
    application_id: str
    items: list[MaterialForReview]


class DownloadLink(BaseModel):
    url: str
    expires_at: Instant = Field(description="过期时间")


def _file_view(file: MaterialFile | UploadedVideo) -> MaterialFilePublic:
    return MaterialFilePublic(
        object_id=file.object_id,
        requirement_code=file.requirement_code,
        identity_check_id=getattr(file, "identity_check_id", None),
        kind=file.kind,
        size=file.size,
        sha256=file.sha256,
        display_name=file.display_name,
        created_at=file.created_at.isoformat(),
    )


async def _raw_chunks(request: Request) -> AsyncIterator[bytes]:
    while True:
        chunk = await request.stream.read()
        if chunk is None:
            return
        yield chunk


async def _multipart_file(
    request: Request, boundary: bytes, names: list[str]
) -> AsyncIterator[bytes]:
    """The bytes of the first part that carries a filename (wx.uploadFile sends one), streamed."""
    state = {"in_file": False, "done": False, "header": b"", "value": b"", "disposition": b""}
    out: list[bytes] = []

    def on_header_field(data, start, end):
        state["header"] += data[start:end]

    def on_header_value(data, start, end):
        state["value"] += data[start:end]

    def on_header_end():
        if state["header"].lower() == b"content-disposition":
            state["disposition"] = state["value"]
        state["header"], state["value"] = b"", b""

    def on_headers_finished():
        _, options = parse_options_header(state["disposition"])
        filename = options.get(b"filename")
        state["in_file"] = filename is not None and not state["done"]
        if state["in_file"]:
            names.append(filename.decode("utf-8", "replace"))

    def on_part_data(data, start, end):
        if state["in_file"]:
            out.append(bytes(data[start:end]))

    def on_part_end():
        if state["in_file"]:
            state["in_file"], state["done"] = False, True
        state["disposition"] = b""

    parser = MultipartParser(
        boundary,
        {
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
        },
    )
    async for chunk in _raw_chunks(request):
        parser.write(chunk)
        while out:
            yield out.pop(0)
    parser.finalize()
    while out:
        yield out.pop(0)
    if not state["done"] and not names:
        raise ApiError("没有收到文件，请重新选择文件上传", code="UPLOAD_NO_FILE", status=400)


def _declared_length(request: Request) -> int | None:
    value = request.headers.get("content-length")
    return int(value) if value and value.isdigit() else None


@bp.post("/applications/<application_id:uuid>/materials", stream=True)
@endpoint(
    summary="一次性上传一项材料（原始字节或 multipart；类型由内容判定）；窗口人员可代申请人上传",
    roles={Role.owner, Role.clerk},
    response=MaterialFilePublic,
    status=201,
    errors=(404, 409, 413, 422),
    tag=TAG,
    rate_limits=(rates.UPLOAD_ONCE_PER_USER,),
)
async def upload_material(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    code = request.args.get("requirement", "")
    application = await lifecycle.visible_application(user, application_id)
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    names: list[str] = []
    if content_type == b"multipart/form-data" and options.get(b"boundary"):
        chunks, declared = _multipart_file(request, options[b"boundary"], names), None
    else:
        chunks, declared = _raw_chunks(request), _declared_length(request)
        names.append(unquote(request.args.get("filename", "")))
    file = await flows.upload_once(
        application=application,
        code=code,
        user=user,
        chunks=chunks,
        # A multipart part's name is known only once the parser reached its headers, i.e. while
        # the stream is read: ask for it then, not before.
        display_name=lambda: names[0] if names else "",
        declared_length=declared,
        store=request.app.ctx.storage,
        settings=request.app.ctx.settings,
    )
    return respond(_file_view(file), status=201)


# --- resumable uploads: tus 1.0 core ------------------------------------------------------------


def _metadata(header: str) -> dict[str, str]:
    """`Upload-Metadata: key base64,key base64` (tus 1.0)."""
    values = {}
    for pair in filter(None, (p.strip() for p in header.split(","))):
        key, _, encoded = pair.partition(" ")
        try:
            values[key] = base64.b64decode(encoded, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise ApiError(
                "Upload-Metadata 格式不正确", code="UPLOAD_BAD_METADATA", status=400
            ) from None
    return values


def _int_header(request: Request, name: str) -> int:
    value = request.headers.get(name, "")
    if not value.isdigit():
        raise ApiError(
            f"缺少或无效的 {name} 头",
            code="UPLOAD_BAD_HEADER",
            status=400,
            details={"header": name},
        )
    return int(value)


def _tus_headers(offset: int, length: int) -> dict[str, str]:
    return {
        "Tus-Resumable": TUS_VERSION,
        "Upload-Offset": str(offset),
        "Upload-Length": str(length),
        "Cache-Control": "no-store",
    }


def _status(session, file: MaterialFile | None = None) -> UploadStatus:
    return UploadStatus(
        upload_id=session.id,
        offset=session.offset,
        length=session.length,
        complete=file is not None,
        file=_file_view(file) if file else None,
    )


@bp.post("/uploads")
@endpoint(
    summary=(
        "开始一次断点续传上传（tus 1.0：Upload-Length、Upload-Metadata）。"
        "材料：application_id + requirement；核验视频：identity_check_id"
    ),
    roles={Role.owner},
    response=UploadStatus,
    status=201,
    errors=(400, 404, 409, 410, 413, 422),
    tag=TAG,
    rate_limits=(rates.UPLOAD_START_PER_USER, rates.UPLOAD_START_PER_USER_DAILY),
)
async def create_upload(request: Request, user: User) -> HTTPResponse:
    length = _int_header(request, "upload-length")
    meta = _metadata(request.headers.get("upload-metadata", ""))
    session = await flows.open_session(
        user=user, meta=meta, length=length, settings=request.app.ctx.settings
    )
    headers = {**_tus_headers(0, length), "Location": f"/api/v1/uploads/{session.id}"}
    return respond(_status(session), status=201, headers=headers)


@bp.route("/uploads/<upload_id:objectid>", methods=["HEAD"])
@endpoint(
    summary="查询已上传的字节数（断点续传从 Upload-Offset 继续）",
    roles={Role.owner},
    status=200,
    errors=(404,),
    tag=TAG,
)
async def upload_offset(request: Request, user: User, upload_id: str) -> HTTPResponse:
    session = await service.session_for(upload_id=upload_id, owner_id=user.id)
    return empty(status=200, headers=_tus_headers(session.offset, session.length))


CHUNK_ERRORS = (400, 404, 405, 409, 413, 415, 422)
# PATCH and its POST override are one operation: they share one counter.
CHUNK_LIMIT = Limit(rates.UPLOAD_CHUNK_PER_USER.rate, By.user, scope="upload_chunk:user")


@bp.patch("/uploads/<upload_id:objectid>", stream=True)
@endpoint(
    summary="续传一段（Upload-Offset 必须等于已确认的字节数）",
    roles={Role.owner},
    response=UploadStatus,
    errors=CHUNK_ERRORS,
    tag=TAG,
    rate_limits=(CHUNK_LIMIT,),
)
async def upload_chunk(request: Request, user: User, upload_id: str) -> HTTPResponse:
    return await _append_chunk(request, user, upload_id)


@bp.post("/uploads/<upload_id:objectid>", stream=True)
@endpoint(
    summary="续传一段（POST + X-HTTP-Method-Override: PATCH，供不支持 PATCH 的微信小程序使用）",
    roles={Role.owner},
    response=UploadStatus,
    errors=CHUNK_ERRORS,
    tag=TAG,
    rate_limits=(CHUNK_LIMIT,),
)
async def upload_chunk_override(request: Request, user: User, upload_id: str) -> HTTPResponse:
    """tus 1.0 lets a client that cannot send PATCH (wx.request cannot) send POST with
    `X-HTTP-Method-Override: PATCH`; it is the same operation."""
    if request.headers.get("x-http-method-override", "").upper() != "PATCH":
        raise ApiError(
            "续传请使用 PATCH，或 POST 并带 X-HTTP-Method-Override: PATCH",
            code="METHOD_NOT_ALLOWED",
            status=405,
        )
    return await _append_chunk(request, user, upload_id)


async def _append_chunk(request: Request, user: User, upload_id: str) -> HTTPResponse:
    if request.headers.get("content-type", "") != "application/offset+octet-stream":
        raise ApiError(
            "续传内容类型须为 application/offset+octet-stream",
            code="UPLOAD_BAD_CONTENT_TYPE",
            status=415,
        )
    session = await service.session_for(upload_id=upload_id, owner_id=user.id)
    length_header = request.headers.get("upload-length")
    session = await service.append(
        session=session,
        offset=_int_header(request, "upload-offset"),
        chunks=_raw_chunks(request),
        store=request.app.ctx.storage,
        length_header=int(length_header) if length_header and length_header.isdigit() else None,
    )
    file = None
    if session.offset == session.length:
        file = await flows.finish_session(
            session=session,
            user=user,
            store=request.app.ctx.storage,
            settings=request.app.ctx.settings,
            queue=request.app.ctx.queue,
        )
    return respond(_status(session, file), headers=_tus_headers(session.offset, session.length))


# --- downloads ----------------------------------------------------------------------------------


async def _downloadable(
    user: User, object_id: str, *, not_found: str, action: str, thumbnails: bool = False
) -> MaterialFile:
    """The stored material (or, with `thumbnails`, the material whose thumbnail `object_id` is)
    if the matrix lets `user` download it (security/permissions.py): an owner's ID card or
    contract only by the owner and the officials deciding on it. The read is audited, and shown
    to the owner when it was someone else's (accounts/datareads.py)."""
    file = await MaterialFile.get_or_none(object_id=object_id)
    if file is None and thumbnails:  # a thumbnail's link (the review list's): a JPEG of its own
        file = await MaterialFile.get_or_none(thumbnail_id=object_id)
    if file is None:
        raise NotFound(not_found)
    try:
        application = await lifecycle.visible_application(
            user,
            file.application_id,
            subject=document_subject(file.requirement_code),
            action=Action.download,
        )
    except NotFound:
        raise NotFound(not_found) from None  # the same answer as for an id that does not exist
    await datareads.record_read(
        reader=user,
        action=action,
        object_type="material_file",
        object_id=file.object_id,
        owner_ids=[application.applicant_id],
        what=ITEM_NAMES.get(file.requirement_code, file.requirement_code),
    )
    return file


@bp.get("/materials/<object_id:objectid>/link")
@endpoint(
    summary="获取材料的短时下载链接（仅本人或辖区工作人员）",
    roles=DOCUMENT_READERS,
    response=DownloadLink,
    errors=(404,),
    tag=TAG,
    rate_limits=(rates.DOWNLOAD_LINK_PER_USER,),
)
async def download_link(request: Request, user: User, object_id: str) -> HTTPResponse:
    await _downloadable(user, object_id, not_found="未找到该材料", action="material.link_issued")
    settings = request.app.ctx.settings
    url, expires = listing.issue_link(object_id, user=user, settings=settings)
    return respond(DownloadLink(url=url, expires_at=expires))


@bp.get("/applications/<application_id:uuid>/materials")
@endpoint(
    summary="申请的材料及预审结论（缩略图与短时下载链接，签发记入审计）：辖区工作人员与本人",
    roles={Role.owner, *STAFF_ROLES},
    response=MaterialReviewList,
    errors=(404,),
    tag=TAG,
    rate_limits=(rates.DOWNLOAD_LINK_PER_USER,),
)
async def materials_for_review(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    application = await lifecycle.visible_application(user, application_id)
    listed = await listing.materials_for_review(
        application=application, user=user, settings=request.app.ctx.settings
    )
    return respond(MaterialReviewList(**listed))


@bp.get("/files/<token:linktoken>")
@endpoint(
    summary="按下载链接取回材料（链接只对申请它的人有效）",
    roles=DOCUMENT_READERS,
    status=200,
    errors=(404, 410),
    tag=TAG,
)
async def download(request: Request, user: User, token: str) -> HTTPResponse:
    settings = request.app.ctx.settings
    try:
        object_id = verify_download(
            token, user_id=str(user.id), secret=service.link_secret(settings)
        )
    except LinkInvalid:
        raise NotFound("下载链接无效") from None
    except LinkExpired:
        raise ApiError("下载链接已过期，请重新获取", code="LINK_EXPIRED", status=410) from None
    file = await _downloadable(
        user, object_id, not_found="下载链接无效", action="material.downloaded", thumbnails=True
    )
    thumbnail = file.object_id != object_id
    body = await request.app.ctx.storage.open_stream(object_id)

    async def stream(response):
        async for chunk in body:
            await response.write(chunk)

    kind = "jpeg" if thumbnail else file.kind
    ascii_name = f"{file.requirement_code}{'-thumbnail' if thumbnail else ''}.{kind}"
    return ResponseStream(
        stream,
        content_type=CONTENT_TYPES[kind],
        headers={
            "Content-Disposition": f'attachment; filename="{ascii_name}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )
