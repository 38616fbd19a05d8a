"""Reads of found links: how a document follows earlier texts, in words a reader can check."""

from __future__ import annotations

from .models import Document, DocumentLink

IN_FORCE = (DocumentLink.Status.APPLIED, DocumentLink.Status.ACCEPTED)


def document_follows(document: Document) -> list[DocumentLink]:
    """The links in force into this document, the one `follows` stands on first."""
    links = list(
        DocumentLink.objects.filter(later=document, status__in=IN_FORCE, earlier__withdrawn=False)
        .select_related("earlier", "later")
        .order_by("-confidence")
    )
    links.sort(key=lambda k: k.earlier_id != document.follows_id)
    return links


def link_description(link: DocumentLink) -> str:
    """ "follows A/RES/79/181 (previous session, same title, 79% of the text kept)"."""
    return f"follows {link.earlier.symbol} ({link.evidence})"
