"""Finding which document follows which, from what the documents say. No Django here.

Four rules, each giving a relation, a confidence and the evidence a reader can check:
a revision follows its original (its symbol says so); a facilitator's or Vice-Chair's
draft follows the draft it names; an adopted resolution follows the draft it was adopted
from (named in a plenary resolution's header, else the same session, body and agenda
item or title with nearly the same text); and a session's text follows the previous
session's resolution on the same subject. Candidates come from indexes (by symbol, by
session and body, by title), never from comparing every pair.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

REVISION = "revision"
DRAFT_TO_DRAFT = "draft_to_draft"
DRAFT_TO_RESOLUTION = "draft_to_resolution"
YEAR_OVER_YEAR = "year_over_year"

# In-session relations decide `follows`; a previous session's resolution only joins lineages
# unless nothing in the session comes before the text.
RELATION_PRIORITY = {REVISION: 0, DRAFT_TO_DRAFT: 1, DRAFT_TO_RESOLUTION: 2, YEAR_OVER_YEAR: 3}

APPLY_AT = 0.75  # links at least this confident are applied; the rest wait for an editor
MIN_DRAFT_KEPT = 0.3  # below this share of a draft's wording, a resolution did not come from it
MIN_NEAR_TITLE_KEPT = 0.3  # a title that differs by numbers only needs this much shared text

_FACILITATOR = re.compile(
    r"on the basis of informal consultations\s+(?:held\s+)?on\s+(?:the\s+)?draft\s+"
    r"(?:resolution|decision)\s+(A/[A-Za-z0-9./]+?)(?=[\s,;)]|\.\s|\.?$)",
    re.I,
)
# Extraction may keep emphasis marks: "[*without reference to a Main Committee (A/80/L.5)*]".
_PLENARY = re.compile(
    r"\[[\s*_]*without reference to a Main Committee[\s*_]*\(\s*(A/[^)\s*]+)\s*\)", re.I
)
_RECALLED = re.compile(
    r"\bresolutions?\s+((?:\d{2,3}/\d{1,3}\s*[A-Z]?(?:,\s*|\s+and\s+|\s+of\s+)?)+)"
)
_RESOLUTION_NUMBER = re.compile(r"\d{2,3}/\d{1,3}")
_ORDINAL = re.compile(
    r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\b"
)
_NUMBER = re.compile(r"\d+(?:\s*[-–]\s*\d+)?")
_WORD = re.compile(r"\w+")


@dataclass
class Facts:
    """What the rules need of one document."""

    symbol: str
    kind: str  # Document.Kind values
    session: int | None
    committee: int | None
    agenda_item: str
    title: str
    base: str = ""  # the symbol without /Rev.
    revision: int | None = None
    header: str = ""  # the text before the body: where drafts name what they replace
    is_draft: bool = False
    is_resolution: bool = False


@dataclass
class Found:
    earlier: str
    later: str
    relation: str
    confidence: float
    evidence: str
    text_kept: float | None = None


@dataclass
class TextIndex:
    """Word 3-gram sets of document texts, loaded on first use for candidates only."""

    load: Callable[[list[str]], dict[str, str]]
    _grams: dict[str, frozenset[int]] = field(default_factory=dict)
    _texts: dict[str, str] = field(default_factory=dict)

    def want(self, symbols: Iterable[str]) -> None:
        missing = [s for s in dict.fromkeys(symbols) if s not in self._grams]
        if missing:
            for symbol, text in self.load(missing).items():
                self._texts[symbol] = text
            for symbol in missing:
                self._grams[symbol] = word_grams(self._texts.get(symbol, ""))

    def text(self, symbol: str) -> str:
        self.want([symbol])
        return self._texts.get(symbol, "")

    def kept(self, earlier: str, later: str) -> float:
        """The share of the earlier text's wording (word 3-grams) found in the later one."""
        self.want([earlier, later])
        before, after = self._grams[earlier], self._grams[later]
        if not before:
            return 0.0
        return len(before & after) / len(before)


def word_grams(text: str) -> frozenset[int]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())
    return frozenset(hash((a, b, c)) for a, b, c in zip(words, words[1:], words[2:], strict=False))


def normalize_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title or "").lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[‐-―]", "-", text)
    return re.sub(r"\s+", " ", text).strip(" .")


def title_key(title: str) -> str:
    """The title without its numbers and ordinals: the same subject in another session."""
    text = _NUMBER.sub(" ", _ORDINAL.sub(" ", normalize_title(title)))
    return " ".join(_WORD.findall(text))


