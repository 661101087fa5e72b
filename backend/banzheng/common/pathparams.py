"""The formats of the API's path parameters, written once for the router and the OpenAPI document.

A path segment that does not have its format never reaches a handler (Sanic answers 404 as for
any unknown path), so an id longer than its column, a year 0 or a twenty-digit number cannot
reach the database (issue #13 item 8). The same patterns are written into openapi/openapi.yaml
(`constrain()`), so contract fuzzing generates values that reach the code.

Each label is used in routes as `<name:label>`; `register()` teaches the router the labels
before the blueprints are added.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sanic import Sanic

# url-safe base64 of 24 random bytes: storage/base.py new_object_id()
_OBJECT_ID = r"[A-Za-z0-9_-]{32}"


@dataclass(frozen=True)
class PathFormat:
    pattern: str  # the whole segment, without anchors
    cast: Callable[[str], Any]
    schema: dict[str, Any]  # its OpenAPI 3.0 schema


def _string(pattern: str, max_length: int, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "pattern": f"^{pattern}$", "maxLength": max_length, **extra}


FORMATS: dict[str, PathFormat] = {
    # a stored object (material file, video, upload session): storage/base.py
    "objectid": PathFormat(_OBJECT_ID, str, _string(_OBJECT_ID, 32, minLength=32)),
    # a signed download link: object id, expiry (Unix seconds), HMAC: storage/links.py
    "linktoken": PathFormat(
        rf"{_OBJECT_ID}\.[0-9]{{1,12}}\.[A-Za-z0-9_-]{{43}}",
        str,
        _string(rf"{_OBJECT_ID}\.[0-9]{{1,12}}\.[A-Za-z0-9_-]{{43}}", 89),
    ),
    # a submission ticket "submit:<application id>:<version>" (":" may come percent-encoded)
    "ticket": PathFormat(
        r"submit(?::|%3[Aa])[0-9a-f-]{36}(?::|%3[Aa])[0-9]{1,9}",
        str,
        _string(r"submit(:|%3[Aa])[0-9a-f-]{36}(:|%3[Aa])[0-9]{1,9}", 57),
    ),
    # a QR code of a rating target: feedback/service.py CODE_ALPHABET, CODE_LENGTH
    "qrcode": PathFormat(
        "[2-9a-hjkmnp-z]{10}", str, _string("[2-9a-hjkmnp-z]{10}", 10, minLength=10)
    ),
    # the same code on the H5 page a phone's camera opens: any short code is routed so that a
    # mistyped or damaged one still gets the page saying the QR code is invalid
    "qrpage": PathFormat("[A-Za-z0-9]{1,64}", str, _string("[A-Za-z0-9]{1,64}", 64, minLength=1)),
    # a certificate's public verification token (certificates/service.py, url-safe base64);
    # loose like the QR page's, so a mistyped one still gets the page that says so
    "pagetoken": PathFormat(
        "[A-Za-z0-9_-]{1,128}", str, _string("[A-Za-z0-9_-]{1,128}", 128, minLength=1)
    ),
    # a calendar day, ISO 8601
    "isodate": PathFormat(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", str, {"type": "string", "format": "date"}),
    # a year of the statutory calendar (common/workdays.py)
    "year": PathFormat(
        "(?:19|20)[0-9]{2}", int, {"type": "integer", "minimum": 1900, "maximum": 2099}
    ),
    # a machine name: an application type, a requirement code, a guide's kind (lower case)
    "slug": PathFormat(
        "[a-z][a-z0-9_]{0,39}", str, _string("[a-z][a-z0-9_]{0,39}", 40, minLength=1)
    ),
    # a guide's key: notifications/routes.py put_guide
    "guidekey": PathFormat(
        "[A-Za-z0-9_-]{1,60}", str, _string("[A-Za-z0-9_-]{1,60}", 60, minLength=1)
    ),
    # the files of a rating target's QR code: feedback/routes.py QR_FORMATS and the poster
    "qrfile": PathFormat(
        r"qr\.png|qr\.svg|poster\.pdf",
        str,
        {"type": "string", "enum": ["qr.png", "qr.svg", "poster.pdf"]},
    ),
}


def _checked(label: str, fmt: PathFormat) -> Callable[[str], Any]:
    """sanic-routing matches a custom type by its cast alone (a ValueError means "no match"),
    so the cast checks the pattern before converting. Its generated matcher calls each cast by
    `__name__`, so every label's cast needs a name of its own."""
    whole = re.compile(f"^(?:{fmt.pattern})$")

    def cast(value: str) -> Any:
        if not whole.match(value):
            raise ValueError(value[:80])
        return fmt.cast(value)

    cast.__name__ = cast.__qualname__ = f"path_{label}"
    return cast


def register(app: Sanic) -> None:
    for label, fmt in FORMATS.items():
        app.router.register_pattern(label, _checked(label, fmt), f"^(?:{fmt.pattern})$")


def constrain(app: Sanic, spec: dict[str, Any]) -> dict[str, Any]:
    """Write each path parameter's format into the spec built by sanic-ext (which knows only
    Sanic's built-in types): one schema per label, from FORMATS."""
    labels: dict[tuple[str, str], str] = {}
    for route in app.router.routes:
        path = "/" + "/".join(
            f"{{{p[1:-1].split(':')[0]}}}" if p.startswith("<") else p
            for p in route.path.split("/")
        )
        for param in route.params.values():
            if param.label in FORMATS:
                labels[(path, param.name)] = param.label
    for path, operations in spec.get("paths", {}).items():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            in_path = [p for p in operation.get("parameters", []) if p.get("in") == "path"]
            for parameter in in_path:
                label = labels.get((path, parameter.get("name")))
                if label is not None:
                    parameter["schema"] = dict(FORMATS[label].schema)
            responses = operation.setdefault("responses", {})
            if in_path and 404 not in responses and "404" not in responses:
                responses["404"] = dict(NOT_FOUND)  # a path naming something may name nothing
    return spec


NOT_FOUND = {
    "description": "不存在或不可见",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
}
