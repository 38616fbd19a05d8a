from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, quote_etag

from undrafts.documents.addresses.sides import pair_fingerprint, pair_is_pinned, side_find
from undrafts.documents.addresses.written import pair_parse, position_parse
from undrafts.documents.comparisons import comparison_get

from ..http import api_view, json_response
from ..payloads import pinned_compare_url


@api_view
def compare_view(request: HttpRequest, pair: str) -> HttpResponse:
    """The comparison contract of `manage.py compare --format json`, byte for byte in meaning."""
    requested = pair_parse(pair)
    left = side_find(requested[0], position_parse(request.GET.get("lt"), "lt"))
    right = side_find(requested[1], position_parse(request.GET.get("rt"), "rt"))
    # Tagged by the pinned texts and the algorithm, so it changes exactly when the diff can.
    etag = quote_etag(pair_fingerprint(left.stamp, right.stamp))
    canonical = pinned_compare_url(request, left, right)
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = json_response(comparison_get(left, right))
    response["ETag"] = etag
    response["Content-Location"] = canonical
    response["Link"] = f'<{canonical}>; rel="canonical"'
    # A pinned pair never changes; a "latest" address must be checked again each time.
    pinned = pair_is_pinned(requested, left, right)
    response["Cache-Control"] = "public, max-age=86400" if pinned else "no-cache"
    return response
