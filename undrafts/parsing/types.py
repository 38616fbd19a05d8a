"""What the parser returns. Other layers code against these names: add fields, never rename."""

from __future__ import annotations

from dataclasses import dataclass, field


class ParseError(ValueError):
    """The input cannot be read as a resolution text; the message says why, for a human."""


class SymbolError(ValueError):
    """A string is not a UN document symbol; the message says what is wrong with it."""


@dataclass(frozen=True)
class Symbol:
    text: str  # canonical form: "A/C.1/73/L.27/Rev.1"
    body: str  # "GA" | "HRC" | "SC" | "ECOSOC"
    session: int | None
    committee: int | None  # k of A/C.k
    number: str  # "240", "L.27" for drafts, "2532" for S/RES/2532 (2020)
    kind: str  # "resolution" | "decision" | "draft" | "report" | "document" (S/2016/1100)
    revision: int | None = None
    addendum: int | None = None
    corrigendum: int | None = None
    base: str = ""  # the symbol without /Rev., /Add., /Corr., /Amend.
    year: int | None = None  # S/RES/<n> (<year>), S/<year>/<n>, E/RES/<year>/<n>, E/<year>/...
    amendment: int | None = None  # /Amend.<n>


@dataclass
class Footnote:
    marker: str  # "1", "2" as printed (superscripts read as digits)
    text: str  # "A/70/174."


@dataclass
class ParsedParagraph:
    kind: str  # "preambular" | "operative"
    number: str  # "" for preambular; "1", "(a)", "1.13"; inferred when the source lost it
    label: str  # "PP3", "OP1", "OP1(a)", "OP1.13": unique within its text
    parent_label: str  # "" at top level; "OP1" for "OP1(a)"
    opening: str  # "Recalling", "Noting with concern", "Also decides"; "" for sub-paragraphs
    text: str  # clean text without the printed number
    footnotes: list[Footnote] = field(default_factory=list)


@dataclass
class ParsedText:
    heading: str  # "" for a single-text document; "Draft resolution I" in a report
    kind: str  # "resolution" | "decision"
    title: str
    paragraphs: list[ParsedParagraph]
    warnings: list[str] = field(default_factory=list)


@dataclass
class ParsedDocument:
    symbol: str  # as printed, "" if not printed
    kind: str  # "draft_resolution" | "revised_draft_resolution" | "resolution" |
    # "committee_report" | "draft_decision" | "decision" | "unknown"
    title: str
    distribution: str  # "General" | "Limited" | ""
    date: str  # ISO date of issue or ""
    adoption_date: str  # ISO, for adopted texts, else ""
    original_language: str  # "English and Russian", as printed after "Original:"
    session: int | None
    committee: int | None
    agenda_item: str  # "98"
    sponsors: list[str]
    meeting: str  # "48th (resumed) plenary meeting, 31 December 2020" or ""
    texts: list[ParsedText]
    warnings: list[str] = field(default_factory=list)
    # Beyond the contract:
    agenda_title: str = ""  # the agenda item's title as printed under its number
    resolution_number: str = ""  # "75/240" from the "75/240. Title" line
    report_reference: str = ""  # "A/75/394, para. 17" from "[on the report of ...]"
    footnotes: list[Footnote] = field(default_factory=list)  # every definition, in order
