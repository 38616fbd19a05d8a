"""Reads across a lineage: its versions in order and what changed at each step.

A paragraph's life across the versions is in `paragraph_history`, who joined or left
the sponsors in `sponsors`.

A lineage links documents that descend from one another (a draft, its revisions, the
text a report recommends, the adopted resolution, next year's draft). Each document
names the one it `follows`; the order of a lineage is that chain, dates breaking ties.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from .comparisons import Side, comparison_get
from .exceptions import UndraftsError
from .models import Document, Lineage, Text


class UnknownLineage(UndraftsError):
    def __init__(self, slug: str):
        super().__init__(f"No lineage called “{slug[:100]}” is stored.")
        self.slug = slug


# -- versions ---------------------------------------------------------------------------


def lineage_get(slug: str) -> Lineage:
    lineage = Lineage.objects.filter(slug=(slug or "")[:100]).first()
    if lineage is None:
        raise UnknownLineage(slug or "")
    return lineage


def _date_key(document: Document) -> tuple:
    # Undated documents go after dated ones; the symbol settles the rest.
    return (document.date is None, document.date or 0, document.symbol)


def lineage_versions(lineage: Lineage) -> list[Document]:
    """The lineage's documents in order: each after the one it follows, dates breaking ties.

    Withdrawn documents leave the timeline; a text that follows one follows its
    predecessor instead. A `follows` loop made by mistake cannot hide documents.
    """
    documents = list(
        lineage.documents.filter(withdrawn=False).select_related("follows", "source_document")
    )
    parents = _parents(lineage, documents)
    children: dict[int, list[Document]] = {d.pk: [] for d in documents}
    waiting = {d.pk: 0 for d in documents}
    for document in documents:
        parent = parents.get(document.pk)
        if parent is not None:
            children[parent.pk].append(document)
            waiting[document.pk] = 1
    ready = [(_date_key(d), d.pk, d) for d in documents if not waiting[d.pk]]
    heapq.heapify(ready)
    ordered: list[Document] = []
    while ready:
        _, _, document = heapq.heappop(ready)
        ordered.append(document)
        for child in children[document.pk]:
            waiting[child.pk] = 0
            heapq.heappush(ready, (_date_key(child), child.pk, child))
    placed = {d.pk for d in ordered}
    ordered.extend(sorted((d for d in documents if d.pk not in placed), key=_date_key))
    return ordered


def _parents(lineage: Lineage, documents: list[Document]) -> dict[int, Document]:
    """Each document's nearest predecessor in this lineage, skipping withdrawn ones."""
    in_lineage = {d.pk: d for d in documents}
    parents: dict[int, Document] = {}
    for document in documents:
        seen = {document.pk}
        current = document.follows
        while current is not None and current.pk not in seen:
            if current.pk in in_lineage:
                parents[document.pk] = in_lineage[current.pk]
                break
            if current.lineage_id != lineage.pk and not current.withdrawn:
                break  # it follows a text outside the lineage
            seen.add(current.pk)
            current = current.follows
    # A loop leaves every member waiting on another: break it at the oldest.
    return _break_loops(parents, documents)


def _break_loops(parents: dict[int, Document], documents: list[Document]) -> dict[int, Document]:
    for document in sorted(documents, key=_date_key):
        seen = set()
        current = document
        while current is not None and current.pk in parents:
            if current.pk in seen:
                del parents[current.pk]
                break
            seen.add(current.pk)
            current = parents.get(current.pk)
    return parents


def document_versions(document: Document) -> list[Document]:
    """The versions a document belongs to: its lineage, or else its `follows` chain."""
    if document.lineage_id:
        versions = lineage_versions(document.lineage)
        if any(v.pk == document.pk for v in versions):
            return versions
    before: list[Document] = []
    seen = {document.pk}
    current = document.follows
    while current is not None and current.pk not in seen and len(before) < 100:
        before.insert(0, current)
        seen.add(current.pk)
        current = current.follows
    after: list[Document] = []
    current = document.followed_by.order_by("date", "symbol").first()
    while current is not None and current.pk not in seen and len(after) < 100:
        after.append(current)
        seen.add(current.pk)
        current = current.followed_by.order_by("date", "symbol").first()
    return [*before, document, *after]


def version_side(document: Document, position: int | None = None) -> Side | None:
    texts = document.texts.order_by("position")
    text: Text | None = (texts.filter(position=position) if position else texts).first()
    if text is None:
        return None
    return Side(document=document, text=text, version=text.version)


def first_sides(versions: list[Document]) -> dict[int, Side | None]:
    """Each document's first text as a comparison side, in one query."""
    sides: dict[int, Side | None] = {d.pk: None for d in versions}
    by_pk = {d.pk: d for d in versions}
    texts = Text.objects.filter(document_id__in=list(by_pk)).order_by("document_id", "-position")
    for text in texts:  # the last one written per document is its lowest position
        document = by_pk[text.document_id]
        text.document = document
        sides[document.pk] = Side(document=document, text=text, version=text.version)
    return sides


# -- steps ----------------------------------------------------------------------------------


@dataclass
class Step:
    """One move along a lineage: from `left` to `right`, with what happened to paragraphs."""

    left: Document
    right: Document
    left_side: Side | None
    right_side: Side | None
    comparison: dict | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.get(k, 0) for k in ("kept", "changed", "added", "dropped"))


def step_counts(comparison: dict) -> dict[str, int]:
    """Rows by what a reader cares about: kept, changed, added, dropped (and moved)."""
    counts = {"kept": 0, "changed": 0, "added": 0, "dropped": 0, "moved": 0}
    for row in comparison.get("rows", []):
        op = row.get("op")
        if op == "unchanged":
            counts["kept"] += 1
        elif op == "moved":
            counts["moved"] += 1
            reworded = any(w[0] != "equal" for w in row.get("words", []))
            counts["changed" if reworded else "kept"] += 1
        elif op in ("changed", "split", "merged"):
            counts["changed"] += 1
        elif op == "inserted":
            counts["added"] += 1
        elif op == "deleted":
            counts["dropped"] += 1
    return counts


def lineage_steps(versions: list[Document]) -> list[Step]:
    """Each version against the one it follows (or, for a second root, the one before)."""
    steps: list[Step] = []
    sides = first_sides(versions)
    placed: dict[int, Document] = {}
    for index, document in enumerate(versions):
        if index:
            left = _step_left(document, placed) or versions[index - 1]
            left_side, right_side = sides[left.pk], sides[document.pk]
            comparison = None
            if left_side is not None and right_side is not None:
                comparison = comparison_get(left_side, right_side)
            steps.append(
                Step(
                    left=left,
                    right=document,
                    left_side=left_side,
                    right_side=right_side,
                    comparison=comparison,
                    counts=step_counts(comparison) if comparison else {},
                )
            )
        placed[document.pk] = document
    return steps


def _step_left(document: Document, placed: dict[int, Document]) -> Document | None:
    seen = set()
    current = document.follows
    while current is not None and current.pk not in seen:
        if current.pk in placed:
            return placed[current.pk]
        seen.add(current.pk)
        current = current.follows
    return None
