"""A comparison of two texts at fixed versions, computed once and cached by content."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import NamedTuple

from django.core.cache import cache

from undrafts.diffing import ALGORITHM_VERSION, compare

from .models import Document, Text
from .selectors import text_paragraphs


class SideStamp(NamedTuple):
    """What identifies a side's content, read in one light query: enough for cache keys,
    ETags and addresses without loading the document."""

    symbol: str
    position: int
    text_id: int
    version: int
    current_version: int
    updated_at: dt.datetime

    @property
    def pinned(self) -> str:
        return f"{self.symbol}@{self.version}"


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

    @property
    def stamp(self) -> SideStamp:
        return SideStamp(
            self.document.symbol,
            self.text.position,
            self.text.pk,
            self.version,
            self.text.version,
            self.document.updated_at,
        )


def side_load(stamp: SideStamp) -> Side:
    """The side a stamp names, document and text loaded."""
    text = Text.objects.select_related("document__lineage", "document__source_document").get(
        pk=stamp.text_id
    )
    return Side(document=text.document, text=text, version=stamp.version)


def side_at(document: Document, text: Text, version: int | None) -> Side:
    return Side(document=document, text=text, version=version_resolve(version, text.version))


def version_resolve(asked: int | None, newest: int) -> int:
    """No version, or one past the newest, means the newest."""
    return newest if asked is None or asked > newest or asked < 1 else asked


def _side_key(side: SideStamp) -> str:
    # The symbol and position ride along with the id: ids can be reused after a delete or a
    # restore, and a reused id must never serve another text's comparison.
    return f"{side.symbol}|{side.position}|{side.text_id}@{side.version}"


def comparison_cache_key(left: SideStamp, right: SideStamp) -> str:
    raw = f"{ALGORITHM_VERSION}:{_side_key(left)}:{_side_key(right)}"
    return "cmp:" + hashlib.sha256(raw.encode()).hexdigest()


def comparison_get(left: Side, right: Side) -> dict:
    """The diff of two pinned texts. Cached hard: a pair of fixed versions never changes."""
    key = comparison_cache_key(left.stamp, right.stamp)
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
