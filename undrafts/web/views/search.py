"""Phrase search: the paragraphs that hold a phrase, a page at a time, and where it first
appeared."""

from __future__ import annotations

import hashlib

from django.http import HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from undrafts.documents.addresses.written import text_prefix
from undrafts.documents.browse import archive_stamp
from undrafts.documents.models import Document
from undrafts.documents.selectors import with_several_texts
from undrafts.proceedings.models import Vote
from undrafts.search.budget import SearchTimeout
from undrafts.search.highlight import pieces
from undrafts.search.queries import SearchFilters
from undrafts.search.selectors import MAX_RESULTS, SearchResults, phrase_search
from undrafts.search.terms import MAX_PHRASE_LENGTH, SearchRefused

from ..addresses import document_url
from ..page_cache import page_cached
from .htmx import HtmxHttpRequest
from .methods import public_page

TEMPLATE = "web/search.html"
PAGE_SIZE = 20
FILTERS = ("session", "committee", "kind", "year")
KINDS = dict(Document.Kind.choices)


def _separate_votes(symbols: set[str]) -> dict[tuple[str, str], list[Vote]]:
    """Separate votes on paragraphs of these drafts, by (symbol, label)."""
    found: dict[tuple[str, str], list[Vote]] = {}
    rows = Vote.objects.filter(draft__symbol__in=symbols, subject=Vote.Subject.PARAGRAPH)
    for vote in rows.select_related("draft").order_by("position"):
        for label in vote.paragraph_labels:
            found.setdefault((vote.draft.symbol, label), []).append(vote)
    return found


def _number(params: QueryDict, name: str, label: str, high: int) -> int | None:
    value = params.get(name, "").strip()
    if not value:
        return None
    if not value.isdigit() or not 0 < int(value) <= high:
        raise SearchRefused(f"{label} must be a whole number from 1 to {high}.")
    return int(value)


def search_filters(params: QueryDict) -> SearchFilters:
    """The filters in a query string; SearchRefused for a value that cannot be one."""
    kind = params.get("kind", "").strip()
    if kind and kind not in KINDS:
        raise SearchRefused("Choose a kind of document from the list.")
    return SearchFilters(
        session=_number(params, "session", "The session", 999),
        committee=_number(params, "committee", "The Main Committee", 6),
        kind=kind,
        year=_number(params, "year", "The year", 9999),
    )


def _link(params: QueryDict, **changes: object) -> str:
    query = params.copy()
    for name, value in changes.items():
        query[name] = str(value)
    return f"{reverse('web:search')}?{query.urlencode()}"


def _decorate(results: SearchResults) -> None:
    """Links for every hit named; highlighted pieces, history and separate votes for the
    hits listed (the first appearance and the lineages' firsts are named by a link)."""
    named = [*results.hits, *results.lineage_firsts]
    if results.first:
        named.append(results.first)
    several = with_several_texts({hit["symbol"] for hit in named})
    for hit in named:
        prefix = text_prefix(hit["text_position"], several=hit["symbol"] in several)
        hit["url"] = f"{document_url(hit['symbol'])}#{prefix}{hit['anchor']}"
    votes = _separate_votes({hit["symbol"] for hit in results.hits})
    for hit in results.hits:
        hit["pieces"] = pieces(hit["text"], hit["spans"])
        history = reverse("web:paragraph-history", args=[hit["symbol"], hit["label"]])
        if hit["symbol"] in several:
            history += f"?text={hit['text_position']}"
        hit["history_url"] = history
        hit["votes"] = votes.get((hit["symbol"], hit["label"]), [])


PAGE_VERSION = "1"  # bump when the template changes what the page shows


@public_page
def search(request: HtmxHttpRequest) -> HttpResponse:
    """The results page, or (htmx) the results alone; cached whole under the archive's
    stamp, which any document change moves, so a repeated search costs one key read (the
    separate votes shown may lag by PAGE_CACHE_SECONDS)."""
    parts = [PAGE_VERSION, archive_stamp(), repr(sorted(request.GET.lists()))]
    parts.append("fragment" if request.htmx else "page")
    key = "search:" + hashlib.sha256("|".join(parts).encode()).hexdigest()
    response = page_cached(request, key, lambda: _render(request))
    patch_vary_headers(response, ("HX-Request",))
    return response


def _render(request: HtmxHttpRequest) -> HttpResponse:
    params = request.GET
    query = params.get("q", "")
    typed = " ".join(query.split())
    order = "relevance" if params.get("sort") == "relevance" else "oldest"
    page = params.get("page", "1")
    context: dict = {
        "query": typed[:MAX_PHRASE_LENGTH],
        "order": order,
        "filters": {name: params.get(name, "")[:10] for name in FILTERS},
        "kinds": KINDS,
        "max_results": MAX_RESULTS,
        "message": "",
    }
    status = 200
    if typed:
        try:
            results = phrase_search(
                typed,
                page=int(page) if page.isdigit() and len(page) < 6 else 1,
                page_size=PAGE_SIZE,
                filters=search_filters(params),
                order=order,
            )
        except SearchRefused as refusal:
            context["message"], status = str(refusal), 400
        except SearchTimeout:
            context["message"], status = (
                "This search took too long and was stopped. Make the phrase longer or "
                "more particular, or narrow it with a filter, and try again.",
                503,
            )
        else:
            _decorate(results)
            context["results"] = results
            context["phrase"] = results.phrase.text
            context["document_count"] = len({hit["symbol"] for hit in results.hits})
            context["start"] = (results.page - 1) * results.page_size + 1
            if results.page > 1:
                context["previous_url"] = _link(params, page=results.page - 1)
            if results.page < results.pages:
                context["next_url"] = _link(params, page=results.page + 1)
            if results.page > results.pages:
                context["last_url"] = _link(params, page=results.pages)
            other = "oldest" if order == "relevance" else "relevance"
            context["sort_url"] = _link(params, sort=other, page=1)
    template = f"{TEMPLATE}#results" if request.htmx else TEMPLATE
    response = render(request, template, context, status=status)
    if status == 503:
        response["Retry-After"] = "5"
    return response
