"""What a committee report says happened to each draft: sponsors and votes.

A Main Committee report (A/75/394) tells, per draft, who submitted it and on whose
behalf, who joined in sponsoring later, and how it was adopted: without a vote, or by a
recorded vote with the lists "In favour:", "Against:", "Abstaining:". A paragraph can
be put to a separate vote ("The tenth preambular paragraph was retained by a recorded
vote of 108 to 49, with 11 abstentions"), after a vote on the motion to do so.

The lists are printed by hand and come through text extraction with damage: markdown
headings ("#### *In favour:*"), page furniture ("20-15344 3/13"), footnotes dropped in
mid-list, names split over a page break ("Côte" / "d'Ivoire"). This module cleans that,
and checks every list against the total the report states. When they disagree, the
vote says so: the report's own totals stand, and the data never hides the gap.

Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .country_names import CountryName, normalise_country, split_country_list
from .ordinals import ORDINAL, ordinal_value

LISTS = ("in_favour", "against", "abstaining")
LIST_TITLES = {"in_favour": "In favour", "against": "Against", "abstaining": "Abstaining"}
STATED = {"in_favour": "yes", "against": "no", "abstaining": "abstain"}

SUBJECT_WHOLE = "whole"
SUBJECT_PARAGRAPH = "paragraph"
SUBJECT_MOTION = "motion"

METHOD_RECORDED = "recorded"
METHOD_UNRECORDED = "unrecorded"
METHOD_WITHOUT_VOTE = "without_vote"


@dataclass
class Intention:
    """A delegation's note that it meant to vote otherwise; the recorded vote stands."""

    country: str
    intended: str  # "abstain", "in favour", "against", "not participate", as printed
    text: str


@dataclass
class Vote:
    draft_symbol: str
    subject: str  # whole | paragraph | motion
    method: str  # recorded | unrecorded | without_vote
    outcome: str = ""  # adopted, retained, rejected, deleted ...
    paragraphs: list[str] = field(default_factory=list)  # ["PP10"], ["OP1"]
    paragraph_phrase: str = ""  # "The tenth preambular paragraph", as printed
    statement: str = ""  # the sentence that records the vote
    report_paragraph: str = ""  # "10 (a)"
    meeting: str = ""  # "14th meeting, on 9 November"
    recommended_as: str = ""  # "Draft resolution II"
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    in_favour: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    abstaining: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    intentions: list[Intention] = field(default_factory=list)
    name_warnings: list[str] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)

    @property
    def paragraph_label(self) -> str:
        return ", ".join(self.paragraphs)

    def stated(self, key: str) -> int | None:
        return getattr(self, STATED[key])

    def list_matches(self, key: str) -> bool | None:
        """Whether the printed list has as many names as the stated total (None: no list)."""
        stated = self.stated(key)
        if self.method != METHOD_RECORDED or stated is None:
            return None
        return len(getattr(self, key)) == stated

    @property
    def counts_match(self) -> bool:
        return all(self.list_matches(key) is not False for key in LISTS)

    @property
    def discrepancies(self) -> list[str]:
        """Every way the printed lists disagree with the stated totals or with themselves."""
        found: list[str] = []
        if self.method != METHOD_RECORDED:
            return found
        for key in LISTS:
            names, stated = getattr(self, key), self.stated(key)
            if stated is not None and len(names) != stated:
                found.append(
                    f"{LIST_TITLES[key]}: the report states {stated} but lists "
                    f"{len(names)} {'name' if len(names) == 1 else 'names'}."
                )
            seen: set[str] = set()
            for name in names:
                if name in seen:
                    found.append(f"{LIST_TITLES[key]}: {name} is listed twice.")
                seen.add(name)
        for index, key in enumerate(LISTS):
            for other in LISTS[index + 1 :]:
                for name in sorted(set(getattr(self, key)) & set(getattr(self, other))):
                    found.append(
                        f"{name} is listed both {LIST_TITLES[key].lower()} and "
                        f"{LIST_TITLES[other].lower()}."
                    )
        found.extend(self.name_warnings)
        return found

    def as_dict(self) -> dict:
        return {
            "draft_symbol": self.draft_symbol,
            "subject": self.subject,
            "method": self.method,
            "outcome": self.outcome,
            "paragraphs": list(self.paragraphs),
            "paragraph_phrase": self.paragraph_phrase,
            "statement": self.statement,
            "report_paragraph": self.report_paragraph,
            "meeting": self.meeting,
            "recommended_as": self.recommended_as,
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "in_favour": list(self.in_favour),
            "against": list(self.against),
            "abstaining": list(self.abstaining),
            "notes": list(self.notes),
            "intentions": [vars(i).copy() for i in self.intentions],
            "discrepancies": self.discrepancies,
            "corrections": list(self.corrections),
            "counts_match": self.counts_match,
        }


