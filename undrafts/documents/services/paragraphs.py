"""Revising one paragraph's wording, against the version the editor opened."""

from __future__ import annotations

import re
import unicodedata

from django.db import transaction

from undrafts.parsing import drop_invisible

from ..exceptions import EditConflict, ImportRefused
from ..limits import paragraph_too_long
from ..models import Paragraph, ParagraphRevision, Text
from .rows import revisions_create


def clean_paragraph_text(value: str) -> str:
    """Collapse whitespace and drop control and bidi-override characters from edited text."""
    kept = []
    for char in drop_invisible(value):
        category = unicodedata.category(char)
        if char in "\n\t\r":
            kept.append(" ")
        elif category in {"Cc", "Cf", "Cs", "Co"}:
            continue
        else:
            kept.append(char)
    return re.sub(r"\s+", " ", "".join(kept)).strip()


@transaction.atomic
def paragraph_revise(
    *,
    paragraph_id: int,
    content: str,
    author,
    base_version: int,
    reason: str = "",
) -> ParagraphRevision | None:
    """Save a new wording of a paragraph; returns None when nothing changed.

    `base_version` is the text version the editor started from: if the paragraph was
    revised after it, the save is refused rather than overwriting the other edit.
    """
    paragraph = Paragraph.objects.select_related("text").get(pk=paragraph_id)
    text = Text.objects.select_for_update().get(pk=paragraph.text_id)
    paragraph.refresh_from_db()
    cleaned = clean_paragraph_text(content)
    if not cleaned:
        raise ImportRefused("A paragraph cannot be empty; withdraw the document instead.")
    too_long = paragraph_too_long(len(cleaned))
    if too_long:
        raise ImportRefused(too_long)
    latest = paragraph.revisions.order_by("-text_version").first()
    if latest is not None and latest.text_version > base_version:
        raise EditConflict(
            f"{paragraph.label} was changed by someone else after you opened it.",
            current_content=paragraph.content,
            current_version=text.version,
        )
    if cleaned == paragraph.content:
        return None
    text.version += 1
    text.save(update_fields=["version"])
    paragraph.content = cleaned
    paragraph.save(update_fields=["content"])
    (revision,) = revisions_create(
        [paragraph], text_version=text.version, author=author, reason=reason
    )
    return revision
