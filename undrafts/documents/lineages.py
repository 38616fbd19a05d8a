"""Reads across a lineage: its versions in order, what changed at each step, a paragraph's
life from the version where it first appeared, and who joined or left the sponsors.

A lineage links documents that descend from one another (a draft, its revisions, the
text a report recommends, the adopted resolution, next year's draft). Each document
names the one it `follows`; the order of a lineage is that chain, dates breaking ties.
A paragraph's history is built only from the aligner's rows between neighbours: where
the aligner does not pair two paragraphs, the history says the paragraph first appeared
or was dropped there, rather than guess.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from undrafts.parsing.country_names import normalise_country

from .comparisons import Side, comparison_get
from .exceptions import UndraftsError
from .models import Document, Lineage, Text
from .selectors import text_paragraphs


class UnknownLineage(UndraftsError):
    def __init__(self, slug: str):
        super().__init__(f"No lineage called “{slug[:100]}” is stored.")
        self.slug = slug


class UnknownParagraph(UndraftsError):
    def __init__(self, symbol: str, label: str):
        super().__init__(f"{symbol} has no paragraph labelled {label[:40]}.")
        self.symbol = symbol
        self.label = label


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


def _side(document: Document, position: int | None = None) -> Side | None:
    texts = document.texts.order_by("position")
    text: Text | None = (texts.filter(position=position) if position else texts).first()
    if text is None:
        return None
    return Side(document=document, text=text, version=text.version)


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
    sides = {d.pk: _side(d) for d in versions}
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


# -- paragraph history ---------------------------------------------------------------------


@dataclass
class HistoryEntry:
    """The paragraph in one version, and how it got there from the version before."""

    document: Document
    labels: list[str]  # empty where it was dropped
    op: str  # first | unchanged | changed | moved | split | merged | dropped
    paragraphs: list[dict] = field(default_factory=list)  # text_paragraphs dicts
    words: list = field(default_factory=list)  # word ops from the previous version
    similarity: float | None = None
    previous: Document | None = None
    previous_labels: list[str] = field(default_factory=list)
    is_start: bool = False  # the version the history was opened from

    @property
    def present(self) -> bool:
        return bool(self.labels)


@dataclass
class ParagraphHistory:
    document: Document
    label: str
    versions: list[Document]
    entries: list[HistoryEntry]

    @property
    def first(self) -> HistoryEntry:
        return self.entries[0]

    @property
    def origin_known(self) -> bool:
        """False when the history starts at the lineage's first version, not an insertion."""
        return self.entries[0].op == "first" and self.entries[0].previous is not None


def _by_label(side: Side | None) -> dict[str, dict]:
    if side is None:
        return {}
    return {p["label"]: p for p in text_paragraphs(side.text, side.version)}


