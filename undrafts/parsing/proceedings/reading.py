"""A committee report read block by block: prose, the vote lists that follow it, footnotes.

The text goes through the parser's one clean-up (cleanup.clean_lines): markup, page
furniture and footnote definitions are recognised there, as for every other document.

Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..cleanup import clean_lines, normalise_characters, strip_markers
from .records import METHOD_RECORDED, DraftProceedings, Proceedings, Vote
from .sentences import (
    DRAFT_SYMBOL,
    JOINED,
    LIST_HEADER,
    MEETING,
    REVISION,
    SUBMITTED,
    read_intentions,
    read_names,
    sentences,
    vote_from,
)

# A report's own paragraph numbers: "10." and "(a)".
_REPORT_PARAGRAPH = re.compile(r"^(\d{1,3})\.\s+")
_SUB_PARAGRAPH = re.compile(r"^\(([a-z]{1,3})\)\s+")
# Read from the source line, which the clean-up strips of its markup: a heading is a block of
# its own ("#### *In favour:*"); a list item starts one.
_HEADING = re.compile(r"^\s*#{1,6}")
_ITEM = re.compile(r"^\s*[-*•]\s+")


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
    end = 0

    def close() -> None:
        if current:
            text, marks = strip_markers(" ".join(current))
            if text:
                blocks.append(_Block(text, marks, end))
            current.clear()

    sources = normalise_characters(raw).split("\n")
    for line in clean_lines(raw):
        end = line.index
        if line.kind == "footnote":
            # A footnote sits at the foot of a page: it ends nothing and starts nothing.
            footnotes.append(_Footnote(line.marker, line.text, line.index))
            continue
        if line.kind != "text":  # blank lines and page furniture end a block
            close()
            continue
        if _HEADING.match(sources[line.index]):
            close()
            current.append(line.text)
            close()
            continue
        if _ITEM.match(sources[line.index]) or _REPORT_PARAGRAPH.match(line.text):
            close()  # each list item or numbered paragraph is a block of its own
        current.append(line.text)
    close()
    return blocks, footnotes


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
    header = LIST_HEADER.match(text)
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
        names = read_names(joined, state.vote.name_warnings, state.vote.corrections)
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
            state.vote.intentions.extend(read_intentions(note))


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
    for sentence in sentences(text):
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
    meeting = MEETING.search(sentence)
    if meeting:
        state.meeting = meeting.group(1)
    submitted = SUBMITTED.search(sentence)
    if submitted:
        draft = state.draft(submitted.group("symbol"))
        state.symbol = submitted.group("symbol")
        draft.kind = re.sub(r"\s+", " ", submitted.group("kind")).lower()
        draft.title = submitted.group("title") or draft.title
        draft.submitted_on = submitted.group("date") or ""
        warnings = draft.name_warnings
        draft.submitted_by = read_names(submitted.group("by"), warnings, [])
        if submitted.group("behalf"):
            draft.on_behalf_of = read_names(submitted.group("behalf"), warnings, [])
    joined = JOINED.search(sentence)
    if joined:
        symbol = joined.group("symbol") or state.symbol
        if symbol:
            draft = state.draft(symbol)
            for name in read_names(joined.group("names"), draft.name_warnings, []):
                if name not in draft.joined_later:
                    draft.joined_later.append(name)
    for symbol in DRAFT_SYMBOL.findall(sentence):
        if submitted and symbol == submitted.group("symbol"):
            continue
        state.draft(symbol)
        state.symbol = symbol
    revised = REVISION.search(sentence)
    if revised:
        state.symbol = revised.group("symbol")
    vote = vote_from(sentence, context_symbol=state.symbol)
    if vote is None or not vote.draft_symbol:
        return
    vote.meeting = state.meeting
    vote.report_paragraph = paragraph
    draft = state.draft(vote.draft_symbol)
    if vote.recommended_as:
        draft.recommended_as = vote.recommended_as
    draft.votes.append(vote)
    votes.append(vote)
