"""A body split into texts: one for a draft or resolution, each "Draft resolution I" in a report."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cleanup import Line, strip_markers

_BODY_START = re.compile(
    r"^The (General Assembly|Security Council|Human Rights Council|Economic and Social Council)"
    r"\b\s*(.*)$"
)
_TEXT_HEADING = re.compile(r"^Draft (resolution|decision)(?:\s+([IVXLC]{1,6}))?(?=\s|$)\s*(.*)$")
_RECOMMENDATIONS = re.compile(r"^(?:[IVX]{1,5}\.\s+)?Recommendations?\b")
_REPORT_PARAGRAPH = re.compile(
    r"^\d{1,3}\.\s+The\s+.{0,80}?\b(?:Committee|Council)\s+(?:also\s+|further\s+)?recommends\b",
    re.I,
)
_SECTION = re.compile(r"^(?:[IVX]{1,5}\.\s+[A-Z]|Annex(?:es)?(?:\s+[IVX]{1,5})?$)")
_SYMBOLISH = re.compile(r"^(?:A|S|E)/")


def body_start(text: str) -> str | None:
    """ "resolution" or "decision" when a line opens a body ("The General Assembly,"), else None."""
    match = _BODY_START.match(text)
    if not match:
        return None
    rest = match.group(2)
    if rest in ("", ","):
        return "resolution"
    if rest.startswith(",") or rest[:1].islower():
        return "decision"
    return None


def text_heading(text: str) -> tuple[str, str, str] | None:
    """("Draft resolution I", "resolution", title on the same line) for a report heading."""
    match = _TEXT_HEADING.match(text)
    if not match:
        return None
    rest = match.group(3).strip()
    if _SYMBOLISH.match(rest):
        return None  # "Draft resolution A/C.1/75/L.4": a proceedings section, not a text
    heading = f"Draft {match.group(1)}" + (f" {match.group(2)}" if match.group(2) else "")
    return heading, match.group(1), rest


@dataclass
class Region:
    """The stretch of lines holding one text."""

    heading: str
    kind: str  # "resolution" | "decision"
    title: str
    start: int  # position in the line list of the first line of the region
    end: int  # one past the last
    body: int | None  # position of "The General Assembly," within the region, if found


def header_end(lines: list[Line]) -> int:
    """Where the header stops: the body, a report section or the first numbered paragraph."""
    for position, line in enumerate(lines):
        if line.kind != "text":
            continue
        text = line.text
        if (
            body_start(text)
            or text_heading(text)
            or _SECTION.match(text)
            or re.match(r"^\d{1,3}\.\s", text)
            or _RECOMMENDATIONS.match(text)
        ):
            return position
    return len(lines)


def split_regions(lines: list[Line], *, is_report: bool) -> list[Region]:
    """The texts in the document: one for a draft or resolution, each heading's in a report."""
    start = 0
    if is_report or any(_RECOMMENDATIONS.match(ln.text) for ln in lines if ln.kind == "text"):
        for position, line in enumerate(lines):
            if line.kind == "text" and _RECOMMENDATIONS.match(line.text):
                start = position + 1
                break
        regions = _report_regions(lines, start)
        if regions:
            return regions
        if is_report:
            return _unheaded_report_region(lines, start)
    for position, line in enumerate(lines):
        if line.kind == "text" and body_start(line.text):
            form = body_start(line.text) or "resolution"
            return [Region("", form, "", position, len(lines), position)]
    return []


def _unheaded_report_region(lines: list[Line], start: int) -> list[Region]:
    """A report recommending one text may print it with no "Draft resolution" heading:
    its title is the lines between the report's last paragraph and "The General Assembly,"."""
    body = next(
        (
            p
            for p in range(start, len(lines))
            if lines[p].kind == "text" and body_start(lines[p].text)
        ),
        None,
    )
    if body is None:
        return []
    form = body_start(lines[body].text) or "resolution"
    title_parts: list[str] = []
    p = body - 1
    while p >= start:
        text = lines[p].text if lines[p].kind == "text" else ""
        if text and (re.match(r"^\d{1,3}\.\s", text) or _SECTION.match(text)):
            break
        if text:
            title_parts.insert(0, text)
        p -= 1
    end = next(
        (
            q
            for q in range(body + 1, len(lines))
            if lines[q].kind == "text"
            and (_REPORT_PARAGRAPH.match(lines[q].text) or _SECTION.match(lines[q].text))
        ),
        len(lines),
    )
    title, _ = strip_markers(" ".join(title_parts))
    return [Region(f"Draft {form}", form, title, p + 1, end, body)]


def _report_regions(lines: list[Line], start: int) -> list[Region]:
    headings = []
    for position in range(start, len(lines)):
        line = lines[position]
        if line.kind == "text":
            found = text_heading(line.text)
            if found:
                headings.append((position, found))
    regions = []
    for n, (position, (heading, kind, rest)) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(lines)
        title_parts = [rest] if rest else []
        body = None
        for p in range(position + 1, end):
            line = lines[p]
            if line.kind != "text":
                continue
            if body is None and body_start(line.text):
                body = p
                continue
            if body is None:
                title_parts.append(line.text)
            elif _REPORT_PARAGRAPH.match(line.text) or _SECTION.match(line.text):
                end = p
                break
        title, _ = strip_markers(" ".join(title_parts))
        regions.append(Region(heading, kind, title, position, end, body))
    return regions
