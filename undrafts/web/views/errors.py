"""Error pages that explain themselves: unknown symbols, malformed addresses."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render

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
