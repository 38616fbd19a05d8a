"""Runs of text to lines as a reader sees them: one baseline, words spaced by their gaps.

A footnote marker is set smaller and raised above the baseline of the line it belongs
to; it joins that line as a marker (never as part of the word before it). Spaces come
from the gaps between runs measured against the type size, so a word PDFium drew in
two pieces stays one word and two words drawn without a space glyph stay two.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from .pdf_page import Run

# What a footnote marker can be: "12", "3, 4", "*", "†".
_MARKER_TEXT = re.compile(r"\d{1,3}(?:\s?[,-]\s?\d{1,3})*|[*†‡§]{1,3}|[a-z]")
# Gaps between glyph advances, as shares of the type size. Measured on the shared UN
# PDFs: letters of a word lie at most 0.05 em apart, pieces of a word that Word drew as
# separate runs up to 0.14 em, words at least 0.19 em, except after letters whose
# advance the font overstates ("of the" at 0.09 em after an italic "f"). In between, the
# document's own vocabulary decides: "equa l" is "equal" if the document writes "equal"
# elsewhere, "of the" stays two words because it never writes "ofthe".
TOUCHING = 0.06
SPACED = 0.19
# Between these, the gap alone is read as a space from this share on.
WORD_GAP = 0.15
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_NO_SPACE_BEFORE = tuple(",.;:)]-‑")
# Characters drawn on one baseline differ by rounding and font metrics, not more.
BASELINE_TOLERANCE = 0.25


@dataclass(slots=True)
class Span:
    text: str
    italic: bool
    marker: bool = False


@dataclass
class Line:
    y: float
    x0: float
    x1: float
    size: float  # the size most of its characters are set in
    spans: list[Span] = field(default_factory=list)
    fonts: frozenset[str] = frozenset()

    @cached_property
    def text(self) -> str:
        return "".join(span.text for span in self.spans).strip()

    @cached_property
    def prose(self) -> str:
        """The line without its footnote markers, to read its closing punctuation."""
        return "".join(s.text for s in self.spans if not s.marker).strip()

    @cached_property
    def has_marker(self) -> bool:
        return any(span.marker for span in self.spans)

    @cached_property
    def opens_with_marker(self) -> bool:
        first = next((s for s in self.spans if s.text.strip()), None)
        return bool(first and first.marker)


def vocabulary(texts: list[str]) -> set[str]:
    """The words the document prints more than once, lower-cased.

    A word seen once may be the very gap in question, split or joined by PDFium's guess
    ("economi c", "specialized"): it would be its own evidence.
    """
    counts: Counter = Counter()
    for text in texts:
        counts.update(_WORD.findall(text.lower()))
    return {word for word, count in counts.items() if count >= 2}


def build_lines(runs: list[Run], words: set[str] | None = None) -> list[Line]:
    """The page's lines, top to bottom."""
    groups = _baseline_groups(runs)
    groups = _attach_raised(groups)
    lines = [_line(group, words or set()) for group in groups]
    lines.sort(key=lambda line: (-line.y, line.x0))
    return [line for line in lines if line.text]


def _dominant_size(runs: list[Run]) -> float:
    first = runs[0].size if runs else 0.0
    if all(run.size == first for run in runs):
        return round(first, 1)
    weights: Counter = Counter()
    for run in runs:
        weights[round(run.size, 1)] += len(run.text.strip()) or 0.1
    return weights.most_common(1)[0][0] if weights else 0.0


def _baseline_groups(runs: list[Run]) -> list[list[Run]]:
    ordered = sorted(runs, key=lambda run: -run.y)
    groups: list[list[Run]] = []
    for run in ordered:
        if groups:
            group = groups[-1]
            anchor = group[0]
            tolerance = BASELINE_TOLERANCE * min(run.size, anchor.size)
            if abs(anchor.y - run.y) <= tolerance and _same_size_band(anchor, run, tolerance):
                group.append(run)
                continue
        groups.append([run])
    return groups


