"""Lines to paragraphs and footnotes, in the seed format.

A paragraph ends where the line spacing opens up, where the type size changes, or at an
indented line after closing punctuation. Footnotes (set smaller, opening with their
marker, or below the rule at the page foot) are kept apart as "¹ text" definitions and
written after the paragraph they interrupt, which carries on across the page break as
one paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from .markup import join_spans, superscript, tidy_line
from .pdf_furniture import PageLines
from .pdf_lines import Line

_NUMBERED_START = re.compile(r"^(\d{1,3}(\.\d{1,3})*\.?|\([a-z]{1,4}\)|\([ivxlc]+\))\s")
_CLOSES = (",", ";", ":", ".", "!", "?")
_CLOSES_QUOTED = tuple(f"{p}{q}" for p in _CLOSES for q in "”’\"')")
_NOTE_NUMBER = re.compile(r"^\d{1,3}\s+\S")
_DASHES = ("-", "–", "—", "\u2011")

Spans = list[tuple[str, bool]]


@dataclass
class Layout:
    """What the document's body text looks like, to tell a new paragraph from a next line."""

    body_size: float
    margin: float
    leading: dict[float, float]
    indents: bool  # paragraphs open with an indented first line


def _dominant(values: list[tuple[float, int]]) -> float:
    weights: Counter = Counter()
    for value, weight in values:
        weights[value] += weight
    return weights.most_common(1)[0][0] if weights else 0.0


def body_size(pages: list[list[Line]]) -> float:
    return _dominant([(round(ln.size, 1), len(ln.text)) for page in pages for ln in page])


def _leading(lines: list[Line]) -> dict[float, float]:
    """The usual distance between lines of one paragraph, for each type size."""
    gaps: dict[float, Counter] = {}
    for above, below in itertools.pairwise(lines):
        size = round(below.size, 1)
        gap = above.y - below.y
        if size and 0 < gap < 2.2 * size and abs(above.size - below.size) < 0.5:
            gaps.setdefault(size, Counter())[round(gap * 2) / 2] += 1
    leading = {}
    for size, counter in gaps.items():
        # The smallest gap that is common: paragraph spacing is the larger, rarer one.
        common = [gap for gap, n in counter.items() if n >= max(2, 0.15 * counter.total())]
        leading[size] = min(common) if common else min(counter)
    return leading