@dataclass
class DraftProceedings:
    """One draft as the report tells it, under each symbol it carried (L.8, L.8/Rev.1)."""

    symbol: str  # as first named: "A/C.1/75/L.8"
    kind: str = ""  # "draft resolution", "draft decision"
    title: str = ""
    submitted_on: str = ""
    submitted_by: list[str] = field(default_factory=list)  # the submitting delegation(s)
    on_behalf_of: list[str] = field(default_factory=list)
    joined_later: list[str] = field(default_factory=list)
    revisions: list[str] = field(default_factory=list)  # ["A/C.1/75/L.8/Rev.1"]
    recommended_as: str = ""
    votes: list[Vote] = field(default_factory=list)
    name_warnings: list[str] = field(default_factory=list)

    @property
    def symbols(self) -> list[str]:
        return [self.symbol, *self.revisions]

    @property
    def latest_symbol(self) -> str:
        return self.symbols[-1]

    @property
    def sponsors(self) -> list[str]:
        """The sponsors in order: those it was submitted for, then those who joined."""
        names = list(self.on_behalf_of or self.submitted_by)
        return names + [n for n in self.joined_later if n not in names]


@dataclass
class Proceedings:
    drafts: list[DraftProceedings] = field(default_factory=list)

    def draft(self, symbol: str) -> DraftProceedings | None:
        """The draft known by `symbol` or any of its revisions' symbols."""
        wanted = symbol.casefold()
        for draft in self.drafts:
            if wanted in (s.casefold() for s in draft.symbols):
                return draft
        family = _family(symbol).casefold()
        for draft in self.drafts:
            if _family(draft.symbol).casefold() == family:
                return draft
        return None

    @property
    def votes(self) -> list[Vote]:
        return [vote for draft in self.drafts for vote in draft.votes]


# -- cleaning -------------------------------------------------------------------------

