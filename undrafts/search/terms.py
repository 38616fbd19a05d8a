"""What a typed phrase searches for: its words, in order. Plain Python, no Django.

A word is a run of letters, digits and combining marks in any script ("ж", "التنمية",
"共和国", "2021"); everything else (spaces, punctuation, quotes, dashes, "%", "_") only
separates words. Both indexes cut paragraphs the same way (SQLite's unicode61 tokenizer,
PostgreSQL's parser after separators are turned into spaces), so a phrase matches when
its words appear in that order, whatever punctuation or spacing stands between them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

MAX_PHRASE_LENGTH = 300
# More words than any phrase a negotiator quotes; each one is a term of the index query.
MAX_WORDS = 40

_WORD_CATEGORIES = ("L", "N", "M")
_PRIVATE_USE = "Co"
# Neither letter nor digit (nor, in Python's sense, a word character other than "_").
_SEPARATORS = re.compile(r"[\W_]+")


class SearchRefused(ValueError):
    """A phrase that cannot be searched for; the message says why, for the visitor."""


@dataclass(frozen=True)
class Phrase:
    """The phrase as typed, spaces collapsed (`text`), and its words in order (`words`).

    The last word may be the beginning of a word ("shared fut" finds "shared future").
    """

    text: str
    words: tuple[str, ...]


def is_word_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in _WORD_CATEGORIES or category == _PRIVATE_USE


@functools.lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """A word as the highlighter compares it: lower case, accents dropped, as SQLite does."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # A word made only of marks (some scripts) keeps them rather than vanish.
    return unicodedata.normalize("NFC", stripped or decomposed)


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of `text`, in order.

    The regular expression finds what is neither letter nor digit in C; only a run of
    such characters that is not plain ASCII is looked at again, for the combining marks
    and private-use characters that belong to words.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for separator in _SEPARATORS.finditer(text):
        run = separator.group()
        cuts = [separator.span()] if run.isascii() else _separators_in(run, separator.start())
        for cut_start, cut_end in cuts:
            if cut_start > start:
                spans.append((start, cut_start))
            start = cut_end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _separators_in(run: str, offset: int) -> list[tuple[int, int]]:
    cuts: list[tuple[int, int]] = []
    cut_start = None
    for index, char in enumerate(run, start=offset):
        if is_word_char(char):
            if cut_start is not None:
                cuts.append((cut_start, index))
                cut_start = None
        elif cut_start is None:
            cut_start = index
    if cut_start is not None:
        cuts.append((cut_start, offset + len(run)))
    return cuts


def phrase_parse(query: str) -> Phrase:
    """The phrase to search for, or SearchRefused with a message a visitor can act on."""
    text = " ".join((query or "").split())
    if not text:
        raise SearchRefused("Type a phrase to search for.")
    if len(text) > MAX_PHRASE_LENGTH:
        raise SearchRefused(
            f"A phrase can be at most {MAX_PHRASE_LENGTH} characters long; "
            f"this one has {len(text)}. Search for a shorter part of it."
        )
    if "\x00" in text:
        raise SearchRefused("The phrase contains a character that cannot be searched for.")
    # A combining mark alone (typed by itself) is no word to look for.
    words = tuple(
        text[start:end]
        for start, end in word_spans(text)
        if any(unicodedata.category(char)[0] != "M" for char in text[start:end])
    )
    if not words:
        raise SearchRefused(
            f"“{text}” has no letters or digits to search for: "
            "punctuation and symbols alone match nothing. Type a word or a phrase."
        )
    if len(words) > MAX_WORDS:
        raise SearchRefused(
            f"A phrase can have at most {MAX_WORDS} words; this one has {len(words)}. "
            "Search for a shorter part of it."
        )
    return Phrase(text=text, words=words)
