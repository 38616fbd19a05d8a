"""Addresses as written, read without touching the database.

``A/C.1/73/L.27/Rev.1...A/RES/75/240`` names a comparison of the current texts;
``A/RES/75/240@1`` pins version 1; a report carries several texts, picked by position
(``?lt=2&rt=1`` on a comparison, ``?text=2`` on a paragraph's history).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from undrafts.documents.exceptions import UndraftsError, UnknownSymbol

SEPARATOR = "..."
MAX_SYMBOL_LENGTH = 100
MAX_POSITION = 999
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DIGITS = re.compile(r"[0-9]{1,9}")
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


class BadAddress(UndraftsError):
    """The address cannot name a comparison or a document (a 400, not a 404)."""


class BadPosition(BadAddress):
    """A text position that is not a whole number in range; names the parameter."""

    def __init__(self, message: str, parameter: str):
        super().__init__(message)
        self.parameter = parameter


class UnknownText(UndraftsError):
    """The document exists but has no text at the position asked for."""

    def __init__(self, message: str, suggestions: list[str]):
        super().__init__(message)
        self.suggestions = suggestions


@dataclass(frozen=True)
class SideAddress:
    symbol: str
    version: int | None


def symbol_check(symbol: str) -> str:
    """A symbol fit to look up, or BadAddress / UnknownSymbol without touching the database."""
    symbol = (symbol or "").strip().strip("/")
    if not symbol:
        raise BadAddress("A symbol is missing, as in A/RES/75/240.")
    if _CONTROL.search(symbol):
        raise BadAddress("A symbol cannot contain control characters.")
    if len(symbol) > MAX_SYMBOL_LENGTH:
        raise UnknownSymbol(symbol[:MAX_SYMBOL_LENGTH] + "…")
    return symbol


def side_parse(text: str) -> SideAddress:
    """ "A/RES/75/240@1" -> SideAddress("A/RES/75/240", 1); no @ means the current text."""
    symbol, at, version = text.strip().rpartition("@")
    if not at:
        return SideAddress(symbol_check(text), None)
    if not _DIGITS.fullmatch(version) or int(version) < 1:
        raise BadAddress(
            f"The version after @ must be a whole number from 1, as in A/RES/75/240@1; "
            f"got {version[:20]!r}."
        )
    return SideAddress(symbol_check(symbol), int(version))


def pair_parse(pair: str) -> tuple[SideAddress, SideAddress]:
    left, separator, right = pair.partition(SEPARATOR)
    if not separator:
        raise BadAddress(
            "A comparison names two texts joined by three dots, as in "
            "A/C.1/73/L.27/Rev.1...A/RES/75/240."
        )
    return side_parse(left), side_parse(right)


def pair_join(left: str, right: str) -> str:
    return f"{left}{SEPARATOR}{right}"


def position_parse(raw: str | None, parameter: str) -> int | None:
    """A text position from a query string: None when absent, BadPosition when malformed."""
    if raw is None or raw == "":
        return None
    if not _DIGITS.fullmatch(raw) or not 1 <= int(raw) <= MAX_POSITION:
        raise BadPosition(
            f"{parameter} must be a whole number from 1 to {MAX_POSITION}; got {raw[:40]!r}.",
            parameter,
        )
    return int(raw)


def label_anchor(label: str) -> str:
    """A fragment id for a paragraph label: "OP1(a)" -> "OP1-a", "OP1.13" -> "OP1-13"."""
    anchor = label.replace("(", "-").replace(")", "").replace(".", "-")
    return _ANCHOR_UNSAFE.sub("-", anchor).strip("-") or "p"


def text_prefix(position: int | None, *, several: bool) -> str:
    """A document page holding several texts prefixes each anchor with its text's position."""
    return f"t{position or 1}-" if several else ""


def paragraph_anchor(label: str, position: int | None, *, several: bool) -> str:
    """The fragment of a paragraph on its document's page: "OP1", or "t2-OP1" in a report."""
    return text_prefix(position, several=several) + label_anchor(label)
