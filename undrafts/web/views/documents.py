"""The document page: a text with its structure, metadata, sponsors and comparisons."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from undrafts.documents.addresses.written import BadAddress, symbol_check
from undrafts.documents.exceptions import UnknownSymbol
from undrafts.documents.link_reads import document_follows
from undrafts.documents.selectors import document_get
from undrafts.documents.stamps import document_page_stamp

from ..addresses import compare_url, document_url
from ..page_cache import page_cached
from ..selectors import document_texts, lineage_members
from . import errors
from .htmx import HtmxHttpRequest
from .methods import public_page


def _neighbours(document, members) -> list[dict]:
    """Comparisons worth offering: the texts before and after it, then the rest of its family."""
    links = []
    index = members.index(document)
    for position, other in enumerate(members):
        if other == document:
            continue
        older, newer = (other, document) if position < index else (document, other)
        if position == index - 1:
            relation = "previous"
        elif position == index + 1:
            relation = "next"
        else:
            relation = "earlier" if position < index else "later"
        links.append(
            {
                "document": other,
                "relation": relation,
                "url": compare_url(older.symbol, newer.symbol),
            }
        )
    order = {"previous": 0, "next": 1, "earlier": 2, "later": 3}
    links.sort(key=lambda link: order[link["relation"]])
    return links


@public_page
def document_detail(request: HtmxHttpRequest, symbol: str) -> HttpResponse:
    # Cached whole: the stamp changes with the document, its texts' versions, its family
    # and its links, so an edit shows at once (votes may lag by PAGE_CACHE_SECONDS).
    stamp = document_page_stamp(symbol)
    if stamp is not None:
        key = f"document:{PAGE_VERSION}:{stamp}"
        return page_cached(request, key, lambda: _document_page(request, symbol))
    return _document_page(request, symbol)


def _document_page(request: HtmxHttpRequest, symbol: str) -> HttpResponse:
    try:
        document = document_get(symbol_check(symbol))
    except BadAddress as error:
        return errors.bad_request(request, str(error), example="/documents/A/RES/75/240/")
    except UnknownSymbol as error:
        return errors.unknown_symbol(request, error)
    if symbol != document.symbol:
        # One address per document: a/res/75/240 and A/RES/75/240/ both land on the canonical one.
        return redirect(document_url(document.symbol))
    return _render(request, document)


PAGE_VERSION = "1"  # bump when the page's template changes what it shows


def _render(request: HtmxHttpRequest, document) -> HttpResponse:
    members = lineage_members(document)
    sponsors = list(document.sponsors.all())
    context = {
        "document": document,
        "texts": document_texts(document),
        "sponsors": [s for s in sponsors if not s.joined_later],
        "later_sponsors": [s for s in sponsors if s.joined_later],
        "members": members,
        "neighbours": _neighbours(document, members),
        "followed_by": list(document.followed_by.filter(withdrawn=False)),
        "follows_links": [
            {"link": link, "url": compare_url(link.earlier.symbol, document.symbol)}
            for link in document_follows(document)
        ],
        "pick_url": reverse("web:compare") + "?" + urlencode({"left": document.symbol}),
    }
    return render(request, "web/document.html", context)
