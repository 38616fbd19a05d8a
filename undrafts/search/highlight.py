"""Which words of a paragraph to mark for a phrase. Plain Python, no Django.

The index found the paragraph; this finds where in it the phrase's words stand, in
order, so the page can wrap them in <mark>. The pieces are plain text: the template
escapes them, so a paragraph holding markup shows it as text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .terms import fold, is_word_char, word_spans


def phrase_spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each place the words follow one another in `text`; the last word
    may be the beginning of a longer word, as in the search."""
    wanted = [fold(word) for word in words]
    if not wanted or not text:
        return []
    if all(word.isascii() for word in wanted) and _ascii_words(text):
        return [match.span() for match in _ascii_phrase(tuple(wanted)).finditer(text)]
    return _word_by_word(text, wanted)


def _word_by_word(text: str, wanted: list[str]) -> list[tuple[int, int]]:
    """The rule itself, for any text: cut into words, fold each, and look for the run."""
    spans = word_spans(text)
    folded = [fold(text[start:end]) for start, end in spans]
    found: list[tuple[int, int]] = []
    index, size = 0, len(wanted)
    while index + size <= len(spans):
        head = folded[index : index + size - 1]
        if head == wanted[:-1] and folded[index + size - 1].startswith(wanted[-1]):
            found.append((spans[index][0], spans[index + size - 1][1]))
            index += size
        else:
            index += 1
    return found


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_words(text: str) -> bool:
    """Whether every word of `text` is plain ASCII: outside ASCII it holds only
    separators (curly quotes, dashes, no-break spaces), no letter, digit or mark."""
    return text.isascii() or not any(is_word_char(m.group()) for m in _NON_ASCII.finditer(text))


@functools.lru_cache(maxsize=256)
def _ascii_phrase(words: tuple[str, ...]) -> re.Pattern:
    """The same rule as below as one expression, for text whose words are plain ASCII:
    whole words in order with only separators between, the last one possibly longer."""
    body = r"[\W_]+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![^\W_]){body}[^\W_]*", re.IGNORECASE)


def word_spans_matching(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each word of `text` that is one of `words` (or begins like the
    last), for near matches, where the words need not follow one another."""
    wanted = {fold(word) for word in words[:-1]}
    last = fold(words[-1]) if words else ""
    found = []
    for start, end in word_spans(text or ""):
        word = fold(text[start:end])
        if word in wanted or (last and word.startswith(last)):
            found.append((start, end))
    return found


def pieces(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The text cut into (piece, is_match) for a template to mark matches with <mark>."""
    cut: list[tuple[str, bool]] = []
    position = 0
    for start, end in spans:
        if start > position:
            cut.append((text[position:start], False))
        cut.append((text[start:end], True))
        position = end
    if position < len(text):
        cut.append((text[position:], False))
    return cut


def highlight_pieces(text: str, words: Sequence[str]) -> list[tuple[str, bool]]:
    """The text cut into pieces with the phrase's words, in order, marked."""
    return pieces(text, phrase_spans(text, words))