def _same_size_band(a: Run, b: Run, tolerance: float) -> bool:
    # A much smaller run a little above the baseline is a marker: it joins its line later,
    # where the geometry says which line that is.
    small, large = sorted((a.size, b.size))
    return small >= 0.75 * large or large - small < 2 or abs(a.y - b.y) <= 0.4 * tolerance


def _attach_raised(groups: list[list[Run]]) -> list[list[Run]]:
    """Small raised (or lowered) runs joined to the line they sit on."""
    sizes = [_dominant_size(group) for group in groups]
    # Each group's left and right edge, kept up to date as runs join it.
    extents = [(min(r.x0 for r in group), max(r.x1 for r in group)) for group in groups]
    kept: list[list[Run]] = []
    attached: set[int] = set()
    for index, group in enumerate(groups):
        host = _host(groups, sizes, extents, index)
        if host is not None:
            groups[host].extend(group)
            (x0, x1), (gx0, gx1) = extents[host], extents[index]
            extents[host] = (min(x0, gx0), max(x1, gx1))
            attached.add(index)
    for index, group in enumerate(groups):
        if index not in attached:
            kept.append(group)
    return kept


def _host(groups, sizes, extents, index: int) -> int | None:
    size = sizes[index]
    y = groups[index][0].y
    x0, x1 = extents[index]
    best = None
    for other in range(max(0, index - 3), min(len(groups), index + 4)):
        line_size = sizes[other]
        if other == index or line_size < 1.15 * size:
            continue
        rise = y - groups[other][0].y
        if not -0.35 * line_size <= rise <= 0.75 * line_size:
            continue
        left, right = extents[other]
        if x1 < left - 1.5 * line_size or x0 > right + 1.5 * line_size:
            continue
        if best is None or abs(rise) < abs(y - groups[best][0].y):
            best = other
    return best


def _line(group: list[Run], words: set[str]) -> Line:
    group.sort(key=lambda run: run.x0)
    size = _dominant_size(group)
    body = [run for run in group if run.size >= 0.8 * size]
    baseline = min(run.y for run in body) if body else group[0].y
    spans: list[Span] = []
    previous: Run | None = None
    for run in group:
        marker = _is_marker(run, size, baseline)
        text = run.text
        if previous is not None and _spaced(previous, run, size, marker, spans, words):
            text = " " + text.lstrip()
        spans.append(Span(text, run.italic, marker))
        previous = run
    fonts = frozenset(run.font for run in group)
    return Line(baseline, group[0].x0, max(r.x1 for r in group), size, spans, fonts)


def _is_marker(run: Run, line_size: float, baseline: float) -> bool:
    return (
        run.size < 0.85 * line_size
        and run.y - baseline > 0.12 * line_size
        and bool(_MARKER_TEXT.fullmatch(run.text.strip()))
    )


def _spaced(
    previous: Run, run: Run, size: float, marker: bool, spans: list[Span], words: set[str]
) -> bool:
    if previous.text[-1:].isspace() or run.text[:1].isspace():
        return False
    gap = run.x0 - previous.x1
    if marker:
        return False  # a marker sits on the word it follows ("Development⁶")
    if spans[-1].marker:
        return gap > 0.08 * size
    gap /= min(size, max(previous.size, run.size)) or 1.0
    if gap < TOUCHING:
        return False
    if gap >= SPACED:
        return True
    if run.text.startswith(_NO_SPACE_BEFORE):
        return False
    before = _last_word("".join(span.text for span in spans))
    after = _first_word(run.text)
    if before and after:
        joined = before + after in words
        apart = before in words and after in words
        if joined != apart:  # only one reading is a word the document prints
            return apart
    # "in to" and "into", or no evidence either way: the gap alone decides.
    return gap > WORD_GAP


def _last_word(text: str) -> str:
    found = _WORD.findall(text[-40:].lower().rsplit(None, 1)[-1]) if text.strip() else []
    return found[-1] if found else ""


def _first_word(text: str) -> str:
    found = _WORD.findall(text[:40].lower().split(None, 1)[0]) if text.strip() else []
    return found[0] if found else ""
