"""Phrase search: every paragraph that contains a phrase, oldest first."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse

from undrafts.documents.addresses.written import text_prefix
from undrafts.documents.search import MAX_PHRASE_LENGTH, highlight_pieces, phrase_search
from undrafts.documents.selectors import with_several_texts
from undrafts.proceedings.models import Vote

from ..addresses import document_url
from .htmx import HtmxHttpRequest
from .methods import public_page

LIMIT = 200


def _separate_votes(symbols: set[str]) -> dict[tuple[str, str], list[Vote]]:
    """Separate votes on paragraphs of these drafts, by (symbol, label)."""
    found: dict[tuple[str, str], list[Vote]] = {}
    rows = Vote.objects.filter(draft__symbol__in=symbols, subject=Vote.Subject.PARAGRAPH)
    for vote in rows.select_related("draft").order_by("position"):
        for label in vote.paragraph_labels:
            found.setdefault((vote.draft.symbol, label), []).append(vote)
    return found


TEMPLATE = "web/search.html"


@public_page
def search(request: HtmxHttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    phrase = " ".join(query.split())
    message = ""
    results: list[dict] = []
    if len(phrase) > MAX_PHRASE_LENGTH:
        message = (
            f"A phrase can be at most {MAX_PHRASE_LENGTH} characters long; "
            f"this one has {len(phrase)}. Search for a shorter part of it."
        )
    elif "\x00" in phrase:
        message = "The phrase contains a character that cannot be searched for."
    elif phrase:
        results = phrase_search(phrase, limit=LIMIT + 1)
    truncated = len(results) > LIMIT
    results = results[:LIMIT]
    several = with_several_texts({r["symbol"] for r in results})
    votes = _separate_votes({r["symbol"] for r in results})
    for result in results:
        result["pieces"] = highlight_pieces(result["text"], phrase)
        prefix = text_prefix(result["text_position"], several=result["symbol"] in several)
        result["url"] = f"{document_url(result['symbol'])}#{prefix}{result['anchor']}"
        history = reverse("web:paragraph-history", args=[result["symbol"], result["label"]])
        if result["symbol"] in several:
            history += f"?text={result['text_position']}"
        result["history_url"] = history
        result["votes"] = votes.get((result["symbol"], result["label"]), [])
    documents = list(dict.fromkeys(r["symbol"] for r in results))
    context = {
        "query": phrase if not message else query[:MAX_PHRASE_LENGTH],
        "phrase": phrase,
        "results": results,
        "first": results[0] if results else None,
        "document_count": len(documents),
        "truncated": truncated,
        "limit": LIMIT,
        "message": message,
    }
    template = f"{TEMPLATE}#results" if request.htmx else TEMPLATE
    response = render(request, template, context, status=400 if message else 200)
    response["Vary"] = "HX-Request"
    return response
