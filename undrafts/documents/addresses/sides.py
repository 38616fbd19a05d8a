"""The sides an address names, found with one set of rules, and their fingerprint."""

from __future__ import annotations

from hashlib import sha256

from undrafts.documents.comparisons import (
    Side,
    SideStamp,
    comparison_cache_key,
    side_at,
    version_resolve,
)
from undrafts.documents.selectors import document_get, document_texts, symbol_key, text_stamps

from .written import SideAddress, UnknownText, pair_join, side_parse


def side_find(address: SideAddress, position: int | None = None) -> Side:
    """The side an address names: its text at `position` (the first if None), at its version
    (the newest if none, or one past the newest)."""
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


def side_resolve(written: str, position: int | None = None) -> Side:
    """A side from its written form, "A/RES/75/240" or "A/RES/75/240@1"."""
    return side_find(side_parse(written), position)


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


def pair_path(left: Side | SideStamp, right: Side | SideStamp) -> str:
    """The pinned form of a pair, for permalinks and file names."""
    return pair_join(left.pinned, right.pinned)


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


def pair_fingerprint(left: SideStamp, right: SideStamp, *shown: str) -> str:
    """Changes exactly when the pinned texts, the algorithm or what is `shown` of them does:
    the one source of ETags (page, API, exports: each quotes it with Django's quote_etag and
    answers If-None-Match with get_conditional_response) and of the page cache's keys."""
    raw = "|".join((comparison_cache_key(left, right), *shown))
    return sha256(raw.encode()).hexdigest()[:32]
