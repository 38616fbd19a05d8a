"""A paragraph's history: the version where it first appeared, each rewording, its votes."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from undrafts.documents.addresses.written import (
    BadAddress,
    paragraph_anchor,
    position_parse,
    symbol_check,
)
from undrafts.documents.exceptions import UnknownSymbol
from undrafts.documents.paragraph_history import UnknownParagraph, paragraph_trace
from undrafts.documents.selectors import document_get
from undrafts.documents.sponsors import sponsor_diff
from undrafts.proceedings.selectors import votes_on_paragraph

from ..addresses import compare_url, document_url
from ..rendering import label_anchor, words_html
from . import errors
from .htmx import HtmxHttpRequest
from .methods import public_page

OP_NAMES = {
    "first": "First appears",
    "unchanged": "Unchanged",
    "changed": "Reworded",
    "moved": "Moved",
    "split": "Split",
    "merged": "Merged",
    "dropped": "Dropped",
}
TEMPLATE = "web/paragraph_history.html"


def _entry(entry, index: int, entries: list) -> dict:
    previous = entries[index - 1] if index else None
    labels = entry.labels
    anchor = f"#r-{label_anchor(labels[0])}" if labels else ""
    if not labels and entry.previous_labels:
        anchor = f"#l-{label_anchor(entry.previous_labels[0])}"
    votes = [v for label in labels for v in votes_on_paragraph(entry.document, label)]
    diff = None
    if previous is not None:
        candidate = sponsor_diff(previous.document, entry.document)
        if candidate.left_names and candidate.right_names:
            diff = candidate
    return {
        "entry": entry,
        "name": (
            "Earliest stored version"
            if entry.op == "first" and entry.previous is None
            else OP_NAMES.get(entry.op, entry.op.capitalize())
        ),
        "labels": labels,
        "document_url": document_url(entry.document.symbol),
        "anchor": label_anchor(labels[0]) if labels else "",
        "compare_url": (
            compare_url(entry.previous.symbol, entry.document.symbol) + anchor
            if entry.previous is not None
            else ""
        ),
        "words": words_html(entry.words, "inline") if entry.words else "",
        "votes": list(dict.fromkeys(votes)),
        "sponsors": diff,
    }


def _published_as(document, position: int | None):
    """The document a report's text was published as (Draft resolution II -> L.8/Rev.1)."""
    if position is None:
        return None
    heading = document.texts.filter(position=position).values_list("heading", flat=True).first()
    if not heading:
        return None
    return document.derived_documents.filter(source_heading__iexact=heading).first()


@public_page
def paragraph_history(request: HtmxHttpRequest, symbol: str, label: str) -> HttpResponse:
    try:
        document = document_get(symbol_check(symbol))
        position = position_parse(request.GET.get("text"), "text")
        published = _published_as(document, position)
        if published is not None:
            return redirect(reverse("web:paragraph-history", args=[published.symbol, label]))
        if symbol != document.symbol:
            url = reverse("web:paragraph-history", args=[document.symbol, label])
            return redirect(f"{url}?text={position}" if position else url)
        history = paragraph_trace(document, label, position)
    except BadAddress as error:
        return errors.bad_request(
            request, str(error), example="/documents/A/RES/75/240/history/OP1/"
        )
    except UnknownSymbol as error:
        return errors.unknown_symbol(request, error)
    except UnknownParagraph as error:
        return errors.not_found(request, str(error))
    entries = [_entry(e, i, history.entries) for i, e in enumerate(history.entries)]
    first = history.entries[0]
    dropped = next((e for e in history.entries if e.op == "dropped"), None)
    context = {
        "document": document,
        "label": label,
        "history": history,
        "entries": entries,
        "first": first,
        "rewordings": sum(1 for e in history.entries if e.op in ("changed", "split", "merged")),
        "dropped": dropped,
        "versions": history.versions,
        "separate_votes": [
            vote for item in entries for vote in item["votes"] if vote.subject == "paragraph"
        ],
        "back_url": f"{document_url(document.symbol)}#"
        + paragraph_anchor(label, position, several=document.texts.count() > 1),
    }
    template = f"{TEMPLATE}#history" if request.htmx else TEMPLATE
    response = render(request, template, context)
    response["Vary"] = "HX-Request"
    return response