_FOOTNOTE_LINE = re.compile(
    r"^\s*(?:<sup>&</sup>lt;sup>|&lt;sup&gt;|<sup>)\s*(\d{1,3})\s*(?:</sup>|&lt;/sup&gt;)\s*(.+)$"
)
_FOOTNOTE_MARK = re.compile(r"\s*(?:<sup>|&lt;sup&gt;)\s*(\d{1,3})\s*(?:</sup>|&lt;/sup&gt;)")
_PAGE_FURNITURE = re.compile(
    r"^\s*(?:\d{2}-\d{5}\s*)?(?:\**\s*\d{1,3}\s*/\s*\d{1,3}\s*\**)?\s*(?:\d{2}-\d{5})?\s*$"
)
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s*")
_BULLET = re.compile(r"^\s*[-*•]\s+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REPORT_PARAGRAPH = re.compile(r"^(\d{1,3})\.\s+")
_SUB_PARAGRAPH = re.compile(r"^\(([a-z]{1,3})\)\s+")


@dataclass
class _Block:
    text: str
    marks: list[str]  # footnote numbers referenced in the block
    line: int  # where the block ends, to find its footnotes below it


@dataclass
class _Footnote:
    number: str
    text: str
    line: int


def _blocks(raw: str) -> tuple[list[_Block], list[_Footnote]]:
    """Paragraph blocks with markup and page furniture removed, and the footnotes."""
    footnotes: list[_Footnote] = []
    blocks: list[_Block] = []
    current: list[str] = []
    number = 0

    def close() -> None:
        if current:
            text = " ".join(current)
            marks = _FOOTNOTE_MARK.findall(text)
            text = _FOOTNOTE_MARK.sub("", text)
            text = _LINK.sub(r"\1", text)
            text = _EMPHASIS.sub("", text)
            text = re.sub(r"\s+", " ", text).strip()
            if text:
                blocks.append(_Block(text, marks, number))
            current.clear()

    for number, line in enumerate(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        footnote = _FOOTNOTE_LINE.match(line)
        if footnote:
            # A footnote sits at the foot of a page: it ends nothing and starts nothing.
            text = re.sub(r"\s+", " ", _EMPHASIS.sub("", footnote.group(2))).strip()
            footnotes.append(_Footnote(footnote.group(1), text, number))
            continue
        if not line.strip() or _PAGE_FURNITURE.match(line):
            close()
            continue
        stripped = line.strip()
        if _HEADING_MARKS.match(stripped):
            close()
            current.append(_HEADING_MARKS.sub("", stripped))
            close()
            continue
        if _BULLET.match(stripped) or _REPORT_PARAGRAPH.match(stripped):
            close()  # each list item or numbered paragraph is a block of its own
        current.append(_BULLET.sub("", stripped))
    close()
    return blocks, footnotes


# -- sentences --------------------------------------------------------------------------

_ABBREVIATIONS = ("para", "paras", "no", "nos", "rev", "corr", "add", "mr", "ms", "mrs", "dr")
_SENTENCE_END = re.compile(r"(?<=[.:;])\s+(?=(?:\([a-z]{1,3}\)\s+)?[A-Z\"“(])")


def _sentences(text: str) -> list[str]:
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
_DRAFT_SYMBOL = re.compile(
    r"(?:draft\s+(?:resolution|decision)s?|amendments?|proposals?)\s*\(?\s*(" + _SYMBOL + r")"
)


def _family(symbol: str) -> str:
    return re.sub(r"/Rev\.\d+", "", symbol)


def _names(text: str, warnings: list[str], corrections: list[str]) -> list[str]:
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
_MEETING = re.compile(
    r"\bAt\s+(?:its|the)\s+(\d+(?:st|nd|rd|th)\s+meeting(?:,\s+on\s+\d{1,2}\s+[A-Z][a-z]+)?)"
)
_LIST_HEADER = re.compile(
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


def _vote_from(sentence: str, *, context_symbol: str) -> Vote | None:
    recorded = _RECORDED.search(sentence)
    unrecorded = None if recorded else _UNRECORDED.search(sentence)
    without = None if recorded or unrecorded else _WITHOUT_VOTE.search(sentence)
    found = recorded or unrecorded or without
    if not found:
        return None
    head = sentence[: found.start()]
    symbols = _DRAFT_SYMBOL.findall(sentence)
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


def _intentions(text: str) -> list[Intention]:
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

_SUBMITTED = re.compile(
    r"(?:On\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+),\s+)?(?:the\s+)?delegations?\s+of\s+(?P<by>.+?)"
    r"(?:,\s+on\s+behalf\s+of\s+(?P<behalf>.+?),)?\s+(?:submitted|introduced)\s+"
    r"(?:a|the)\s+(?P<kind>(?:revised\s+)?draft\s+(?:resolution|decision))"
    r"(?:\s+entitled\s+[\"“](?P<title>.+?)[\"”])?\s*\((?P<symbol>" + _SYMBOL + r")\)",
    re.IGNORECASE,
)
_JOINED = re.compile(
    r"Subsequently,\s+(?P<names>.+?)\s+joined\s+in\s+sponsoring\s+the\s+(?:revised\s+)?"
    r"draft\s+(?:resolution|decision)(?:\s*\(?(?P<symbol>" + _SYMBOL + r")\)?)?",
    re.IGNORECASE,
)
_REVISION = re.compile(
    r"\brevised\s+draft\s+(?:resolution|decision)\s*\(?(?P<symbol>" + _SYMBOL + r")",
    re.IGNORECASE,
)


# -- the parser ---------------------------------------------------------------------------


class _State:
    def __init__(self, footnotes: list[_Footnote]) -> None:
        self.proceedings = Proceedings()
        self.footnotes = footnotes
        self.symbol = ""  # the draft the report is speaking of
        self.meeting = ""
        self.report_paragraph = ""
        self.vote: Vote | None = None  # the recorded vote whose lists follow
        self.list_key = ""
        self.buffer: list[str] = []

    def draft(self, symbol: str) -> DraftProceedings:
        found = self.proceedings.draft(symbol)
        if found is None:
            found = DraftProceedings(symbol=symbol)
            self.proceedings.drafts.append(found)
        elif symbol not in found.symbols:
            # Keep the symbols in revision order whatever order the report names them in.
            symbols = sorted([*found.symbols, symbol], key=_revision_number)
            found.symbol, found.revisions = symbols[0], symbols[1:]
        return found

    def footnote(self, mark: str, line: int) -> str:
        """Footnotes are numbered per document and printed below their mark."""
        below = [f for f in self.footnotes if f.number == mark and f.line >= line]
        return below[0].text if below else ""


def _revision_number(symbol: str) -> int:
    found = re.search(r"/Rev\.(\d+)", symbol)
    return int(found.group(1)) if found else 0


def parse_proceedings(raw_report: str) -> Proceedings:
    """Sponsors and votes per draft, from a committee report's text."""
    blocks, footnotes = _blocks(raw_report or "")
    state = _State(footnotes)
    for block in blocks:
        if re.match(r"^[IVX]+\.\s+Recommendations?\b", block.text) or re.match(
            r"^Draft\s+(?:resolution|decision)\s+[IVXLC]+\b", block.text
        ):
            break  # the recommended texts follow: no more proceedings
        _read_block(state, block)
    _close_list(state)
    return state.proceedings


def _read_block(state: _State, block: _Block) -> None:
    text = block.text
    header = _LIST_HEADER.match(text)
    if header and state.vote is not None:
        rest = header.group(2)
        colon = text[len(header.group(1)) :].lstrip().startswith(":")
        if (colon or not rest) and (not rest or _looks_like_list(rest)):
            key = _list_key(header.group(1))
            _close_list(state)
            state.list_key = key
            state.buffer = [header.group(2)] if header.group(2) else []
            _attach_marks(state, block)
            return
    if state.list_key and _continues_list(state, text):
        state.buffer.append(text)
        _attach_marks(state, block)
        return
    _close_list(state)
    _read_prose(state, block)


def _list_key(word: str) -> str:
    word = word.casefold()
    if word.startswith("in favo"):
        return "in_favour"
    if word == "against":
        return "against"
    return "abstaining"


def _looks_like_list(text: str) -> bool:
    items = [item.strip() for item in text.split(",") if item.strip()]
    if not items:
        return False
    if _REPORT_PARAGRAPH.match(text) or _SUB_PARAGRAPH.match(text):
        return False
    return all(len(item) <= 70 and len(item.split()) <= 10 for item in items)


def _continues_list(state: _State, text: str) -> bool:
    before = " ".join(state.buffer).rstrip()
    if before.endswith("."):
        return False  # a list ends with a full stop
    return _looks_like_list(text)


def _close_list(state: _State) -> None:
    if state.vote is not None and state.list_key:
        joined = " ".join(state.buffer)
        names = _names(joined, state.vote.name_warnings, state.vote.corrections)
        getattr(state.vote, state.list_key).extend(names)
    state.list_key = ""
    state.buffer = []


def _attach_marks(state: _State, block: _Block) -> None:
    if state.vote is None:
        return
    for mark in block.marks:
        note = state.footnote(mark, block.line)
        if note and note not in state.vote.notes:
            state.vote.notes.append(note)
            state.vote.intentions.extend(_intentions(note))


def _read_prose(state: _State, block: _Block) -> None:
    text = block.text
    number = _REPORT_PARAGRAPH.match(text)
    if number:
        state.report_paragraph = number.group(1)
        text = text[number.end() :]
    sub = _SUB_PARAGRAPH.match(text)
    paragraph = state.report_paragraph
    if sub:
        paragraph = f"{state.report_paragraph} ({sub.group(1)})".strip()
        text = text[sub.end() :]
    votes_in_block: list[Vote] = []
    for sentence in _sentences(text):
        _read_sentence(state, sentence, paragraph, votes_in_block)
    if votes_in_block:
        # The footnote mark after "The voting was as follows:" belongs to the last vote.
        state.vote = votes_in_block[-1] if votes_in_block[-1].method == METHOD_RECORDED else None
        _attach_marks(state, block)
    elif not _is_continuation_of_vote(text):
        state.vote = None


def _is_continuation_of_vote(text: str) -> bool:
    return bool(re.match(r"^The\s+voting\s+was\s+as\s+follows", text, re.IGNORECASE))


def _read_sentence(state: _State, sentence: str, paragraph: str, votes: list[Vote]) -> None:
    meeting = _MEETING.search(sentence)
    if meeting:
        state.meeting = meeting.group(1)
    submitted = _SUBMITTED.search(sentence)
    if submitted:
        draft = state.draft(submitted.group("symbol"))
        state.symbol = submitted.group("symbol")
        draft.kind = re.sub(r"\s+", " ", submitted.group("kind")).lower()
        draft.title = submitted.group("title") or draft.title
        draft.submitted_on = submitted.group("date") or ""
        warnings = draft.name_warnings
        draft.submitted_by = _names(submitted.group("by"), warnings, [])
        if submitted.group("behalf"):
            draft.on_behalf_of = _names(submitted.group("behalf"), warnings, [])
    joined = _JOINED.search(sentence)
    if joined:
        symbol = joined.group("symbol") or state.symbol
        if symbol:
            draft = state.draft(symbol)
            for name in _names(joined.group("names"), draft.name_warnings, []):
                if name not in draft.joined_later:
                    draft.joined_later.append(name)
    for symbol in _DRAFT_SYMBOL.findall(sentence):
        if submitted and symbol == submitted.group("symbol"):
            continue
        state.draft(symbol)
        state.symbol = symbol
    revised = _REVISION.search(sentence)
    if revised:
        state.symbol = revised.group("symbol")
    vote = _vote_from(sentence, context_symbol=state.symbol)
    if vote is None or not vote.draft_symbol:
        return
    vote.meeting = state.meeting
    vote.report_paragraph = paragraph
    draft = state.draft(vote.draft_symbol)
    if vote.recommended_as:
        draft.recommended_as = vote.recommended_as
    draft.votes.append(vote)
    votes.append(vote)
