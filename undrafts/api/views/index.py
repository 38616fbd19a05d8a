from django.http import HttpRequest
from django.urls import reverse
from ninja import Router

from ..http import json_response
from ..schemas import Index
from . import refusals

router = Router()


@router.get(
    "/",
    response={200: Index, **refusals(405)},
    operation_id="getIndex",
    summary="Where to start: the address of each resource",
    url_name="index",
)
def index(request: HttpRequest):
    def absolute(name: str) -> str:
        return request.build_absolute_uri(reverse(name))

    return {
        "openapi": absolute("api:openapi"),
        "documents": absolute("api:documents"),
        "lineages": absolute("api:lineages"),
        "search": absolute("api:search") + "?q={phrase}",
        "compare": absolute("api:index") + "compare/{left}...{right}/",
    }


@router.get(
    "/openapi.json",
    response={200: dict, **refusals(405)},
    operation_id="getSchema",
    summary="This description (OpenAPI 3.1), generated from the typed schemas",
    url_name="openapi",
)
def openapi_json(request: HttpRequest):
    from ..main import openapi_schema  # the API that holds this very endpoint

    response = json_response(openapi_schema())
    response["Cache-Control"] = "public, max-age=3600"
    return response
