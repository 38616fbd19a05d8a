"""The API: django-ninja routes over typed schemas, one router per resource."""

from __future__ import annotations

from functools import cache

from .http import Api, Renderer, install_error_handlers
from .views import compare, documents, index, lineages, search

API_VERSION = "1.0.0"

api = Api(
    title="undrafts API",
    version=API_VERSION,
    description=(
        "Read-only. Documents are addressed by UN symbol; a comparison names two "
        "texts joined by three dots. Errors answer "
        '{"error": {"status", "code", "message", "suggestions"}}.'
    ),
    openapi_url=None,  # served by the index router, with the API's own headers
    docs_url=None,  # the interactive docs load scripts from a CDN; the site uses none
    urls_namespace="api",
    renderer=Renderer(),
    openapi_extra={
        "info": {"summary": "How UN texts changed from draft to draft to adopted resolution."},
    },
    servers=[{"url": "/"}],
)
install_error_handlers(api)
for module in (index, documents, compare, lineages, search):
    api.add_router("", module.router)


@cache
def openapi_schema() -> dict:
    """The OpenAPI 3.1 document, generated from the routes and their schemas."""
    return api.get_openapi_schema(path_prefix="/api/")
