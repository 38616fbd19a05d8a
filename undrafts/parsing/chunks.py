"""A body's lines as chunks: the text of each line, its footnote markers, where it starts a
paragraph and where it carries one on; and the closing "64th plenary meeting" line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cleanup import Line, strip_markers
from .header import iso_date
from .openings import known_opening

_CLOSERS = " \"'”’)]»"
_MEETING = re.compile(
    r"^(\d{1,3}(?:st|nd|rd|th))\s+(\(resumed\)\s+)?plenary meeting\b[,.]?\s*(.*?)\.?$", re.I
)
_DAY = re.compile(r"\d{1,2}\s+\w+\s+\d{4}\.?")


@dataclass
class Chunk:
    index: int  # source line number
    text: str  # clean, markers removed
    markers: list[str]
    lead: str = ""


def chunks_of(lines: list[Line]) -> list[Chunk]:
    out = []
    for line in lines:
        if line.kind != "text":
            continue
        text, markers = strip_markers(line.text)
        if text:
            out.append(Chunk(line.index, text, markers, line.lead))
        elif markers:  # a marker alone on a line belongs to the text before it
            out.append(Chunk(line.index, "", markers, ""))
    return out


def _meeting_at(chunks: list[Chunk], i: int) -> tuple[str, int] | None:
    """The meeting named by chunk i (its date maybe on the next line), and how many chunks."""
    match = _MEETING.match(chunks[i].text)
    if not match:
        return None
    name = f"{match.group(1)} {match.group(2) or ''}plenary meeting"
    candidates = [(match.group(3).strip(), 1)]
    if not match.group(3).strip() and i + 1 < len(chunks):
        candidates.insert(0, (chunks[i + 1].text.strip(), 2))
    for date_text, used in candidates:
        if not date_text:
            return name, used
        if iso_date(date_text) and _DAY.fullmatch(date_text):
            return f"{name}, {date_text.rstrip('.')}", used
    return None


def take_meeting(chunks: list[Chunk]) -> tuple[str, list[Chunk]]:
    """The "48th plenary meeting 12 December 2019" line(s) that close the resolution, wherever
    they stand: at the end, or before the annexes the resolution carries."""
    for i in range(len(chunks)):
        found = _meeting_at(chunks, i)
        if found is not None:
            meeting, used = found
            return meeting, chunks[:i] + chunks[i + used :]
    return "", chunks


def ends_sentence_part(text: str) -> bool:
    """A paragraph ending: "," ";" ":" "." (or "!" "?"), maybe inside closing quotes."""
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1:] in (",", ";", ":", ".", "!", "?")


def ends_sentence(text: str) -> bool:
    """A full stop ends the text (maybe inside closing quotes)."""
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?")


def ends_list_item(text: str) -> bool:
    """ ";" or ":" ends the text: a paragraph that another follows."""
    return text.rstrip(_CLOSERS)[-1:] in (";", ":")


def is_continuation(previous: str, text: str) -> bool:
    """Whether text carries on a paragraph a page break cut, not a new paragraph."""
    if not previous:
        return True
    first = text[:1]
    if first.islower():
        return True
    if previous.endswith(("-", "–")) and previous[-2:-1].isalnum():
        return True
    return not ends_sentence_part(previous) and not known_opening(text)
