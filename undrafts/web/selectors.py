"""Reads shaped for the public pages: lineage groups, a document's texts, its neighbours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Prefetch

from undrafts.documents.addresses.written import text_prefix
from undrafts.documents.models import Document, Lineage, Paragraph, Text
from undrafts.documents.selectors import document_list


@dataclass
class LineageGroup:
    """Documents of one lineage, newest first; lineage None for documents that stand alone."""

    lineage: Lineage | None
    documents: list[Document] = field(default_factory=list)

    @property
    def newest(self) -> dt.date:
        dates = [d.date for d in self.documents if d.date]
        return max(dates) if dates else dt.date.min

    @property
    def oldest_document(self) -> Document | None:
        return self.documents[-1] if self.documents else None

    @property
    def newest_document(self) -> Document | None:
        return self.documents[0] if self.documents else None


def _newest_first(document: Document) -> tuple:
    return (document.date or dt.date.min, document.symbol)


def documents_by_lineage(query: str = "") -> list[LineageGroup]:
    """Documents matching `query`, grouped by lineage; groups ordered by their newest text.

    Documents in no lineage come last, in one group of their own.
    """
    groups: dict[int | None, LineageGroup] = {}
    for document in document_list(query=query):
        key = document.lineage_id
        if key not in groups:
            groups[key] = LineageGroup(lineage=document.lineage)
        groups[key].documents.append(document)
    for key, group in groups.items():
        group.documents.sort(key=_newest_first, reverse=True)
        for newer, older in zip(group.documents, [*group.documents[1:], None], strict=True):
            # The text this one follows in its family, for a "compare with previous" link.
            newer.previous_in_lineage = older if key is not None else None
    alone = groups.pop(None, None)
    ordered = sorted(
        groups.values(), key=lambda g: (g.newest, g.lineage.name if g.lineage else ""), reverse=True
    )
    if alone:
        ordered.append(alone)
    return ordered


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
            if paragraph.kind == Paragraph.Kind.PREAMBULAR:
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


def symbol_choices() -> list[Document]:
    """Every document a picker may offer, newest first."""
    return list(
        Document.objects.filter(withdrawn=False)
        .only("symbol", "title", "kind", "date")
        .order_by("-date", "symbol")
    )
