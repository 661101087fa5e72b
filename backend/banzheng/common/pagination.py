"""`?page=&size=` for every list, with a hard maximum."""

from __future__ import annotations

from sanic import Request
from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import Integer

from banzheng.common.errors import ValidationFailed

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
# Nobody reads past the millionth row a page at a time; the bound also keeps the offset
# (page × size) inside every database's integer (issue #13 item 8: page=10^20 was a 500).
MAX_PAGE = 10_000

PAGE_PARAMETERS = [
    Parameter(
        "page",
        Integer(minimum=1, maximum=MAX_PAGE),
        "query",
        description=f"页码，从 1 开始，最多 {MAX_PAGE}",
    ),
    Parameter(
        "size",
        Integer(minimum=1, maximum=MAX_PAGE_SIZE),
        "query",
        description=f"每页条数，最多 {MAX_PAGE_SIZE}",
    ),
]


def page_params(request: Request) -> tuple[int, int]:
    try:
        page = int(request.args.get("page", 1))
        size = int(request.args.get("size", DEFAULT_PAGE_SIZE))
    except ValueError:
        raise ValidationFailed("页码和每页条数须为整数", code="BAD_PAGINATION") from None
    if not 1 <= page <= MAX_PAGE or not 1 <= size <= MAX_PAGE_SIZE:
        raise ValidationFailed(
            f"页码从 1 到 {MAX_PAGE}，每页最多 {MAX_PAGE_SIZE} 条", code="BAD_PAGINATION"
        )
    return page, size
