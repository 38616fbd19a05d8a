"""How every API answer is shaped: read-only, open to any origin, JSON errors, never a 500 page."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import URLPattern
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder

from undrafts.documents.addresses.written import BadAddress, BadPosition, UnknownText
from undrafts.documents.exceptions import UndraftsError, UnknownSymbol

from .errors import ApiError, bad_parameter, error_response

logger = logging.getLogger(__name__)

READ_METHODS = ("GET", "HEAD")
ALLOW = "GET, HEAD, OPTIONS"
# Notebooks and other sites may read the API: it holds only public texts and never writes.
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": ALLOW,
    "Access-Control-Allow-Headers": "Accept, If-None-Match",
    "Access-Control-Expose-Headers": "ETag, Link, Content-Location",
    "Access-Control-Max-Age": "86400",
}


class Renderer(JSONRenderer):
    """JSON as the rest of the site writes it: UTF-8 text, not \\u escapes."""

    def render(self, request: HttpRequest, data, *, response_status: int) -> str:
        return json.dumps(data, cls=self.encoder_class, ensure_ascii=False)


class Api(NinjaAPI):
    def get_content_type(self) -> str:
        return "application/json"  # JSON is UTF-8 by definition (RFC 8259)

    def get_openapi_schema(self, **kwargs) -> dict:
        """As JSON has it (status codes as strings); and where ninja copies a parameter's
        JSON Schema `examples` (a list) to the parameter, the map of Example objects OpenAPI
        wants there."""
        schema = super().get_openapi_schema(**kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                operation["responses"] = {str(k): v for k, v in operation["responses"].items()}
                for parameter in operation.get("parameters", []):
                    examples = parameter.get("examples")
                    if isinstance(examples, list):
                        parameter["examples"] = {
                            f"e{n}": {"value": value} for n, value in enumerate(examples)
                        }
        return json.loads(json.dumps(schema, cls=NinjaJSONEncoder))


def json_response(data: dict, *, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def read_only(patterns: list) -> list:
    """Wrap each endpoint: 405 for writes, 204 for a preflight, CORS on every answer.

    CSRF-exempt so that a POST reaches us and gets a JSON 405 instead of an HTML 403; safe
    because no API view writes anything.
    """
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            pattern.callback = _wrap(pattern.callback, read_only=True)
    return patterns


def api_fallback(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Wrap the catch-all: any method gets its JSON 404, with CORS."""
    return _wrap(view, read_only=False)


def _wrap(view: Callable[..., HttpResponse], *, read_only: bool) -> Callable[..., HttpResponse]:
    @csrf_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS" and read_only:
            response = HttpResponse(status=204)
        elif read_only and request.method not in READ_METHODS:
            response = error_response(
                ApiError(
                    405,
                    "method_not_allowed",
                    f"The API is read-only: {str(request.method)[:20]} is not allowed; use GET.",
                )
            )
        elif request.method == "HEAD":
            # The endpoints are declared for GET; HEAD is the same answer (the server
            # drops the body), so it is asked as a GET.
            request.method = "GET"
            try:
                response = view(request, *args, **kwargs)
            finally:
                request.method = "HEAD"
        else:
            response = view(request, *args, **kwargs)
        if response.status_code in (204, 405):
            response["Allow"] = ALLOW
        for name, value in CORS_HEADERS.items():
            response[name] = value
        return response

    return wrapper


def install_error_handlers(api: NinjaAPI) -> None:
    """Every refusal in the API's one error shape (see errors.py)."""

    def handle(exc_class: type[Exception], to_error: Callable[[Exception], ApiError]) -> None:
        api.add_exception_handler(exc_class, lambda request, exc: error_response(to_error(exc)))

    handle(ApiError, lambda e: e)
    handle(ValidationError, _validation_error)
    handle(BadPosition, lambda e: bad_parameter(e.parameter, str(e)))
    handle(BadAddress, lambda e: ApiError(400, "bad_address", str(e)))
    handle(UnknownText, lambda e: ApiError(404, "unknown_text", str(e), suggestions=e.suggestions))
    handle(
        UnknownSymbol,
        lambda e: ApiError(404, "unknown_symbol", str(e), suggestions=e.suggestions),
    )
    handle(UndraftsError, lambda e: ApiError(400, "refused", str(e)))
    api.add_exception_handler(Exception, _server_error)


def _validation_error(error: ValidationError) -> ApiError:
    """What the typed parameters' own checks (params.py) leave to pydantic: a missing one."""
    first = error.errors[0]
    name = str(first["loc"][-1])
    if first["type"] == "missing":
        return bad_parameter(name, f"{name} is required and must not be blank.")
    return bad_parameter(name, f"{name}: {first['msg']}.")


def _server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    # A bug, not the caller's fault: log it and still answer in the API's own shape.
    logger.error("API request %s failed", request.get_full_path(), exc_info=exc)
    return error_response(
        ApiError(500, "server_error", "Something went wrong on our side; it has been logged.")
    )
