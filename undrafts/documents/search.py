"""Phrase search: every paragraph, across all documents, that contains a phrase.

Negotiators ask "when did this phrase first appear?". The answer is every paragraph
whose current wording contains the phrase, oldest document first, the earliest marked.

On PostgreSQL the database narrows the candidates with a full-text phrase query; on any
database the candidates are then confirmed by a case-insensitive containment check on
normalised text (whitespace collapsed, curly quotes straightened, dashes unified), so
both back ends return exactly the same paragraphs.
"""

from __future__ import annotations

import re

from django.db import connection
from django.db.models import F, QuerySet

from .models import Paragraph

MAX_PHRASE_LENGTH = 300

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": "",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Text as the search compares it: one kind of quote and dash, single spaces, lower case."""
    # Lower-cased a character at a time, as phrase_spans() does, so offsets line up.
    folded = "".join(char.lower() for char in (text or "").translate(_QUOTES))
    return _SPACE.sub(" ", folded).strip()


def phrase_search(phrase: str, limit: int = 100) -> list[dict]:
    """Every paragraph containing `phrase`, by document date then symbol; the earliest first.

    Each result: {"symbol", "document_title", "date", "text_heading", "text_position",
    "label", "anchor", "kind", "text", "first"} where "first" marks the earliest occurrence.
    """
    needle = normalise(phrase)[:MAX_PHRASE_LENGTH].strip()
    if not needle or limit <= 0:
        return []
    candidates = _candidates(needle)
    rows = candidates.select_related("text__document").order_by(
        F("text__document__date").asc(nulls_last=True),
        "text__document__symbol",
        "text__position",
        "position",
    )
    results: list[dict] = []
    for paragraph in rows.iterator(chunk_size=500):
        if needle not in normalise(paragraph.content):
            continue
        document = paragraph.text.document
        results.append(
            {
                "symbol": document.symbol,
                "document_title": document.title,
                "date": document.date,
                "text_heading": paragraph.text.heading,
                "text_position": paragraph.text.position,
                "label": paragraph.label,
                "anchor": paragraph.anchor,
                "kind": paragraph.kind,
                "text": paragraph.content,
                "first": not results,
            }
        )
        if len(results) >= limit:
            break
    return results


def _candidates(needle: str) -> QuerySet[Paragraph]:
    """Paragraphs that may contain the phrase; the caller confirms each one.

    The phrase may begin or end inside a word ("shared fut"), so only its inner words are
    sure to be whole words of a matching paragraph. On PostgreSQL those go to a full-text
    query. It is an AND of words, not a phrase query: a phrase query misses "working open"
    in "working open-ended group", because the parser gives "open-ended" a position of
    its own before "open" and "ended". Words with digits are left out ("1.13" is one
    token there). The longest word also narrows with a case-insensitive LIKE.
    """
    paragraphs = Paragraph.objects.filter(text__document__withdrawn=False)
    words = _WORD.findall(needle)
    if not words:
        # Only punctuation: nothing to narrow on; every paragraph is a candidate.
        return paragraphs
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        inner = [w for w in words[1:-1] if w.isalpha()]
        if inner:
            paragraphs = paragraphs.annotate(
                search=SearchVector("content", config="simple")
            ).filter(search=SearchQuery(" ".join(inner), search_type="plain", config="simple"))
        return paragraphs.filter(content__icontains=max(words, key=len))
    # SQLite's LIKE folds ASCII case only: narrow on the longest plain-ASCII word.
    ascii_words = [w for w in words if w.isascii()]
    if ascii_words:
        return paragraphs.filter(content__icontains=max(ascii_words, key=len))
    return paragraphs


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where the phrase occurs in `text`, as (start, end) offsets into the original text.

    Matching is on normalised text, as the search does, so a curly quote or a double space
    in the paragraph still lines up with what was typed.
    """
    needle = normalise(phrase)[:MAX_PHRASE_LENGTH].strip()
    if not needle or not text:
        return []
    chars: list[str] = []
    origins: list[int] = []
    previous_space = True  # drop leading spaces, as normalise() strips them
    for index, char in enumerate(text):
        for folded in char.translate(_QUOTES).lower():
            if folded.isspace():
                if previous_space:
                    continue
                folded = " "
                previous_space = True
            else:
                previous_space = False
            chars.append(folded)
            origins.append(index)
    haystack = "".join(chars)
    spans: list[tuple[int, int]] = []
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle) - 1
        spans.append((origins[start], origins[end] + 1))
        start = haystack.find(needle, start + len(needle))
    return spans


def highlight_pieces(text: str, phrase: str) -> list[tuple[str, bool]]:
    """The text cut into (piece, is_match) for a template to mark matches with <mark>."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, end in phrase_spans(text, phrase):
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces
