"""Error bodies: one shape for every refusal, so a notebook can branch on `code`."""

from __future__ import annotations

from django.http import JsonResponse

REASONS = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    500: "Server error",
    503: "Service unavailable",
}


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
