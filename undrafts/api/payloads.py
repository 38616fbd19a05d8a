"""The JSON shapes of documents, texts, lineages and search hits, with absolute URLs."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest
from django.urls import reverse
from django.utils.encoding import iri_to_uri

from undrafts.documents.addresses.sides import pair_query
from undrafts.documents.addresses.written import pair_join, paragraph_anchor
from undrafts.documents.comparisons import Side
from undrafts.documents.models import Document, Lineage
from undrafts.documents.selectors import text_paragraphs


def document_url(request: HttpRequest, symbol: str) -> str:
    return request.build_absolute_uri(reverse("api:document", kwargs={"symbol": symbol}))


def html_url(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(iri_to_uri(path))


def compare_url(
    request: HttpRequest, left: str, right: str, query: dict[str, str] | None = None
) -> str:
    url = reverse("api:compare", kwargs={"pair": pair_join(left, right)})
    return request.build_absolute_uri(url + (f"?{urlencode(query)}" if query else ""))


def pinned_compare_url(request: HttpRequest, left: Side, right: Side) -> str:
    return compare_url(request, left.pinned, right.pinned, pair_query(left, right))


def lineage_ref(request: HttpRequest, lineage: Lineage | None) -> dict | None:
    if lineage is None:
        return None
    return {
        "slug": lineage.slug,
        "name": lineage.name,
        "url": request.build_absolute_uri(reverse("api:lineage", kwargs={"slug": lineage.slug})),
    }


def document_summary(request: HttpRequest, document: Document) -> dict:
    return {
        "symbol": document.symbol,
        "url": document_url(request, document.symbol),
        "html_url": html_url(request, document.get_absolute_url()),
        "kind": document.kind,
        "kind_label": document.get_kind_display(),
        "title": document.title,
        "session": document.session,
        "committee": document.committee,
        "agenda_item": document.agenda_item,
        "date": document.date,
        "adoption_date": document.adoption_date,
        "distribution": document.distribution,
        "lineage": lineage_ref(request, document.lineage),
        "follows": document.follows.symbol if document.follows_id else None,
        "withdrawn": document.withdrawn,
    }


def document_detail(request: HttpRequest, document: Document) -> dict:
    data = document_summary(request, document)
    texts = list(document.texts.order_by("position"))
    exports = reverse("exports:document-docx", kwargs={"symbol": document.symbol})
    data.update(
        {
            "original_language": document.original_language,
            "meeting": document.meeting,
            "source": document.source,
            "source_document": (
                document.source_document.symbol if document.source_document_id else None
            ),
            "source_heading": document.source_heading,
            "withdrawn_reason": document.withdrawn_reason,
            "followed_by": list(
                document.followed_by.order_by("date", "symbol").values_list("symbol", flat=True)
            ),
            "compare_with_follows": (
                compare_url(request, document.follows.symbol, document.symbol)
                if document.follows_id
                else None
            ),
            "sponsors": [
                {"name": s.name, "position": s.position, "joined_later": s.joined_later}
                for s in document.sponsors.order_by("joined_later", "position")
            ],
            "exports": {
                "docx": request.build_absolute_uri(exports),
                "txt": request.build_absolute_uri(
                    reverse("exports:document-text", kwargs={"symbol": document.symbol})
                ),
            },
            "texts": [
                {
                    "position": text.position,
                    "heading": text.heading,
                    "kind": text.kind,
                    "title": text.title,
                    "version": text.version,
                    "paragraphs": [
                        {
                            **{key: value for key, value in p.items() if key != "id"},
                            # The fragment the document page gives it.
                            "anchor": paragraph_anchor(
                                p["label"], text.position, several=len(texts) > 1
                            ),
                        }
                        for p in text_paragraphs(text)
                    ],
                }
                for text in texts
            ],
        }
    )
    return data


def lineage_summary(request: HttpRequest, lineage: Lineage) -> dict:
    data = lineage_ref(request, lineage)
    data["description"] = lineage.description
    data["document_count"] = getattr(lineage, "document_count", None)
    if data["document_count"] is None:
        data["document_count"] = lineage.documents.filter(withdrawn=False).count()
    return data


def search_hit(request: HttpRequest, hit: dict, several: set[str]) -> dict:
    """One hit; `several` names the documents whose page prefixes anchors with the text."""
    page = html_url(request, f"/documents/{hit['symbol']}/")
    anchor = paragraph_anchor(hit["label"], hit["text_position"], several=hit["symbol"] in several)
    return {
        "symbol": hit["symbol"],
        "document_title": hit["document_title"],
        "date": hit["date"],
        "text_heading": hit["text_heading"],
        "label": hit["label"],
        "anchor": anchor,
        "kind": hit["kind"],
        "text": hit["text"],
        "first": hit["first"],
        "first_in_lineage": hit.get("first_in_lineage", False),
        "lineage": hit["lineage_slug"],
        "matches": [list(span) for span in hit["spans"]],
        "url": document_url(request, hit["symbol"]),
        "html_url": f"{page}#{anchor}",
    }
