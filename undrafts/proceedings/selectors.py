"""Reads: the votes a draft received, by paragraph or as a whole."""

from __future__ import annotations

from undrafts.documents.models import Document

from .models import Vote


def votes_for_document(document: Document) -> list[Vote]:
    """Votes recorded on this document, oldest report first, in the order they were taken."""
    return list(
        Vote.objects.filter(draft=document)
        .select_related("report", "draft")
        .order_by("report__date", "report__symbol", "position")
    )


def votes_on_paragraph(document: Document, label: str) -> list[Vote]:
    """Separate votes on one paragraph, and motions to hold them."""
    return [v for v in votes_for_document(document) if label in v.paragraph_labels]


def votes_in_report(report: Document) -> list[Vote]:
    return list(Vote.objects.filter(report=report).select_related("draft").order_by("position"))