def recalled_resolutions(text: str) -> set[str]:
    """ "75/240" and the like, where the text cites resolutions by number."""
    found: set[str] = set()
    for match in _RECALLED.finditer(text):
        found.update(_RESOLUTION_NUMBER.findall(match.group(1)))
    return found


def named_draft(header: str) -> str:
    """The draft a facilitator's or Vice-Chair's draft was made from, as its header names it."""
    match = _FACILITATOR.search(re.sub(r"\s+", " ", header))
    return match.group(1).rstrip(".") if match else ""


def plenary_draft(header: str) -> str:
    """The draft a plenary resolution was adopted from: "[without reference to ... (A/80/L.5)]"."""
    match = _PLENARY.search(re.sub(r"\s+", " ", header))
    return match.group(1).rstrip(".") if match else ""


def percent(share: float | None) -> str:
    return f"{round((share or 0) * 100)}%"


# -- the rules ------------------------------------------------------------------------------


def _revisions(documents: list[Facts]) -> list[Found]:
    by_base: dict[str, list[Facts]] = defaultdict(list)
    for facts in documents:
        if facts.base:
            by_base[facts.base].append(facts)
    found = []
    for family in by_base.values():
        family.sort(key=lambda f: f.revision or 0)
        for earlier, later in itertools.pairwise(family):
            if later.revision:
                found.append(
                    Found(
                        earlier.symbol,
                        later.symbol,
                        REVISION,
                        0.98,
                        f"its symbol makes it a revision of {earlier.symbol}",
                    )
                )
    return found


def _replaced_drafts(documents: list[Facts], by_symbol: dict[str, Facts]) -> list[Found]:
    found = []
    for facts in documents:
        if not facts.is_draft:
            continue
        named = named_draft(facts.header)
        if named and named in by_symbol and named != facts.symbol:
            found.append(
                Found(
                    named,
                    facts.symbol,
                    DRAFT_TO_DRAFT,
                    0.97,
                    f"submitted on the basis of informal consultations on draft resolution {named}",
                )
            )
    return found


def _draft_candidates(documents: list[Facts], superseded: set[str]) -> dict[tuple, list[Facts]]:
    """Drafts still standing, indexed by (session, committee, agenda item) and by title."""
    index: dict[tuple, list[Facts]] = defaultdict(list)
    for facts in documents:
        if facts.is_draft and facts.symbol not in superseded and facts.session:
            place = (facts.session, facts.committee)
            if facts.agenda_item:
                index[("agenda", *place, facts.agenda_item)].append(facts)
            if facts.title:
                index[("title", *place, normalize_title(facts.title))].append(facts)
    return index


def _adoptions(
    documents: list[Facts],
    by_symbol: dict[str, Facts],
    superseded: set[str],
    texts: TextIndex,
    excluded: set[tuple[str, str]],
) -> list[Found]:
    found: list[Found] = []
    adopted: set[str] = set()
    resolutions = [f for f in documents if f.is_resolution and f.session]
    pending = []
    for resolution in resolutions:
        stated = plenary_draft(resolution.header)
        if stated in by_symbol and (stated, resolution.symbol) not in excluded:
            found.append(
                Found(
                    stated,
                    resolution.symbol,
                    DRAFT_TO_RESOLUTION,
                    0.98,
                    f"adopted without reference to a Main Committee ({stated}), as its header says",
                    texts.kept(stated, resolution.symbol),
                )
            )
            adopted.add(stated)
        else:
            pending.append(resolution)
    index = _draft_candidates(documents, superseded)
    scored = []
    for resolution in pending:
        place = (resolution.session, resolution.committee)
        candidates = {
            f.symbol: f
            for f in index.get(("agenda", *place, resolution.agenda_item), [])
            + index.get(("title", *place, normalize_title(resolution.title)), [])
        }
        texts.want([resolution.symbol, *candidates])
        for draft in candidates.values():
            if draft.symbol in adopted or (draft.symbol, resolution.symbol) in excluded:
                continue
            kept = texts.kept(draft.symbol, resolution.symbol)
            if kept < MIN_DRAFT_KEPT:
                continue
            same_title = normalize_title(draft.title) == normalize_title(resolution.title)
            same_agenda = bool(draft.agenda_item) and draft.agenda_item == resolution.agenda_item
            confidence = min(0.99, 0.45 + 0.5 * kept + 0.1 * same_title + 0.05 * same_agenda)
            reasons = ["adopted in the same session by the same body"]
            if same_title:
                reasons.append("same title")
            if same_agenda:
                reasons.append(f"agenda item {draft.agenda_item}")
            reasons.append(f"{percent(kept)} of the draft's text kept")
            scored.append((confidence, kept, draft.symbol, resolution.symbol, ", ".join(reasons)))
    # Each draft becomes at most one resolution and each resolution comes from one draft.
    adopting: set[str] = set()
    for confidence, kept, draft, resolution, evidence in sorted(scored, reverse=True):
        if draft in adopted or resolution in adopting:
            continue
        adopted.add(draft)
        adopting.add(resolution)
        found.append(Found(draft, resolution, DRAFT_TO_RESOLUTION, confidence, evidence, kept))
    return found


