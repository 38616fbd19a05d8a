"""Ordinals as UN texts print them, in words or figures: "seventy-fifth", "one hundred and
first", "75th". One range for every reader (sessions, paragraphs, the diff's technical
check): 1 to 999.

Plain Python, no Django: the diffing engine reads sessions with it too.
"""

from __future__ import annotations

import re

LOWEST, HIGHEST = 1, 999

_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
# "twent" + "ieth" / "y-first": the stems of twenty to ninety
_TENS = ("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet")


def _below_hundred() -> dict[str, int]:
    words = {w: n for n, w in enumerate(_UNITS, 1)} | {w: n for n, w in enumerate(_TEENS, 10)}
    for n, stem in enumerate(_TENS, 2):
        words[f"{stem}ieth"] = 10 * n
        for k, unit in enumerate(_UNITS, 1):
            words[f"{stem}y-{unit}"] = 10 * n + k
    return words


_BELOW_HUNDRED = _below_hundred()
_HUNDREDS = {word: 100 * n for n, word in enumerate(_CARDINALS, 1)}

_UNDER_HUNDRED = (
    rf"(?:(?:{'|'.join(_TENS)})y(?:-\s*|\s+)(?:{'|'.join(_UNITS)})"
    rf"|(?:{'|'.join(_TENS)})ieth|{'|'.join(_TEENS + _UNITS)})"
)
_HUNDRED = rf"(?:(?:{'|'.join(_CARDINALS)})\s+)?hundred"
# An ordinal in a longer text (match it case-insensitively); "eighty- first" is a word the
# text layer broke at its hyphen.
ORDINAL = (
    rf"(?:(?:{_HUNDRED}\s+and\s+)?{_UNDER_HUNDRED}|{_HUNDRED}th"
    r"|[1-9]\d{0,2}(?:st|nd|rd|th))"
)
_WORDS = re.compile(
    rf"(?:(?P<hundreds>{_HUNDRED})(?:th|\s+and\s+(?P<rest>{_UNDER_HUNDRED}))|{_UNDER_HUNDRED})"
)
_FIGURES = re.compile(r"([1-9]\d{0,2})(?:st|nd|rd|th)")
_SPACE = re.compile(r"\s+")


def ordinal_value(text: str) -> int | None:
    """ "Seventy-fifth" -> 75, "one hundred and first" -> 101, "75th" -> 75; None if `text`
    is not one ordinal from 1 to 999."""
    words = _SPACE.sub(" ", text.strip().casefold())
    figures = _FIGURES.fullmatch(words)
    if figures:
        return int(figures.group(1))
    found = _WORDS.fullmatch(words)
    if not found:
        return None
    value = 0
    if found.group("hundreds"):
        hundreds = found.group("hundreds").split()
        value = _HUNDREDS[hundreds[0]] if len(hundreds) == 2 else 100
        words = found.group("rest") or ""
    if words:
        value += _BELOW_HUNDRED[re.sub(r"y(?:- ?| )", "y-", words, count=1)]
    return value
