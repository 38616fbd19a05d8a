"""Template helpers for paragraph history, votes and sponsors beside paragraphs and rows.

The document and comparison pages include these in their per-paragraph slots; the
votes of a document are read once per page and kept on the document object.
"""

from __future__ import annotations

from django import template
from django.urls import reverse

from undrafts.documents.models import Document
from undrafts.documents.sponsors import SponsorDiff, sponsor_diff
from undrafts.proceedings.selectors import votes_for_document, votes_in_report

register = template.Library()


def _votes(document: Document) -> list:
    cached = getattr(document, "_page_votes", None)
    if cached is None:
        cached = votes_for_document(document)
        document._page_votes = cached
    return cached


@register.simple_tag
def history_url(symbol: str, label: str, position: int | None = None) -> str:
    """`{% history_url document.symbol paragraph.label %}` -> the paragraph's history page.

    A report holds several texts: give the text's position to say which one.
    """
    url = reverse("web:paragraph-history", args=[symbol, label])
    return f"{url}?text={int(position)}" if position else url


@register.simple_tag
def paragraph_votes(document: Document | None, *labels: str) -> list:
    """The separate votes (and motions for them) on any of these paragraphs of `document`."""
    if document is None:
        return []
    wanted = {str(label) for group in labels for label in _as_list(group)}
    return [v for v in _votes(document) if wanted & set(v.paragraph_labels)]


@register.simple_tag
def document_votes(document: Document | None) -> list:
    """Every vote the stored reports record on `document`, in the order taken."""
    return [] if document is None else _votes(document)


def _as_list(value) -> list:
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value] if value else []


@register.simple_tag
def sponsors_between(left: Document | None, right: Document | None) -> SponsorDiff | None:
    """Who joined and left the sponsors from `left` to `right`; None unless both list some."""
    if left is None or right is None or left.pk == right.pk:
        return None
    diff = sponsor_diff(left, right)
    return diff if diff.left_names and diff.right_names else None


@register.simple_tag
def report_votes(document: Document | None) -> list:
    """Every vote a committee report records, on whichever draft, in the report's order."""
    return [] if document is None else votes_in_report(document)
