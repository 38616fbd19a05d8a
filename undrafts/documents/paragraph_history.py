"""A paragraph's life across the versions of its lineage, from the version where it first
appeared to the one where it was dropped.

Built only from the aligner's rows between neighbours: where the aligner does not pair
two paragraphs, the history says the paragraph first appeared or was dropped there,
rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .comparisons import Side
from .exceptions import UndraftsError
from .lineages import Step, document_versions, lineage_steps, version_side
from .models import Document
from .selectors import text_paragraphs


class UnknownParagraph(UndraftsError):
    def __init__(self, symbol: str, label: str):
        super().__init__(f"{symbol} has no paragraph labelled {label[:40]}.")
        self.symbol = symbol
        self.label = label


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
    start_side = version_side(document, position)
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
