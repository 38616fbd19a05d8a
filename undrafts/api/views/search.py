from django.http import HttpRequest
from ninja import Router

from undrafts.documents.addresses.written import paragraph_anchor
from undrafts.documents.selectors import with_several_texts
from undrafts.search.budget import SearchTimeout
from undrafts.search.queries import SearchFilters
from undrafts.search.selectors import MAX_PAGE_SIZE, phrase_search
from undrafts.search.terms import MAX_PHRASE_LENGTH, SearchRefused

from ..errors import ApiError, bad_parameter
from ..pagination import DEFAULT_PAGE_SIZE, PageNumber, page_url
from ..params import choice, text, whole
from ..schemas import SearchPage
from . import refusals

router = Router()

Phrase = text(
    "The phrase, matched as a whole, ignoring case, spacing and quote style.",
    max_length=MAX_PHRASE_LENGTH,
    required=True,
    examples=["information and communications technologies"],
)
# The search's own page limit, which its selector holds to.
PageSize = whole(
    f"Results per page (default {DEFAULT_PAGE_SIZE}).",
    default=DEFAULT_PAGE_SIZE,
    maximum=MAX_PAGE_SIZE,
)
Session = whole("General Assembly session.", maximum=999)
Committee = whole("Main Committee of the General Assembly.", maximum=6)
Kind = text("Kind of document.", max_length=40)
Year = whole("Year of issue.", maximum=9999)
Sort = choice("Oldest document first (the default), or best match first.", ["oldest", "relevance"])


@router.get(
    "/search/",
    response={200: SearchPage, **refusals(400, 404, 405, 503)},
    operation_id="searchPhrase",
    summary="Every paragraph that contains a phrase, oldest document first",
    url_name="search",
)
def search_view(
    request: HttpRequest,
    q: Phrase,
    page: PageNumber,
    page_size: PageSize,
    session: Session,
    committee: Committee,
    kind: Kind,
    year: Year,
    sort: Sort,
):
    filters = SearchFilters(session=session, committee=committee, kind=kind, year=year)
    try:
        found = phrase_search(
            q, page=page, page_size=page_size, filters=filters, order=sort or "oldest"
        )
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
    shown = [*found.hits, *found.lineage_firsts, *([found.first] if found.first else [])]
    several = with_several_texts({hit["symbol"] for hit in shown})
    for hit in shown:
        # The fragment the document page gives it ("t2-OP1" in a report of several texts).
        hit["anchor"] = paragraph_anchor(
            hit["label"], hit["text_position"], several=hit["symbol"] in several
        )
    return {
        "query": q,
        "truncated": found.capped,
        "near": found.near,
        "first_appeared": found.first,
        "first_in_lineages": found.lineage_firsts,
        "count": found.count,
        "page": found.page,
        "page_size": found.page_size,
        "next": page_url(request, page + 1) if page < found.pages else None,
        "previous": page_url(request, page - 1) if page > 1 else None,
        "results": found.hits,
    }
