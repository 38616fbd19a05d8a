"""Comparison addresses as people write them: ``LEFT...RIGHT``, each ``SYMBOL[@VERSION]``.

``A/C.1/73/L.27/Rev.1...A/RES/75/240`` compares the current texts; ``A/RES/75/240@1``
pins version 1. A report carries several texts: ``?lt=2&rt=1`` picks them by position.
Used by the API and by the exports, so both read an address the way the pages do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from undrafts.documents.comparisons import Side, SideStamp, side_at, version_resolve
from undrafts.documents.exceptions import UndraftsError, UnknownSymbol
from undrafts.documents.selectors import document_get, document_texts, symbol_key, text_stamps

SEPARATOR = "..."
MAX_SYMBOL_LENGTH = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_VERSION = re.compile(r"[0-9]{1,9}")


class BadAddress(UndraftsError):
    """The address cannot name a comparison or a document (a 400, not a 404)."""


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
    symbol, at, version = text.strip().rpartition("@")
    if not at:
        return SideAddress(symbol_check(text), None)
    if not _VERSION.fullmatch(version) or int(version) < 1:
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


def side_find(address: SideAddress, position: int | None = None) -> Side:
    """The side an address names, with the same rules as the comparison pages."""
    texts = document_texts(address.symbol)
    if not texts:
        document = document_get(address.symbol)  # UnknownSymbol, unless it has no text
        raise UnknownText(f"{document.symbol} holds no resolution or decision text.", [])
    document = texts[0].document
    texts = [t for t in texts if t.document_id == document.pk]  # symbols differing in case
    if position is None:
        return side_at(document, texts[0], address.version)
    for text in texts:
        if text.position == position:
            return side_at(document, text, address.version)
    listing = ", ".join(f"{t.position} ({t.heading or 'text'})" for t in texts)
    raise UnknownText(
        f"{document.symbol} has no text {position}; its texts are {listing}.",
        [str(t.position) for t in texts],
    )


def pair_stamps(
    requested: tuple[SideAddress, SideAddress], lt: int | None = None, rt: int | None = None
) -> tuple[SideStamp, SideStamp]:
    """Both sides' stamps in one light query, with the same rules as side_find; where
    something is amiss (an unknown symbol, a missing text) side_find says what."""
    rows = text_stamps([requested[0].symbol, requested[1].symbol])
    return _stamp(rows, requested[0], lt), _stamp(rows, requested[1], rt)


def _stamp(rows: dict[str, list[tuple]], address: SideAddress, position: int | None) -> SideStamp:
    texts = rows.get(symbol_key(address.symbol), [])
    for symbol, at, text_id, newest, updated_at in texts:
        if at == position or position is None:
            version = version_resolve(address.version, newest)
            return SideStamp(symbol, at, text_id, version, newest, updated_at)
    return side_find(address, position).stamp


def pair_path(left: Side, right: Side) -> str:
    """The pinned form of a pair, for permalinks, ETags and file names."""
    return f"{left.pinned}{SEPARATOR}{right.pinned}"


def pair_query(left: Side, right: Side) -> dict[str, str]:
    """Text positions worth writing down: only those other than the first text."""
    query = {}
    if left.text.position != 1:
        query["lt"] = str(left.text.position)
    if right.text.position != 1:
        query["rt"] = str(right.text.position)
    return query


def pair_is_pinned(
    requested: tuple[SideAddress, SideAddress],
    left: Side | SideStamp,
    right: Side | SideStamp,
) -> bool:
    """True when the address asked for exactly these versions, so its answer never changes."""
    return requested[0].version == left.version and requested[1].version == right.version
