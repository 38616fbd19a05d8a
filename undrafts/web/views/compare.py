"""The comparison page: two texts side by side, at a readable, shareable address.

`/compare/LEFT...RIGHT/` shows the current texts; `LEFT@1...RIGHT@1` pins versions and
never changes (ETag, 304). `/compare/?left=…&right=…` is the picker form's target: it
redirects to the permalink, or for htmx answers the panel with HX-Push-Url set to it.
"""

from __future__ import annotations

import functools

from django.db.models import Count, F, Max, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import get_conditional_response, patch_vary_headers, quote_etag
from django.utils.http import urlencode

from undrafts.documents.addresses.sides import (
    pair_fingerprint,
    pair_is_pinned,
    pair_join,
    pair_stamps,
    side_find,
)
from undrafts.documents.addresses.written import (
    BadAddress,
    SideAddress,
    UnknownText,
    pair_parse,
    position_parse,
    side_parse,
)
from undrafts.documents.comparisons import (
    Side,
    SideStamp,
    comparison_cache_key,
    comparison_get,
    side_load,
)
from undrafts.documents.exceptions import UnknownSymbol
from undrafts.documents.models import Document, Lineage

from ..addresses import VIEWS, CompareAddress
from ..page_cache import page_cached
from ..paging import FIRST_PAGE, RowPages, RowsAsked, change_map, rows_asked, rows_cached
from ..rows import (
    CHANGES_VIEWS,
    display_rows,
    fold_unchanged,
    natures,
    summary,
    summary_sentence,
)
from ..selectors import symbol_choices
from . import errors
from .htmx import HtmxHttpRequest
from .methods import public_page

# Bump when the page's markup changes, so browsers drop their copies of pinned pages.
PAGE_VERSION = "2"
TEMPLATE = "web/compare.html"
PAIR_EXAMPLE = "/compare/A/C.1/73/L.27/Rev.1...A/RES/75/240/"
LINEAGE_EXAMPLES = 12  # families offered on the empty picker


