"""The comparison row, typed: the one place that names the operations and the shape of a row.

``compare()`` returns JSON (it is cached and served as JSON); ``Comparison.from_json``
reads it back into these frozen types, and ``to_json`` writes exactly the dict it came
from, so every renderer works on typed rows and the stored shape has one definition.
The ``*JSON`` TypedDicts describe that wire shape for serialisers (pydantic reads them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NotRequired, TypedDict

# Every operation, in the order a reader is told about them (summaries, legends, exports).
OPS: tuple[str, ...] = ("changed", "inserted", "deleted", "moved", "split", "merged", "unchanged")
OP_NAMES: dict[str, str] = {op: op.capitalize() for op in OPS}
# Operations whose row pairs paragraphs of both sides.
PAIRING_OPS = frozenset({"changed", "moved", "split", "merged", "unchanged"})
NATURES = ("technical", "substantive")

Op = Literal["changed", "inserted", "deleted", "moved", "split", "merged", "unchanged"]
Nature = Literal["technical", "substantive"]
Direction = Literal["stronger", "weaker"]


# One wording that moved on the scale of obligation ("Encourages" -> "Urges"); "from" is a
# Python keyword, so the shape is spelt functionally.
StrengthJSON = TypedDict("StrengthJSON", {"from": str, "to": str, "direction": Direction})


class RowJSON(TypedDict):
    op: Op
    left: list[str]  # left paragraph ids
    right: list[str]  # right paragraph ids
    similarity: float  # share of text kept, 0 to 1
    words: list[list[str]]  # [[word op, text], ...]
    moved: NotRequired[Literal["up", "down"]]
    left_position: NotRequired[int]
    moved_from: NotRequired[str]
    nature: NotRequired[Nature]
    strength: NotRequired[list[StrengthJSON]]


class ParagraphJSON(TypedDict):
    id: str
    label: str
    kind: str
    text: str


class SideJSON(TypedDict):
    symbol: str
    paragraphs: list[ParagraphJSON]


class ComparisonJSON(TypedDict):
    algorithm: str
    left: SideJSON
    right: SideJSON
    rows: list[RowJSON]
    summary: dict[str, int]


@dataclass(frozen=True, slots=True)
class Strength:
    before: str
    after: str
    direction: str  # "stronger" | "weaker": the right-hand text against the left

    def to_json(self) -> StrengthJSON:
        return {"from": self.before, "to": self.after, "direction": self.direction}

    @classmethod
    def from_json(cls, data: dict) -> Strength:
        return cls(str(data["from"]), str(data["to"]), str(data["direction"]))


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a comparison: the paragraphs it joins and what happened to their words."""

    op: str
    left: tuple[str, ...]
    right: tuple[str, ...]
    similarity: float
    # (op, text); a kept stretch printed differently on each side is ("equal", old, new)
    words: tuple[tuple[str, ...], ...]
    moved: str = ""  # "up" | "down" when the row's paragraphs changed place
    left_position: int | None = None  # index of the first left paragraph, for moved rows
    moved_from: str = ""
    nature: str = ""  # "technical" | "substantive" on pairing rows that are not unchanged
    strength: tuple[Strength, ...] = ()

    @property
    def is_change(self) -> bool:
        return self.op != "unchanged"

    @property
    def pairs(self) -> bool:
        """Joins paragraphs of both sides (not an insertion or a deletion)."""
        return self.op in PAIRING_OPS

    @property
    def marked(self) -> bool:
        """Some words carry a mark (for an unchanged row: noise such as punctuation)."""
        return any(w[0] != "equal" for w in self.words)

    @property
    def typographic(self) -> bool:
        """Unchanged, with marks: punctuation or typography only (the engine's noise)."""
        return self.op == "unchanged" and self.marked

    @property
    def substantive(self) -> bool:
        """Counts in the "substantive changes only" view: every change not known technical."""
        return self.is_change and self.nature != "technical"

    def to_json(self) -> RowJSON:
        data: dict = {
            "op": self.op,
            "left": list(self.left),
            "right": list(self.right),
            "similarity": self.similarity,
            "words": [list(w) for w in self.words],
        }
        if self.moved:
            data["moved"] = self.moved
            data["left_position"] = self.left_position
            data["moved_from"] = self.moved_from
        if self.nature:
            data["nature"] = self.nature
            data["strength"] = [s.to_json() for s in self.strength]
        return data  # type: ignore[return-value]

    @classmethod
    def of(cls, row: Row | dict) -> Row:
        """The typed row, from a row or its JSON."""
        return row if isinstance(row, Row) else cls.from_json(row)

    @classmethod
    def from_json(cls, data: dict) -> Row:
        moved = data.get("moved")
        return cls(
            op=str(data["op"]),
            left=tuple(str(i) for i in data.get("left", ())),
            right=tuple(str(i) for i in data.get("right", ())),
            similarity=float(data.get("similarity", 0.0)),
            words=tuple(
                tuple(str(part) for part in w)
                for w in data.get("words", ())
                if isinstance(w, (list, tuple)) and len(w) in (2, 3)
            ),
            moved=moved if moved in ("up", "down") else "",
            left_position=data.get("left_position") if moved in ("up", "down") else None,
            moved_from=str(data.get("moved_from", "")) if moved in ("up", "down") else "",
            nature=str(data.get("nature", "")),
            strength=tuple(Strength.from_json(s) for s in data.get("strength", ())),
        )


