from hashlib import sha256

from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.http import parse_etags

from undrafts.documents.comparisons import comparison_cache_key, comparison_get

from ..http import api_view, json_response
from ..params import int_param
from ..payloads import pinned_compare_url
from ..sides import pair_is_pinned, pair_parse, side_find


@api_view
def compare_view(request: HttpRequest, pair: str) -> HttpResponse:
    """The comparison contract of `manage.py compare --format json`, byte for byte in meaning."""
    requested = pair_parse(pair)
    left = side_find(requested[0], int_param(request, "lt", maximum=999))
    right = side_find(requested[1], int_param(request, "rt", maximum=999))
    # Tagged by the pinned texts and the algorithm, so it changes exactly when the diff can.
    etag = (
        '"' + sha256(comparison_cache_key(left.stamp, right.stamp).encode()).hexdigest()[:32] + '"'
    )
    canonical = pinned_compare_url(request, left, right)
    matches = parse_etags(request.headers.get("If-None-Match", ""))
    if etag in matches or "*" in matches:
        response = HttpResponseNotModified()
    else:
        response = json_response(comparison_get(left, right))
    response["ETag"] = etag
    response["Content-Location"] = canonical
    response["Link"] = f'<{canonical}>; rel="canonical"'
    # A pinned pair never changes; a "latest" address must be checked again each time.
    pinned = pair_is_pinned(requested, left, right)
    response["Cache-Control"] = "public, max-age=86400" if pinned else "no-cache"
    return response
