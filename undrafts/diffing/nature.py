"""Technical or substantive: is a changed paragraph only the annual update of its references?

A delegate comparing this year's draft with last year's resolution first sets aside the
rows where only the session ("seventy-ninth" -> "eightieth"), a year, a date, a cited
symbol or resolution number ("78/243" -> "79/240", "A/79/123"), a paragraph or footnote
number cited, or a section heading's own number ("II" -> "III") changed. Those rows are
``technical``; every other change is ``substantive``.

The rule is conservative: each text is reduced to a skeleton in which every span of those
classes becomes a placeholder of its class, and the row is technical only when the two
skeletons are equal (spacing aside, which the text layer damages: "av ailable"). A word
added, dropped or replaced anywhere else, one reference more or fewer, a number that is
not a reference ("81 per cent"), an ordinal that is not a session's ("the third cycle"),
a capital letter or "Also" -> "Further": all substantive.

One more guard, since a session number can carry a decision: the sessions and years that
changed must all advance by the step the rest of the comparison advances by ("eightieth"
-> "eighty-second" where every other reference moved on one year is a decision to take
the item up every other year, not an update).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from undrafts.parsing.ordinals import ORDINAL as _ORDINAL
from undrafts.parsing.ordinals import ordinal_value

from .normalize import clean
from .rows import Row
from .words import rebuild

TECHNICAL = "technical"
SUBSTANTIVE = "substantive"

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DAY = r"\d{1,2}"
# "22 December 2023", "4 and 5 April 2024", "December 2023", "4 April"
_DATE = (
    rf"(?:{_DAY}(?:\s*(?:-|and|to)\s*{_DAY})?\s+{_MONTH}(?:\s+(?:19|20)\d\d)?"
    rf"|{_MONTH}\s+(?:19|20)\d\d)"
)
# Document symbols with a number in them ("A/79/123", "A/RES/78/245", "A/C.5/79/L.12/Rev.1",
# "S/RES/2397 (2017)"); resolution and decision numbers ("78/245", "57/283 B", Security
# Council "2397 (2017)", early General Assembly "14 (I)").
_PART = r"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*"
_SYMBOL = (
    rf"(?:(?=[A-Z][A-Za-z0-9.]*/)(?=[A-Za-z0-9./]*\d){_PART}(?:/{_PART})+(?:\s*\((?:19|20)\d\d\))?)"
)
_NUMBERED = (
    r"(?:\d+/\d+(?:\s+[A-H](?![\w-]))?"
    r"|\d{3,4}\s*\((?:19|20)\d\d\)"
    r"|\d{1,4}\s*\([IVXL]+\)(?![\w-]))"
)
# A citation keeps its class when its date is added or dropped ("57/283 B of 15 April 2003").
_REFERENCE = rf"(?:(?:{_SYMBOL}|{_NUMBERED})(?:,?\s+of\s+{_DATE})?)"

_SESSION_WORDS = r"(?:(?:regular|special|emergency|resumed|substantive|organizational)\s+)*"
# One or more session ordinals ("seventy-ninth and eightieth sessions") before "session".
_SESSIONS = (
    rf"(?i:{_ORDINAL}(?:\s*(?:,|and|to|-)\s*{_ORDINAL})*\s+{_SESSION_WORDS}sessions?(?![\w-]))"
)
_YEAR = r"(?:(?:19|20)\d\d(?![\w/]))"
# Numbers of paragraphs and footnotes cited: "paragraph 78 of its resolution", "paras. 5-7".
_CITED_NUMBER = (
    r"(?i:(?:sub-?)?paragraphs?|paras?\.|footnotes?)\s+\d+(?:\s*\([a-z]+\))*"
    r"(?:\s*(?:,|and|to|-)\s*\d+(?:\s*\([a-z]+\))*)*"
)

_SPANS = (
    rf"(?:(?P<reference>{_REFERENCE})|(?P<date>{_DATE})|(?P<sessions>{_SESSIONS})"
    rf"|(?P<year>{_YEAR})|(?P<cited>{_CITED_NUMBER}))"
)
# A technical span starts where no word, "/", "." or "-" runs into it. The look-ahead at the
# characters a span can start with (a digit; a capital: symbol, month; the first letters of
# an ordinal and of "paragraph", "sub-paragraph", "footnote"; U+017F, an "s" to a regex that
# ignores case) lets the regex engine skip the rest without trying each branch: a comparison
# reads every changed paragraph with it.
_STARTS = r"(?=[\dA-Zefhnopst\u017f])(?<![\w/.-])"
_FAST = re.compile(_STARTS + _SPANS)
# Without the sessions branch, the slowest, for the many texts that name no session.
_FAST_NO_SESSION = re.compile(
    rf"{_STARTS}(?:(?P<reference>{_REFERENCE})|(?P<date>{_DATE})|(?P<year>{_YEAR})"
    rf"|(?P<cited>{_CITED_NUMBER}))"
)
_SESSION_WORD = re.compile(r"(?i:session)")
# A section heading's own number, which moves when a section comes in or goes before it
# (A/RES/79/117 "II Rules of procedure and methods of work" is A/RES/80/161's "III ...").
_HEADING_NUMBER = re.compile(r"^(?:[IVXLC]+|[A-Z])\.?(?=\s+[A-Z])")
_ORDINAL_RE = re.compile(_ORDINAL, re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d+")
# placeholders: private-use characters, never in a text after clean()
_MARK = {"reference": "\ue000", "date": "\ue001", "session": "\ue002", "year": "\ue003"}
_CITED_MARK = "\ue004"
_HEADING_MARK = "\ue005"
# What changed of a session or a year: (kind, old value, new value).
Step = tuple[int, int]


def skeleton(text: str) -> tuple[str, list[int]]:
    """The text with every technical span replaced by its class's placeholder, spacing
    removed; and the values of its sessions and years, in order (for the step check)."""
    values: list[int] = []

    def mark(m: re.Match) -> str:
        kind = m.lastgroup
        found = m.group()
        if kind == "sessions":

            def session(ordinal: re.Match) -> str:
                values.append(ordinal_value(ordinal.group()))
                return _MARK["session"]

            return _ORDINAL_RE.sub(session, found).lower()
        if kind == "year":
            values.append(int(found))
            return _MARK["year"]
        if kind == "cited":
            word = found.split(None, 1)[0]
            return word.lower() + _CITED_MARK * len(_NUMBER_RE.findall(found))
        return _MARK[kind]

    text = _HEADING_NUMBER.sub(_HEADING_MARK, clean(text), count=1)
    pattern = _FAST if _SESSION_WORD.search(text) else _FAST_NO_SESSION
    return "".join(pattern.sub(mark, text).split()).rstrip(",;:."), values


def steps(left: str, right: str) -> list[Step] | None:
    """How each session and year moved between two wordings, or None when something other
    than technical spans differs (the row is substantive whatever the steps)."""
    a, a_values = skeleton(left)
    b, b_values = skeleton(right)
    if a != b:
        return None
    return [(old, new) for old, new in zip(a_values, b_values, strict=True) if old != new]


# The session (General Assembly: "A/RES/79/248", "A/C.2/80/L.16", "A/80/L.5") or year
# ("E/RES/2020/12", "S/2016/1100") a symbol was issued in.
_ISSUED = re.compile(r"^(A|E|S)/(?:[A-Z]+(?:\.\d+)?/)*(\d{1,4})/")


def _issued(symbol: str) -> tuple[str, int] | None:
    m = _ISSUED.match(symbol)
    if m is None or (m.group(1) == "A" and "HRC" in symbol.split("/")):
        return None  # the Human Rights Council holds three sessions a year
    number = int(m.group(2))
    return ("year" if number >= 1900 else "session"), number


def expected_step(
    left_symbol: str, right_symbol: str, all_steps: Iterable[list[Step]]
) -> int | None:
    """How far sessions and years should move between the two texts: the sessions (or
    years) their symbols were issued in, 0 for a draft and its resolution; when the symbols
    do not say, the step two or more changed values agree on most. None: no step known,
    so any session or year that moved is substantive."""
    left, right = _issued(left_symbol), _issued(right_symbol)
    if left and right and left[0] == right[0]:
        return right[1] - left[1]
    counts = Counter(new - old for found in all_steps for old, new in found)
    if not counts:
        return None
    step, seen = counts.most_common(1)[0]
    return step if seen >= 2 else None


def nature(found: list[Step] | None, step: int | None) -> str:
    """``technical`` when only technical spans differ and every session and year that moved
    moved by the comparison's common step."""
    if found is None:
        return SUBSTANTIVE
    if any(new - old != step for old, new in found):
        return SUBSTANTIVE
    return TECHNICAL


def classify(rows: list[Row], *, left_symbol: str = "", right_symbol: str = "") -> list[Row]:
    """The rows with ``nature`` set on every pairing row that is not unchanged. A move, a
    split or a merge is itself substantive; a reworded paragraph is technical only by the
    skeleton rule above."""
    found = {k: steps(*rebuild(row.words)) for k, row in enumerate(rows) if row.op == "changed"}
    step = expected_step(left_symbol, right_symbol, (f for f in found.values() if f))
    out = []
    for k, row in enumerate(rows):
        if row.pairs and row.is_change:
            kind = nature(found[k], step) if k in found else SUBSTANTIVE
            row = replace(row, nature=kind)
        out.append(row)
    return out
