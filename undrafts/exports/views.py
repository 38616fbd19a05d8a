"""Download views: thin wrappers that resolve the address and hand bytes to the builders."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from hashlib import sha256
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import get_conditional_response, quote_etag

from undrafts.documents.addresses.sides import (
    pair_fingerprint,
    pair_is_pinned,
    pair_path,
    pair_query,
    side_find,
)
from undrafts.documents.addresses.written import (
    BadAddress,
    UnknownText,
    pair_parse,
    position_parse,
    symbol_check,
)
from undrafts.documents.comparisons import Side, comparison_get
from undrafts.documents.exceptions import UndraftsError, UnknownSymbol
from undrafts.documents.models import Document, Sponsor
from undrafts.documents.selectors import document_get
from undrafts.documents.stamps import document_page_stamp
from undrafts.web.views.methods import public_page

from .documents import document_docx, document_text
from .filenames import redline_filename, safe_filename
from .redline import redline_docx

# Bump when the redline's or a document file's layout changes, so cached files are made again.
REDLINE_VERSION = "3"
DOCUMENT_EXPORT_VERSION = "1"
EXPORT_CACHE_SECONDS = 60 * 60 * 24
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def export_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """GET only; a bad address or unknown symbol is a short plain-text answer, never a 500."""

    @public_page
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except (UnknownSymbol, UnknownText) as error:
            return _plain(f"{error}{_did_you_mean(error.suggestions)}", status=404)
        except UndraftsError as error:
            return _plain(str(error), status=400)

    return wrapper


@export_view
def redline_view(request: HttpRequest, pair: str) -> HttpResponse:
    requested = pair_parse(pair)
    left = side_find(requested[0], position_parse(request.GET.get("lt"), "lt"))
    right = side_find(requested[1], position_parse(request.GET.get("rt"), "rt"))
    changes = request.GET.get("changes", "")
    if changes not in ("", "substantive"):
        raise BadAddress("changes must be substantive (substantive changes only) or left out.")
    titles = (side_title(left), side_title(right))
    page = comparison_permalink(left, right)
    if changes:
        page += f"{'&' if '?' in page else '?'}changes={changes}"
    permalink = request.build_absolute_uri(page)
    # Like the comparison: the same pinned pair, titles, link and view give the same file.
    fingerprint = pair_fingerprint(
        left.stamp, right.stamp, REDLINE_VERSION, *titles, permalink, changes
    )
    return _built_once(
        request,
        key=f"redline:{fingerprint}",
        fingerprint=fingerprint,
        # A pinned pair never changes; a "latest" address must be checked again each time.
        pinned=pair_is_pinned(requested, left, right),
        build=lambda: redline_docx(
            comparison_get(left, right),
            left_title=titles[0],
            right_title=titles[1],
            permalink=permalink,
            changes=changes,
        ),
        content_type=DOCX,
        filename=redline_filename(left, right),
    )


@export_view
def document_docx_view(request: HttpRequest, symbol: str) -> HttpResponse:
    return _document_export(request, symbol, "docx", DOCX, document_docx)


@export_view
def document_text_view(request: HttpRequest, symbol: str) -> HttpResponse:
    return _document_export(
        request,
        symbol,
        "txt",
        "text/plain; charset=utf-8",
        lambda document: document_text(document).encode("utf-8"),
    )


def _document_export(
    request: HttpRequest,
    symbol: str,
    suffix: str,
    content_type: str,
    build: Callable[[Document], bytes],
) -> HttpResponse:
    """A document's file, built once per content: the document page's stamp (its texts'
    versions, its metadata) and its sponsors, which the stamp leaves out, name it. A file
    already built is found by that light query alone, without loading the document."""
    stamp = document_page_stamp(symbol)
    if stamp is None:  # not exactly a stored symbol: found the slow way, or a clear 404
        symbol = document_get(symbol_check(symbol)).symbol
        stamp = document_page_stamp(symbol)
    sponsors = Sponsor.objects.filter(document__symbol=symbol, joined_later=False)
    names = sponsors.order_by("position").values_list("name", flat=True)
    raw = "|".join([str(stamp), DOCUMENT_EXPORT_VERSION, *names])
    fingerprint = sha256(raw.encode()).hexdigest()[:32]
    return _built_once(
        request,
        key=f"document-{suffix}:{fingerprint}",
        fingerprint=fingerprint,
        pinned=False,  # the address names the newest version, so it is checked each time
        build=lambda: build(document_get(symbol)),
        content_type=content_type,
        filename=safe_filename(symbol, f".{suffix}"),
    )


def _built_once(
    request: HttpRequest,
    *,
    key: str,
    fingerprint: str,
    pinned: bool,
    build: Callable[[], bytes],
    content_type: str,
    filename: str,
) -> HttpResponse:
    """The file named by `fingerprint`: 304 when the visitor holds it, else from the cache,
    built only when missing (a large document's .docx takes seconds)."""
    etag = quote_etag(fingerprint)
    cache_control = "public, max-age=86400" if pinned else "no-cache"
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        not_modified["ETag"], not_modified["Cache-Control"] = etag, cache_control
        return not_modified
    data = cache.get(key)
    if data is None:
        data = build()
        cache.set(key, data, timeout=EXPORT_CACHE_SECONDS)
    response = _attachment(data, content_type, filename)
    response["ETag"], response["Cache-Control"] = etag, cache_control
    return response


def side_title(side: Side) -> str:
    """ "A/RES/75/240 (version 1), Adopted resolution, 31 December 2020"."""
    document = side.document
    parts = [f"{document.symbol} (version {side.version})"]
    if document.texts.count() > 1:
        parts.append(side.text.heading or f"text {side.text.position}")
    parts.append(document.get_kind_display())
    # A resolution is known by the day it was adopted, a draft by its date of issue.
    day = document.adoption_date or document.date
    if day:
        parts.append(f"{day.day} {day:%B %Y}")
    return ", ".join(parts)


def comparison_permalink(left: Side, right: Side) -> str:
    """The comparison page for exactly these versions."""
    path = reverse("web:compare-pair", args=[pair_path(left, right)])
    query = pair_query(left, right)
    return path + (f"?{urlencode(query)}" if query else "")


def _attachment(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Length"] = str(len(data))
    return response


def _plain(message: str, *, status: int) -> HttpResponse:
    return HttpResponse(message + "\n", status=status, content_type="text/plain; charset=utf-8")


def _did_you_mean(suggestions: list[str]) -> str:
    return f"\nDid you mean: {', '.join(suggestions)}?" if suggestions else ""
