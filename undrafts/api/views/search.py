from django.http import HttpRequest, JsonResponse

from undrafts.documents.selectors import with_several_texts
from undrafts.search.budget import SearchTimeout
from undrafts.search.queries import SearchFilters
from undrafts.search.selectors import MAX_PAGE_SIZE, phrase_search
from undrafts.search.terms import MAX_PHRASE_LENGTH, SearchRefused

from ..errors import ApiError, bad_parameter
from ..http import api_view, json_response
from ..pagination import DEFAULT_PAGE_SIZE, page_url
from ..params import choice_param, int_param, str_param
from ..payloads import search_hit


@api_view
def search_view(request: HttpRequest) -> JsonResponse:
    phrase = str_param(request, "q", max_length=MAX_PHRASE_LENGTH, required=True)
    page = int_param(request, "page", default=1)
    size = int_param(request, "page_size", default=DEFAULT_PAGE_SIZE, maximum=MAX_PAGE_SIZE)
    filters = SearchFilters(
        session=int_param(request, "session", maximum=999),
        committee=int_param(request, "committee", maximum=6),
        kind=str_param(request, "kind", max_length=40),
        year=int_param(request, "year", maximum=9999),
    )
    order = choice_param(request, "sort", ["oldest", "relevance"]) or "oldest"
    try:
        found = phrase_search(phrase, page=page, page_size=size, filters=filters, order=order)
    except SearchRefused as refusal:
        raise bad_parameter("q", str(refusal)) from refusal
    except SearchTimeout as timeout:
        raise ApiError(
            503,
            "search_timeout",
            "This search took too long and was stopped; make the phrase longer or filter it.",
        ) from timeout
    if page > found.pages:
        raise ApiError(
            404,
            "page_not_found",
            f"Page {page} is past the last page ({found.pages}) of {found.count} results.",
            suggestions=[page_url(request, found.pages)],
        )
    shown = [*found.hits, *found.lineage_firsts]
    several = with_several_texts({hit["symbol"] for hit in shown})

    def hit_json(hit: dict) -> dict:
        return search_hit(request, hit, several)

    return json_response(
        {
            "query": phrase,
            "truncated": found.capped,
            "near": found.near,
            "first_appeared": hit_json(found.first) if found.first else None,
            "first_in_lineages": [hit_json(hit) for hit in found.lineage_firsts],
            "count": found.count,
            "page": found.page,
            "page_size": found.page_size,
            "next": page_url(request, page + 1) if page < found.pages else None,
            "previous": page_url(request, page - 1) if page > 1 else None,
            "results": [hit_json(hit) for hit in found.hits],
        }
    )
