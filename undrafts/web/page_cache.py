"""Rendered pages kept in the cache, so a busy comparison is served without rendering.

A stored page must hold nothing of any one visitor: public pages carry no CSRF token
and no user (they make no writes; the admin has its own pages). The caller's key must
change whenever what the page shows of its texts changes (versions, metadata);
PAGE_CACHE_SECONDS bounds how long anything else on it (vote and sponsor notes, the
pickers' list of documents) can lag behind an edit. 0 turns the cache off.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse


def page_cached(request: HttpRequest, key: str, render: Callable[[], HttpResponse]) -> HttpResponse:
    """The page stored under ``key``, or ``render()`` stored there now: only a 200 that
    asked for no CSRF token, since a token belongs to one visitor."""
    seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
    if seconds <= 0:
        return render()
    key = f"page:{key}"
    stored = cache.get(key)
    if stored is None:
        response = render()
        if response.status_code != 200 or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return response
        stored = (response["Content-Type"], response.content)
        cache.set(key, stored, timeout=seconds)
    content_type, content = stored
    return HttpResponse(content, content_type=content_type)
