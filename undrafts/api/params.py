"""Query parameters as types: each checks strictly and says what would do, and the same
annotation gives the OpenAPI document its bounds.

The checks raise ApiError (not ValueError), which pydantic passes through untouched, so a
refusal carries the API's own message, code and parameter name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Literal

from ninja import Query
from pydantic import BeforeValidator, ValidationInfo

from undrafts.documents.addresses.written import MAX_POSITION, position_parse

from .errors import bad_parameter

_DIGITS = re.compile(r"[0-9]{1,9}")
MAX_WHOLE = 10**9 - 1


def _whole(minimum: int, maximum: int) -> Callable[[Any, ValidationInfo], int]:
    def check(raw: Any, info: ValidationInfo) -> int:
        name = info.field_name or "value"
        raw = str(raw)
        if not _DIGITS.fullmatch(raw) or not minimum <= int(raw) <= maximum:
            raise bad_parameter(
                name,
                f"{name} must be a whole number from {minimum} to {maximum}; got {raw[:40]!r}.",
            )
        return int(raw)

    return check


def _text(max_length: int, required: bool) -> Callable[[Any, ValidationInfo], str]:
    def check(raw: Any, info: ValidationInfo) -> str:
        name = info.field_name or "value"
        raw = str(raw)
        if "\x00" in raw:
            raise bad_parameter(name, f"{name} must not contain a NUL character.")
        if len(raw) > max_length:
            raise bad_parameter(name, f"{name} must be at most {max_length} characters long.")
        value = raw.strip()
        if required and not value:
            raise bad_parameter(name, f"{name} is required and must not be blank.")
        return value

    return check


def _choice(choices: Sequence[str]) -> Callable[[Any, ValidationInfo], str]:
    text = _text(100, required=False)

    def check(raw: Any, info: ValidationInfo) -> str:
        name = info.field_name or "value"
        value = text(raw, info)
        if value not in choices:
            raise bad_parameter(
                name,
                f"{name} must be one of: {', '.join(choices)}; got {value[:40]!r}.",
                list(choices),
            )
        return value

    return check


def _position(raw: Any, info: ValidationInfo) -> int | None:
    return position_parse(str(raw), info.field_name or "position")


def whole(
    description: str, *, default: int | None = None, minimum: int = 1, maximum: int = MAX_WHOLE
) -> Any:
    return Annotated[
        int,
        BeforeValidator(_whole(minimum, maximum)),
        Query(default, ge=minimum, le=maximum, description=description),
    ]


def text(
    description: str, *, max_length: int, required: bool = False, examples: list | None = None
) -> Any:
    bounds = {"min_length": 1} if required else {}
    extra = {"examples": examples} if examples else {}
    return Annotated[
        str,
        BeforeValidator(_text(max_length, required)),
        Query(
            ... if required else "",
            max_length=max_length,
            description=description,
            **bounds,
            **extra,
        ),
    ]


def choice(description: str, choices: Sequence[str]) -> Any:
    return Annotated[
        Literal[tuple(choices)],  # type: ignore[valid-type]
        BeforeValidator(_choice(choices)),
        Query(None, description=description),
    ]


def position(description: str) -> Any:
    return Annotated[
        int,
        BeforeValidator(_position),
        Query(None, ge=1, le=MAX_POSITION, description=description),
    ]
