"""Query parameters, checked strictly: a wrong value is a 400 that says what would do."""

from __future__ import annotations

import re

from django.http import HttpRequest

from .errors import bad_parameter

_DIGITS = re.compile(r"[0-9]{1,9}")


def int_param(
    request: HttpRequest,
    name: str,
    *,
    default: int | None = None,
    minimum: int = 1,
    maximum: int = 10**9 - 1,
) -> int | None:
    raw = request.GET.get(name)
    if raw is None:
        return default
    if not _DIGITS.fullmatch(raw) or not minimum <= int(raw) <= maximum:
        raise bad_parameter(
            name, f"{name} must be a whole number from {minimum} to {maximum}; got {raw[:40]!r}."
        )
    return int(raw)


def str_param(
    request: HttpRequest, name: str, *, max_length: int = 200, required: bool = False
) -> str:
    raw = request.GET.get(name, "")
    if "\x00" in raw:
        raise bad_parameter(name, f"{name} must not contain a NUL character.")
    if len(raw) > max_length:
        raise bad_parameter(name, f"{name} must be at most {max_length} characters long.")
    value = raw.strip()
    if required and not value:
        raise bad_parameter(name, f"{name} is required and must not be blank.")
    return value


def choice_param(request: HttpRequest, name: str, choices: list[str]) -> str:
    if name not in request.GET:
        return ""
    value = str_param(request, name, max_length=100)
    if value not in choices:
        raise bad_parameter(
            name, f"{name} must be one of: {', '.join(choices)}; got {value[:40]!r}.", choices
        )
    return value