@dataclass(frozen=True, slots=True)
class Paragraph:
    id: str
    label: str
    kind: str
    text: str

    def to_json(self) -> ParagraphJSON:
        return {"id": self.id, "label": self.label, "kind": self.kind, "text": self.text}

    @classmethod
    def from_json(cls, data: dict) -> Paragraph:
        return cls(
            id=str(data["id"]),
            label=str(data.get("label") or ""),
            kind=str(data.get("kind") or ""),
            text=str(data.get("text") or ""),
        )


@dataclass(frozen=True, slots=True)
class Side:
    symbol: str
    paragraphs: tuple[Paragraph, ...]

    def labels(self) -> dict[str, str]:
        """Paragraph id -> label (the id when a paragraph has no label)."""
        return {p.id: p.label or p.id for p in self.paragraphs}

    def to_json(self) -> SideJSON:
        return {"symbol": self.symbol, "paragraphs": [p.to_json() for p in self.paragraphs]}

    @classmethod
    def from_json(cls, data: dict) -> Side:
        return cls(
            symbol=str(data.get("symbol", "")),
            paragraphs=tuple(Paragraph.from_json(p) for p in data.get("paragraphs", ())),
        )


@dataclass(frozen=True, slots=True)
class Comparison:
    algorithm: str
    left: Side
    right: Side
    rows: tuple[Row, ...]

    @property
    def summary(self) -> dict[str, int]:
        return summarise(self.rows)

    def to_json(self) -> ComparisonJSON:
        return {
            "algorithm": self.algorithm,
            "left": self.left.to_json(),
            "right": self.right.to_json(),
            "rows": [row.to_json() for row in self.rows],
            "summary": self.summary,
        }

    @classmethod
    def of(cls, comparison: Comparison | dict) -> Comparison:
        """The typed comparison, from one or from the engine's JSON (as cached)."""
        if isinstance(comparison, Comparison):
            return comparison
        return cls.from_json(comparison)

    @classmethod
    def from_json(cls, data: dict) -> Comparison:
        return cls(
            algorithm=str(data.get("algorithm", "")),
            left=Side.from_json(data.get("left", {})),
            right=Side.from_json(data.get("right", {})),
            rows=tuple(Row.from_json(r) for r in data.get("rows", ())),
        )


def summarise(rows) -> dict[str, int]:
    """Rows per operation, in ``OPS`` order, then the changed pairs of each nature."""
    counts = dict.fromkeys(OPS + NATURES, 0)
    for row in rows:
        counts[row.op] += 1
        if row.nature:
            counts[row.nature] += 1
    return counts