def _layout(pages: list[list[Line]]) -> Layout:
    size = body_size(pages)
    body = [line for page in pages for line in page if abs(line.size - size) < 0.5]
    margin = _dominant([(round(line.x0), len(line.text)) for line in body])
    collected: dict[float, list[float]] = {}
    for page in pages:
        for line_size, gap in _leading(page).items():
            collected.setdefault(line_size, []).append(gap)
    usual = {s: sorted(gaps)[len(gaps) // 2] for s, gaps in collected.items()}
    starts = indented = 0
    for page in pages:
        for above, below in itertools.pairwise(page):
            if abs(below.size - size) >= 0.5 or abs(above.size - size) >= 0.5:
                continue
            if above.y - below.y > usual.get(size, 1.2 * size) + max(1.5, 0.2 * size):
                starts += 1
                if below.x0 > margin + 0.8 * size or _NUMBERED_START.match(below.text):
                    indented += 1
    return Layout(size, margin, usual, indents=starts >= 3 and indented >= 0.6 * starts)


def paragraphs(pages: list[PageLines]) -> str:
    """The text: paragraphs one per line, blank lines between, footnotes after."""
    layout = _layout([page.lines for page in pages])
    out: list[Spans] = []
    pending_notes: list[Spans] = []
    body: Spans | None = None
    note: Spans | None = None
    body_last: tuple[int, Line] | None = None
    for page_number, page in enumerate(pages):
        for line in page.lines:
            small = line.size < 0.9 * layout.body_size
            below_rule = page.notes_from is not None and line.y < page.notes_from
            marker = line.opens_with_marker
            # Some layouts print the footnote's own number at the note's size, not raised.
            numbered = (small or below_rule) and not marker and bool(_NOTE_NUMBER.match(line.text))
            spans = _spans(line, opens_note=(small or below_rule) and marker)
            if numbered:
                spans = _raise_note_number(spans)
            if (small or below_rule) and (marker or numbered or note is not None):
                # Every footnote opens with its marker; anything else carries the last one on.
                if marker or numbered:
                    if note:
                        pending_notes.append(note)
                    note = list(spans)
                else:
                    _join(note, spans)
                continue
            if note:
                pending_notes.append(note)
                note = None
            page_start = body_last is not None and body_last[0] != page_number
            if body is None or _breaks(body_last[1], line, layout, page_start):
                if body:
                    out.append(body)
                out.extend(pending_notes)
                pending_notes = []
                body = list(spans)
            else:
                _join(body, spans)
            body_last = (page_number, line)
    if body:
        out.append(body)
    if note:
        pending_notes.append(note)
    out.extend(pending_notes)
    texts = [tidy_line(join_spans(spans)) for spans in out]
    return "\n\n".join(text for text in texts if text) + "\n"


def _spans(line: Line, opens_note: bool) -> Spans:
    spans: Spans = []
    first = opens_note
    for span in line.spans:
        if span.marker:
            marker = superscript(span.text.strip().replace(" ", ""))
            lead = " " if span.text[:1].isspace() else ""
            spans.append((lead + marker + (" " if first else ""), False))
        else:
            spans.append((span.text, span.italic))
        if span.text.strip():
            first = False
    return spans


def _breaks(previous: Line, line: Line, layout: Layout, page_start: bool) -> bool:
    size, before = line.size, previous.prose
    if abs(size - previous.size) > 0.75:
        return True
    closes = before.endswith(_CLOSES) or before.endswith(_CLOSES_QUOTED)
    numbered = bool(_NUMBERED_START.match(line.text))
    indented = line.x0 > layout.margin + 0.8 * size
    if page_start:
        # Across a page break the spacing tells nothing: go by the first-line indent where
        # the document uses one, else by the punctuation.
        if numbered:
            return True
        if layout.indents:
            return indented or (closes and _set_apart(previous, line))
        # A preambular paragraph ends with a comma and the next opens with a capital
        # ("Recalling", "Noting"); a sentence running on across the page rarely does both.
        return before.endswith((".", ";", ":", ",")) and line.text[:1].isupper()
    if numbered and closes:
        return True
    gap = previous.y - line.y
    usual = layout.leading.get(round(size, 1)) or 1.2 * size
    # A raised marker can push its line down a little in some layouts (HTML, Word's
    # "at least" spacing); the indent rule below still finds a paragraph start there.
    slack = max(1.5, 0.2 * size) + (0.45 * size if line.has_marker else 0)
    if gap > usual + slack or gap < -0.5 * size:
        return True
    return indented and line.x0 > previous.x0 + 0.8 * size and closes


def _set_apart(previous: Line, line: Line) -> bool:
    """A line wholly in another face than the one before ("Article 21" in italics, "VI.
    Corrective measures" in bold) opens a heading even at the margin, where the indent
    alone would carry a paragraph on across a page break."""
    return line.text[:1].isupper() and line.fonts.isdisjoint(previous.fonts)


def _raise_note_number(spans: Spans) -> Spans:
    """ "4 See …" as the seeds print a footnote: "⁴ See …" (the number may be its own run)."""
    for index, (text, italic) in enumerate(spans):
        if not text.strip():
            continue
        if text.strip().isdigit():
            return [*spans[:index], (superscript(text.strip()) + " ", False), *spans[index + 1 :]]
        raised = re.sub(r"^\s*(\d{1,3})\s+", lambda m: superscript(m.group(1)) + " ", text)
        return [*spans[:index], (raised, italic), *spans[index + 1 :]]
    return spans


def _join(current: Spans, spans: Spans) -> None:
    """Continue a paragraph on the next line: a space, or nothing after a hyphen."""
    opens_with_marker = bool(spans) and spans[0][0].lstrip()[:1] in "⁰¹²³⁴⁵⁶⁷⁸⁹"
    while current and not current[-1][0].strip():
        current.pop()
    if current:
        text, italic = current[-1]
        stripped = text.rstrip()
        tail = "".join(t for t, _ in current[-3:]).rstrip()
        if stripped.endswith("\u00ad"):
            current[-1] = (stripped[:-1], italic)
        elif (tail.endswith(_DASHES) and len(tail) > 1 and tail[-2].isalnum()) or opens_with_marker:
            # "capacity-" / "building", "2021–" / "2025": the dash joins; so does a marker.
            current[-1] = (stripped, italic)
        else:
            current[-1] = (stripped + " ", italic)
    if spans:
        first_text, first_italic = spans[0]
        spans = [(first_text.lstrip(), first_italic), *spans[1:]]
    current.extend(spans)
