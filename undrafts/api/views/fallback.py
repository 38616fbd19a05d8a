from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve

from ..errors import ApiError, error_response
from ..http import api_fallback

ENDPOINTS = [
    "/api/openapi.json",
    "/api/documents/",
    "/api/documents/{symbol}/",
    "/api/compare/{left}...{right}/",
    "/api/lineages/",
    "/api/lineages/{slug}/",
    "/api/search/?q={phrase}",
]


@api_fallback
def not_found(request: HttpRequest, rest: str) -> HttpResponse:
    if request.method in ("GET", "HEAD") and not request.path.endswith("/"):
        # /api/documents/A/RES/75/240 means /api/documents/A/RES/75/240/.
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.url_name != "not-found":
            query = request.META.get("QUERY_STRING", "")
            target = request.get_full_path().split("?", 1)[0] + "/"
            return HttpResponsePermanentRedirect(target + (f"?{query}" if query else ""))
    return error_response(
        ApiError(
            404,
            "not_found",
            f"No API endpoint answers {request.path[:200]}; see /api/openapi.json.",
            suggestions=ENDPOINTS,
        )
    )
