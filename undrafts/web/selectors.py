"""Reads shaped for the public pages: lineage groups, a document's texts, its neighbours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import F, Prefetch

from undrafts.documents.addresses.written import text_prefix
from undrafts.documents.browse import Member, lineage_neighbours
from undrafts.documents.models import Document, Paragraph, Text

PICKER_CHOICES = 300  # the pickers suggest the newest texts; any symbol may be typed
TITLE_SHOWN = 80  # characters of a title in the pickers' list
FAMILY_SHOWN = 6  # texts of a family listed in its home-page entry


@dataclass
class ArchiveEntry:
    """A home-page entry: a document, or a lineage by its newest matching text."""

    document: Document
    family: list[Member]  # newest first, the document included

    @property
    def shown(self) -> list[Document]:
        return self.family[:FAMILY_SHOWN]

    @property
    def more(self) -> int:
        return max(0, len(self.family) - FAMILY_SHOWN)

    @property
    def previous(self) -> Member | None:
        ids = [d.pk for d in self.family]
        index = ids.index(self.document.pk) if self.document.pk in ids else -1
        return self.family[index + 1] if 0 <= index < len(self.family) - 1 else None

    @property
    def earliest(self) -> Member | None:
        return self.family[-1] if len(self.family) > 1 else None


def archive_entries(documents: list[Document]) -> list[ArchiveEntry]:
    families = lineage_neighbours(documents)
    return [
        ArchiveEntry(d, families.get(d.lineage_id) or [Member(d.pk, d.symbol, d.date)])
        for d in documents
    ]


def lineage_members(document: Document) -> list[Document]:
    """The documents of this one's lineage, oldest first (itself included)."""
    if document.lineage_id is None:
        return [document]
    members = list(
        Document.objects.filter(lineage_id=document.lineage_id, withdrawn=False).order_by(
            "date", "symbol"
        )
    )
    if document not in members:
        members.append(document)
        members.sort(key=lambda d: (d.date or dt.date.min, d.symbol))
    return members


@dataclass
class PageParagraph:
    paragraph: Paragraph
    depth: int
    anchor: str
    opening: str
    rest: str

    @property
    def number(self) -> str:
        """The number as printed: "1." for an operative paragraph, "(a)" and "1.1" as they are."""
        number = self.paragraph.number
        return f"{number}." if number.isdigit() else number


@dataclass
class PageText:
    text: Text
    anchor_prefix: str
    preambular: list[PageParagraph]
    operative: list[PageParagraph]
    # what the text annexes (a convention, a declaration), in reading order
    annex: list[PageParagraph] = field(default_factory=list)
    derived: Document | None = None
    # For a report's text published as a draft: comparisons with that draft's neighbours.
    comparisons: list[dict] = field(default_factory=list)


def _split_opening(paragraph: Paragraph) -> tuple[str, str]:
    content = paragraph.content
    opening = paragraph.opening
    if opening and content.startswith(opening):
        return opening, content[len(opening) :]
    return "", content


def document_texts(document: Document) -> list[PageText]:
    """Every text of the document with its paragraphs in order, nested by depth."""
    texts = list(
        document.texts.order_by("position").prefetch_related(
            Prefetch("paragraphs", queryset=Paragraph.objects.order_by("position"))
        )
    )
    derived = {
        d.source_heading.lower(): d
        for d in Document.objects.filter(source_document=document).only("symbol", "source_heading")
    }
    several = len(texts) > 1
    result = []
    for text in texts:
        prefix = text_prefix(text.position, several=several)
        depth: dict[int, int] = {}
        page = PageText(
            text=text,
            anchor_prefix=prefix,
            preambular=[],
            operative=[],
            derived=derived.get(text.heading.lower()) if text.heading else None,
        )
        if page.derived is not None:
            page.comparisons = _report_text_comparisons(document, text, page.derived)
        in_annex = False
        for paragraph in text.paragraphs.all():
            level = depth.get(paragraph.parent_id, -1) + 1 if paragraph.parent_id else 0
            depth[paragraph.pk] = level
            opening, rest = _split_opening(paragraph)
            item = PageParagraph(
                paragraph=paragraph,
                depth=min(level, 3),
                anchor=prefix + paragraph.anchor,
                opening=opening,
                rest=rest,
            )
            in_annex = in_annex or (
                paragraph.kind == Paragraph.Kind.HEADING and paragraph.label.startswith("Annex")
            )
            if in_annex:
                page.annex.append(item)
            elif paragraph.kind == Paragraph.Kind.PREAMBULAR:
                page.preambular.append(item)
            else:
                page.operative.append(item)
        result.append(page)
    return result


def _report_text_comparisons(report: Document, text: Text, derived: Document) -> list[dict]:
    """A report's text against the drafts before and the texts after the one it became."""
    from .addresses import compare_url

    links = []
    if derived.follows_id and not derived.follows.withdrawn:
        older = derived.follows.symbol
        links.append({"symbol": older, "url": compare_url(older, report.symbol, rt=text.position)})
    for later in derived.followed_by.filter(withdrawn=False).order_by("date", "symbol"):
        links.append(
            {
                "symbol": later.symbol,
                "url": compare_url(report.symbol, later.symbol, lt=text.position),
            }
        )
    return links


class Choice(NamedTuple):
    """A symbol a picker suggests, and how it reads in the list."""

    symbol: str
    label: str


def symbol_choices() -> list[Choice]:
    """The documents a picker suggests, newest first: each symbol with its kind, year and
    title as the list shows them (built here, not in the template: the list is long and on
    every page with a picker)."""
    kinds = dict(Document.Kind.choices)
    rows = (
        Document.objects.filter(withdrawn=False)
        .order_by(F("date").desc(nulls_last=True), "symbol")
        .values_list("symbol", "kind", "date", "title")[:PICKER_CHOICES]
    )
    choices = []
    for symbol, kind, date, title in rows:
        label = kinds.get(kind, kind) + (f", {date.year}" if date else "")
        if title:  # as the truncatechars filter would cut it, at a fraction of its cost
            cut = title if len(title) <= TITLE_SHOWN else title[: TITLE_SHOWN - 1] + "…"
            label += f": {cut}"
        choices.append(Choice(symbol, label))
    return choices
