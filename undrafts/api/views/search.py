from django.http import HttpRequest, JsonResponse

from undrafts.documents.search import MAX_PHRASE_LENGTH, phrase_search
from undrafts.documents.selectors import with_several_texts

from ..http import api_view, json_response
from ..pagination import paginate
from ..params import str_param
from ..payloads import search_hit

# Enough for any phrase a negotiator asks about; more is a sign the phrase is too common.
MAX_RESULTS = 1000


@api_view
def search_view(request: HttpRequest) -> JsonResponse:
    phrase = str_param(request, "q", max_length=MAX_PHRASE_LENGTH, required=True)
    hits = phrase_search(phrase, limit=MAX_RESULTS)
    several = with_several_texts({hit["symbol"] for hit in hits})
    page = paginate(request, hits, lambda hit: search_hit(request, hit, several))
    return json_response(
        {
            "query": phrase,
            "truncated": len(hits) >= MAX_RESULTS,
            "first_appeared": search_hit(request, hits[0], several) if hits else None,
            **page,
        }
    )
