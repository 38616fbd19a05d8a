"""A comparison of two texts at fixed versions, computed once and cached by content."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.core.cache import cache

from undrafts.diffing import ALGORITHM_VERSION, compare

from .models import Document, Text
from .selectors import document_get, text_for, text_paragraphs


@dataclass(frozen=True)
class Side:
    document: Document
    text: Text
    version: int

    @property
    def pinned(self) -> str:
        return f"{self.document.symbol}@{self.version}"

    @property
    def is_current(self) -> bool:
        return self.version == self.text.version


def side_resolve(symbol: str, version: int | None = None, position: int | None = None) -> Side:
    """Find a side of a comparison; a version past the newest is taken as the newest."""
    document = document_get(symbol)
    return side_at(document, text_for(document, position), version)


def side_at(document: Document, text: Text, version: int | None) -> Side:
    """A text at a version; no version, or one past the newest, means the newest."""
    if version is None or version > text.version or version < 1:
        version = text.version
    return Side(document=document, text=text, version=version)


def _side_key(side: Side) -> str:
    # The symbol and position ride along with the id: ids can be reused after a delete or a
    # restore, and a reused id must never serve another text's comparison.
    return f"{side.document.symbol}|{side.text.position}|{side.text.pk}@{side.version}"


def comparison_cache_key(left: Side, right: Side) -> str:
    raw = f"{ALGORITHM_VERSION}:{_side_key(left)}:{_side_key(right)}"
    return "cmp:" + hashlib.sha256(raw.encode()).hexdigest()


def comparison_get(left: Side, right: Side) -> dict:
    """The diff of two pinned texts. Cached hard: a pair of fixed versions never changes."""
    key = comparison_cache_key(left, right)
    result = cache.get(key)
    if result is None:
        result = compare(
            text_paragraphs(left.text, left.version),
            text_paragraphs(right.text, right.version),
            left_symbol=left.document.symbol,
            right_symbol=right.document.symbol,
        )
        cache.set(key, result, timeout=None)
    return result
