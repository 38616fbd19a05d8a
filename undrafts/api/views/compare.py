from typing import Annotated

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, quote_etag
from django.utils.http import urlencode
from ninja import Path, Router

from undrafts.diffing.rows import ComparisonJSON
from undrafts.documents.addresses.sides import (
    pair_fingerprint,
    pair_is_pinned,
    pair_query,
    side_find,
)
from undrafts.documents.addresses.written import BadAddress, pair_join, pair_parse
from undrafts.documents.comparisons import comparison_get

from ..http import json_response
from ..params import position
from ..schemas import compare_url
from . import refusals

router = Router()

Left = Annotated[
    str,
    Path(
        description="The earlier text: SYMBOL, or SYMBOL@VERSION to pin a version.",
        min_length=1,
        examples=["A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1@1"],
    ),
]
Right = Annotated[
    str,
    Path(
        description="The later text, in the same form.",
        min_length=1,
        examples=["A/RES/75/240", "A/RES/75/240@1"],
    ),
]
LeftText = position("Position of the text in a multi-text left document.")
RightText = position("Position of the text in a multi-text right document.")
HEADERS = {
    "ETag": {
        "description": "Tags the pinned texts and the algorithm.",
        "schema": {"type": "string"},
    },
    "Content-Location": {"description": "The pinned address.", "schema": {"type": "string"}},
}


@router.get(
    "/compare/{path:left}...{path:right}/",
    response={200: ComparisonJSON, 304: None, **refusals(400, 404, 405)},
    operation_id="compareTexts",
    summary="The comparison of two texts, as `manage.py compare --format json` gives it",
    description=(
        "Answers the same JSON as the command line. The ETag and Content-Location "
        "headers name the pinned versions; send If-None-Match to revalidate."
    ),
    url_name="compare",
    openapi_extra={"responses": {200: {"headers": HEADERS}}},
)
def compare_view(
    request: HttpRequest, left: Left, right: Right, lt: LeftText, rt: RightText
) -> HttpResponse:
    """The comparison contract of `manage.py compare --format json`, byte for byte in meaning."""
    # Read as the pages read it: the route split at the last "...", the address at the first.
    requested = pair_parse(pair_join(left, right))
    left_side, right_side = side_find(requested[0], lt), side_find(requested[1], rt)
    # Tagged by the pinned texts and the algorithm, so it changes exactly when the diff can.
    etag = quote_etag(pair_fingerprint(left_side.stamp, right_side.stamp))
    canonical = compare_url(
        request, left_side.pinned, right_side.pinned, urlencode(pair_query(left_side, right_side))
    )
    response = get_conditional_response(request, etag=etag)
    if response is None:
        # Served as the engine cached it: the schema documents it, the test suite holds it to it.
        response = json_response(comparison_get(left_side, right_side))
    response["ETag"] = etag
    response["Content-Location"] = canonical
    response["Link"] = f'<{canonical}>; rel="canonical"'
    # A pinned pair never changes; a "latest" address must be checked again each time.
    pinned = pair_is_pinned(requested, left_side, right_side)
    response["Cache-Control"] = "public, max-age=86400" if pinned else "no-cache"
    return response


@router.get("/compare/{path:pair}/", include_in_schema=False, url_name="compare-pair")
def compare_unjoined(request: HttpRequest, pair: str) -> HttpResponse:
    """An address the route above cannot split (no three dots, a side missing): say why."""
    pair_parse(pair)  # raises BadAddress for every pair that reaches here
    raise BadAddress("A comparison names two texts, each non-empty, joined by three dots.")
