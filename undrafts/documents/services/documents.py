"""Documents made from others (a report's text published as a draft) and withdrawn ones."""

from __future__ import annotations

from django.db import transaction

from ..exceptions import ImportRefused
from ..models import Document, Text
from .imports import canonical_symbol, kind_from_symbol
from .paragraphs import clean_paragraph_text
from .rows import NewParagraph, paragraphs_create, sponsors_add


@transaction.atomic
def document_derive(
    *,
    source_document: Document,
    heading: str,
    symbol: str,
    kind: str | None = None,
    metadata: dict | None = None,
    sponsors: list[str] | None = None,
    sponsors_joined_later: list[str] | None = None,
    author=None,
) -> Document:
    """Create a draft whose own file we lack from the text a report recommends.

    Calling it again for an existing derived document changes nothing.
    """
    symbol = canonical_symbol(symbol)
    source_text = source_document.texts.filter(heading__iexact=heading).first()
    if source_text is None:
        raise ImportRefused(f'{source_document.symbol} carries no text headed "{heading}".')
    existing = Document.objects.filter(symbol=symbol).first()
    if existing is not None:
        if existing.source_document_id != source_document.id:
            raise ImportRefused(f"A document with the symbol {symbol} already exists.")
        return existing
    values = {
        "title": source_text.title,
        "session": source_document.session,
        "committee": source_document.committee,
        "agenda_item": source_document.agenda_item,
        "distribution": "Limited",
        "original_language": source_document.original_language,
    }
    values.update({k: v for k, v in (metadata or {}).items() if v not in (None, "")})
    document = Document.objects.create(
        symbol=symbol,
        kind=kind or kind_from_symbol(symbol),
        source=Document.Source.DOCUMENT,
        source_document=source_document,
        source_heading=source_text.heading,
        **values,
    )
    text = Text.objects.create(
        document=document,
        position=1,
        heading="",
        kind=source_text.kind,
        title=source_text.title,
        warnings=source_text.warnings,
    )
    originals = list(source_text.paragraphs.select_related("parent").order_by("position"))
    paragraphs_create(
        text,
        [
            NewParagraph(
                kind=p.kind,
                number=p.number,
                label=p.label,
                opening=p.opening,
                content=p.content,
                footnotes=p.footnotes,
                parent_label=p.parent.label if p.parent_id else "",
                position=p.position,  # as in the report
            )
            for p in originals
        ],
        start=0,
        author=author,
        reason=f"Taken from {source_document.symbol}, {source_text.heading}",
    )
    sponsors_add(document, sponsors or [])
    sponsors_add(document, sponsors_joined_later or [], joined_later=True)
    return document


@transaction.atomic
def document_withdraw(*, document: Document, reason: str) -> Document:
    """Withdraw a document: it leaves lists but stays readable where links point to it."""
    reason = clean_paragraph_text(reason)[:500]
    if not reason:
        raise ImportRefused("Say why the document is withdrawn.")
    document = Document.objects.select_for_update().get(pk=document.pk)
    document.withdrawn = True
    document.withdrawn_reason = reason
    document.save(update_fields=["withdrawn", "withdrawn_reason", "updated_at"])
    return document
