"""Rendered pages kept in the cache, so a busy comparison is served without rendering.

A page is stored with a placeholder where the CSRF token goes and each request gets its
own token put in: the stored page holds nothing of any one visitor. The caller's key
must change whenever what the page shows of its texts changes (versions, metadata);
PAGE_CACHE_SECONDS bounds how long anything else on it (vote and sponsor notes, the
pickers' list of documents) can lag behind an edit. 0 turns the cache off.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.safestring import mark_safe

# Contains "<", which escaped text can never produce, so no paragraph can forge it.
CSRF_PLACEHOLDER = "<undrafts-csrf-token>"


def page_cached(
    request: HttpRequest, key: str, render: Callable[[dict], HttpResponse]
) -> HttpResponse:
    """The page stored under ``key``, or ``render(extra_context)`` stored there now.

    Only 200 answers are stored; ``render`` must add ``extra_context`` to its context.
    """
    seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
    if seconds <= 0:
        return render({})
    key = f"page:{key}"
    stored = cache.get(key)
    if stored is None:
        response = render({"csrf_token": mark_safe(CSRF_PLACEHOLDER)})  # noqa: S308
        if response.status_code != 200:
            return _with_token(request, response.content, response)
        stored = (response["Content-Type"], response.content)
        cache.set(key, stored, timeout=seconds)
    content_type, content = stored
    return _with_token(request, content, HttpResponse(content_type=content_type))


def _with_token(request: HttpRequest, content: bytes, response: HttpResponse) -> HttpResponse:
    if CSRF_PLACEHOLDER.encode() in content:
        content = content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
    response.content = content
    return response
