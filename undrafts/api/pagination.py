"""Pages of results: {"count", "page", "page_size", "next", "previous", "results"}.

The one paging envelope of the API's lists (documents, lineages, search): 20 a page by
default, at most 100, a page past the last is a 404 pointing at the last.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil

from django.db.models import QuerySet
from django.http import HttpRequest

from .errors import ApiError
from .params import whole

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

PageNumber = whole("Page number, from 1.", default=1)
PageSize = whole(
    f"Results per page (default {DEFAULT_PAGE_SIZE}).",
    default=DEFAULT_PAGE_SIZE,
    maximum=MAX_PAGE_SIZE,
)


def paginate(
    request: HttpRequest,
    items: QuerySet | Sequence,
    page: int,
    page_size: int,
    count: int | None = None,
) -> dict:
    """One page of `items`, with links to its neighbours; results left for the schema.

    `count`, when the caller knows it (a cached count), saves counting the items."""
    if count is None:
        count = items.count() if isinstance(items, QuerySet) else len(items)
    last = max(1, ceil(count / page_size))
    if page > last:
        raise ApiError(
            404,
            "page_not_found",
            f"Page {page} is past the last page ({last}) of {count} results.",
            suggestions=[page_url(request, last)],
        )
    return {
        "count": count,
        "page": page,
        "page_size": page_size,
        "next": page_url(request, page + 1) if page < last else None,
        "previous": page_url(request, page - 1) if page > 1 else None,
        "results": list(items[(page - 1) * page_size : page * page_size]),
    }


def page_url(request: HttpRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(request.path) + "?" + query.urlencode()
