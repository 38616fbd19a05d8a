"""Headings inside a text: annexes, parts, chapters, articles and sections.

A heading is a line of its own: "Annex", "Annex II Programme of action", "Chapter I General
provisions", "Article 8 Missing information", "IV. Product risk identification", "I Calendar
of conferences", "B. Follow-up". Its title may stand on the line or on the next one. It ends
with no comma, semicolon or colon, and is short: a sentence that starts "Article 5 of the
Convention ..." is text, not a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROMAN_NUMERAL = r"[IVXLC]{1,7}"
_ANNEX = re.compile(rf"^Annex(?:\s+({_ROMAN_NUMERAL}|\d{{1,2}}|[A-Z]))?(?=\s|$)\s*(.*)$")
_DIVISION = re.compile(
    rf"^(Part|Chapter|Article|Section)\s+({_ROMAN_NUMERAL}|\d{{1,3}}(?:\s?(?:bis|ter))?|[A-Z])"
    r"(?=[\s.:]|$)[.:]?\s*(.*)$"
)
_ROMAN_SECTION = re.compile(rf"^({_ROMAN_NUMERAL})\.?(?=\s|$)\s*(.*)$")
_LETTER_SECTION = re.compile(r"^([A-Z])\.(?=\s|$)\s*(.*)$")
_VALID_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_SHORT = {"Part": "Part", "Chapter": "Ch", "Article": "Art", "Section": "Sec"}
TITLE_WORDS = 25  # a heading's title is at most this long; a longer line is a paragraph


@dataclass(frozen=True)
class Heading:
    level: str  # "annex" | "part" | "chapter" | "article" | "section" | "subsection"
    number: str  # as printed: "II", "8", "B"; "" for an annex without a number
    title: str  # what follows the number on the same line ("" when on the next line)

    @property
    def label(self) -> str:
        """ "Annex II", "Ch.I", "Art.8", "Sec.IV"; a subsection's is completed by the reader."""
        if self.level == "annex":
            return f"Annex {self.number}".strip()
        if self.level in ("section", "subsection"):
            return f"Sec.{self.number}"
        return f"{_SHORT[self.level.capitalize()]}.{self.number.replace(' ', '')}"


def title_like(text: str) -> bool:
    """Short, and ending as a title does: without a comma, semicolon or colon, and not a
    sentence ending in a full stop."""
    words = text.split()
    if not words or len(words) > TITLE_WORDS:
        return False
    last = text.rstrip(" \"'”’)]»")[-1:]
    if last in (",", ";", ":"):
        return False
    return not (last == "." and len(words) > 12)


def _title_ok(title: str) -> bool:
    """What follows a heading's number: nothing, or a capitalised title."""
    if not title:
        return True
    first = title[:1]
    return (first.isupper() or first in "“\"'‘(") and title_like(title)


def annex_heading(text: str) -> Heading | None:
    match = _ANNEX.match(text)
    if not match:
        return None
    number, title = match.group(1) or "", match.group(2)
    if number and len(number) > 1 and not _VALID_ROMAN.match(number):
        return None
    if not _title_ok(title):
        return None
    return Heading("annex", number, title)


def division_heading(text: str) -> Heading | None:
    """A part, chapter, article or numbered section heading, or None."""
    match = _DIVISION.match(text)
    if match:
        if not _title_ok(match.group(3)):
            return None
        return Heading(match.group(1).lower(), match.group(2), match.group(3))
    match = _ROMAN_SECTION.match(text)
    if match and _VALID_ROMAN.match(match.group(1)) and _title_ok(match.group(2)):
        if match.group(1) == "I" and not match.group(2):
            return None  # a lone "I" is more likely a word than section I
        return Heading("section", match.group(1), match.group(2))
    match = _LETTER_SECTION.match(text)
    if match and _title_ok(match.group(2)) and match.group(2):
        return Heading("subsection", match.group(1), match.group(2))
    return None


def heading_of(text: str) -> Heading | None:
    return annex_heading(text) or division_heading(text)
