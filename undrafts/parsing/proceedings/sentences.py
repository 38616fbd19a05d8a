"""The report's sentences: who submitted a draft, who joined, and how each vote went.

Pure Python, no Django.
"""

from __future__ import annotations

import re

from ..country_names import CountryName, normalise_country, split_country_list
from ..ordinals import ORDINAL, ordinal_value
from .records import (
    METHOD_RECORDED,
    METHOD_UNRECORDED,
    METHOD_WITHOUT_VOTE,
    SUBJECT_MOTION,
    SUBJECT_PARAGRAPH,
    SUBJECT_WHOLE,
    Intention,
    Vote,
)

# -- sentences --------------------------------------------------------------------------

_ABBREVIATIONS = ("para", "paras", "no", "nos", "rev", "corr", "add", "mr", "ms", "mrs", "dr")
_SENTENCE_END = re.compile(r"(?<=[.:;])\s+(?=(?:\([a-z]{1,3}\)\s+)?[A-Z\"“(])")


def sentences(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()]
        word = re.search(r"(\w+)\.$", before)
        if word and (
            word.group(1).casefold() in _ABBREVIATIONS
            or (len(word.group(1)) == 1 and word.group(1).isalpha())
        ):
            continue
        parts.append(before.strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


# -- symbols and names ------------------------------------------------------------------

_SYMBOL = r"[A-Z]{1,3}(?:/[A-Za-z0-9.]+)*?/L\.\d+(?:/(?:Rev|Add|Corr)\.\d+)*"
DRAFT_SYMBOL = re.compile(
    r"(?:draft\s+(?:resolution|decision)s?|amendments?|proposals?)\s*\(?\s*(" + _SYMBOL + r")"
)


def read_names(text: str, warnings: list[str], corrections: list[str]) -> list[str]:
    names = []
    for printed in split_country_list(text):
        country: CountryName = normalise_country(printed)
        if country.warning and country.warning not in warnings:
            warnings.append(country.warning)
        shown = re.sub(r"^the\s+", "", printed.strip(), flags=re.IGNORECASE)
        if not country.warning and country.name != shown:
            corrections.append(f"Printed “{shown}”, read as “{country.name}”.")
        names.append(country.name)
    return names


# -- votes --------------------------------------------------------------------------------

_NUMBER = r"(\d+|none|no)"
_RECORDED = re.compile(
    r"\bby\s+a\s+recorded\s+vote\s+of\s+"
    + _NUMBER
    + r"\s+to\s+"
    + _NUMBER
    + r"(?:,?\s+with\s+"
    + _NUMBER
    + r"\s+abstentions?)?",
    re.IGNORECASE,
)
_UNRECORDED = re.compile(
    r"\bby\s+"
    + _NUMBER
    + r"\s+votes?\s+to\s+"
    + _NUMBER
    + r"(?:,?\s+with\s+"
    + _NUMBER
    + r"\s+abstentions?)?",
    re.IGNORECASE,
)
_WITHOUT_VOTE = re.compile(r"\bwithout\s+a\s+vote\b", re.IGNORECASE)
_OUTCOME = re.compile(
    r"\b(not\s+adopted|adopted|retained|rejected|deleted|approved|carried|defeated)\b",
    re.IGNORECASE,
)
_RECOMMENDED = re.compile(
    r"\(see\s+para\.?\s*\d+,\s*(draft\s+(?:resolution|decision)\s+[IVXLC]+)\)", re.IGNORECASE
)
MEETING = re.compile(
    r"\bAt\s+(?:its|the)\s+(\d+(?:st|nd|rd|th)\s+meeting(?:,\s+on\s+\d{1,2}\s+[A-Z][a-z]+)?)"
)
LIST_HEADER = re.compile(
    r"^(in\s+favou?r|against|abstaining|abstentions?)\s*:?\s*(.*)$", re.IGNORECASE
)
_INTENTION = re.compile(
    r"(?:the\s+)?delegations?\s+of\s+(?P<country>.+?)\s+informed\s+the\s+Secretariat\s+that\s+"
    r"(?:it|they)\s+had\s+intended\s+to\s+(?P<intended>vote\s+in\s+favour|vote\s+against|"
    r"abstain|vote|not\s+(?:to\s+)?participate(?:\s+in\s+the\s+vote)?)",
    re.IGNORECASE,
)

_PP_ORDINAL = re.compile(
    r"\b(?:the\s+)?(" + ORDINAL + r")\s+preambular\s+paragraph\b", re.IGNORECASE
)
_PP_NUMBER = re.compile(r"\bpreambular\s+paragraphs?\s+(\d+)((?:\s*(?:,|and)\s*\d+)*)", re.I)
_OP_NUMBER = re.compile(
    r"\boperative\s+paragraphs?\s+(\d+(?:\s*\([a-z]{1,3}\))?(?:\.\d+)*)"
    r"((?:\s*(?:,|and)\s*\d+(?:\s*\([a-z]{1,3}\))?)*)",
    re.IGNORECASE,
)
_OP_ORDINAL = re.compile(r"\b(?:the\s+)?(" + ORDINAL + r")\s+operative\s+paragraph\b", re.I)


def paragraph_labels(phrase: str) -> list[str]:
    """Labels for a report's words: "the tenth preambular paragraph" -> ["PP10"]."""
    labels: list[str] = []
    for match in _PP_ORDINAL.finditer(phrase):
        value = ordinal_value(match.group(1))
        if value:
            labels.append(f"PP{value}")
    for match in _PP_NUMBER.finditer(phrase):
        labels.extend(f"PP{n}" for n in re.findall(r"\d+", match.group(1) + match.group(2)))
    for match in _OP_ORDINAL.finditer(phrase):
        value = ordinal_value(match.group(1))
        if value:
            labels.append(f"OP{value}")
    for match in _OP_NUMBER.finditer(phrase):
        first = re.sub(r"\s+", "", match.group(1))
        labels.append(f"OP{first}")
        for more in re.findall(r"\d+(?:\s*\([a-z]{1,3}\))?", match.group(2)):
            labels.append("OP" + re.sub(r"\s+", "", more))
    return list(dict.fromkeys(labels))


def _count(value: str | None) -> int | None:
    if value is None:
        return None
    return 0 if value.casefold() in ("none", "no") else int(value)


def vote_from(sentence: str, *, context_symbol: str) -> Vote | None:
    recorded = _RECORDED.search(sentence)
    unrecorded = None if recorded else _UNRECORDED.search(sentence)
    without = None if recorded or unrecorded else _WITHOUT_VOTE.search(sentence)
    found = recorded or unrecorded or without
    if not found:
        return None
    head = sentence[: found.start()]
    symbols = DRAFT_SYMBOL.findall(sentence)
    subject = SUBJECT_WHOLE
    labels: list[str] = []
    phrase = ""
    motion = re.search(
        r"\bmotion\s+for\s+(?:a\s+)?separate\s+votes?\s+on\s+(.+?)(?:\s+of\b|$)",
        head,
        re.IGNORECASE,
    )
    if motion:
        subject = SUBJECT_MOTION
        phrase = motion.group(1).strip()
        labels = paragraph_labels(phrase)
    else:
        labels = paragraph_labels(head)
        if labels and not re.search(r"\bas\s+a\s+whole\b", head, re.IGNORECASE):
            subject = SUBJECT_PARAGRAPH
            phrase_match = re.search(
                r"((?:the\s+)?(?:" + ORDINAL + r")\s+(?:preambular|operative)\s+paragraph"
                r"|(?:preambular|operative)\s+paragraphs?\s+[\d\s(),a-z.]+?)(?=\s+(?:of|was|were)\b)",
                head,
                re.IGNORECASE,
            )
            phrase = (phrase_match.group(1) if phrase_match else "").strip()
            if phrase:
                phrase = phrase[0].upper() + phrase[1:]
        else:
            labels = []
    vote = Vote(
        draft_symbol=symbols[-1] if symbols else context_symbol,
        subject=subject,
        method=(
            METHOD_RECORDED
            if recorded
            else METHOD_UNRECORDED
            if unrecorded
            else METHOD_WITHOUT_VOTE
        ),
        paragraphs=labels,
        paragraph_phrase=phrase,
        statement=sentence,
    )
    outcomes = _OUTCOME.findall(head)
    if outcomes:
        vote.outcome = re.sub(r"\s+", " ", outcomes[-1]).lower()
    if recorded or unrecorded:
        vote.yes, vote.no, vote.abstain = (_count(found.group(n)) for n in (1, 2, 3))
    recommended = _RECOMMENDED.search(sentence)
    if recommended:
        vote.recommended_as = recommended.group(1)[0].upper() + recommended.group(1)[1:]
    return vote


def read_intentions(text: str) -> list[Intention]:
    found = []
    for match in _INTENTION.finditer(text):
        intended = re.sub(r"\s+", " ", match.group("intended")).lower()
        intended = intended.removeprefix("vote ").strip()
        found.append(
            Intention(
                country=normalise_country(match.group("country")).name,
                intended=intended,
                text=match.group(0),
            )
        )
    return found


# -- submissions --------------------------------------------------------------------------

SUBMITTED = re.compile(
    r"(?:On\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+),\s+)?(?:the\s+)?delegations?\s+of\s+(?P<by>.+?)"
    r"(?:,\s+on\s+behalf\s+of\s+(?P<behalf>.+?),)?\s+(?:submitted|introduced)\s+"
    r"(?:a|the)\s+(?P<kind>(?:revised\s+)?draft\s+(?:resolution|decision))"
    r"(?:\s+entitled\s+[\"“](?P<title>.+?)[\"”])?\s*\((?P<symbol>" + _SYMBOL + r")\)",
    re.IGNORECASE,
)
JOINED = re.compile(
    r"Subsequently,\s+(?P<names>.+?)\s+joined\s+in\s+sponsoring\s+the\s+(?:revised\s+)?"
    r"draft\s+(?:resolution|decision)(?:\s*\(?(?P<symbol>" + _SYMBOL + r")\)?)?",
    re.IGNORECASE,
)
REVISION = re.compile(
    r"\brevised\s+draft\s+(?:resolution|decision)\s*\(?(?P<symbol>" + _SYMBOL + r")",
    re.IGNORECASE,
)