class _Components:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _representatives(documents: list[Facts], in_session: list[Found]) -> list[Facts]:
    """One text per subject of a session: its adopted resolution, else its first draft."""
    components = _Components()
    for link in in_session:
        components.join(link.earlier, link.later)
    later = {link.later for link in in_session}
    groups: dict[str, list[Facts]] = defaultdict(list)
    for facts in documents:
        groups[components.find(facts.symbol)].append(facts)
    chosen = []
    for members in groups.values():
        resolutions = [f for f in members if f.is_resolution]
        if resolutions:
            chosen.append(max(resolutions, key=lambda f: f.symbol))
        else:
            roots = [f for f in members if f.symbol not in later] or members
            chosen.append(min(roots, key=lambda f: f.symbol))
    return chosen


def _previous_sessions(
    documents: list[Facts],
    in_session: list[Found],
    texts: TextIndex,
    excluded: set[tuple[str, str]],
) -> list[Found]:
    resolutions_by_title: dict[tuple[int, str], list[Facts]] = defaultdict(list)
    for facts in documents:
        if facts.is_resolution and facts.session and facts.title:
            resolutions_by_title[(facts.session, title_key(facts.title))].append(facts)
    scored = []
    for text in _representatives(documents, in_session):
        if not text.session or not text.title or not (text.is_draft or text.is_resolution):
            continue
        key = title_key(text.title)
        if not key:
            continue
        recalled = None
        for gap in (1, 2):  # recurring resolutions come back every year or two
            previous = [
                f
                for f in resolutions_by_title.get((text.session - gap, key), [])
                if f.symbol != text.symbol and (f.symbol, text.symbol) not in excluded
            ]
            if not previous:
                continue
            if recalled is None:
                recalled = recalled_resolutions(texts.text(text.symbol))
            for earlier in previous:
                same_title = normalize_title(earlier.title) == normalize_title(text.title)
                kept = texts.kept(earlier.symbol, text.symbol)
                if not same_title and kept < MIN_NEAR_TITLE_KEPT:
                    continue
                number = earlier.symbol.removeprefix("A/RES/")
                cited = number in recalled
                same_body = earlier.committee == text.committee
                # A title that differs only by its numbers leans on the text instead.
                confidence = 0.8 + 0.1 * (kept >= 0.5) if same_title else 0.45 + 0.4 * kept
                confidence += 0.15 * cited + 0.05 * same_body - 0.1 * (gap - 1)
                reasons = ["previous session" if gap == 1 else f"{gap} sessions before"]
                reasons.append("same title" if same_title else "nearly the same title")
                if cited:
                    reasons.append(f"recalls resolution {number}")
                reasons.append(f"{percent(kept)} of the text kept")
                scored.append(
                    (round(min(confidence, 0.99), 3), kept, earlier.symbol, text.symbol, reasons)
                )
            break  # the nearest session with a resolution of that title is the predecessor
    # A resolution is followed by one text of the next session, and a text follows one.
    found = []
    followed: set[str] = set()
    following: set[str] = set()
    for confidence, kept, earlier, later, reasons in sorted(scored, reverse=True):
        if earlier in followed or later in following:
            continue
        followed.add(earlier)
        following.add(later)
        found.append(Found(earlier, later, YEAR_OVER_YEAR, confidence, ", ".join(reasons), kept))
    return found


def find_links(
    documents: list[Facts],
    texts: TextIndex,
    *,
    excluded: Iterable[tuple[str, str]] = (),
) -> list[Found]:
    """Every link the rules find among `documents`; `excluded` pairs (earlier, later) an
    editor rejected are never proposed again, so the next best candidate may be."""
    excluded = set(excluded)
    by_symbol = {f.symbol: f for f in documents}
    found = [
        link
        for link in _revisions(documents) + _replaced_drafts(documents, by_symbol)
        if (link.earlier, link.later) not in excluded
    ]
    superseded = {link.earlier for link in found}
    found += _adoptions(documents, by_symbol, superseded, texts, excluded)
    for link in found:
        if link.text_kept is None:
            link.text_kept = texts.kept(link.earlier, link.later)
    found += _previous_sessions(documents, found, texts, excluded)
    return found
