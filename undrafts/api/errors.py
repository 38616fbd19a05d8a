"""Error bodies: one shape for every refusal, so a notebook can branch on `code`."""

from __future__ import annotations

from django.http import JsonResponse

# Every code the API answers with; the OpenAPI document lists them.
ERROR_CODES = (
    "bad_parameter",
    "bad_address",
    "refused",
    "unknown_symbol",
    "unknown_text",
    "unknown_lineage",
    "page_not_found",
    "search_timeout",
    "not_found",
    "method_not_allowed",
    "server_error",
)


class ApiError(Exception):
    """A refusal the API explains: status, a stable machine code, a message for people."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        suggestions: list[str] | None = None,
        parameter: str | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.suggestions = suggestions or []
        self.parameter = parameter


def bad_parameter(parameter: str, message: str, suggestions: list[str] | None = None) -> ApiError:
    return ApiError(400, "bad_parameter", message, suggestions=suggestions, parameter=parameter)


def error_body(error: ApiError) -> dict:
    body = {
        "status": error.status,
        "code": error.code,
        "message": error.message,
        "suggestions": list(error.suggestions),
    }
    if error.parameter:
        body["parameter"] = error.parameter
    return {"error": body}


def error_response(error: ApiError) -> JsonResponse:
    return JsonResponse(
        error_body(error), status=error.status, json_dumps_params={"ensure_ascii": False}
    )