def paragraph_trace(
    document: Document, label: str, position: int | None = None
) -> ParagraphHistory:
    """A paragraph's life across the versions of its lineage, oldest first.

    Backwards, each step's rows say which earlier paragraph(s) became this one, until a
    row says it was inserted. Forwards, which later paragraph(s) it became, until a row
    says it was deleted.
    """
    start_side = _side(document, position)
    start = _by_label(start_side)
    if label not in start:
        raise UnknownParagraph(document.symbol, label)
    if start_side is not None and start_side.text.position != _first_position(document):
        # A later text of a report stands alone: lineages link documents' first texts.
        versions = [document]
        return ParagraphHistory(
            document=document,
            label=label,
            versions=versions,
            entries=[
                HistoryEntry(
                    document=document,
                    labels=[label],
                    op="first",
                    paragraphs=[start[label]],
                    is_start=True,
                )
            ],
        )
    versions = document_versions(document)
    steps = {step.right.pk: step for step in lineage_steps(versions)}
    by_left: dict[int, list[Step]] = {}
    for step in steps.values():
        by_left.setdefault(step.left.pk, []).append(step)

    here = HistoryEntry(
        document=document,
        labels=[label],
        op="first",
        paragraphs=[start[label]],
        is_start=True,
    )
    entries = [here]

    # Backwards: what was this paragraph in the version it follows?
    current = here
    seen = {document.pk}
    while True:
        step = steps.get(current.document.pk)
        if step is None or step.comparison is None or step.left.pk in seen:
            break
        rows = [r for r in step.comparison["rows"] if set(r["right"]) & set(current.labels)]
        _describe(current, rows, step)
        earlier = _ordered_labels(rows, "left", step.comparison["left"]["paragraphs"])
        if not earlier:
            break  # it was inserted here
        earlier_paragraphs = _by_label(step.left_side)
        entry = HistoryEntry(
            document=step.left,
            labels=earlier,
            op="first",
            paragraphs=[earlier_paragraphs[x] for x in earlier if x in earlier_paragraphs],
        )
        entries.insert(0, entry)
        seen.add(step.left.pk)
        current = entry

    # Forwards: what did it become in the versions that follow?
    current = here
    while current.labels:
        following = [s for s in by_left.get(current.document.pk, []) if s.right.pk not in seen]
        if not following or following[0].comparison is None:
            break
        step = following[0]
        rows = [r for r in step.comparison["rows"] if set(r["left"]) & set(current.labels)]
        later = _ordered_labels(rows, "right", step.comparison["right"]["paragraphs"])
        later_paragraphs = _by_label(step.right_side)
        entry = HistoryEntry(
            document=step.right,
            labels=later,
            op="dropped",
            paragraphs=[later_paragraphs[x] for x in later if x in later_paragraphs],
        )
        _describe(entry, rows, step)
        entries.append(entry)
        seen.add(step.right.pk)
        current = entry
    return ParagraphHistory(document=document, label=label, versions=versions, entries=entries)


def _first_position(document: Document) -> int | None:
    return document.texts.order_by("position").values_list("position", flat=True).first()


def _ordered_labels(rows: list[dict], side: str, paragraphs: list[dict]) -> list[str]:
    wanted = {label for row in rows for label in row[side]}
    return [p["id"] for p in paragraphs if p["id"] in wanted]


def _describe(entry: HistoryEntry, rows: list[dict], step: Step) -> None:
    """How `entry` came from the version before it, from the rows that touch it."""
    entry.previous = step.left
    entry.previous_labels = _ordered_labels(
        rows, "left", step.comparison["left"]["paragraphs"] if step.comparison else []
    )
    kept = [r for r in rows if r["op"] not in ("inserted", "deleted")]
    if not entry.labels:
        entry.op = "dropped"
        entry.words = [w for r in rows for w in r.get("words", [])]
        return
    if not kept:
        entry.op = "first"  # the row says it was inserted in this version
        entry.previous_labels = []
        return
    ops = {r["op"] for r in kept}
    if ops == {"unchanged"}:
        entry.op = "unchanged"
    elif len(ops) == 1:
        entry.op = ops.pop()
    else:
        entry.op = "changed"
    words: list = []
    for row in kept:
        if words:
            words.append(["equal", "\n"])
        words.extend(row.get("words", []))
    entry.words = words
    entry.similarity = min(r.get("similarity", 0.0) for r in kept)


# -- sponsors ------------------------------------------------------------------------------


@dataclass
class SponsorDiff:
    left: Document
    right: Document
    left_names: list[str]
    right_names: list[str]
    joined: list[str]  # in the right's order
    left_sponsors: list[str]  # "left": sponsors of the earlier text no longer listed
    kept: list[str]

    @property
    def has_lists(self) -> bool:
        return bool(self.left_names or self.right_names)


def sponsor_names(document: Document) -> list[str]:
    """The document's sponsors by UN short name, in its order (those who joined last)."""
    names: list[str] = []
    for sponsor in document.sponsors.order_by("joined_later", "position"):
        name = normalise_country(sponsor.name).name
        if name not in names:
            names.append(name)
    return names


def sponsor_diff(left: Document, right: Document) -> SponsorDiff:
    """Who joined the sponsors between two versions and who left them."""
    before, after = sponsor_names(left), sponsor_names(right)
    before_set, after_set = set(before), set(after)
    return SponsorDiff(
        left=left,
        right=right,
        left_names=before,
        right_names=after,
        joined=[n for n in after if n not in before_set],
        left_sponsors=[n for n in before if n not in after_set],
        kept=[n for n in after if n in before_set],
    )
