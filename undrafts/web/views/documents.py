"""The document page: a text with its structure, metadata, sponsors and comparisons."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from undrafts.documents.addresses.written import BadAddress, symbol_check
from undrafts.documents.exceptions import UnknownSymbol
from undrafts.documents.selectors import document_get

from ..addresses import compare_url, document_url
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
    try:
        document = document_get(symbol_check(symbol))
    except BadAddress as error:
        return errors.bad_request(request, str(error), example="/documents/A/RES/75/240/")
    except UnknownSymbol as error:
        return errors.unknown_symbol(request, error)
    if symbol != document.symbol:
        # One address per document: a/res/75/240 and A/RES/75/240/ both land on the canonical one.
        return redirect(document_url(document.symbol))

    members = lineage_members(document)
    context = {
        "document": document,
        "texts": document_texts(document),
        "sponsors": [s for s in document.sponsors.all() if not s.joined_later],
        "later_sponsors": [s for s in document.sponsors.all() if s.joined_later],
        "members": members,
        "neighbours": _neighbours(document, members),
        "followed_by": list(document.followed_by.filter(withdrawn=False)),
        "pick_url": reverse("web:compare") + "?" + urlencode({"left": document.symbol}),
    }
    return render(request, "web/document.html", context)
