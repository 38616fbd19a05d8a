"""Pages of results: {"count", "page", "page_size", "next", "previous", "results"}."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from math import ceil
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest

from .errors import ApiError
from .params import int_param

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def paginate(
    request: HttpRequest, items: QuerySet | Sequence, to_json: Callable[[Any], dict]
) -> dict:
    page = int_param(request, "page", default=1, minimum=1)
    size = int_param(request, "page_size", default=DEFAULT_PAGE_SIZE, maximum=MAX_PAGE_SIZE)
    count = items.count() if isinstance(items, QuerySet) else len(items)
    last = max(1, ceil(count / size))
    if page > last:
        raise ApiError(
            404,
            "page_not_found",
            f"Page {page} is past the last page ({last}) of {count} results.",
            suggestions=[page_url(request, last)],
        )
    window = items[(page - 1) * size : page * size]
    return {
        "count": count,
        "page": page,
        "page_size": size,
        "next": page_url(request, page + 1) if page < last else None,
        "previous": page_url(request, page - 1) if page > 1 else None,
        "results": [to_json(item) for item in window],
    }


def page_url(request: HttpRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(request.path) + "?" + query.urlencode()
