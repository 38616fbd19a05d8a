"""The one place that inserts paragraphs, their revisions and sponsors: in bulk, a query
per kind of row rather than one per paragraph."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import Document, Paragraph, ParagraphRevision, Sponsor, Text


@dataclass(frozen=True)
class NewParagraph:
    """A paragraph to insert, its parent named by label (one stored or inserted before it)."""

    kind: str
    number: str
    label: str
    opening: str
    content: str
    footnotes: list = field(default_factory=list)
    parent_label: str = ""
    position: int | None = None  # where it goes; by default, next after the one before


def revisions_create(
    paragraphs: Iterable[Paragraph], *, text_version: int, author, reason: str
) -> list[ParagraphRevision]:
    """Record the current wording of each paragraph as of `text_version`: every revision the
    site writes is made here."""
    return ParagraphRevision.objects.bulk_create(
        ParagraphRevision(
            paragraph=paragraph,
            text_version=text_version,
            content=paragraph.content,
            footnotes=paragraph.footnotes,
            author=author,
            reason=reason[:500],
        )
        for paragraph in paragraphs
    )


def paragraphs_create(
    text: Text, new: list[NewParagraph], *, start: int, author, reason: str
) -> list[Paragraph]:
    """Insert `new` after the text's paragraphs (positions from `start`), each with its first
    revision at the text's current version."""
    if not new:
        return []
    by_label = {p.label: p for p in text.paragraphs.all()}
    made = []
    parents = []
    for offset, item in enumerate(new):
        paragraph = Paragraph(
            text=text,
            position=start + offset if item.position is None else item.position,
            kind=item.kind,
            number=item.number[:20],
            label=item.label[:40],
            opening=item.opening[:200],
            content=item.content,
            footnotes=item.footnotes,
        )
        parents.append(by_label.get(item.parent_label) if item.parent_label else None)
        by_label[paragraph.label] = paragraph
        made.append(paragraph)
    Paragraph.objects.bulk_create(made)
    # Parents inserted in the same batch have their ids only now.
    nested = []
    for paragraph, parent in zip(made, parents, strict=True):
        if parent is not None:
            paragraph.parent = parent
            nested.append(paragraph)
    Paragraph.objects.bulk_update(nested, ["parent"])
    revisions_create(made, text_version=text.version, author=author, reason=reason)
    return made


def sponsors_add(document: Document, names: list[str], *, joined_later: bool = False) -> None:
    """Add the names not yet listed, after those that are, in the order given."""
    existing = set(document.sponsors.values_list("name", flat=True))
    position = document.sponsors.count()
    new = []
    for name in names:
        if name in existing:
            continue
        existing.add(name)
        new.append(
            Sponsor(
                document=document, name=name[:200], position=position, joined_later=joined_later
            )
        )
        position += 1
    Sponsor.objects.bulk_create(new)
