"""Error pages that explain themselves: unknown symbols, malformed addresses, a busy database."""

from __future__ import annotations

import sys

from django.http import HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from undrafts.documents.busy import database_locked
from undrafts.documents.exceptions import UnknownSymbol

from .htmx import HtmxHttpRequest


def not_found(
    request: HtmxHttpRequest,
    message: str,
    *,
    symbol: str = "",
    suggestions: list[str] | None = None,
) -> HttpResponse:
    """The 404 page with what was asked for and symbols that look like it."""
    return render(
        request,
        "404.html",
        {"message": message, "symbol": symbol, "suggestions": suggestions or []},
        status=404,
    )


def unknown_symbol(request: HtmxHttpRequest, error: UnknownSymbol) -> HttpResponse:
    return not_found(request, str(error), symbol=error.symbol, suggestions=error.suggestions)


def bad_request(request: HtmxHttpRequest, message: str, *, example: str = "") -> HttpResponse:
    return render(request, "400.html", {"message": message, "example": example}, status=400)


RETRY_AFTER_SECONDS = 10


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: an error no view caught. A write that found SQLite locked past the busy
    timeout is a 503 with a retry hint (nothing was saved), every other error the 500 page."""
    if not database_locked(sys.exc_info()[1]):
        return HttpResponseServerError(render_to_string("500.html"))
    message = (
        "Another change is being saved, and yours waited too long for its turn. "
        "Nothing of yours was saved: try again in a few seconds."
    )
    if request.path.startswith("/api/"):
        body = {"error": {"status": 503, "code": "busy", "message": message, "suggestions": []}}
        response: HttpResponse = JsonResponse(body, status=503)
    else:
        page = render_to_string("503.html", {"message": message, "seconds": RETRY_AFTER_SECONDS})
        response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
