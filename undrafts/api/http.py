"""How every API view answers: read-only, open to any origin, JSON errors, never a 500 page."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from undrafts.documents.addresses.written import BadAddress, BadPosition, UnknownText
from undrafts.documents.exceptions import UndraftsError, UnknownSymbol

from .errors import ApiError, error_response

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


def json_response(data: dict, *, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def api_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Wrap a read view: 405 for writes, JSON bodies for every refusal, CORS on every answer.

    CSRF-exempt so that a POST reaches us and gets a JSON 405 instead of an HTML 403; safe
    because no API view writes anything.
    """
    return _wrap(view, read_only=True)


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
        else:
            response = _answer(view, request, *args, **kwargs)
        if response.status_code in (204, 405):
            response["Allow"] = ALLOW
        for name, value in CORS_HEADERS.items():
            response[name] = value
        return response

    return wrapper


def _answer(view, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    try:
        return view(request, *args, **kwargs)
    except ApiError as error:
        return error_response(error)
    except BadPosition as error:
        return error_response(ApiError(400, "bad_parameter", str(error), parameter=error.parameter))
    except BadAddress as error:
        return error_response(ApiError(400, "bad_address", str(error)))
    except UnknownText as error:
        return error_response(
            ApiError(404, "unknown_text", str(error), suggestions=error.suggestions)
        )
    except UnknownSymbol as error:
        return error_response(
            ApiError(404, "unknown_symbol", str(error), suggestions=error.suggestions)
        )
    except UndraftsError as error:
        return error_response(ApiError(400, "refused", str(error)))
    except Exception:
        # A bug, not the caller's fault: log it and still answer in the API's own shape.
        logger.exception("API view %s failed on %s", view.__name__, request.get_full_path())
        return error_response(
            ApiError(500, "server_error", "Something went wrong on our side; it has been logged.")
        )