def _wants_fragment(request: HtmxHttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


def _options(request: HtmxHttpRequest) -> tuple[str, str]:
    changes = request.GET.get("changes", "")
    if changes not in ("0", *CHANGES_VIEWS):
        raise BadAddress(
            "changes must be 1 (show changes only), substantive (show substantive changes "
            "only) or 0 (show every paragraph)."
        )
    view = request.GET.get("view", "") or "side"
    if view not in VIEWS:
        raise BadAddress("view must be side (two columns) or inline (one column).")
    return ("" if changes == "0" else changes), view


def _written(side: SideStamp, requested: SideAddress) -> str:
    """A side as the address writes it: pinned only if the request pinned it."""
    return side.pinned if requested.version is not None else side.symbol


def _texts(side: Side, address: CompareAddress, param: str) -> list[dict]:
    """The texts of a side's document (a report holds several), each with its address."""
    return [
        {
            "position": position,
            "heading": heading or f"Text {position}",
            "url": address.with_(**{param: position}).url,
        }
        for position, heading in side.document.texts.order_by("position").values_list(
            "position", "heading"
        )
    ]


def _fingerprint(
    left: SideStamp,
    right: SideStamp,
    address: CompareAddress,
    fragment: bool,
    asked: RowsAsked = FIRST_PAGE,
) -> str:
    """Changes only when the pinned pair, the way it is shown, or a newer version appears:
    the ETag of a pinned page, and the key its rendering is cached under."""
    return pair_fingerprint(
        left,
        right,
        PAGE_VERSION,
        str(left.current_version),
        str(right.current_version),
        left.updated_at.isoformat(),
        right.updated_at.isoformat(),
        repr(address),  # the address's fields, as its url would give them, without reverse()
        "fragment" if fragment else "page",
        asked.key,
    )


def _page_url(address: CompareAddress, page: int, **more: str) -> str:
    """The address of one page of rows (`part=rows`: only its rows, for htmx)."""
    query = {"page": str(page), **more} if page != 1 or more else {}
    url = address.url
    return f"{url}{'&' if '?' in url else '?'}{urlencode(query)}" if query else url


def _comparison_context(
    left: Side, right: Side, address: CompareAddress, asked: RowsAsked = FIRST_PAGE
) -> dict:
    comparison = comparison_get(left, right)
    rows = rows_cached(
        comparison_cache_key(left.stamp, right.stamp), lambda: display_rows(comparison)
    )
    pages = RowPages.of(rows, asked)
    shown = pages.shown
    pinned = address.with_(left=left.pinned, right=right.pinned)
    current = address.with_(left=left.document.symbol, right=right.document.symbol)
    stale = [side for side in (left, right) if not side.is_current]
    return {
        "left": left,
        "right": right,
        "left_texts": _texts(left, address, "lt"),
        "right_texts": _texts(right, address, "rt"),
        "address": address,
        "rows": rows,
        "pages": pages,
        "page_url": lambda page: _page_url(address, page),
        "previous_url": _page_url(address, pages.previous) if pages.previous else "",
        "next_url": _page_url(address, pages.next) if pages.next else "",
        "more_url": _page_url(address, pages.next, part="rows") if pages.next else "",
        "more": {
            "first": pages.end + 1,
            "last": min(len(rows), pages.end + pages.size),
            "total": len(rows),
        },
        "change_map": change_map(rows),
        "items": fold_unchanged(shown, address.changes) if address.changes else shown,
        "summary": summary(comparison, rows),
        "natures": natures(rows),
        "sentence": summary_sentence(comparison, left.document.symbol, right.document.symbol),
        "change_count": sum(1 for row in rows if row["kind"] == "row" and row["is_change"]),
        "pinned_url": pinned.url,
        "current_url": current.url,
        "stale": stale,
        "links": {
            "changes_on": address.with_(changes="1").url,
            "changes_off": address.with_(changes="").url,
            "substantive": address.with_(changes="substantive").url,
            "side": address.with_(view="side").url,
            "inline": address.with_(view="inline").url,
            "swap": address.swapped().url,
        },
        "form": {"left": left.document.symbol, "right": right.document.symbol},
    }


def _page_context() -> dict:
    # Lazy: the template reads the examples only when no comparison fills the page.
    return {"choices": symbol_choices(), "lineages": functools.cache(_lineage_examples)}


def _lineage_examples() -> list[dict]:
    """For an empty picker: the first and latest text of the lineages most lately added
    to, one click to compare; by name."""
    shown = Q(documents__withdrawn=False)
    lineages = list(
        Lineage.objects.annotate(texts=Count("documents", filter=shown))
        .filter(texts__gte=2)
        .annotate(latest=Max("documents__date", filter=shown))
        .order_by(F("latest").desc(nulls_last=True), "name")[:LINEAGE_EXAMPLES]
    )
    members: dict[int, list[tuple]] = {lineage.pk: [] for lineage in lineages}
    rows = Document.objects.filter(lineage__in=lineages, withdrawn=False).values_list(
        "lineage_id", "symbol", "date"
    )
    for lineage_id, symbol, date in rows:
        members[lineage_id].append((date is None, date, symbol))
    examples = []
    for lineage in sorted(lineages, key=lambda lineage: lineage.name):
        *_, first = min(members[lineage.pk])
        *_, last = max(members[lineage.pk])
        examples.append(
            {
                "lineage": lineage,
                "first": first,
                "last": last,
                "url": CompareAddress(left=first, right=last).url,
            }
        )
    return examples


def _render_comparison(
    request: HtmxHttpRequest,
    stamps: tuple[SideStamp, SideStamp],
    address: CompareAddress,
    fragment: bool,
    sides: tuple[Side, Side] | None = None,
    asked: RowsAsked = FIRST_PAGE,
) -> HttpResponse:
    """The comparison page or panel (or, for htmx, one more page of its rows), from the page
    cache when it was rendered lately; the texts are loaded (unless the caller has them)
    only to render it afresh."""

    def render() -> HttpResponse:
        left, right = sides or tuple(side_load(stamp) for stamp in stamps)
        try:
            context = _comparison_context(left, right, address, asked)
        except BadAddress as error:
            return errors.bad_request(request, str(error), example=address.url)
        if asked.rows_only:
            return render_partial(request, f"{TEMPLATE}#row-items", context)
        return _render(request, context, fragment=fragment)

    response = page_cached(request, _fingerprint(*stamps, address, fragment, asked), render)
    patch_vary_headers(response, ("HX-Request",))
    return response


def render_partial(request: HtmxHttpRequest, name: str, context: dict) -> HttpResponse:
    response = render(request, name, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


def _render(
    request: HtmxHttpRequest, context: dict, *, status: int = 200, fragment: bool = False
) -> HttpResponse:
    if fragment:
        response = render(request, f"{TEMPLATE}#comparison", context, status=status)
    else:
        response = render(request, TEMPLATE, {**_page_context(), **context}, status=status)
    patch_vary_headers(response, ("HX-Request",))
    return response


@public_page
def compare_pair(request: HtmxHttpRequest, pair: str) -> HttpResponse:
    try:
        changes, view = _options(request)
        lt = position_parse(request.GET.get("lt"), "lt")
        rt = position_parse(request.GET.get("rt"), "rt")
        requested = pair_parse(pair)
        left, right = pair_stamps(requested, lt, rt)
        asked = rows_asked(request.GET, htmx=_wants_fragment(request))
    except BadAddress as error:
        return errors.bad_request(request, str(error), example=PAIR_EXAMPLE)
    except UnknownSymbol as error:
        return errors.unknown_symbol(request, error)
    except UnknownText as error:
        return errors.not_found(request, str(error))

    address = CompareAddress(
        left=_written(left, requested[0]),
        right=_written(right, requested[1]),
        lt=left.position,
        rt=right.position,
        changes=changes,
        view=view,
    )
    if pair != pair_join(address.left, address.right):
        # Symbols as stored and real versions: one address per comparison.
        return redirect(_page_url(address, asked.page))

    fragment = _wants_fragment(request)
    pinned = pair_is_pinned(requested, left, right)
    etag = quote_etag(_fingerprint(left, right, address, fragment, asked)) if pinned else None
    if etag:
        not_modified = get_conditional_response(request, etag=etag)
        if not_modified is not None:
            not_modified["ETag"] = etag
            patch_vary_headers(not_modified, ("HX-Request",))
            return not_modified

    response = _render_comparison(request, (left, right), address, fragment, asked=asked)
    if etag:
        response["ETag"] = etag
        # Revalidate each time: the notice about newer versions must not go stale.
        response["Cache-Control"] = "no-cache"
    return response


def _picked(raw: str, name: str) -> tuple[Side | None, SideAddress | None, str, list[str]]:
    """One picker field: the side it names, or a message and symbols that look like it."""
    if not raw.strip():
        return None, None, f"Choose the {name} text.", []
    try:
        address = side_parse(raw)
        return side_find(address), address, "", []
    except BadAddress as error:
        return None, None, str(error), []
    except UnknownSymbol as error:
        return None, None, str(error), error.suggestions
    except UnknownText as error:
        return None, None, str(error), []


@public_page
def compare_start(request: HtmxHttpRequest) -> HttpResponse:
    """The pickers; once both are filled in, on to the comparison's own address."""
    left_raw = request.GET.get("left")
    right_raw = request.GET.get("right")
    fragment = _wants_fragment(request)
    try:
        changes, view = _options(request)
    except BadAddress as error:
        return errors.bad_request(request, str(error), example=PAIR_EXAMPLE)
    form = {"left": (left_raw or "")[:200], "right": (right_raw or "")[:200]}
    if left_raw is None or right_raw is None:
        # Arrived from a link ("compare with another document"): fill in what is known.
        return _render(request, {"form": form, "form_errors": {}}, fragment=fragment)

    left, left_address, left_error, left_suggestions = _picked(left_raw, "left")
    right, right_address, right_error, right_suggestions = _picked(right_raw, "right")
    if left is None or right is None:
        context = {
            "form": form,
            "form_errors": {
                "left": left_error,
                "right": right_error,
                "left_suggestions": left_suggestions,
                "right_suggestions": right_suggestions,
            },
        }
        unknown = bool(left_suggestions or right_suggestions) or "No document" in (
            left_error + right_error
        )
        # htmx swaps only 2xx answers: the form with its messages must still show.
        status = 200 if fragment else (404 if unknown else 400)
        return _render(request, context, status=status, fragment=fragment)

    address = CompareAddress(
        left=_written(left.stamp, left_address),
        right=_written(right.stamp, right_address),
        changes=changes,
        view=view,
    )
    if not fragment:
        return redirect(address.url)
    stamps = (left.stamp, right.stamp)
    response = _render_comparison(request, stamps, address, fragment=True, sides=(left, right))
    response["HX-Push-Url"] = address.url
    return response
