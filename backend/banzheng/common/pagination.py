"""`?page=&size=` for every list, with a hard maximum."""

from __future__ import annotations

from sanic import Request
from sanic_ext.extensions.openapi.definitions import Parameter

from banzheng.common.errors import ValidationFailed

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

PAGE_PARAMETERS = [
    Parameter("page", int, "query", description="页码，从 1 开始"),
    Parameter("size", int, "query", description=f"每页条数，最多 {MAX_PAGE_SIZE}"),
]


def page_params(request: Request) -> tuple[int, int]:
    try:
        page = int(request.args.get("page", 1))
        size = int(request.args.get("size", DEFAULT_PAGE_SIZE))
    except ValueError:
        raise ValidationFailed("页码和每页条数须为整数", code="BAD_PAGINATION") from None
    if page < 1 or not 1 <= size <= MAX_PAGE_SIZE:
        raise ValidationFailed(f"页码从 1 开始，每页最多 {MAX_PAGE_SIZE} 条", code="BAD_PAGINATION")
    return page, size
