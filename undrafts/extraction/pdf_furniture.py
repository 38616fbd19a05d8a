"""Page furniture: what a reader skips because it belongs to the page, not the text.

Running heads (the symbol and the short title, on one line or several, set small at the
top of every page after the first), job numbers ("25-19923 (E) 301025"), page numbers
("3/12"), bar codes ("*2519923*"), "Please recycle", and the rule above the footnotes.
They are found by place (the top or bottom margin), by what they say and by repeating
from page to page. The first page's masthead stays: it is the header the parser reads.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .pdf_lines import Line

# "25-17755 (E)"; a job reissued for technical reasons carries an asterisk.
_JOB = r"\d{2}-\d{4,6}[A-Z]?\*?(?:\s*\([A-Z]\))?"
_PAGE = r"(?:page\s+)?\d{1,4}\s*(?:/|of)\s*\d{1,4}|[-–—]?\s*\d{1,4}\s*[-–—]?"
_FURNITURE_TOKEN = re.compile(rf"^(?:{_JOB}|\(E\)|\d{{6}}|\*\d{{6,9}}\*|{_PAGE})$", re.IGNORECASE)
# A document symbol: A/RES/80/5, A/C.3/80/L.19/Rev.1, S/RES/2334 (2016), E/2023/L.10.
SYMBOL = re.compile(r"\b[A-Z]{1,4}(?:/[A-Za-z0-9.\-]+){1,7}(?: \(\d{4}\))?")
_RECYCLE = re.compile(r"^please\s+recycle\W*$", re.IGNORECASE)
_RULE = re.compile(r"^[_\u2014\u2013\-\u2500]{5,}$")
_BARCODE_FONT = re.compile(r"barcode|code\s*39|3\s*of\s*9", re.IGNORECASE)
# The margins, as shares of the page height, where furniture is looked for.
TOP_BAND = 0.15
BOTTOM_BAND = 0.12


@dataclass
class PageLines:
    height: float
    lines: list[Line]
    notes_from: float | None = None  # the baseline of the rule above the footnotes


def is_rule(line: Line) -> bool:
    return bool(_RULE.match(line.text.replace(" ", "")))


def _furniture_line(line: Line, symbol: str) -> bool:
    """A line of page numbers, job numbers, bar codes or the document's own symbol."""
    text = line.text
    if _RECYCLE.match(text) or any(_BARCODE_FONT.search(font) for font in line.fonts):
        return True
    if line.opens_with_marker:  # "⁷ A/80/387." is a footnote
        return False
    tokens = re.findall(rf"{_JOB}|\S+", text)
    if not tokens or len(tokens) > 6:
        return False
    return all(_FURNITURE_TOKEN.match(t) or _is_symbol(t, symbol) for t in tokens)


def _is_symbol(token: str, symbol: str) -> bool:
    token = token.rstrip("*")
    return token == symbol if symbol else bool(SYMBOL.fullmatch(token))


def own_symbol(first_page: PageLines) -> str:
    """The symbol printed in the first page's masthead, if any."""
    for line in first_page.lines:
        if line.y < first_page.height * (1 - TOP_BAND):
            break
        found = SYMBOL.search(line.text)
        if found:
            return found.group(0)
    return ""


def _key(lines: list[Line]) -> str:
    words = " ".join(line.text for line in lines).lower()
    return " ".join(sorted(re.sub(r"\d+", "#", words).split()))


def _head_block(page: PageLines) -> list[Line]:
    """The lines at the very top of a page that hang together, set apart from the body."""
    block: list[Line] = []
    for line in page.lines:
        if line.y < page.height * (1 - TOP_BAND):
            break
        if block:
            above = block[-1]
            close = above.y - line.y <= 1.6 * max(above.size, line.size)
            if not close or abs(above.size - line.size) > 0.6:
                break
        block.append(line)
    return block


def drop_furniture(pages: list[PageLines], body_size: float) -> list[PageLines]:
    symbol = own_symbol(pages[0]) if pages else ""
    heads = [_head_block(page) if number else [] for number, page in enumerate(pages)]
    repeated = Counter(_key(block) for block in heads if block)
    out = []
    for number, page in enumerate(pages):
        lines = list(page.lines)
        head = heads[number]
        if head and _is_running_head(head, lines, repeated, body_size):
            lines = lines[len(head) :]
        lines = _drop_foot(lines, page.height, symbol)
        notes_from = None
        kept = []
        for line in lines:
            if is_rule(line) and line.y < page.height * 0.5:
                notes_from = line.y if notes_from is None else notes_from
                continue
            # The first page's top is the masthead: its symbol is the document's own.
            top = line.y > page.height * (1 - TOP_BAND)
            margin = _in_margin(line, page.height)
            if margin and (number or not top) and _furniture_line(line, symbol):
                continue
            kept.append(line)
        out.append(PageLines(page.height, kept, notes_from))
    return out


def _is_running_head(head: list[Line], lines: list[Line], repeated: Counter, body: float) -> bool:
    if any(SYMBOL.search(line.text) for line in head) or repeated[_key(head)] >= 2:
        return True
    rest = lines[len(head) :]
    apart = not rest or head[-1].y - rest[0].y > 1.8 * body
    return apart and all(line.size < 0.95 * body for line in head)


def _drop_foot(lines: list[Line], height: float, symbol: str) -> list[Line]:
    end = len(lines)
    while end and lines[end - 1].y < height * BOTTOM_BAND:
        if not _furniture_line(lines[end - 1], symbol):
            break
        end -= 1
    return lines[:end]


def _in_margin(line: Line, height: float) -> bool:
    return line.y > height * (1 - TOP_BAND) or line.y < height * BOTTOM_BAND
