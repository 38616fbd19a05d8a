"""Where a document sits among the others: its lineage and the text it follows."""

from __future__ import annotations

from django.db import transaction

from ..exceptions import ImportRefused
from ..models import Document


def _follows_chain_reaches(start: Document | None, target: Document) -> bool:
    seen = set()
    while start is not None and start.pk not in seen:
        if start.pk == target.pk:
            return True
        seen.add(start.pk)
        start = start.follows
    return False


@transaction.atomic
def document_link(*, document: Document, lineage=None, follows: Document | None = None) -> None:
    """Set the lineage and the text this document revises or follows; refuse a loop."""
    if follows is not None and _follows_chain_reaches(follows, document):
        raise ImportRefused(
            f"{document.symbol} cannot follow {follows.symbol}: "
            f"{follows.symbol} already descends from it."
        )
    document.lineage = lineage
    document.follows = follows
    document.save(update_fields=["lineage", "follows", "updated_at"])
