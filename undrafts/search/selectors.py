"""Phrase search: which paragraphs hold a phrase, a page at a time, and where it first
appeared, overall and in each lineage.

Bounded whatever is typed: a phrase with nothing to search for is refused before any
query; matches come from the index; only the paragraphs of the page shown are read (and
of them only what is shown: never a document's raw text); counting stops at
MAX_RESULTS; and all the queries of one search share one time budget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import ceil

from undrafts.documents.addresses.written import label_anchor
from undrafts.documents.models import Paragraph

from .budget import time_budget
from .highlight import phrase_spans, word_spans_matching
from .queries import SearchFilters, match_count, match_ids, oldest_matches, phrase_match
from .terms import Phrase, SearchRefused, phrase_parse

# Paging stops here: a phrase found more often than this is too common to read through.
MAX_RESULTS = 1000
MAX_PAGE_SIZE = 100
# Lineages listed under "where this wording first appeared".
MAX_LINEAGES = 20
ORDERS = ("oldest", "relevance")

_FIELDS = {
    "id": "id",
    "label": "label",
    "kind": "kind",
    "text": "content",
    "text_heading": "text__heading",
    "text_position": "text__position",
    "symbol": "text__document__symbol",
    "document_title": "text__document__title",
    "date": "text__document__date",
    "lineage_slug": "text__document__lineage__slug",
    "lineage_name": "text__document__lineage__name",
}


@dataclass
class SearchResults:
    phrase: Phrase
    hits: list[dict]
    count: int  # matches, counted up to MAX_RESULTS
    capped: bool  # more paragraphs match than are counted and paged
    page: int
    page_size: int
    order: str
    near: bool = False  # no paragraph holds the phrase; these hold something close
    first: dict | None = None  # the oldest match of all
    lineage_firsts: list[dict] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, ceil(self.count / self.page_size))


def phrase_search(
    query: str,
    *,
    page: int = 1,
    page_size: int = 20,
    filters: SearchFilters | None = None,
    order: str = "oldest",
    near_matches: bool = True,
) -> SearchResults:
    """One page of the paragraphs holding `query`'s words in order, oldest document first
    (or best match first, `order="relevance"`); when none does and `near_matches`, the
    paragraphs closest to it. Raises SearchRefused (nothing to search for)
    or budget.SearchTimeout. A page past the last has no hits (`page > pages`)."""
    phrase = phrase_parse(query)
    filters = filters or SearchFilters()
    if order not in ORDERS:
        raise SearchRefused(f"Results can be ordered by {' or '.join(ORDERS)}.")
    page_size = max(1, min(page_size, MAX_PAGE_SIZE))
    page = max(1, page)
    offset = (page - 1) * page_size
    with time_budget():
        results = _search(phrase, filters, page, page_size, offset, order, near=False)
        if not results.count and near_matches:
            results = _search(phrase, filters, page, page_size, offset, "relevance", near=True)
    return results


def _search(
    phrase: Phrase,
    filters: SearchFilters,
    page: int,
    page_size: int,
    offset: int,
    order: str,
    *,
    near: bool,
) -> SearchResults:
    match = phrase_match(phrase, near=near)
    if near:  # something close is no appearance of the phrase: no "first" to name
        counted = match_count(match, filters, cap=MAX_RESULTS + 1)
        count = min(counted, MAX_RESULTS)
        results = SearchResults(phrase, [], count, counted > count, page, page_size, order, True)
        if offset >= count:
            return results
        ids = match_ids(match, filters, order="relevance", limit=page_size, offset=offset)
        rows = _hits(ids, phrase, near=True)
        results.hits = [dict(rows[pk], first=False, first_in_lineage=False) for pk in ids]
        return results
    oldest = oldest_matches(match, filters, cap=MAX_RESULTS + 1, lineages=MAX_LINEAGES)
    count = min(len(oldest.ids), MAX_RESULTS)
    results = SearchResults(phrase, [], count, len(oldest.ids) > count, page, page_size, order)
    if offset >= count:  # nothing found, or a page past the last (pages stop at the cap)
        return results
    if order == "oldest":
        ids = oldest.ids[offset : offset + page_size]
    else:
        ids = match_ids(match, filters, order=order, limit=page_size, offset=offset)
    first_id, firsts = oldest.ids[0], oldest.lineage_firsts
    rows = _hits([*ids, first_id, *firsts], phrase, near=False)
    for pk in ids:
        hit = dict(rows[pk], first=pk == first_id, first_in_lineage=pk in firsts)
        results.hits.append(hit)
    results.first = dict(rows[first_id], first=True, first_in_lineage=first_id in firsts)
    results.lineage_firsts = [dict(rows[pk], first=pk == first_id) for pk in firsts]
    return results


def _hits(ids: list[int], phrase: Phrase, *, near: bool) -> dict[int, dict]:
    """The shown fields of these paragraphs, with where the phrase stands in each."""
    rows = Paragraph.objects.filter(pk__in=set(ids)).values(*_FIELDS.values())
    hits: dict[int, dict] = {}
    for row in rows:
        hit = {name: row[column] for name, column in _FIELDS.items()}
        hit["anchor"] = label_anchor(hit["label"])
        hit["spans"] = (
            word_spans_matching(hit["text"], phrase.words)
            if near
            else phrase_spans(hit["text"], phrase.words)
        )
        hits[hit["id"]] = hit
    return hits
