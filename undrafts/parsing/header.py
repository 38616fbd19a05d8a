"""Metadata printed above the text: symbol, distribution, dates, session, sponsors, title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cleanup import strip_markers
from .country_names import split_country_list
from .ordinals import ORDINAL, ordinal_value
from .symbols import parse_symbol
from .types import SymbolError

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DATE = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+(\d{{4}})\b", re.I)

_COMMITTEES = dict(first=1, second=2, third=3, fourth=4, fifth=5, sixth=6)
_LANGUAGE = r"(?:Arabic|Chinese|English|French|Russian|Spanish)"


def iso_date(text: str) -> str:
    """The first "31 December 2020" in text as "2020-12-31", or ""."""
    match = _DATE.search(text)
    if not match:
        return ""
    day, month, year = int(match.group(1)), MONTHS.index(match.group(2).capitalize()) + 1, match[3]
    if not 1 <= day <= 31:
        return ""
    return f"{year}-{month:02d}-{day:02d}"


def split_names(text: str) -> list[str]:
    """ "A, B (x, y), the C and D" -> [A, B (x, y), C, D]: the sponsors, without "the"."""
    return [re.sub(r"^the\s+", "", name) for name in split_country_list(text)]


@dataclass
class Header:
    symbol: str = ""
    kind: str = "unknown"
    title: str = ""
    distribution: str = ""
    date: str = ""
    adoption_date: str = ""
    original_language: str = ""
    session: int | None = None
    committee: int | None = None
    agenda_item: str = ""
    agenda_title: str = ""
    sponsors: list[str] = field(default_factory=list)
    resolution_number: str = ""
    report_reference: str = ""
    is_report: bool = False
    warnings: list[str] = field(default_factory=list)


_SYMBOL_LINE = re.compile(r"^(?:United Nations\s+)?((?:A|S|E)/[^\s]+(?:\s\(\d{4}\))?)(?:\s|$)")
_MASTHEAD = re.compile(
    r"^(?:United Nations|General Assembly|Security Council|Economic and Social Council"
    r"|Human Rights Council)$",
    re.I,
)
_DISTR = re.compile(r"\bDistr\.?\s*:?\s*(General|Limited|Restricted)\b", re.I)
_ORIGINAL = re.compile(rf"\bOriginal\s*:\s*({_LANGUAGE}(?:\s*(?:,|and)\s*{_LANGUAGE})*)", re.I)
_LANGUAGE_ONLY = re.compile(rf"^{_LANGUAGE}$")
_SESSION = re.compile(rf"(?<![\w-])({ORDINAL})\s+(?:(?:emergency\s+)?special\s+)?session\b", re.I)
_COMMITTEE = re.compile(
    r"\b(First|Second|Third|Fourth|Fifth|Sixth|Special Political and Decolonization)"
    r"\s+Committee\b",
    re.I,
)
_AGENDA = re.compile(
    r"\bAgenda items?\s+(\d{1,3}(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*\d{1,3}(?:\s*\([a-z]\))?)*)",
    re.I,
)
_ADOPTED = re.compile(
    r"^(Resolution|Decision)s? adopted by the (General Assembly|Security Council"
    r"|Human Rights Council|Economic and Social Council)\b(.*)$",
    re.I,
)
_REPORT = re.compile(r"^Report of the (.{0,80}?Committee)\b", re.I)
_REFERENCE = re.compile(r"^\[(.*)\]$")
_NUMBERED_TITLE = re.compile(r"^(\d{1,3}/\d{1,4}(?:\s?[A-Z])?)\.\s+(\S.*)$")
_SPONSORS = re.compile(r"^(.*?\S)\s*:\s*((?:revised\s+)?draft\s+(?:resolution|decision))\s*$", re.I)
_RAPPORTEUR = re.compile(r"^Rapporteur\s*:", re.I)
_DATE_ONLY = re.compile(rf"^{_DATE.pattern}$", re.I)


def _committee_number(name: str) -> int | None:
    name = name.lower()
    if name.startswith("special political"):
        return 4
    return _COMMITTEES.get(name)


def parse_header(lines: list[str]) -> Header:
    """Read the metadata from the non-empty cleaned lines above the body."""
    head = Header()
    title_lines: list[str] = []
    loose: list[tuple[int, str]] = []  # lines no fact claimed, with their position
    title_mode = False  # after the sponsor line or a "75/240. Title" line
    agenda_at = -1
    for position, raw in enumerate(lines):
        line, _ = strip_markers(raw)
        if not line:
            continue
        if title_mode:
            title_lines.append(line)
            continue
        claimed = _read_facts(head, line, position == 0 or not head.symbol)
        if claimed == "agenda":
            agenda_at = position
        if claimed == "sponsors":
            # a sponsor list the extraction wrapped: earlier loose lines ending in "," belong
            while loose and loose[-1][1].endswith(",") and loose[-1][0] > agenda_at + 1:
                head.sponsors = split_names(loose.pop()[1] + " " + ", ".join(head.sponsors))
            title_mode = True
        elif claimed == "numbered_title":
            title_mode = True
        elif not claimed:
            if agenda_at >= 0 and not head.agenda_title and position == agenda_at + 1:
                head.agenda_title = line
                continue
            loose.append((position, line))
    if title_lines and not head.title:
        head.title = " ".join(title_lines)
    elif head.title and title_lines:
        head.title = " ".join([head.title, *title_lines])
    if not head.title:
        if head.is_report:
            head.title = head.agenda_title
        elif loose:
            head.title = loose[-1][1]
        else:
            head.title = head.agenda_title
    return head


def _read_facts(head: Header, line: str, may_hold_symbol: bool) -> str:
    """Record what the line says; return what kind of line it was, "" if none."""
    claimed = ""
    if _MASTHEAD.match(line) or _LANGUAGE_ONLY.match(line) or _RAPPORTEUR.match(line):
        return "masthead"
    symbol_match = _SYMBOL_LINE.match(line)
    if symbol_match and may_hold_symbol and not head.symbol:
        try:
            head.symbol = parse_symbol(symbol_match.group(1).rstrip("*")).text
            claimed = "symbol"
        except SymbolError:
            pass
    adopted = _ADOPTED.match(line)
    if adopted:
        head.kind = "resolution" if adopted.group(1).lower() == "resolution" else "decision"
        head.adoption_date = iso_date(adopted.group(3))
        return "adopted"
    report = _REPORT.match(line)
    if report:
        head.is_report = True
        head.kind = "committee_report"
        committee = _COMMITTEE.search(report.group(1) + " ")
        if committee and head.committee is None:
            head.committee = _committee_number(committee.group(1))
        return "report"
    reference = _REFERENCE.match(line)
    if reference:
        inner = reference.group(1)
        paren = re.search(r"\(([^()]{0,200}(?:\([^()]{0,200}\))?[^()]{0,200})\)\s*$", inner)
        head.report_reference = paren.group(1).strip() if paren else inner.strip()
        committee = _COMMITTEE.search(inner)
        if committee and head.committee is None:
            head.committee = _committee_number(committee.group(1))
        return "reference"
    numbered = _NUMBERED_TITLE.match(line)
    if numbered and not head.resolution_number:
        head.resolution_number = " ".join(numbered.group(1).split())
        head.title = numbered.group(2).strip()
        return "numbered_title"
    sponsors = _SPONSORS.match(line)
    if sponsors:
        kind = sponsors.group(2).lower()
        if "decision" in kind:
            head.kind = "draft_decision"
        elif kind.startswith("revised"):
            head.kind = "revised_draft_resolution"
        else:
            head.kind = "draft_resolution"
        head.sponsors = split_names(sponsors.group(1))
        return "sponsors"
    distr = _DISTR.search(line)
    if distr:
        head.distribution = distr.group(1).capitalize()
        if not head.date:
            head.date = iso_date(line[distr.end() :])
        claimed = claimed or "distr"
    if _DATE_ONLY.match(line):
        if not head.date:
            head.date = iso_date(line)
        return "date"
    original = _ORIGINAL.search(line)
    if original:
        head.original_language = " ".join(original.group(1).split())
        claimed = claimed or "original"
    session = _SESSION.search(line)
    if session:
        if head.session is None:
            head.session = ordinal_value(session.group(1))
        claimed = claimed or "session"
    committee = _COMMITTEE.search(line)
    if committee:
        if head.committee is None:
            head.committee = _committee_number(committee.group(1))
        claimed = claimed or "committee"
    agenda = _AGENDA.search(line)
    if agenda:
        head.agenda_item = " ".join(agenda.group(1).split())
        rest = line[agenda.end() :].strip(" .:-–")
        if rest and not head.agenda_title:
            head.agenda_title = rest
        return "agenda" if not rest else "agenda_with_title"
    return claimed
