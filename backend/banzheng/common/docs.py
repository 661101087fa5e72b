"""Swagger UI for `/docs` from files this service serves itself, not a CDN: the API docs open on
a machine without internet (a registry's intranet, a laptop on a train). The files come from the
pinned `swagger-ui-bundle` wheel; the page is `templates/swagger.html` (sanic-ext's own page
loads them from jsdelivr)."""

from __future__ import annotations

from pathlib import Path

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, file
from swagger_ui_bundle import swagger_ui_path

from banzheng.common.errors import NotFound
from banzheng.common.http import PUBLIC, endpoint

PAGE = Path(__file__).parent / "templates" / "swagger.html"
ASSETS = {
    "swagger-ui.css": "text/css; charset=utf-8",
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
    "favicon-32x32.png": "image/png",
}

bp = Blueprint("docs_assets", url_prefix="/docs/assets")


@bp.get("/<name:str>")
@endpoint(
    summary="接口文档页面的静态文件（Swagger UI，本地提供）",
    roles=PUBLIC,
    tag="运维",
    errors=(404,),
)
async def docs_asset(request: Request, name: str) -> HTTPResponse:
    if name not in ASSETS:  # a fixed list: no path ever comes from the request
        raise NotFound()
    return await file(
        Path(str(swagger_ui_path)) / name,
        mime_type=ASSETS[name],
        headers={"Cache-Control": "public, max-age=86400"},
    )
