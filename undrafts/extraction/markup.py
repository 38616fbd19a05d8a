"""Writing extracted runs in the seed format: italics as *…*, footnote markers superscript."""

from __future__ import annotations

import re

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(marker: str) -> str:
    """A footnote marker as the seeds print it: "12" becomes "¹²"; anything else stays."""
    return marker.translate(SUPERSCRIPT_DIGITS)


def join_spans(spans: list[tuple[str, bool]]) -> str:
    """Join (text, italic) spans, marking italic stretches as *…* with spaces outside.

    A paragraph set entirely in italics gets no marks: they would tell nothing
    about where its opening phrase ends.
    """
    merged: list[list] = []
    for text, italic in spans:
        if not text:
            continue
        # Whitespace takes the style of what it joins, so "*Calls* *upon*" stays one stretch.
        if merged and (merged[-1][1] == italic or not text.strip()):
            merged[-1][0] += text
        elif merged and not merged[-1][0].strip():
            merged[-1][0] += text
            merged[-1][1] = italic
        else:
            merged.append([text, italic])
    if not any(italic for _, italic in merged) or all(
        italic for text, italic in merged if text.strip()
    ):
        return "".join(text for text, _ in merged)
    out = []
    for text, italic in merged:
        if not italic:
            out.append(text)
            continue
        core = text.strip()
        if not core:
            out.append(text)
            continue
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        out.append(f"{lead}*{core}*{trail}")
    return "".join(out)


def tidy_line(text: str) -> str:
    """One paragraph on one line: runs of spaces and tabs collapsed, no stray ends."""
    text = text.replace("\u00a0", " ").replace("\t", " ")
    return re.sub(r"[ \r\n\f\v]+", " ", text).strip()
