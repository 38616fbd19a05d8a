from django.http import HttpRequest, JsonResponse
from django.urls import reverse

from ..http import api_view, json_response
from ..schema import openapi_schema


@api_view
def openapi_json(request: HttpRequest) -> JsonResponse:
    response = json_response(openapi_schema())
    response["Cache-Control"] = "public, max-age=3600"
    return response


@api_view
def index(request: HttpRequest) -> JsonResponse:
    """Where to start: the resources and the description of them."""

    def absolute(name: str) -> str:
        return request.build_absolute_uri(reverse(name))

    return json_response(
        {
            "openapi": absolute("api:openapi"),
            "documents": absolute("api:documents"),
            "lineages": absolute("api:lineages"),
            "search": absolute("api:search") + "?q={phrase}",
            "compare": absolute("api:index") + "compare/{left}...{right}/",
        }
    )
